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
pub fn init(_ts: &mut ThreadState) { init_stub() }
fn str_new(ts: &mut ThreadState, args: crate::objects::function::Args) -> PyResult<Value> {
    match args.pos.get(1) {
        Some(v) => crate::vm::ops::str_value(ts, v),
        None => Ok(crate::vm::ops::new_str("")),
    }
}
fn str_add(ts: &mut ThreadState, args: crate::objects::function::Args) -> PyResult<Value> {
    let a = crate::vm::ops::str_of(ts, &args.pos[0])?;
    let b = crate::vm::ops::as_str(&args.pos[1]).map(|s| s.as_str().to_string()).unwrap_or_default();
    Ok(crate::vm::ops::new_str(a + &b))
}
pub fn init_stub() {
    crate::vm::types::TypeBuilder::new(&crate::vm::types::types().str, "str").static_method("__new__", str_new).method("__add__", str_add);
}
