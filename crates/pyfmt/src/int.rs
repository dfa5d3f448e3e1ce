//! Integers as the VM hands them in, and their conversions to text and to
//! float: `_PyLong_Format`, `PyNumber_ToBase`, `PyLong_AsDouble` and the
//! `int_max_str_digits` check (Objects/longobject.c).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::digits::ldexp_big;
use crate::error::FormatError;

/// An int as the VM hands it in.
#[derive(Debug, Clone, Copy)]
pub enum Int<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl Int<'_> {
    pub(crate) fn is_negative(self) -> bool {
        match self {
            Int::Small(v) => v < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    /// The value if it fits an `i64` (`PyLong_AsLong`).
    pub(crate) fn to_i64(self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(v),
            Int::Big(b) => b.to_i64(),
        }
    }

    /// `|self|` written in `radix` (2..=36), lowercase, no sign or prefix.
    pub(crate) fn magnitude_digits(self, radix: u32) -> String {
        match self {
            Int::Small(v) => {
                let mut m = v.unsigned_abs();
                if m == 0 {
                    return "0".to_owned();
                }
                let mut out = Vec::new();
                while m > 0 {
                    let d = (m % u64::from(radix)) as u32;
                    out.push(std::char::from_digit(d, radix).expect("digit below radix") as u8);
                    m /= u64::from(radix);
                }
                out.reverse();
                String::from_utf8(out).expect("ASCII digits")
            }
            Int::Big(b) => b.magnitude().to_str_radix(radix),
        }
    }

    /// `PyLong_AsDouble`: correctly rounded, or `None` past the double range.
    pub(crate) fn to_f64(self) -> Option<f64> {
        match self {
            // `as` rounds to nearest, ties to even.
            Int::Small(v) => Some(v as f64),
            Int::Big(b) => {
                let m = ldexp_big(b.magnitude(), 0).ok()?;
                Some(if b.sign() == Sign::Minus { -m } else { m })
            }
        }
    }
}

/// `|v|`'s digits in `radix` (2..=36, lowercase) with a `-` in front when
/// `v` is negative; no base prefix. `int_to_str_radix(Int::Small(-31), 16)
/// == "-1f"`.
pub fn int_to_str_radix(v: Int, radix: u32) -> String {
    assert!((2..=36).contains(&radix), "radix must be in 2..=36");
    let digits = v.magnitude_digits(radix);
    if v.is_negative() {
        format!("-{digits}")
    } else {
        digits
    }
}

/// `PyNumber_ToBase`: what `bin`, `oct`, `hex` (bases 2, 8, 16) and `str`
/// (base 10) return, e.g. `-0x1f`.
pub fn int_to_base(v: Int, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        10 => "",
        _ => panic!("PyNumber_ToBase: base must be 2, 8, 10 or 16"),
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", v.magnitude_digits(base))
}

/// The default of `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The `int_max_str_digits` check of `long_to_decimal_string_internal`:
/// converting `v` to decimal text fails when it has more than `limit`
/// digits (the sign not counted). A `limit` of 0 means no limit.
pub fn check_int_to_str_digits(v: Int, limit: usize) -> Result<(), FormatError> {
    let Int::Big(b) = v else { return Ok(()) };
    if limit == 0 {
        return Ok(());
    }
    // A number of `bits` bits has floor(bits·log10 2) or one more digits;
    // count exactly only when the bound is unclear.
    let bits = b.bits() as f64;
    // The margins keep rounding in the estimate from deciding a close call.
    let low = ((bits - 1.0) * std::f64::consts::LOG10_2 - 1e-6).floor() as usize + 1;
    let high = (bits * std::f64::consts::LOG10_2 + 1e-6).ceil() as usize + 1;
    let too_long = if low > limit {
        true
    } else if high <= limit {
        false
    } else {
        b.magnitude().to_str_radix(10).len() > limit
    };
    if too_long {
        Err(FormatError::IntToStrLimit { limit })
    } else {
        Ok(())
    }
}

/// An int parsed from text: small values stay small.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big(BigInt),
}

impl ParsedInt {
    pub(crate) fn from_parts(negative: bool, magnitude: BigUint) -> ParsedInt {
        let sign = if magnitude.is_zero() {
            Sign::NoSign
        } else if negative {
            Sign::Minus
        } else {
            Sign::Plus
        };
        let v = BigInt::from_biguint(sign, magnitude);
        match v.to_i64() {
            Some(small) => ParsedInt::Small(small),
            None => ParsedInt::Big(v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radix_text() {
        assert_eq!(int_to_str_radix(Int::Small(-31), 16), "-1f");
        assert_eq!(
            int_to_str_radix(Int::Small(i64::MIN), 2),
            format!("-1{}", "0".repeat(63))
        );
        let big = BigInt::from(36u32).pow(20) - 1;
        assert_eq!(int_to_str_radix(Int::Big(&big), 36), "z".repeat(20));
        assert_eq!(int_to_base(Int::Small(-31), 16), "-0x1f");
        assert_eq!(int_to_base(Int::Small(0), 2), "0b0");
    }

    #[test]
    fn int_to_float_rounds_half_even() {
        let two = BigInt::from(2u32);
        // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: even wins.
        let v = two.pow(53) + 1;
        assert_eq!(Int::Big(&v).to_f64(), Some(9007199254740992.0));
        let v = two.pow(1024) - two.pow(970);
        assert_eq!(Int::Big(&v).to_f64(), None);
        let v = two.pow(1024) - two.pow(971);
        assert_eq!(Int::Big(&v).to_f64(), Some(f64::MAX));
    }
}
