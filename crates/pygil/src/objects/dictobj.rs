//! `dict` methods and the dict views (keys/values/items).

use crate::objects::dict::ViewKind;
use crate::objects::function::Args;
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::{bind_native, call, check_args};
use crate::vm::dictops::*;
use crate::vm::errors::*;
use crate::vm::iterops::{collect, iter, new_iter, next};
use crate::vm::ops::*;
use crate::vm::types::{types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};

fn dict_obj(v: &Value) -> PyResult<&PyRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Ok(o),
        _ => Err(type_error(format!("descriptor requires a 'dict' object but received a '{}'", type_name(v)))),
    }
}

/// (key, value) pairs of a dict, copied.
pub fn dict_items(d: &PyRef) -> Vec<(Value, Value)> {
    match &d.payload {
        Payload::Dict(t) => t.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
        _ => vec![],
    }
}

pub fn dict_len(d: &PyRef) -> usize {
    match &d.payload {
        Payload::Dict(t) => t.borrow().len(),
        _ => 0,
    }
}

fn dict_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = as_type(&args.pos[0]).cloned().unwrap_or_else(|| types().dict.clone());
    Ok(crate::vm::types_ext::alloc_instance(&cls))
}

/// dict.update semantics: a mapping or an iterable of pairs, then keywords.
fn update_from(ts: &mut ThreadState, d: &PyRef, args: &Args, fname: &str) -> PyResult<()> {
    if args.pos.len() > 2 {
        return Err(type_error(format!("{} expected at most 1 argument, got {}", fname, args.pos.len() - 1)));
    }
    if let Some(src) = args.pos.get(1) {
        let is_mapping = matches!(src, Value::Obj(o) if matches!(o.payload, Payload::Dict(_)))
            || getattr_opt(ts, src, &intern("keys"))?.is_some();
        if is_mapping {
            dict_merge(ts, d, src, false)?;
        } else {
            let it = iter(ts, src)?;
            let mut i = 0;
            while let Some(item) = next(ts, &it)? {
                let pair = collect(ts, &item).map_err(|_| {
                    type_error(format!("cannot convert dictionary update sequence element #{} to a sequence", i))
                })?;
                if pair.len() != 2 {
                    return Err(value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                let (k, v) = (p.next().unwrap(), p.next().unwrap());
                dict_setitem(ts, d, k, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        dict_setitem(ts, d, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_init(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = dict_obj(&args.pos[0])?.clone();
    update_from(ts, &d, &args, "dict")?;
    Ok(Value::None)
}

fn dict_update(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = dict_obj(&args.pos[0])?.clone();
    update_from(ts, &d, &args, "update")?;
    Ok(Value::None)
}

fn dict_getitem_m(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__getitem__", &args, 2, 2)?;
    let d = dict_obj(&args.pos[0])?.clone();
    match dict_getitem(ts, &d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => {
            // dict subclasses may define __missing__.
            let t = type_of(&args.pos[0]);
            if let Some(m) = type_lookup_str(&t, "__missing__") {
                return call(ts, &m, &[args.pos[0].clone(), args.pos[1].clone()]);
            }
            Err(key_error(args.pos[1].clone()))
        }
    }
}

fn dict_setitem_m(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__setitem__", &args, 3, 3)?;
    let d = dict_obj(&args.pos[0])?.clone();
    dict_setitem(ts, &d, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem_m(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__delitem__", &args, 2, 2)?;
    let d = dict_obj(&args.pos[0])?.clone();
    match dict_delitem(ts, &d, &args.pos[1])? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(args.pos[1].clone())),
    }
}

fn dict_contains(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = dict_obj(&args.pos[0])?.clone();
    Ok(Value::Bool(dict_getitem(ts, &d, &args.pos[1])?.is_some()))
}

fn dict_len_m(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(dict_len(dict_obj(&args.pos[0])?) as i64))
}

fn dict_get(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("get", &args, 2, 3)?;
    let d = dict_obj(&args.pos[0])?.clone();
    Ok(dict_getitem(ts, &d, &args.pos[1])?.unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("setdefault", &args, 2, 3)?;
    let d = dict_obj(&args.pos[0])?.clone();
    if let Some(v) = dict_getitem(ts, &d, &args.pos[1])? {
        return Ok(v);
    }
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    dict_setitem(ts, &d, args.pos[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("pop", &args, 2, 3)?;
    let d = dict_obj(&args.pos[0])?.clone();
    match dict_delitem(ts, &d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => args.pos.get(2).cloned().ok_or_else(|| key_error(args.pos[1].clone())),
    }
}

fn dict_popitem(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = dict_obj(&args.pos[0])?;
    let Payload::Dict(t) = &d.payload else { unreachable!() };
    let ix = t.borrow().last_index();
    match ix {
        Some(ix) => {
            let (k, v) = t.borrow_mut().remove_at(ix);
            Ok(new_tuple(vec![k, v]))
        }
        None => Err(key_error(new_str("popitem(): dictionary is empty"))),
    }
}

fn dict_clear(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = dict_obj(&args.pos[0])?;
    let Payload::Dict(t) = &d.payload else { unreachable!() };
    let old = std::mem::take(&mut *t.borrow_mut());
    t.borrow_mut().version = old.version + 1;
    drop(old);
    Ok(Value::None)
}

fn dict_copy(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = dict_obj(&args.pos[0])?;
    let Payload::Dict(t) = &d.payload else { unreachable!() };
    let c = t.borrow().clone();
    Ok(Value::Obj(PyObject::new(types().dict.clone(), Payload::Dict(std::cell::RefCell::new(c)))))
}

fn dict_fromkeys(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("fromkeys", &args, 2, 3)?;
    let cls = args.pos[0].clone();
    let d = call(ts, &cls, &[])?;
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    let keys = collect(ts, &args.pos[1])?;
    for k in keys {
        setitem(ts, &d, &k, v.clone())?;
    }
    Ok(d)
}

fn view(args: &Args, kind: ViewKind) -> PyResult<Value> {
    let d = dict_obj(&args.pos[0])?.clone();
    let t = types();
    let ty = match kind {
        ViewKind::Keys => &t.dict_keys,
        ViewKind::Values => &t.dict_values,
        ViewKind::Items => &t.dict_items,
    };
    Ok(Value::Obj(PyObject::new(ty.clone(), Payload::DictView(Box::new((d, kind))))))
}

fn dict_keys_m(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view(&args, ViewKind::Keys)
}
fn dict_values_m(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view(&args, ViewKind::Values)
}
fn dict_items_m(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view(&args, ViewKind::Items)
}

fn dict_iter(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = dict_obj(&args.pos[0])?;
    let _ = ts;
    Ok(new_iter(
        &types().dict_keyiterator,
        crate::objects::iter::IterState::Dict { dict: d.clone(), pos: 0, kind: ViewKind::Keys, len: dict_len(d) },
    ))
}

fn dict_reversed(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = dict_obj(&args.pos[0])?;
    let keys: Vec<Value> = dict_items(d).into_iter().rev().map(|(k, _)| k).collect();
    let l = new_list(keys);
    Ok(new_iter(&types().list_iterator, crate::objects::iter::IterState::Seq { seq: l, idx: 0 }))
}

fn dict_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let id = v.id() as usize;
    if ts.repr_stack.contains(&id) {
        return Ok(new_str("{...}"));
    }
    let items = dict_items(dict_obj(v)?);
    ts.repr_stack.push(id);
    let r = (|| -> PyResult<String> {
        let mut s = String::from("{");
        for (i, (k, val)) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&repr(ts, k)?);
            s.push_str(": ");
            s.push_str(&repr(ts, val)?);
        }
        s.push('}');
        Ok(s)
    })();
    ts.repr_stack.pop();
    Ok(new_str(r?))
}

fn dict_eq_impl(ts: &mut ThreadState, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if dict_len(a) != dict_len(b) {
        return Ok(false);
    }
    for (k, v) in dict_items(a) {
        match dict_getitem(ts, b, &k)? {
            Some(bv) => {
                if !(bv.is(&v) || eq(ts, &v, &bv)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_eq(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = dict_obj(&args.pos[0])?.clone();
    match &args.pos[1] {
        Value::Obj(b) if matches!(b.payload, Payload::Dict(_)) => Ok(Value::Bool(dict_eq_impl(ts, &a, b)?)),
        _ => Ok(types().not_implemented.clone()),
    }
}

fn dict_ne(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = dict_eq(ts, args)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        o => o,
    })
}

fn dict_or(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = dict_obj(&args.pos[0])?.clone();
    let Value::Obj(b) = &args.pos[1] else { return Ok(types().not_implemented.clone()) };
    if !matches!(b.payload, Payload::Dict(_)) {
        return Ok(types().not_implemented.clone());
    }
    let t = type_of(&args.pos[0]);
    let new = call(ts, &Value::Obj(t), &[Value::Obj(a)])?;
    dict_merge(ts, new.obj().unwrap(), &args.pos[1], false)?;
    Ok(new)
}

fn dict_ior(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = dict_obj(&args.pos[0])?.clone();
    update_from(ts, &a, &Args::new(&args.pos[..2]), "update")?;
    Ok(args.pos[0].clone())
}

fn class_getitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let types_mod = crate::vm::import::import_module(ts, "types")?;
    let ga = getattr_str(ts, &types_mod, "GenericAlias")?;
    call(ts, &ga, &[args.pos[0].clone(), args.pos[1].clone()])
}

// ---- views ---------------------------------------------------------------------

fn view_parts(v: &Value) -> PyResult<(PyRef, ViewKind)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::DictView(d) => Ok((d.0.clone(), d.1)),
            _ => Err(type_error("expected a dict view")),
        },
        _ => Err(type_error("expected a dict view")),
    }
}

fn view_len(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (d, _) = view_parts(&args.pos[0])?;
    Ok(Value::Int(dict_len(&d) as i64))
}

fn view_iter(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    iter(ts, &args.pos[0])
}

fn view_list(v: &Value) -> PyResult<Vec<Value>> {
    let (d, kind) = view_parts(v)?;
    Ok(dict_items(&d)
        .into_iter()
        .map(|(k, val)| match kind {
            ViewKind::Keys => k,
            ViewKind::Values => val,
            ViewKind::Items => new_tuple(vec![k, val]),
        })
        .collect())
}

fn view_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (_, kind) = view_parts(&args.pos[0])?;
    let name = match kind {
        ViewKind::Keys => "dict_keys",
        ViewKind::Values => "dict_values",
        ViewKind::Items => "dict_items",
    };
    let l = new_list(view_list(&args.pos[0])?);
    Ok(new_str(format!("{}({})", name, repr(ts, &l)?)))
}

fn view_contains(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (d, kind) = view_parts(&args.pos[0])?;
    let x = &args.pos[1];
    match kind {
        ViewKind::Keys => Ok(Value::Bool(dict_getitem(ts, &d, x)?.is_some())),
        ViewKind::Items => {
            let pair = match crate::objects::list::seq_items(x) {
                Some(p) if p.len() == 2 && matches!(x, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_))) => p,
                _ => return Ok(Value::Bool(false)),
            };
            match dict_getitem(ts, &d, &pair[0])? {
                Some(v) => Ok(Value::Bool(v.is(&pair[1]) || eq(ts, &v, &pair[1])?)),
                None => Ok(Value::Bool(false)),
            }
        }
        ViewKind::Values => {
            for v in view_list(&args.pos[0])? {
                if v.is(x) || eq(ts, &v, x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}

fn view_reversed(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let mut items = view_list(&args.pos[0])?;
    items.reverse();
    Ok(new_iter(&types().list_iterator, crate::objects::iter::IterState::Seq { seq: new_list(items), idx: 0 }))
}

/// Set operations on keys/items views give sets.
fn view_setop(ts: &mut ThreadState, args: Args, op: &str) -> PyResult<Value> {
    let a = crate::vm::dictops::new_set_from(ts, view_list(&args.pos[0])?)?;
    let f = getattr_str(ts, &a, op)?;
    call(ts, &f, &[args.pos[1].clone()])
}

fn view_and(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view_setop(ts, args, "intersection")
}
fn view_or(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view_setop(ts, args, "union")
}
fn view_sub(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view_setop(ts, args, "difference")
}
fn view_xor(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view_setop(ts, args, "symmetric_difference")
}

fn view_eq(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (_, kind) = view_parts(&args.pos[0])?;
    if kind == ViewKind::Values {
        return Ok(Value::Bool(args.pos[0].is(&args.pos[1])));
    }
    let a = crate::vm::dictops::new_set_from(ts, view_list(&args.pos[0])?)?;
    let other = &args.pos[1];
    let b = match other {
        Value::Obj(o) if matches!(o.payload, Payload::DictView(_) | Payload::Set(_) | Payload::FrozenSet(_)) => {
            { let items = collect(ts, other)?; crate::vm::dictops::new_set_from(ts, items) }?
        }
        _ => return Ok(types().not_implemented.clone()),
    };
    Ok(Value::Bool(eq(ts, &a, &b)?))
}

fn view_cmp(ts: &mut ThreadState, args: Args, op: &str) -> PyResult<Value> {
    let other = &args.pos[1];
    if !matches!(other, Value::Obj(o) if matches!(o.payload, Payload::DictView(_) | Payload::Set(_) | Payload::FrozenSet(_))) {
        return Ok(types().not_implemented.clone());
    }
    let items = view_list(&args.pos[0])?;
    let a = crate::vm::dictops::new_set_from(ts, items)?;
    let oitems = collect(ts, other)?;
    let b = crate::vm::dictops::new_set_from(ts, oitems)?;
    let f = getattr_str(ts, &a, op)?;
    call(ts, &f, &[b])
}

fn view_le(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view_cmp(ts, args, "__le__")
}
fn view_lt(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view_cmp(ts, args, "__lt__")
}
fn view_ge(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view_cmp(ts, args, "__ge__")
}
fn view_gt(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    view_cmp(ts, args, "__gt__")
}

fn view_isdisjoint(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let items = collect(ts, &args.pos[1])?;
    for x in items {
        let r = view_contains(ts, Args::new(&[args.pos[0].clone(), x]))?;
        if matches!(r, Value::Bool(true)) {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_mapping(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (d, _) = view_parts(&args.pos[0])?;
    Ok(Value::Obj(PyObject::new(types().mappingproxy.clone(), Payload::MappingProxy(Value::Obj(d)))))
}

pub fn init(_ts: &mut ThreadState) {
    let t = types();
    TypeBuilder::new(&t.dict, "dict")
        .static_method("__new__", dict_new)
        .method("__init__", dict_init)
        .method("__getitem__", dict_getitem_m)
        .method("__setitem__", dict_setitem_m)
        .method("__delitem__", dict_delitem_m)
        .method("__contains__", dict_contains)
        .method("__len__", dict_len_m)
        .method("__iter__", dict_iter)
        .method("__reversed__", dict_reversed)
        .method("__repr__", dict_repr)
        .method("__eq__", dict_eq)
        .method("__ne__", dict_ne)
        .method("__or__", dict_or)
        .method("__ior__", dict_ior)
        .method("get", dict_get)
        .method("setdefault", dict_setdefault)
        .method("pop", dict_pop)
        .method("popitem", dict_popitem)
        .method("clear", dict_clear)
        .method("copy", dict_copy)
        .method("update", dict_update)
        .method("keys", dict_keys_m)
        .method("values", dict_values_m)
        .method("items", dict_items_m)
        .class_method("fromkeys", dict_fromkeys)
        .class_method("__class_getitem__", class_getitem)
        .attr("__hash__", Value::None);
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        TypeBuilder::new(ty, "dict_view")
            .method("__len__", view_len)
            .method("__iter__", view_iter)
            .method("__repr__", view_repr)
            .method("__contains__", view_contains)
            .method("__reversed__", view_reversed)
            .method("__eq__", view_eq)
            .method("isdisjoint", view_isdisjoint)
            .getter("mapping", view_mapping);
    }
    for ty in [&t.dict_keys, &t.dict_items] {
        TypeBuilder::new(ty, "dict_view")
            .method("__and__", view_and)
            .method("__rand__", view_and)
            .method("__or__", view_or)
            .method("__ror__", view_or)
            .method("__sub__", view_sub)
            .method("__le__", view_le)
            .method("__lt__", view_lt)
            .method("__ge__", view_ge)
            .method("__gt__", view_gt)
            .method("__xor__", view_xor)
            .method("__rxor__", view_xor);
    }
    let _ = bind_native;
}
