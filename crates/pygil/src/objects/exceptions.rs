//! Exception instance data (BaseException's fields).

use super::value::Value;
use std::cell::{Cell, RefCell};

#[derive(Default)]
pub struct ExcData {
    pub args: RefCell<Value>,
    pub traceback: RefCell<Value>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    pub notes: RefCell<Value>,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args: RefCell::new(args),
            traceback: RefCell::new(Value::None),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            notes: RefCell::new(Value::Null),
        }
    }
}
