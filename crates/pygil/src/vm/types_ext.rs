//! Classes: calling a type, `type.__new__` (class creation), `__build_class__`,
//! and the methods of `object` and `type` (Objects/typeobject.c).

use super::call::{call, call_args, check_args};
use super::code::Code;
use super::errors::*;
use super::frame::Frame;
use super::ops::*;
use super::types::{types, TypeBuilder};
use super::{PyResult, ThreadState};
use crate::objects::function::{Args, FunctionData};
use crate::objects::typeobj::{bump_version, c3_mro, flags, is_subtype, tdata, Kind, TypeData};
use crate::objects::{Payload, PyObject, PyRef, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// `T(*args, **kw)`: type.__call__.
pub fn call_type(ts: &mut ThreadState, t: &PyRef, args: Args) -> PyResult<Value> {
    let meta = t.ty().clone();
    if !Rc::ptr_eq(&meta, &types().type_) {
        // A metaclass may override __call__.
        if let Some(c) = type_lookup_str(&meta, "__call__") {
            if !is_builtin_named(&c, "__call__") {
                let mut v = Vec::with_capacity(args.pos.len() + 1);
                v.push(Value::Obj(t.clone()));
                v.extend_from_slice(args.pos);
                return call_args(ts, &c, Args { pos: &v, kwnames: args.kwnames, kwvals: args.kwvals });
            }
        }
    }
    type_call(ts, t, args)
}

fn is_builtin_named(v: &Value, name: &str) -> bool {
    matches!(v, Value::Obj(o) if matches!(&o.payload, Payload::Builtin(b) if b.name == name))
}

/// type.__call__ proper: __new__ then __init__.
fn type_call(ts: &mut ThreadState, t: &PyRef, args: Args) -> PyResult<Value> {
    if Rc::ptr_eq(t, &types().type_) && args.pos.len() == 1 && args.kwnames.is_empty() {
        return Ok(Value::Obj(type_of(&args.pos[0])));
    }
    let new = type_lookup_str(t, "__new__").ok_or_else(|| type_error(format!("cannot create '{}' instances", tdata(t).name())))?;
    let new = match &new {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) => f.borrow().clone(),
            _ => new.clone(),
        },
        _ => new.clone(),
    };
    let mut v = Vec::with_capacity(args.pos.len() + 1);
    v.push(Value::Obj(t.clone()));
    v.extend_from_slice(args.pos);
    let obj = call_args(ts, &new, Args { pos: &v, kwnames: args.kwnames, kwvals: args.kwvals })?;
    if !is_instance(&obj, t) {
        return Ok(obj);
    }
    // type(name, bases, dict) has already been initialised by type.__new__.
    let init = type_lookup_str(t, "__init__");
    if let Some(init) = init {
        if is_builtin_named(&init, "__init__") && Rc::ptr_eq(&type_lookup_str(&types().object, "__init__").unwrap().obj().cloned().unwrap(), init.obj().unwrap()) {
            return Ok(obj);
        }
        v[0] = obj.clone();
        let r = call_args(ts, &init, Args { pos: &v, kwnames: args.kwnames, kwvals: args.kwvals })?;
        if !r.is_none() {
            return Err(type_error(format!("__init__() should return None, not '{}'", type_name(&r))));
        }
    }
    Ok(obj)
}

/// A new instance of `cls` with the payload its solid base needs.
pub fn alloc_instance(cls: &PyRef) -> Value {
    let td = tdata(cls);
    let payload = match td.kind {
        Kind::List => Payload::List(RefCell::new(Vec::new())),
        Kind::Dict => Payload::Dict(RefCell::new(crate::objects::dict::DictTable::new())),
        Kind::Set => Payload::Set(RefCell::new(crate::objects::set::SetTable::new())),
        Kind::Exception => Payload::Exception(Box::new(crate::objects::exceptions::ExcData::new(types().empty_tuple.clone()))),
        _ => Payload::Instance,
    };
    if td.has_flag(flags::HAS_DICT) || td.has_flag(flags::HAS_SLOTS) || td.kind == Kind::Module {
        Value::Obj(PyObject::with_dict(cls.clone(), payload, new_dict_obj()))
    } else {
        Value::Obj(PyObject::new(cls.clone(), payload))
    }
}

fn object_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(as_type).cloned() else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    if args.pos.len() > 1 || args.has_kw() {
        // Extra arguments are an error unless __init__ is overridden (and __new__ is not).
        let new_overridden = !type_lookup_str(&cls, "__new__").is_some_and(|n| is_builtin_named(&static_inner(&n), "__new__") && n.obj().is_some_and(|o| Rc::ptr_eq(o, type_lookup_str(&types().object, "__new__").unwrap().obj().unwrap())));
        let init_overridden = !type_lookup_str(&cls, "__init__").is_some_and(|i| is_object_slot(&i, "__init__"));
        if new_overridden || !init_overridden {
            return Err(type_error(format!("{}() takes no arguments", tdata(&cls).name())));
        }
    }
    if let Some(abs) = type_lookup_str(&cls, "__abstractmethods__") {
        let names = super::iterops::collect(ts, &abs).unwrap_or_default();
        if !names.is_empty() {
            let mut ns: Vec<String> = names.iter().filter_map(|n| as_str(n).map(|s| s.as_str().to_string())).collect();
            ns.sort();
            return Err(type_error(format!(
                "Can't instantiate abstract class {} with abstract method{} {}",
                tdata(&cls).name(),
                if ns.len() == 1 { "" } else { "s" },
                ns.join(", ")
            )));
        }
    }
    if tdata(&cls).kind != Kind::Object && tdata(&cls).kind != Kind::Module && !matches!(tdata(&cls).kind, Kind::List | Kind::Dict | Kind::Set | Kind::Exception) {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            tdata(&cls).name(),
            tdata(&cls).name()
        )));
    }
    Ok(alloc_instance(&cls))
}

fn static_inner(v: &Value) -> Value {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::StaticMethod(f) => f.borrow().clone(),
            _ => v.clone(),
        },
        _ => v.clone(),
    }
}

fn is_object_slot(v: &Value, name: &str) -> bool {
    let Some(o) = type_lookup_str(&types().object, name) else { return false };
    v.is(&o)
}

fn object_init(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || args.has_kw() {
        let t = type_of(&args.pos[0]);
        let init_overridden = !type_lookup_str(&t, "__init__").is_some_and(|i| is_object_slot(&i, "__init__"));
        let new_overridden = !type_lookup_str(&t, "__new__").is_some_and(|n| is_object_slot(&n, "__new__"));
        if init_overridden || !new_overridden {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                tdata(&t).name()
            )));
        }
    }
    Ok(Value::None)
}

fn object_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let t = type_of(v);
    let td = tdata(&t);
    let module = dict_get_str(&td.dict, "__module__").and_then(|m| as_str(&m).map(|s| s.as_str().to_string()));
    let q = td.qualname.borrow().clone();
    let name = match module {
        Some(m) if m != "builtins" => format!("{}.{}", m, q),
        _ => q.to_string(),
    };
    Ok(new_str(format!("<{} object at {:#x}>", name, v.id())))
}

fn object_str(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_str(repr(ts, &args.pos[0])?))
}

fn object_eq(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__eq__", &args, 2, 2)?;
    if args.pos[0].is(&args.pos[1]) {
        Ok(Value::Bool(true))
    } else {
        Ok(types().not_implemented.clone())
    }
}

fn object_ne(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__ne__", &args, 2, 2)?;
    let t = type_of(&args.pos[0]);
    let eqf = type_lookup_str(&t, "__eq__").unwrap();
    let r = call(ts, &eqf, &[args.pos[0].clone(), args.pos[1].clone()])?;
    if r.is(&types().not_implemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!truthy(ts, &r)?))
}

fn object_not_implemented(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(types().not_implemented.clone())
}

fn object_hash(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let id = args.pos[0].id();
    // CPython: _Py_HashPointer rotates the address by 4 bits.
    let h = (id as u64).rotate_right(4) as i64;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

pub fn object_getattribute(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__getattribute__", &args, 2, 2)?;
    let name = args.pos[1].obj().filter(|o| matches!(o.payload, Payload::Str(_))).cloned().ok_or_else(|| {
        type_error(format!("attribute name must be string, not '{}'", type_name(&args.pos[1])))
    })?;
    match generic_getattr(ts, &args.pos[0], &name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(&args.pos[0], &name)),
    }
}

pub fn object_setattr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__setattr__", &args, 3, 3)?;
    let name = attr_name(&args.pos[1])?;
    generic_setattr(ts, &args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

pub fn object_delattr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__delattr__", &args, 2, 2)?;
    let name = attr_name(&args.pos[1])?;
    generic_delattr(ts, &args.pos[0], &name)?;
    Ok(Value::None)
}

pub fn attr_name(v: &Value) -> PyResult<PyRef> {
    match as_str(v) {
        Some(s) => Ok(intern(s.as_str())),
        None => Err(type_error(format!("attribute name must be string, not '{}'", type_name(v)))),
    }
}

fn object_format(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__format__", &args, 2, 2)?;
    let spec = str_of(ts, &args.pos[1])?;
    if !spec.is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(&args.pos[0]))));
    }
    Ok(new_str(str_of(ts, &args.pos[0])?))
}

fn object_init_subclass(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        let k = as_str(&args.kwnames[0]).map(|s| s.as_str().to_string()).unwrap_or_default();
        let _ = k;
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            as_type(&args.pos[0]).map(|t| tdata(t).name().to_string()).unwrap_or_default()
        )));
    }
    Ok(Value::None)
}

fn object_subclasshook(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(types().not_implemented.clone())
}

fn object_class(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(type_of(&args.pos[0])))
}

fn object_set_class(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else {
        return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    };
    let Some(new) = as_type(&args.pos[1]) else {
        return Err(type_error(format!("__class__ must be set to a class, not '{}' object", type_name(&args.pos[1]))));
    };
    let old = o.ty().clone();
    if !tdata(new).has_flag(flags::HEAPTYPE) || !tdata(&old).has_flag(flags::HEAPTYPE) || tdata(new).kind != tdata(&old).kind {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            tdata(new).name(),
            tdata(&old).name()
        )));
    }
    o.set_ty(new.clone());
    Ok(Value::None)
}

fn object_dir(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    let mut names: Vec<String> = Vec::new();
    if let Value::Obj(o) = v {
        if let Some(d) = o.dict.get() {
            for k in dict_keys(d) {
                if let Some(s) = as_str(&k) {
                    names.push(s.as_str().to_string());
                }
            }
        }
    }
    let t = type_of(v);
    for c in tdata(&t).mro.borrow().iter() {
        for k in dict_keys(&tdata(c).dict) {
            if let Some(s) = as_str(&k) {
                names.push(s.as_str().to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    let _ = ts;
    Ok(new_list(names.into_iter().map(new_str).collect()))
}

pub fn dict_keys(d: &PyRef) -> Vec<Value> {
    match &d.payload {
        Payload::Dict(t) => t.borrow().iter().map(|e| e.key.clone()).collect(),
        _ => Vec::new(),
    }
}

fn object_sizeof(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::mem::size_of::<PyObject>() as i64 + 16))
}

// ---- type ----------------------------------------------------------------

fn self_type(v: &Value) -> PyResult<PyRef> {
    as_type(v).cloned().ok_or_else(|| type_error(format!("descriptor requires a 'type' object but received '{}'", type_name(v))))
}

fn type_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    let td = tdata(&t);
    let module = dict_get_str(&td.dict, "__module__").and_then(|m| as_str(&m).map(|s| s.as_str().to_string()));
    let q = td.qualname.borrow().clone();
    Ok(new_str(match module {
        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, q),
        _ => format!("<class '{}'>", q),
    }))
}

fn type_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let meta = self_type(&args.pos[0])?;
    if args.pos.len() == 2 && Rc::ptr_eq(&meta, &types().type_) {
        return Ok(Value::Obj(type_of(&args.pos[1])));
    }
    if args.pos.len() != 4 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let name = as_str(&args.pos[1]).ok_or_else(|| type_error("type.__new__() argument 1 must be str"))?.as_str().to_string();
    let bases = match &args.pos[2] {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => return Err(type_error("type.__new__() argument 2 must be tuple")),
        },
        _ => return Err(type_error("type.__new__() argument 2 must be tuple")),
    };
    let kw: Vec<(Value, Value)> = args.kwnames.iter().cloned().zip(args.kwvals.iter().cloned()).collect();
    create_class(ts, &meta, &name, bases, &args.pos[3], &kw)
}

fn type_init(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call_m(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    type_call(ts, &t, Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals })
}

/// Most derived metaclass of `meta` and the bases' metaclasses.
fn calculate_meta(meta: &PyRef, bases: &[Value]) -> PyResult<PyRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = type_of(b);
        if is_subtype(&winner, &bt) {
            continue;
        }
        if is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// type.__new__(meta, name, bases, ns).
pub fn create_class(
    ts: &mut ThreadState,
    meta: &PyRef,
    name: &str,
    base_vals: Vec<Value>,
    ns: &Value,
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let meta = calculate_meta(meta, &base_vals)?;
    let mut bases: Vec<PyRef> = Vec::new();
    for b in &base_vals {
        let Some(bt) = as_type(b) else {
            return Err(type_error(format!("bases must be types")));
        };
        if !tdata(bt).has_flag(flags::BASETYPE) {
            return Err(type_error(format!("type '{}' is not an acceptable base type", tdata(bt).name())));
        }
        if bases.iter().any(|x| Rc::ptr_eq(x, bt)) {
            return Err(type_error(format!("duplicate base class {}", tdata(bt).name())));
        }
        bases.push(bt.clone());
    }
    if bases.is_empty() {
        bases.push(types().object.clone());
    }
    // The solid base decides the instance layout.
    let mut kind = Kind::Object;
    for b in &bases {
        let k = tdata(b).kind;
        let k = if k == Kind::Bool { Kind::Int } else { k };
        if k == Kind::Object || k == kind {
            continue;
        }
        if kind == Kind::Object {
            kind = k;
        } else if !(kind == Kind::Exception && k == Kind::Exception) {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
    }
    // Copy the namespace into a fresh dict.
    let dict = new_dict_obj();
    match ns {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => {
            let Payload::Dict(t) = &o.payload else { unreachable!() };
            let items: Vec<(Value, Value)> = t.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
            for (k, v) in items {
                super::dictops::dict_setitem(ts, &dict, k, v)?;
            }
        }
        _ => super::dictops::dict_merge(ts, &dict, ns, false)?,
    }
    let qualname = match dict_get_str(&dict, "__qualname__") {
        Some(q) => {
            dict_del_str(&dict, "__qualname__");
            as_str(&q).map(|s| s.as_str().to_string()).ok_or_else(|| type_error("type __qualname__ must be a str"))?
        }
        None => name.to_string(),
    };
    if dict_get_str(&dict, "__module__").is_none() {
        if let Some(f) = ts.frames.last() {
            if let Some(m) = dict_get_str(&f.globals, "__name__") {
                dict_set_str(&dict, "__module__", m);
            }
        }
    }
    // Implicit classmethods and staticmethods.
    for (n, wrap) in [("__init_subclass__", 1), ("__class_getitem__", 1), ("__new__", 2)] {
        if let Some(f) = dict_get_str(&dict, n) {
            if matches!(&f, Value::Obj(o) if matches!(o.payload, Payload::Function(_))) {
                let w = if wrap == 1 {
                    PyObject::new(types().classmethod.clone(), Payload::ClassMethod(RefCell::new(f)))
                } else {
                    PyObject::new(types().staticmethod.clone(), Payload::StaticMethod(RefCell::new(f)))
                };
                dict_set_str(&dict, n, Value::Obj(w));
            }
        }
    }
    if dict_get_str(&dict, "__eq__").is_some() && dict_get_str(&dict, "__hash__").is_none() {
        dict_set_str(&dict, "__hash__", Value::None);
    }
    let mut fl = flags::HEAPTYPE | flags::BASETYPE;
    let mut slot_names: Vec<Rc<str>> = Vec::new();
    let base_has_dict = bases.iter().any(|b| tdata(b).has_flag(flags::HAS_DICT));
    if let Some(slots) = dict_get_str(&dict, "__slots__") {
        let items = if as_str(&slots).is_some() { vec![slots.clone()] } else { super::iterops::collect(ts, &slots)? };
        let mut has_dict = false;
        for s in items {
            let Some(sn) = as_str(&s) else {
                return Err(type_error(format!("__slots__ items must be strings, not '{}'", type_name(&s))));
            };
            let sn = sn.as_str();
            if sn == "__dict__" {
                has_dict = true;
            } else if sn != "__weakref__" {
                let mangled = if sn.starts_with("__") && !sn.ends_with("__") {
                    format!("_{}{}", name.trim_start_matches('_'), sn)
                } else {
                    sn.to_string()
                };
                if dict_get_str(&dict, &mangled).is_some() {
                    return Err(value_error(format!("'{}' in __slots__ conflicts with class variable", sn)));
                }
                slot_names.push(mangled.into());
            }
        }
        fl |= flags::HAS_SLOTS;
        if has_dict || base_has_dict {
            fl |= flags::HAS_DICT;
        }
    } else {
        fl |= flags::HAS_DICT;
    }
    for sn in &slot_names {
        let m = PyObject::new(types().member_descriptor.clone(), Payload::Member(sn.to_string().into_boxed_str()));
        dict_set_str(&dict, sn, Value::Obj(m));
    }
    let td = TypeData::new(name, kind, dict.clone(), fl);
    *td.qualname.borrow_mut() = qualname.into();
    *td.slot_names.borrow_mut() = slot_names;
    let cls = PyObject::new(meta.clone(), Payload::Type(Box::new(td)));
    let mro = c3_mro(&cls, &bases).map_err(type_error)?;
    {
        let td = tdata(&cls);
        *td.bases.borrow_mut() = bases.clone();
        *td.mro.borrow_mut() = mro;
    }
    for b in &bases {
        tdata(b).subclasses.borrow_mut().push(Rc::downgrade(&cls));
    }
    update_custom_attr_flag(&cls);
    // __classcell__: the cell that zero-argument super() reads.
    if let Some(cell) = dict_get_str(&dict, "__classcell__") {
        super::eval::cell_set(&cell, Value::Obj(cls.clone()));
        dict_del_str(&dict, "__classcell__");
    }
    // __set_name__ on descriptors.
    let items: Vec<(Value, Value)> = match &dict.payload {
        Payload::Dict(t) => t.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
        _ => vec![],
    };
    for (k, v) in items {
        if let Value::Obj(o) = &v {
            if matches!(o.payload, Payload::Function(_) | Payload::Builtin(_) | Payload::Str(_) | Payload::Int(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_)) {
                continue;
            }
            let vt = o.ty().clone();
            if let Some(sn) = type_lookup_str(&vt, "__set_name__") {
                call(ts, &sn, &[v.clone(), Value::Obj(cls.clone()), k.clone()]).map_err(|e| {
                    let _ = &e;
                    e
                })?;
            }
        }
    }
    // super().__init_subclass__(**kw)
    let mro = tdata(&cls).mro.borrow().clone();
    for c in mro.iter().skip(1) {
        if let Some(isc) = dict_get_str(&tdata(c).dict, "__init_subclass__") {
            let bound = descr_get(ts, &isc, &Value::Null, &cls)?.unwrap_or(isc);
            let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
            let vals: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
            let bound = match &bound {
                Value::Obj(o) if matches!(o.payload, Payload::Method(_)) => bound.clone(),
                _ => new_method(static_inner(&bound), Value::Obj(cls.clone())),
            };
            call_args(ts, &bound, Args { pos: &[], kwnames: &names, kwvals: &vals })?;
            break;
        }
    }
    Ok(Value::Obj(cls))
}

const CUSTOM_ATTR_NAMES: [&str; 4] = ["__getattribute__", "__getattr__", "__setattr__", "__delattr__"];

/// Does any heap class in the MRO define attribute hooks in Python, or
/// inherit them from a built-in type that has its own (super, structseq,
/// `_thread._local`: those carry CUSTOM_ATTR themselves)?
fn update_custom_attr_flag(t: &PyRef) {
    let td = tdata(t);
    let custom = td.mro.borrow().iter().any(|c| {
            let cd = tdata(c);
            (cd.has_flag(flags::HEAPTYPE) || Rc::ptr_eq(c, &types().super_))
                && CUSTOM_ATTR_NAMES.iter().any(|n| dict_get_str(&cd.dict, n).is_some())
                || (!cd.has_flag(flags::HEAPTYPE) && cd.has_flag(flags::CUSTOM_ATTR))
        });
    td.set_flag(flags::CUSTOM_ATTR, custom);
    // `__del__` anywhere in the MRO (vm/finalize.rs).
    let finalizer = td.mro.borrow().iter().any(|c| tdata(c).has_flag(flags::HEAPTYPE) && dict_get_str(&tdata(c).dict, "__del__").is_some());
    td.set_flag(flags::HAS_FINALIZER, finalizer);
}

/// After `setattr(cls, name, v)` / `delattr`: invalidate caches and flags.
pub fn type_attr_changed(t: &PyRef, name: &str) {
    bump_version(t);
    if CUSTOM_ATTR_NAMES.contains(&name) || name == "__del__" {
        fn walk(t: &PyRef) {
            update_custom_attr_flag(t);
            let subs: Vec<PyRef> = tdata(t).subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
            for s in subs {
                walk(&s);
            }
        }
        walk(t);
    }
}

fn type_mro_m(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    let v: Vec<Value> = tdata(&t).mro.borrow().iter().map(|c| Value::Obj(c.clone())).collect();
    Ok(new_list(v))
}

fn type_mro(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    let v: Vec<Value> = tdata(&t).mro.borrow().iter().map(|c| Value::Obj(c.clone())).collect();
    Ok(new_tuple(v))
}

fn type_bases(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    let v: Vec<Value> = tdata(&t).bases.borrow().iter().map(|c| Value::Obj(c.clone())).collect();
    Ok(new_tuple(v))
}

fn type_base(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    let b = tdata(&t).bases.borrow().first().cloned();
    Ok(b.map(Value::Obj).unwrap_or(Value::None))
}

/// `type.__flags__`: CPython's Py_TPFLAGS_HEAPTYPE (1 << 9) and
/// Py_TPFLAGS_BASETYPE (1 << 10) bits, which copyreg._reduce_ex reads.
fn type_flags(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    let td = tdata(&t);
    let mut f = 0;
    if td.has_flag(flags::HEAPTYPE) {
        f |= 1 << 9;
    }
    if td.has_flag(flags::BASETYPE) {
        f |= 1 << 10;
    }
    Ok(Value::Int(f))
}

fn type_name_get(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    Ok(new_str(tdata(&t).name().to_string()))
}

fn type_name_set(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    let n = as_str(&args.pos[1]).ok_or_else(|| type_error("can only assign string to __name__"))?;
    *tdata(&t).name.borrow_mut() = n.as_str().into();
    Ok(Value::None)
}

fn type_qualname_get(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    let q = tdata(&t).qualname.borrow().clone();
    Ok(new_str(q.to_string()))
}

fn type_qualname_set(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    let n = as_str(&args.pos[1]).ok_or_else(|| type_error("can only assign string to __qualname__"))?;
    *tdata(&t).qualname.borrow_mut() = n.as_str().into();
    Ok(Value::None)
}

fn type_module_get(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    // `type`'s own dict holds this very descriptor under "__module__".
    Ok(dict_get_str(&tdata(&t).dict, "__module__").filter(|m| as_str(m).is_some() || !Rc::ptr_eq(&t, &types().type_)).unwrap_or_else(|| new_str("builtins")))
}

fn type_module_set(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    dict_set_str(&tdata(&t).dict, "__module__", args.pos[1].clone());
    Ok(Value::None)
}

fn type_doc(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    Ok(dict_get_str(&tdata(&t).dict, "__doc__").unwrap_or(Value::None))
}

fn type_set_doc(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    if !tdata(&t).has_flag(flags::HEAPTYPE) {
        return Err(type_error(format!("cannot set '__doc__' attribute of immutable type '{}'", tdata(&t).name())));
    }
    dict_set_str(&tdata(&t).dict, "__doc__", args.pos[1].clone());
    Ok(Value::None)
}

fn type_dict(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    Ok(Value::Obj(PyObject::new(types().mappingproxy.clone(), Payload::MappingProxy(Value::Obj(tdata(&t).dict.clone())))))
}

fn type_subclasses(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    let v: Vec<Value> = tdata(&t).subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Obj).collect();
    Ok(new_list(v))
}

fn type_instancecheck(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__instancecheck__", &args, 2, 2)?;
    let t = self_type(&args.pos[0])?;
    Ok(Value::Bool(is_instance(&args.pos[1], &t)))
}

fn type_subclasscheck(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("__subclasscheck__", &args, 2, 2)?;
    let t = self_type(&args.pos[0])?;
    let sub = as_type(&args.pos[1]).ok_or_else(|| type_error("issubclass() arg 1 must be a class"))?;
    Ok(Value::Bool(is_subtype(sub, &t)))
}

fn type_prepare(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(new_dict())
}

fn type_or(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    // `int | str` gives typing.Union[int, str] (pygil has no native
    // types.UnionType). While typing itself is still being imported the
    // operator is unsupported, which types.py expects and catches.
    let other = &args.pos[1];
    if !(other.is_none() || as_type(other).is_some() || !is_instance(other, &types().object) || getattr_opt(ts, other, &intern("__origin__"))?.is_some()) {
        return Ok(types().not_implemented.clone());
    }
    let typing = match super::import::sys_modules_get(ts, "typing") {
        Some(t) => t,
        None => {
            if dict_get_str(&ts.interp.modules, "types").is_some() && super::import::sys_modules_get(ts, "types").is_some_and(|t| {
                t.obj().and_then(|o| o.dict.get()).is_some_and(|d| dict_get_str(d, "SimpleNamespace").is_none())
            }) {
                return Ok(types().not_implemented.clone());
            }
            super::import::import_module(ts, "typing")?
        }
    };
    match getattr_opt(ts, &typing, &intern("Union"))? {
        Some(union) => getitem(ts, &union, &new_tuple(vec![args.pos[0].clone(), other.clone()])),
        None => Ok(types().not_implemented.clone()),
    }
}

fn type_abstractmethods(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    match dict_get_str(&tdata(&t).dict, "__abstractmethods__") {
        Some(v) => Ok(v),
        None => Err(attribute_error("__abstractmethods__")),
    }
}

fn type_set_abstractmethods(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = self_type(&args.pos[0])?;
    dict_set_str(&tdata(&t).dict, "__abstractmethods__", args.pos[1].clone());
    bump_version(&t);
    Ok(Value::None)
}

// ---- functions -------------------------------------------------------------

/// MAKE_FUNCTION.
pub fn make_function(
    codev: Value,
    globals: PyRef,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    annotations: Option<Value>,
    closure: Option<Value>,
) -> Value {
    let Value::Obj(co) = &codev else { unreachable!() };
    let Payload::Code(code) = &co.payload else { unreachable!() };
    let code: Rc<Code> = code.clone();
    let defaults = defaults.and_then(|d| match &d {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Some(Rc::from(t.to_vec())),
            _ => None,
        },
        _ => None,
    });
    let closure = closure.and_then(|c| match &c {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Some(t.iter().filter_map(|x| x.obj().cloned()).collect::<Vec<_>>().into_boxed_slice()),
            _ => None,
        },
        _ => None,
    });
    let name = code.co.name.to_string();
    let doc = if !name.starts_with('<') || name == "<lambda>" {
        match code.consts.first() {
            Some(v) if as_str(v).is_some() => v.clone(),
            _ => Value::None,
        }
    } else {
        Value::None
    };
    let module = dict_get_str(&globals, "__name__").unwrap_or(Value::None);
    let f = FunctionData {
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        code,
        globals,
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults.unwrap_or(Value::None)),
        closure,
        annotations: RefCell::new(annotations.unwrap_or(Value::Null)),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
    };
    Value::Obj(PyObject::new(types().function.clone(), Payload::Function(Box::new(f))))
}

/// `__build_class__(func, name, *bases, metaclass=None, **kw)`.
pub fn build_class(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = args.pos[0].clone();
    let name = args.pos[1].clone();
    let bases: Vec<Value> = args.pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut resolved: Vec<Value> = Vec::new();
    let mut changed = false;
    for b in &bases {
        if as_type(b).is_none() {
            if let Some(me) = getattr_opt(ts, b, &intern("__mro_entries__"))? {
                let r = call(ts, &me, &[new_tuple(bases.clone())])?;
                resolved.extend(super::iterops::collect(ts, &r)?);
                changed = true;
                continue;
            }
        }
        resolved.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kw: Vec<(Value, Value)> = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        if as_str(k).is_some_and(|s| s.as_str() == "metaclass") {
            meta = Some(v.clone());
        } else {
            kw.push((k.clone(), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match resolved.first() {
            Some(b) => Value::Obj(type_of(b)),
            None => Value::Obj(types().type_.clone()),
        },
    };
    let meta = match as_type(&meta) {
        Some(mt) => Value::Obj(calculate_meta(mt, &resolved)?),
        None => meta,
    };
    let bases_t = new_tuple(resolved.clone());
    let kwnames: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
    let kwvals: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
    let ns = match getattr_opt(ts, &meta, &intern("__prepare__"))? {
        Some(p) => call_args(ts, &p, Args { pos: &[name.clone(), bases_t.clone()], kwnames: &kwnames, kwvals: &kwvals })?,
        None => new_dict(),
    };
    // Run the class body with `ns` as its locals.
    let Value::Obj(fo) = &func else { return Err(type_error("__build_class__: func must be a function")) };
    let Payload::Function(fd) = &fo.payload else { return Err(type_error("__build_class__: func must be a function")) };
    let mut frame: Box<Frame> = Frame::new(fd.code.clone(), fd.globals.clone(), ts.interp.builtins_dict.clone(), ns.clone());
    let nv = fd.code.co.varnames.len();
    for i in 0..fd.code.co.cellvars.len() {
        frame.fast[nv + i] = new_cell(Value::Null);
    }
    if let Some(cl) = &fd.closure {
        let base = nv + fd.code.co.cellvars.len();
        for (i, c) in cl.iter().enumerate() {
            frame.fast[base + i] = Value::Obj(c.clone());
        }
    }
    let cell = super::eval::run_frame(ts, frame)?;
    if changed {
        setitem(ts, &ns, &new_str("__orig_bases__"), new_tuple(bases.clone()))?;
    }
    let mut pos = vec![name, bases_t];
    pos.push(ns);
    let cls = call_args(ts, &meta, Args { pos: &pos, kwnames: &kwnames, kwvals: &kwvals })?;
    if let Value::Obj(c) = &cell {
        if matches!(c.payload, Payload::Cell(_)) && super::eval::cell_get(&cell).is_null() {
            super::eval::cell_set(&cell, cls.clone());
        }
    }
    Ok(cls)
}

pub fn init() {
    let t = types();
    TypeBuilder::new(&t.object, "object")
        .static_method("__new__", object_new)
        .method("__init__", object_init)
        .method("__repr__", object_repr)
        .method("__str__", object_str)
        .method("__eq__", object_eq)
        .method("__ne__", object_ne)
        .method("__lt__", object_not_implemented)
        .method("__le__", object_not_implemented)
        .method("__gt__", object_not_implemented)
        .method("__ge__", object_not_implemented)
        .method("__hash__", object_hash)
        .method("__getattribute__", object_getattribute)
        .method("__setattr__", object_setattr)
        .method("__delattr__", object_delattr)
        .method("__format__", object_format)
        .method("__dir__", object_dir)
        .method("__reduce_ex__", super::object_reduce::object_reduce_ex)
        .method("__reduce__", super::object_reduce::object_reduce)
        .method("__getstate__", super::object_reduce::object_getstate)
        .method("__sizeof__", object_sizeof)
        .class_method("__init_subclass__", object_init_subclass)
        .class_method("__subclasshook__", object_subclasshook)
        .getset("__class__", object_class, Some(object_set_class))
        .attr("__doc__", new_str("The base class of the class hierarchy."));
    TypeBuilder::new(&t.type_, "type")
        .static_method("__new__", type_new)
        .method("__init__", type_init)
        .method("__call__", type_call_m)
        .method("__repr__", type_repr)
        .method("mro", type_mro_m)
        .method("__subclasses__", type_subclasses)
        .method("__instancecheck__", type_instancecheck)
        .method("__subclasscheck__", type_subclasscheck)
        .method("__or__", type_or)
        .method("__ror__", type_or)
        .class_method("__prepare__", type_prepare)
        .getter("__mro__", type_mro)
        .getter("__bases__", type_bases)
        .getter("__base__", type_base)
        .getter("__flags__", type_flags)
        .getset("__name__", type_name_get, Some(type_name_set))
        .getset("__qualname__", type_qualname_get, Some(type_qualname_set))
        .getset("__module__", type_module_get, Some(type_module_set))
        .getset("__doc__", type_doc, Some(type_set_doc))
        .getter("__dict__", type_dict)
        .getset("__abstractmethods__", type_abstractmethods, Some(type_set_abstractmethods));
    // Built-in types live in builtins.
    for (_, ty) in t.all_types() {
        if dict_get_str(&tdata(&ty).dict, "__module__").is_none() {
            dict_set_str(&tdata(&ty).dict, "__module__", new_str("builtins"));
        }
    }
    tdata(&t.function).set_flag(flags::HAS_DICT, true);
    tdata(&t.super_).set_flag(flags::CUSTOM_ATTR, true);
}
