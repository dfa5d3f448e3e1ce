//! Decimal digits of a double, the way David Gay's `_Py_dg_dtoa` (CPython's
//! Python/dtoa.c) hands them to the formatters, and the reverse step of
//! rounding an exact binary value to the nearest double.
//!
//! `_Py_dg_dtoa` returns a string of significant digits with no decimal
//! point, plus `decpt`, the position of the decimal point relative to the
//! start of the string (value = 0.DIGITS × 10^decpt). Trailing zeros are
//! never returned. CPython uses three of its modes:
//!
//! * mode 0, shortest: the fewest digits that read back as the same double
//!   (ties between equally short strings go to the one nearest the value).
//!   We get these from the `ryu` crate, which solves the same problem.
//! * mode 2, `n` significant digits, correctly rounded.
//! * mode 3, `n` digits past the decimal point (`n` may be negative),
//!   correctly rounded; the result can be empty when the value rounds to 0.
//!
//! Modes 2 and 3 are computed exactly: a double is `m × 2^e`, so its full
//! decimal expansion is the integer `m × 2^e` or `m × 5^-e / 10^-e`, at
//! most 767 significant digits. We write that out with `num-bigint` and
//! round the digit string half-to-even, which is what dtoa does for exact
//! ties (e.g. `'%.0f' % 2.5 == '2'`).

use num_bigint::BigUint;
use num_traits::{One, Zero};

/// The decimal digits of a finite double, as `_Py_dg_dtoa` returns them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decimal {
    /// ASCII digits without trailing zeros; `"0"` for zero; empty when a
    /// fixed-point rounding left nothing (the value rounded to zero).
    pub digits: Vec<u8>,
    /// The value is `0.DIGITS × 10^decpt`.
    pub decpt: i64,
    /// The sign bit of the double (set for `-0.0` too).
    pub negative: bool,
}

/// Which of `_Py_dg_dtoa`'s modes to run.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Mode {
    /// Mode 0: shortest digits that round-trip.
    Shortest,
    /// Mode 2: this many significant digits (0 counts as 1).
    Significant(usize),
    /// Mode 3: this many digits past the decimal point (may be negative).
    Fixed(i64),
}

/// `_Py_dg_dtoa(x, mode, ndigits, ...)` for finite `x`.
pub(crate) fn dtoa(x: f64, mode: Mode) -> Decimal {
    debug_assert!(x.is_finite());
    let negative = x.is_sign_negative();
    if x == 0.0 {
        return Decimal {
            digits: b"0".to_vec(),
            decpt: 1,
            negative,
        };
    }
    let (digits, decpt) = match mode {
        Mode::Shortest => shortest_digits(x.abs()),
        Mode::Significant(n) => {
            let (all, decpt) = exact_digits(x.abs());
            round_digits(&all, decpt, n.max(1) as i64)
        }
        Mode::Fixed(n) => {
            let (all, decpt) = exact_digits(x.abs());
            let (digits, decpt) = round_digits(&all, decpt, decpt.saturating_add(n));
            if digits.is_empty() {
                // dtoa's "no digits, fcvt style" answer.
                (digits, n.saturating_neg())
            } else {
                (digits, decpt)
            }
        }
    };
    Decimal {
        digits,
        decpt,
        negative,
    }
}

/// Mode 0 digits of a positive finite double, read off ryu's output.
fn shortest_digits(x: f64) -> (Vec<u8>, i64) {
    let mut buf = ryu::Buffer::new();
    let text = buf.format_finite(x);
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().expect("ryu writes a decimal exponent")),
        None => (text, 0),
    };
    let point = mantissa.find('.').unwrap_or(mantissa.len());
    let mut digits: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).collect();
    let mut decpt = point as i64 + exp;
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    decpt -= leading as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// The complete decimal expansion of a positive finite double: its digits
/// (no leading zeros) and `decpt`.
fn exact_digits(x: f64) -> (Vec<u8>, i64) {
    let (mut mantissa, mut exp) = decompose(x);
    let tz = mantissa.trailing_zeros();
    mantissa >>= tz;
    exp += tz as i64;
    if exp >= 0 {
        let n = BigUint::from(mantissa) << (exp as usize);
        let s = n.to_string().into_bytes();
        let decpt = s.len() as i64;
        (s, decpt)
    } else {
        let k = (-exp) as u32;
        let n = BigUint::from(mantissa) * BigUint::from(5u32).pow(k);
        let s = n.to_string().into_bytes();
        let decpt = s.len() as i64 - i64::from(k);
        (s, decpt)
    }
}

/// A positive finite double as `mantissa × 2^exp` with an integer mantissa.
pub(crate) fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    }
}

/// Keep the first `keep` digits of `0.DIGITS × 10^decpt`, rounding half to
/// even on the exact tail, then drop trailing zeros. An empty result means
/// the value rounded to zero.
fn round_digits(digits: &[u8], decpt: i64, keep: i64) -> (Vec<u8>, i64) {
    if keep < 0 {
        return (Vec::new(), decpt);
    }
    let keep = keep as usize;
    let mut out: Vec<u8>;
    let mut decpt = decpt;
    if keep >= digits.len() {
        out = digits.to_vec();
    } else {
        out = digits[..keep].to_vec();
        let first = digits[keep];
        let beyond_half = digits[keep + 1..].iter().any(|&d| d != b'0');
        let last_odd = out.last().is_some_and(|&d| (d - b'0') % 2 == 1);
        let round_up = first > b'5' || (first == b'5' && (beyond_half || last_odd));
        if round_up {
            // Propagate the carry; all nines become a single "1".
            while out.last() == Some(&b'9') {
                out.pop();
            }
            match out.last_mut() {
                Some(d) => *d += 1,
                None => {
                    out.push(b'1');
                    decpt += 1;
                }
            }
        }
    }
    while out.last() == Some(&b'0') {
        out.pop();
    }
    (out, decpt)
}

/// `2^k` as a double, for any `k` a double can hold exactly.
fn pow2(k: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&k));
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// The value was too large for a double after rounding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Overflow;

/// `m × 2^exp` rounded half-to-even to the nearest double (subnormals
/// included). This is the rounding `float.fromhex` and `PyLong_AsDouble`
/// perform; it fails when the rounded value reaches 2^1024.
pub(crate) fn ldexp_big(m: &BigUint, exp: i64) -> Result<f64, Overflow> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let nbits = m.bits() as i64;
    // The value lies in [2^(top-1), 2^top).
    let top = nbits.saturating_add(exp);
    if top > 1024 {
        return Err(Overflow);
    }
    if top < -1074 {
        // Below half the smallest subnormal.
        return Ok(0.0);
    }
    // Weight of the last bit the double keeps.
    let lsb = (top - 53).max(-1074);
    let shift = lsb - exp;
    let q: u64 = if shift <= 0 {
        let q = m << ((-shift) as usize);
        u64::try_from(&q).expect("at most 53 bits")
    } else {
        let shift = shift as u64;
        let q = m >> shift;
        let rem = m - (&q << shift);
        let half = BigUint::one() << (shift - 1);
        let q = u64::try_from(&q).expect("at most 53 bits");
        let up = rem > half || (rem == half && q & 1 == 1);
        q + u64::from(up)
    };
    // q ≤ 2^53 and lsb ≤ 971, so the product below is exact once we know
    // it does not overflow.
    if 64 - i64::from(q.leading_zeros()) + lsb > 1024 {
        return Err(Overflow);
    }
    Ok(q as f64 * pow2(lsb))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(x: f64, mode: Mode) -> (String, i64) {
        let d = dtoa(x, mode);
        (String::from_utf8(d.digits).unwrap(), d.decpt)
    }

    #[test]
    fn modes() {
        assert_eq!(digits(0.1, Mode::Shortest), ("1".into(), 0));
        assert_eq!(digits(1e23, Mode::Shortest), ("1".into(), 24));
        assert_eq!(
            digits(0.1, Mode::Significant(20)),
            ("10000000000000000555".into(), 0)
        );
        assert_eq!(digits(2.5, Mode::Fixed(0)), ("2".into(), 1));
        assert_eq!(digits(9.5, Mode::Fixed(0)), ("1".into(), 2));
        assert_eq!(digits(0.0001, Mode::Fixed(2)), ("".into(), -2));
        assert_eq!(digits(0.0, Mode::Fixed(2)), ("0".into(), 1));
        assert_eq!(digits(5e-324, Mode::Fixed(323)), ("".into(), -323));
        assert_eq!(digits(5e-324, Mode::Fixed(324)), ("5".into(), -323));
    }

    #[test]
    fn shortest_digits_round_trip() {
        // A cheap xorshift over all bit patterns, finite ones only.
        let mut state = 0x9e3779b97f4a7c15u64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state);
            if !x.is_finite() {
                continue;
            }
            let d = dtoa(x, Mode::Shortest);
            let text = format!(
                "{}0.{}e{}",
                if d.negative { "-" } else { "" },
                String::from_utf8(d.digits).unwrap(),
                d.decpt
            );
            assert_eq!(
                text.parse::<f64>().unwrap().to_bits(),
                x.to_bits(),
                "{text}"
            );
        }
    }
}
