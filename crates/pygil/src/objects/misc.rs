//! The smaller built-in types: range, slice, function, method,
//! builtin_function_or_method, property, staticmethod, classmethod, super,
//! cell, code, module, mappingproxy, NoneType, NotImplementedType, ellipsis,
//! complex.

use crate::objects::function::{Args, PropertyData};
use crate::objects::range::RangeData;
use crate::objects::typeobj::{is_subtype, tdata};
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::{bind_native, call, call_args, check_args};
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::types::{types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use std::cell::RefCell;
use std::rc::Rc;

// ---- range -------------------------------------------------------------------

fn range_data(v: &Value) -> PyResult<&RangeData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Range(r) => Ok(r),
            _ => Err(type_error("expected a range")),
        },
        _ => Err(type_error("expected a range")),
    }
}

fn range_arg(ts: &mut ThreadState, v: &Value) -> PyResult<i64> {
    index_value(ts, v).map_err(|e| {
        if e.matches(&types().type_error) {
            type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))
        } else {
            e
        }
    })
}

fn range_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    crate::vm::call::no_kwargs("range", &args)?;
    let a = &args.pos[1..];
    let (start, stop, step) = match a.len() {
        1 => (0, range_arg(ts, &a[0])?, 1),
        2 => (range_arg(ts, &a[0])?, range_arg(ts, &a[1])?, 1),
        3 => (range_arg(ts, &a[0])?, range_arg(ts, &a[1])?, range_arg(ts, &a[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Obj(PyObject::new(types().range.clone(), Payload::Range(Box::new(RangeData { start, stop, step })))))
}

fn range_len(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(range_data(&args.pos[0])?.len()))
}

fn range_getitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = range_data(&args.pos[0])?;
    let (start, step, n) = (r.start, r.step, r.len());
    let key = &args.pos[1];
    if is_slice(key) {
        // compute_slice: the slice's clamped start and stop mapped through
        // the range (so an empty result keeps CPython's bounds).
        let (s, e, st, _) = slice_indices(ts, key, n as usize)?;
        let new_start = start + s * step;
        let new_step = step * st;
        let new_stop = start + e * step;
        return Ok(Value::Obj(PyObject::new(
            types().range.clone(),
            Payload::Range(Box::new(RangeData { start: new_start, stop: new_stop, step: new_step })),
        )));
    }
    let i = index_value(ts, key)?;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("range object index out of range"));
    }
    Ok(Value::Int(start + j * step))
}

fn range_contains_int(r: &RangeData, x: i64) -> bool {
    if r.step > 0 {
        x >= r.start && x < r.stop && (x - r.start) % r.step == 0
    } else {
        x <= r.start && x > r.stop && (r.start - x) % (-r.step) == 0
    }
}

fn range_contains(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = range_data(&args.pos[0])?;
    match &args.pos[1] {
        Value::Int(x) => Ok(Value::Bool(range_contains_int(r, *x))),
        Value::Bool(b) => Ok(Value::Bool(range_contains_int(r, *b as i64))),
        x => {
            let (start, step, n) = (r.start, r.step, r.len());
            for i in 0..n {
                if eq(ts, &Value::Int(start + i * step), x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}

fn range_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = range_data(&args.pos[0])?;
    Ok(new_str(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn range_iter(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    crate::vm::iterops::iter(ts, &args.pos[0])
}

fn range_reversed(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = range_data(&args.pos[0])?;
    let n = r.len();
    let last = r.start + (n - 1) * r.step;
    Ok(crate::vm::iterops::new_iter(
        &types().range_iterator,
        crate::objects::iter::IterState::Range { next: last, step: -r.step, remaining: n },
    ))
}

fn range_eq(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = range_data(&args.pos[0])?;
    let Ok(b) = range_data(&args.pos[1]) else { return Ok(types().not_implemented.clone()) };
    let (la, lb) = (a.len(), b.len());
    Ok(Value::Bool(la == lb && (la == 0 || (a.start == b.start && (la == 1 || a.step == b.step)))))
}

fn range_hash(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = range_data(&args.pos[0])?;
    let n = r.len();
    let t = if n == 0 {
        new_tuple(vec![Value::Int(0), Value::None, Value::None])
    } else if n == 1 {
        new_tuple(vec![Value::Int(1), Value::Int(r.start), Value::None])
    } else {
        new_tuple(vec![Value::Int(n), Value::Int(r.start), Value::Int(r.step)])
    };
    Ok(Value::Int(hash(ts, &t)?))
}

fn range_count(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let c = range_contains(ts, args)?;
    Ok(Value::Int(matches!(c, Value::Bool(true)) as i64))
}

fn range_index(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = range_data(&args.pos[0])?;
    let (start, step) = (r.start, r.step);
    if let Value::Int(x) = args.pos[1] {
        if range_contains_int(r, x) {
            return Ok(Value::Int((x - start) / step));
        }
    } else {
        let n = r.len();
        for i in 0..n {
            if eq(ts, &Value::Int(start + i * step), &args.pos[1])? {
                return Ok(Value::Int(i));
            }
        }
    }
    Err(value_error(format!("{} is not in range", repr(ts, &args.pos[1])?)))
}

fn range_start(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(range_data(&args.pos[0])?.start))
}
fn range_stop(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(range_data(&args.pos[0])?.stop))
}
fn range_step(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(range_data(&args.pos[0])?.step))
}
fn range_bool(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(range_data(&args.pos[0])?.len() != 0))
}

// ---- slice ---------------------------------------------------------------------

fn slice_parts(v: &Value) -> PyResult<&[Value; 3]> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Slice(s) => Ok(s),
            _ => Err(type_error("expected a slice")),
        },
        _ => Err(type_error("expected a slice")),
    }
}

fn slice_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = &args.pos[1..];
    Ok(match a.len() {
        1 => new_slice(Value::None, a[0].clone(), Value::None),
        2 => new_slice(a[0].clone(), a[1].clone(), Value::None),
        3 => new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
        n => return Err(type_error(format!("slice expected at least 1 argument, got {}", n))),
    })
}

fn slice_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = slice_parts(&args.pos[0])?.clone();
    Ok(new_str(format!("slice({}, {}, {})", repr(ts, &s[0])?, repr(ts, &s[1])?, repr(ts, &s[2])?)))
}

fn slice_start(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(slice_parts(&args.pos[0])?[0].clone())
}
fn slice_stop(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(slice_parts(&args.pos[0])?[1].clone())
}
fn slice_step(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(slice_parts(&args.pos[0])?[2].clone())
}

fn slice_indices_m(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("indices", &args, 2, 2)?;
    let n = index_value(ts, &args.pos[1])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step, _) = slice_indices(ts, &args.pos[0], n as usize)?;
    Ok(new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

fn slice_eq(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = slice_parts(&args.pos[0])?.to_vec();
    let Ok(b) = slice_parts(&args.pos[1]) else { return Ok(types().not_implemented.clone()) };
    let b = b.to_vec();
    Ok(Value::Bool(crate::vm::compare::seq_compare(ts, &a, &b, crate::vm::compare::CmpOp::Eq)?))
}

// ---- functions and methods -------------------------------------------------------

fn func_data(v: &Value) -> PyResult<&crate::objects::function::FunctionData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(f) => Ok(f),
            _ => Err(type_error("expected a function")),
        },
        _ => Err(type_error("expected a function")),
    }
}

fn func_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = func_data(&args.pos[0])?;
    let q = f.qualname.borrow().clone();
    Ok(new_str(format!("<function {} at {:#x}>", as_str(&q).map(|s| s.as_str()).unwrap_or("?"), args.pos[0].id())))
}

fn func_get(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__get__", &args, 2, 3)?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    Ok(new_method(args.pos[0].clone(), args.pos[1].clone()))
}

fn func_call(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    call_args(ts, &args.pos[0], Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals })
}

macro_rules! func_attr {
    ($get:ident, $set:ident, $field:ident) => {
        fn $get(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            let v = func_data(&args.pos[0])?.$field.borrow().clone();
            Ok(if v.is_null() { Value::None } else { v })
        }
        fn $set(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            *func_data(&args.pos[0])?.$field.borrow_mut() = args.pos[1].clone();
            Ok(Value::None)
        }
    };
}

func_attr!(func_name, func_set_name, name);
func_attr!(func_qualname, func_set_qualname, qualname);
func_attr!(func_doc, func_set_doc, doc);
func_attr!(func_module, func_set_module, module);
func_attr!(func_kwdefaults, func_set_kwdefaults, kwdefaults);

fn func_annotations(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = func_data(&args.pos[0])?;
    let v = f.annotations.borrow().clone();
    if v.is_null() || v.is_none() {
        let d = new_dict();
        *f.annotations.borrow_mut() = d.clone();
        return Ok(d);
    }
    Ok(v)
}

fn func_set_annotations(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    *func_data(&args.pos[0])?.annotations.borrow_mut() = args.pos[1].clone();
    Ok(Value::None)
}

fn func_defaults(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = func_data(&args.pos[0])?;
    let d = f.defaults.borrow().clone();
    Ok(match d {
        Some(d) => new_tuple(d.to_vec()),
        None => Value::None,
    })
}

fn func_set_defaults(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = func_data(&args.pos[0])?;
    let v = &args.pos[1];
    *f.defaults.borrow_mut() = if v.is_none() { None } else { Some(Rc::from(crate::vm::iterops::collect(ts, v)?)) };
    Ok(Value::None)
}

fn func_code(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = func_data(&args.pos[0])?;
    Ok(Value::Obj(PyObject::new(types().code.clone(), Payload::Code(f.code.clone()))))
}

fn func_globals(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(func_data(&args.pos[0])?.globals.clone()))
}

fn func_closure(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = func_data(&args.pos[0])?;
    Ok(match &f.closure {
        Some(c) => new_tuple(c.iter().map(|x| Value::Obj(x.clone())).collect()),
        None => Value::None,
    })
}

fn func_dict(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = args.pos[0].obj().unwrap();
    Ok(Value::Obj(instance_dict(o).unwrap().clone()))
}

fn method_parts(v: &Value) -> PyResult<(Value, Value)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Method(m) => Ok((m.0.clone(), m.1.clone())),
            _ => Err(type_error("expected a method")),
        },
        _ => Err(type_error("expected a method")),
    }
}

fn method_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        return Err(type_error(format!("method expected 2 arguments, got {}", args.pos.len().saturating_sub(1))));
    }
    if !crate::vm::call::callable(&args.pos[1]) {
        return Err(type_error("first argument must be callable"));
    }
    if args.pos[2].is_none() {
        return Err(type_error("instance must not be None"));
    }
    Ok(new_method(args.pos[1].clone(), args.pos[2].clone()))
}

fn method_func(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(method_parts(&args.pos[0])?.0)
}
fn method_self(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(method_parts(&args.pos[0])?.1)
}
/// The function's docstring (method_get_doc): without this getter the
/// lookup would find `object.__doc__` on the method type first.
fn method_doc(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (f, _) = method_parts(&args.pos[0])?;
    getattr(ts, &f, &intern("__doc__"))
}

fn method_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (f, s) = method_parts(&args.pos[0])?;
    let q = getattr_opt(ts, &f, &intern("__qualname__"))?.unwrap_or_else(|| new_str("?"));
    let q = str_of(ts, &q)?;
    let r = repr(ts, &s)?;
    Ok(new_str(format!("<bound method {} of {}>", q, r)))
}

fn method_getattribute(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    // Attributes not on the method object come from the function (method_getattro).
    let name = crate::vm::types_ext::attr_name(&args.pos[1])?;
    if let Some(v) = generic_getattr(ts, &args.pos[0], &name)? {
        return Ok(v);
    }
    let (f, _) = method_parts(&args.pos[0])?;
    getattr(ts, &f, &name)
}

fn method_eq(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (f1, s1) = method_parts(&args.pos[0])?;
    let Ok((f2, s2)) = method_parts(&args.pos[1]) else { return Ok(types().not_implemented.clone()) };
    Ok(Value::Bool(f1.is(&f2) && s1.is(&s2)))
}

fn method_hash(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (f, s) = method_parts(&args.pos[0])?;
    let hs = hash(ts, &s).unwrap_or(s.id());
    Ok(Value::Int(hs ^ f.id()))
}

fn builtin_parts(v: &Value) -> PyResult<&crate::objects::function::BuiltinData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Builtin(b) => Ok(b),
            _ => Err(type_error("expected a builtin")),
        },
        _ => Err(type_error("expected a builtin")),
    }
}

fn builtin_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let b = builtin_parts(&args.pos[0])?;
    match &b.bound {
        Some(s) => {
            let tn = type_name(s);
            let _ = ts;
            Ok(new_str(format!("<built-in method {} of {} object at {:#x}>", b.name, tn, s.id())))
        }
        None if b.is_method => Ok(new_str(format!("<method '{}' of '{}' objects>", b.name, b.owner))),
        None => Ok(new_str(format!("<built-in function {}>", b.name))),
    }
}

fn builtin_name(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_str(builtin_parts(&args.pos[0])?.name))
}

fn builtin_qualname(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let b = builtin_parts(&args.pos[0])?;
    Ok(new_str(if b.is_method { format!("{}.{}", b.owner, b.name) } else { b.name.to_string() }))
}

fn builtin_self(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(builtin_parts(&args.pos[0])?.bound.clone().unwrap_or(Value::None))
}

fn builtin_doc(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = builtin_parts(&args.pos[0])?.doc;
    Ok(if d.is_empty() { Value::None } else { new_str(d) })
}

fn builtin_module(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let b = builtin_parts(&args.pos[0])?;
    Ok(if b.is_method { Value::None } else { new_str(b.owner) })
}

fn builtin_get(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let b = builtin_parts(&args.pos[0])?;
    if b.is_method && b.bound.is_none() && !args.pos[1].is_none() {
        return Ok(Value::Obj(PyObject::new(
            types().builtin_function.clone(),
            Payload::Builtin(Box::new(crate::objects::function::BuiltinData {
                name: b.name,
                func: b.func,
                bound: Some(args.pos[1].clone()),
                is_method: true,
                owner: b.owner,
                doc: b.doc,
            })),
        )));
    }
    Ok(args.pos[0].clone())
}

// ---- property, staticmethod, classmethod -----------------------------------------

fn prop(v: &Value) -> PyResult<&PropertyData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Property(p) => Ok(p),
            _ => Err(type_error("expected a property")),
        },
        _ => Err(type_error("expected a property")),
    }
}

fn property_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = as_type(&args.pos[0]).cloned().unwrap_or_else(|| types().property.clone());
    let a = bind_native("property", &Args { pos: &args.pos[1..], ..args }, &["fget", "fset", "fdel", "doc"], 0)?;
    let g = |v: &Value| if v.is_null() { Value::None } else { v.clone() };
    let fget = g(&a[0]);
    let mut doc = g(&a[3]);
    if doc.is_none() && !fget.is_none() {
        doc = getattr_opt(ts, &fget, &intern("__doc__"))?.unwrap_or(Value::None);
    }
    let p = PropertyData {
        fget: RefCell::new(fget),
        fset: RefCell::new(g(&a[1])),
        fdel: RefCell::new(g(&a[2])),
        doc: RefCell::new(doc),
        name: RefCell::new(Value::None),
    };
    let payload = Payload::Property(Box::new(p));
    Ok(if Rc::ptr_eq(&cls, &types().property) {
        Value::Obj(PyObject::new(cls, payload))
    } else {
        Value::Obj(PyObject::with_dict(cls, payload, new_dict_obj()))
    })
}

fn property_init(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn property_copy(ts: &mut ThreadState, args: &Args, which: usize) -> PyResult<Value> {
    let p = prop(&args.pos[0])?;
    let mut parts = [p.fget.borrow().clone(), p.fset.borrow().clone(), p.fdel.borrow().clone(), p.doc.borrow().clone()];
    parts[which] = args.pos[1].clone();
    if which == 0 {
        parts[3] = Value::None;
    }
    let t = type_of(&args.pos[0]);
    let np = call(ts, &Value::Obj(t), &parts)?;
    if let Ok(npd) = prop(&np) {
        *npd.name.borrow_mut() = p.name.borrow().clone();
    }
    Ok(np)
}

fn property_getter(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    property_copy(ts, &args, 0)
}
fn property_setter(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    property_copy(ts, &args, 1)
}
fn property_deleter(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    property_copy(ts, &args, 2)
}

fn property_get(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let obj = if args.pos.len() > 1 && !args.pos[1].is_none() { args.pos[1].clone() } else { Value::Null };
    let owner = type_of(&args.pos[0]);
    Ok(descr_get(ts, &args.pos[0], &obj, &owner)?.unwrap_or_else(|| args.pos[0].clone()))
}

fn property_set(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let p = prop(&args.pos[0])?;
    let f = p.fset.borrow().clone();
    if f.is_none() {
        return Err(attribute_error("can't set attribute"));
    }
    call(ts, &f, &[args.pos[1].clone(), args.pos[2].clone()])
}

fn property_delete(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let p = prop(&args.pos[0])?;
    let f = p.fdel.borrow().clone();
    if f.is_none() {
        return Err(attribute_error("can't delete attribute"));
    }
    call(ts, &f, &[args.pos[1].clone()])
}

fn property_set_name(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    *prop(&args.pos[0])?.name.borrow_mut() = args.pos[2].clone();
    Ok(Value::None)
}

macro_rules! prop_field {
    ($name:ident, $field:ident) => {
        fn $name(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            let v = prop(&args.pos[0])?.$field.borrow().clone();
            Ok(v)
        }
    };
}

prop_field!(property_fget, fget);
prop_field!(property_fset, fset);
prop_field!(property_fdel, fdel);
prop_field!(property_doc, doc);

fn property_isabstract(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let p = prop(&args.pos[0])?;
    for f in [p.fget.borrow().clone(), p.fset.borrow().clone(), p.fdel.borrow().clone()] {
        if let Some(v) = getattr_opt(ts, &f, &intern("__isabstractmethod__"))? {
            if truthy(ts, &v)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

fn wrapped_of(v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => Ok(f.borrow().clone()),
            _ => Err(type_error("expected staticmethod or classmethod")),
        },
        _ => Err(type_error("expected staticmethod or classmethod")),
    }
}

fn sm_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("staticmethod", &args, 2, 2)?;
    let cls = as_type(&args.pos[0]).cloned().unwrap();
    Ok(Value::Obj(PyObject::with_dict(cls, Payload::StaticMethod(RefCell::new(args.pos[1].clone())), new_dict_obj())))
}

fn cm_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("classmethod", &args, 2, 2)?;
    let cls = as_type(&args.pos[0]).cloned().unwrap();
    Ok(Value::Obj(PyObject::with_dict(cls, Payload::ClassMethod(RefCell::new(args.pos[1].clone())), new_dict_obj())))
}

fn sm_init(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn sm_func(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    wrapped_of(&args.pos[0])
}

fn sm_get(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    let owner = match args.pos.get(2) {
        Some(t) if as_type(t).is_some() => as_type(t).unwrap().clone(),
        _ => type_of(&obj),
    };
    Ok(descr_get(ts, &args.pos[0], &obj, &owner)?.unwrap_or_else(|| args.pos[0].clone()))
}

fn sm_call(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = wrapped_of(&args.pos[0])?;
    call_args(ts, &f, Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals })
}

fn sm_isabstract(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = wrapped_of(&args.pos[0])?;
    match getattr_opt(ts, &f, &intern("__isabstractmethod__"))? {
        Some(v) => Ok(Value::Bool(truthy(ts, &v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn sm_getattr_fallback(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    // __doc__, __name__, __qualname__, __wrapped__ come from the wrapped function.
    let name = crate::vm::types_ext::attr_name(&args.pos[1])?;
    if let Some(v) = generic_getattr(ts, &args.pos[0], &name)? {
        return Ok(v);
    }
    let n = as_str(&args.pos[1]).map(|s| s.as_str().to_string()).unwrap_or_default();
    if matches!(n.as_str(), "__doc__" | "__name__" | "__qualname__" | "__module__" | "__wrapped__") {
        let f = wrapped_of(&args.pos[0])?;
        return getattr(ts, &f, &name);
    }
    Err(no_attribute(&args.pos[0], &name))
}

// ---- super -------------------------------------------------------------------------

fn super_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (ty, obj) = match args.pos.len() {
        1 => zero_arg_super(ts)?,
        2 => (args.pos[1].clone(), Value::None),
        3 => (args.pos[1].clone(), args.pos[2].clone()),
        _ => return Err(type_error("super() takes at most 2 arguments")),
    };
    let t = as_type(&ty).cloned().ok_or_else(|| type_error(format!("super() argument 1 must be a type, not {}", type_name(&ty))))?;
    let obj_type = if obj.is_none() {
        t.clone()
    } else if let Some(ot) = as_type(&obj).filter(|ot| is_subtype(ot, &t)) {
        ot.clone()
    } else if is_instance(&obj, &t) {
        type_of(&obj)
    } else {
        return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    Ok(Value::Obj(PyObject::new(types().super_.clone(), Payload::Super(Box::new((t, obj, obj_type))))))
}

/// `super()` in a method: the `__class__` cell and the first argument.
fn zero_arg_super(ts: &mut ThreadState) -> PyResult<(Value, Value)> {
    let f = ts.frames.last().ok_or_else(|| runtime_error("super(): no current frame"))?;
    let co = &f.code.co;
    if co.argcount == 0 && co.flags & crate::bytecode::flags::VARARGS == 0 {
        return Err(runtime_error("super(): no arguments"));
    }
    let nv = co.varnames.len();
    let mut first = f.fast[0].clone();
    if let Some(i) = co.cellvars.iter().position(|c| *c == co.varnames[0]) {
        first = crate::vm::eval::cell_get(&f.fast[nv + i]);
    }
    if first.is_null() {
        return Err(runtime_error("super(): arg[0] deleted"));
    }
    let Some(ci) = co.freevars.iter().position(|n| &**n == "__class__") else {
        return Err(runtime_error("super(): __class__ cell not found"));
    };
    let cell = &f.fast[nv + co.cellvars.len() + ci];
    let cls = crate::vm::eval::cell_get(cell);
    if cls.is_null() {
        return Err(runtime_error("super(): empty __class__ cell"));
    }
    Ok((cls, first))
}

fn super_getattribute(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let Value::Obj(so) = &args.pos[0] else { unreachable!() };
    let Payload::Super(s) = &so.payload else { return object_getattr(ts, &args) };
    let (t, obj, obj_type) = (s.0.clone(), s.1.clone(), s.2.clone());
    let name = crate::vm::types_ext::attr_name(&args.pos[1])?;
    let n = as_str(&args.pos[1]).unwrap().as_str().to_string();
    if n != "__class__" {
        let mro = tdata(&obj_type).mro.borrow().clone();
        let start = mro.iter().position(|c| Rc::ptr_eq(c, &t)).map(|i| i + 1).unwrap_or(mro.len());
        for c in &mro[start..] {
            if let Some(v) = dict_get_strobj(&tdata(c).dict, &name) {
                let inst = if obj.is_none() || Rc::ptr_eq(&obj_type, obj.obj().unwrap_or(&obj_type)) && as_type(&obj).is_some() {
                    Value::Null
                } else {
                    obj.clone()
                };
                return Ok(descr_get(ts, &v, &inst, &obj_type)?.unwrap_or(v));
            }
        }
    }
    object_getattr(ts, &args)
}

fn object_getattr(ts: &mut ThreadState, args: &Args) -> PyResult<Value> {
    let name = crate::vm::types_ext::attr_name(&args.pos[1])?;
    match generic_getattr(ts, &args.pos[0], &name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(&args.pos[0], &name)),
    }
}

fn super_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let Value::Obj(so) = &args.pos[0] else { unreachable!() };
    let Payload::Super(s) = &so.payload else { return Ok(new_str("<super>")) };
    Ok(new_str(format!("<super: <class '{}'>, <{} object>>", tdata(&s.0).name(), tdata(&s.2).name())))
}

fn super_thisclass(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let Value::Obj(so) = &args.pos[0] else { unreachable!() };
    let Payload::Super(s) = &so.payload else { return Ok(Value::None) };
    Ok(Value::Obj(s.0.clone()))
}

// ---- cell, code, module, mappingproxy, singletons -----------------------------------

fn cell_contents(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = crate::vm::eval::cell_get(&args.pos[0]);
    if v.is_null() {
        return Err(value_error("Cell is empty"));
    }
    Ok(v)
}

fn cell_set_contents(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    crate::vm::eval::cell_set(&args.pos[0], args.pos[1].clone());
    Ok(Value::None)
}

fn code_of(v: &Value) -> PyResult<&Rc<crate::vm::code::Code>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Code(c) => Ok(c),
            _ => Err(type_error("expected a code object")),
        },
        _ => Err(type_error("expected a code object")),
    }
}

fn strs(v: &[Rc<str>]) -> Value {
    new_tuple(v.iter().map(|s| new_str(s.to_string())).collect())
}

fn code_attr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let _ = ts;
    let _ = args;
    Ok(Value::None)
}

macro_rules! code_getter {
    ($name:ident, |$c:ident| $e:expr) => {
        fn $name(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            let $c = code_of(&args.pos[0])?;
            Ok($e)
        }
    };
}

code_getter!(co_name, |c| c.name.clone());
code_getter!(co_qualname, |c| c.qualname.clone());
code_getter!(co_filename, |c| c.filename.clone());
code_getter!(co_firstlineno, |c| Value::Int(c.co.first_line as i64));
code_getter!(co_argcount, |c| Value::Int(c.co.argcount as i64));
code_getter!(co_posonlyargcount, |c| Value::Int(c.co.posonlyargcount as i64));
code_getter!(co_kwonlyargcount, |c| Value::Int(c.co.kwonlyargcount as i64));
code_getter!(co_flags, |c| Value::Int(c.co.flags as i64));
code_getter!(co_nlocals, |c| Value::Int(c.co.varnames.len() as i64));
code_getter!(co_varnames, |c| strs(&c.co.varnames));
code_getter!(co_cellvars, |c| strs(&c.co.cellvars));
code_getter!(co_freevars, |c| strs(&c.co.freevars));
code_getter!(co_names, |c| strs(&c.co.names));
code_getter!(co_consts, |c| new_tuple(c.consts.to_vec()));
code_getter!(co_stacksize, |c| Value::Int(c.co.max_stack as i64));
code_getter!(co_code, |c| new_bytes(c.co.code.iter().flat_map(|i| [i.op() as u8, i.arg() as u8]).collect()));

fn code_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let c = code_of(&args.pos[0])?;
    Ok(new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.co.name,
        args.pos[0].id(),
        c.co.filename,
        c.co.first_line
    )))
}

fn module_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = as_type(&args.pos[0]).cloned().unwrap_or_else(|| types().module.clone());
    let m = crate::vm::types_ext::alloc_instance(&cls);
    Ok(m)
}

fn module_init(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("module", &Args { pos: &args.pos[1..], ..args }, &["name", "doc"], 1)?;
    let o = args.pos[0].obj().unwrap();
    let d = instance_dict(o).unwrap().clone();
    dict_set_str(&d, "__name__", a[0].clone());
    dict_set_str(&d, "__doc__", if a[1].is_null() { Value::None } else { a[1].clone() });
    for k in ["__package__", "__loader__", "__spec__"] {
        if dict_get_str(&d, k).is_none() {
            dict_set_str(&d, k, Value::None);
        }
    }
    let _ = ts;
    Ok(Value::None)
}

fn module_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = args.pos[0].obj().unwrap();
    let d = o.dict.get();
    let name = d.and_then(|d| dict_get_str(d, "__name__")).map(|n| str_of(ts, &n)).transpose()?.unwrap_or_else(|| "?".into());
    let file = d.and_then(|d| dict_get_str(d, "__file__")).filter(|f| as_str(f).is_some());
    Ok(new_str(match file {
        Some(f) => format!("<module '{}' from '{}'>", name, str_of(ts, &f)?),
        None => format!("<module '{}' (built-in)>", name),
    }))
}

fn module_getattribute(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let name = crate::vm::types_ext::attr_name(&args.pos[1])?;
    if let Some(v) = generic_getattr(ts, &args.pos[0], &name)? {
        return Ok(v);
    }
    // PEP 562: module-level __getattr__.
    if let Some(d) = args.pos[0].obj().and_then(|o| o.dict.get()) {
        if let Some(ga) = dict_get_str(d, "__getattr__") {
            return call(ts, &ga, &[args.pos[1].clone()]);
        }
    }
    Err(no_attribute(&args.pos[0], &name))
}

fn module_dict(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = args.pos[0].obj().unwrap();
    Ok(Value::Obj(instance_dict(o).unwrap().clone()))
}

fn proxy_target(v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::MappingProxy(m) => Ok(m.clone()),
            _ => Err(type_error("expected a mappingproxy")),
        },
        _ => Err(type_error("expected a mappingproxy")),
    }
}

fn proxy_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("mappingproxy", &args, 2, 2)?;
    Ok(Value::Obj(PyObject::new(types().mappingproxy.clone(), Payload::MappingProxy(args.pos[1].clone()))))
}

fn proxy_forward(ts: &mut ThreadState, args: &Args, name: &str) -> PyResult<Value> {
    let m = proxy_target(&args.pos[0])?;
    let f = getattr_str(ts, &m, name)?;
    call(ts, &f, &args.pos[1..])
}

macro_rules! proxy_methods {
    ($($fname:ident => $name:literal),*) => {
        $(fn $fname(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            proxy_forward(ts, &args, $name)
        })*
    };
}

proxy_methods!(
    proxy_getitem => "__getitem__", proxy_get => "get", proxy_keys => "keys", proxy_values => "values",
    proxy_items => "items", proxy_len => "__len__", proxy_contains => "__contains__", proxy_iter => "__iter__",
    proxy_copy => "copy"
);

/// Comparisons, `str()` and `|` go to the wrapped mapping, as in CPython
/// (Objects/descrobject.c: mappingproxy_richcompare, _str, _or).
fn proxy_compare(ts: &mut ThreadState, args: &Args, op: crate::vm::compare::CmpOp) -> PyResult<Value> {
    check_args("comparison", args, 2, 2)?;
    let m = proxy_target(&args.pos[0])?;
    crate::vm::compare::rich_compare(ts, &m, &args.pos[1], op)
}

macro_rules! proxy_compares {
    ($($fname:ident => $op:ident),*) => {
        $(fn $fname(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            proxy_compare(ts, &args, crate::vm::compare::CmpOp::$op)
        })*
    };
}

proxy_compares!(proxy_eq => Eq, proxy_ne => Ne, proxy_lt => Lt, proxy_le => Le, proxy_gt => Gt, proxy_ge => Ge);

fn proxy_str(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let m = proxy_target(&args.pos[0])?;
    Ok(new_str(str_of(ts, &m)?.to_string()))
}

fn proxy_or(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__or__", &args, 2, 2)?;
    let m = proxy_target(&args.pos[0])?;
    let other = match proxy_target(&args.pos[1]) {
        Ok(o) => o,
        Err(_) => args.pos[1].clone(),
    };
    crate::vm::arith::binary_op(ts, &m, &other, 7 /* NB_OR */)
}

fn proxy_ror(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__ror__", &args, 2, 2)?;
    let m = proxy_target(&args.pos[0])?;
    crate::vm::arith::binary_op(ts, &args.pos[1], &m, 7 /* NB_OR */)
}

fn proxy_reversed(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let m = proxy_target(&args.pos[0])?;
    let f = crate::vm::ops::dict_get_str(&ts.interp.builtins_dict, "reversed").ok_or_else(|| runtime_error("no reversed"))?;
    call(ts, &f, &[m])
}

fn proxy_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let m = proxy_target(&args.pos[0])?;
    Ok(new_str(format!("mappingproxy({})", repr(ts, &m)?)))
}

fn none_repr(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(new_str("None"))
}
fn none_bool(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}
fn none_new(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
fn ni_repr(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(new_str("NotImplemented"))
}
fn ni_new(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(types().not_implemented.clone())
}
fn ellipsis_repr(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(new_str("Ellipsis"))
}
fn ellipsis_new(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(types().ellipsis.clone())
}

// ---- complex (enough to print and do arithmetic) -------------------------------------

fn complex_parts(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Complex(r, i) => Some((*r, *i)),
            _ => crate::objects::int::num_of(v).map(|n| match n {
                crate::objects::int::Num::I(i) => (i as f64, 0.0),
                crate::objects::int::Num::B(b) => (crate::objects::int::big_to_f64(&b).unwrap_or(f64::INFINITY), 0.0),
                crate::objects::int::Num::F(f) => (f, 0.0),
            }),
        },
        _ => crate::objects::int::num_of(v).map(|n| match n {
            crate::objects::int::Num::I(i) => (i as f64, 0.0),
            crate::objects::int::Num::B(_) => (f64::INFINITY, 0.0),
            crate::objects::int::Num::F(f) => (f, 0.0),
        }),
    }
}

fn complex_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("complex", &Args { pos: &args.pos[1..], ..args }, &["real", "imag"], 0)?;
    let (mut re, mut im) = (0.0, 0.0);
    if !a[0].is_null() {
        if let Some(s) = as_str(&a[0]) {
            let t = s.as_str().trim().trim_start_matches('(').trim_end_matches(')');
            let (r, i) = parse_complex(t)?;
            return Ok(complex_of_class(&args.pos[0], r, i));
        }
        let (r, i) = complex_parts(&a[0]).ok_or_else(|| type_error(format!("complex() first argument must be a string or a number, not '{}'", type_name(&a[0]))))?;
        re = r;
        im = i;
    }
    if !a[1].is_null() {
        let (r, i) = complex_parts(&a[1]).ok_or_else(|| type_error("complex() second argument must be a number"))?;
        // CPython's complex_new: only complex arguments add their other
        // part, so complex(0, -0.0) keeps the -0.0.
        if is_complex(&a[1]) {
            re -= i;
        }
        im = if !a[0].is_null() && is_complex(&a[0]) { im + r } else { r };
    }
    let _ = ts;
    Ok(complex_of_class(&args.pos[0], re, im))
}

/// A complex of class `cls` (complex itself or a subclass, which gets an
/// instance dict), as float.__new__ does.
fn complex_of_class(cls: &Value, re: f64, im: f64) -> Value {
    match as_type(cls) {
        Some(c) if !std::rc::Rc::ptr_eq(c, &types().complex) => {
            Value::Obj(PyObject::with_dict(c.clone(), Payload::Complex(re, im), new_dict_obj()))
        }
        _ => crate::vm::arith::new_complex(re, im),
    }
}

fn parse_complex(s: &str) -> PyResult<(f64, f64)> {
    let err = || value_error("complex() arg is a malformed string");
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("0", body),
        };
        let im = match im {
            "" | "+" => "1",
            "-" => "-1",
            x => x,
        };
        let r = pyfmt::parse_float(re).ok_or_else(err)?;
        let i = pyfmt::parse_float(im).ok_or_else(err)?;
        return Ok((r, i));
    }
    Ok((pyfmt::parse_float(s).ok_or_else(err)?, 0.0))
}

fn fmt_part(x: f64) -> String {
    let s = pyfmt::float_repr(x);
    s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
}

fn is_complex(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Complex(..)))
}

fn complex_format(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__format__", &args, 2, 2)?;
    let (r, i) = complex_parts(&args.pos[0]).ok_or_else(|| type_error("descriptor '__format__' requires a 'complex' object"))?;
    let spec = str_of(ts, &args.pos[1])?;
    if spec.is_empty() {
        return str_value(ts, &args.pos[0]);
    }
    crate::vm::format::format_complex(&args.pos[0], r, i, &spec).map(new_str)
}

fn complex_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (r, i) = complex_parts(&args.pos[0]).unwrap();
    let im = fmt_part(i);
    Ok(new_str(if r == 0.0 && r.is_sign_positive() {
        format!("{}j", im)
    } else {
        let sign = if i.is_sign_negative() || i.is_nan() && im.starts_with('-') { "" } else { "+" };
        format!("({}{}{}j)", fmt_part(r), sign, im)
    }))
}

fn complex_binop(args: &Args, op: u8, reflected: bool) -> PyResult<Value> {
    let (Some(a), Some(b)) = (complex_parts(&args.pos[0]), complex_parts(&args.pos[1])) else {
        return Ok(types().not_implemented.clone());
    };
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    let r = match op {
        b'+' => (a.0 + b.0, a.1 + b.1),
        b'-' => (a.0 - b.0, a.1 - b.1),
        b'*' => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
        _ => {
            let d = b.0 * b.0 + b.1 * b.1;
            if d == 0.0 {
                return Err(zero_division_error("complex division by zero"));
            }
            ((a.0 * b.0 + a.1 * b.1) / d, (a.1 * b.0 - a.0 * b.1) / d)
        }
    };
    Ok(crate::vm::arith::new_complex(r.0, r.1))
}

macro_rules! complex_ops {
    ($($name:ident, $op:expr, $refl:expr;)*) => {
        $(fn $name(_ts: &mut ThreadState, args: Args) -> PyResult<Value> { complex_binop(&args, $op, $refl) })*
    };
}

complex_ops! {
    c_add, b'+', false; c_radd, b'+', true; c_sub, b'-', false; c_rsub, b'-', true;
    c_mul, b'*', false; c_rmul, b'*', true; c_div, b'/', false; c_rdiv, b'/', true;
}

fn cmul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// complex ** x: repeated squaring for small integer exponents (c_powi),
/// polar form otherwise (c_pow), as Objects/complexobject.c.
fn complex_pow(a: (f64, f64), b: (f64, f64), int_exp: Option<i64>) -> PyResult<Value> {
    if let Some(n) = int_exp {
        if n.abs() <= 100 {
            let mut result = (1.0, 0.0);
            let mut base = a;
            let mut e = n.unsigned_abs();
            while e > 0 {
                if e & 1 == 1 {
                    result = cmul(result, base);
                }
                base = cmul(base, base);
                e >>= 1;
            }
            if n < 0 {
                let d = result.0 * result.0 + result.1 * result.1;
                if d == 0.0 {
                    return Err(zero_division_error("0.0 to a negative or complex power"));
                }
                result = (result.0 / d, -result.1 / d);
            }
            return Ok(crate::vm::arith::new_complex(result.0, result.1));
        }
    }
    if b == (0.0, 0.0) {
        return Ok(crate::vm::arith::new_complex(1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok(crate::vm::arith::new_complex(0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok(crate::vm::arith::new_complex(len * phase.cos(), len * phase.sin()))
}

fn c_pow(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (Some(a), Some(b)) = (complex_parts(&args.pos[0]), complex_parts(&args.pos[1])) else {
        return Ok(types().not_implemented.clone());
    };
    let n = match &args.pos[1] {
        Value::Int(i) => Some(*i),
        _ => None,
    };
    complex_pow(a, b, n)
}

fn c_rpow(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (Some(a), Some(b)) = (complex_parts(&args.pos[1]), complex_parts(&args.pos[0])) else {
        return Ok(types().not_implemented.clone());
    };
    complex_pow(a, b, None)
}

fn c_real(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Float(complex_parts(&args.pos[0]).unwrap().0))
}
fn c_imag(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Float(complex_parts(&args.pos[0]).unwrap().1))
}
fn c_abs(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (r, i) = complex_parts(&args.pos[0]).unwrap();
    Ok(Value::Float(r.hypot(i)))
}
fn c_neg(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (r, i) = complex_parts(&args.pos[0]).unwrap();
    Ok(crate::vm::arith::new_complex(-r, -i))
}
fn c_pos(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (r, i) = complex_parts(&args.pos[0]).unwrap();
    Ok(crate::vm::arith::new_complex(r, i))
}
fn c_conjugate(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (r, i) = complex_parts(&args.pos[0]).unwrap();
    Ok(crate::vm::arith::new_complex(r, -i))
}
fn c_eq(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    match (complex_parts(&args.pos[0]), complex_parts(&args.pos[1])) {
        (Some(a), Some(b)) => Ok(Value::Bool(a == b)),
        _ => Ok(types().not_implemented.clone()),
    }
}
fn c_hash(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (r, i) = complex_parts(&args.pos[0]).unwrap();
    let hr = hash(ts, &Value::Float(r))?;
    let hi = hash(ts, &Value::Float(i))?;
    let h = hr.wrapping_add(1000003i64.wrapping_mul(hi));
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}
fn c_bool(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (r, i) = complex_parts(&args.pos[0]).unwrap();
    Ok(Value::Bool(r != 0.0 || i != 0.0))
}

fn member_name(v: &Value) -> String {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Member(n) => n.to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    }
}

fn member_get(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    let owner = type_of(&obj);
    Ok(descr_get(ts, &args.pos[0], &obj, &owner)?.unwrap_or(Value::None))
}

fn member_set(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let name = intern(&member_name(&args.pos[0]));
    generic_setattr(ts, &args.pos[1], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn member_delete(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let name = intern(&member_name(&args.pos[0]));
    generic_delattr(ts, &args.pos[1], &name)?;
    Ok(Value::None)
}

fn member_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_str(format!("<member '{}' objects>", member_name(&args.pos[0]))))
}

fn member_name_get(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_str(member_name(&args.pos[0])))
}

pub fn init(_ts: &mut ThreadState) {
    let t = types();
    TypeBuilder::new(&t.member_descriptor, "member_descriptor")
        .method("__get__", member_get)
        .method("__set__", member_set)
        .method("__delete__", member_delete)
        .method("__repr__", member_repr)
        .getter("__name__", member_name_get);
    TypeBuilder::new(&t.range, "range")
        .static_method("__new__", range_new)
        .method("__len__", range_len)
        .method("__getitem__", range_getitem)
        .method("__contains__", range_contains)
        .method("__repr__", range_repr)
        .method("__iter__", range_iter)
        .method("__reversed__", range_reversed)
        .method("__eq__", range_eq)
        .method("__hash__", range_hash)
        .method("__bool__", range_bool)
        .method("count", range_count)
        .method("index", range_index)
        .getter("start", range_start)
        .getter("stop", range_stop)
        .getter("step", range_step);
    TypeBuilder::new(&t.slice, "slice")
        .static_method("__new__", slice_new)
        .method("__repr__", slice_repr)
        .method("indices", slice_indices_m)
        .method("__eq__", slice_eq)
        .getter("start", slice_start)
        .getter("stop", slice_stop)
        .getter("step", slice_step)
        .attr("__hash__", Value::None);
    TypeBuilder::new(&t.function, "function")
        .method("__repr__", func_repr)
        .method("__get__", func_get)
        .method("__call__", func_call)
        .getset("__name__", func_name, Some(func_set_name))
        .getset("__qualname__", func_qualname, Some(func_set_qualname))
        .getset("__doc__", func_doc, Some(func_set_doc))
        .getset("__module__", func_module, Some(func_set_module))
        .getset("__defaults__", func_defaults, Some(func_set_defaults))
        .getset("__kwdefaults__", func_kwdefaults, Some(func_set_kwdefaults))
        .getset("__annotations__", func_annotations, Some(func_set_annotations))
        .getter("__code__", func_code)
        .getter("__globals__", func_globals)
        .getter("__closure__", func_closure)
        .getter("__dict__", func_dict);
    TypeBuilder::new(&t.method, "method")
        .static_method("__new__", method_new)
        .method("__repr__", method_repr)
        .method("__getattribute__", method_getattribute)
        .method("__eq__", method_eq)
        .method("__hash__", method_hash)
        .method("__call__", func_call)
        .getter("__func__", method_func)
        .getter("__self__", method_self)
        .getter("__doc__", method_doc);
    TypeBuilder::new(&t.builtin_function, "builtin_function_or_method")
        .method("__repr__", builtin_repr)
        .method("__call__", func_call)
        .method("__get__", builtin_get)
        .getter("__name__", builtin_name)
        .getter("__qualname__", builtin_qualname)
        .getter("__self__", builtin_self)
        .getter("__doc__", builtin_doc)
        .getter("__module__", builtin_module);
    TypeBuilder::new(&t.property, "property")
        .static_method("__new__", property_new)
        .method("__init__", property_init)
        .method("getter", property_getter)
        .method("setter", property_setter)
        .method("deleter", property_deleter)
        .method("__get__", property_get)
        .method("__set__", property_set)
        .method("__delete__", property_delete)
        .method("__set_name__", property_set_name)
        .getter("fget", property_fget)
        .getter("fset", property_fset)
        .getter("fdel", property_fdel)
        .getter("__doc__", property_doc)
        .getter("__isabstractmethod__", property_isabstract);
    for (ty, new) in [(&t.staticmethod, sm_new as crate::objects::function::NativeFn), (&t.classmethod, cm_new)] {
        TypeBuilder::new(ty, "staticmethod")
            .static_method("__new__", new)
            .method("__init__", sm_init)
            .method("__get__", sm_get)
            .method("__getattribute__", sm_getattr_fallback)
            .getter("__func__", sm_func)
            .getter("__wrapped__", sm_func)
            .getter("__isabstractmethod__", sm_isabstract);
        crate::objects::typeobj::tdata(ty).set_flag(crate::objects::typeobj::flags::HAS_DICT, true);
    }
    TypeBuilder::new(&t.staticmethod, "staticmethod").method("__call__", sm_call);
    TypeBuilder::new(&t.super_, "super")
        .static_method("__new__", super_new)
        .method("__init__", sm_init)
        .method("__getattribute__", super_getattribute)
        .method("__repr__", super_repr)
        .getter("__thisclass__", super_thisclass);
    TypeBuilder::new(&t.cell, "cell").getset("cell_contents", cell_contents, Some(cell_set_contents));
    TypeBuilder::new(&t.code, "code")
        .method("__repr__", code_repr)
        .getter("co_name", co_name)
        .getter("co_qualname", co_qualname)
        .getter("co_filename", co_filename)
        .getter("co_firstlineno", co_firstlineno)
        .getter("co_argcount", co_argcount)
        .getter("co_posonlyargcount", co_posonlyargcount)
        .getter("co_kwonlyargcount", co_kwonlyargcount)
        .getter("co_flags", co_flags)
        .getter("co_nlocals", co_nlocals)
        .getter("co_varnames", co_varnames)
        .getter("co_cellvars", co_cellvars)
        .getter("co_freevars", co_freevars)
        .getter("co_names", co_names)
        .getter("co_consts", co_consts)
        .getter("co_stacksize", co_stacksize)
        .getter("co_code", co_code)
        .getter("co_lnotab", code_attr);
    TypeBuilder::new(&t.module, "module")
        .static_method("__new__", module_new)
        .method("__init__", module_init)
        .method("__repr__", module_repr)
        .method("__getattribute__", module_getattribute)
        .getter("__dict__", module_dict);
    TypeBuilder::new(&t.mappingproxy, "mappingproxy")
        .static_method("__new__", proxy_new)
        .method("__getitem__", proxy_getitem)
        .method("get", proxy_get)
        .method("keys", proxy_keys)
        .method("values", proxy_values)
        .method("items", proxy_items)
        .method("__len__", proxy_len)
        .method("__contains__", proxy_contains)
        .method("__iter__", proxy_iter)
        .method("copy", proxy_copy)
        .method("__eq__", proxy_eq)
        .method("__ne__", proxy_ne)
        .method("__lt__", proxy_lt)
        .method("__le__", proxy_le)
        .method("__gt__", proxy_gt)
        .method("__ge__", proxy_ge)
        .method("__str__", proxy_str)
        .method("__or__", proxy_or)
        .method("__ror__", proxy_ror)
        .method("__reversed__", proxy_reversed)
        .method("__repr__", proxy_repr);
    TypeBuilder::new(&t.none_type, "NoneType").static_method("__new__", none_new).method("__repr__", none_repr).method("__bool__", none_bool);
    TypeBuilder::new(&t.not_implemented_type, "NotImplementedType").static_method("__new__", ni_new).method("__repr__", ni_repr);
    TypeBuilder::new(&t.ellipsis_type, "ellipsis").static_method("__new__", ellipsis_new).method("__repr__", ellipsis_repr);
    TypeBuilder::new(&t.complex, "complex")
        .static_method("__new__", complex_new)
        .method("__repr__", complex_repr)
        .method("__format__", complex_format)
        .method("__add__", c_add)
        .method("__radd__", c_radd)
        .method("__sub__", c_sub)
        .method("__rsub__", c_rsub)
        .method("__mul__", c_mul)
        .method("__rmul__", c_rmul)
        .method("__truediv__", c_div)
        .method("__rtruediv__", c_rdiv)
        .method("__abs__", c_abs)
        .method("__pow__", c_pow)
        .method("__rpow__", c_rpow)
        .method("__neg__", c_neg)
        .method("__pos__", c_pos)
        .method("__eq__", c_eq)
        .method("__hash__", c_hash)
        .method("__bool__", c_bool)
        .method("conjugate", c_conjugate)
        .getter("real", c_real)
        .getter("imag", c_imag);
    // These types have attribute hooks in Rust: route getattr through them.
    for ty in [&t.method, &t.super_, &t.module, &t.staticmethod, &t.classmethod] {
        crate::objects::typeobj::tdata(ty).set_flag(crate::objects::typeobj::flags::CUSTOM_ATTR, true);
    }
}

#[allow(dead_code)]
fn _unused(_: PyRef) {}
