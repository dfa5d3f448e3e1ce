//! Temporary stand-in while bytes.rs is written.
use crate::objects::{Payload, Value};
use crate::vm::{PyResult, ThreadState};
pub fn bytes_data(_ts: &mut ThreadState, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => Ok(b.to_vec()),
            Payload::ByteArray(b) => Ok(b.borrow().clone()),
            _ => Err(crate::vm::errors::type_error("a bytes-like object is required")),
        },
        _ => Err(crate::vm::errors::type_error("a bytes-like object is required")),
    }
}
pub fn init(_ts: &mut ThreadState) {}
