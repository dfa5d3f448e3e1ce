//! printf-style formatting (`template % args`): the template parser of
//! `unicode_format_arg_parse` and the per-conversion formatters of
//! `unicode_format_arg_format` / `unicode_format_arg_output`
//! (Objects/unicodeobject.c), `_PyUnicode_FormatLong` and `formatfloat`.
//!
//! The VM walks the pieces, fetches and converts the arguments itself
//! (`*` widths and precisions included), and calls [`percent_int`],
//! [`percent_float`] or [`percent_str`] for each conversion.
//!
//! Error order: CPython parses one conversion at a time, acting as it goes:
//! at `%(` it checks that the arguments are a mapping, after the key it
//! looks it up, at each `*` it fetches an argument, and it fetches the
//! conversion's own argument before judging the letter. So `'%y' % ()`
//! complains about missing arguments, not about `y`. [`percent_pieces`]
//! keeps that order possible: it yields pieces lazily; a spec with an
//! unknown letter comes over like any other (the VM calls
//! [`PercentSpec::check_conv`] after fetching the argument), and after a
//! parse error [`PercentPieces::error_context`] tells what CPython had done
//! on that spec before raising it. [`parse_percent`] is the eager shortcut.

use crate::dtostr::{double_to_string, DtsFlags};
use crate::error::PercentError;
use crate::int::Int;

/// A width or precision: literal or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Star,
    N(usize),
}

/// The conversion flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify (`F_LJUST`).
    pub minus: bool,
    /// `+`: always a sign (`F_SIGN`).
    pub plus: bool,
    /// ` `: a space for non-negative numbers (`F_BLANK`).
    pub space: bool,
    /// `#`: alternate form (`F_ALT`).
    pub alt: bool,
    /// `0`: pad numbers with zeros (`F_ZERO`).
    pub zero: bool,
}

/// One `%...` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// The mapping key of `%(key)s`.
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<Count>,
    /// `Some(N(0))` for a bare `.`, as in CPython.
    pub precision: Option<Count>,
    /// The conversion letter (`h`, `l`, `L` length modifiers skipped).
    pub conv: char,
    /// Code-point index of `conv` in the template, for error messages.
    pub index: usize,
}

impl PercentSpec {
    /// The "unsupported format character" check CPython makes after it
    /// has fetched the conversion's argument.
    pub fn check_conv(&self) -> Result<(), PercentError> {
        match self.conv {
            's' | 'r' | 'a' | 'c' | 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F'
            | 'g' | 'G' => Ok(()),
            ch => Err(PercentError::Unsupported {
                ch,
                index: self.index,
            }),
        }
    }
}

/// A piece of a template: literal text (`%%` yields a literal `%`) or a
/// conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    Literal(&'a str),
    Spec(PercentSpec),
}

/// Parse a whole template; the first error of any kind (including an
/// unknown conversion letter) wins.
pub fn parse_percent(template: &str) -> Result<Vec<PercentPiece<'_>>, PercentError> {
    let mut pieces = Vec::new();
    for piece in percent_pieces(template) {
        let piece = piece?;
        if let PercentPiece::Spec(spec) = &piece {
            spec.check_conv()?;
        }
        pieces.push(piece);
    }
    Ok(pieces)
}

/// The pieces of a template, parsed lazily; iteration stops after an error.
/// Specs are not checked with [`PercentSpec::check_conv`].
pub fn percent_pieces(template: &str) -> PercentPieces<'_> {
    PercentPieces {
        template,
        byte: 0,
        index: 0,
        failed: false,
        context: ErrorContext::default(),
    }
}

/// How far CPython got on a conversion before its parse error: the steps
/// it takes before raising, which the VM replays in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorContext {
    /// A `%(` was read: CPython raises TypeError "format requires a
    /// mapping" here when the arguments are not a mapping.
    pub key_opened: bool,
    /// The complete key, which CPython then looked up (KeyError).
    pub key: Option<String>,
    /// How many `*` arguments CPython fetched (and checked to be ints).
    pub stars: usize,
}

/// Iterator returned by [`percent_pieces`].
pub struct PercentPieces<'a> {
    template: &'a str,
    /// Byte offset of the next unread character.
    byte: usize,
    /// Code-point index of the next unread character.
    index: usize,
    failed: bool,
    /// Progress on the conversion being parsed, for `error_context`.
    context: ErrorContext,
}

impl<'a> PercentPieces<'a> {
    /// After the iterator yielded an error: what CPython did on the failing
    /// conversion before raising it (see [`ErrorContext`]).
    pub fn error_context(&self) -> &ErrorContext {
        &self.context
    }

    /// Read one character of a conversion; running out of template
    /// there is always "incomplete format".
    fn read(&mut self) -> Result<char, PercentError> {
        let c = self.template[self.byte..]
            .chars()
            .next()
            .ok_or(PercentError::Incomplete)?;
        self.byte += c.len_utf8();
        self.index += 1;
        Ok(c)
    }

    /// Read decimal digits after `first`, with CPython's overflow limit.
    fn number(
        &mut self,
        first: char,
        max: u64,
        err: PercentError,
    ) -> Result<(usize, char), PercentError> {
        let mut n = u64::from(first as u8 - b'0');
        loop {
            let c = self.read()?;
            let Some(d) = c.to_digit(10) else {
                return Ok((n as usize, c));
            };
            if n > (max - u64::from(d)) / 10 {
                return Err(err);
            }
            n = n * 10 + u64::from(d);
        }
    }

    /// `unicode_format_arg_parse`, just past a `%` that does not start `%%`.
    fn spec(&mut self) -> Result<PercentSpec, PercentError> {
        self.context = ErrorContext::default();
        let mut c = self.read()?;
        let mut key = None;
        if c == '(' {
            self.context.key_opened = true;
            let start = self.byte;
            let mut depth = 1;
            while depth > 0 {
                match self.read().map_err(|_| PercentError::IncompleteKey)? {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
            }
            key = Some(self.template[start..self.byte - 1].to_owned());
            self.context.key = key.clone();
            c = self.read()?;
        }
        let mut flags = PercentFlags::default();
        loop {
            match c {
                '-' => flags.minus = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            c = self.read()?;
        }
        let mut width = None;
        if c == '*' {
            width = Some(Count::Star);
            self.context.stars += 1;
            c = self.read()?;
        } else if c.is_ascii_digit() {
            let (n, next) = self.number(c, i64::MAX as u64, PercentError::WidthTooBig)?;
            width = Some(Count::N(n));
            c = next;
        }
        let mut precision = None;
        if c == '.' {
            precision = Some(Count::N(0));
            c = self.read()?;
            if c == '*' {
                precision = Some(Count::Star);
                self.context.stars += 1;
                c = self.read()?;
            } else if c.is_ascii_digit() {
                let (n, next) = self.number(c, i32::MAX as u64, PercentError::PrecisionTooBig)?;
                precision = Some(Count::N(n));
                c = next;
            }
        }
        if matches!(c, 'h' | 'l' | 'L') {
            c = self.read()?;
        }
        Ok(PercentSpec {
            key,
            flags,
            width,
            precision,
            conv: c,
            index: self.index - 1,
        })
    }
}

impl<'a> Iterator for PercentPieces<'a> {
    type Item = Result<PercentPiece<'a>, PercentError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.byte >= self.template.len() {
            return None;
        }
        let rest = &self.template[self.byte..];
        if !rest.starts_with('%') {
            let literal = &rest[..rest.find('%').unwrap_or(rest.len())];
            self.byte += literal.len();
            self.index += literal.chars().count();
            return Some(Ok(PercentPiece::Literal(literal)));
        }
        self.byte += 1;
        self.index += 1;
        if self.template[self.byte..].starts_with('%') {
            let percent = &self.template[self.byte..self.byte + 1];
            self.byte += 1;
            self.index += 1;
            return Some(Ok(PercentPiece::Literal(percent)));
        }
        let spec = self.spec();
        self.failed = spec.is_err();
        Some(spec.map(PercentPiece::Spec))
    }
}

/// `%d %i %u %o %x %X`: `_PyUnicode_FormatLong` then the padding of
/// `unicode_format_arg_output`. `width` and `precision` are the resolved
/// counts (for a negative `*` width CPython left-justifies: pass its
/// absolute value and set `flags.minus` on a copy of the spec).
pub fn percent_int(
    v: Int,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude_digits(base);
    let mut text = String::new();
    if v.is_negative() {
        text.push('-');
    }
    if spec.flags.alt {
        text.push_str(prefix);
    }
    // Zero-fill the digits to the precision.
    let zeros = precision.unwrap_or(0).saturating_sub(digits.len());
    text.extend(std::iter::repeat_n('0', zeros));
    text.push_str(&digits);
    if spec.conv == 'X' {
        text.make_ascii_uppercase();
    }
    output(&text, spec, width, None, true)
}

/// `%e %E %f %F %g %G`: `formatfloat` (default precision 6) then the
/// padding of `unicode_format_arg_output`.
pub fn percent_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let flags = DtsFlags {
        alt: spec.flags.alt,
        ..DtsFlags::default()
    };
    let text = double_to_string(x, spec.conv, precision.unwrap_or(6), flags);
    output(&text, spec, width, None, true)
}

/// `%s %r %a %c` once the VM has made the string: precision truncates
/// (except for `c`), width pads with spaces.
pub fn percent_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    output(s, spec, width, precision, false)
}

/// `unicode_format_arg_output`: truncate, place the sign and the `0x`/`0o`
/// prefix, and pad. `numeric` is CPython's `arg->sign`.
fn output(
    text: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    numeric: bool,
) -> String {
    let flags = spec.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    if matches!(spec.conv, 's' | 'r' | 'a') {
        if let Some(p) = precision {
            len = len.min(p);
        }
    }
    let mut start = 0;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                start = 1;
                len -= 1;
            }
            _ if flags.plus => sign = Some('+'),
            _ if flags.space => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 1);
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = flags.alt && numeric && matches!(spec.conv, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.minus {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if has_prefix {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
    }
    out.extend(&chars[start..start + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(template: &str) -> PercentSpec {
        match parse_percent(template).unwrap().pop() {
            Some(PercentPiece::Spec(s)) => s,
            other => panic!("no spec: {other:?}"),
        }
    }

    #[test]
    fn keys_nest_parentheses() {
        let s = spec("ab%(a(b)c)-08.3ld");
        assert_eq!(s.key.as_deref(), Some("a(b)c"));
        assert!(s.flags.minus && s.flags.zero);
        assert_eq!(
            (s.width, s.precision, s.conv, s.index),
            (Some(Count::N(8)), Some(Count::N(3)), 'd', 16)
        );
    }

    #[test]
    fn bare_point_is_precision_zero() {
        assert_eq!(spec("%.f").precision, Some(Count::N(0)));
        assert_eq!(spec("%*.*f").width, Some(Count::Star));
    }

    #[test]
    fn literals_and_double_percent() {
        let pieces = parse_percent("a%%b").unwrap();
        assert_eq!(
            pieces,
            vec![
                PercentPiece::Literal("a"),
                PercentPiece::Literal("%"),
                PercentPiece::Literal("b")
            ]
        );
    }

    #[test]
    fn error_context_records_key_and_stars() {
        let mut it = percent_pieces("%(k)*.*");
        assert_eq!(it.next(), Some(Err(PercentError::Incomplete)));
        assert_eq!(
            it.error_context(),
            &ErrorContext {
                key_opened: true,
                key: Some("k".into()),
                stars: 2
            }
        );
        assert_eq!(it.next(), None);
        let mut it = percent_pieces("%(k");
        assert_eq!(it.next(), Some(Err(PercentError::IncompleteKey)));
        assert!(it.error_context().key_opened && it.error_context().key.is_none());
    }

    #[test]
    fn unknown_letter_is_judged_after_the_argument() {
        let s = match percent_pieces("xy%5y").nth(1) {
            Some(Ok(PercentPiece::Spec(s))) => s,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            s.check_conv().unwrap_err().to_string(),
            "unsupported format character 'y' (0x79) at index 4"
        );
        assert!(parse_percent("%5y").is_err());
    }
}
