//! The two Unicode properties CPython's number parsers consult:
//! `Py_UNICODE_TODECIMAL` (digits of any script count as decimal digits in
//! `int()`, `float()` and format-spec widths) and `Py_UNICODE_ISSPACE`.
//!
//! Both tables were taken from CPython 3.11's `unicodedata` (Unicode 14.0):
//! every decimal digit (category Nd) sits in a run of ten that starts at a
//! code point with value 0, so a list of run starts is the whole table.

/// First code point (value 0) of every run of ten Unicode decimal digits.
const DECIMAL_RUN_STARTS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of `c` as a decimal digit, in any script (`Py_UNICODE_TODECIMAL`).
pub(crate) fn to_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    // Index of the last run starting at or before `cp`.
    let i = DECIMAL_RUN_STARTS.partition_point(|&start| start <= cp);
    let start = DECIMAL_RUN_STARTS[i.checked_sub(1)?];
    (cp - start < 10).then_some(cp - start)
}

/// `Py_UNICODE_ISSPACE` for code points past ASCII (what `str.isspace` says).
pub(crate) fn is_non_ascii_space(c: char) -> bool {
    matches!(
        c,
        '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// `Py_ISSPACE`: the C locale's ASCII whitespace.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: what `int(str)` and
/// `float(str)` parse. Unicode whitespace becomes a space and decimal digits
/// of any script become ASCII digits; any other non-ASCII character (and
/// DEL) makes the string unparseable, so we return `None`.
pub(crate) fn transform_decimal_and_space(s: &str) -> Option<std::borrow::Cow<'_, [u8]>> {
    if s.bytes().all(|b| b < 0x7f) {
        return Some(std::borrow::Cow::Borrowed(s.as_bytes()));
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 0x7f {
            out.push(c as u8);
        } else if is_non_ascii_space(c) {
            out.push(b' ');
        } else {
            out.push(b'0' + to_decimal(c)? as u8);
        }
    }
    Some(std::borrow::Cow::Owned(out))
}
