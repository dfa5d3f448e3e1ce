//! State of the built-in iterator types (list_iterator, range_iterator,
//! enumerate, zip, map, ...). Behaviour lives in vm/iterops.rs.

use super::dict::ViewKind;
use super::object::PyRef;
use super::value::Value;

pub enum IterState {
    /// list/tuple/any __getitem__-based sequence, by index.
    Seq { seq: Value, idx: usize },
    Str { s: PyRef, byte_pos: usize },
    Bytes { b: Value, idx: usize },
    Range { next: i64, step: i64, remaining: i64 },
    Dict { dict: PyRef, pos: usize, kind: ViewKind, len: usize },
    Set { set: PyRef, pos: usize, len: usize },
    /// `last`: the previous result tuple, refilled in place when nobody
    /// else holds it (CPython's enumerate and zip reuse theirs likewise).
    Enumerate { it: Value, count: Value, last: Option<PyRef> },
    Zip { its: std::rc::Rc<[Value]>, strict: bool, last: Option<PyRef> },
    Map { func: Value, its: Vec<Value> },
    Filter { func: Value, it: Value },
    Reversed { seq: Value, idx: isize },
    Callable { func: Value, sentinel: Value },
    Exhausted,
}
