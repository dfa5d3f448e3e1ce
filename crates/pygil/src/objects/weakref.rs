//! Weak references: an `Rc` weak pointer plus the optional callback.

use super::object::PyObject;
use super::value::Value;
use std::cell::RefCell;
use std::rc::Weak;

pub struct WeakData {
    pub target: Weak<PyObject>,
    pub callback: RefCell<Value>,
    /// Hash of the referent, cached on first use (weakrefs hash like their referent).
    pub hash: std::cell::Cell<Option<i64>>,
}
