//! `set` and `frozenset` methods (Objects/setobject.c behaviour).

use crate::objects::function::Args;
use crate::objects::set::SetTable;
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::{call, check_args};
use crate::vm::dictops::*;
use crate::vm::errors::*;
use crate::vm::iterops::{collect, new_iter};
use crate::vm::ops::*;
use crate::vm::types::{types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use std::cell::RefCell;
use std::rc::Rc;

fn is_setlike(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)))
}

fn set_obj(v: &Value) -> PyResult<&PyRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => Ok(o),
        _ => Err(type_error(format!("descriptor requires a 'set' object but received a '{}'", type_name(v)))),
    }
}

/// A new set (or frozenset) object of the same type family as `like`.
fn make_like(like: &PyRef, table: SetTable) -> Value {
    if matches!(like.payload, Payload::FrozenSet(_)) {
        Value::Obj(PyObject::new(types().frozenset.clone(), Payload::FrozenSet(table)))
    } else {
        Value::Obj(PyObject::new(types().set.clone(), Payload::Set(RefCell::new(table))))
    }
}

fn table_from(ts: &mut ThreadState, iterable: &Value) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    set_fill(ts, &mut t, iterable)?;
    Ok(t)
}

fn set_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = as_type(&args.pos[0]).cloned().unwrap_or_else(|| types().set.clone());
    if crate::objects::typeobj::is_subtype(&cls, &types().frozenset) {
        crate::vm::call::no_kwargs("frozenset", &args)?;
        check_args("frozenset", &args, 1, 2)?;
        let t = match args.pos.get(1) {
            Some(it) => {
                if let Value::Obj(o) = it {
                    if matches!(o.payload, Payload::FrozenSet(_)) && Rc::ptr_eq(&cls, &types().frozenset) && Rc::ptr_eq(o.ty(), &types().frozenset) {
                        return Ok(it.clone());
                    }
                }
                table_from(ts, it)?
            }
            None => SetTable::new(),
        };
        let td = crate::objects::typeobj::tdata(&cls);
        let p = Payload::FrozenSet(t);
        return Ok(if td.has_flag(crate::objects::typeobj::flags::HAS_DICT) {
            Value::Obj(PyObject::with_dict(cls, p, new_dict_obj()))
        } else {
            Value::Obj(PyObject::new(cls, p))
        });
    }
    Ok(crate::vm::types_ext::alloc_instance(&cls))
}

fn set_init(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = set_obj(&args.pos[0])?.clone();
    if matches!(s.payload, Payload::FrozenSet(_)) {
        return Ok(Value::None);
    }
    crate::vm::call::no_kwargs("set", &args)?;
    check_args("set", &args, 1, 2)?;
    let t = match args.pos.get(1) {
        Some(it) => table_from(ts, it)?,
        None => SetTable::new(),
    };
    if let Payload::Set(c) = &s.payload {
        let old = c.borrow_mut().replace_body(t);
        drop(old);
    }
    Ok(Value::None)
}

fn mutable(v: &Value) -> PyResult<PyRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Set(_)) => Ok(o.clone()),
        _ => Err(type_error(format!("descriptor requires a 'set' object but received a '{}'", type_name(v)))),
    }
}

fn m_add(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("add", &args, 2, 2)?;
    let s = mutable(&args.pos[0])?;
    set_add(ts, &s, args.pos[1].clone())?;
    Ok(Value::None)
}

fn m_discard(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("discard", &args, 2, 2)?;
    let s = mutable(&args.pos[0])?;
    set_discard(ts, &s, &args.pos[1])?;
    Ok(Value::None)
}

fn m_remove(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("remove", &args, 2, 2)?;
    let s = mutable(&args.pos[0])?;
    if !set_discard(ts, &s, &args.pos[1])? {
        return Err(key_error(args.pos[1].clone()));
    }
    Ok(Value::None)
}

fn m_pop(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = mutable(&args.pos[0])?;
    let Payload::Set(c) = &s.payload else { unreachable!() };
    let slot = c.borrow_mut().pop_slot();
    match slot {
        Some(j) => Ok(c.borrow_mut().remove_at(j)),
        None => Err(key_error(new_str("pop from an empty set"))),
    }
}

fn m_clear(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = mutable(&args.pos[0])?;
    let Payload::Set(c) = &s.payload else { unreachable!() };
    c.borrow_mut().clear();
    Ok(Value::None)
}

fn m_copy(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = set_obj(&args.pos[0])?;
    if is_exact(s, &types().frozenset) {
        return Ok(args.pos[0].clone());
    }
    Ok(make_like(s, set_copy_table(s)))
}

/// A new set object holding `t`, for building results through the
/// functions of dictops that work on set objects.
fn holder(t: SetTable) -> PyRef {
    PyObject::new(types().set.clone(), Payload::Set(RefCell::new(t)))
}

fn into_table(s: PyRef) -> SetTable {
    match &s.payload {
        Payload::Set(c) => std::mem::take(&mut *c.borrow_mut()),
        _ => set_borrow(&s).clone(),
    }
}

fn m_update(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = mutable(&args.pos[0])?;
    for other in &args.pos[1..] {
        set_update(ts, &s, other)?;
    }
    Ok(Value::None)
}

/// set_union: a copy of the set updated with each argument.
fn m_union(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = set_obj(&args.pos[0])?.clone();
    let result = holder(set_copy_table(&s));
    for other in &args.pos[1..] {
        if matches!(other, Value::Obj(o) if Rc::ptr_eq(o, &s)) {
            continue;
        }
        set_update(ts, &result, other)?;
    }
    Ok(make_like(&s, into_table(result)))
}

/// set_intersection: iterate the smaller operand (the argument when the
/// sizes are equal), keep what the other holds.
fn intersect(ts: &mut ThreadState, s: &PyRef, other: &Value) -> PyResult<SetTable> {
    let result = holder(SetTable::new());
    match other {
        Value::Obj(o) if Rc::ptr_eq(o, s) => return Ok(set_copy_table(s)),
        Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => {
            let (small, big) = if set_borrow(o).len() > set_borrow(s).len() { (s, o) } else { (o, s) };
            for (h, x) in set_entries(small) {
                if set_contains_hashed(ts, big, &x, h)? {
                    set_add_hashed(ts, &result, x, h)?;
                }
            }
        }
        _ => {
            let it = crate::vm::iterops::iter(ts, other)?;
            while let Some(x) = crate::vm::iterops::next(ts, &it)? {
                let h = hash(ts, &x)?;
                if set_contains_hashed(ts, s, &x, h)? {
                    set_add_hashed(ts, &result, x, h)?;
                }
            }
        }
    }
    Ok(into_table(result))
}

fn m_intersection(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = set_obj(&args.pos[0])?.clone();
    if args.pos.len() == 1 {
        return Ok(make_like(&s, set_copy_table(&s)));
    }
    let mut cur = s.clone();
    for other in &args.pos[1..] {
        cur = holder(intersect(ts, &cur, other)?);
    }
    Ok(make_like(&s, into_table(cur)))
}

/// set_difference_update_internal: discard the argument's items in place,
/// then rebuild the table if it is more than a quarter dummies.
fn difference_update(ts: &mut ThreadState, s: &PyRef, other: &Value) -> PyResult<()> {
    match other {
        Value::Obj(o) if Rc::ptr_eq(o, s) => {
            if let Payload::Set(c) = &s.payload {
                c.borrow_mut().clear();
            }
            return Ok(());
        }
        Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => {
            // A much larger argument is first cut down to the intersection.
            let entries = if set_borrow(o).len() >> 3 > set_borrow(s).len() {
                set_entries(&holder(intersect(ts, s, other)?))
            } else {
                set_entries(o)
            };
            for (h, x) in entries {
                set_discard_hashed(ts, s, &x, h)?;
            }
        }
        _ => {
            let it = crate::vm::iterops::iter(ts, other)?;
            while let Some(x) = crate::vm::iterops::next(ts, &it)? {
                set_discard(ts, s, &x)?;
            }
        }
    }
    if let Payload::Set(c) = &s.payload {
        c.borrow_mut().resize_away_dummies();
    }
    Ok(())
}

/// set_difference: the items of `s` the argument lacks, in `s`'s order;
/// when `s` is much larger than the argument (or the argument is neither
/// a set nor a dict), a copy of `s` with the argument's items discarded.
fn difference(ts: &mut ThreadState, s: &PyRef, other: &Value) -> PyResult<SetTable> {
    let other_size = match other {
        Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => Some(set_borrow(o).len()),
        Value::Obj(o) if is_exact(o, &types().dict) => {
            let Payload::Dict(d) = &o.payload else { unreachable!() };
            Some(d.borrow().len())
        }
        _ => None,
    };
    match other_size {
        Some(n) if set_borrow(s).len() >> 2 <= n => {
            let result = holder(SetTable::new());
            let o = other.obj().unwrap();
            for (h, x) in set_entries(s) {
                let present = if matches!(o.payload, Payload::Dict(_)) {
                    dict_getitem(ts, o, &x)?.is_some()
                } else {
                    set_contains_hashed(ts, o, &x, h)?
                };
                if !present {
                    set_add_hashed(ts, &result, x, h)?;
                }
            }
            Ok(into_table(result))
        }
        _ => {
            let result = holder(set_copy_table(s));
            difference_update(ts, &result, other)?;
            Ok(into_table(result))
        }
    }
}

fn m_difference(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = set_obj(&args.pos[0])?.clone();
    if args.pos.len() == 1 {
        return Ok(make_like(&s, set_copy_table(&s)));
    }
    let result = holder(difference(ts, &s, &args.pos[1])?);
    for other in &args.pos[2..] {
        difference_update(ts, &result, other)?;
    }
    Ok(make_like(&s, into_table(result)))
}

/// set_symmetric_difference_update: each item of the argument is
/// discarded if present, else added.
fn sym_diff_update(ts: &mut ThreadState, s: &PyRef, other: &Value) -> PyResult<()> {
    let entries = match other {
        Value::Obj(o) if Rc::ptr_eq(o, s) => {
            if let Payload::Set(c) = &s.payload {
                c.borrow_mut().clear();
            }
            return Ok(());
        }
        Value::Obj(o) if is_exact(o, &types().dict) => {
            let Payload::Dict(d) = &o.payload else { unreachable!() };
            let entries: Vec<(i64, Value)> = d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
            entries
        }
        Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => set_entries(o),
        _ => set_entries(&holder(table_from(ts, other)?)),
    };
    for (h, x) in entries {
        if !set_discard_hashed(ts, s, &x, h)? {
            set_add_hashed(ts, s, x, h)?;
        }
    }
    Ok(())
}

/// set_symmetric_difference: a new set of the argument's items,
/// symmetric-difference-updated with `s`.
fn sym_diff(ts: &mut ThreadState, s: &PyRef, other: &Value) -> PyResult<SetTable> {
    let result = holder(table_from(ts, other)?);
    sym_diff_update(ts, &result, &Value::Obj(s.clone()))?;
    Ok(into_table(result))
}

fn m_symmetric_difference(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("symmetric_difference", &args, 2, 2)?;
    let s = set_obj(&args.pos[0])?.clone();
    let t = sym_diff(ts, &s, &args.pos[1])?;
    Ok(make_like(&s, t))
}

/// Give set `s` the contents of `t` (set_swap_bodies; `pop`'s finger stays).
fn replace_table(s: &PyRef, t: SetTable) {
    if let Payload::Set(c) = &s.payload {
        let old = c.borrow_mut().replace_body(t);
        drop(old);
    }
}

fn m_intersection_update(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = mutable(&args.pos[0])?;
    let r = m_intersection(ts, args)?;
    replace_table(&s, set_borrow(r.obj().unwrap()).clone());
    Ok(Value::None)
}

fn m_difference_update(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = mutable(&args.pos[0])?;
    for other in &args.pos[1..] {
        difference_update(ts, &s, other)?;
    }
    Ok(Value::None)
}

fn m_symmetric_difference_update(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("symmetric_difference_update", &args, 2, 2)?;
    let s = mutable(&args.pos[0])?;
    sym_diff_update(ts, &s, &args.pos[1])?;
    Ok(Value::None)
}

fn subset(ts: &mut ThreadState, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if set_borrow(a).len() > set_borrow(b).len() {
        return Ok(false);
    }
    for x in set_items(a) {
        if !set_contains(ts, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn as_set_arg(ts: &mut ThreadState, v: &Value) -> PyResult<PyRef> {
    if is_setlike(v) {
        return Ok(v.obj().unwrap().clone());
    }
    Ok({ let items = collect(ts, v)?; crate::vm::dictops::new_set_from(ts, items) }?.obj().unwrap().clone())
}

fn m_issubset(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("issubset", &args, 2, 2)?;
    let s = set_obj(&args.pos[0])?.clone();
    let o = as_set_arg(ts, &args.pos[1])?;
    Ok(Value::Bool(subset(ts, &s, &o)?))
}

fn m_issuperset(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("issuperset", &args, 2, 2)?;
    let s = set_obj(&args.pos[0])?.clone();
    let o = as_set_arg(ts, &args.pos[1])?;
    Ok(Value::Bool(subset(ts, &o, &s)?))
}

fn m_isdisjoint(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("isdisjoint", &args, 2, 2)?;
    let s = set_obj(&args.pos[0])?.clone();
    for x in collect(ts, &args.pos[1])? {
        if set_contains(ts, &s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn m_len(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(set_borrow(set_obj(&args.pos[0])?).len() as i64))
}

fn m_contains(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = set_obj(&args.pos[0])?.clone();
    Ok(Value::Bool(set_contains(ts, &s, &args.pos[1])?))
}

fn m_iter(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = set_obj(&args.pos[0])?;
    let len = set_borrow(s).len();
    Ok(new_iter(&types().set_iterator, crate::objects::iter::IterState::Set { set: s.clone(), pos: 0, len }))
}

fn m_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let s = set_obj(v)?.clone();
    let tname = crate::objects::typeobj::tdata(s.ty()).name();
    let items = set_items(&s);
    let id = v.id() as usize;
    if ts.repr_stack.contains(&id) {
        return Ok(new_str(format!("{}(...)", tname)));
    }
    if items.is_empty() {
        return Ok(new_str(format!("{}()", tname)));
    }
    ts.repr_stack.push(id);
    let r = (|| -> PyResult<String> {
        let mut out = String::from("{");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&repr(ts, x)?);
        }
        out.push('}');
        Ok(out)
    })();
    ts.repr_stack.pop();
    let r = r?;
    if &*tname == "set" {
        Ok(new_str(r))
    } else {
        Ok(new_str(format!("{}({})", tname, r)))
    }
}

fn cmp_sets(ts: &mut ThreadState, args: &Args, f: fn(&mut ThreadState, &PyRef, &PyRef) -> PyResult<bool>) -> PyResult<Value> {
    if !is_setlike(&args.pos[1]) {
        return Ok(types().not_implemented.clone());
    }
    let a = set_obj(&args.pos[0])?.clone();
    let b = args.pos[1].obj().unwrap().clone();
    Ok(Value::Bool(f(ts, &a, &b)?))
}

fn m_eq(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    cmp_sets(ts, &args, |ts, a, b| Ok(set_borrow(a).len() == set_borrow(b).len() && subset(ts, a, b)?))
}
fn m_ne(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    cmp_sets(ts, &args, |ts, a, b| Ok(!(set_borrow(a).len() == set_borrow(b).len() && subset(ts, a, b)?)))
}
fn m_le(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    cmp_sets(ts, &args, |ts, a, b| subset(ts, a, b))
}
fn m_lt(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    cmp_sets(ts, &args, |ts, a, b| Ok(set_borrow(a).len() < set_borrow(b).len() && subset(ts, a, b)?))
}
fn m_ge(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    cmp_sets(ts, &args, |ts, a, b| subset(ts, b, a))
}
fn m_gt(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    cmp_sets(ts, &args, |ts, a, b| Ok(set_borrow(b).len() < set_borrow(a).len() && subset(ts, b, a)?))
}

macro_rules! binop {
    ($name:ident, $method:ident) => {
        fn $name(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            if !is_setlike(&args.pos[1]) {
                return Ok(types().not_implemented.clone());
            }
            $method(ts, Args::new(&args.pos[..2]))
        }
    };
}

binop!(op_or, m_union);
binop!(op_and, m_intersection);
binop!(op_sub, m_difference);
binop!(op_xor, m_symmetric_difference);

macro_rules! inplace {
    ($name:ident, $method:ident) => {
        fn $name(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            if !is_setlike(&args.pos[1]) {
                return Ok(types().not_implemented.clone());
            }
            $method(ts, Args::new(&args.pos[..2]))?;
            Ok(args.pos[0].clone())
        }
    };
}

inplace!(op_ior, m_update);
inplace!(op_iand, m_intersection_update);
inplace!(op_isub, m_difference_update);
inplace!(op_ixor, m_symmetric_difference_update);

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// frozenset hash (frozenset_hash in setobject.c).
fn m_hash(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = set_obj(&args.pos[0])?;
    let t = set_borrow(s);
    let mut h: u64 = 0;
    for e in t.iter() {
        h ^= shuffle_bits(e.hash as u64);
    }
    h ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let h = if h == u64::MAX { 590923713 } else { h as i64 };
    Ok(Value::Int(h))
}

/// `(type(s), (list(s),), s.__getstate__())` (CPython's set_reduce).
fn m_reduce(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = set_obj(&args.pos[0])?;
    let items = new_list(set_items(s));
    let state = crate::vm::call::call_method0(ts, &args.pos[0], "__getstate__")?;
    Ok(new_tuple(vec![Value::Obj(s.ty().clone()), new_tuple(vec![items]), state]))
}

fn class_getitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let types_mod = crate::vm::import::import_module(ts, "types")?;
    let ga = getattr_str(ts, &types_mod, "GenericAlias")?;
    call(ts, &ga, &[args.pos[0].clone(), args.pos[1].clone()])
}

pub fn init(_ts: &mut ThreadState) {
    let t = types();
    for (ty, name) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        TypeBuilder::new(ty, name)
            .static_method("__new__", set_new)
            .method("__init__", set_init)
            .method("copy", m_copy)
            .method("union", m_union)
            .method("intersection", m_intersection)
            .method("difference", m_difference)
            .method("symmetric_difference", m_symmetric_difference)
            .method("issubset", m_issubset)
            .method("issuperset", m_issuperset)
            .method("isdisjoint", m_isdisjoint)
            .method("__len__", m_len)
            .method("__contains__", m_contains)
            .method("__iter__", m_iter)
            .method("__repr__", m_repr)
            .method("__eq__", m_eq)
            .method("__ne__", m_ne)
            .method("__le__", m_le)
            .method("__lt__", m_lt)
            .method("__ge__", m_ge)
            .method("__gt__", m_gt)
            .method("__or__", op_or)
            .method("__ror__", op_or)
            .method("__and__", op_and)
            .method("__rand__", op_and)
            .method("__sub__", op_sub)
            .method("__xor__", op_xor)
            .method("__rxor__", op_xor)
            .method("__reduce__", m_reduce)
            .class_method("__class_getitem__", class_getitem);
    }
    TypeBuilder::new(&t.set, "set")
        .method("add", m_add)
        .method("discard", m_discard)
        .method("remove", m_remove)
        .method("pop", m_pop)
        .method("clear", m_clear)
        .method("update", m_update)
        .method("intersection_update", m_intersection_update)
        .method("difference_update", m_difference_update)
        .method("symmetric_difference_update", m_symmetric_difference_update)
        .method("__ior__", op_ior)
        .method("__iand__", op_iand)
        .method("__isub__", op_isub)
        .method("__ixor__", op_ixor)
        .attr("__hash__", Value::None);
    TypeBuilder::new(&t.frozenset, "frozenset").method("__hash__", m_hash);
}
