//! `float.hex()` and `float.fromhex()`: `float_hex_impl` and
//! `float_fromhex` in Objects/floatobject.c.

use num_bigint::BigUint;

use crate::digits::{decompose, ldexp_big};
use crate::error::FormatError;
use crate::parse::parse_inf_or_nan;
use crate::unicode::is_ascii_space;

/// `float.hex(x)`: `[-]0x<h>.<13 hex digits>p<sign><exp>`, with the leading
/// digit 1 for normal numbers and 0 for subnormals (`0x0.0000000000001p-1022`).
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_owned();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_owned();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let (mantissa, exp) = decompose(x.abs());
    // CPython normalises to a leading digit of 1 (0 below the normal range).
    let (lead, fraction, e) = if mantissa >> 52 == 1 {
        (1, mantissa & ((1 << 52) - 1), exp + 52)
    } else {
        (0, mantissa, -1022)
    };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{fraction:013x}p{esign}{}", e.unsigned_abs())
}

/// `float.fromhex(s)`; `None` for any error (see [`float_fromhex_checked`]).
pub fn float_fromhex(s: &str) -> Option<f64> {
    float_fromhex_checked(s).ok()
}

/// `float.fromhex(s)`: `[ws][sign]([0x]hex[.hex] | [0x].hex)[p[sign]dec][ws]`
/// or inf/nan, rounded half to even. Errors: `FromHexInvalid` (ValueError)
/// and `FromHexOverflow` (OverflowError).
pub fn float_fromhex_checked(s: &str) -> Result<f64, FormatError> {
    let bytes = s.as_bytes();
    let start = bytes
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(start, |e| e + 1);
    let body = &bytes[start..end];
    if let Some(v) = parse_inf_or_nan(body) {
        return Ok(v);
    }
    let (negative, mut rest) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    if rest.len() >= 2 && rest[0] == b'0' && matches!(rest[1], b'x' | b'X') {
        rest = &rest[2..];
    }
    let hex_run = |r: &[u8]| r.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    let int_len = hex_run(rest);
    let mut digits: Vec<u8> = rest[..int_len].to_vec();
    rest = &rest[int_len..];
    let mut frac_len = 0;
    if rest.first() == Some(&b'.') {
        frac_len = hex_run(&rest[1..]);
        digits.extend_from_slice(&rest[1..1 + frac_len]);
        rest = &rest[1 + frac_len..];
    }
    if digits.is_empty() {
        return Err(FormatError::FromHexInvalid);
    }
    let mut exp: i64 = 0;
    if matches!(rest.first(), Some(b'p' | b'P')) {
        rest = &rest[1..];
        let (exp_negative, r) = match rest.first() {
            Some(b'-') => (true, &rest[1..]),
            Some(b'+') => (false, &rest[1..]),
            _ => (false, rest),
        };
        let n = r.iter().take_while(|b| b.is_ascii_digit()).count();
        if n == 0 {
            return Err(FormatError::FromHexInvalid);
        }
        // strtol saturates.
        for &d in &r[..n] {
            exp = exp.saturating_mul(10).saturating_add(i64::from(d - b'0'));
        }
        if exp_negative {
            exp = -exp;
        }
        rest = &r[n..];
    }
    if !rest.is_empty() {
        return Err(FormatError::FromHexInvalid);
    }
    let text = std::str::from_utf8(&digits).expect("hex digits");
    let coefficient = BigUint::parse_bytes(text.as_bytes(), 16).expect("hex digits");
    if coefficient == BigUint::default() || exp < i64::MIN / 2 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    if exp > i64::MAX / 2 {
        return Err(FormatError::FromHexOverflow);
    }
    let exp = exp - 4 * frac_len as i64;
    let x = ldexp_big(&coefficient, exp).map_err(|_| FormatError::FromHexOverflow)?;
    Ok(if negative { -x } else { x })
}
