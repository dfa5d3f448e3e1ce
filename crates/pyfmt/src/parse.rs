//! Text to number as Python's constructors do it: `float(str)`
//! (`PyFloat_FromString`, `_Py_string_to_number_with_underscores`,
//! `_PyOS_ascii_strtod`) and `int(str, base)` (`PyLong_FromUnicodeObject`,
//! `PyLong_FromString`).
//!
//! Both first pass the text through `_PyUnicode_TransformDecimalAndSpaceToASCII`
//! (digits of any script and Unicode spaces become ASCII), then strip ASCII
//! whitespace. The digit strings are validated here; the decimal to binary
//! rounding itself is left to Rust's `str::parse::<f64>`, which is correctly
//! rounded like `_Py_dg_strtod`.

use num_bigint::BigUint;
use num_traits::Num;

use crate::error::FormatError;
use crate::int::ParsedInt;
use crate::unicode::{is_ascii_space, transform_decimal_and_space};

fn trim_ascii_space(s: &[u8]) -> &[u8] {
    let start = s
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(start, |e| e + 1);
    &s[start..end]
}

/// `float(s)` for a str: `None` where CPython raises ValueError ("could not
/// convert string to float"). Out-of-range values become ±inf or ±0.0.
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = transform_decimal_and_space(s)?;
    let cleaned = remove_underscores(&ascii)?;
    let body = trim_ascii_space(&cleaned);
    parse_inf_or_nan(body).or_else(|| parse_decimal(body))
}

/// `_Py_string_to_number_with_underscores`: drop underscores that sit
/// between two digits; any other underscore (or a NUL) is an error.
fn remove_underscores(s: &[u8]) -> Option<Vec<u8>> {
    if s.contains(&0) {
        return None;
    }
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &b in s {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

/// `_Py_parse_inf_or_nan` on the whole of `s`: `[sign](inf|infinity|nan)`,
/// any case.
pub(crate) fn parse_inf_or_nan(s: &[u8]) -> Option<f64> {
    let (negative, rest) = split_sign(s);
    let word = rest.to_ascii_lowercase();
    let value = match &word[..] {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => return None,
    };
    Some(if negative { -value } else { value })
}

fn split_sign(s: &[u8]) -> (bool, &[u8]) {
    match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    }
}

/// The grammar `_Py_dg_strtod` accepts, over all of `s`:
/// `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`.
fn parse_decimal(s: &[u8]) -> Option<f64> {
    let (_, rest) = split_sign(s);
    let int_len = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut i = int_len;
    let mut frac_len = 0;
    if rest.get(i) == Some(&b'.') {
        i += 1;
        frac_len = rest[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        i += frac_len;
    }
    if int_len + frac_len == 0 {
        return None;
    }
    if matches!(rest.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(rest.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_len = rest[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if exp_len == 0 {
            return None;
        }
        i += exp_len;
    }
    if i != rest.len() {
        return None;
    }
    let text = std::str::from_utf8(s).ok()?;
    text.parse::<f64>().ok()
}

/// `int(s, base)` for a str, with no limit on the number of digits.
/// `None` where CPython raises ValueError ("invalid literal for int() with
/// base N"). `base` must be 0 or 2..=36 (the VM reports other bases).
pub fn parse_int(s: &str, base: u32) -> Option<ParsedInt> {
    parse_int_limited(s, base, 0).ok().flatten()
}

/// `int(s, base)` with `sys.get_int_max_str_digits()` as `max_str_digits`
/// (0 = unlimited): `Ok(None)` for an invalid literal, `Err` when a
/// non-power-of-two base has more digits than allowed.
pub fn parse_int_limited(
    s: &str,
    base: u32,
    max_str_digits: usize,
) -> Result<Option<ParsedInt>, FormatError> {
    assert!(
        base == 0 || (2..=36).contains(&base),
        "int() base must be 0 or 2..=36"
    );
    let Some(ascii) = transform_decimal_and_space(s) else {
        return Ok(None);
    };
    if ascii.contains(&0) {
        return Ok(None);
    }
    let mut str = &ascii[..];
    while str.first().is_some_and(|&b| is_ascii_space(b)) {
        str = &str[1..];
    }
    let (negative, rest) = split_sign(str);
    str = rest;
    let mut base = base;
    let mut error_if_nonzero = false;
    let second = str.get(1).map(u8::to_ascii_lowercase);
    if base == 0 {
        base = match (str.first(), second) {
            (Some(b'0'), Some(b'x')) => 16,
            (Some(b'0'), Some(b'o')) => 8,
            (Some(b'0'), Some(b'b')) => 2,
            (Some(b'0'), _) => {
                // An old-style octal literal: only zero is allowed.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if str.first() == Some(&b'0')
        && matches!(
            (base, second),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        )
    {
        str = &str[2..];
        // One underscore may follow the prefix.
        if str.first() == Some(&b'_') {
            str = &str[1..];
        }
    }
    if str.first() == Some(&b'_') {
        return Ok(None);
    }
    // The run of digits, with single underscores between them.
    let mut digits = Vec::with_capacity(str.len());
    let mut prev = 0u8;
    let mut end = 0;
    for &b in str {
        if b == b'_' {
            if prev == b'_' {
                return Ok(None);
            }
        } else if (b as char).to_digit(36).is_some_and(|d| d < base) {
            digits.push(b);
        } else {
            break;
        }
        prev = b;
        end += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return Ok(None);
    }
    if !base.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(FormatError::StrToIntLimit {
            limit: max_str_digits,
            digits: digits.len(),
        });
    }
    if !str[end..].iter().all(|&b| is_ascii_space(b)) {
        return Ok(None);
    }
    let text = std::str::from_utf8(&digits).expect("ASCII digits");
    let magnitude = BigUint::from_str_radix(text, base).expect("validated digits");
    if error_if_nonzero && magnitude != BigUint::default() {
        return Ok(None);
    }
    Ok(Some(ParsedInt::from_parts(negative, magnitude)))
}
