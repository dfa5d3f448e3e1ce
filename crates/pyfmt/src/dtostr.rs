//! Double to string: CPython's `PyOS_double_to_string` and the
//! `format_float_short` routine behind it (Python/pystrtod.c). Every float
//! CPython prints — `repr`, `str`, `format`, `%` — passes through here.

use crate::digits::{dtoa, Mode};

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DtsFlags {
    /// `Py_DTSF_SIGN`: write `+` for non-negative values.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: make integral results look like floats (`1.0`).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form; keep the point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that rounds to zero loses its minus.
    pub no_neg_0: bool,
}

/// `repr(x)` and `str(x)` for a float: `float_repr` in Objects/floatobject.c,
/// which is `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

/// `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r`; `r` (shortest round-trip digits)
/// ignores `precision`. Any other code is a caller bug and panics, as
/// CPython raises `SystemError` (`PyErr_BadInternalCall`).
pub fn float_to_string(
    x: f64,
    code: char,
    precision: usize,
    always_sign: bool,
    add_dot_0: bool,
    alternate: bool,
) -> String {
    let flags = DtsFlags {
        sign: always_sign,
        add_dot_0,
        alt: alternate,
        no_neg_0: false,
    };
    double_to_string(x, code, precision, flags)
}

/// `PyOS_double_to_string` with the full flag set.
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    // The dtoa mode and the precision as format_float_short sees it.
    let (mode, precision) = match code {
        'e' | 'E' => (Mode::Significant(precision + 1), precision + 1),
        'f' | 'F' => (Mode::Fixed(precision as i64), precision),
        // Precision 0 makes no sense for 'g'; CPython reads it as 1.
        'g' | 'G' => (Mode::Significant(precision.max(1)), precision.max(1)),
        'r' => (Mode::Shortest, 0),
        _ => panic!("PyOS_double_to_string: bad format code {code:?}"),
    };
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    format_float_short(x, code, mode, precision as i64, upper, flags)
}

/// `format_float_short`: lay out dtoa's digits as `[sign]<zeros><digits>
/// <zeros>[exponent]`, choosing between fixed and exponent notation.
fn format_float_short(
    x: f64,
    code: char,
    mode: Mode,
    precision: i64,
    upper: bool,
    flags: DtsFlags,
) -> String {
    let mut out = String::new();
    if !x.is_finite() {
        // The sign of a NaN is never shown.
        if x.is_sign_negative() && !x.is_nan() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }

    let dec = dtoa(x, mode);
    let digits = &dec.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = dec.decpt;
    let mut negative = dec.negative;
    if flags.no_neg_0 && negative && (digits.is_empty() || digits[..] == *b"0") {
        negative = false;
    }

    // We output the slice vdigits[vdigits_start..vdigits_end] of the digit
    // string padded with zeros on both sides, with the decimal point at
    // `decpt`. First decide on an exponent and the end of the slice.
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        // repr switches to exponent notation at 1e16.
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    // Make vdigits_start < decpt <= vdigits_end (strictly less than the end
    // when '.0' must follow an integer).
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let zeros = |out: &mut String, n: i64| {
        out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    };
    let text = |bytes: &[u8]| std::str::from_utf8(bytes).expect("ASCII digits").to_owned();
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    // Exactly one of the three places below writes the decimal point.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&text(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&text(&digits[decpt as usize..]));
    } else {
        out.push_str(&text(digits));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        // C's "%+.02d": a sign and at least two digits.
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}
