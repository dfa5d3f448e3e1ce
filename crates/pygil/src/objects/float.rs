//! `float`: IEEE doubles, repr as the shortest round-trip string in
//! Python's layout (pyfmt::float_repr), hashing compatible with ints.

use super::int::{float_to_int, HASH_MODULUS};
use crate::objects::function::Args;
use crate::objects::{Payload, PyObject, Value};
use crate::vm::call::check_args;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::types::{types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use num_bigint::BigInt;

pub fn float_repr(f: f64) -> String {
    pyfmt::float_repr(f)
}

/// CPython's _Py_HashDouble (NaN hashes by identity; immediates use 0 for the address).
pub fn hash_f64(v: f64, _owner: &Value) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// frexp: v = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

pub fn float_of(ts: &mut ThreadState, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Ok(*f),
            Payload::Int(b) => super::int::big_to_f64(b),
            _ => {
                if let Some(r) = call_special0(ts, v, "__float__")? {
                    return match r {
                        Value::Float(f) => Ok(f),
                        Value::Obj(ref o) if matches!(o.payload, Payload::Float(_)) => {
                            let Payload::Float(f) = o.payload else { unreachable!() };
                            Ok(f)
                        }
                        _ => Err(type_error(format!("{}.__float__ returned non-float (type {})", type_name(v), type_name(&r)))),
                    };
                }
                if let Some(r) = call_special0(ts, v, "__index__")? {
                    return float_of(ts, &r);
                }
                Err(type_error(format!("must be real number, not {}", type_name(v))))
            }
        },
        _ => Err(type_error(format!("must be real number, not {}", type_name(v)))),
    }
}

fn self_f(args: &Args) -> f64 {
    match &args.pos[0] {
        Value::Float(f) => *f,
        Value::Obj(o) => match o.payload {
            Payload::Float(f) => f,
            _ => 0.0,
        },
        _ => 0.0,
    }
}

fn float_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("float", &args, 1, 2)?;
    let f = match args.pos.get(1) {
        None => 0.0,
        Some(x) => match x {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => parse_float_str(s.as_str())?,
                Payload::Bytes(b) => parse_float_str(&String::from_utf8_lossy(b))?,
                _ => float_of(ts, x).map_err(|e| {
                    if e.matches(&types().type_error) {
                        type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(x)))
                    } else {
                        e
                    }
                })?,
            },
            _ => float_of(ts, x)?,
        },
    };
    let cls = as_type(&args.pos[0]).cloned().unwrap_or_else(|| types().float.clone());
    if std::rc::Rc::ptr_eq(&cls, &types().float) {
        return Ok(Value::Float(f));
    }
    Ok(Value::Obj(PyObject::with_dict(cls, Payload::Float(f), new_dict_obj())))
}

pub fn parse_float_str(s: &str) -> PyResult<f64> {
    pyfmt::parse_float(s).ok_or_else(|| {
        value_error(format!("could not convert string to float: {}", crate::objects::strtype::repr_str(s)))
    })
}

fn float_repr_m(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_str(float_repr(self_f(&args))))
}

fn float_is_integer(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = self_f(&args);
    Ok(Value::Bool(f.is_finite() && f.trunc() == f))
}

fn float_int(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    float_to_int(self_f(&args))
}

fn float_floor(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    float_to_int(self_f(&args).floor())
}

fn float_ceil(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    float_to_int(self_f(&args).ceil())
}

fn float_round(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__round__", &args, 1, 2)?;
    let f = self_f(&args);
    match args.pos.get(1) {
        None | Some(Value::None) => float_to_int(pyfmt::round_half_even(f)),
        Some(n) => {
            let n = index_value(ts, n)?;
            Ok(Value::Float(pyfmt::round_float(f, n)))
        }
    }
}

fn float_as_integer_ratio(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = self_f(&args);
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = frexp(f);
    let mut m = m;
    let mut e = e;
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    use num_traits::FromPrimitive;
    let mut num = BigInt::from_f64(m).unwrap();
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    Ok(new_tuple(vec![int_from_big(num), int_from_big(den)]))
}

fn float_hex(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_str(pyfmt::float_hex(self_f(&args))))
}

fn float_fromhex(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("fromhex", &args, 2, 2)?;
    let s = str_of(ts, &args.pos[1])?;
    match pyfmt::float_fromhex(&s) {
        Some(f) => Ok(Value::Float(f)),
        None => Err(value_error("invalid hexadecimal floating-point string")),
    }
}

fn float_conjugate(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Float(self_f(&args)))
}

fn float_imag(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn float_format(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__format__", &args, 2, 2)?;
    let spec = str_of(ts, &args.pos[1])?;
    if spec.is_empty() {
        // str(self), as for int.
        return str_value(ts, &args.pos[0]);
    }
    crate::vm::format::format_number(ts, &args.pos[0], &spec).map(new_str)
}

fn float_getnewargs(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_tuple(vec![Value::Float(self_f(&args))]))
}

pub fn init(_ts: &mut ThreadState) {
    let t = types();
    TypeBuilder::new(&t.float, "float")
        .static_method("__new__", float_new)
        .method("__repr__", float_repr_m)
        .method("is_integer", float_is_integer)
        .method("__int__", float_int)
        .method("__trunc__", float_int)
        .method("__floor__", float_floor)
        .method("__ceil__", float_ceil)
        .method("__round__", float_round)
        .method("__float__", float_conjugate)
        .method("as_integer_ratio", float_as_integer_ratio)
        .method("hex", float_hex)
        .class_method("fromhex", float_fromhex)
        .method("conjugate", float_conjugate)
        .method("__format__", float_format)
        .method("__getnewargs__", float_getnewargs)
        .getter("real", float_conjugate)
        .getter("imag", float_imag);
    crate::vm::arith::register_number_dunders(&t.float, "float");
}
