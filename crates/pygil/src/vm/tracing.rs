//! `sys.settrace` and `sys.setprofile`: CPython 3.11's trace and profile
//! events (Python/ceval.c: `call_trace`, `maybe_call_line_trace`,
//! `call_exc_trace`, `trace_call_function`; Python/sysmodule.c:
//! `trace_trampoline`, `profile_trampoline`).
//!
//! # How the events are found
//!
//! A thread with a trace or profile function sets `ts.tracing`, and while
//! any thread has one the TRACE bit of the eval-breaker word stays set, so
//! the poll before every instruction takes the slow path and lands in
//! [`on_instruction`]. There, per frame:
//!
//! - the first instruction of an activation (RESUME, or the instruction a
//!   generator resumes at, flagged by `Frame::trace_prev == RESUMED`)
//!   gives a `call` event to the global trace function, whose result
//!   becomes the frame's local trace function `f_trace`, and to the profile
//!   function;
//! - any other instruction gives a `line` event to `f_trace` when its line
//!   differs from the line of the frame's previous instruction, or when it
//!   is reached by a backward jump (CPython's rule), and an `opcode` event
//!   when `frame.f_trace_opcodes` is set.
//!
//! `return` (RETURN_VALUE, YIELD_VALUE, and with None when an exception
//! leaves the frame), `exception` (an exception raised in or propagating
//! into a frame, not a re-raise) and the profile's `c_call` / `c_return` /
//! `c_exception` (a built-in function called by CALL) are reported by the
//! eval loop at those points, behind the `ts.tracing` test.
//!
//! While a trace or profile function runs, tracing is off for the thread
//! (CPython's `tstate->tracing`). A trace function that raises is removed
//! (`sys.settrace(None)`) and its exception propagates, as in CPython. With
//! no tracer anywhere nothing here runs: the cost is the `ts.tracing` tests
//! at calls and returns.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use super::frame::{Frame, FrameInfo};
use super::errors::exc_data;
use super::ops::*;
use super::{PyResult, ThreadState};
use crate::bytecode::Op;
use crate::objects::{Payload, Value};

/// Whether the eval loop must report trace events for `ts`. The
/// `untraced` feature compiles every hook out, to measure what they cost
/// (README, "Benchmarks"); such a build never traces.
#[inline(always)]
pub fn on(ts: &ThreadState) -> bool {
    !cfg!(feature = "untraced") && ts.tracing
}

/// `Frame::trace_prev` for a frame that has not run since it was (re)entered
/// by a generator resumption: its next instruction reports `call`.
pub const RESUMED: u32 = u32::MAX - 1;
/// `Frame::trace_prev` for a new frame.
pub const FRESH: u32 = u32::MAX;
/// `Frame::trace_prev` right after a function's `call` event: its next
/// instruction reports `line` whatever its line (CPython does).
const FIRST: u32 = u32::MAX - 2;

/// Threads that have a trace or profile function: the TRACE bit is set
/// while this is non-zero.
static TRACED_THREADS: AtomicUsize = AtomicUsize::new(0);

/// Which hook is being set.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Hook {
    Trace,
    Profile,
}

/// `sys.settrace` / `sys.setprofile` for the calling thread.
pub fn set_hook(ts: &mut ThreadState, which: Hook, func: Value) {
    let before = has_hooks(ts);
    match which {
        Hook::Trace => ts.trace = func,
        Hook::Profile => ts.profile = func,
    }
    let after = has_hooks(ts);
    if before != after {
        if after {
            if TRACED_THREADS.fetch_add(1, Relaxed) == 0 {
                ts.interp.gil.set_flag(gil::breaker::TRACE);
            }
        } else if TRACED_THREADS.fetch_sub(1, Relaxed) == 1 {
            ts.interp.gil.clear_flag(gil::breaker::TRACE);
        }
    }
    ts.tracing = after;
}

fn has_hooks(ts: &ThreadState) -> bool {
    !ts.trace.is_none() || !ts.profile.is_none()
}

/// The thread ends: it no longer counts as traced.
pub fn thread_exit(ts: &mut ThreadState) {
    set_hook(ts, Hook::Trace, Value::None);
    set_hook(ts, Hook::Profile, Value::None);
}

fn frame_info(v: &Value) -> Option<&FrameInfo> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Frame(fi) => Some(fi),
            _ => None,
        },
        _ => None,
    }
}

/// The frame object of the running frame, with `f_lineno` at `line` and
/// `f_locals` brought up to date (CPython's PyFrame_FastToLocals before a
/// trace call).
fn current_frame(ts: &mut ThreadState, line: u32) -> Value {
    let idx = ts.frames.len() - 1;
    let fo = super::traceback::frame_at(ts, idx);
    if let Some(fi) = frame_info(&fo) {
        fi.lineno.set(line);
        let f = &ts.frames[idx];
        if f.locals.is_null() {
            *fi.locals.borrow_mut() = fast_locals(f);
        }
    }
    fo
}

/// A dict of a function frame's local variables (locals()).
pub fn fast_locals(f: &Frame) -> Value {
    let d = new_dict_obj();
    let co = &f.code.co;
    let nv = co.varnames.len();
    for (i, n) in co.varnames.iter().enumerate() {
        if !f.fast[i].is_null() {
            dict_set_str(&d, n, f.fast[i].clone());
        }
    }
    for (i, n) in co.cellvars.iter().chain(co.freevars.iter()).enumerate() {
        if let Some(c) = f.fast.get(nv + i) {
            let v = super::eval::cell_get(c);
            if !v.is_null() {
                dict_set_str(&d, n, v);
            }
        }
    }
    Value::Obj(d)
}

/// Calls `func(frame, event, arg)` with tracing off; returns its result.
/// If it raises, the thread's trace function is removed (CPython does the
/// same) and the error returned.
fn call_hook(ts: &mut ThreadState, func: &Value, frame: &Value, event: &str, arg: Value, which: Hook) -> PyResult<Value> {
    ts.tracing = false;
    let r = super::call::call(ts, func, &[frame.clone(), Value::Obj(intern(event)), arg]);
    ts.tracing = has_hooks(ts);
    if r.is_err() {
        set_hook(ts, which, Value::None);
    }
    r
}

/// Gives `event` to the frame's local trace function, which its result
/// replaces unless it is None (CPython's trace_trampoline).
fn local_trace(ts: &mut ThreadState, frame: &Value, event: &str, arg: Value) -> PyResult<()> {
    let Some(fi) = frame_info(frame) else { return Ok(()) };
    let local = fi.trace.borrow().clone();
    if local.is_none() || ts.trace.is_none() {
        return Ok(());
    }
    let r = call_hook(ts, &local, frame, event, arg, Hook::Trace);
    let r = match r {
        Ok(v) => v,
        Err(e) => {
            if let Some(fi) = frame_info(frame) {
                *fi.trace.borrow_mut() = Value::None;
            }
            return Err(e);
        }
    };
    if !r.is_none() {
        if let Some(fi) = frame_info(frame) {
            *fi.trace.borrow_mut() = r;
        }
    }
    Ok(())
}

fn profile(ts: &mut ThreadState, frame: &Value, event: &str, arg: Value) -> PyResult<()> {
    let p = ts.profile.clone();
    if p.is_none() {
        return Ok(());
    }
    call_hook(ts, &p, frame, event, arg, Hook::Profile).map(drop)
}

/// Before the instruction at the running frame's `pc` (TRACE bit set).
pub fn on_instruction(ts: &mut ThreadState) -> PyResult<()> {
    if !ts.tracing {
        return Ok(());
    }
    let f = ts.frames.last().expect("frame");
    let pc = f.pc;
    let co = f.code.co.clone();
    let prev = f.trace_prev;
    let op = co.code[pc].op();
    let line = co.lines[pc];
    if op == Op::RESUME || prev == RESUMED || (prev == FRESH && pc == 0) {
        call_event(ts)?;
        if op == Op::RESUME {
            return Ok(());
        }
    }
    if op == Op::JUMP_BACKWARD && co.lines.get(co.code[pc].arg() as usize) == Some(&line) {
        // The jump that closes a loop body carries the loop's line, but in
        // CPython it has no line of its own: the loop's head reports it.
        // (A `continue` jumps back from a line of its own, and does report.)
        return Ok(());
    }
    let f = ts.frames.last_mut().expect("frame");
    let first = f.trace_prev == FIRST;
    let prev = match f.trace_prev {
        FRESH | RESUMED | FIRST => pc.saturating_sub(1) as u32,
        p => p,
    };
    f.trace_prev = pc as u32;
    if ts.trace.is_none() {
        return Ok(());
    }
    let Some(fo) = f.info.clone() else { return Ok(()) };
    let fo = Value::Obj(fo);
    let Some(fi) = frame_info(&fo) else { return Ok(()) };
    if fi.trace.borrow().is_none() {
        return Ok(());
    }
    let (lines_on, opcodes_on) = (fi.trace_lines.get(), fi.trace_opcodes.get());
    let prev_line = co.lines.get(prev as usize).copied().unwrap_or(0);
    // The jump back to SEND in a `yield from`/`await` loop is not a new
    // iteration of anything (CPython's JUMP_BACKWARD_NO_INTERRUPT).
    let backward = (pc as u32) < prev
        && co.code.get(prev as usize).map(|i| i.op()) != Some(Op::SEND)
        && co.code.get(pc).map(|i| i.op()) != Some(Op::SEND);
    if lines_on && (first || line != prev_line || backward) {
        let frame = current_frame(ts, line);
        local_trace(ts, &frame, "line", Value::None)?;
    }
    if opcodes_on {
        let frame = current_frame(ts, line);
        local_trace(ts, &frame, "opcode", Value::None)?;
    }
    Ok(())
}

/// The `call` event of the running frame: a new activation (RESUME), or
/// a generator resumed (`Frame::trace_prev == RESUMED`: its previous
/// instruction is the YIELD_VALUE, whose line it reports; a `throw()`
/// reports it before the exception event).
pub fn call_event(ts: &mut ThreadState) -> PyResult<()> {
    let f = ts.frames.last_mut().expect("frame");
    let pc = f.pc;
    let co = f.code.co.clone();
    let resumed = f.trace_prev == RESUMED && co.code.get(pc).map(|i| i.op()) != Some(Op::RESUME);
    f.trace_prev = if resumed { pc.saturating_sub(1) as u32 } else { FIRST };
    let call_line = if resumed { co.lines[pc.saturating_sub(1)] } else { co.first_line };
    let frame = current_frame(ts, call_line);
    profile(ts, &frame, "call", Value::None)?;
    let global = ts.trace.clone();
    if !global.is_none() {
        let r = call_hook(ts, &global, &frame, "call", Value::None, Hook::Trace)?;
        if let Some(fi) = frame_info(&frame) {
            *fi.trace.borrow_mut() = r;
        }
    }
    Ok(())
}

/// The running frame returns (or yields) `v`.
#[cold]
pub fn on_return(ts: &mut ThreadState, v: &Value) -> PyResult<()> {
    let f = ts.frames.last().expect("frame");
    let line = f.code.co.lines.get(f.pc.saturating_sub(1)).copied().unwrap_or(0);
    let frame = current_frame(ts, line);
    local_trace(ts, &frame, "return", v.clone())?;
    profile(ts, &frame, "return", v.clone())
}

/// An exception leaves the running frame: `return` with None. Errors of
/// the hooks are dropped: the frame is already failing.
#[cold]
pub fn on_unwind(ts: &mut ThreadState) {
    let _ = on_return(ts, &Value::None);
}

/// An exception was raised in, or propagated into, the running frame.
#[cold]
pub fn on_exception(ts: &mut ThreadState, exc: &Value) -> PyResult<()> {
    if ts.trace.is_none() {
        return Ok(());
    }
    let f = ts.frames.last().expect("frame");
    let line = f.code.co.lines.get(f.pc.saturating_sub(1)).copied().unwrap_or(0);
    let frame = current_frame(ts, line);
    let tb = match exc {
        Value::Obj(o) => exc_data(o).map(|d| d.traceback.borrow().clone()).unwrap_or(Value::None),
        _ => Value::None,
    };
    let arg = new_tuple(vec![Value::Obj(type_of(exc)), exc.clone(), tb]);
    local_trace(ts, &frame, "exception", arg)
}

/// Whether CALL of `callable` reports `c_call`/`c_return`/`c_exception` to
/// the profiler: built-in functions and methods, as in CPython.
pub fn is_c_function(callable: &Value) -> bool {
    matches!(callable, Value::Obj(o) if matches!(o.payload, Payload::Builtin(_)))
}

/// Profiles a call of a built-in function from the running frame.
#[cold]
pub fn profile_c_call(ts: &mut ThreadState, callable: &Value, call: impl FnOnce(&mut ThreadState) -> PyResult<Value>) -> PyResult<Value> {
    if ts.profile.is_none() {
        return call(ts);
    }
    let line = {
        let f = ts.frames.last().expect("frame");
        f.code.co.lines.get(f.pc.saturating_sub(1)).copied().unwrap_or(0)
    };
    let frame = current_frame(ts, line);
    profile(ts, &frame, "c_call", callable.clone())?;
    let r = call(ts);
    match &r {
        Ok(_) => profile(ts, &frame, "c_return", callable.clone())?,
        Err(_) => profile(ts, &frame, "c_exception", callable.clone())?,
    }
    r
}
