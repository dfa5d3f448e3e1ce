//! `gc`: pygil frees objects by reference counting; reference cycles are
//! not collected yet (DESIGN.md "Cycles" — the cycle collector is future
//! work). `collect()` therefore finds nothing and returns 0.

use crate::objects::function::Args;
use crate::objects::{PyRef, Value};
use crate::vm::ops::new_list;
use crate::vm::{PyResult, ThreadState};
use std::sync::atomic::{AtomicBool, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(true);

fn collect(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}
fn enable(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    ENABLED.store(true, Ordering::Relaxed);
    Ok(Value::None)
}
fn disable(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    ENABLED.store(false, Ordering::Relaxed);
    Ok(Value::None)
}
fn isenabled(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(ENABLED.load(Ordering::Relaxed)))
}
fn get_count(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(crate::vm::ops::new_tuple(vec![Value::Int(0), Value::Int(0), Value::Int(0)]))
}
fn get_threshold(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(crate::vm::ops::new_tuple(vec![Value::Int(700), Value::Int(10), Value::Int(10)]))
}
fn set_threshold(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
fn get_objects(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Err(crate::vm::errors::not_implemented_error("gc.get_objects is not supported by pygil"))
}
fn is_tracked(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(args.pos.first(), Some(Value::Obj(_)))))
}
fn freeze(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let m = super::make_module(
        "gc",
        &[
            ("collect", collect), ("enable", enable), ("disable", disable), ("isenabled", isenabled),
            ("get_count", get_count), ("get_threshold", get_threshold), ("set_threshold", set_threshold),
            ("get_objects", get_objects), ("is_tracked", is_tracked), ("freeze", freeze),
        ],
    );
    super::set_attrs(&m, &[("garbage", new_list(vec![])), ("callbacks", new_list(vec![]))]);
    Ok(m)
}
