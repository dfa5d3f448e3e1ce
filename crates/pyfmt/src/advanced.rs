//! `format(value, spec)` for int, float and str: the `__format__` methods,
//! i.e. `_PyLong_FormatAdvancedWriter`, `_PyFloat_FormatAdvancedWriter` and
//! `_PyUnicode_FormatAdvancedWriter` with `format_long_internal`,
//! `format_float_internal` and `format_string_internal`
//! (Python/formatter_unicode.c).
//!
//! All three take an already parsed [`FormatSpec`]. CPython returns
//! `str(value)` for an empty spec without parsing it; the default spec gives
//! the same text here, except for `bool`, which the VM handles.

use crate::dtostr::{double_to_string, DtsFlags};
use crate::error::FormatError;
use crate::int::Int;
use crate::layout::{layout_number, pad, Grouping, NumberParts};
use crate::spec::FormatSpec;

/// The grouping a spec asks for (`get_locale_info`). `n` uses the current
/// locale, which for pygil is always the C locale: no grouping.
fn grouping_for(spec: &FormatSpec, ty: char) -> Grouping {
    if ty == 'n' {
        return None;
    }
    match spec.grouping {
        Some(',') => Some((',', 3)),
        Some(_) if matches!(ty, 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        Some(_) => Some(('_', 3)),
        None => None,
    }
}

/// `format(int, spec)`: `_PyLong_FormatAdvancedWriter`. Float types
/// (`e E f F g G %`) format the int converted to float.
///
/// CPython's `int_max_str_digits` limit applies to the decimal types (`d`,
/// `n`, no type): the VM checks it first with
/// [`check_int_to_str_digits`](crate::check_int_to_str_digits), as for
/// `str(int)` and `%d`.
pub fn format_int(v: Int, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = v.to_f64().ok_or(FormatError::IntTooLargeForFloat)?;
            format_float_internal(x, spec, Some(ty))
        }
        _ => Err(FormatError::UnknownCode {
            code: ty,
            type_name: "int".to_owned(),
        }),
    }
}

/// `format_long_internal`.
fn format_long_internal(v: Int, spec: &FormatSpec, ty: char) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::PrecisionNotAllowedInt);
    }
    if spec.z {
        return Err(FormatError::NegZeroNotAllowedInt);
    }
    let align = spec.align_or('>');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::SignNotAllowedChar);
        }
        if spec.alternate {
            return Err(FormatError::AlternateNotAllowedChar);
        }
        let code = v.to_i64().ok_or(FormatError::IntTooLargeForCLong)?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(FormatError::CharOutOfRange);
        }
        let c = char::from_u32(code as u32).ok_or(FormatError::SurrogateChar(code as u32))?;
        let text = c.to_string();
        // The character goes in as "remainder": copied, never grouped.
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return Ok(layout_number(&parts, spec, align, grouping_for(spec, ty)));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude_digits(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(layout_number(&parts, spec, align, grouping_for(spec, ty)))
}

/// `format(float, spec)`: `_PyFloat_FormatAdvancedWriter`. With no type
/// letter it is `repr` when no precision is given, else like `g` but with
/// at least one digit past the point.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        // A NUL type letter is CPython's "no type" marker.
        None | Some('\0') => format_float_internal(x, spec, None),
        Some(ty @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => {
            format_float_internal(x, spec, Some(ty))
        }
        Some(code) => Err(FormatError::UnknownCode {
            code,
            type_name: "float".to_owned(),
        }),
    }
}

/// `format_float_internal`.
fn format_float_internal(
    x: f64,
    spec: &FormatSpec,
    ty: Option<char>,
) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::PrecisionTooBig);
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtsFlags::default()
    };
    let mut x = x;
    let mut add_pct = false;
    let mut default_precision = 6;
    let mut code = match ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        // 'n' is 'g' in the (C) locale.
        Some('n') => 'g',
        Some('%') => {
            x *= 100.0;
            add_pct = true;
            'f'
        }
        Some(c) => c,
    };
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(x, code, precision, flags);
    if add_pct {
        text.push('%');
    }

    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    // parse_number: the leading digits, then an optional point.
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    Ok(layout_number(
        &parts,
        spec,
        spec.align_or('>'),
        grouping_for(spec, ty.unwrap_or('\0')),
    ))
}

/// `format(str, spec)`: `_PyUnicode_FormatAdvancedWriter` and
/// `format_string_internal`. Width and precision count code points.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    // The parser checks ',' and '_' against the type letter; a str's
    // default letter is 's', which cannot group.
    if let (Some(separator), None) = (spec.grouping, spec.ty) {
        return Err(FormatError::SeparatorWithCode {
            separator,
            code: 's',
        });
    }
    if let Some(code) = spec.ty.filter(|&c| c != 's') {
        return Err(FormatError::UnknownCode {
            code,
            type_name: "str".to_owned(),
        });
    }
    match spec.sign {
        Some(' ') => return Err(FormatError::SpaceNotAllowedStr),
        Some(_) => return Err(FormatError::SignNotAllowedStr),
        None => {}
    }
    if spec.z {
        return Err(FormatError::NegZeroNotAllowedStr);
    }
    if spec.alternate {
        return Err(FormatError::AlternateNotAllowedStr);
    }
    let align = spec.align_or('<');
    if align == '=' {
        return Err(FormatError::EqualsAlignNotAllowedStr);
    }
    let (text, nchars) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => (&s[..cut], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    Ok(pad(text, nchars, spec.width, align, spec.fill))
}
