//! `int`: immediates for i64, `num_bigint::BigInt` beyond. Results match
//! CPython for every operator, including floor division and modulo signs.

use crate::objects::{Payload, PyRef, Value};
use crate::vm::call::check_args;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::types::{types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use crate::objects::function::Args;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// CPython's modulus for numeric hashes (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let neg = i < 0;
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if neg { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_big(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap();
    let h = if b.sign() == Sign::Minus { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A number as the arithmetic sees it.
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

/// The numeric value of an int, bool, float (or subclass instance), if it is one.
pub fn num_of(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(*b as i64)),
        Value::Float(f) => Some(Num::F(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => Num::I(i),
                None => Num::B(b.clone()),
            }),
            Payload::Float(f) => Some(Num::F(*f)),
            _ => None,
        },
        _ => None,
    }
}

/// The value of an int (or bool/int subclass) as a BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match num_of(v)? {
        Num::I(i) => Some(BigInt::from(i)),
        Num::B(b) => Some(b),
        Num::F(_) => None,
    }
}

pub fn is_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Int(_)),
        _ => false,
    }
}

/// Big-int to float, raising OverflowError as CPython does.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(overflow_error("int too large to convert to float"));
    }
    Ok(f)
}

/// Floor division and modulo with Python's signs (the result of divmod).
pub fn big_divmod(a: &BigInt, b: &BigInt) -> PyResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(zero_division_error("integer division or modulo by zero"));
    }
    Ok(a.div_mod_floor(b))
}

pub fn i64_floordiv(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

pub fn i64_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// int ** int (non-negative exponent) exactly.
pub fn int_pow(a: &BigInt, e: u64) -> BigInt {
    num_traits::pow::pow(a.clone(), e as usize)
}

/// True division of two ints, correctly rounded (CPython's long_true_divide
/// for the common case; exact via integer scaling when operands are large).
pub fn int_truediv(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division_error("division by zero"));
    }
    let limit = BigInt::from(1u64 << 53);
    if a.abs() <= limit && b.abs() <= limit {
        return Ok(a.to_f64().unwrap() / b.to_f64().unwrap());
    }
    // CPython's long_true_divide: a quotient with two bits more than the
    // result keeps (53, or fewer for a subnormal result), a sticky bit for
    // the remainder, one round-half-even, then an exact scaling.
    let neg = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (a, b) = (a.abs(), b.abs());
    let s = 55 - (a.bits() as i64 - b.bits() as i64);
    let (n, d) = if s >= 0 { (a << s as usize, b) } else { (a, b << (-s) as usize) };
    let (q, r) = n.div_rem(&d);
    let qbits = q.bits() as i64;
    // Binary exponent of the quotient's leading bit.
    let e = qbits - 1 - s;
    if e > 1023 {
        return Err(overflow_error("integer division result too large for a float"));
    }
    let keep = if e >= -1022 { 53 } else { 53 - (-1022 - e) };
    let drop_bits = (qbits - keep).max(1);
    let mut m = &q >> drop_bits as usize;
    let half = (&q >> (drop_bits - 1) as usize) & BigInt::one();
    let below = !(&q & ((BigInt::one() << (drop_bits - 1) as usize) - BigInt::one())).is_zero() || !r.is_zero();
    if half.is_one() && (below || (&m & BigInt::one()).is_one()) {
        m += BigInt::one();
    }
    extern "C" {
        fn ldexp(x: f64, exp: i32) -> f64;
    }
    let mf = m.to_f64().unwrap_or(f64::INFINITY);
    // SAFETY: ldexp is a pure function of its arguments; `mf` has at most
    // 54 significant bits, so the scaling is exact or one exact rounding
    // already done above.
    let v = unsafe { ldexp(mf, (drop_bits - s) as i32) };
    if v.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -v } else { v })
}

fn self_int(args: &Args) -> BigInt {
    to_bigint(&args.pos[0]).unwrap_or_default()
}

fn int_bit_length(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("bit_length", &args, 1, 1)?;
    Ok(Value::Int(self_int(&args).bits() as i64))
}

fn int_bit_count(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let b = self_int(&args);
    let (_, digits) = b.to_u64_digits();
    Ok(Value::Int(digits.iter().map(|d| d.count_ones() as i64).sum()))
}

fn int_to_bytes(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = crate::vm::call::bind_native("to_bytes", &args, &["self", "length", "byteorder", "signed"], 1)?;
    let v = self_int(&args);
    let length = if a[1].is_null() { 1 } else { index_value(ts, &a[1])? };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let order = if a[2].is_null() { "big".to_string() } else { str_of(ts, &a[2])? };
    let signed = !a[3].is_null() && truthy(ts, &a[3])?;
    if !signed && v.sign() == Sign::Minus {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { v.to_signed_bytes_le() } else { v.to_bytes_le().1 };
    if v.is_zero() {
        bytes = vec![];
    }
    let length = length as usize;
    if bytes.len() > length {
        // A positive signed value may have a redundant sign byte.
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if signed && v.sign() == Sign::Minus { 0xff } else { 0 };
    bytes.resize(length, fill);
    match order.as_str() {
        "little" => {}
        "big" => bytes.reverse(),
        _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(new_bytes(bytes))
}

fn int_from_bytes(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = crate::vm::call::bind_native("from_bytes", &args, &["cls", "bytes", "byteorder", "signed"], 2)?;
    let data = crate::objects::bytes::bytes_from_object(ts, &a[1])?;
    let order = if a[2].is_null() { "big".to_string() } else { str_of(ts, &a[2])? };
    let signed = !a[3].is_null() && truthy(ts, &a[3])?;
    let mut d = data.clone();
    match order.as_str() {
        "little" => {}
        "big" => d.reverse(),
        _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
    }
    let v = if signed { BigInt::from_signed_bytes_le(&d) } else { BigInt::from_bytes_le(Sign::Plus, &d) };
    let r = int_from_big(v);
    let cls = a[0].clone();
    if let Some(t) = as_type(&cls) {
        if !std::rc::Rc::ptr_eq(t, &types().int) {
            return crate::vm::call::call(ts, &cls, &[r]);
        }
    }
    Ok(r)
}

/// int(x) / int(s, base) (long_new).
fn int_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = crate::vm::call::bind_native("int", &args, &["cls", "x", "base"], 1)?;
    let cls = a[0].clone();
    let v = if a[1].is_null() {
        if !a[2].is_null() {
            return Err(type_error("int() missing string argument"));
        }
        Value::Int(0)
    } else if !a[2].is_null() {
        let base = index_value(ts, &a[2])?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = match &a[1] {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => s.as_str().to_string(),
                Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
                Payload::ByteArray(b) => String::from_utf8_lossy(&b.borrow()).into_owned(),
                _ => return Err(type_error("int() can't convert non-string with explicit base")),
            },
            _ => return Err(type_error("int() can't convert non-string with explicit base")),
        };
        parse_int_value(&s, base as u32)?
    } else {
        int_of(ts, &a[1])?
    };
    let t = as_type(&cls).cloned().unwrap_or_else(|| types().int.clone());
    if std::rc::Rc::ptr_eq(&t, &types().int) {
        return Ok(v);
    }
    let b = to_bigint(&v).unwrap();
    Ok(Value::Obj(crate::objects::PyObject::with_dict(t, Payload::Int(b), new_dict_obj())))
}

pub fn parse_int_value(s: &str, base: u32) -> PyResult<Value> {
    match pyfmt::parse_int_limited(s, base, max_str_digits()).map_err(|e| value_error(e.to_string()))? {
        Some(pyfmt::ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Some(pyfmt::ParsedInt::Big(b)) => Ok(int_from_big(b)),
        None => Err(value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::objects::strtype::repr_str(s)
        ))),
    }
}

/// `int(x)` for one argument: __int__, __index__, __trunc__, strings.
pub fn int_of(ts: &mut ThreadState, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return float_to_int(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => return Ok(int_from_big(b.clone())),
            Payload::Str(s) => return parse_int_value(s.as_str(), 10),
            Payload::Bytes(b) => return parse_int_value(&String::from_utf8_lossy(b), 10),
            Payload::ByteArray(b) => return parse_int_value(&String::from_utf8_lossy(&b.borrow()), 10),
            Payload::Float(f) if !crate::objects::typeobj::tdata(o.ty()).has_flag(crate::objects::typeobj::flags::HEAPTYPE) => {
                return float_to_int(*f)
            }
            _ => {}
        },
        _ => {}
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = call_special0(ts, x, name)? {
            if !is_int(&r) {
                return Err(type_error(format!("{} returned non-int (type {})", name, type_name(&r))));
            }
            return Ok(match &r {
                Value::Bool(b) => Value::Int(*b as i64),
                Value::Obj(o) => match &o.payload {
                    Payload::Int(b) => int_from_big(b.clone()),
                    _ => r.clone(),
                },
                _ => r.clone(),
            });
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    use num_traits::FromPrimitive;
    Ok(int_from_big(BigInt::from_f64(t).unwrap()))
}

fn int_index(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(int_from_big(self_int(&args)))
}

fn int_float(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Float(big_to_f64(&self_int(&args))?))
}

fn int_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_str(int_to_string(&args.pos[0])?))
}

/// `sys.get_int_max_str_digits()`: the most decimal digits an int may have
/// when converted to or from a string (0 = no limit). Process-wide, like
/// the interpreter's setting in CPython.
static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(pyfmt::INT_MAX_STR_DIGITS);

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits` (the value is checked by the caller).
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed);
}

/// Decimal digits of an int, with CPython's int_max_str_digits limit.
pub fn int_to_string(v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(b) => Ok((*b as i64).to_string()),
        _ => {
            let b = to_bigint(v).unwrap_or_default();
            pyfmt::check_int_to_str_digits(pyfmt::Int::Big(&b), max_str_digits()).map_err(|e| value_error(e.to_string()))?;
            Ok(b.to_string())
        }
    }
}

fn int_conjugate(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(int_from_big(self_int(&args)))
}

fn int_imag(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn int_denominator(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn int_as_integer_ratio(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_tuple(vec![int_from_big(self_int(&args)), Value::Int(1)]))
}

fn int_is_integer(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn int_round(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__round__", &args, 1, 2)?;
    let v = self_int(&args);
    if args.pos.len() < 2 || args.pos[1].is_none() {
        return Ok(int_from_big(v));
    }
    let nd = index_value(ts, &args.pos[1])?;
    if nd >= 0 {
        return Ok(int_from_big(v));
    }
    // Round to 10**-nd with ties to even.
    let p = num_traits::pow::pow(BigInt::from(10), (-nd) as usize);
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
    Ok(int_from_big(q * p))
}

fn int_getnewargs(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_tuple(vec![int_from_big(self_int(&args))]))
}

fn int_format(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__format__", &args, 2, 2)?;
    let spec = str_of(ts, &args.pos[1])?;
    if spec.is_empty() {
        // An empty spec is str(self), which a subclass's __repr__ may
        // change (int has no __str__ of its own).
        return str_value(ts, &args.pos[0]);
    }
    crate::vm::format::format_number(ts, &args.pos[0], &spec).map(new_str)
}

pub fn init(_ts: &mut ThreadState) {
    let t = types();
    TypeBuilder::new(&t.int, "int")
        .static_method("__new__", int_new)
        .method("bit_length", int_bit_length)
        .method("bit_count", int_bit_count)
        .method("to_bytes", int_to_bytes)
        .class_method("from_bytes", int_from_bytes)
        .method("__index__", int_index)
        .method("__int__", int_index)
        .method("__float__", int_float)
        .method("__repr__", int_repr)
        .method("conjugate", int_conjugate)
        .method("__trunc__", int_index)
        .method("__floor__", int_index)
        .method("__ceil__", int_index)
        .method("__round__", int_round)
        .method("__getnewargs__", int_getnewargs)
        .method("__format__", int_format)
        .method("as_integer_ratio", int_as_integer_ratio)
        .method("is_integer", int_is_integer)
        .getter("real", int_conjugate)
        .getter("imag", int_imag)
        .getter("numerator", int_conjugate)
        .getter("denominator", int_denominator);
    crate::vm::arith::register_number_dunders(&t.int, "int");
    TypeBuilder::new(&t.bool_, "bool").static_method("__new__", bool_new).method("__repr__", bool_repr);
}

fn bool_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("bool", &args, 1, 2)?;
    match args.pos.get(1) {
        Some(v) => Ok(Value::Bool(truthy(ts, v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn bool_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_str(match args.pos[0] {
        Value::Bool(true) => "True",
        _ => "False",
    }))
}

#[allow(dead_code)]
fn _unused(_: PyRef) {}
