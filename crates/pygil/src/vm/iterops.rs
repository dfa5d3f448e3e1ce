//! The iterator protocol: `iter()`, `next()`, and the built-in iterator
//! types (list_iterator, range_iterator, enumerate, zip, map, ...).

use super::call::call;
use super::errors::*;
use super::ops::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::objects::dict::ViewKind;
use crate::objects::iter::IterState;
use crate::objects::typeobj::{flags, tdata};
use crate::objects::{Payload, PyObject, PyRef, Value};
use std::cell::RefCell;

pub fn new_iter(ty: &PyRef, st: IterState) -> Value {
    Value::Obj(PyObject::new(ty.clone(), Payload::Iter(RefCell::new(st))))
}

/// Does `v` support iteration (without trying it)?
pub fn is_iterable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Iter(_)
            | Payload::Generator(_)
            | Payload::DictView(_) => true,
            _ => {
                let t = o.ty();
                type_lookup_str(t, "__iter__").is_some_and(|f| !f.is_none()) || type_lookup_str(t, "__getitem__").is_some()
            }
        },
        _ => false,
    }
}

/// `iter(v)`.
pub fn iter(ts: &mut ThreadState, v: &Value) -> PyResult<Value> {
    let t = types();
    if let Value::Obj(o) = v {
        let heap = tdata(o.ty()).has_flag(flags::HEAPTYPE);
        if !heap {
            match &o.payload {
                Payload::List(_) => return Ok(new_iter(&t.list_iterator, IterState::Seq { seq: v.clone(), idx: 0 })),
                Payload::Tuple(_) => return Ok(new_iter(&t.tuple_iterator, IterState::Seq { seq: v.clone(), idx: 0 })),
                Payload::Str(_) => return Ok(new_iter(&t.str_iterator, IterState::Str { s: o.clone(), byte_pos: 0 })),
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    return Ok(new_iter(&t.bytes_iterator, IterState::Bytes { b: v.clone(), idx: 0 }))
                }
                Payload::Range(r) => {
                    return Ok(new_iter(
                        &t.range_iterator,
                        IterState::Range { next: r.start, step: r.step, remaining: r.len() },
                    ))
                }
                Payload::Dict(d) => {
                    let len = d.borrow().len();
                    return Ok(new_iter(&t.dict_keyiterator, IterState::Dict { dict: o.clone(), pos: 0, kind: ViewKind::Keys, len }));
                }
                Payload::DictView(dv) => {
                    let (d, kind) = (&dv.0, dv.1);
                    let len = match &d.payload {
                        Payload::Dict(dd) => dd.borrow().len(),
                        _ => 0,
                    };
                    let ty = match kind {
                        ViewKind::Keys => &t.dict_keyiterator,
                        ViewKind::Values => &t.dict_valueiterator,
                        ViewKind::Items => &t.dict_itemiterator,
                    };
                    return Ok(new_iter(ty, IterState::Dict { dict: d.clone(), pos: 0, kind, len }));
                }
                Payload::Set(_) | Payload::FrozenSet(_) => {
                    let len = super::dictops::set_borrow(o).len();
                    return Ok(new_iter(&t.set_iterator, IterState::Set { set: o.clone(), pos: 0, len }));
                }
                Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
                _ => {}
            }
        }
    }
    let ty = type_of(v);
    match type_lookup_str(&ty, "__iter__") {
        Some(Value::None) => {}
        Some(f) => {
            let r = call(ts, &f, &[v.clone()])?;
            if type_lookup_str(&type_of(&r), "__next__").is_none() {
                return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(&r))));
            }
            return Ok(r);
        }
        None => {
            if type_lookup_str(&ty, "__getitem__").is_some() {
                return Ok(new_iter(&t.seq_iterator, IterState::Seq { seq: v.clone(), idx: 0 }));
            }
        }
    }
    Err(type_error(format!("'{}' object is not iterable", tdata(&ty).name())))
}

/// `next(it)`: Some(value), or None when exhausted (StopIteration swallowed).
pub fn next(ts: &mut ThreadState, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = it {
        match &o.payload {
            Payload::Iter(st) => return iter_next(ts, o, st),
            Payload::Generator(_) => {
                return match super::generator::send_to(ts, it, Value::None)? {
                    super::generator::Sent::Yielded(v) => Ok(Some(v)),
                    super::generator::Sent::Returned(_) => Ok(None),
                }
            }
            _ => {}
        }
    }
    let ty = type_of(it);
    let f = type_lookup_str(&ty, "__next__")
        .ok_or_else(|| type_error(format!("'{}' object is not an iterator", tdata(&ty).name())))?;
    match call(ts, &f, &[it.clone()]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&types().stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

fn iter_next(ts: &mut ThreadState, o: &PyRef, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
    // Simple states advance under the borrow; the others copy out what they
    // need and call Python with the borrow released.
    let mut b = st.borrow_mut();
    match &mut *b {
        IterState::Seq { seq, idx } => {
            let i = *idx;
            if let Value::Obj(so) = seq {
                match &so.payload {
                    Payload::List(l) if !tdata(so.ty()).has_flag(flags::HEAPTYPE) || std::rc::Rc::ptr_eq(o.ty(), &types().list_iterator) => {
                        let l = l.borrow();
                        if i < l.len() {
                            *idx += 1;
                            return Ok(Some(l[i].clone()));
                        }
                        drop(l);
                        *b = IterState::Exhausted;
                        return Ok(None);
                    }
                    Payload::Tuple(t) if std::rc::Rc::ptr_eq(o.ty(), &types().tuple_iterator) => {
                        if i < t.len() {
                            *idx += 1;
                            return Ok(Some(t[i].clone()));
                        }
                        *b = IterState::Exhausted;
                        return Ok(None);
                    }
                    _ => {}
                }
            }
            let seq = seq.clone();
            *idx += 1;
            drop(b);
            match getitem(ts, &seq, &Value::Int(i as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(&types().index_error) || e.matches(&types().stop_iteration) => {
                    *st.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Range { next, step, remaining } => {
            if *remaining <= 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(Value::Int(v)))
        }
        IterState::Str { s, byte_pos } => {
            let Payload::Str(ps) = &s.payload else { unreachable!() };
            let text = ps.as_str();
            match text[*byte_pos..].chars().next() {
                Some(c) => {
                    *byte_pos += c.len_utf8();
                    Ok(Some(char_str(c)))
                }
                None => Ok(None),
            }
        }
        IterState::Bytes { b: bv, idx } => {
            let byte = match bv {
                Value::Obj(bo) => match &bo.payload {
                    Payload::Bytes(d) => d.get(*idx).copied(),
                    Payload::ByteArray(d) => d.borrow().get(*idx).copied(),
                    _ => None,
                },
                _ => None,
            };
            match byte {
                Some(x) => {
                    *idx += 1;
                    Ok(Some(Value::Int(x as i64)))
                }
                None => Ok(None),
            }
        }
        IterState::Dict { dict, pos, kind, len } => {
            let Payload::Dict(d) = &dict.payload else { unreachable!() };
            let d = d.borrow();
            if d.len() != *len {
                *len = usize::MAX;
                drop(d);
                return Err(runtime_error("dictionary changed size during iteration"));
            }
            match d.next_from(*pos) {
                Some((np, e)) => {
                    *pos = np;
                    Ok(Some(match kind {
                        ViewKind::Keys => e.key.clone(),
                        ViewKind::Values => e.value.clone(),
                        ViewKind::Items => new_tuple(vec![e.key.clone(), e.value.clone()]),
                    }))
                }
                None => Ok(None),
            }
        }
        IterState::Set { set, pos, len } => {
            let t = super::dictops::set_borrow(set);
            if t.len() != *len {
                drop(t);
                return Err(runtime_error("Set changed size during iteration"));
            }
            match t.next_from(*pos) {
                Some((np, s)) => {
                    let k = s.key.clone();
                    drop(t);
                    *pos = np;
                    Ok(Some(k))
                }
                None => Ok(None),
            }
        }
        IterState::Enumerate { it, count, .. } => {
            let (it, c) = (it.clone(), count.clone());
            drop(b);
            match next(ts, &it)? {
                Some(v) => {
                    let nc = match c {
                        Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                        _ => super::arith::binary_op(ts, &c, &Value::Int(1), 0)?,
                    };
                    let mut b = st.borrow_mut();
                    if let IterState::Enumerate { count, last, .. } = &mut *b {
                        *count = nc;
                        return Ok(Some(reuse_tuple(last, [c, v])));
                    }
                    Ok(Some(new_tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict, .. } => {
            let (its, strict) = (its.clone(), *strict);
            drop(b);
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match next(ts, it)? {
                    Some(v) => out.push(v),
                    None => {
                        *st.borrow_mut() = IterState::Exhausted;
                        if strict {
                            if i > 0 {
                                return Err(value_error(format!(
                                    "zip() argument {} is shorter than argument{} {}",
                                    i + 1,
                                    if i == 1 { "" } else { "s" },
                                    if i == 1 { "1".to_string() } else { format!("1-{}", i) }
                                )));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if next(ts, other)?.is_some() {
                                    return Err(value_error(format!(
                                        "zip() argument {} is longer than argument{} {}",
                                        j + 1,
                                        if j == 1 { "" } else { "s" },
                                        if j == 1 { "1".to_string() } else { format!("1-{}", j) }
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            let mut b = st.borrow_mut();
            if let (IterState::Zip { last, .. }, 2) = (&mut *b, out.len()) {
                let mut two = out.into_iter();
                let (x, y) = (two.next().unwrap(), two.next().unwrap());
                return Ok(Some(reuse_tuple(last, [x, y])));
            }
            Ok(Some(new_tuple(out)))
        }
        IterState::Map { func, its } => {
            let (func, its) = (func.clone(), its.clone());
            drop(b);
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match next(ts, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(call(ts, &func, &args)?))
        }
        IterState::Filter { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            drop(b);
            loop {
                let Some(v) = next(ts, &it)? else { return Ok(None) };
                let keep = if func.is_none() {
                    truthy(ts, &v)?
                } else {
                    let r = call(ts, &func, &[v.clone()])?;
                    truthy(ts, &r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
        }
        IterState::Reversed { seq, idx } => {
            if *idx < 0 {
                return Ok(None);
            }
            let i = *idx;
            *idx -= 1;
            let seq = seq.clone();
            drop(b);
            if let Value::Obj(so) = &seq {
                if let Payload::List(l) = &so.payload {
                    let l = l.borrow();
                    return Ok(l.get(i as usize).cloned());
                }
            }
            Ok(Some(getitem(ts, &seq, &Value::Int(i as i64))?))
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(b);
            let v = call(ts, &func, &[])?;
            if eq(ts, &v, &sentinel)? {
                *st.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Exhausted => Ok(None),
    }
}

static ASCII_CHARS: super::thread::GilCell<Vec<Value>> = super::thread::GilCell::new(Vec::new());

/// A one-character string (shared objects for ASCII).
pub fn char_str(c: char) -> Value {
    if (c as u32) < 128 {
        let cached = ASCII_CHARS.with(|a| a.get(c as usize).cloned());
        if let Some(v) = cached {
            return v;
        }
        let all: Vec<Value> = (0u8..128).map(|c| Value::Obj(intern(&(c as char).to_string()))).collect();
        let v = all[c as usize].clone();
        ASCII_CHARS.with(|a| *a = all);
        return v;
    }
    new_str(c.to_string())
}

/// All items of an iterable.
pub fn collect(ts: &mut ThreadState, v: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        if !tdata(o.ty()).has_flag(flags::HEAPTYPE) {
            match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
    }
    let it = iter(ts, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(ts, &it)? {
        out.push(x);
    }
    Ok(out)
}

pub fn iter_method_next(ts: &mut ThreadState, args: crate::objects::function::Args) -> PyResult<Value> {
    match next(ts, &args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(Value::None)),
    }
}

pub fn iter_method_iter(_ts: &mut ThreadState, args: crate::objects::function::Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

/// `__length_hint__` of the built-in iterators.
pub fn iter_length_hint(_ts: &mut ThreadState, args: crate::objects::function::Args) -> PyResult<Value> {
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::Iter(st) = &o.payload {
            return Ok(Value::Int(match &*st.borrow() {
                IterState::Range { remaining, .. } => *remaining.max(&0),
                IterState::Seq { seq: Value::Obj(s), idx } => match &s.payload {
                    Payload::List(l) => l.borrow().len().saturating_sub(*idx) as i64,
                    Payload::Tuple(t) => t.len().saturating_sub(*idx) as i64,
                    _ => 0,
                },
                IterState::Reversed { idx, .. } => (*idx + 1).max(0) as i64,
                _ => 0,
            }));
        }
    }
    Ok(Value::Int(0))
}

/// Register `__iter__`/`__next__` on every built-in iterator type.
pub fn init() {
    let t = types();
    for ty in [
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.seq_iterator,
        &t.callable_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ] {
        super::types::TypeBuilder::new(ty, "iterator")
            .method("__iter__", iter_method_iter)
            .method("__next__", iter_method_next)
            .method("__length_hint__", iter_length_hint);
    }
}

/// A 2-tuple `(a, b)`, refilling `last` in place when the iterator is its
/// only owner (the consumer unpacked and dropped the previous result), so
/// that `for i, x in enumerate(...)` allocates no tuple per step.
fn reuse_tuple(last: &mut Option<PyRef>, items: [Value; 2]) -> Value {
    if let Some(t) = last {
        if let Some(obj) = std::rc::Rc::get_mut(t) {
            if let crate::objects::Payload::Tuple(slots) = &mut obj.payload {
                if slots.len() == 2 {
                    let [a, b] = items;
                    // The old items are dropped here; they are plain values
                    // of the previous step, already handed out and released.
                    slots[0] = a;
                    slots[1] = b;
                    return Value::Obj(t.clone());
                }
            }
        }
    }
    let t = new_tuple(items.to_vec());
    *last = t.obj().cloned();
    t
}
