//! Rich comparison (CPython's do_richcompare): reflected operands,
//! subclass priority, identity fallback for == and !=, and the built-in
//! orderings of numbers, strings, bytes and sequences.

use super::call::call;
use super::errors::*;
use super::ops::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::objects::int::{num_of, Num};
use crate::objects::typeobj::is_subtype;
use crate::objects::{Payload, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cmp::Ordering;
use std::rc::Rc;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_arg(a: u32) -> CmpOp {
        [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge][a as usize]
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            o => o,
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    pub fn symbol(self) -> &'static str {
        crate::bytecode::CMP_NAMES[self as usize]
    }
    pub fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

#[inline(always)]
pub fn fast_compare(a: &Value, b: &Value, op: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(CmpOp::from_arg(op).test(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(float_test(*x, *y, CmpOp::from_arg(op))),
        _ => None,
    }
}

fn float_test(x: f64, y: f64, op: CmpOp) -> bool {
    match x.partial_cmp(&y) {
        Some(o) => op.test(o),
        None => op == CmpOp::Ne,
    }
}

/// Compare two numbers exactly (ints against floats without rounding).
pub fn num_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    let (x, y) = (num_of(a)?, num_of(b)?);
    Some(match (x, y) {
        (Num::I(x), Num::I(y)) => op.test(x.cmp(&y)),
        (Num::F(x), Num::F(y)) => float_test(x, y, op),
        (Num::I(x), Num::B(y)) => op.test(BigInt::from(x).cmp(&y)),
        (Num::B(x), Num::I(y)) => op.test(x.cmp(&BigInt::from(y))),
        (Num::B(x), Num::B(y)) => op.test(x.cmp(&y)),
        (Num::F(x), other) => match int_float_cmp(&other, x) {
            Some(o) => op.test(o.reverse()),
            None => op == CmpOp::Ne,
        },
        (other, Num::F(y)) => match int_float_cmp(&other, y) {
            Some(o) => op.test(o),
            None => op == CmpOp::Ne,
        },
    })
}

/// Order of an int relative to a float, exactly (None for NaN).
fn int_float_cmp(i: &Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let bi = match i {
        Num::I(i) => {
            if i.unsigned_abs() < (1 << 53) {
                return (*i as f64).partial_cmp(&f);
            }
            BigInt::from(*i)
        }
        Num::B(b) => b.clone(),
        Num::F(_) => unreachable!(),
    };
    // Compare against floor(f), then the fractional part.
    use num_traits::FromPrimitive;
    let fl = f.floor();
    let fb = BigInt::from_f64(fl).unwrap();
    match bi.cmp(&fb) {
        Ordering::Equal => Some(if f > fl { Ordering::Less } else { Ordering::Equal }),
        o => Some(o),
    }
}

/// `a op b` with full Python semantics.
pub fn rich_compare(ts: &mut ThreadState, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if let Some(r) = builtin_compare(ts, a, b, op)? {
        return Ok(Value::Bool(r));
    }
    ts.enter_native()?;
    let r = rich_compare_slow(ts, a, b, op);
    ts.leave_native();
    r
}

fn rich_compare_slow(ts: &mut ThreadState, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let ta = type_of(a);
    let tb = type_of(b);
    let ni = types().not_implemented.clone();
    let mut checked_reverse = false;
    if !Rc::ptr_eq(&ta, &tb) && is_subtype(&tb, &ta) {
        if let Some(f) = type_lookup_str(&tb, op.swapped().dunder()) {
            checked_reverse = true;
            let r = call(ts, &f, &[b.clone(), a.clone()])?;
            if !r.is(&ni) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = type_lookup_str(&ta, op.dunder()) {
        let r = call(ts, &f, &[a.clone(), b.clone()])?;
        if !r.is(&ni) {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = type_lookup_str(&tb, op.swapped().dunder()) {
            let r = call(ts, &f, &[b.clone(), a.clone()])?;
            if !r.is(&ni) {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// Comparisons of built-in types decided in Rust; None: dispatch on dunders.
fn builtin_compare(ts: &mut ThreadState, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if let Some(r) = fast_eq(a, b) {
        if op == CmpOp::Eq {
            return Ok(Some(r));
        }
        if op == CmpOp::Ne {
            return Ok(Some(!r));
        }
    }
    let plain = |v: &Value| match v {
        Value::Obj(o) => !crate::objects::typeobj::tdata(o.ty()).has_flag(crate::objects::typeobj::flags::HEAPTYPE),
        _ => true,
    };
    if !plain(a) || !plain(b) {
        return Ok(None);
    }
    if let Some(r) = num_compare(a, b, op) {
        return Ok(Some(r));
    }
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return Ok(None) };
    match (&x.payload, &y.payload) {
        (Payload::Str(s1), Payload::Str(s2)) => Ok(Some(op.test(s1.as_str().cmp(s2.as_str())))),
        (Payload::Bytes(b1), Payload::Bytes(b2)) => Ok(Some(op.test(b1.cmp(b2)))),
        (Payload::Tuple(_), Payload::Tuple(_)) | (Payload::List(_), Payload::List(_)) => {
            let ia = seq_items(a);
            let ib = seq_items(b);
            seq_compare(ts, &ia, &ib, op).map(Some)
        }
        _ => Ok(None),
    }
}

fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            Payload::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Lexicographic comparison of two sequences (list_richcompare).
pub fn seq_compare(ts: &mut ThreadState, a: &[Value], b: &[Value], op: CmpOp) -> PyResult<bool> {
    if (op == CmpOp::Eq || op == CmpOp::Ne) && a.len() != b.len() {
        return Ok(op == CmpOp::Ne);
    }
    let n = a.len().min(b.len());
    for i in 0..n {
        if a[i].is(&b[i]) {
            continue;
        }
        ts.enter_native()?;
        let e = eq(ts, &a[i], &b[i]);
        ts.leave_native();
        if !e? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => {
                    let r = rich_compare(ts, &a[i], &b[i], op)?;
                    truthy(ts, &r)
                }
            };
        }
    }
    Ok(op.test(a.len().cmp(&b.len())))
}

/// Sort-order "less than" as list.sort uses it.
pub fn less_than(ts: &mut ThreadState, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_compare(a, b, 0) {
        return Ok(r);
    }
    if let (Some(s1), Some(s2)) = (as_str(a), as_str(b)) {
        return Ok(s1.as_str() < s2.as_str());
    }
    let r = rich_compare(ts, a, b, CmpOp::Lt)?;
    truthy(ts, &r)
}

#[allow(dead_code)]
fn _unused(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
