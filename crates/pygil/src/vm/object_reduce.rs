//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`:
//! the default description of an instance that `pickle` and `copy` use
//! (CPython's Objects/typeobject.c: `object___reduce_ex___impl`,
//! `_common_reduce`, `reduce_newobj`, `object_getstate`).
//!
//! Protocol 2 and later describe an instance as
//! `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`, or with
//! `copyreg.__newobj_ex__` and `(cls, args, kwargs)` when
//! `__getnewargs_ex__` returns keyword arguments. `state` comes from
//! `__getstate__`; the default one is the instance `__dict__` (None when
//! empty), paired with a dict of `__slots__` values when there are any.
//! Protocols 0 and 1 delegate to `copyreg._reduce_ex`, written in Python.

use super::call::{call, call_method0, check_args};
use super::errors::*;
use super::import::import_module;
use super::iterops::iter;
use super::ops::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::objects::function::Args;
use crate::objects::typeobj::{flags, tdata, Kind};
use crate::objects::{Payload, PyRef, Value};
use std::rc::Rc;

/// Is `v` the built-in function `f` (as stored in object's namespace)?
fn is_builtin_fn(v: &Value, f: fn(&mut ThreadState, Args) -> PyResult<Value>) -> bool {
    matches!(v, Value::Obj(o) if matches!(&o.payload, Payload::Builtin(b) if b.func as usize == f as usize))
}

/// `object.__reduce_ex__(protocol)`: an overriding `__reduce__` wins,
/// otherwise the common reduction for the protocol.
pub fn object_reduce_ex(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__reduce_ex__", &args, 2, 2).map_err(|_| {
        type_error(format!("object.__reduce_ex__() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1)))
    })?;
    let obj = &args.pos[0];
    let protocol = index_value(ts, &args.pos[1])?;
    let cls = type_of(obj);
    if let Some(own) = type_lookup_str(&cls, "__reduce__") {
        if !is_builtin_fn(&own, object_reduce) {
            return call_method0(ts, obj, "__reduce__");
        }
    }
    common_reduce(ts, obj, protocol)
}

/// `object.__reduce__()`: the protocol 0 reduction.
pub fn object_reduce(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__reduce__", &args, 1, 1)
        .map_err(|_| type_error(format!("object.__reduce__() takes no arguments ({} given)", args.pos.len().saturating_sub(1))))?;
    common_reduce(ts, &args.pos[0], 0)
}

/// `object.__getstate__()`: the default state (never refuses).
pub fn object_getstate(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__getstate__", &args, 1, 1)
        .map_err(|_| type_error(format!("object.__getstate__() takes no arguments ({} given)", args.pos.len().saturating_sub(1))))?;
    default_state(ts, &args.pos[0], false)
}

fn common_reduce(ts: &mut ThreadState, obj: &Value, protocol: i64) -> PyResult<Value> {
    if protocol >= 2 {
        return reduce_newobj(ts, obj);
    }
    let copyreg = import_module(ts, "copyreg")?;
    let f = getattr_str(ts, &copyreg, "_reduce_ex")?;
    call(ts, &f, &[obj.clone(), Value::Int(protocol)])
}

/// "cannot pickle 'T' object", T named as CPython's tp_name: built-in
/// types outside builtins carry their module.
fn cannot_pickle(cls: &PyRef) -> PyErr {
    let td = tdata(cls);
    let module = dict_get_str(&td.dict, "__module__").and_then(|m| as_str(&m).map(|s| s.as_str().to_string()));
    let name = match module {
        Some(m) if m != "builtins" && !td.has_flag(flags::HEAPTYPE) => format!("{}.{}", m, td.name()),
        _ => td.name().to_string(),
    };
    type_error(format!("cannot pickle '{}' object", name))
}

/// Objects with built-in contents that the default state cannot describe
/// (CPython compares tp_basicsize; here: any payload but a plain
/// instance's, a list's, a dict's or an exception's).
fn has_private_layout(obj: &Value) -> bool {
    let plain_kind = matches!(kind_of(obj), Kind::Object | Kind::List | Kind::Dict | Kind::Exception);
    let plain_payload = match obj {
        Value::Obj(o) => matches!(o.payload, Payload::Instance | Payload::List(_) | Payload::Dict(_) | Payload::Exception(_)),
        _ => false,
    };
    !(plain_kind && plain_payload)
}

fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

fn dict_len(v: &Value) -> Option<usize> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Dict(d) => Some(d.borrow().len()),
            _ => None,
        },
        _ => None,
    }
}

/// The `__new__` arguments from `__getnewargs_ex__` or `__getnewargs__`
/// (CPython's `_PyObject_GetNewArguments`); None when neither is defined.
fn new_arguments(ts: &mut ThreadState, obj: &Value, cls: &PyRef) -> PyResult<Option<(Vec<Value>, Option<Value>)>> {
    if type_lookup_str(cls, "__getnewargs_ex__").is_some() {
        let r = call_method0(ts, obj, "__getnewargs_ex__")?;
        let Some(pair) = tuple_items(&r) else {
            return Err(type_error(format!("__getnewargs_ex__ should return a tuple, not '{}'", type_name(&r))));
        };
        if pair.len() != 2 {
            return Err(value_error(format!("__getnewargs_ex__ should return a tuple of length 2, not {}", pair.len())));
        }
        let Some(args) = tuple_items(&pair[0]) else {
            return Err(type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                type_name(&pair[0])
            )));
        };
        if dict_len(&pair[1]).is_none() {
            return Err(type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                type_name(&pair[1])
            )));
        }
        return Ok(Some((args, Some(pair[1].clone()))));
    }
    if type_lookup_str(cls, "__getnewargs__").is_some() {
        let r = call_method0(ts, obj, "__getnewargs__")?;
        let Some(args) = tuple_items(&r) else {
            return Err(type_error(format!("__getnewargs__ should return a tuple, not '{}'", type_name(&r))));
        };
        return Ok(Some((args, None)));
    }
    Ok(None)
}

/// The protocol 2+ reduction (CPython's `reduce_newobj`).
fn reduce_newobj(ts: &mut ThreadState, obj: &Value) -> PyResult<Value> {
    let cls = type_of(obj);
    if type_lookup_str(&cls, "__new__").is_none() {
        return Err(cannot_pickle(&cls));
    }
    let newargs = new_arguments(ts, obj, &cls)?;
    let copyreg = import_module(ts, "copyreg")?;
    let has_args = newargs.is_some();
    let (args, kwargs) = newargs.unwrap_or((Vec::new(), None));
    let (newobj, newobj_args) = match kwargs {
        Some(kw) if dict_len(&kw) != Some(0) => {
            let f = getattr_str(ts, &copyreg, "__newobj_ex__")?;
            (f, new_tuple(vec![Value::Obj(cls.clone()), new_tuple(args), kw]))
        }
        _ => {
            let f = getattr_str(ts, &copyreg, "__newobj__")?;
            let mut items = Vec::with_capacity(args.len() + 1);
            items.push(Value::Obj(cls.clone()));
            items.extend(args);
            (f, new_tuple(items))
        }
    };
    let t = types();
    let is_list = is_instance(obj, &t.list);
    let is_dict = is_instance(obj, &t.dict);
    let state = getstate(ts, obj, !(has_args || is_list || is_dict))?;
    let listitems = if is_list { iter(ts, obj)? } else { Value::None };
    let dictitems = if is_dict {
        let items = call_method0(ts, obj, "items")?;
        iter(ts, &items)?
    } else {
        Value::None
    };
    Ok(new_tuple(vec![newobj, newobj_args, state, listitems, dictitems]))
}

/// `obj.__getstate__()`, or the default state with `required` when the
/// class does not override it (CPython's `object_getstate`).
fn getstate(ts: &mut ThreadState, obj: &Value, required: bool) -> PyResult<Value> {
    let cls = type_of(obj);
    match type_lookup_str(&cls, "__getstate__") {
        Some(f) if !is_builtin_fn(&f, object_getstate) => call_method0(ts, obj, "__getstate__"),
        _ => default_state(ts, obj, required),
    }
}

/// The instance dict (None when empty) and the `__slots__` values
/// (CPython's `object_getstate_default`). `required`: the state is all that
/// will rebuild the object, so a built-in layout it cannot capture is an
/// error.
fn default_state(ts: &mut ThreadState, obj: &Value, required: bool) -> PyResult<Value> {
    let cls = type_of(obj);
    if required && has_private_layout(obj) {
        return Err(cannot_pickle(&cls));
    }
    let slotnames = slot_names(ts, &cls)?;
    let slot_list: Vec<Value> = match &slotnames {
        Value::Obj(o) => match &o.payload {
            Payload::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    // Slot values live in the instance's dict too; the __dict__ part of
    // the state leaves them out.
    let mut state = Value::None;
    if let Value::Obj(o) = obj {
        if !matches!(o.payload, Payload::Type(_)) {
            if let Some(d) = o.dict.get() {
                let has_dict = tdata(&cls).has_flag(flags::HAS_DICT);
                if has_dict && dict_len(&Value::Obj(d.clone())).unwrap_or(0) > 0 {
                    if slot_list.is_empty() {
                        state = Value::Obj(d.clone());
                    } else {
                        let copy = new_dict();
                        for k in super::types_ext::dict_keys(d) {
                            let is_slot = as_str(&k).is_some_and(|s| {
                                slot_list.iter().any(|n| as_str(n).is_some_and(|n| n.as_str() == s.as_str()))
                            });
                            if !is_slot {
                                let v = getitem(ts, &Value::Obj(d.clone()), &k)?;
                                setitem(ts, &copy, &k, v)?;
                            }
                        }
                        if dict_len(&copy).unwrap_or(0) > 0 {
                            state = copy;
                        }
                    }
                }
            }
        }
    }
    if !slot_list.is_empty() {
        let slots = new_dict();
        for name in &slot_list {
            let Some(n) = as_str(name) else { continue };
            if let Some(v) = getattr_opt(ts, obj, &intern(n.as_str()))? {
                setitem(ts, &slots, name, v)?;
            }
        }
        if dict_len(&slots).unwrap_or(0) > 0 {
            state = new_tuple(vec![state, slots]);
        }
    }
    Ok(state)
}

/// `cls.__slotnames__`, computed by `copyreg._slotnames` on first use
/// (CPython's `_PyType_GetSlotNames`).
fn slot_names(ts: &mut ThreadState, cls: &PyRef) -> PyResult<Value> {
    if let Some(v) = dict_get_str(&tdata(cls).dict, "__slotnames__") {
        return Ok(v);
    }
    if Rc::ptr_eq(cls, &types().object) || !tdata(cls).mro.borrow().iter().any(|c| dict_get_str(&tdata(c).dict, "__slots__").is_some()) {
        return Ok(Value::None);
    }
    let copyreg = import_module(ts, "copyreg")?;
    let f = getattr_str(ts, &copyreg, "_slotnames")?;
    let names = call(ts, &f, &[Value::Obj(cls.clone())])?;
    if !names.is_none() && !matches!(&names, Value::Obj(o) if matches!(o.payload, Payload::List(_))) {
        return Err(type_error("copyreg._slotnames didn't return a list or None"));
    }
    Ok(names)
}
