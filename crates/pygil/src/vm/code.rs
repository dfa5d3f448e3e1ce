//! Code objects as the VM runs them: the compiler's `CodeObject` plus its
//! constants turned into values and its names interned.

use super::ops::{fast_eq, intern, new_str, new_tuple, NONE_HASH};
use super::types::types;
use crate::bytecode::{CodeObject, Const};
use crate::objects::set::SetTable;
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

/// A frozenset constant, in CPython's table order: the compiler builds a
/// frozenset from the items in source order, then merge_consts_recursive
/// (compile.c) builds it again from the first one's iteration order, so
/// colliding items can sit in another order than `frozenset([...])` gives.
/// The items' hashes run no Python code (`Const::FrozenSet` holds only
/// ints, floats, strs, bools and None).
fn frozenset_const(items: &[Const]) -> Value {
    let mut first = SetTable::new();
    for c in items {
        let v = const_value(c);
        let h = match &v {
            Value::Int(i) => crate::objects::int::hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::Float(f) => crate::objects::float::hash_f64(*f, &v),
            Value::None => NONE_HASH,
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => s.hash(),
                _ => unreachable!("frozenset constant of an unexpected type"),
            },
            Value::Null => unreachable!("frozenset constant of an unexpected type"),
        };
        if first.find_with(h, |k| k.is(&v) || fast_eq(k, &v) == Some(true)).is_none() {
            first.insert_new(h, v);
        }
    }
    let mut merged = SetTable::new();
    for s in first.iter() {
        merged.insert_new(s.hash, s.key.clone());
    }
    Value::Obj(PyObject::new(types().frozenset.clone(), Payload::FrozenSet(merged)))
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
        Const::FrozenSet(items) => frozenset_const(items),
        Const::Code(co) => Value::Obj(PyObject::new(types().code.clone(), Payload::Code(Code::new(co.clone())))),
    }
}
