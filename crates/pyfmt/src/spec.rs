//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width]
//! [grouping][.precision][type]`, parsed as CPython's
//! `parse_internal_render_format_spec` (Python/formatter_unicode.c) does.

use crate::error::FormatError;
use crate::unicode::to_decimal;

/// A parsed format spec. It is independent of the formatted type: the
/// defaults that depend on it (alignment, type letter) are applied by
/// `format_int`, `format_float` and `format_str`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character: the explicit one, else `'0'` when the `0` flag
    /// was given, else a space.
    pub fill: char,
    /// `<`, `>`, `^` or `=` if given.
    pub align: Option<char>,
    /// `+`, `-` or ` ` if given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats only).
    pub z: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag (only recognised when no explicit fill was given); with
    /// no explicit alignment it makes numbers align with `=`.
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// The presentation type letter.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            z: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

impl FormatSpec {
    /// The alignment in effect for a type whose default alignment is
    /// `default_align` (`>` for numbers, `<` for strings). A `0` flag with
    /// no explicit alignment means `=` for right-aligned types.
    pub(crate) fn align_or(&self, default_align: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero && default_align == '>' => '=',
            None => default_align,
        }
    }
}

fn is_alignment_token(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn is_sign_element(c: char) -> bool {
    matches!(c, ' ' | '+' | '-')
}

/// `get_integer`: read decimal digits (of any script) starting at `*pos`.
/// Returns `None` when there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut acc: u64 = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| to_decimal(c)) {
        // The value must stay within Py_ssize_t.
        if acc > (i64::MAX as u64 - u64::from(d)) / 10 {
            return Err(FormatError::TooManyDigits);
        }
        acc = acc * 10 + u64::from(d);
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc as usize))
}

/// `parse_internal_render_format_spec` for a non-empty or empty spec.
///
/// Checks made here are the type-independent ones. The error for `,`/`_`
/// with no type letter on a str (whose default type is `s`) is left to
/// `format_str`. `InvalidSpec` comes back with an empty `type_name`.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();
    let mut fill_specified = false;

    if end >= 2 && is_alignment_token(chars[1]) {
        out.align = Some(chars[1]);
        out.fill = chars[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_alignment_token(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && is_sign_element(chars[pos]) {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        out.z = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    // The special case for 0-padding (backwards compatibility).
    if !fill_specified && pos < end && chars[pos] == '0' {
        out.fill = '0';
        out.zero = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;

    if pos < end && chars[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.grouping.is_some() {
            return Err(FormatError::BothSeparators);
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && out.grouping == Some('_') {
        return Err(FormatError::BothSeparators);
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        out.precision = get_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(FormatError::MissingPrecision);
        }
    }
    if end - pos > 1 {
        return Err(FormatError::InvalidSpec {
            spec: spec.to_owned(),
            type_name: String::new(),
        });
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }

    // Which types may group digits (PEP 378; `_` for b/o/x/X per PEP 515).
    if let (Some(separator), Some(code)) = (out.grouping, out.ty) {
        let allowed = match code {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
            'b' | 'o' | 'x' | 'X' => separator == '_',
            _ => false,
        };
        if !allowed {
            return Err(FormatError::SeparatorWithCode { separator, code });
        }
    }
    Ok(out)
}
