//! Temporary stand-in while strtype.rs is written.
use crate::objects::Value;
use crate::vm::{PyResult, ThreadState};
pub fn repr_str(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'").replace('\n', "\\n"))
}
pub fn ascii_str(s: &str) -> String {
    s.to_string()
}
pub fn percent_format(_ts: &mut ThreadState, _fmt: &str, _args: &Value) -> PyResult<Value> {
    Err(crate::vm::errors::not_implemented_error("%"))
}
pub fn init(_ts: &mut ThreadState) {}
