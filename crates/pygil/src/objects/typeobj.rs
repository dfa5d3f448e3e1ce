//! Type objects: the class of every value, with its MRO and namespace.

use super::object::{Payload, PyObject, PyRef};
use super::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// The memory layout of a type's instances: which built-in type it derives from.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Type,
    Exception,
    Module,
    /// A built-in type that cannot be subclassed or has private layout.
    Other,
}

pub mod flags {
    /// Defined by a class statement (or `type()` call), not built in.
    pub const HEAPTYPE: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Instances have a `__dict__`.
    pub const HAS_DICT: u32 = 4;
    /// The class (or a base) defines `__getattribute__`, `__getattr__`,
    /// `__setattr__` or `__delattr__` in Python.
    pub const CUSTOM_ATTR: u32 = 8;
    /// Abstract methods remain (instantiation raises TypeError).
    pub const ABSTRACT: u32 = 16;
    /// Instances define `__eq__`/`__hash__` in Python (not object's).
    pub const CUSTOM_EQ: u32 = 32;
    /// `__slots__` restricts instance attributes.
    pub const HAS_SLOTS: u32 = 64;
    /// The class (or a base) defines `__del__`: instances are finalized
    /// (vm/finalize.rs).
    pub const HAS_FINALIZER: u32 = 128;
    /// An instance was the target of a weakref with a callback: dying
    /// instances are looked up in the callback registry (vm/finalize.rs).
    pub const WEAKREF_CB: u32 = 256;
}

pub struct TypeData {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<PyRef>>,
    pub mro: RefCell<Vec<PyRef>>,
    /// The class namespace: a dict object.
    pub dict: PyRef,
    pub kind: Kind,
    pub flags: Cell<u32>,
    /// Names declared in `__slots__` (instances store them in their dict,
    /// which is hidden from `__dict__` access when HAS_DICT is off).
    pub slot_names: RefCell<Vec<Rc<str>>>,
    pub subclasses: RefCell<Vec<Weak<PyObject>>>,
    /// Bumped whenever this type's or a base's namespace changes.
    pub version: Cell<u64>,
}

impl TypeData {
    pub fn new(name: &str, kind: Kind, dict: PyRef, flags: u32) -> TypeData {
        TypeData {
            name: RefCell::new(name.into()),
            qualname: RefCell::new(name.into()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict,
            kind,
            flags: Cell::new(flags),
            slot_names: RefCell::new(Vec::new()),
            subclasses: RefCell::new(Vec::new()),
            version: Cell::new(next_version()),
        }
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    pub fn set_flag(&self, f: u32, on: bool) {
        let v = self.flags.get();
        self.flags.set(if on { v | f } else { v & !f });
    }

    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }
}

/// A fresh type version (unique for the whole process), so cache entries
/// keyed by (type, version) can never match a changed or different type.
fn next_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The `TypeData` of a type object. Panics if `t` is not a type: callers
/// check `is_type` first where the value comes from Python.
#[inline]
pub fn tdata(t: &PyObject) -> &TypeData {
    match &t.payload {
        Payload::Type(d) => d,
        _ => unreachable!("tdata on a non-type"),
    }
}

pub fn is_type(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Type(_)))
}

/// Is `sub` the same as or a subclass of `sup` (by MRO)?
pub fn is_subtype(sub: &PyRef, sup: &PyRef) -> bool {
    if Rc::ptr_eq(sub, sup) {
        return true;
    }
    tdata(sub).mro.borrow().iter().any(|t| Rc::ptr_eq(t, sup))
}

/// Invalidate cached lookups for `t` and its subclasses after its namespace changed.
pub fn bump_version(t: &PyRef) {
    let d = tdata(t);
    d.version.set(next_version());
    let subs: Vec<PyRef> = d.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
    for s in subs {
        bump_version(&s);
    }
}

/// C3 linearisation (the algorithm of `type.mro()`).
/// Returns Err with the offending bases' names when no consistent order exists.
pub fn c3_mro(t: &PyRef, bases: &[PyRef]) -> Result<Vec<PyRef>, String> {
    let mut seqs: Vec<Vec<PyRef>> = bases.iter().map(|b| tdata(b).mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![t.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|s2| s2[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            if !in_tail {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let names: Vec<String> = seqs.iter().map(|s| tdata(&s[0]).name().to_string()).collect();
            let mut uniq: Vec<String> = Vec::new();
            for n in names {
                if !uniq.contains(&n) {
                    uniq.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                uniq.join(", ")
            ));
        };
        out.push(c.clone());
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
    }
}
