//! Built-in object types: one file per type (data, and the methods that
//! Python sees), plus the value representation.

pub mod bytes;
pub mod dict;
pub mod dictobj;
pub mod exceptions;
pub mod float;
pub mod function;
pub mod int;
pub mod iter;
pub mod list;
pub mod misc;
pub mod object;
pub mod range;
pub mod set;
pub mod setobj;
pub mod str;
pub mod strtype;
pub mod typeobj;
pub mod value;
pub mod weakref;

pub use object::{Payload, PyObject, PyRef};
pub use value::Value;
