//! Functions, built-in functions, bound methods and the descriptor types
//! `property`, `staticmethod` and `classmethod` (their data; behaviour is in vm/).

use super::object::PyRef;
use super::value::Value;
use crate::vm::{code::Code, PyResult, ThreadState};
use std::cell::RefCell;
use std::rc::Rc;

/// A Python function (def or lambda).
pub struct FunctionData {
    pub code: Rc<Code>,
    pub globals: PyRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Option<Rc<[Value]>>>,
    pub kwdefaults: RefCell<Value>,
    pub closure: Option<Box<[PyRef]>>,
    pub annotations: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
}

/// Arguments as the VM passes them to native functions: positional values,
/// then keyword values named by `kwnames` (vectorcall layout).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kwnames: &[], kwvals: &[] }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

pub type NativeFn = fn(&mut ThreadState, Args) -> PyResult<Value>;

/// A function implemented in Rust.
pub struct BuiltinData {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound `self` (for `obj.method` taken without calling), if any.
    pub bound: Option<Value>,
    /// Defined in a type's namespace: binds like a method when looked up on an instance.
    pub is_method: bool,
    /// The owning type's name (for reprs and error messages), or the module name.
    pub owner: &'static str,
    pub doc: &'static str,
}

pub struct PropertyData {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub name: RefCell<Value>,
}
