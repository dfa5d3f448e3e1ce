//! The object protocols: construction helpers, type queries, attribute
//! access (CPython's PyObject_GenericGetAttr and friends), truth, hashing,
//! equality, repr/str, length, items and containment.

use super::call::call;
use super::errors::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::objects::dict::DictTable;
use crate::objects::str::PyStr;
use crate::objects::typeobj::{flags, is_subtype, tdata, Kind};
use crate::objects::{Payload, PyObject, PyRef, Value};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

// ---- construction -----------------------------------------------------

pub fn new_str(s: impl Into<Box<str>>) -> Value {
    Value::Obj(new_str_obj(s))
}

pub fn new_str_obj(s: impl Into<Box<str>>) -> PyRef {
    PyObject::new(types().str.clone(), Payload::Str(PyStr::new(s)))
}

/// A fast hasher for the intern table (the string hash pygil uses anyway).
#[derive(Default)]
pub struct StrHasher(u64);

impl std::hash::Hasher for StrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = self.0.rotate_left(5) ^ crate::objects::str::hash_bytes(bytes) as u64;
    }
}

type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<StrHasher>>;

/// Interned strings: they live for the whole process, so their address can
/// key the type-attribute cache.
static INTERNED: super::thread::GilCell<Option<FastMap<Box<str>, PyRef>>> = super::thread::GilCell::new(None);

/// The interned string object for `s` (names, attribute names, identifiers).
pub fn intern(s: &str) -> PyRef {
    INTERNED.with(|m| {
        let m = m.get_or_insert_with(FastMap::default);
        if let Some(o) = m.get(s) {
            return o.clone();
        }
        let o = new_str_obj(s);
        if let Payload::Str(ps) = &o.payload {
            ps.interned.set(true);
        }
        m.insert(s.into(), o.clone());
        o
    })
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return types().empty_tuple.clone();
    }
    Value::Obj(PyObject::new(types().tuple.clone(), Payload::Tuple(items.into_boxed_slice())))
}

pub fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new(types().list.clone(), Payload::List(RefCell::new(items))))
}

pub fn new_dict_obj() -> PyRef {
    PyObject::new(types().dict.clone(), Payload::Dict(RefCell::new(DictTable::new())))
}

pub fn new_dict() -> Value {
    Value::Obj(new_dict_obj())
}

pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::Obj(PyObject::new(types().bytes.clone(), Payload::Bytes(b.into_boxed_slice())))
}

/// An int value: immediate when it fits in i64.
pub fn int_from_big(b: BigInt) -> Value {
    use num_traits::ToPrimitive;
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(PyObject::new(types().int.clone(), Payload::Int(b))),
    }
}

/// Store `name` → `value` in a dict object whose keys are strings.
pub fn dict_set_str(d: &PyRef, name: &str, value: Value) {
    let key = intern(name);
    let Payload::Dict(t) = &d.payload else { unreachable!("dict_set_str on non-dict") };
    let h = str_hash(&key);
    let mut t = t.borrow_mut();
    if let Some(ix) = t.find_with(h, |k| str_eq_value(k, name)) {
        t.set_value(ix, value);
    } else {
        t.insert_new(h, Value::Obj(key), value);
    }
}

/// Look up a string key in a dict object without calling Python.
pub fn dict_get_str(d: &PyRef, name: &str) -> Option<Value> {
    let Payload::Dict(t) = &d.payload else { return None };
    let h = crate::objects::str::hash_bytes(name.as_bytes());
    let t = t.borrow();
    t.find_with(h, |k| str_eq_value(k, name)).map(|ix| t.entry(ix).value.clone())
}

/// Look up an interned-or-not str object key (fast path: pointer equality).
#[inline]
pub fn dict_get_strobj(d: &PyRef, key: &PyRef) -> Option<Value> {
    let Payload::Dict(t) = &d.payload else { return None };
    let Payload::Str(ks) = &key.payload else { return None };
    let h = ks.hash();
    let t = t.borrow();
    t.find_with(h, |k| match k {
        Value::Obj(o) => Rc::ptr_eq(o, key) || matches!(&o.payload, Payload::Str(s) if s.as_str() == ks.as_str()),
        _ => false,
    })
    .map(|ix| t.entry(ix).value.clone())
}

pub fn dict_del_str(d: &PyRef, name: &str) -> bool {
    let Payload::Dict(t) = &d.payload else { return false };
    let h = crate::objects::str::hash_bytes(name.as_bytes());
    let mut t = t.borrow_mut();
    match t.find_with(h, |k| str_eq_value(k, name)) {
        Some(ix) => {
            t.remove_at(ix);
            true
        }
        None => false,
    }
}

fn str_eq_value(k: &Value, s: &str) -> bool {
    match k {
        Value::Obj(o) => matches!(&o.payload, Payload::Str(ks) if ks.as_str() == s),
        _ => false,
    }
}

fn str_hash(o: &PyRef) -> i64 {
    match &o.payload {
        Payload::Str(s) => s.hash(),
        _ => 0,
    }
}

/// Set an attribute directly in an object's instance dict.
pub fn set_dict_item_str(o: &PyRef, name: &str, v: Value) -> Option<()> {
    let d = o.dict.get()?;
    dict_set_str(d, name, v);
    Some(())
}

/// The instance dict of `o`, creating it if the type allows one.
pub fn instance_dict(o: &PyRef) -> Option<&PyRef> {
    if let Some(d) = o.dict.get() {
        return Some(d);
    }
    let t = o.ty();
    if let Payload::Type(_) = o.payload {
        return None;
    }
    if tdata(t).has_flag(flags::HAS_DICT) || tdata(t).has_flag(flags::HAS_SLOTS) {
        let _ = o.dict.set(new_dict_obj());
        return o.dict.get();
    }
    None
}

// ---- type queries -----------------------------------------------------

/// The type of a value, borrowed.
#[inline]
pub fn type_ref(v: &Value) -> &PyRef {
    let t = types();
    match v {
        Value::Obj(o) => o.ty(),
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Bool(_) => &t.bool_,
        Value::None => &t.none_type,
        Value::Null => &t.none_type,
    }
}

#[inline]
pub fn type_of(v: &Value) -> PyRef {
    type_ref(v).clone()
}

pub fn type_name(v: &Value) -> Rc<str> {
    tdata(type_ref(v)).name()
}

/// isinstance without `__instancecheck__` (the type's MRO only).
#[inline]
pub fn is_instance(v: &Value, ty: &PyRef) -> bool {
    is_subtype(type_ref(v), ty)
}

pub fn as_str(v: &Value) -> Option<&PyStr> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

pub fn as_type(v: &Value) -> Option<&PyRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Some(o),
        _ => None,
    }
}

pub fn kind_of(v: &Value) -> Kind {
    tdata(type_ref(v)).kind
}

// ---- attribute access -------------------------------------------------

/// One entry of the method cache: (type address, type version, name address).
#[derive(Clone, Default)]
struct CacheEntry {
    ty: usize,
    version: u64,
    name: usize,
    value: Option<Value>,
}

const MCACHE_SIZE: usize = 4096;

/// The type-attribute cache (CPython's type method cache): lookups by
/// (type, version, interned name). A type's version changes whenever its
/// namespace or a base's changes, so stale entries never match.
static MCACHE: super::thread::GilCell<Vec<CacheEntry>> = super::thread::GilCell::new(Vec::new());

/// Find `name` along the MRO of type `t` (CPython's _PyType_Lookup), cached.
#[inline]
pub fn type_lookup(t: &PyRef, name: &PyRef) -> Option<Value> {
    let td = tdata(t);
    let version = td.version.get();
    let tp = Rc::as_ptr(t) as usize;
    let np = Rc::as_ptr(name) as usize;
    let slot = ((tp >> 4) ^ (np >> 3) ^ (version as usize)) & (MCACHE_SIZE - 1);
    let hit = MCACHE.with(|c| {
        if c.is_empty() {
            c.resize(MCACHE_SIZE, CacheEntry::default());
        }
        let e = &c[slot];
        if e.ty == tp && e.version == version && e.name == np {
            Some(e.value.clone())
        } else {
            None
        }
    });
    if let Some(v) = hit {
        return v;
    }
    let v = type_lookup_uncached(t, name);
    if !matches!(&name.payload, Payload::Str(s) if s.interned.get()) {
        return v;
    }
    // Only interned names are cached: their address identifies the name.
    let old = MCACHE.with(|c| std::mem::replace(&mut c[slot], CacheEntry { ty: tp, version, name: np, value: v.clone() }));
    // The evicted value is dropped outside the cell (a drop can run Python).
    drop(old);
    v
}

fn type_lookup_uncached(t: &PyRef, name: &PyRef) -> Option<Value> {
    let mro = tdata(t).mro.borrow();
    for c in mro.iter() {
        if let Some(v) = dict_get_strobj(&tdata(c).dict, name) {
            return Some(v);
        }
    }
    None
}

pub fn type_lookup_str(t: &PyRef, name: &str) -> Option<Value> {
    type_lookup(t, &intern(name))
}

/// Is `d` a data descriptor (defines `__set__` or `__delete__`)?
fn is_data_descr(d: &Value) -> bool {
    match d {
        Value::Obj(o) => match &o.payload {
            Payload::Property(_) | Payload::Member(_) => true,
            Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) => false,
            Payload::Str(_) | Payload::Int(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_) => false,
            Payload::Type(_) => false,
            _ => {
                let t = o.ty();
                if !tdata(t).has_flag(flags::HEAPTYPE) {
                    return false;
                }
                type_lookup_str(t, "__set__").is_some() || type_lookup_str(t, "__delete__").is_some()
            }
        },
        _ => false,
    }
}

/// `descr.__get__(obj, owner)` for whatever kind of descriptor `descr` is.
/// Returns None when `descr` is not a descriptor (use it as is).
pub fn descr_get(ts: &mut ThreadState, descr: &Value, obj: &Value, owner: &PyRef) -> PyResult<Option<Value>> {
    let Value::Obj(o) = descr else { return Ok(None) };
    match &o.payload {
        Payload::Function(_) => {
            if obj.is_null() || obj.is_none() && !Rc::ptr_eq(owner, &types().none_type) {
                return Ok(Some(descr.clone()));
            }
            Ok(Some(new_method(descr.clone(), obj.clone())))
        }
        Payload::Builtin(b) => {
            if b.is_method && b.bound.is_none() && !obj.is_null() {
                Ok(Some(bind_builtin(o, obj.clone())))
            } else {
                Ok(Some(descr.clone()))
            }
        }
        Payload::StaticMethod(f) => Ok(Some(f.borrow().clone())),
        Payload::Member(name) => {
            let Value::Obj(inst) = obj else { return Ok(Some(descr.clone())) };
            match inst.dict.get().and_then(|d| dict_get_str(d, name)) {
                Some(v) => Ok(Some(v)),
                None => Err(attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), name))),
            }
        }
        Payload::ClassMethod(f) => {
            let f = f.borrow().clone();
            Ok(Some(new_method(f, Value::Obj(owner.clone()))))
        }
        Payload::Property(p) => {
            if obj.is_null() {
                return Ok(Some(descr.clone()));
            }
            let fget = p.fget.borrow().clone();
            if fget.is_none() {
                let name = p.name.borrow().clone();
                let n = as_str(&name).map(|s| s.as_str().to_string()).unwrap_or_default();
                return Err(attribute_error(if n.is_empty() {
                    "unreadable attribute".to_string()
                } else {
                    format!("property '{}' of '{}' object has no getter", n, type_name(obj))
                }));
            }
            Ok(Some(call(ts, &fget, &[obj.clone()])?))
        }
        Payload::Type(_) | Payload::Str(_) | Payload::Int(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_) => {
            Ok(None)
        }
        _ => {
            let t = o.ty().clone();
            if !tdata(&t).has_flag(flags::HEAPTYPE) {
                return Ok(None);
            }
            match type_lookup_str(&t, "__get__") {
                Some(get) => {
                    let inst = if obj.is_null() { Value::None } else { obj.clone() };
                    Ok(Some(call(ts, &get, &[descr.clone(), inst, Value::Obj(owner.clone())])?))
                }
                None => Ok(None),
            }
        }
    }
}

pub fn new_method(func: Value, self_: Value) -> Value {
    Value::Obj(PyObject::new(types().method.clone(), Payload::Method(Box::new((func, self_)))))
}

fn bind_builtin(o: &PyRef, self_: Value) -> Value {
    let Payload::Builtin(b) = &o.payload else { unreachable!() };
    Value::Obj(PyObject::new(
        types().builtin_function.clone(),
        Payload::Builtin(Box::new(crate::objects::function::BuiltinData {
            name: b.name,
            func: b.func,
            bound: Some(self_),
            is_method: true,
            owner: b.owner,
            doc: b.doc,
        })),
    ))
}

/// `getattr(obj, name)`.
pub fn getattr(ts: &mut ThreadState, obj: &Value, name: &PyRef) -> PyResult<Value> {
    let t = type_ref(obj);
    if tdata(t).has_flag(flags::CUSTOM_ATTR) {
        return getattr_slow(ts, obj, name);
    }
    match generic_getattr(ts, obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(obj, name)),
    }
}

/// Like `getattr`, but a missing attribute gives `None` instead of AttributeError.
pub fn getattr_opt(ts: &mut ThreadState, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let t = type_ref(obj);
    let r = if tdata(t).has_flag(flags::CUSTOM_ATTR) { getattr_slow(ts, obj, name).map(Some) } else { generic_getattr(ts, obj, name) };
    match r {
        Err(e) if e.matches(&types().attribute_error) => Ok(None),
        r => r,
    }
}

pub fn getattr_str(ts: &mut ThreadState, obj: &Value, name: &str) -> PyResult<Value> {
    getattr(ts, obj, &intern(name))
}

#[cold]
fn getattr_slow(ts: &mut ThreadState, obj: &Value, name: &PyRef) -> PyResult<Value> {
    let t = type_of(obj);
    let ga = type_lookup_str(&t, "__getattribute__");
    let result = match ga {
        Some(f) if !is_native_object_getattribute(&f) => call(ts, &f, &[obj.clone(), Value::Obj(name.clone())]),
        _ => match generic_getattr(ts, obj, name)? {
            Some(v) => Ok(v),
            None => Err(no_attribute(obj, name)),
        },
    };
    match result {
        Err(e) if e.matches(&types().attribute_error) => {
            if let Some(ga) = type_lookup_str(&t, "__getattr__") {
                return call(ts, &ga, &[obj.clone(), Value::Obj(name.clone())]);
            }
            Err(e)
        }
        r => r,
    }
}

fn is_native_object_getattribute(f: &Value) -> bool {
    is_builtin_fn(f, super::types_ext::object_getattribute)
}

/// Whether `f` is the built-in function implemented by `native` (object's
/// own attribute slots, as opposed to a type's override of them).
fn is_builtin_fn(f: &Value, native: crate::objects::function::NativeFn) -> bool {
    matches!(f, Value::Obj(o) if matches!(&o.payload, Payload::Builtin(b)
        if b.func as *const () as usize == native as *const () as usize))
}

#[cold]
pub fn no_attribute(obj: &Value, name: &PyRef) -> PyErr {
    let n = as_str(&Value::Obj(name.clone())).map(|s| s.as_str().to_string()).unwrap_or_default();
    let msg = match obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
            format!("type object '{}' has no attribute '{}'", tdata(o).name(), n)
        }
        Value::Obj(o) if Rc::ptr_eq(o.ty(), &types().module) => {
            let mname = o.dict.get().and_then(|d| dict_get_str(d, "__name__"));
            match mname.as_ref().and_then(as_str) {
                Some(m) => format!("module '{}' has no attribute '{}'", m.as_str(), n),
                None => format!("module has no attribute '{}'", n),
            }
        }
        _ => format!("'{}' object has no attribute '{}'", type_name(obj), n),
    };
    let e = attribute_error(msg);
    let _ = set_dict_item_str(&e.0, "name", Value::Obj(name.clone()));
    let _ = set_dict_item_str(&e.0, "obj", obj.clone());
    e
}

/// object.__getattribute__ without the AttributeError: None when missing.
pub fn generic_getattr(ts: &mut ThreadState, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    if let Some(t) = as_type(obj) {
        return type_getattr(ts, t, name);
    }
    let dict = match obj {
        Value::Obj(o) => o.dict.get().cloned(),
        _ => None,
    };
    generic_getattr_in(ts, obj, name, dict.as_ref())
}

/// object.__getattribute__ with `dict` standing for the instance dict
/// (`_thread._local` passes the calling thread's dict; CPython's
/// `_PyObject_GenericGetAttrWithDict`).
pub fn generic_getattr_in(ts: &mut ThreadState, obj: &Value, name: &PyRef, dict: Option<&PyRef>) -> PyResult<Option<Value>> {
    let t = type_ref(obj).clone();
    let descr = type_lookup(&t, name);
    if let Some(d) = &descr {
        if is_data_descr(d) {
            if let Some(v) = descr_get(ts, d, obj, &t)? {
                return Ok(Some(v));
            }
        }
    }
    if let Some(dict) = dict {
        if let Some(v) = dict_get_strobj(dict, name) {
            return Ok(Some(v));
        }
    }
    if let Some(d) = descr {
        if let Some(v) = descr_get(ts, &d, obj, &t)? {
            return Ok(Some(v));
        }
        return Ok(Some(d));
    }
    // `obj.__dict__` for instances that have one.
    if let Value::Obj(o) = obj {
        let typed_dict = tdata(&t).has_flag(flags::HAS_DICT) || (dict.is_some() && !tdata(&t).has_flag(flags::HAS_SLOTS));
        if name_is(name, "__dict__") && typed_dict {
            if let Some(d) = dict {
                return Ok(Some(Value::Obj(d.clone())));
            }
            if let Some(d) = instance_dict(o) {
                return Ok(Some(Value::Obj(d.clone())));
            }
        }
    }
    Ok(None)
}

fn name_is(name: &PyRef, s: &str) -> bool {
    matches!(&name.payload, Payload::Str(n) if n.as_str() == s)
}

/// Attribute lookup on a type object (type.__getattribute__).
fn type_getattr(ts: &mut ThreadState, t: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
    let meta = t.ty().clone();
    let meta_attr = type_lookup(&meta, name);
    if let Some(d) = &meta_attr {
        if is_data_descr(d) {
            if let Some(v) = descr_get(ts, d, &Value::Obj(t.clone()), &meta)? {
                return Ok(Some(v));
            }
        }
    }
    if let Some(v) = type_lookup(t, name) {
        // Descriptors found in the class itself are bound with no instance.
        return match descr_get(ts, &v, &Value::Null, t)? {
            Some(r) => Ok(Some(r)),
            None => Ok(Some(v)),
        };
    }
    if let Some(d) = meta_attr {
        if let Some(v) = descr_get(ts, &d, &Value::Obj(t.clone()), &meta)? {
            return Ok(Some(v));
        }
        return Ok(Some(d));
    }
    Ok(None)
}

/// `setattr(obj, name, value)`.
pub fn setattr(ts: &mut ThreadState, obj: &Value, name: &PyRef, value: Value) -> PyResult<()> {
    let t = type_ref(obj).clone();
    if tdata(&t).has_flag(flags::CUSTOM_ATTR) {
        if let Some(f) = type_lookup_str(&t, "__setattr__") {
            if !is_builtin_fn(&f, super::types_ext::object_setattr) {
                call(ts, &f, &[obj.clone(), Value::Obj(name.clone()), value])?;
                return Ok(());
            }
        }
    }
    generic_setattr(ts, obj, name, value)
}

/// object.__setattr__.
pub fn generic_setattr(ts: &mut ThreadState, obj: &Value, name: &PyRef, value: Value) -> PyResult<()> {
    if let Some(t) = as_type(obj) {
        return type_setattr(ts, t, name, value);
    }
    generic_setattr_in(ts, obj, name, value, None)
}

/// object.__setattr__, storing into `dict` (if given) instead of the
/// instance dict (see `generic_getattr_in`).
pub fn generic_setattr_in(ts: &mut ThreadState, obj: &Value, name: &PyRef, value: Value, dict: Option<&PyRef>) -> PyResult<()> {
    let t = type_ref(obj).clone();
    if let Some(d) = type_lookup(&t, name) {
        if let Some(r) = descr_set(ts, &d, obj, Some(value.clone()))? {
            return Ok(r);
        }
    }
    if let Value::Obj(o) = obj {
        let td = tdata(&t);
        if td.has_flag(flags::HAS_SLOTS) && !td.has_flag(flags::HAS_DICT) {
            let nv = Value::Obj(name.clone());
            let n = as_str(&nv).unwrap().as_str();
            if !slot_allowed(&t, n) {
                return Err(attribute_error(format!("'{}' object has no attribute '{}'", td.name(), n)));
            }
        }
        if let Some(d) = dict.or_else(|| instance_dict(o)) {
            let d = d.clone();
            super::dictops::dict_setitem(ts, &d, Value::Obj(name.clone()), value)?;
            return Ok(());
        }
    }
    let n = as_str(&Value::Obj(name.clone())).unwrap().as_str().to_string();
    if type_lookup(&t, name).is_some() {
        return Err(attribute_error(format!("'{}' object attribute '{}' is read-only", type_name(obj), n)));
    }
    Err(attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), n)))
}

fn slot_allowed(t: &PyRef, name: &str) -> bool {
    tdata(t).mro.borrow().iter().any(|c| {
        let d = tdata(c);
        d.slot_names.borrow().iter().any(|s| &**s == name) || (d.has_flag(flags::HAS_DICT) && d.has_flag(flags::HEAPTYPE))
    })
}

/// `descr.__set__(obj, value)` / `__delete__(obj)` if `descr` is a data descriptor.
fn descr_set(ts: &mut ThreadState, descr: &Value, obj: &Value, value: Option<Value>) -> PyResult<Option<()>> {
    let Value::Obj(o) = descr else { return Ok(None) };
    match &o.payload {
        Payload::Member(name) => {
            let Value::Obj(inst) = obj else { return Err(type_error("descriptor requires an object")) };
            let Some(d) = instance_dict(inst) else { return Err(attribute_error(name.to_string())) };
            match value {
                Some(v) => dict_set_str(d, name, v),
                None => {
                    if !dict_del_str(d, name) {
                        return Err(attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), name)));
                    }
                }
            }
            Ok(Some(()))
        }
        Payload::Property(p) => {
            let f = if value.is_some() { p.fset.borrow().clone() } else { p.fdel.borrow().clone() };
            if f.is_none() {
                let n = p.name.borrow().clone();
                let n = as_str(&n).map(|s| s.as_str().to_string()).unwrap_or_default();
                let what = if value.is_some() { "setter" } else { "deleter" };
                return Err(attribute_error(format!("property '{}' of '{}' object has no {}", n, type_name(obj), what)));
            }
            match value {
                Some(v) => call(ts, &f, &[obj.clone(), v])?,
                None => call(ts, &f, &[obj.clone()])?,
            };
            Ok(Some(()))
        }
        Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Type(_) => {
            Ok(None)
        }
        _ => {
            let t = o.ty().clone();
            if !tdata(&t).has_flag(flags::HEAPTYPE) {
                return Ok(None);
            }
            match value {
                Some(v) => match type_lookup_str(&t, "__set__") {
                    Some(f) => {
                        call(ts, &f, &[descr.clone(), obj.clone(), v])?;
                        Ok(Some(()))
                    }
                    None => {
                        if type_lookup_str(&t, "__delete__").is_some() {
                            return Err(attribute_error("__set__"));
                        }
                        Ok(None)
                    }
                },
                None => match type_lookup_str(&t, "__delete__") {
                    Some(f) => {
                        call(ts, &f, &[descr.clone(), obj.clone()])?;
                        Ok(Some(()))
                    }
                    None => {
                        if type_lookup_str(&t, "__set__").is_some() {
                            return Err(attribute_error("__delete__"));
                        }
                        Ok(None)
                    }
                },
            }
        }
    }
}

fn type_setattr(ts: &mut ThreadState, t: &PyRef, name: &PyRef, value: Value) -> PyResult<()> {
    let meta = t.ty().clone();
    if let Some(d) = type_lookup(&meta, name) {
        if let Some(r) = descr_set(ts, &d, &Value::Obj(t.clone()), Some(value.clone()))? {
            return Ok(r);
        }
    }
    let td = tdata(t);
    if !td.has_flag(flags::HEAPTYPE) {
        let n = as_str(&Value::Obj(name.clone())).unwrap().as_str().to_string();
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            td.name()
        )));
    }
    let n = as_str(&Value::Obj(name.clone())).unwrap().as_str().to_string();
    dict_set_str(&td.dict, &n, value);
    super::types_ext::type_attr_changed(t, &n);
    Ok(())
}

/// `delattr(obj, name)`.
pub fn delattr(ts: &mut ThreadState, obj: &Value, name: &PyRef) -> PyResult<()> {
    let t = type_ref(obj).clone();
    if tdata(&t).has_flag(flags::CUSTOM_ATTR) {
        if let Some(f) = type_lookup_str(&t, "__delattr__") {
            if !is_builtin_fn(&f, super::types_ext::object_delattr) {
                call(ts, &f, &[obj.clone(), Value::Obj(name.clone())])?;
                return Ok(());
            }
        }
    }
    generic_delattr(ts, obj, name)
}

pub fn generic_delattr(ts: &mut ThreadState, obj: &Value, name: &PyRef) -> PyResult<()> {
    let n = as_str(&Value::Obj(name.clone())).unwrap().as_str().to_string();
    if let Some(t) = as_type(obj) {
        let td = tdata(t);
        if !td.has_flag(flags::HEAPTYPE) {
            return Err(type_error(format!("cannot delete '{}' attribute of immutable type '{}'", n, td.name())));
        }
        if !dict_del_str(&td.dict, &n) {
            return Err(attribute_error(format!("type object '{}' has no attribute '{}'", td.name(), n)));
        }
        super::types_ext::type_attr_changed(t, &n);
        return Ok(());
    }
    let dict = match obj {
        Value::Obj(o) => o.dict.get().cloned(),
        _ => None,
    };
    generic_delattr_in(ts, obj, name, dict.as_ref())
}

/// object.__delattr__ on `dict` standing for the instance dict (see
/// `generic_getattr_in`).
pub fn generic_delattr_in(ts: &mut ThreadState, obj: &Value, name: &PyRef, dict: Option<&PyRef>) -> PyResult<()> {
    let n = as_str(&Value::Obj(name.clone())).unwrap().as_str().to_string();
    let t = type_ref(obj).clone();
    if let Some(d) = type_lookup(&t, name) {
        if let Some(r) = descr_set(ts, &d, obj, None)? {
            return Ok(r);
        }
    }
    if let Some(d) = dict {
        if dict_del_str(d, &n) {
            return Ok(());
        }
    }
    Err(no_attribute(obj, name))
}

/// Look up a method for a call: returns (callable, Some(self)) when the
/// attribute is a plain function found on the type (no bound-method object
/// needed), or (attribute, None) otherwise (LOAD_METHOD).
pub fn load_method(ts: &mut ThreadState, obj: &Value, name: &PyRef) -> PyResult<(Value, bool)> {
    let t = type_ref(obj);
    if !tdata(t).has_flag(flags::CUSTOM_ATTR) && as_type(obj).is_none() {
        if let Some(d) = type_lookup(t, name) {
            let is_plain = match &d {
                Value::Obj(o) => match &o.payload {
                    Payload::Function(_) => true,
                    Payload::Builtin(b) => b.is_method && b.bound.is_none(),
                    _ => false,
                },
                _ => false,
            };
            if is_plain {
                // An instance attribute of the same name shadows the method.
                let shadowed = match obj {
                    Value::Obj(o) => o.dict.get().is_some_and(|dd| dict_get_strobj(dd, name).is_some()),
                    _ => false,
                };
                if !shadowed {
                    return Ok((d, true));
                }
            }
        }
    }
    Ok((getattr(ts, obj, name)?, false))
}

// ---- truth, hash, equality ------------------------------------------------

pub fn truthy(ts: &mut ThreadState, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Bool(b) => *b,
        Value::None | Value::Null => false,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) if is_exact(o, &types().str) => s.char_len() != 0,
            Payload::List(l) if is_exact(o, &types().list) => !l.borrow().is_empty(),
            Payload::Tuple(t) if is_exact(o, &types().tuple) => !t.is_empty(),
            Payload::Dict(d) if is_exact(o, &types().dict) => !d.borrow().is_empty(),
            _ => return truthy_slow(ts, v),
        },
    })
}

#[cold]
fn truthy_slow(ts: &mut ThreadState, v: &Value) -> PyResult<bool> {
    let t = type_of(v);
    if let Some(f) = type_lookup_str(&t, "__bool__") {
        let r = call(ts, &f, &[v.clone()])?;
        return match r {
            Value::Bool(b) => Ok(b),
            _ => Err(type_error(format!("__bool__ should return bool, returned {}", type_name(&r)))),
        };
    }
    if let Some(f) = type_lookup_str(&t, "__len__") {
        let r = call(ts, &f, &[v.clone()])?;
        let n = index_value(ts, &r)?;
        if n < 0 {
            return Err(value_error("__len__() should return >= 0"));
        }
        return Ok(n != 0);
    }
    Ok(true)
}

#[inline]
pub fn is_exact(o: &PyRef, t: &PyRef) -> bool {
    Rc::ptr_eq(o.ty(), t)
}

/// `hash(None)`: CPython 3.11 hashes None by its address; a fixed value
/// here, so that sets holding None print in one order.
pub const NONE_HASH: i64 = 0xFCA86420;

/// `hash(v)`.
pub fn hash(ts: &mut ThreadState, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(crate::objects::int::hash_i64(*i)),
        Value::Bool(b) => Ok(*b as i64),
        Value::Float(f) => Ok(crate::objects::float::hash_f64(*f, v)),
        Value::None => Ok(NONE_HASH),
        Value::Null => Ok(0),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) if is_exact(o, &types().str) => Ok(s.hash()),
            Payload::Int(b) if is_exact(o, &types().int) => Ok(crate::objects::int::hash_big(b)),
            _ => hash_slow(ts, v),
        },
    }
}

#[cold]
fn hash_slow(ts: &mut ThreadState, v: &Value) -> PyResult<i64> {
    let t = type_of(v);
    match type_lookup_str(&t, "__hash__") {
        Some(Value::None) | None => Err(type_error(format!("unhashable type: '{}'", tdata(&t).name()))),
        Some(f) => {
            ts.enter_native()?;
            let r = call(ts, &f, &[v.clone()]);
            ts.leave_native();
            let r = r?;
            match r {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(b as i64),
                Value::Obj(ref o) if matches!(o.payload, Payload::Int(_)) => {
                    let Payload::Int(b) = &o.payload else { unreachable!() };
                    Ok(crate::objects::int::hash_big(b))
                }
                _ => Err(type_error("__hash__ method should return an integer")),
            }
        }
    }
}

/// `a == b` as a bool.
pub fn eq(ts: &mut ThreadState, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_eq(a, b) {
        return Ok(r);
    }
    let r = super::compare::rich_compare(ts, a, b, super::compare::CmpOp::Eq)?;
    truthy(ts, &r)
}

/// Equality that needs no Python code, when it can be decided that way.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some((*x as f64) == *y && (*y as i64) == *x),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::None, Value::None) => Some(true),
        (Value::None, Value::Int(_) | Value::Float(_) | Value::Bool(_))
        | (Value::Int(_) | Value::Float(_) | Value::Bool(_), Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => {
            if Rc::ptr_eq(x, y) && !matches!(x.payload, Payload::Float(_)) {
                return Some(true);
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s1), Payload::Str(s2)) if is_exact(x, &types().str) && is_exact(y, &types().str) => {
                    Some(s1.as_str() == s2.as_str())
                }
                (Payload::Int(b1), Payload::Int(b2)) if is_exact(x, &types().int) && is_exact(y, &types().int) => {
                    Some(b1 == b2)
                }
                (Payload::Bytes(b1), Payload::Bytes(b2)) if is_exact(x, &types().bytes) && is_exact(y, &types().bytes) => {
                    Some(b1 == b2)
                }
                _ => None,
            }
        }
        (Value::Obj(x), Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None)
        | (Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None, Value::Obj(x)) => {
            if matches!(x.payload, Payload::Str(_) | Payload::Tuple(_) | Payload::List(_) | Payload::Bytes(_))
                && !tdata(x.ty()).has_flag(flags::HEAPTYPE)
            {
                Some(false)
            } else {
                None
            }
        }
        _ => None,
    }
}

// ---- repr and str ---------------------------------------------------------

/// `repr(v)` as a Rust string.
pub fn repr(ts: &mut ThreadState, v: &Value) -> PyResult<String> {
    match v {
        Value::None => Ok("None".into()),
        Value::Bool(true) => Ok("True".into()),
        Value::Bool(false) => Ok("False".into()),
        Value::Int(i) => Ok(i.to_string()),
        Value::Float(f) => Ok(crate::objects::float::float_repr(*f)),
        Value::Null => Ok("<NULL>".into()),
        Value::Obj(o) => {
            if let Payload::Str(s) = &o.payload {
                if is_exact(o, &types().str) {
                    return Ok(crate::objects::strtype::repr_str(s.as_str()));
                }
            }
            let t = o.ty().clone();
            let f = type_lookup_str(&t, "__repr__").expect("object.__repr__ missing");
            ts.enter_native()?;
            let r = call(ts, &f, &[v.clone()]);
            ts.leave_native();
            let r = r?;
            match as_str(&r) {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(type_error(format!("__repr__ returned non-string (type {})", type_name(&r)))),
            }
        }
    }
}

/// `str(v)` as a Rust string.
pub fn str_of(ts: &mut ThreadState, v: &Value) -> PyResult<String> {
    match v {
        Value::Obj(o) => {
            if let Payload::Str(s) = &o.payload {
                if is_exact(o, &types().str) {
                    return Ok(s.as_str().to_string());
                }
            }
            let t = o.ty().clone();
            let f = type_lookup_str(&t, "__str__").expect("object.__str__ missing");
            ts.enter_native()?;
            let r = call(ts, &f, &[v.clone()]);
            ts.leave_native();
            let r = r?;
            match as_str(&r) {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(type_error(format!("__str__ returned non-string (type {})", type_name(&r)))),
            }
        }
        _ => repr(ts, v),
    }
}

/// `str(v)` as a str object (no copy when `v` is already an exact str).
pub fn str_value(ts: &mut ThreadState, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if matches!(o.payload, Payload::Str(_)) && is_exact(o, &types().str) {
            return Ok(v.clone());
        }
    }
    Ok(new_str(str_of(ts, v)?))
}

// ---- length, items, containment ------------------------------------------

pub fn len(ts: &mut ThreadState, v: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = v.clone().obj().filter(|o| !tdata(o.ty()).has_flag(flags::HEAPTYPE)).map(|o| Value::Obj(o.clone())).unwrap_or(Value::None) {
        match &o.payload {
            Payload::List(l) => return Ok(l.borrow().len()),
            Payload::Tuple(t) => return Ok(t.len()),
            Payload::Str(s) => return Ok(s.char_len()),
            Payload::Dict(d) => return Ok(d.borrow().len()),
            Payload::Set(s) => return Ok(s.borrow().len()),
            Payload::FrozenSet(s) => return Ok(s.len()),
            Payload::Bytes(b) => return Ok(b.len()),
            Payload::ByteArray(b) => return Ok(b.borrow().len()),
            _ => {}
        }
    }
    let t = type_of(v);
    match type_lookup_str(&t, "__len__") {
        Some(f) => {
            let r = call(ts, &f, &[v.clone()])?;
            let n = index_value(ts, &r)?;
            if n < 0 {
                return Err(value_error("__len__() should return >= 0"));
            }
            Ok(n as usize)
        }
        None => Err(type_error(format!("object of type '{}' has no len()", tdata(&t).name()))),
    }
}

/// `operator.index(v)` as i64 (OverflowError for huge ints).
pub fn index_value(ts: &mut ThreadState, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            let Payload::Int(b) = &o.payload else { unreachable!() };
            use num_traits::ToPrimitive;
            b.to_i64().ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
        }
        _ => {
            let t = type_of(v);
            match type_lookup_str(&t, "__index__") {
                Some(f) => {
                    let r = call(ts, &f, &[v.clone()])?;
                    if !is_instance(&r, &types().int) {
                        return Err(type_error(format!("__index__ returned non-int (type {})", type_name(&r))));
                    }
                    index_value(ts, &r)
                }
                None => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tdata(&t).name()
                ))),
            }
        }
    }
}

/// `v[key]`.
pub fn getitem(ts: &mut ThreadState, v: &Value, key: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        match (&o.payload, key) {
            (Payload::List(l), Value::Int(i)) => {
                let l = l.borrow();
                let n = l.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if j < 0 || j >= n {
                    return Err(index_error("list index out of range"));
                }
                return Ok(l[j as usize].clone());
            }
            (Payload::Tuple(t), Value::Int(i)) => {
                let n = t.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if j < 0 || j >= n {
                    return Err(index_error("tuple index out of range"));
                }
                return Ok(t[j as usize].clone());
            }
            (Payload::Dict(_), _) if is_exact(o, &types().dict) => {
                return match super::dictops::dict_getitem(ts, o, key)? {
                    Some(v) => Ok(v),
                    None => Err(key_error(key.clone())),
                };
            }
            _ => {}
        }
    }
    let t = type_of(v);
    if let Some(f) = type_lookup_str(&t, "__getitem__") {
        return call(ts, &f, &[v.clone(), key.clone()]);
    }
    if let Some(tv) = as_type(v) {
        if let Some(f) = getattr_opt(ts, &Value::Obj(tv.clone()), &intern("__class_getitem__"))? {
            return call(ts, &f, &[key.clone()]);
        }
        return Err(type_error(format!("type '{}' is not subscriptable", tdata(tv).name())));
    }
    Err(type_error(format!("'{}' object is not subscriptable", tdata(&t).name())))
}

/// `v[key] = value`.
pub fn setitem(ts: &mut ThreadState, v: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let Value::Obj(o) = v {
        match (&o.payload, key) {
            (Payload::List(l), Value::Int(i)) => {
                let mut l = l.borrow_mut();
                let n = l.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if j < 0 || j >= n {
                    return Err(index_error("list assignment index out of range"));
                }
                let old = std::mem::replace(&mut l[j as usize], value);
                drop(l);
                drop(old);
                return Ok(());
            }
            (Payload::Dict(_), _) if is_exact(o, &types().dict) => {
                return super::dictops::dict_setitem(ts, o, key.clone(), value);
            }
            _ => {}
        }
    }
    let t = type_of(v);
    match type_lookup_str(&t, "__setitem__") {
        Some(f) => {
            call(ts, &f, &[v.clone(), key.clone(), value])?;
            Ok(())
        }
        None => Err(type_error(format!("'{}' object does not support item assignment", tdata(&t).name()))),
    }
}

/// `del v[key]`.
pub fn delitem(ts: &mut ThreadState, v: &Value, key: &Value) -> PyResult<()> {
    let t = type_of(v);
    match type_lookup_str(&t, "__delitem__") {
        Some(f) => {
            call(ts, &f, &[v.clone(), key.clone()])?;
            Ok(())
        }
        None => Err(type_error(format!("'{}' object does not support item deletion", tdata(&t).name()))),
    }
}

/// `item in container`.
pub fn contains(ts: &mut ThreadState, container: &Value, item: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = container {
        match &o.payload {
            Payload::Dict(_) if is_exact(o, &types().dict) => {
                return Ok(super::dictops::dict_getitem(ts, o, item)?.is_some());
            }
            Payload::Set(_) | Payload::FrozenSet(_) if !tdata(o.ty()).has_flag(flags::HEAPTYPE) => {
                return super::dictops::set_contains(ts, o, item);
            }
            Payload::Str(s) if is_exact(o, &types().str) => {
                return match as_str(item) {
                    Some(sub) => Ok(s.as_str().contains(sub.as_str())),
                    None => Err(type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        type_name(item)
                    ))),
                };
            }
            Payload::List(_) | Payload::Tuple(_) if !tdata(o.ty()).has_flag(flags::HEAPTYPE) => {
                let n = len(ts, container)?;
                for i in 0..n {
                    let x = match &o.payload {
                        Payload::List(l) => match l.borrow().get(i) {
                            Some(x) => x.clone(),
                            None => break,
                        },
                        Payload::Tuple(t) => t[i].clone(),
                        _ => unreachable!(),
                    };
                    if x.is(item) || eq(ts, &x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ => {}
        }
    }
    let t = type_of(container);
    if let Some(f) = type_lookup_str(&t, "__contains__") {
        let r = call(ts, &f, &[container.clone(), item.clone()])?;
        return truthy(ts, &r);
    }
    // Fall back to iteration.
    let it = super::iterops::iter(ts, container).map_err(|e| {
        if e.matches(&types().type_error) {
            type_error(format!("argument of type '{}' is not iterable", tdata(&t).name()))
        } else {
            e
        }
    })?;
    while let Some(x) = super::iterops::next(ts, &it)? {
        if x.is(item) || eq(ts, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Call `obj.name()` if the type defines it, else None.
pub fn call_special0(ts: &mut ThreadState, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let t = type_of(obj);
    match type_lookup_str(&t, name) {
        Some(f) => Ok(Some(call(ts, &f, &[obj.clone()])?)),
        None => Ok(None),
    }
}

// ---- slices and cells -----------------------------------------------------

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(PyObject::new(types().slice.clone(), Payload::Slice(Box::new([start, stop, step]))))
}

pub fn is_slice(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Slice(_)))
}

pub fn new_cell(v: Value) -> Value {
    Value::Obj(PyObject::new(types().cell.clone(), Payload::Cell(RefCell::new(v))))
}

/// Resolve a slice against a sequence length (PySlice_GetIndicesEx):
/// (start, stop, step, slicelength).
pub fn slice_indices(ts: &mut ThreadState, slice: &Value, length: usize) -> PyResult<(i64, i64, i64, usize)> {
    let Value::Obj(o) = slice else { return Err(type_error("expected a slice")) };
    let Payload::Slice(parts) = &o.payload else { return Err(type_error("expected a slice")) };
    let parts = parts.clone();
    let idx = |ts: &mut ThreadState, v: &Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        match index_value(ts, v) {
            Ok(i) => Ok(Some(i)),
            Err(e) if e.matches(&types().overflow_error) => {
                let neg = crate::objects::int::to_bigint(v).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
                Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }))
            }
            Err(_) => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let step = idx(ts, &parts[2])?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let len = length as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += len;
                    if i < lower {
                        i = lower;
                    }
                } else if i > upper {
                    i = upper;
                }
                i
            }
        }
    };
    let start = clamp(idx(ts, &parts[0])?, if step < 0 { upper } else { lower });
    let stop = clamp(idx(ts, &parts[1])?, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}
