//! `Value`: what a Python variable holds.
//!
//! Small ints, floats, bools and None are immediates, never heap-allocated;
//! everything else is a reference-counted heap object (`PyRef`). The
//! representation is private to this module's API in spirit: code outside
//! `objects` uses the constructors and accessors below rather than relying
//! on the enum layout, so it can move to an 8-byte NaN-boxed form later
//! (DESIGN.md "Values").

use super::object::{PyObject, PyRef};
use std::rc::Rc;

/// A Python value. `Null` is internal only: an empty local slot or the
/// no-method marker on the value stack; it never reaches Python code.
#[derive(Clone, Default)]
pub enum Value {
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(PyRef),
}

impl Value {
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline(always)]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline(always)]
    pub fn obj(&self) -> Option<&PyRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn from_obj(o: PyRef) -> Value {
        Value::Obj(o)
    }

    pub fn from_bool(b: bool) -> Value {
        Value::Bool(b)
    }

    /// Identity (`is`): immediates compare by value and kind, objects by address.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }

    /// A stable identity number for `id()`.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as *const PyObject as i64,
            Value::None => 0x1000,
            Value::Null => 0,
            Value::Bool(b) => 0x2000 + *b as i64,
            // Immediates have no address; derive a number that is equal for equal values.
            Value::Int(i) => (*i).wrapping_mul(2).wrapping_add(1),
            Value::Float(f) => (f.to_bits() as i64) | 1,
        }
    }
}

impl From<PyRef> for Value {
    fn from(o: PyRef) -> Value {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }

    #[test]
    fn identity_of_immediates() {
        assert!(Value::Int(5).is(&Value::Int(5)));
        assert!(!Value::Int(1).is(&Value::Bool(true)));
        assert!(Value::None.is(&Value::None));
        assert!(!Value::Float(0.0).is(&Value::Float(-0.0)));
    }
}
