//! `_thread._local`: attributes that each thread sees separately (CPython's
//! `localobject` in Modules/_threadmodule.c; `threading.local` is this
//! type).
//!
//! An instance keeps, in its own instance dict (which Python never sees),
//! one dict per thread that touched it, keyed by the thread's ident, plus
//! the constructor's arguments under the key -1. `__getattribute__`,
//! `__setattr__` and `__delattr__` run the generic algorithm with the
//! calling thread's dict standing in for the instance dict, and `__dict__`
//! is that dict, so class attributes, methods, properties and slots behave
//! as on any object. The first touch from a new thread creates its dict
//! and, when the class defines `__init__`, calls it with the constructor's
//! arguments, as CPython does. When a thread ends its dicts are dropped
//! from every local it touched (its thread state remembers those weakly).
//! Everything runs under the GIL; no lock of its own.

use crate::objects::function::Args;
use crate::objects::{PyRef, Value};
use crate::vm::call::call_args;
use crate::vm::dictops::{dict_delitem, dict_getitem, dict_setitem};
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::types::{new_native_type, types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};

/// The container key of the constructor's arguments: `(args, kwargs)`.
const ARGS_KEY: Value = Value::Int(-1);

/// The `_thread._local` type.
pub fn make_type() -> PyRef {
    let t = new_native_type("_local", "_thread", None);
    let td = crate::objects::typeobj::tdata(&t);
    td.set_flag(crate::objects::typeobj::flags::HAS_DICT, true);
    td.set_flag(crate::objects::typeobj::flags::BASETYPE, true);
    td.set_flag(crate::objects::typeobj::flags::CUSTOM_ATTR, true);
    TypeBuilder::new(&t, "_local")
        .static_method("__new__", local_new)
        .method("__getattribute__", local_getattribute)
        .method("__setattr__", local_setattr)
        .method("__delattr__", local_delattr);
    t
}

/// The per-object container of the thread dicts (the instance dict).
fn container(obj: &Value) -> PyResult<PyRef> {
    match obj {
        Value::Obj(o) => o.dict.get().cloned().ok_or_else(|| type_error("descriptor requires a '_thread._local' object")),
        _ => Err(type_error("descriptor requires a '_thread._local' object")),
    }
}

fn thread_key(ts: &ThreadState) -> Value {
    // The GIL's thread id, never reused (a pthread ident is, after a thread
    // exits or a fork).
    Value::Int(ts.gil.id() as i64)
}

/// Registers the calling thread's new dict for `obj` and remembers `obj`
/// for the thread's exit.
fn new_thread_dict(ts: &mut ThreadState, obj: &Value, c: &PyRef) -> PyResult<PyRef> {
    let d = new_dict_obj();
    let key = thread_key(ts);
    dict_setitem(ts, c, key, Value::Obj(d.clone()))?;
    if let Value::Obj(o) = obj {
        ts.thread_locals.push(std::rc::Rc::downgrade(o));
    }
    Ok(d)
}

/// The calling thread's dict of `obj`, created on first use (running the
/// class's `__init__` in threads other than the creating one).
fn thread_dict(ts: &mut ThreadState, obj: &Value) -> PyResult<PyRef> {
    let c = container(obj)?;
    let key = thread_key(ts);
    if let Some(Value::Obj(d)) = dict_getitem(ts, &c, &key)? {
        return Ok(d);
    }
    let d = new_thread_dict(ts, obj, &c)?;
    let cls = type_of(obj);
    let init = type_lookup_str(&cls, "__init__");
    let object_init = type_lookup_str(&types().object, "__init__");
    let overridden = match (&init, &object_init) {
        (Some(Value::Obj(a)), Some(Value::Obj(b))) => !std::rc::Rc::ptr_eq(a, b),
        _ => false,
    };
    if let (true, Some(init)) = (overridden, init) {
        let (args, kwargs) = match dict_getitem(ts, &c, &ARGS_KEY)? {
            Some(v) => {
                let items = crate::vm::iterops::collect(ts, &v)?;
                (items[0].clone(), items[1].clone())
            }
            None => (new_tuple(Vec::new()), Value::None),
        };
        let mut pos = vec![obj.clone()];
        pos.extend(crate::vm::iterops::collect(ts, &args)?);
        let mut names = Vec::new();
        let mut vals = Vec::new();
        if let Value::Obj(k) = &kwargs {
            for (n, v) in crate::objects::dictobj::dict_items(k) {
                names.push(n);
                vals.push(v);
            }
        }
        if let Err(e) = call_args(ts, &init, Args { pos: &pos, kwnames: &names, kwvals: &vals }) {
            let _ = dict_delitem(ts, &c, &key);
            return Err(e);
        }
    }
    Ok(d)
}

/// `_local.__new__(cls, *args, **kwargs)`.
fn local_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(as_type).cloned() else {
        return Err(type_error("_local.__new__(X): X is not a type object"));
    };
    let has_args = args.pos.len() > 1 || !args.kwnames.is_empty();
    let init = type_lookup_str(&cls, "__init__");
    let object_init = type_lookup_str(&types().object, "__init__");
    let plain_init = matches!((&init, &object_init), (Some(Value::Obj(a)), Some(Value::Obj(b))) if std::rc::Rc::ptr_eq(a, b));
    if has_args && plain_init {
        return Err(type_error("Initialization arguments are not supported"));
    }
    let obj = crate::vm::types_ext::alloc_instance(&cls);
    let c = container(&obj)?;
    let kw = new_dict_obj();
    for (n, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        dict_setitem(ts, &kw, n.clone(), v.clone())?;
    }
    let saved = new_tuple(vec![new_tuple(args.pos[1..].to_vec()), Value::Obj(kw)]);
    dict_setitem(ts, &c, ARGS_KEY, saved)?;
    // The creating thread's dict; Python calls __init__ on it next.
    new_thread_dict(ts, &obj, &c)?;
    Ok(obj)
}

fn attr_name(v: &Value) -> PyResult<PyRef> {
    v.obj()
        .filter(|o| matches!(o.payload, crate::objects::Payload::Str(_)))
        .cloned()
        .ok_or_else(|| type_error(format!("attribute name must be string, not '{}'", type_name(v))))
}

fn is_dunder_dict(name: &PyRef) -> bool {
    as_str(&Value::Obj(name.clone())).is_some_and(|s| s.as_str() == "__dict__")
}

fn local_getattribute(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    crate::vm::call::check_args("__getattribute__", &args, 2, 2)?;
    let (obj, name) = (&args.pos[0], attr_name(&args.pos[1])?);
    let d = thread_dict(ts, obj)?;
    if is_dunder_dict(&name) {
        return Ok(Value::Obj(d));
    }
    match generic_getattr_in(ts, obj, &name, Some(&d))? {
        Some(v) => Ok(v),
        None => Err(no_such_attribute(obj, &name)),
    }
}

/// The type's name in messages: CPython's C type is `_thread._local`.
fn shown_name(obj: &Value) -> String {
    let t = type_of(obj);
    if crate::objects::typeobj::tdata(&t).has_flag(crate::objects::typeobj::flags::HEAPTYPE) {
        type_name(obj).to_string()
    } else {
        "_thread._local".to_string()
    }
}

fn no_such_attribute(obj: &Value, name: &PyRef) -> PyErr {
    let n = as_str(&Value::Obj(name.clone())).map(|s| s.as_str().to_string()).unwrap_or_default();
    attribute_error(format!("'{}' object has no attribute '{}'", shown_name(obj), n))
}

fn read_only_dict(obj: &Value) -> PyErr {
    attribute_error(format!("'{}' object attribute '__dict__' is read-only", shown_name(obj)))
}

fn local_setattr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    crate::vm::call::check_args("__setattr__", &args, 3, 3)?;
    let (obj, name) = (&args.pos[0], attr_name(&args.pos[1])?);
    if is_dunder_dict(&name) {
        return Err(read_only_dict(obj));
    }
    let d = thread_dict(ts, obj)?;
    generic_setattr_in(ts, obj, &name, args.pos[2].clone(), Some(&d))?;
    Ok(Value::None)
}

fn local_delattr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    crate::vm::call::check_args("__delattr__", &args, 2, 2)?;
    let (obj, name) = (&args.pos[0], attr_name(&args.pos[1])?);
    if is_dunder_dict(&name) {
        return Err(read_only_dict(obj));
    }
    let d = thread_dict(ts, obj)?;
    match generic_delattr_in(ts, obj, &name, Some(&d)) {
        Err(e) if e.matches(&types().attribute_error) && type_lookup(&type_of(obj), &name).is_none() => {
            Err(no_such_attribute(obj, &name))
        }
        r => r.map(|_| Value::None),
    }
}

/// The thread is ending (with the GIL): drop its dict from every local it
/// touched. Their values' destructors may run Python.
pub fn forget_thread(ts: &mut ThreadState) {
    let touched = std::mem::take(&mut ts.thread_locals);
    let key = thread_key(ts);
    for w in touched {
        if let Some(o) = w.upgrade() {
            if let Some(c) = o.dict.get().cloned() {
                let _ = dict_delitem(ts, &c, &key);
            }
        }
    }
}
