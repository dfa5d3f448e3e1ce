//! `format()`, f-string fields (FORMAT_VALUE) and the number formatting of
//! `int.__format__` / `float.__format__`, on top of the pyfmt crate.

use super::call::call;
use super::errors::*;
use super::ops::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::objects::int::{num_of, Num};
use crate::objects::Value;

/// FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format with `spec`.
pub fn format_value(ts: &mut ThreadState, v: Value, conversion: u32, spec: Option<Value>) -> PyResult<Value> {
    let v = match conversion {
        1 => str_value(ts, &v)?,
        2 => new_str(repr(ts, &v)?),
        3 => new_str(crate::objects::strtype::ascii_str(&repr(ts, &v)?)),
        _ => v,
    };
    let spec_s = match &spec {
        Some(s) => as_str(s).map(|x| x.as_str().to_string()).unwrap_or_default(),
        None => String::new(),
    };
    if spec_s.is_empty() {
        if let Some(s) = as_str(&v) {
            if is_exact(v.obj().unwrap(), &types().str) {
                let _ = s;
                return Ok(v);
            }
        }
        if let Value::Int(i) = v {
            return Ok(new_str(i.to_string()));
        }
    }
    Ok(new_str(format_obj(ts, &v, &spec_s)?))
}

/// `format(value, spec)`: calls `type(value).__format__(value, spec)`.
pub fn format_obj(ts: &mut ThreadState, v: &Value, spec: &str) -> PyResult<String> {
    let t = type_of(v);
    let f = type_lookup_str(&t, "__format__").expect("object.__format__ missing");
    let r = call(ts, &f, &[v.clone(), new_str(spec)])?;
    match as_str(&r) {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(type_error(format!("__format__ must return a str, not {}", type_name(&r)))),
    }
}

fn fmt_err(e: pyfmt::FormatError) -> PyErr {
    match e.kind() {
        pyfmt::ErrorKind::OverflowError => overflow_error(e.to_string()),
        pyfmt::ErrorKind::ValueError => value_error(e.to_string()),
    }
}

/// int/float/bool formatting with a format spec.
pub fn format_number(ts: &mut ThreadState, v: &Value, spec: &str) -> PyResult<String> {
    let _ = ts;
    let parsed = pyfmt::parse_format_spec(spec).map_err(|e| fmt_err_named(e, v))?;
    match num_of(v) {
        Some(Num::I(i)) => {
            if spec.is_empty() {
                return Ok(match v {
                    Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
                    _ => i.to_string(),
                });
            }
            pyfmt::format_int(pyfmt::Int::Small(i), &parsed).map_err(|e| fmt_err_named(e, v))
        }
        Some(Num::B(b)) => {
            if spec.is_empty() {
                return crate::objects::int::int_to_string(v);
            }
            if matches!(parsed.ty, None | Some('d') | Some('n')) {
                let limit = crate::objects::int::max_str_digits();
                pyfmt::check_int_to_str_digits(pyfmt::Int::Big(&b), limit).map_err(|e| value_error(e.to_string()))?;
            }
            pyfmt::format_int(pyfmt::Int::Big(&b), &parsed).map_err(|e| fmt_err_named(e, v))
        }
        Some(Num::F(f)) => pyfmt::format_float(f, &parsed).map_err(|e| fmt_err_named(e, v)),
        None => Err(type_error("format_number on a non-number")),
    }
}

/// `complex.__format__` (CPython's format_complex_internal): the parts are
/// formatted as floats (the imaginary one always signed), joined with `j`,
/// and the whole padded. No type gives str()'s form, with parentheses
/// unless the real part is +0.
pub fn format_complex(v: &Value, re: f64, im: f64, spec: &str) -> PyResult<String> {
    let parsed = pyfmt::parse_format_spec(spec).map_err(|e| fmt_err_named(e, v))?;
    if parsed.zero && parsed.align.is_none() || parsed.fill == '0' && parsed.align == Some('=') {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if parsed.align == Some('=') {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (ty, skip_re, parens) = match parsed.ty {
        None => {
            let skip = re == 0.0 && re.is_sign_positive();
            (if parsed.precision.is_some() { Some('g') } else { None }, skip, !skip)
        }
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => (Some(t), false, false),
        Some(t) => {
            return Err(value_error(format!("Unknown format code '{}' for object of type 'complex'", t)));
        }
    };
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        match ty {
            // repr of the part, as str(complex) writes it ("1", "2.5", "inf").
            None => {
                let r = pyfmt::float_repr(x);
                let r = r.strip_suffix(".0").map(str::to_string).unwrap_or(r);
                Ok(match sign {
                    Some('+') if !r.starts_with('-') => format!("+{}", r),
                    Some(' ') if !r.starts_with('-') => format!(" {}", r),
                    _ => r,
                })
            }
            Some(t) => {
                let one = pyfmt::FormatSpec {
                    sign,
                    ty: Some(t),
                    precision: parsed.precision,
                    alternate: parsed.alternate,
                    grouping: parsed.grouping,
                    z: parsed.z,
                    ..pyfmt::FormatSpec::default()
                };
                pyfmt::format_float(x, &one).map_err(|e| fmt_err_named(e, v))
            }
        }
    };
    let re_s = if skip_re { String::new() } else { part(re, parsed.sign)? };
    let im_sign = if skip_re { parsed.sign } else { Some('+') };
    let im_s = part(im, im_sign)?;
    let body = if parens { format!("({}{}j)", re_s, im_s) } else { format!("{}{}j", re_s, im_s) };
    let width = parsed.width.unwrap_or(0);
    let len = body.chars().count();
    if len >= width {
        return Ok(body);
    }
    let pad = width - len;
    let fill = |n: usize| std::iter::repeat(parsed.fill).take(n).collect::<String>();
    Ok(match parsed.align.unwrap_or('>') {
        '<' => format!("{}{}", body, fill(pad)),
        '^' => format!("{}{}{}", fill(pad / 2), body, fill(pad - pad / 2)),
        _ => format!("{}{}", fill(pad), body),
    })
}

fn fmt_err_named(e: pyfmt::FormatError, v: &Value) -> PyErr {
    fmt_err(e.with_type_name(&type_name(v)))
}
