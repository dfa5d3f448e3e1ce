//! `round()` for floats: `float___round___impl` and `double_round`
//! (Objects/floatobject.c).

use crate::digits::{dtoa, Mode};
use crate::error::FormatError;

/// `round(x)` before the conversion to int: nearest integer, ties to even.
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)`. On overflow (which CPython reports as
/// OverflowError, see [`round_float_checked`]) this returns ±inf.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    round_float_checked(x, ndigits).unwrap_or(if x < 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}

/// `round(x, ndigits)`: round to `ndigits` decimal places on the exact
/// decimal value, ties to even, and read the result back correctly rounded.
/// Fails with `RoundOverflow` when the result is past the double range.
pub fn round_float_checked(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // Past these bounds every double rounds to itself or to ±0.0. CPython's
    // NDIGITS_MAX is (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103) and
    // NDIGITS_MIN is -(int)((DBL_MAX_EXP + 1) * 0.30103), 0.30103 being an
    // upper bound of log10(2).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let dec = dtoa(x, Mode::Fixed(ndigits));
    let sign = if dec.negative { "-" } else { "" };
    let digits = std::str::from_utf8(&dec.digits).expect("ASCII digits");
    let text = format!("{sign}0{digits}e{}", dec.decpt - dec.digits.len() as i64);
    let rounded: f64 = text.parse().expect("a valid float literal");
    if rounded.is_infinite() {
        return Err(FormatError::RoundOverflow);
    }
    Ok(rounded)
}
