//! The eval loop.
//!
//! One loop runs every Python frame of a thread: a Python → Python call
//! pushes a frame on `ts.frames` and continues, a return pops it. The loop
//! polls the eval-breaker word before every instruction (DESIGN.md: every
//! instruction boundary is a switch point); the slow path hands the GIL
//! over when another thread asked for it and raises KeyboardInterrupt on
//! Ctrl-C. Errors travel as `PyErr` to one unwinder that consults the code
//! object's exception table (STYLE.md item 6).

use super::call::{call_args, make_frame};
use super::code::GlobalCache;
use super::errors::*;
use super::frame::Frame;
use super::ops::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::bytecode::{Instr, Op};
use crate::objects::function::Args;
use crate::objects::{Payload, PyRef, Value};
use std::sync::atomic::Ordering;

/// How a run of the loop ended for its entry frame.
pub enum Exit {
    Return(Value),
    /// The entry frame (a generator's) yielded; it is still on the frame stack.
    Yield(Value),
}

static SIGNAL_INTERP: std::sync::atomic::AtomicPtr<super::Interpreter> = std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());

/// Register the interpreter whose eval breaker signals wake.
pub fn set_signal_interp(interp: &'static super::Interpreter) {
    SIGNAL_INTERP.store(interp as *const _ as *mut _, Ordering::SeqCst);
}

/// Called from C signal handlers: only async-signal-safe atomics.
pub fn wake_for_signal() {
    let p = SIGNAL_INTERP.load(Ordering::SeqCst);
    if !p.is_null() {
        // SAFETY: the interpreter is leaked at start-up and never freed.
        unsafe { &*p }.gil.set_flag(gil::breaker::SIGNALS_PENDING);
    }
}

/// Finalizers were queued (vm/finalize.rs): have the eval loop run them at
/// its next instruction boundary. Called from `Drop`, with the GIL held.
pub fn request_finalizers() {
    let p = SIGNAL_INTERP.load(Ordering::Relaxed);
    if !p.is_null() {
        // SAFETY: the interpreter is leaked at start-up and never freed.
        unsafe { &*p }.gil.set_flag(super::finalize::FINALIZE_BIT);
    }
}

/// Simulate Ctrl-C (`_thread.interrupt_main`).
pub fn note_sigint(_interp: &super::Interpreter) {
    crate::modules::signal::trampoline(libc::SIGINT);
}

/// Is a signal waiting to be delivered? (Safe to call without the GIL.)
pub fn sigint_pending() -> bool {
    crate::modules::signal::any_pending()
}

/// Run pending signal handlers in the main thread (KeyboardInterrupt for Ctrl-C).
pub fn check_pending_signals(ts: &mut ThreadState) -> PyResult<()> {
    if !ts.is_main() {
        return Ok(());
    }
    ts.interp.gil.clear_flag(gil::breaker::SIGNALS_PENDING);
    crate::modules::signal::run_pending(ts)
}

/// Run a new frame to completion.
pub fn run_frame(ts: &mut ThreadState, frame: Box<Frame>) -> PyResult<Value> {
    check_recursion(ts)?;
    ts.frames.push(frame);
    let entry = ts.frames.len() - 1;
    match eval(ts, entry, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => unreachable!("non-generator frame yielded"),
    }
}

#[inline]
fn check_recursion(ts: &ThreadState) -> PyResult<()> {
    if ts.frames.len() + ts.native_depth >= ts.interp.recursion_limit.get() || ts.stack_exhausted() {
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    Ok(())
}

/// The slow path of the eval-breaker poll.
#[cold]
#[inline(never)]
fn handle_breaker(ts: &mut ThreadState) -> PyResult<()> {
    let bits = ts.interp.gil.handle_breaker(&ts.gil);
    if bits & gil::breaker::SIGNALS_PENDING != 0 && ts.is_main() {
        check_pending_signals(ts)?;
    }
    if bits & super::finalize::FINALIZE_BIT != 0 {
        ts.interp.gil.clear_flag(super::finalize::FINALIZE_BIT);
        super::finalize::run_pending(ts);
    }
    if bits & gil::breaker::TRACE != 0 {
        super::tracing::on_instruction(ts)?;
    }
    Ok(())
}

macro_rules! tri {
    ($e:expr, $label:lifetime) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $label e,
        }
    };
}

/// Run frames from the top of `ts.frames` until the frame at index `entry`
/// returns, yields, or lets an exception escape. `pending` starts the entry
/// frame in the error path (generator `throw`).
pub fn eval(ts: &mut ThreadState, entry: usize, mut pending: Option<PyErr>) -> PyResult<Exit> {
    let breaker = ts.interp.gil.breaker();
    let mut reraise = false;
    'frames: loop {
        let fp: *mut Frame = &mut **ts.frames.last_mut().expect("no frame");
        // SAFETY: frames are boxed and owned by `ts.frames`; the box does not
        // move while it is on the stack, and only this loop mutates the
        // running frame. Code that runs during a call (natives, nested eval
        // loops) never takes a reference to a frame below it; it may only
        // read `pc`/`code` for tracebacks, which we store before every call.
        macro_rules! f {
            () => {
                unsafe { &mut *fp }
            };
        }
        // SAFETY: the instruction vector is owned by the frame's Rc<Code>,
        // which the frame keeps alive for as long as this loop iteration uses it.
        let code: &[Instr] = unsafe { &*(f!().code.co.code.as_slice() as *const [Instr]) };
        let mut pc = f!().pc;

        let err: PyErr = 'run: {
            if let Some(e) = pending.take() {
                break 'run e;
            }
            loop {
                // `unpolled-breaker` exists only to measure what this poll
                // costs (README, "Benchmarks"); such a build never switches.
                if cfg!(not(feature = "unpolled-breaker"))
                    && breaker.load(Ordering::Relaxed) != 0
                {
                    f!().pc = pc;
                    tri!(handle_breaker(ts), 'run);
                }
                let ins = code[pc];
                pc += 1;
                let arg = ins.arg();
                let stack = &mut f!().stack;
                match ins.op() {
                    Op::NOP | Op::RESUME | Op::RETURN_GENERATOR => {}
                    Op::POP_TOP => {
                        stack.pop();
                    }
                    Op::PUSH_NULL => stack.push(Value::Null),
                    Op::COPY => {
                        let v = stack[stack.len() - arg as usize].clone();
                        stack.push(v);
                    }
                    Op::SWAP => {
                        let n = stack.len();
                        stack.swap(n - 1, n - arg as usize);
                    }
                    Op::LOAD_CONST => stack.push(f!().code.consts[arg as usize].clone()),
                    Op::LOAD_FAST => {
                        let v = &f!().fast[arg as usize];
                        if v.is_null() {
                            let name = f!().code.varnames[arg as usize].clone();
                            break 'run unbound_local(&name);
                        }
                        let v = v.clone();
                        stack.push(v);
                    }
                    Op::STORE_FAST => {
                        let v = stack.pop().unwrap();
                        let old = std::mem::replace(&mut f!().fast[arg as usize], v);
                        drop(old);
                    }
                    Op::DELETE_FAST => {
                        if f!().fast[arg as usize].is_null() {
                            let name = f!().code.varnames[arg as usize].clone();
                            break 'run unbound_local(&name);
                        }
                        f!().fast[arg as usize] = Value::Null;
                    }
                    Op::LOAD_DEREF | Op::LOAD_CLASSDEREF => {
                        if ins.op() == Op::LOAD_CLASSDEREF {
                            let name = deref_name(f!(), arg as usize);
                            if let Value::Obj(l) = &f!().locals {
                                let l = l.clone();
                                if let Some(v) = tri!(super::dictops::mapping_get(ts, &l, &Value::Obj(intern(&name))), 'run) {
                                    f!().stack.push(v);
                                    continue;
                                }
                            }
                        }
                        let cell = f!().fast[arg as usize].clone();
                        let v = cell_get(&cell);
                        if v.is_null() {
                            break 'run free_var_error(f!(), arg as usize);
                        }
                        f!().stack.push(v);
                    }
                    Op::STORE_DEREF => {
                        let v = stack.pop().unwrap();
                        cell_set(&f!().fast[arg as usize], v);
                    }
                    Op::DELETE_DEREF => {
                        let cell = f!().fast[arg as usize].clone();
                        if cell_get(&cell).is_null() {
                            break 'run free_var_error(f!(), arg as usize);
                        }
                        cell_set(&cell, Value::Null);
                    }
                    Op::LOAD_CLOSURE => {
                        let c = f!().fast[arg as usize].clone();
                        stack.push(c);
                    }
                    Op::MAKE_CELL | Op::COPY_FREE_VARS => {}
                    Op::LOAD_GLOBAL => {
                        if let Some(v) = load_global_cached(f!(), arg as usize) {
                            f!().stack.push(v);
                            continue;
                        }
                        let name = &f!().code.names[arg as usize];
                        let v = match dict_get_strobj(&f!().globals, name) {
                            Some(v) => v,
                            None => match dict_get_strobj(&f!().builtins, name) {
                                Some(v) => v,
                                None => {
                                    let name = name.clone();
                                    f!().pc = pc;
                                    // globals may be a dict subclass with __missing__? CPython requires dicts.
                                    break 'run name_error_for(&name);
                                }
                            },
                        };
                        f!().stack.push(v);
                    }
                    Op::STORE_GLOBAL => {
                        let v = stack.pop().unwrap();
                        let name = f!().code.names[arg as usize].clone();
                        let g = f!().globals.clone();
                        f!().pc = pc;
                        tri!(super::dictops::dict_setitem(ts, &g, Value::Obj(name), v), 'run);
                    }
                    Op::DELETE_GLOBAL => {
                        let name = f!().code.names[arg as usize].clone();
                        let g = f!().globals.clone();
                        let n = as_str(&Value::Obj(name.clone())).unwrap().as_str().to_string();
                        if !dict_del_str(&g, &n) {
                            break 'run name_error_for(&name);
                        }
                    }
                    Op::LOAD_NAME => {
                        let name = f!().code.names[arg as usize].clone();
                        f!().pc = pc;
                        let v = tri!(load_name(ts, f!(), &name), 'run);
                        f!().stack.push(v);
                    }
                    Op::STORE_NAME => {
                        let v = stack.pop().unwrap();
                        let name = f!().code.names[arg as usize].clone();
                        let locals = f!().locals.clone();
                        f!().pc = pc;
                        tri!(store_name(ts, &locals, name, v), 'run);
                    }
                    Op::DELETE_NAME => {
                        let name = f!().code.names[arg as usize].clone();
                        let locals = f!().locals.clone();
                        f!().pc = pc;
                        if let Err(e) = delitem(ts, &locals, &Value::Obj(name.clone())) {
                            if e.matches(&types().key_error) {
                                break 'run name_error_for(&name);
                            }
                            break 'run e;
                        }
                    }
                    Op::LOAD_ATTR => {
                        let obj = stack.pop().unwrap();
                        let name = f!().code.names[arg as usize].clone();
                        f!().pc = pc;
                        let v = tri!(getattr(ts, &obj, &name), 'run);
                        f!().stack.push(v);
                    }
                    Op::STORE_ATTR => {
                        let obj = stack.pop().unwrap();
                        let v = stack.pop().unwrap();
                        let name = f!().code.names[arg as usize].clone();
                        f!().pc = pc;
                        tri!(setattr(ts, &obj, &name, v), 'run);
                    }
                    Op::DELETE_ATTR => {
                        let obj = stack.pop().unwrap();
                        let name = f!().code.names[arg as usize].clone();
                        f!().pc = pc;
                        tri!(delattr(ts, &obj, &name), 'run);
                    }
                    Op::LOAD_METHOD => {
                        let obj = stack.pop().unwrap();
                        let name = f!().code.names[arg as usize].clone();
                        f!().pc = pc;
                        let (m, unbound) = tri!(load_method(ts, &obj, &name), 'run);
                        let stack = &mut f!().stack;
                        if unbound {
                            stack.push(m);
                            stack.push(obj);
                        } else {
                            stack.push(Value::Null);
                            stack.push(m);
                        }
                    }
                    Op::KW_NAMES => {
                        let t = f!().code.consts[arg as usize].clone();
                        f!().kwnames = t.obj().cloned();
                    }
                    Op::CALL => {
                        let n = arg as usize;
                        let base = stack.len() - n - 2;
                        let (callable, args_start) =
                            if stack[base].is_null() { (stack[base + 1].clone(), base + 2) } else { (stack[base].clone(), base + 1) };
                        let kwnames = f!().kwnames.take();
                        f!().pc = pc;
                        // Python function, not a generator: push its frame and keep looping.
                        if let Value::Obj(o) = &callable {
                            if let Payload::Function(func) = &o.payload {
                                if !func.code.co.is_generator() {
                                    let moved = if kwnames.is_none() {
                                        super::call::make_frame_moving(ts, func, &mut f!().stack[args_start..])
                                    } else {
                                        None
                                    };
                                    let frame = match moved {
                                        Some(frame) => frame,
                                        None => {
                                            let args = split_args(&f!().stack[args_start..], kwnames.as_ref());
                                            tri!(make_frame(ts, func, args), 'run)
                                        }
                                    };
                                    f!().stack.truncate(base);
                                    tri!(check_recursion(ts), 'run);
                                    ts.frames.push(frame);
                                    continue 'frames;
                                }
                            }
                        }
                        // SAFETY: see the frame-pointer note above: the caller's
                        // stack is not touched while the callee runs.
                        let argv: &[Value] = unsafe { &*(&f!().stack[args_start..] as *const [Value]) };
                        let args = split_args(argv, kwnames.as_ref());
                        let r = if super::tracing::on(ts) && super::tracing::is_c_function(&callable) {
                            super::tracing::profile_c_call(ts, &callable, |ts| call_args(ts, &callable, args))
                        } else {
                            call_args(ts, &callable, args)
                        };
                        let stack = &mut f!().stack;
                        stack.truncate(base);
                        stack.push(tri!(r, 'run));
                    }
                    Op::CALL_FUNCTION_EX => {
                        let kw = if arg & 1 != 0 { stack.pop() } else { None };
                        let posargs = stack.pop().unwrap();
                        let callable = stack.pop().unwrap();
                        let null = stack.pop().unwrap();
                        let callable = if null.is_null() { callable } else { null };
                        f!().pc = pc;
                        let r = tri!(call_ex(ts, &callable, &posargs, kw.as_ref()), 'run);
                        f!().stack.push(r);
                    }
                    Op::MAKE_FUNCTION => {
                        let codev = stack.pop().unwrap();
                        let closure = if arg & 8 != 0 { stack.pop() } else { None };
                        let annotations = if arg & 4 != 0 { stack.pop() } else { None };
                        let kwdefaults = if arg & 2 != 0 { stack.pop() } else { None };
                        let defaults = if arg & 1 != 0 { stack.pop() } else { None };
                        let g = f!().globals.clone();
                        let func = super::types_ext::make_function(codev, g, defaults, kwdefaults, annotations, closure);
                        f!().stack.push(func);
                    }
                    Op::LOAD_BUILD_CLASS => {
                        let b = dict_get_str(&f!().builtins, "__build_class__").unwrap_or(Value::None);
                        stack.push(b);
                    }
                    Op::RETURN_VALUE => {
                        let v = stack.pop().unwrap();
                        if super::tracing::on(ts) {
                            f!().pc = pc;
                            tri!(super::tracing::on_return(ts, &v), 'run);
                        }
                        if let Some(done) = ts.frames.pop() {
                            Frame::recycle(done);
                        }
                        if ts.frames.len() == entry {
                            return Ok(Exit::Return(v));
                        }
                        ts.frames.last_mut().unwrap().stack.push(v);
                        continue 'frames;
                    }
                    Op::YIELD_VALUE => {
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        if super::tracing::on(ts) {
                            tri!(super::tracing::on_return(ts, &v), 'run);
                        }
                        return Ok(Exit::Yield(v));
                    }
                    Op::SEND => {
                        let v = stack.pop().unwrap();
                        let it = stack.last().unwrap().clone();
                        f!().pc = pc;
                        let sent_none = v.is_none();
                        match tri!(super::generator::send_to(ts, &it, v), 'run) {
                            super::generator::Sent::Yielded(y) => f!().stack.push(y),
                            super::generator::Sent::Returned(r) => {
                                if super::tracing::on(ts) {
                                    tri!(super::coroutine::trace_send_return(ts, &it, sent_none, &r), 'run);
                                }
                                let stack = &mut f!().stack;
                                stack.pop();
                                stack.push(r);
                                pc = arg as usize;
                            }
                        }
                    }
                    Op::GET_YIELD_FROM_ITER => {
                        let v = stack.pop().unwrap();
                        let it = if matches!(&v, Value::Obj(o) if matches!(o.payload, Payload::Generator(_))) {
                            v
                        } else {
                            f!().pc = pc;
                            let flags = f!().code.co.flags;
                            tri!(super::coroutine::yield_from_iter(ts, v, flags), 'run)
                        };
                        f!().stack.push(it);
                    }
                    Op::GET_AWAITABLE => {
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        let it = tri!(super::coroutine::get_awaitable(ts, &v, arg), 'run);
                        f!().stack.push(it);
                    }
                    Op::GET_AITER => {
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        let it = tri!(super::coroutine::get_aiter(ts, &v), 'run);
                        f!().stack.push(it);
                    }
                    Op::GET_ANEXT => {
                        let it = stack.last().unwrap().clone();
                        f!().pc = pc;
                        let aw = tri!(super::coroutine::get_anext(ts, &it), 'run);
                        f!().stack.push(aw);
                    }
                    Op::END_ASYNC_FOR => {
                        let exc = stack.pop().unwrap();
                        match super::coroutine::end_async_for(exc) {
                            None => {
                                stack.pop();
                            }
                            Some(e) => {
                                reraise = true;
                                break 'run e;
                            }
                        }
                    }
                    Op::BEFORE_ASYNC_WITH => {
                        let mgr = stack.pop().unwrap();
                        f!().pc = pc;
                        let (exit, entered) = tri!(super::coroutine::before_async_with(ts, &mgr), 'run);
                        let stack = &mut f!().stack;
                        stack.push(exit);
                        stack.push(entered);
                    }
                    Op::ASYNC_GEN_WRAP => {
                        let v = stack.pop().unwrap();
                        stack.push(super::asyncgen::wrap(v));
                    }
                    Op::BINARY_OP => {
                        let b = stack.pop().unwrap();
                        let a = stack.pop().unwrap();
                        let r = match super::arith::fast_binop(&a, &b, arg) {
                            Some(r) => r,
                            None => {
                                f!().pc = pc;
                                tri!(super::arith::binary_op(ts, &a, &b, arg), 'run)
                            }
                        };
                        f!().stack.push(r);
                    }
                    Op::COMPARE_OP => {
                        let b = stack.pop().unwrap();
                        let a = stack.pop().unwrap();
                        let r = match super::compare::fast_compare(&a, &b, arg) {
                            Some(r) => Value::Bool(r),
                            None => {
                                f!().pc = pc;
                                tri!(super::compare::rich_compare(ts, &a, &b, super::compare::CmpOp::from_arg(arg)), 'run)
                            }
                        };
                        f!().stack.push(r);
                    }
                    Op::IS_OP => {
                        let b = stack.pop().unwrap();
                        let a = stack.pop().unwrap();
                        stack.push(Value::Bool(a.is(&b) != (arg == 1)));
                    }
                    Op::CONTAINS_OP => {
                        let b = stack.pop().unwrap();
                        let a = stack.pop().unwrap();
                        f!().pc = pc;
                        let r = tri!(contains(ts, &b, &a), 'run);
                        f!().stack.push(Value::Bool(r != (arg == 1)));
                    }
                    Op::UNARY_NEGATIVE | Op::UNARY_POSITIVE | Op::UNARY_INVERT => {
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        let r = tri!(super::arith::unary_op(ts, &v, ins.op()), 'run);
                        f!().stack.push(r);
                    }
                    Op::UNARY_NOT => {
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        let t = tri!(truthy(ts, &v), 'run);
                        f!().stack.push(Value::Bool(!t));
                    }
                    Op::BINARY_SUBSCR => {
                        let k = stack.pop().unwrap();
                        let o = stack.pop().unwrap();
                        f!().pc = pc;
                        let r = tri!(getitem(ts, &o, &k), 'run);
                        f!().stack.push(r);
                    }
                    Op::STORE_SUBSCR => {
                        let k = stack.pop().unwrap();
                        let o = stack.pop().unwrap();
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        tri!(setitem(ts, &o, &k, v), 'run);
                    }
                    Op::DELETE_SUBSCR => {
                        let k = stack.pop().unwrap();
                        let o = stack.pop().unwrap();
                        f!().pc = pc;
                        tri!(delitem(ts, &o, &k), 'run);
                    }
                    Op::BUILD_SLICE => {
                        let step = if arg == 3 { stack.pop().unwrap() } else { Value::None };
                        let stop = stack.pop().unwrap();
                        let start = stack.pop().unwrap();
                        stack.push(new_slice(start, stop, step));
                    }
                    Op::BUILD_TUPLE => {
                        let items = stack.split_off(stack.len() - arg as usize);
                        stack.push(new_tuple(items));
                    }
                    Op::BUILD_LIST => {
                        let items = stack.split_off(stack.len() - arg as usize);
                        stack.push(new_list(items));
                    }
                    Op::BUILD_SET => {
                        let items = stack.split_off(stack.len() - arg as usize);
                        f!().pc = pc;
                        let s = tri!(super::dictops::new_set_from(ts, items), 'run);
                        f!().stack.push(s);
                    }
                    Op::BUILD_MAP => {
                        let items = stack.split_off(stack.len() - 2 * arg as usize);
                        f!().pc = pc;
                        let d = new_dict_obj();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            tri!(super::dictops::dict_setitem(ts, &d, k, v), 'run);
                        }
                        f!().stack.push(Value::Obj(d));
                    }
                    Op::BUILD_CONST_KEY_MAP => {
                        let keys = stack.pop().unwrap();
                        let vals = stack.split_off(stack.len() - arg as usize);
                        f!().pc = pc;
                        let d = new_dict_obj();
                        if let Value::Obj(k) = &keys {
                            if let Payload::Tuple(ks) = &k.payload {
                                for (k, v) in ks.iter().zip(vals) {
                                    tri!(super::dictops::dict_setitem(ts, &d, k.clone(), v), 'run);
                                }
                            }
                        }
                        f!().stack.push(Value::Obj(d));
                    }
                    Op::BUILD_STRING => {
                        let parts = stack.split_off(stack.len() - arg as usize);
                        let mut s = String::new();
                        for p in &parts {
                            s.push_str(as_str(p).map(|x| x.as_str()).unwrap_or(""));
                        }
                        stack.push(new_str(s));
                    }
                    Op::LIST_APPEND => {
                        let v = stack.pop().unwrap();
                        let l = &stack[stack.len() - arg as usize];
                        if let Value::Obj(o) = l {
                            if let Payload::List(l) = &o.payload {
                                l.borrow_mut().push(v);
                            }
                        }
                    }
                    Op::SET_ADD => {
                        let v = stack.pop().unwrap();
                        let s = stack[stack.len() - arg as usize].clone();
                        f!().pc = pc;
                        tri!(super::dictops::set_add(ts, s.obj().unwrap(), v), 'run);
                    }
                    Op::MAP_ADD => {
                        let v = stack.pop().unwrap();
                        let k = stack.pop().unwrap();
                        let d = stack[stack.len() - arg as usize].clone();
                        f!().pc = pc;
                        tri!(super::dictops::dict_setitem(ts, d.obj().unwrap(), k, v), 'run);
                    }
                    Op::LIST_EXTEND => {
                        let v = stack.pop().unwrap();
                        let l = stack[stack.len() - arg as usize].clone();
                        f!().pc = pc;
                        let items = match super::iterops::collect(ts, &v) {
                            Ok(items) => items,
                            Err(e) => {
                                if e.matches(&types().type_error) && !super::iterops::is_iterable(&v) {
                                    break 'run type_error(format!(
                                        "Value after * must be an iterable, not {}",
                                        type_name(&v)
                                    ));
                                }
                                break 'run e;
                            }
                        };
                        if let Payload::List(l) = &l.obj().unwrap().payload {
                            l.borrow_mut().extend(items);
                        }
                    }
                    Op::SET_UPDATE => {
                        let v = stack.pop().unwrap();
                        let s = stack[stack.len() - arg as usize].clone();
                        f!().pc = pc;
                        tri!(super::dictops::set_update(ts, s.obj().unwrap(), &v), 'run);
                    }
                    Op::DICT_UPDATE | Op::DICT_MERGE => {
                        let v = stack.pop().unwrap();
                        let d = stack[stack.len() - arg as usize].clone();
                        f!().pc = pc;
                        tri!(super::dictops::dict_merge(ts, d.obj().unwrap(), &v, ins.op() == Op::DICT_MERGE), 'run);
                    }
                    Op::LIST_TO_TUPLE => {
                        let v = stack.pop().unwrap();
                        let items = match &v {
                            Value::Obj(o) => match &o.payload {
                                Payload::List(l) => l.borrow().clone(),
                                _ => Vec::new(),
                            },
                            _ => Vec::new(),
                        };
                        stack.push(new_tuple(items));
                    }
                    Op::UNPACK_SEQUENCE => {
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        tri!(unpack(ts, f!(), v, arg as usize, None), 'run);
                    }
                    Op::UNPACK_EX => {
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        tri!(unpack(ts, f!(), v, before, Some(after)), 'run);
                    }
                    Op::GET_ITER => {
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        let it = tri!(super::iterops::iter(ts, &v), 'run);
                        f!().stack.push(it);
                    }
                    Op::FOR_ITER => {
                        // Fast path: a range or list iterator advances in place.
                        if let Some(step) = for_iter_fast(stack.last().unwrap()) {
                            match step {
                                Some(v) => stack.push(v),
                                None => {
                                    stack.pop();
                                    pc = arg as usize;
                                }
                            }
                            continue;
                        }
                        let it = stack.last().unwrap().clone();
                        f!().pc = pc;
                        match tri!(super::iterops::next(ts, &it), 'run) {
                            Some(v) => f!().stack.push(v),
                            None => {
                                f!().stack.pop();
                                pc = arg as usize;
                            }
                        }
                    }
                    Op::JUMP_FORWARD | Op::JUMP_BACKWARD => pc = arg as usize,
                    Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                        let v = stack.pop().unwrap();
                        let t = match v {
                            Value::Bool(b) => b,
                            _ => {
                                f!().pc = pc;
                                tri!(truthy(ts, &v), 'run)
                            }
                        };
                        if t == (ins.op() == Op::POP_JUMP_IF_TRUE) {
                            pc = arg as usize;
                        }
                    }
                    Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_NOT_NONE => {
                        let v = stack.pop().unwrap();
                        if v.is_none() == (ins.op() == Op::POP_JUMP_IF_NONE) {
                            pc = arg as usize;
                        }
                    }
                    Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                        let v = stack.last().unwrap().clone();
                        f!().pc = pc;
                        let t = tri!(truthy(ts, &v), 'run);
                        if t == (ins.op() == Op::JUMP_IF_TRUE_OR_POP) {
                            pc = arg as usize;
                        } else {
                            f!().stack.pop();
                        }
                    }
                    Op::RAISE_VARARGS => {
                        f!().pc = pc;
                        let e = match arg {
                            0 => match &ts.exc_info {
                                Value::Obj(o) => {
                                    reraise = true;
                                    PyErr(o.clone())
                                }
                                _ => runtime_error("No active exception to reraise"),
                            },
                            1 => {
                                let v = f!().stack.pop().unwrap();
                                tri!(super::exceptions::make_exception(ts, &v), 'run)
                            }
                            _ => {
                                let cause = f!().stack.pop().unwrap();
                                let v = f!().stack.pop().unwrap();
                                let e = tri!(super::exceptions::make_exception(ts, &v), 'run);
                                tri!(super::exceptions::set_cause(ts, &e, cause), 'run);
                                e
                            }
                        };
                        break 'run e;
                    }
                    Op::RERAISE => {
                        let v = stack.pop().unwrap();
                        reraise = true;
                        match v {
                            Value::Obj(o) => break 'run PyErr(o),
                            _ => break 'run system_error("RERAISE of a non-exception"),
                        }
                    }
                    Op::PUSH_EXC_INFO => {
                        let exc = stack.pop().unwrap();
                        let prev = std::mem::replace(&mut ts.exc_info, exc.clone());
                        let stack = &mut f!().stack;
                        stack.push(prev);
                        stack.push(exc);
                    }
                    Op::POP_EXCEPT => {
                        let prev = stack.pop().unwrap();
                        ts.exc_info = prev;
                    }
                    Op::CHECK_EXC_MATCH => {
                        let ty = stack.pop().unwrap();
                        let exc = stack.last().unwrap().clone();
                        f!().pc = pc;
                        let m = tri!(super::exceptions::exception_matches(ts, &exc, &ty), 'run);
                        f!().stack.push(Value::Bool(m));
                    }
                    Op::WITH_EXCEPT_START => {
                        let exc = stack.last().unwrap().clone();
                        let exit = stack[stack.len() - 4].clone();
                        f!().pc = pc;
                        let ty = Value::Obj(type_of(&exc));
                        let tb = match &exc {
                            Value::Obj(o) => super::errors::exc_data(o).map(|d| d.traceback.borrow().clone()).unwrap_or(Value::None),
                            _ => Value::None,
                        };
                        let r = tri!(super::call::call(ts, &exit, &[ty, exc, tb]), 'run);
                        f!().stack.push(r);
                    }
                    Op::BEFORE_WITH => {
                        let mgr = stack.pop().unwrap();
                        f!().pc = pc;
                        let t = type_of(&mgr);
                        let enter = type_lookup_str(&t, "__enter__");
                        let exit = type_lookup_str(&t, "__exit__");
                        let (Some(enter), Some(exit)) = (enter, exit) else {
                            let missing = if type_lookup_str(&t, "__enter__").is_none() { "" } else { " (missed __exit__ method)" };
                            break 'run type_error(format!(
                                "'{}' object does not support the context manager protocol{}",
                                type_name(&mgr),
                                missing
                            ));
                        };
                        let exit_bound = tri!(descr_get(ts, &exit, &mgr, &t), 'run).unwrap_or(exit);
                        f!().stack.push(exit_bound);
                        let r = tri!(super::call::call(ts, &enter, &[mgr]), 'run);
                        f!().stack.push(r);
                    }
                    Op::LOAD_ASSERTION_ERROR => stack.push(Value::Obj(types().assertion_error.clone())),
                    Op::SETUP_ANNOTATIONS => {
                        let locals = f!().locals.clone();
                        f!().pc = pc;
                        let key = Value::Obj(intern("__annotations__"));
                        if let Value::Obj(l) = &locals {
                            let has = tri!(super::dictops::mapping_get(ts, l, &key), 'run);
                            if has.is_none() {
                                tri!(setitem(ts, &locals, &key, new_dict()), 'run);
                            }
                        }
                    }
                    Op::IMPORT_NAME => {
                        let fromlist = stack.pop().unwrap();
                        let level = stack.pop().unwrap();
                        let name = f!().code.names[arg as usize].clone();
                        f!().pc = pc;
                        let g = f!().globals.clone();
                        let m = tri!(super::import::import_name(ts, &name, &g, &fromlist, &level), 'run);
                        f!().stack.push(m);
                    }
                    Op::IMPORT_FROM => {
                        let m = stack.last().unwrap().clone();
                        let name = f!().code.names[arg as usize].clone();
                        f!().pc = pc;
                        let v = tri!(super::import::import_from(ts, &m, &name), 'run);
                        f!().stack.push(v);
                    }
                    Op::IMPORT_STAR => {
                        let m = stack.pop().unwrap();
                        let locals = f!().locals.clone();
                        f!().pc = pc;
                        tri!(super::import::import_star(ts, &m, &locals), 'run);
                    }
                    Op::FORMAT_VALUE => {
                        let spec = if arg & 4 != 0 { stack.pop() } else { None };
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        let r = tri!(super::format::format_value(ts, v, arg & 3, spec), 'run);
                        f!().stack.push(r);
                    }
                    Op::PRINT_EXPR => {
                        let v = stack.pop().unwrap();
                        f!().pc = pc;
                        tri!(super::builtins::display_hook(ts, v), 'run);
                    }
                    Op::GET_LEN => {
                        let v = stack.last().unwrap().clone();
                        f!().pc = pc;
                        let n = tri!(len(ts, &v), 'run);
                        f!().stack.push(Value::Int(n as i64));
                    }
                    Op::MATCH_MAPPING => {
                        let v = stack.last().unwrap().clone();
                        f!().pc = pc;
                        let r = tri!(super::matching::is_mapping(ts, &v), 'run);
                        f!().stack.push(Value::Bool(r));
                    }
                    Op::MATCH_SEQUENCE => {
                        let v = stack.last().unwrap().clone();
                        f!().pc = pc;
                        let r = tri!(super::matching::is_sequence(ts, &v), 'run);
                        f!().stack.push(Value::Bool(r));
                    }
                    Op::MATCH_KEYS => {
                        let keys = stack.last().unwrap().clone();
                        let subject = stack[stack.len() - 2].clone();
                        f!().pc = pc;
                        let (vals, rest) = tri!(super::matching::match_keys(ts, &subject, &keys, arg == 1), 'run);
                        f!().stack.push(vals);
                        if arg == 1 {
                            f!().stack.push(rest);
                        }
                    }
                    Op::MATCH_CLASS => {
                        let names = stack.pop().unwrap();
                        let cls = stack.pop().unwrap();
                        let subject = stack.pop().unwrap();
                        f!().pc = pc;
                        let r = tri!(super::matching::match_class(ts, &subject, &cls, arg as usize, &names), 'run);
                        f!().stack.push(r);
                    }
                }
            }
        };

        // ---- the error path: unwind to a handler or out of the frame ----
        f!().pc = pc;
        let lasti = pc.saturating_sub(1) as u32;
        if !reraise {
            super::exceptions::on_raise(ts, &err);
            super::traceback::add_traceback(ts, &err, ts.frames.len() - 1, lasti);
            if super::tracing::on(ts) {
                if let Err(e) = super::tracing::on_exception(ts, &err.value()) {
                    // The trace function raised: its exception replaces ours.
                    pending = Some(e);
                    reraise = true;
                    continue 'frames;
                }
            }
        }
        reraise = false;
        if let Some(h) = f!().code.co.handler_for(lasti).copied() {
            let stack = &mut f!().stack;
            stack.truncate(h.depth as usize);
            if h.push_lasti {
                stack.push(Value::Int(lasti as i64));
            }
            stack.push(err.value());
            f!().pc = h.handler as usize;
            continue 'frames;
        }
        if super::tracing::on(ts) {
            super::tracing::on_unwind(ts);
        }
        if let Some(done) = ts.frames.pop() {
            Frame::recycle(done);
        }
        if ts.frames.len() == entry {
            return Err(err);
        }
        pending = Some(err);
    }
}

/// FOR_ITER over a built-in range or list iterator, advanced without a
/// call: `Some(Some(v))` is the next item, `Some(None)` exhaustion, `None`
/// means "take the general path" (any other iterator, or a list iterator
/// whose list is a subclass: iterops::next decides those).
#[inline(always)]
fn for_iter_fast(it: &Value) -> Option<Option<Value>> {
    let Value::Obj(o) = it else { return None };
    let Payload::Iter(st) = &o.payload else { return None };
    let mut b = st.try_borrow_mut().ok()?;
    match &mut *b {
        crate::objects::iter::IterState::Range { next, step, remaining } => {
            if *remaining <= 0 {
                return Some(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Some(Some(Value::Int(v)))
        }
        crate::objects::iter::IterState::Seq { seq: Value::Obj(so), idx } => match &so.payload {
            Payload::List(l) if std::rc::Rc::ptr_eq(so.ty(), &types().list) => {
                let l = l.borrow();
                let i = *idx;
                if i < l.len() {
                    *idx += 1;
                    Some(Some(l[i].clone()))
                } else {
                    None
                }
            }
            _ => None,
        },
        _ => None,
    }
}

/// LOAD_GLOBAL through the code object's inline cache; fills the cache on
/// a miss. None when the name is in neither dict (or a dict is not plain).
#[inline]
fn load_global_cached(f: &Frame, i: usize) -> Option<Value> {
    let (Payload::Dict(gt), Payload::Dict(bt)) = (&f.globals.payload, &f.builtins.payload) else { return None };
    let gp = std::rc::Rc::as_ptr(&f.globals) as usize;
    let bp = std::rc::Rc::as_ptr(&f.builtins) as usize;
    let cell = &f.code.global_cache[i];
    let c = cell.get();
    let g = gt.borrow();
    if c.valid && c.globals == gp && c.gversion == g.version {
        if !c.in_builtins {
            let e = g.entry(c.index as usize);
            if !e.key.is_null() {
                return Some(e.value.clone());
            }
        } else {
            let b = bt.borrow();
            if c.builtins == bp && c.bversion == b.version {
                let e = b.entry(c.index as usize);
                if !e.key.is_null() {
                    return Some(e.value.clone());
                }
            }
        }
    }
    // Miss: look the name up and remember where it was.
    let name = &f.code.names[i];
    let Payload::Str(ns) = &name.payload else { return None };
    let h = ns.hash();
    let eqf = |k: &Value| matches!(k, Value::Obj(o) if std::rc::Rc::ptr_eq(o, name) || matches!(&o.payload, Payload::Str(s) if s.as_str() == ns.as_str()));
    if let Some(ix) = g.find_with(h, eqf) {
        cell.set(GlobalCache { globals: gp, gversion: g.version, builtins: 0, bversion: 0, index: ix as u32, in_builtins: false, valid: true });
        return Some(g.entry(ix).value.clone());
    }
    let b = bt.borrow();
    if let Some(ix) = b.find_with(h, eqf) {
        cell.set(GlobalCache { globals: gp, gversion: g.version, builtins: bp, bversion: b.version, index: ix as u32, in_builtins: true, valid: true });
        return Some(b.entry(ix).value.clone());
    }
    None
}

/// Split a vectorcall argument slice into positional and keyword parts.
#[inline]
fn split_args<'a>(argv: &'a [Value], kwnames: Option<&'a PyRef>) -> Args<'a> {
    match kwnames {
        None => Args::new(argv),
        Some(t) => {
            let Payload::Tuple(names) = &t.payload else { unreachable!() };
            let npos = argv.len() - names.len();
            Args { pos: &argv[..npos], kwnames: names, kwvals: &argv[npos..] }
        }
    }
}

fn call_ex(ts: &mut ThreadState, callable: &Value, posargs: &Value, kw: Option<&Value>) -> PyResult<Value> {
    let pos: Vec<Value> = match posargs {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => super::iterops::collect(ts, posargs)?,
        },
        _ => super::iterops::collect(ts, posargs)?,
    };
    let mut names = Vec::new();
    let mut vals = Vec::new();
    if let Some(Value::Obj(d)) = kw {
        if let Payload::Dict(t) = &d.payload {
            for e in t.borrow().iter() {
                names.push(e.key.clone());
                vals.push(e.value.clone());
            }
        }
    }
    call_args(ts, callable, Args { pos: &pos, kwnames: &names, kwvals: &vals })
}

fn unpack(ts: &mut ThreadState, f: &mut Frame, v: Value, before: usize, after: Option<usize>) -> PyResult<()> {
    let items: Vec<Value> = match &v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            Payload::List(l) => l.borrow().clone(),
            _ => collect_for_unpack(ts, &v)?,
        },
        _ => collect_for_unpack(ts, &v)?,
    };
    match after {
        None => {
            if items.len() != before {
                if items.len() > before {
                    return Err(value_error(format!("too many values to unpack (expected {})", before)));
                }
                return Err(value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    before,
                    items.len()
                )));
            }
            f.stack.extend(items.into_iter().rev());
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            let n = items.len();
            let tail: Vec<Value> = items[n - after..].to_vec();
            let mid: Vec<Value> = items[before..n - after].to_vec();
            for x in tail.into_iter().rev() {
                f.stack.push(x);
            }
            f.stack.push(new_list(mid));
            for x in items[..before].iter().rev() {
                f.stack.push(x.clone());
            }
        }
    }
    Ok(())
}

fn collect_for_unpack(ts: &mut ThreadState, v: &Value) -> PyResult<Vec<Value>> {
    if !super::iterops::is_iterable(v) {
        return Err(type_error(format!("cannot unpack non-iterable {} object", type_name(v))));
    }
    super::iterops::collect(ts, v)
}

fn load_name(ts: &mut ThreadState, f: &mut Frame, name: &PyRef) -> PyResult<Value> {
    if let Value::Obj(l) = &f.locals {
        let l = l.clone();
        if let Some(v) = super::dictops::mapping_get(ts, &l, &Value::Obj(name.clone()))? {
            return Ok(v);
        }
    }
    if let Some(v) = dict_get_strobj(&f.globals, name) {
        return Ok(v);
    }
    if let Some(v) = dict_get_strobj(&f.builtins, name) {
        return Ok(v);
    }
    Err(name_error_for(name))
}

fn store_name(ts: &mut ThreadState, locals: &Value, name: PyRef, v: Value) -> PyResult<()> {
    match locals {
        Value::Obj(l) if is_exact(l, &types().dict) => super::dictops::dict_setitem(ts, l, Value::Obj(name), v),
        _ => setitem(ts, locals, &Value::Obj(name), v),
    }
}

#[cold]
fn name_error_for(name: &PyRef) -> PyErr {
    let n = as_str(&Value::Obj(name.clone())).unwrap().as_str().to_string();
    let e = name_error(format!("name '{}' is not defined", n));
    let _ = set_dict_item_str(&e.0, "name", Value::Obj(name.clone()));
    e
}

#[cold]
fn unbound_local(name: &PyRef) -> PyErr {
    let n = as_str(&Value::Obj(name.clone())).unwrap().as_str().to_string();
    unbound_local_error(format!("cannot access local variable '{}' where it is not associated with a value", n))
}

fn deref_name(f: &Frame, i: usize) -> String {
    let co = &f.code.co;
    let nv = co.varnames.len();
    if i < nv + co.cellvars.len() {
        co.cellvars[i - nv].to_string()
    } else {
        co.freevars[i - nv - co.cellvars.len()].to_string()
    }
}

#[cold]
fn free_var_error(f: &Frame, i: usize) -> PyErr {
    let name = deref_name(f, i);
    let co = &f.code.co;
    if i < co.varnames.len() + co.cellvars.len() {
        unbound_local_error(format!("cannot access local variable '{}' where it is not associated with a value", name))
    } else {
        name_error(format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name))
    }
}

pub fn cell_get(cell: &Value) -> Value {
    match cell {
        Value::Obj(o) => match &o.payload {
            Payload::Cell(c) => c.borrow().clone(),
            _ => Value::Null,
        },
        _ => Value::Null,
    }
}

pub fn cell_set(cell: &Value, v: Value) {
    if let Value::Obj(o) = cell {
        if let Payload::Cell(c) = &o.payload {
            let old = std::mem::replace(&mut *c.borrow_mut(), v);
            drop(old);
        }
    }
}
