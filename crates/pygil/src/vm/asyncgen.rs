//! Async generators (PEP 525), as CPython 3.11's genobject.c runs them.
//!
//! An async generator's frame yields two kinds of values: the ones its
//! `yield` produces, which ASYNC_GEN_WRAP marks (an
//! `async_generator_wrapped_value`), and the ones that come up through an
//! `await` inside it, which are for the event loop. The consumer never
//! resumes the frame directly: `__anext__()`/`asend(v)` return an
//! `async_generator_asend` awaitable, `athrow()`/`aclose()` an
//! `async_generator_athrow`. Driving one of those resumes the frame; a
//! wrapped value ends the await with StopIteration(value) (the result of
//! `await agen.__anext__()`), an unwrapped one is passed through to the
//! event loop, and the frame's end raises StopAsyncIteration.
//!
//! `ag_running_async` forbids two awaitables driving one generator at a
//! time; `ag_closed` makes later `athrow`/`aclose` finish at once. On the
//! first `asend`/`athrow`/`aclose` the hooks of `sys.set_asyncgen_hooks`
//! are consulted (firstiter is called, finalizer remembered); a generator
//! that dies suspended is then handed to its finalizer (asyncio schedules
//! `aclose()` on the loop) instead of being closed synchronously.

use super::call::call;
use super::errors::*;
use super::generator::{gen_data, resume, throw, throw_args, GenData, GenKind, Sent};
use super::ops::*;
use super::types::{types, TypeBuilder};
use super::{PyResult, ThreadState};
use crate::objects::function::Args;
use crate::objects::object::NativeData;
use crate::objects::{Payload, PyObject, PyRef, Value};
use std::cell::{Cell, RefCell};

/// A value an async generator's `yield` produced (ASYNC_GEN_WRAP).
struct Wrapped(Value);

impl NativeData for Wrapped {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// ASYNC_GEN_WRAP.
pub fn wrap(v: Value) -> Value {
    Value::Obj(PyObject::new(types().async_generator_wrapped_value.clone(), Payload::Native(Box::new(Wrapped(v)))))
}

fn unwrap(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<Wrapped>().map(|w| w.0.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The life of an asend/athrow awaitable (CPython's AwaitableState).
#[derive(Copy, Clone, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend`: what `__anext__()` and `asend(v)` return.
struct ASend {
    gen: PyRef,
    sendval: RefCell<Value>,
    state: Cell<State>,
}

/// `async_generator_athrow`: what `athrow(...)` (`args` set) and
/// `aclose()` (`args` None) return.
struct AThrow {
    gen: PyRef,
    args: Option<Vec<Value>>,
    state: Cell<State>,
}

impl NativeData for ASend {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl NativeData for AThrow {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Objects whose `__await__` is themselves (asend/athrow), for GET_AWAITABLE.
pub fn is_awaitable_native(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n.as_any().is::<ASend>() || n.as_any().is::<AThrow>(),
            _ => false,
        },
        _ => false,
    }
}

/// SEND on an asend/athrow awaitable or a coroutine_wrapper, without a
/// method lookup; None for any other native object.
pub fn send_native(ts: &mut ThreadState, o: &PyRef, v: Value) -> Option<PyResult<Sent>> {
    let Payload::Native(n) = &o.payload else { return None };
    let any = n.as_any();
    if let Some(a) = any.downcast_ref::<ASend>() {
        return Some(asend_send(ts, a, v));
    }
    if let Some(a) = any.downcast_ref::<AThrow>() {
        return Some(athrow_send(ts, a, v));
    }
    let c = super::coroutine::wrapper_target(o)?;
    Some(resume(ts, &c, v, None))
}

/// The async generator's own resumption, CPython-style: Ok is a value
/// the frame yielded, and the frame's return is StopAsyncIteration.
fn gen_send(ts: &mut ThreadState, gen: &PyRef, v: Value) -> PyResult<Value> {
    match resume(ts, gen, v, None)? {
        Sent::Yielded(y) => Ok(y),
        Sent::Returned(_) => Err(PyErr::with_args(&types().stop_async_iteration, vec![])),
    }
}

fn gen_throw(ts: &mut ThreadState, gen: &PyRef, e: PyErr) -> PyResult<Value> {
    match throw(ts, gen, e)? {
        Sent::Yielded(y) => Ok(y),
        Sent::Returned(_) => Err(PyErr::with_args(&types().stop_async_iteration, vec![])),
    }
}

/// CPython's async_gen_unwrap_value. `Sent::Returned(v)` means the await
/// is over with value `v` (StopIteration(v)); `Sent::Yielded` passes a
/// value through to the event loop.
fn unwrap_value(g: &GenData, r: PyResult<Value>) -> PyResult<Sent> {
    match r {
        Err(e) => {
            if e.matches(&types().stop_async_iteration) || e.matches(&types().generator_exit) {
                g.ag_closed.set(true);
            }
            g.ag_running_async.set(false);
            Err(e)
        }
        Ok(v) => match unwrap(&v) {
            Some(inner) => {
                g.ag_running_async.set(false);
                Ok(Sent::Returned(inner))
            }
            None => Ok(Sent::Yielded(v)),
        },
    }
}

fn asend_send(ts: &mut ThreadState, a: &ASend, mut v: Value) -> PyResult<Sent> {
    let g = gen_data(&a.gen);
    match a.state.get() {
        State::Closed => return Err(runtime_error("cannot reuse already awaited __anext__()/asend()")),
        State::Init => {
            if g.ag_running_async.get() {
                return Err(runtime_error("anext(): asynchronous generator is already running"));
            }
            if v.is_none() {
                v = a.sendval.borrow().clone();
            }
            a.state.set(State::Iter);
        }
        State::Iter => {}
    }
    g.ag_running_async.set(true);
    let r = gen_send(ts, &a.gen, v);
    let r = unwrap_value(g, r);
    if !matches!(r, Ok(Sent::Yielded(_))) {
        a.state.set(State::Closed);
    }
    r
}

fn asend_throw(ts: &mut ThreadState, a: &ASend, e: PyErr) -> PyResult<Sent> {
    if a.state.get() == State::Closed {
        return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let g = gen_data(&a.gen);
    let r = gen_throw(ts, &a.gen, e);
    let r = unwrap_value(g, r);
    if !matches!(r, Ok(Sent::Yielded(_))) {
        a.state.set(State::Closed);
    }
    r
}

#[cold]
fn ignored_exit(g: &GenData, a: &AThrow) -> PyErr {
    g.ag_running_async.set(false);
    a.state.set(State::Closed);
    runtime_error("async generator ignored GeneratorExit")
}

/// The end of an athrow/aclose (CPython's `check_error:`): aclose() turns
/// the generator's StopAsyncIteration or GeneratorExit into its own end.
fn athrow_check_error(g: &GenData, a: &AThrow, e: PyErr) -> PyResult<Sent> {
    g.ag_running_async.set(false);
    a.state.set(State::Closed);
    if a.args.is_none() && (e.matches(&types().stop_async_iteration) || e.matches(&types().generator_exit)) {
        return Ok(Sent::Returned(Value::None));
    }
    Err(e)
}

fn athrow_send(ts: &mut ThreadState, a: &AThrow, v: Value) -> PyResult<Sent> {
    let g = gen_data(&a.gen);
    if a.state.get() == State::Closed {
        return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if g.frame.borrow().is_none() && !g.running.get() {
        a.state.set(State::Closed);
        return Ok(Sent::Returned(Value::None));
    }
    if a.state.get() == State::Init {
        if g.ag_running_async.get() {
            a.state.set(State::Closed);
            let which = if a.args.is_none() { "aclose" } else { "athrow" };
            return Err(runtime_error(format!("{}(): asynchronous generator is already running", which)));
        }
        if g.ag_closed.get() {
            a.state.set(State::Closed);
            return Err(PyErr::with_args(&types().stop_async_iteration, vec![]));
        }
        if !v.is_none() {
            return Err(runtime_error("can't send non-None value to a just-started coroutine"));
        }
        a.state.set(State::Iter);
        g.ag_running_async.set(true);
        return match &a.args {
            None => {
                g.ag_closed.set(true);
                let exit = PyErr::with_args(&types().generator_exit, vec![]);
                match gen_throw(ts, &a.gen, exit) {
                    Ok(y) if unwrap(&y).is_some() => Err(ignored_exit(g, a)),
                    Ok(y) => Ok(Sent::Yielded(y)),
                    Err(e) => athrow_check_error(g, a, e),
                }
            }
            Some(args) => {
                let e = throw_args(ts, args)?;
                let r = gen_throw(ts, &a.gen, e);
                match unwrap_value(g, r) {
                    Err(e) => athrow_check_error(g, a, e),
                    ok => ok,
                }
            }
        };
    }
    let r = gen_send(ts, &a.gen, v);
    match &a.args {
        Some(_) => unwrap_value(g, r),
        None => match r {
            Ok(y) if unwrap(&y).is_some() => Err(ignored_exit(g, a)),
            Ok(y) => Ok(Sent::Yielded(y)),
            Err(e) => athrow_check_error(g, a, e),
        },
    }
}

fn athrow_throw(ts: &mut ThreadState, a: &AThrow, e: PyErr) -> PyResult<Sent> {
    if a.state.get() == State::Closed {
        return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let g = gen_data(&a.gen);
    let r = gen_throw(ts, &a.gen, e);
    match &a.args {
        Some(_) => unwrap_value(g, r),
        None => match r {
            Ok(y) if unwrap(&y).is_some() => Err(ignored_exit(g, a)),
            Ok(y) => Ok(Sent::Yielded(y)),
            Err(e) if e.matches(&types().stop_async_iteration) || e.matches(&types().generator_exit) => {
                Ok(Sent::Returned(Value::None))
            }
            Err(e) => Err(e),
        },
    }
}

// ---- the async_generator type ------------------------------------------

fn agen(args: &Args) -> PyResult<PyRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(&o.payload, Payload::Coroutine(g) if g.kind == GenKind::AsyncGen) => Ok(o.clone()),
        Some(v) => Err(type_error(format!("descriptor requires a 'async_generator' object but received a '{}'", type_name(v)))),
        None => Err(type_error("descriptor needs an argument")),
    }
}

/// On the first asend/athrow/aclose: remember the finalizer hook and call
/// the firstiter hook (CPython's async_gen_init_hooks).
fn init_hooks(ts: &mut ThreadState, o: &PyRef) -> PyResult<()> {
    let g = gen_data(o);
    if g.ag_hooks_inited.get() {
        return Ok(());
    }
    g.ag_hooks_inited.set(true);
    let (firstiter, finalizer) = super::coroutine::asyncgen_hooks(ts);
    if !finalizer.is_none() {
        *g.ag_finalizer.borrow_mut() = finalizer;
    }
    if !firstiter.is_none() {
        call(ts, &firstiter, &[Value::Obj(o.clone())])?;
    }
    Ok(())
}

/// `agen.asend(v)` (and `__anext__()`, GET_ANEXT: v = None).
pub fn asend(ts: &mut ThreadState, o: &PyRef, v: Value) -> PyResult<Value> {
    init_hooks(ts, o)?;
    let a = ASend { gen: o.clone(), sendval: RefCell::new(v), state: Cell::new(State::Init) };
    Ok(Value::Obj(PyObject::new(types().async_generator_asend.clone(), Payload::Native(Box::new(a)))))
}

fn athrow_obj(ts: &mut ThreadState, o: &PyRef, args: Option<Vec<Value>>) -> PyResult<Value> {
    init_hooks(ts, o)?;
    let a = AThrow { gen: o.clone(), args, state: Cell::new(State::Init) };
    Ok(Value::Obj(PyObject::new(types().async_generator_athrow.clone(), Payload::Native(Box::new(a)))))
}

fn ag_anext(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = agen(&args)?;
    asend(ts, &o, Value::None)
}

fn ag_asend(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("asend", &args, 2, 2)?;
    let o = agen(&args)?;
    asend(ts, &o, args.pos[1].clone())
}

fn ag_athrow(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("athrow", &args, 2, 4)?;
    let o = agen(&args)?;
    athrow_obj(ts, &o, Some(args.pos[1..].to_vec()))
}

fn ag_aclose(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("aclose", &args, 1, 1)?;
    let o = agen(&args)?;
    athrow_obj(ts, &o, None)
}

fn ag_aiter(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    agen(&args)?;
    Ok(args.pos[0].clone())
}

fn ag_running(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = agen(&args)?;
    Ok(Value::Bool(gen_data(&o).ag_running_async.get()))
}

macro_rules! ag_getter {
    ($fn:ident, $attr:literal) => {
        fn $fn(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            let o = agen(&args)?;
            super::coroutine::gen_attr(ts, &o, $attr)
        }
    };
}
ag_getter!(ag_frame, "frame");
ag_getter!(ag_code, "code");
ag_getter!(ag_await, "await");
ag_getter!(ag_name, "name");
ag_getter!(ag_qualname, "qualname");

fn ag_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = agen(&args)?;
    Ok(super::coroutine::gen_repr(&o, "async_generator"))
}

fn ag_class_getitem(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

/// A suspended async generator dies with a finalizer hook set: its frame
/// moves into a fresh async generator object (the dying one cannot be
/// resurrected), which is handed to the hook, as CPython's _PyGen_Finalize
/// hands the generator itself (CPython calls the hook during the
/// deallocation; pygil at the next instruction boundary).
pub fn call_finalizer(g: &mut GenData, finalizer: Value) {
    let data = Box::new(GenData {
        kind: GenKind::AsyncGen,
        frame: RefCell::new(g.frame.get_mut().take()),
        running: Cell::new(false),
        started: Cell::new(g.started.get()),
        exc_state: RefCell::new(std::mem::replace(g.exc_state.get_mut(), Value::None)),
        name: RefCell::new(g.name.get_mut().clone()),
        qualname: RefCell::new(g.qualname.get_mut().clone()),
        code: g.code.clone(),
        ag_closed: Cell::new(false),
        ag_running_async: Cell::new(false),
        ag_hooks_inited: Cell::new(true),
        ag_finalizer: RefCell::new(Value::None),
        finalized: Cell::new(true),
    });
    let obj = PyObject::new(types().async_generator.clone(), Payload::Coroutine(data));
    // Not from inside Drop: at the next instruction boundary (vm/finalize.rs).
    super::finalize::queue_call(obj, finalizer);
}

// ---- the asend / athrow awaitables -------------------------------------

fn asend_self(args: &Args) -> PyResult<PyRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(&o.payload, Payload::Native(n) if n.as_any().is::<ASend>()) => Ok(o.clone()),
        _ => Err(type_error("descriptor requires a 'async_generator_asend' object")),
    }
}

fn athrow_self(args: &Args) -> PyResult<PyRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(&o.payload, Payload::Native(n) if n.as_any().is::<AThrow>()) => Ok(o.clone()),
        _ => Err(type_error("descriptor requires a 'async_generator_athrow' object")),
    }
}

fn as_asend(o: &PyRef) -> &ASend {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<ASend>().expect("asend"),
        _ => unreachable!(),
    }
}

fn as_athrow(o: &PyRef) -> &AThrow {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<AThrow>().expect("athrow"),
        _ => unreachable!(),
    }
}

fn to_result(r: PyResult<Sent>) -> PyResult<Value> {
    super::generator::sent_to_result(r?)
}

fn asend_next(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = asend_self(&args)?;
    to_result(asend_send(ts, as_asend(&o), Value::None))
}

fn asend_send_m(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("send", &args, 2, 2)?;
    let o = asend_self(&args)?;
    to_result(asend_send(ts, as_asend(&o), args.pos[1].clone()))
}

fn asend_throw_m(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("throw", &args, 2, 4)?;
    let o = asend_self(&args)?;
    let e = throw_args(ts, &args.pos[1..])?;
    to_result(asend_throw(ts, as_asend(&o), e))
}

fn asend_close(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = asend_self(&args)?;
    as_asend(&o).state.set(State::Closed);
    Ok(Value::None)
}

fn athrow_next(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = athrow_self(&args)?;
    to_result(athrow_send(ts, as_athrow(&o), Value::None))
}

fn athrow_send_m(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("send", &args, 2, 2)?;
    let o = athrow_self(&args)?;
    to_result(athrow_send(ts, as_athrow(&o), args.pos[1].clone()))
}

fn athrow_throw_m(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("throw", &args, 2, 4)?;
    let o = athrow_self(&args)?;
    let e = throw_args(ts, &args.pos[1..])?;
    to_result(athrow_throw(ts, as_athrow(&o), e))
}

fn athrow_close(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = athrow_self(&args)?;
    as_athrow(&o).state.set(State::Closed);
    Ok(Value::None)
}

fn return_self(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

pub fn init() {
    let t = types();
    TypeBuilder::new(&t.async_generator, "async_generator")
        .static_method("__new__", super::coroutine::no_new)
        .method("__aiter__", ag_aiter)
        .method("__anext__", ag_anext)
        .method("asend", ag_asend)
        .method("athrow", ag_athrow)
        .method("aclose", ag_aclose)
        .method("__repr__", ag_repr)
        .class_method("__class_getitem__", ag_class_getitem)
        .getter("__name__", ag_name)
        .getter("__qualname__", ag_qualname)
        .getter("ag_running", ag_running)
        .getter("ag_frame", ag_frame)
        .getter("ag_code", ag_code)
        .getter("ag_await", ag_await);
    TypeBuilder::new(&t.async_generator_asend, "async_generator_asend")
        .static_method("__new__", super::coroutine::no_new)
        .method("__next__", asend_next)
        .method("__iter__", return_self)
        .method("__await__", return_self)
        .method("send", asend_send_m)
        .method("throw", asend_throw_m)
        .method("close", asend_close);
    TypeBuilder::new(&t.async_generator_athrow, "async_generator_athrow")
        .static_method("__new__", super::coroutine::no_new)
        .method("__next__", athrow_next)
        .method("__iter__", return_self)
        .method("__await__", return_self)
        .method("send", athrow_send_m)
        .method("throw", athrow_throw_m)
        .method("close", athrow_close);
}
