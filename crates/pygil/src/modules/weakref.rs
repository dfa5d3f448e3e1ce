//! `_weakref`: weak references over `Rc`'s weak pointers.
//!
//! A callback runs when the referent dies, at the next instruction
//! boundary (vm/finalize.rs); objects in reference cycles never die (no
//! cycle collector), so their callbacks never run.

use crate::objects::function::Args;
use crate::objects::typeobj::{flags, tdata};
use crate::objects::weakref::WeakData;
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::check_args;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::types::{types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

fn wd(v: &Value) -> PyResult<&WeakData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::WeakRef(w) => Ok(w),
            _ => Err(type_error("expected a weakref")),
        },
        _ => Err(type_error("expected a weakref")),
    }
}

fn ref_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(type_error("__new__ expected at most 2 arguments"));
    }
    let cls = as_type(&args.pos[0]).cloned().unwrap_or_else(|| types().weakref.clone());
    let Value::Obj(target) = &args.pos[1] else {
        return Err(type_error(format!("cannot create weak reference to '{}' object", type_name(&args.pos[1]))));
    };
    if matches!(target.payload, Payload::Str(_) | Payload::Tuple(_) | Payload::Int(_) | Payload::List(_) | Payload::Dict(_))
        && !tdata(target.ty()).has_flag(flags::HEAPTYPE)
    {
        return Err(type_error(format!("cannot create weak reference to '{}' object", type_name(&args.pos[1]))));
    }
    let cb = args.pos.get(2).cloned().unwrap_or(Value::None);
    let has_cb = !cb.is_none();
    let w = WeakData { target: Rc::downgrade(target), callback: RefCell::new(cb), hash: Cell::new(None) };
    let payload = Payload::WeakRef(Box::new(w));
    let wr = if std::rc::Rc::ptr_eq(&cls, &types().weakref) {
        PyObject::new(cls, payload)
    } else {
        PyObject::with_dict(cls, payload, new_dict_obj())
    };
    if has_cb {
        crate::vm::finalize::register_callback(target, &wr);
    }
    Ok(Value::Obj(wr))
}

fn ref_init(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let w = wd(&args.pos[0])?;
    Ok(w.target.upgrade().map(Value::Obj).unwrap_or(Value::None))
}

fn ref_hash(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let w = wd(&args.pos[0])?;
    if let Some(h) = w.hash.get() {
        return Ok(Value::Int(h));
    }
    match w.target.upgrade() {
        Some(t) => {
            let h = hash(ts, &Value::Obj(t))?;
            wd(&args.pos[0])?.hash.set(Some(h));
            Ok(Value::Int(h))
        }
        None => Err(type_error("weak object has gone away")),
    }
}

fn ref_eq(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = wd(&args.pos[0])?;
    let Ok(b) = wd(&args.pos[1]) else { return Ok(types().not_implemented.clone()) };
    match (a.target.upgrade(), b.target.upgrade()) {
        (Some(x), Some(y)) => Ok(Value::Bool(eq(ts, &Value::Obj(x), &Value::Obj(y))?)),
        _ => Ok(Value::Bool(args.pos[0].is(&args.pos[1]))),
    }
}

fn ref_ne(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    match ref_eq(ts, args)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        v => Ok(v),
    }
}

fn ref_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let w = wd(&args.pos[0])?;
    Ok(new_str(match w.target.upgrade() {
        Some(t) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            args.pos[0].id(),
            tdata(t.ty()).name(),
            Rc::as_ptr(&t) as usize
        ),
        None => format!("<weakref at {:#x}; dead>", args.pos[0].id()),
    }))
}

fn ref_callback(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cb = wd(&args.pos[0])?.callback.borrow().clone();
    Ok(cb)
}

fn getweakrefcount(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("getweakrefcount", &args, 1, 1)?;
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) => Rc::weak_count(o) as i64,
        _ => 0,
    }))
}

fn getweakrefs(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(new_list(vec![]))
}

fn proxy(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Err(not_implemented_error("weakref.proxy is not supported by pygil yet"))
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let t = types();
    TypeBuilder::new(&t.weakref, "weakref")
        .static_method("__new__", ref_new)
        .method("__init__", ref_init)
        .method("__call__", ref_call)
        .method("__hash__", ref_hash)
        .method("__eq__", ref_eq)
        .method("__ne__", ref_ne)
        .method("__repr__", ref_repr)
        .getter("__callback__", ref_callback);
    let m = super::make_module(
        "_weakref",
        &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs), ("proxy", proxy)],
    );
    super::set_attrs(
        &m,
        &[
            ("ref", Value::Obj(t.weakref.clone())),
            ("ReferenceType", Value::Obj(t.weakref.clone())),
            ("ProxyType", Value::Obj(t.weakref.clone())),
            ("CallableProxyType", Value::Obj(t.weakref.clone())),
        ],
    );
    Ok(m)
}
