//! Laying out a formatted number in its field: sign, prefix, padding and
//! digit grouping. Mirrors `calc_number_widths` and `fill_number`
//! (Python/formatter_unicode.c) and `_PyUnicode_InsertThousandsGrouping`
//! (Objects/unicodeobject.c).
//!
//! The field looks like
//!
//! ```text
//! <lpadding> <sign> <prefix> <spadding> <grouped_digits> <decimal> <remainder> <rpadding>
//! ```
//!
//! where only one of the three paddings is non-empty. With a `0` fill and
//! `=` alignment the padding goes into the digits instead, as leading zeros
//! that are grouped like the rest (`format(1234, '010,') == '00,001,234'`).

use crate::spec::FormatSpec;

/// Separator and group size (`LocaleInfo`); `None` means no grouping, which
/// is also what the C locale gives the `n` type.
pub(crate) type Grouping = Option<(char, usize)>;

/// A number already converted to text, split the way `fill_number` needs.
pub(crate) struct NumberParts<'a> {
    /// The number is negative.
    pub negative: bool,
    /// `0x`-style prefix (alternate form of ints), else empty.
    pub prefix: &'a str,
    /// The leading run of digits, which gets grouped.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the digits and the point (fraction, exponent, `%`,
    /// `inf`, or the character of the `c` type), copied as is.
    pub remainder: &'a str,
}

/// `calc_number_widths` followed by `fill_number`. `align` is the
/// effective alignment.
pub(crate) fn layout_number(
    parts: &NumberParts,
    spec: &FormatSpec,
    align: char,
    grouping: Grouping,
) -> String {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_non_digit_non_padding = sign.map_or(0, |_| 1)
        + parts.prefix.chars().count()
        + usize::from(parts.has_decimal)
        + parts.remainder.chars().count();
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && align == '=' {
        width - n_non_digit_non_padding as i64
    } else {
        0
    };
    // No digits happens for 'c' and for inf/nan: nothing to group.
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(parts.digits, min_width, grouping)
    };
    let padding = width - (n_non_digit_non_padding + grouped.chars().count()) as i64;
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        let padding = padding as usize;
        match align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }

    let fill = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(spec.fill, n));
    let mut out = String::new();
    fill(&mut out, lpad);
    out.extend(sign);
    out.push_str(parts.prefix);
    fill(&mut out, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    fill(&mut out, rpad);
    out
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` from the right,
/// padding with zeros (and separators between the zero groups) until the
/// result is at least `min_width` long.
fn insert_grouping(digits: &str, min_width: i64, grouping: Grouping) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    // Groups from right to left, each already in left-to-right order.
    let mut groups: Vec<String> = Vec::new();
    let mut use_separator = false;
    let mut emit = |remaining: i64, len: i64, use_separator: bool, separator: Option<char>| {
        let n_zeros = (len - remaining).max(0) as usize;
        let n_chars = remaining.min(len).max(0) as usize;
        let end = remaining as usize;
        let mut group = "0".repeat(n_zeros);
        group.push_str(&digits[end - n_chars..end]);
        if use_separator {
            group.extend(separator);
        }
        groups.push(group);
        n_chars as i64
    };
    let mut finished = false;
    if let Some((separator, size)) = grouping {
        let size = size as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            remaining -= emit(remaining, len, use_separator, Some(separator));
            use_separator = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        emit(remaining, len, use_separator, grouping.map(|(s, _)| s));
    }
    groups.iter().rev().map(String::as_str).collect()
}

/// `calc_padding` + the copy in `format_string_internal`: pad `text` of
/// `nchars` code points to `width` with `fill`, aligned by `align`.
pub(crate) fn pad(
    text: &str,
    nchars: usize,
    width: Option<usize>,
    align: char,
    fill: char,
) -> String {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let lpad = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    let rpad = total - nchars - lpad;
    let mut out = String::with_capacity(text.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}
