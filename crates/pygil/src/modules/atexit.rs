//! `atexit`: functions run at interpreter exit, last registered first,
//! after the non-daemon threads have finished.

use crate::objects::function::Args;
use crate::objects::{PyRef, Value};
use crate::vm::call::call_args;
use crate::vm::errors::type_error;
use crate::vm::ops::*;
use crate::vm::thread::GilStatic;
use crate::vm::{PyResult, ThreadState};
use std::cell::RefCell;
use std::rc::Rc;

type Entry = (Value, Vec<Value>, Vec<Value>, Vec<Value>);

static HANDLERS: GilStatic<Rc<RefCell<Vec<Entry>>>> = GilStatic::new();

fn handlers() -> Rc<RefCell<Vec<Entry>>> {
    HANDLERS.get_or_init(|| Rc::new(RefCell::new(Vec::new())))
}

fn register(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let Some(f) = args.pos.first() else { return Err(type_error("register() takes at least 1 argument (0 given)")) };
    if !crate::vm::call::callable(f) {
        return Err(type_error("the first argument must be callable"));
    }
    handlers().borrow_mut().push((f.clone(), args.pos[1..].to_vec(), args.kwnames.to_vec(), args.kwvals.to_vec()));
    Ok(f.clone())
}

fn unregister(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = &args.pos[0];
    let hs = handlers();
    let entries: Vec<Value> = hs.borrow().iter().map(|e| e.0.clone()).collect();
    let mut keep = Vec::new();
    for (i, g) in entries.iter().enumerate() {
        if !eq(ts, g, f)? {
            keep.push(i);
        }
    }
    let old = std::mem::take(&mut *hs.borrow_mut());
    *hs.borrow_mut() = old.into_iter().enumerate().filter(|(i, _)| keep.contains(i)).map(|(_, e)| e).collect();
    Ok(Value::None)
}

fn run_exitfuncs(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    run_all(ts);
    Ok(Value::None)
}

fn clear(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    handlers().borrow_mut().clear();
    Ok(Value::None)
}

fn ncallbacks(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(handlers().borrow().len() as i64))
}

/// Run and clear the handlers (interpreter shutdown).
pub fn run_all(ts: &mut ThreadState) {
    loop {
        let e = handlers().borrow_mut().pop();
        let Some((f, a, kn, kv)) = e else { break };
        if let Err(err) = call_args(ts, &f, Args { pos: &a, kwnames: &kn, kwvals: &kv }) {
            if !err.matches(&crate::vm::types::types().system_exit) {
                let r = repr(ts, &f).unwrap_or_default();
                crate::vm::builtins::write_stderr(ts, &format!("Exception ignored in atexit callback: {}\n", r));
                crate::vm::traceback::print_exception(ts, &err.value());
            }
        }
    }
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    Ok(super::make_module(
        "atexit",
        &[
            ("register", register),
            ("unregister", unregister),
            ("_run_exitfuncs", run_exitfuncs),
            ("_clear", clear),
            ("_ncallbacks", ncallbacks),
        ],
    ))
}
