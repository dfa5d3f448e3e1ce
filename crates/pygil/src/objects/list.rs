//! `list` and `tuple` methods. Every single operation is atomic under the
//! GIL; no RefCell borrow is held across a call into Python (copy, then call).

use crate::objects::function::Args;
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::{bind_native, call, check_args};
use crate::vm::compare::{less_than, seq_compare, CmpOp};
use crate::objects::strtype::{defers_to, is_index, subscript_index};
use crate::vm::errors::*;
use crate::vm::iterops::collect;
use crate::vm::ops::*;
use crate::vm::types::{types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use std::cell::RefCell;

pub fn list_cell(v: &Value) -> PyResult<&RefCell<Vec<Value>>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(l) => Ok(l),
            _ => Err(type_error(format!("descriptor requires a 'list' object but received a '{}'", type_name(v)))),
        },
        _ => Err(type_error(format!("descriptor requires a 'list' object but received a '{}'", type_name(v)))),
    }
}

/// Items of a list or tuple (copied).
pub fn seq_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(l) => Some(l.borrow().clone()),
            Payload::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

fn norm_index(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        None
    } else {
        Some(j as usize)
    }
}

fn list_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = as_type(&args.pos[0]).cloned().unwrap_or_else(|| types().list.clone());
    Ok(crate::vm::types_ext::alloc_instance(&cls))
}

fn list_init(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    crate::vm::call::no_kwargs("list", &args)?;
    check_args("list", &args, 1, 2)?;
    let l = list_cell(&args.pos[0])?;
    let items = match args.pos.get(1) {
        Some(it) => collect(ts, it)?,
        None => Vec::new(),
    };
    *l.borrow_mut() = items;
    Ok(Value::None)
}

fn list_append(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("append", &args, 2, 2)?;
    list_cell(&args.pos[0])?.borrow_mut().push(args.pos[1].clone());
    Ok(Value::None)
}

fn list_extend(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("extend", &args, 2, 2)?;
    let items = collect(ts, &args.pos[1])?;
    list_cell(&args.pos[0])?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("insert", &args, 3, 3)?;
    let i = index_value(ts, &args.pos[1])?;
    let mut l = list_cell(&args.pos[0])?.borrow_mut();
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn list_pop(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("pop", &args, 1, 2)?;
    let i = match args.pos.get(1) {
        Some(v) => index_value(ts, v)?,
        None => -1,
    };
    let mut l = list_cell(&args.pos[0])?.borrow_mut();
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match norm_index(i, l.len()) {
        Some(j) => Ok(l.remove(j)),
        None => Err(index_error("pop index out of range")),
    }
}

fn find_index(ts: &mut ThreadState, lv: &Value, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let l = list_cell(lv)?;
    let mut i = start;
    loop {
        let item = {
            let b = l.borrow();
            if i >= b.len().min(stop) {
                return Ok(None);
            }
            b[i].clone()
        };
        if item.is(x) || eq(ts, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("remove", &args, 2, 2)?;
    match find_index(ts, &args.pos[0], &args.pos[1], 0, usize::MAX)? {
        Some(i) => {
            let mut l = list_cell(&args.pos[0])?.borrow_mut();
            if i < l.len() {
                let old = l.remove(i);
                drop(l);
                drop(old);
            }
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn slice_bound(ts: &mut ThreadState, v: Option<&Value>, n: usize, default: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) => {
            let i = index_value(ts, v)?;
            Ok(if i < 0 { (i + n as i64).max(0) as usize } else { (i as usize).min(n) })
        }
    }
}

fn list_index(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("index", &args, 2, 4)?;
    let n = list_cell(&args.pos[0])?.borrow().len();
    let start = slice_bound(ts, args.pos.get(2), n, 0)?;
    let stop = slice_bound(ts, args.pos.get(3), n, n)?;
    match find_index(ts, &args.pos[0], &args.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = repr(ts, &args.pos[1])?;
            let _ = r;
            Err(value_error(format!("{} is not in list", repr(ts, &args.pos[1])?)))
        }
    }
}

fn list_count(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("count", &args, 2, 2)?;
    let items = list_cell(&args.pos[0])?.borrow().clone();
    let mut c = 0;
    for x in &items {
        if x.is(&args.pos[1]) || eq(ts, x, &args.pos[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn list_clear(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let old = std::mem::take(&mut *list_cell(&args.pos[0])?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_list(list_cell(&args.pos[0])?.borrow().clone()))
}

fn list_reverse(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    list_cell(&args.pos[0])?.borrow_mut().reverse();
    Ok(Value::None)
}

/// Stable merge sort with a fallible comparison (list.sort semantics).
pub fn merge_sort(ts: &mut ThreadState, keys: &mut Vec<(Value, Value)>, reverse: bool) -> PyResult<()> {
    // Reverse sorting keeps stability by reversing, sorting, reversing (as CPython does).
    if reverse {
        keys.reverse();
    }
    let n = keys.len();
    let mut buf: Vec<(Value, Value)> = Vec::with_capacity(n);
    let mut width = 1;
    // Insertion sort small runs first.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less_than(ts, &keys[j].0, &keys[j - 1].0)? {
                keys.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    width = width.max(RUN);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if less_than(ts, &keys[j].0, &keys[i].0)? {
                        buf.push(keys[j].clone());
                        j += 1;
                    } else {
                        buf.push(keys[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&keys[i..mid]);
                buf.extend_from_slice(&keys[j..hi]);
                keys[lo..hi].clone_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    if reverse {
        keys.reverse();
    }
    Ok(())
}

fn list_sort(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let a = bind_native("sort", &Args { pos: &[], ..args }, &["key", "reverse"], 0)?;
    let key = if a[0].is_null() { Value::None } else { a[0].clone() };
    let reverse = !a[1].is_null() && truthy(ts, &a[1])?;
    let cell = list_cell(&args.pos[0])?;
    let items = std::mem::take(&mut *cell.borrow_mut());
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    let result = (|| -> PyResult<()> {
        for it in &items {
            let k = if key.is_none() { it.clone() } else { call(ts, &key, &[it.clone()])? };
            keyed.push((k, it.clone()));
        }
        merge_sort(ts, &mut keyed, reverse)
    })();
    let modified = !cell.borrow().is_empty();
    match result {
        Ok(()) => {
            *cell.borrow_mut() = keyed.into_iter().map(|(_, v)| v).collect();
            if modified {
                return Err(value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *cell.borrow_mut() = items;
            Err(e)
        }
    }
}

fn list_len(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(list_cell(&args.pos[0])?.borrow().len() as i64))
}

fn list_getitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__getitem__", &args, 2, 2)?;
    let key = &args.pos[1];
    if is_slice(key) {
        let len = list_cell(&args.pos[0])?.borrow().len();
        let (start, _stop, step, n) = slice_indices(ts, key, len)?;
        let items = list_cell(&args.pos[0])?.borrow();
        let out: Vec<Value> = if step == 1 {
            let s = start as usize;
            items[s.min(items.len())..(s + n).min(items.len())].to_vec()
        } else {
            (0..n).filter_map(|k| items.get((start + k as i64 * step) as usize).cloned()).collect()
        };
        return Ok(new_list(out));
    }
    let Some(i) = subscript_index(ts, key)? else {
        return Err(type_error(format!("list indices must be integers or slices, not {}", type_name(key))));
    };
    let l = list_cell(&args.pos[0])?.borrow();
    match norm_index(i, l.len()) {
        Some(j) => Ok(l[j].clone()),
        None => Err(index_error("list index out of range")),
    }
}

fn list_setitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__setitem__", &args, 3, 3)?;
    let key = &args.pos[1];
    let cell = list_cell(&args.pos[0])?;
    if is_slice(key) {
        let new_items = collect(ts, &args.pos[2])?;
        let n = cell.borrow().len();
        let (start, stop, step, count) = slice_indices(ts, key, n)?;
        let mut l = cell.borrow_mut();
        if step == 1 {
            let (s, e) = (start as usize, (stop.max(start)) as usize);
            let old: Vec<Value> = l.splice(s..e, new_items).collect();
            drop(l);
            drop(old);
        } else {
            if new_items.len() != count {
                return Err(value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new_items.len(),
                    count
                )));
            }
            for (k, v) in new_items.into_iter().enumerate() {
                l[(start + k as i64 * step) as usize] = v;
            }
        }
        return Ok(Value::None);
    }
    let Some(i) = subscript_index(ts, key)? else {
        return Err(type_error(format!("list indices must be integers or slices, not {}", type_name(key))));
    };
    let mut l = cell.borrow_mut();
    match norm_index(i, l.len()) {
        Some(j) => {
            let old = std::mem::replace(&mut l[j], args.pos[2].clone());
            drop(l);
            drop(old);
            Ok(Value::None)
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

fn list_delitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__delitem__", &args, 2, 2)?;
    let key = &args.pos[1];
    let cell = list_cell(&args.pos[0])?;
    if is_slice(key) {
        let n = cell.borrow().len();
        let (start, _stop, step, count) = slice_indices(ts, key, n)?;
        let mut idx: Vec<usize> = (0..count).map(|k| (start + k as i64 * step) as usize).collect();
        idx.sort_unstable();
        let mut l = cell.borrow_mut();
        let mut removed = Vec::new();
        for i in idx.into_iter().rev() {
            removed.push(l.remove(i));
        }
        drop(l);
        drop(removed);
        return Ok(Value::None);
    }
    let Some(i) = subscript_index(ts, key)? else {
        return Err(type_error(format!("list indices must be integers or slices, not {}", type_name(key))));
    };
    let mut l = cell.borrow_mut();
    match norm_index(i, l.len()) {
        Some(j) => {
            let old = l.remove(j);
            drop(l);
            drop(old);
            Ok(Value::None)
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

fn list_contains(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(find_index(ts, &args.pos[0], &args.pos[1], 0, usize::MAX)?.is_some()))
}

fn list_add(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = list_cell(&args.pos[0])?.borrow().clone();
    match &args.pos[1] {
        Value::Obj(o) if matches!(o.payload, Payload::List(_)) => {
            let Payload::List(b) = &o.payload else { unreachable!() };
            let mut v = a;
            v.extend(b.borrow().iter().cloned());
            Ok(new_list(v))
        }
        other => Err(type_error(format!("can only concatenate list (not \"{}\") to list", type_name(other)))),
    }
}

fn list_iadd(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let items = collect(ts, &args.pos[1])?;
    list_cell(&args.pos[0])?.borrow_mut().extend(items);
    Ok(args.pos[0].clone())
}

/// The count of `seq * n` (CPython's sequence_repeat): None (for
/// NotImplemented) when `n` is no index but a Python class with `__rmul__`
/// that gets its turn, else TypeError; an index too large is OverflowError.
fn repeat_count(ts: &mut ThreadState, v: &Value) -> PyResult<Option<usize>> {
    if !is_index(v) {
        if defers_to(v, "__rmul__") {
            return Ok(None);
        }
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(v))));
    }
    crate::objects::strtype::repeat_count(ts, v).map(Some)
}

fn list_mul(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let Some(n) = repeat_count(ts, &args.pos[1])? else { return Ok(types().not_implemented.clone()) };
    let a = list_cell(&args.pos[0])?.borrow().clone();
    if a.len().saturating_mul(n) > (1 << 33) {
        return Err(memory_error(""));
    }
    let mut v = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        v.extend(a.iter().cloned());
    }
    Ok(new_list(v))
}

fn list_imul(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let Some(n) = repeat_count(ts, &args.pos[1])? else { return Ok(types().not_implemented.clone()) };
    let cell = list_cell(&args.pos[0])?;
    let a = cell.borrow().clone();
    let mut v = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        v.extend(a.iter().cloned());
    }
    *cell.borrow_mut() = v;
    Ok(args.pos[0].clone())
}

fn seq_richcompare(ts: &mut ThreadState, args: &Args, op: CmpOp, want_list: bool) -> PyResult<Value> {
    let is_kind = |v: &Value| match v {
        Value::Obj(o) => {
            if want_list {
                matches!(o.payload, Payload::List(_))
            } else {
                matches!(o.payload, Payload::Tuple(_))
            }
        }
        _ => false,
    };
    if !is_kind(&args.pos[1]) {
        return Ok(types().not_implemented.clone());
    }
    let a = seq_items(&args.pos[0]).unwrap_or_default();
    let b = seq_items(&args.pos[1]).unwrap_or_default();
    Ok(Value::Bool(seq_compare(ts, &a, &b, op)?))
}

macro_rules! cmp_methods {
    ($($name:ident, $op:expr, $list:expr;)*) => {
        $(fn $name(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            seq_richcompare(ts, &args, $op, $list)
        })*
    };
}

cmp_methods! {
    list_eq, CmpOp::Eq, true;
    list_ne, CmpOp::Ne, true;
    list_lt, CmpOp::Lt, true;
    list_le, CmpOp::Le, true;
    list_gt, CmpOp::Gt, true;
    list_ge, CmpOp::Ge, true;
    tuple_eq, CmpOp::Eq, false;
    tuple_ne, CmpOp::Ne, false;
    tuple_lt, CmpOp::Lt, false;
    tuple_le, CmpOp::Le, false;
    tuple_gt, CmpOp::Gt, false;
    tuple_ge, CmpOp::Ge, false;
}

/// repr of a list or tuple, printing `[...]` for self-references.
fn seq_repr(ts: &mut ThreadState, v: &Value, open: &str, close: &str) -> PyResult<Value> {
    let id = v.id() as usize;
    if ts.repr_stack.contains(&id) {
        return Ok(new_str(format!("{}...{}", open, close)));
    }
    let items = seq_items(v).unwrap_or_default();
    ts.repr_stack.push(id);
    let r = (|| -> PyResult<String> {
        let mut s = String::from(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&repr(ts, x)?);
        }
        if items.len() == 1 && open == "(" {
            s.push(',');
        }
        s.push_str(close);
        Ok(s)
    })();
    ts.repr_stack.pop();
    Ok(new_str(r?))
}

fn list_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    seq_repr(ts, &args.pos[0], "[", "]")
}

fn list_iter(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(crate::vm::iterops::new_iter(
        &types().list_iterator,
        crate::objects::iter::IterState::Seq { seq: args.pos[0].clone(), idx: 0 },
    ))
    .map(|v| {
        let _ = ts;
        v
    })
}

fn list_reversed(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let n = len(ts, &args.pos[0])? as isize;
    Ok(crate::vm::iterops::new_iter(
        &types().list_reverseiterator,
        crate::objects::iter::IterState::Reversed { seq: args.pos[0].clone(), idx: n - 1 },
    ))
}

// ---- tuple -------------------------------------------------------------------

fn tuple_items(v: &Value) -> PyResult<&[Value]> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Ok(t),
            _ => Err(type_error("descriptor requires a 'tuple' object")),
        },
        _ => Err(type_error("descriptor requires a 'tuple' object")),
    }
}

fn tuple_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    crate::vm::call::no_kwargs("tuple", &args)?;
    check_args("tuple", &args, 1, 2)?;
    let cls = as_type(&args.pos[0]).cloned().unwrap_or_else(|| types().tuple.clone());
    let items = match args.pos.get(1) {
        Some(it) => collect(ts, it)?,
        None => Vec::new(),
    };
    if std::rc::Rc::ptr_eq(&cls, &types().tuple) {
        return Ok(new_tuple(items));
    }
    let td = crate::objects::typeobj::tdata(&cls);
    let p = Payload::Tuple(items.into_boxed_slice());
    if td.has_flag(crate::objects::typeobj::flags::HAS_DICT) || td.has_flag(crate::objects::typeobj::flags::HAS_SLOTS) {
        Ok(Value::Obj(PyObject::with_dict(cls, p, new_dict_obj())))
    } else {
        Ok(Value::Obj(PyObject::new(cls, p)))
    }
}

fn tuple_len(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(tuple_items(&args.pos[0])?.len() as i64))
}

fn tuple_getitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__getitem__", &args, 2, 2)?;
    let items = tuple_items(&args.pos[0])?;
    let key = &args.pos[1];
    if is_slice(key) {
        let (start, _stop, step, n) = slice_indices(ts, key, items.len())?;
        let out: Vec<Value> = (0..n).map(|k| items[(start + k as i64 * step) as usize].clone()).collect();
        return Ok(new_tuple(out));
    }
    let Some(i) = subscript_index(ts, key)? else {
        return Err(type_error(format!("tuple indices must be integers or slices, not {}", type_name(key))));
    };
    match norm_index(i, items.len()) {
        Some(j) => Ok(items[j].clone()),
        None => Err(index_error("tuple index out of range")),
    }
}

fn tuple_contains(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let items = tuple_items(&args.pos[0])?.to_vec();
    for x in &items {
        if x.is(&args.pos[1]) || eq(ts, x, &args.pos[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn tuple_add(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = tuple_items(&args.pos[0])?;
    match &args.pos[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            let Payload::Tuple(b) = &o.payload else { unreachable!() };
            let mut v = a.to_vec();
            v.extend(b.iter().cloned());
            Ok(new_tuple(v))
        }
        other => Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", type_name(other)))),
    }
}

fn tuple_mul(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let Some(n) = repeat_count(ts, &args.pos[1])? else { return Ok(types().not_implemented.clone()) };
    let a = tuple_items(&args.pos[0])?;
    let mut v = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        v.extend(a.iter().cloned());
    }
    Ok(new_tuple(v))
}

/// Tuple hash: CPython 3.8+'s xxHash-based tuplehash.
fn tuple_hash(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let items = tuple_items(&args.pos[0])?.to_vec();
    let mut acc: u64 = P5;
    for x in &items {
        let lane = hash(ts, x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    let h = if acc == u64::MAX { 1546275796 } else { acc as i64 };
    Ok(Value::Int(h))
}

fn tuple_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    seq_repr(ts, &args.pos[0], "(", ")")
}

fn tuple_count(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("count", &args, 2, 2)?;
    let items = tuple_items(&args.pos[0])?.to_vec();
    let mut c = 0;
    for x in &items {
        if x.is(&args.pos[1]) || eq(ts, x, &args.pos[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn tuple_index(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("index", &args, 2, 4)?;
    let items = tuple_items(&args.pos[0])?.to_vec();
    let start = slice_bound(ts, args.pos.get(2), items.len(), 0)?;
    let stop = slice_bound(ts, args.pos.get(3), items.len(), items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if x.is(&args.pos[1]) || eq(ts, x, &args.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_iter(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(crate::vm::iterops::new_iter(
        &types().tuple_iterator,
        crate::objects::iter::IterState::Seq { seq: args.pos[0].clone(), idx: 0 },
    ))
}

fn tuple_getnewargs(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_tuple(vec![new_tuple(tuple_items(&args.pos[0])?.to_vec())]))
}

fn class_getitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    // list[int] and friends: a types.GenericAlias when typing support is present.
    let types_mod = crate::vm::import::import_module(ts, "types")?;
    let ga = getattr_str(ts, &types_mod, "GenericAlias")?;
    call(ts, &ga, &[args.pos[0].clone(), args.pos[1].clone()])
}

pub fn init(_ts: &mut ThreadState) {
    let t = types();
    TypeBuilder::new(&t.list, "list")
        .static_method("__new__", list_new)
        .method("__init__", list_init)
        .method("append", list_append)
        .method("extend", list_extend)
        .method("insert", list_insert)
        .method("pop", list_pop)
        .method("remove", list_remove)
        .method("index", list_index)
        .method("count", list_count)
        .method("clear", list_clear)
        .method("copy", list_copy)
        .method("reverse", list_reverse)
        .method("sort", list_sort)
        .method("__len__", list_len)
        .method("__getitem__", list_getitem)
        .method("__setitem__", list_setitem)
        .method("__delitem__", list_delitem)
        .method("__contains__", list_contains)
        .method("__add__", list_add)
        .method("__iadd__", list_iadd)
        .method("__mul__", list_mul)
        .method("__rmul__", list_mul)
        .method("__imul__", list_imul)
        .method("__eq__", list_eq)
        .method("__ne__", list_ne)
        .method("__lt__", list_lt)
        .method("__le__", list_le)
        .method("__gt__", list_gt)
        .method("__ge__", list_ge)
        .method("__repr__", list_repr)
        .method("__iter__", list_iter)
        .method("__reversed__", list_reversed)
        .class_method("__class_getitem__", class_getitem)
        .attr("__hash__", Value::None);
    TypeBuilder::new(&t.tuple, "tuple")
        .static_method("__new__", tuple_new)
        .method("__len__", tuple_len)
        .method("__getitem__", tuple_getitem)
        .method("__contains__", tuple_contains)
        .method("__add__", tuple_add)
        .method("__mul__", tuple_mul)
        .method("__rmul__", tuple_mul)
        .method("__hash__", tuple_hash)
        .method("__eq__", tuple_eq)
        .method("__ne__", tuple_ne)
        .method("__lt__", tuple_lt)
        .method("__le__", tuple_le)
        .method("__gt__", tuple_gt)
        .method("__ge__", tuple_ge)
        .method("__repr__", tuple_repr)
        .method("__iter__", tuple_iter)
        .method("count", tuple_count)
        .method("index", tuple_index)
        .method("__getnewargs__", tuple_getnewargs)
        .class_method("__class_getitem__", class_getitem);
}

#[allow(dead_code)]
fn _unused(_: PyRef) {}
