//! Binary and unary operators: an inline fast path for int/float, the
//! numeric tower in Rust, and CPython's binary_op1 dispatch (reflected
//! operands, subclass priority, in-place forms) for everything else.

use super::call::call;
use super::errors::*;
use super::ops::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::bytecode::Op;
use crate::objects::function::Args;
use crate::objects::int::{big_divmod, i64_floordiv, i64_mod, int_pow, int_truediv, num_of, Num};
use crate::objects::typeobj::{is_subtype, tdata};
use crate::objects::{PyRef, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// Dunder names for each BINARY_OP argument (0..13).
pub const BINOP_DUNDERS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// int/float arithmetic that cannot fail or overflow, inline in the eval loop.
#[inline(always)]
pub fn fast_binop(a: &Value, b: &Value, op: u32) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            let op = if op >= 13 { op - 13 } else { op };
            match op {
                0 => x.checked_add(y).map(Value::Int),
                10 => x.checked_sub(y).map(Value::Int),
                5 => x.checked_mul(y).map(Value::Int),
                2 => i64_floordiv(x, y).map(Value::Int),
                6 => i64_mod(x, y).map(Value::Int),
                1 => Some(Value::Int(x & y)),
                7 => Some(Value::Int(x | y)),
                12 => Some(Value::Int(x ^ y)),
                11 if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => {
                    Some(Value::Float(x as f64 / y as f64))
                }
                9 if (0..64).contains(&y) => Some(Value::Int(x >> y)),
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => float_fast(*x, *y, op),
        (Value::Float(x), Value::Int(y)) => float_fast(*x, *y as f64, op),
        (Value::Int(x), Value::Float(y)) => float_fast(*x as f64, *y, op),
        _ => None,
    }
}

#[inline(always)]
fn float_fast(x: f64, y: f64, op: u32) -> Option<Value> {
    let op = if op >= 13 { op - 13 } else { op };
    match op {
        0 => Some(Value::Float(x + y)),
        10 => Some(Value::Float(x - y)),
        5 => Some(Value::Float(x * y)),
        11 if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// The full BINARY_OP.
pub fn binary_op(ts: &mut ThreadState, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    let inplace = op >= 13;
    let base = if inplace { op - 13 } else { op };
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match base {
            1 => return Ok(Value::Bool(*x & *y)),
            7 => return Ok(Value::Bool(*x | *y)),
            12 => return Ok(Value::Bool(*x ^ *y)),
            _ => {}
        }
    }
    if inplace {
        let ta = type_of(a);
        if tdata(&ta).has_flag(crate::objects::typeobj::flags::HEAPTYPE)
            || matches!(kind_of(a), crate::objects::typeobj::Kind::List | crate::objects::typeobj::Kind::ByteArray | crate::objects::typeobj::Kind::Set | crate::objects::typeobj::Kind::Dict)
        {
            if let Some(f) = type_lookup_str(&ta, BINOP_DUNDERS[base as usize].2) {
                let r = call(ts, &f, &[a.clone(), b.clone()])?;
                if !r.is(&types().not_implemented) {
                    return Ok(r);
                }
            }
        }
    }
    if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
        if is_plain_number(a) && is_plain_number(b) {
            if let Some(r) = num_binop(x, y, base)? {
                return Ok(r);
            }
        }
    }
    let (name, rname, _) = BINOP_DUNDERS[base as usize];
    match binary_op1(ts, a, b, name, rname)? {
        Some(r) => Ok(r),
        None => {
            let sym = crate::bytecode::BINOP_NAMES[op as usize];
            if base == 8 {
                return Err(type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    if inplace { "**=" } else { "** or pow()" },
                    type_name(a),
                    type_name(b)
                )));
            }
            if base == 6 && as_str(a).is_none() && !inplace {
                // fallthrough to the generic message
            }
            Err(type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                sym,
                type_name(a),
                type_name(b)
            )))
        }
    }
}

/// int, bool or float of a built-in type (not a subclass that may override).
fn is_plain_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => {
            Rc::ptr_eq(o.ty(), &types().int) || Rc::ptr_eq(o.ty(), &types().float)
        }
        _ => false,
    }
}

/// Try `a.name(b)`, then `b.rname(a)`, with the subclass rule: a right
/// operand whose type is a proper subclass of the left's and overrides the
/// reflected method goes first. None means neither side implements it.
pub fn binary_op1(ts: &mut ThreadState, a: &Value, b: &Value, name: &str, rname: &str) -> PyResult<Option<Value>> {
    let ta = type_of(a);
    let tb = type_of(b);
    let slota = type_lookup_str(&ta, name);
    let same = Rc::ptr_eq(&ta, &tb);
    let mut slotb = if same { None } else { type_lookup_str(&tb, rname) };
    if let (Some(sa), Some(sb)) = (&slota, &slotb) {
        if sa.is(sb) {
            slotb = None;
        }
    }
    let ni = types().not_implemented.clone();
    if let Some(sb) = &slotb {
        if is_subtype(&tb, &ta) && !same {
            let r = call(ts, sb, &[b.clone(), a.clone()])?;
            if !r.is(&ni) {
                return Ok(Some(r));
            }
            slotb = None;
        }
    }
    if let Some(sa) = &slota {
        let r = call(ts, sa, &[a.clone(), b.clone()])?;
        if !r.is(&ni) {
            return Ok(Some(r));
        }
    }
    if let Some(sb) = &slotb {
        let r = call(ts, sb, &[b.clone(), a.clone()])?;
        if !r.is(&ni) {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

fn big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => b.clone(),
        Num::F(_) => unreachable!(),
    }
}

fn fl(n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::B(b) => crate::objects::int::big_to_f64(b),
        Num::F(f) => Ok(*f),
    }
}

/// Arithmetic on two numbers (int/bool/float). None: not supported (e.g. int @ int).
pub fn num_binop(x: Num, y: Num, op: u32) -> PyResult<Option<Value>> {
    let is_float = matches!(x, Num::F(_)) || matches!(y, Num::F(_));
    if is_float {
        let (a, b) = (fl(&x)?, fl(&y)?);
        return Ok(Some(match op {
            0 => Value::Float(a + b),
            10 => Value::Float(a - b),
            5 => Value::Float(a * b),
            11 => {
                if b == 0.0 {
                    return Err(zero_division_error("float division by zero"));
                }
                Value::Float(a / b)
            }
            2 => {
                if b == 0.0 {
                    return Err(zero_division_error("float floor division by zero"));
                }
                Value::Float(float_divmod(a, b).0)
            }
            6 => {
                if b == 0.0 {
                    return Err(zero_division_error("float modulo"));
                }
                Value::Float(float_divmod(a, b).1)
            }
            8 => return float_pow(a, b).map(Some),
            _ => return Ok(None),
        }));
    }
    // Both ints.
    if let (Num::I(a), Num::I(b)) = (&x, &y) {
        let (a, b) = (*a, *b);
        let r = match op {
            0 => a.checked_add(b),
            10 => a.checked_sub(b),
            5 => a.checked_mul(b),
            2 => {
                if b == 0 {
                    return Err(zero_division_error("integer division or modulo by zero"));
                }
                i64_floordiv(a, b)
            }
            6 => {
                if b == 0 {
                    return Err(zero_division_error("integer modulo by zero"));
                }
                i64_mod(a, b)
            }
            1 => Some(a & b),
            7 => Some(a | b),
            12 => Some(a ^ b),
            9 => {
                if b < 0 {
                    return Err(value_error("negative shift count"));
                }
                Some(if b >= 64 { if a < 0 { -1 } else { 0 } } else { a >> b })
            }
            3 => {
                if b < 0 {
                    return Err(value_error("negative shift count"));
                }
                if b < 63 && a.unsigned_abs() < (1u64 << (63 - b)) {
                    Some(a << b)
                } else {
                    None
                }
            }
            8 => {
                if b < 0 {
                    if a == 0 {
                        return Err(zero_division_error("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Some(Value::Float((a as f64).powf(b as f64))));
                }
                if b <= u32::MAX as i64 {
                    a.checked_pow(b as u32)
                } else {
                    None
                }
            }
            11 => {
                return Ok(Some(Value::Float(int_truediv(&BigInt::from(a), &BigInt::from(b))?)));
            }
            _ => return Ok(None),
        };
        if let Some(r) = r {
            return Ok(Some(Value::Int(r)));
        }
    }
    let (a, b) = (big(&x), big(&y));
    Ok(Some(match op {
        0 => int_from_big(a + b),
        10 => int_from_big(a - b),
        5 => int_from_big(a * b),
        2 => int_from_big(big_divmod(&a, &b)?.0),
        6 => {
            if b.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            int_from_big(big_divmod(&a, &b)?.1)
        }
        1 => int_from_big(a & b),
        7 => int_from_big(a | b),
        12 => int_from_big(a ^ b),
        9 => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = b.to_usize().unwrap_or(usize::MAX);
            if s > 1 << 40 {
                int_from_big(if a.is_negative() { BigInt::from(-1) } else { BigInt::zero() })
            } else {
                // Arithmetic shift: floor division by 2**s.
                int_from_big(a >> s)
            }
        }
        3 => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = b.to_usize().filter(|s| *s < (1 << 32)).ok_or_else(|| overflow_error("too many digits in integer"))?;
            int_from_big(a << s)
        }
        8 => {
            if b.is_negative() {
                let (fa, fb) = (crate::objects::int::big_to_f64(&a)?, crate::objects::int::big_to_f64(&b)?);
                return float_pow(fa, fb).map(Some);
            }
            let e = b.to_u64().ok_or_else(|| overflow_error("exponent too large"))?;
            if a.bits() as u128 * e as u128 > 1 << 34 {
                return Err(memory_error(""));
            }
            int_from_big(int_pow(&a, e))
        }
        11 => Value::Float(int_truediv(&a, &b)?),
        _ => return Ok(None),
    }))
}

/// Python's float floor division and modulo (float_divmod).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b != b.floor() && b.is_finite() {
        // A negative number to a fractional power is complex in Python 3.
        let r = a.abs().powf(b);
        let th = std::f64::consts::PI * b;
        return Ok(new_complex(r * th.cos(), r * th.sin()));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::Obj(crate::objects::PyObject::new(types().complex.clone(), crate::objects::Payload::Complex(re, im)))
}

/// -x, +x, ~x.
pub fn unary_op(ts: &mut ThreadState, v: &Value, op: Op) -> PyResult<Value> {
    match (v, op) {
        (Value::Int(i), Op::UNARY_NEGATIVE) => {
            return Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => int_from_big(-BigInt::from(*i)),
            })
        }
        (Value::Int(i), Op::UNARY_POSITIVE) => return Ok(Value::Int(*i)),
        (Value::Int(i), Op::UNARY_INVERT) => return Ok(Value::Int(!i)),
        (Value::Bool(b), Op::UNARY_NEGATIVE) => return Ok(Value::Int(-(*b as i64))),
        (Value::Bool(b), Op::UNARY_POSITIVE) => return Ok(Value::Int(*b as i64)),
        (Value::Bool(b), Op::UNARY_INVERT) => return Ok(Value::Int(!(*b as i64))),
        (Value::Float(f), Op::UNARY_NEGATIVE) => return Ok(Value::Float(-f)),
        (Value::Float(f), Op::UNARY_POSITIVE) => return Ok(Value::Float(*f)),
        _ => {}
    }
    if is_plain_number(v) {
        if let Some(Num::B(b)) = num_of(v) {
            return Ok(match op {
                Op::UNARY_NEGATIVE => int_from_big(-b),
                Op::UNARY_POSITIVE => int_from_big(b),
                _ => int_from_big(!b),
            });
        }
    }
    let (name, sym) = match op {
        Op::UNARY_NEGATIVE => ("__neg__", "-"),
        Op::UNARY_POSITIVE => ("__pos__", "+"),
        _ => ("__invert__", "~"),
    };
    match call_special0(ts, v, name)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("bad operand type for unary {}: '{}'", sym, type_name(v)))),
    }
}

// ---- the number dunders of int and float, for explicit calls and subclasses ----

macro_rules! num_dunder {
    ($fname:ident, $op:expr, $reflected:expr) => {
        fn $fname(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            if args.pos.len() != 2 {
                return Err(type_error("expected 1 argument"));
            }
            let (a, b) = if $reflected { (&args.pos[1], &args.pos[0]) } else { (&args.pos[0], &args.pos[1]) };
            // int.__add__(x, 1.5) is NotImplemented: an int method only takes ints.
            let self_is_int = crate::objects::int::is_int(&args.pos[0]);
            let other = &args.pos[1];
            if self_is_int && !crate::objects::int::is_int(other) {
                return Ok(types().not_implemented.clone());
            }
            match (num_of(a), num_of(b)) {
                (Some(x), Some(y)) => Ok(num_binop(x, y, $op)?.unwrap_or_else(|| types().not_implemented.clone())),
                _ => Ok(types().not_implemented.clone()),
            }
        }
    };
}

num_dunder!(n_add, 0, false);
num_dunder!(n_radd, 0, true);
num_dunder!(n_and_int, 1, false);
num_dunder!(n_rand, 1, true);
num_dunder!(n_floordiv, 2, false);
num_dunder!(n_rfloordiv, 2, true);
num_dunder!(n_lshift, 3, false);
num_dunder!(n_rlshift, 3, true);
num_dunder!(n_mul, 5, false);
num_dunder!(n_rmul, 5, true);
num_dunder!(n_mod, 6, false);
num_dunder!(n_rmod, 6, true);
num_dunder!(n_or_int, 7, false);
num_dunder!(n_ror, 7, true);
num_dunder!(n_pow, 8, false);
num_dunder!(n_rpow, 8, true);
num_dunder!(n_rshift, 9, false);
num_dunder!(n_rrshift, 9, true);
num_dunder!(n_sub, 10, false);
num_dunder!(n_rsub, 10, true);
num_dunder!(n_truediv, 11, false);
num_dunder!(n_rtruediv, 11, true);
num_dunder!(n_xor_int, 12, false);
num_dunder!(n_rxor, 12, true);

macro_rules! bool_aware {
    ($name:ident, $int:ident, $op:tt) => {
        fn $name(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            if let (Some(Value::Bool(x)), Some(Value::Bool(y))) = (args.pos.first(), args.pos.get(1)) {
                return Ok(Value::Bool(*x $op *y));
            }
            $int(ts, args)
        }
    };
}

bool_aware!(n_and, n_and_int, &);
bool_aware!(n_or, n_or_int, |);
bool_aware!(n_xor, n_xor_int, ^);

fn n_neg(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = plain(&args.pos[0]);
    unary_op(ts, &v, Op::UNARY_NEGATIVE)
}

fn n_pos(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = plain(&args.pos[0]);
    unary_op(ts, &v, Op::UNARY_POSITIVE)
}

fn n_invert(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = plain(&args.pos[0]);
    unary_op(ts, &v, Op::UNARY_INVERT)
}

fn n_abs(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(match num_of(&args.pos[0]) {
        Some(Num::I(i)) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int_from_big(BigInt::from(i).abs()),
        },
        Some(Num::B(b)) => int_from_big(b.abs()),
        Some(Num::F(f)) => Value::Float(f.abs()),
        None => types().not_implemented.clone(),
    })
}

fn n_bool(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(match num_of(&args.pos[0]) {
        Some(Num::I(i)) => i != 0,
        Some(Num::B(b)) => !b.is_zero(),
        Some(Num::F(f)) => f != 0.0,
        None => true,
    }))
}

fn n_hash(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match num_of(&args.pos[0]) {
        Some(Num::I(i)) => crate::objects::int::hash_i64(i),
        Some(Num::B(b)) => crate::objects::int::hash_big(&b),
        Some(Num::F(f)) => crate::objects::float::hash_f64(f, &args.pos[0]),
        None => 0,
    }))
}

fn n_divmod(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    divmod_impl(&args.pos[0], &args.pos[1])
}

fn n_rdivmod(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    divmod_impl(&args.pos[1], &args.pos[0])
}

pub fn divmod_impl(a: &Value, b: &Value) -> PyResult<Value> {
    match (num_of(a), num_of(b)) {
        (Some(x), Some(y)) => {
            // float_divmod's own message (// and % of floats say "float
            // floor division by zero" and "float modulo").
            let zero = match &y {
                Num::I(i) => *i == 0,
                Num::B(b) => b.sign() == num_bigint::Sign::NoSign,
                Num::F(f) => *f == 0.0,
            };
            if zero && (matches!(x, Num::F(_)) || matches!(y, Num::F(_))) {
                return Err(zero_division_error("float divmod()"));
            }
            let q = num_binop(clone_num(&x), clone_num(&y), 2)?;
            let r = num_binop(x, y, 6)?;
            match (q, r) {
                (Some(q), Some(r)) => Ok(new_tuple(vec![q, r])),
                _ => Ok(types().not_implemented.clone()),
            }
        }
        _ => Ok(types().not_implemented.clone()),
    }
}

pub fn clone_num(n: &Num) -> Num {
    match n {
        Num::I(i) => Num::I(*i),
        Num::B(b) => Num::B(b.clone()),
        Num::F(f) => Num::F(*f),
    }
}

/// The plain int/float value of a number (dropping a subclass).
fn plain(v: &Value) -> Value {
    match num_of(v) {
        Some(Num::I(i)) => Value::Int(i),
        Some(Num::B(b)) => int_from_big(b),
        Some(Num::F(f)) => Value::Float(f),
        None => v.clone(),
    }
}

fn n_eq(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    num_cmp(ts, args, super::compare::CmpOp::Eq)
}
fn n_ne(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    num_cmp(ts, args, super::compare::CmpOp::Ne)
}
fn n_lt(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    num_cmp(ts, args, super::compare::CmpOp::Lt)
}
fn n_le(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    num_cmp(ts, args, super::compare::CmpOp::Le)
}
fn n_gt(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    num_cmp(ts, args, super::compare::CmpOp::Gt)
}
fn n_ge(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    num_cmp(ts, args, super::compare::CmpOp::Ge)
}

fn num_cmp(_ts: &mut ThreadState, args: Args, op: super::compare::CmpOp) -> PyResult<Value> {
    match super::compare::num_compare(&args.pos[0], &args.pos[1], op) {
        Some(b) => Ok(Value::Bool(b)),
        None => Ok(types().not_implemented.clone()),
    }
}

/// Register the arithmetic and comparison dunders of a numeric type.
pub fn register_number_dunders(t: &PyRef, owner: &'static str) {
    let b = super::types::TypeBuilder::new(t, owner)
        .method("__add__", n_add)
        .method("__radd__", n_radd)
        .method("__sub__", n_sub)
        .method("__rsub__", n_rsub)
        .method("__mul__", n_mul)
        .method("__rmul__", n_rmul)
        .method("__truediv__", n_truediv)
        .method("__rtruediv__", n_rtruediv)
        .method("__floordiv__", n_floordiv)
        .method("__rfloordiv__", n_rfloordiv)
        .method("__mod__", n_mod)
        .method("__rmod__", n_rmod)
        .method("__pow__", n_pow)
        .method("__rpow__", n_rpow)
        .method("__divmod__", n_divmod)
        .method("__rdivmod__", n_rdivmod)
        .method("__neg__", n_neg)
        .method("__pos__", n_pos)
        .method("__abs__", n_abs)
        .method("__bool__", n_bool)
        .method("__hash__", n_hash)
        .method("__eq__", n_eq)
        .method("__ne__", n_ne)
        .method("__lt__", n_lt)
        .method("__le__", n_le)
        .method("__gt__", n_gt)
        .method("__ge__", n_ge);
    if owner == "int" {
        b.method("__and__", n_and)
            .method("__rand__", n_rand)
            .method("__or__", n_or)
            .method("__ror__", n_ror)
            .method("__xor__", n_xor)
            .method("__rxor__", n_rxor)
            .method("__lshift__", n_lshift)
            .method("__rlshift__", n_rlshift)
            .method("__rshift__", n_rshift)
            .method("__rrshift__", n_rrshift)
            .method("__invert__", n_invert);
    }
}
