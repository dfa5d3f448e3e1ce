//! Code objects as the VM runs them: the compiler's `CodeObject` plus its
//! constants turned into values and its names interned.

use super::ops::{intern, new_str, new_tuple};
use super::types::types;
use crate::bytecode::{CodeObject, Const};
use crate::objects::{Payload, PyObject, PyRef, Value};
use std::rc::Rc;

/// LOAD_GLOBAL's inline cache for one name: where the name was found, valid
/// while the dicts involved keep the same identity and structural version
/// (the entry index then still holds the name; its value is read live).
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals: usize,
    pub gversion: u64,
    pub builtins: usize,
    pub bversion: u64,
    pub index: u32,
    pub in_builtins: bool,
    pub valid: bool,
}

pub struct Code {
    pub co: Rc<CodeObject>,
    /// One LOAD_GLOBAL cache per entry of `names`.
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    pub consts: Box<[Value]>,
    /// Interned `co_names`.
    pub names: Box<[PyRef]>,
    /// Interned local names (for keyword-argument binding and locals()).
    pub varnames: Box<[PyRef]>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
}

impl Code {
    pub fn new(co: Rc<CodeObject>) -> Rc<Code> {
        let consts = co.consts.iter().map(const_value).collect();
        let names = co.names.iter().map(|n| intern(n)).collect();
        let varnames = co.varnames.iter().map(|n| intern(n)).collect();
        Rc::new(Code {
            global_cache: (0..co.names.len()).map(|_| std::cell::Cell::new(GlobalCache::default())).collect(),
            name: Value::Obj(intern(&co.name)),
            qualname: new_str(co.qualname.to_string()),
            filename: new_str(co.filename.to_string()),
            consts,
            names,
            varnames,
            co,
        })
    }

    pub fn nlocalsplus(&self) -> usize {
        self.co.nlocalsplus()
    }
}

pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Ellipsis => types().ellipsis.clone(),
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(s) => {
            let b: num_bigint::BigInt = s.parse().expect("bad big int literal");
            super::ops::int_from_big(b)
        }
        Const::Float(f) => Value::Float(*f),
        Const::Complex(re, im) => Value::Obj(PyObject::new(types().complex.clone(), Payload::Complex(*re, *im))),
        Const::Str(s) => Value::Obj(intern(s)),
        Const::Bytes(b) => Value::Obj(PyObject::new(types().bytes.clone(), Payload::Bytes(b.to_vec().into()))),
        Const::Tuple(items) => new_tuple(items.iter().map(const_value).collect()),
        Const::Code(co) => Value::Obj(PyObject::new(types().code.clone(), Payload::Code(Code::new(co.clone())))),
    }
}
