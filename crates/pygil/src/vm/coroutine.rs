//! Coroutines: `async def` and `await` (PEP 492), as CPython 3.11 runs them.
//!
//! A coroutine object is a generator's suspended frame (generator.rs, kind
//! `Coroutine`) that is not an iterator. `await x` compiles to
//! `GET_AWAITABLE` and the SEND / YIELD_VALUE loop of `yield from`: the
//! awaitable's iterator is driven until it returns, and every value it
//! yields travels up through all the awaiting coroutines to whoever calls
//! `send` on the outermost one (an event loop). So a coroutine suspends
//! only where some iterator at the bottom of the `await` chain yields
//! (an asyncio Future's `__await__`, or a `types.coroutine` generator).
//!
//! This file holds the `coroutine` and `coroutine_wrapper` types and the
//! handlers of the async instructions (GET_AWAITABLE, GET_AITER,
//! GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH), following ceval.c and
//! genobject.c (`_PyCoro_GetAwaitableIter`, `format_awaitable_error`).
//! Async generators are in asyncgen.rs.

use super::call::call;
use super::errors::*;
use super::generator::{as_gen, delegate, gen_data, resume, sent_to_result, throw_args, GenKind};
use super::ops::*;
use super::thread::GilCell;
use super::types::{types, TypeBuilder};
use super::{PyResult, ThreadState};
use crate::bytecode::flags as coflags;
use crate::objects::function::Args;
use crate::objects::object::NativeData;
use crate::objects::{Payload, PyObject, PyRef, Value};

/// Is `v` awaitable as it is: a coroutine, or a generator whose function
/// `types.coroutine` marked (CPython's `PyCoro_CheckExact || gen_is_coroutine`)?
fn is_coroutine_like(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match &o.payload {
        Payload::Coroutine(g) => g.kind == GenKind::Coroutine,
        Payload::Generator(g) => g.code.co.flags & coflags::ITERABLE_COROUTINE != 0,
        _ => false,
    }
}

fn is_coroutine(v: &Value) -> bool {
    matches!(as_gen(v), Some(g) if g.kind == GenKind::Coroutine)
}

/// The iterator `await v` drives (CPython's `_PyCoro_GetAwaitableIter`).
pub fn awaitable_iter(ts: &mut ThreadState, v: &Value) -> PyResult<Value> {
    if is_coroutine_like(v) || super::asyncgen::is_awaitable_native(v) {
        return Ok(v.clone());
    }
    let t = type_of(v);
    let Some(f) = type_lookup_str(&t, "__await__") else {
        return Err(type_error(format!("object {} can't be used in 'await' expression", type_name(v))));
    };
    let r = call(ts, &f, std::slice::from_ref(v))?;
    if is_coroutine_like(&r) {
        return Err(type_error("__await__() returned a coroutine"));
    }
    if !is_iterator(&r) {
        return Err(type_error(format!("__await__() returned non-iterator of type '{}'", type_name(&r))));
    }
    Ok(r)
}

fn is_iterator(v: &Value) -> bool {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_) | Payload::Iter(_)) => true,
        _ => type_lookup_str(&type_of(v), "__next__").is_some(),
    }
}

/// GET_AWAITABLE: `from` is 1 or 2 when `v` came from `__aenter__` or
/// `__aexit__` (for the error message, as CPython's format_awaitable_error).
pub fn get_awaitable(ts: &mut ThreadState, v: &Value, from: u32) -> PyResult<Value> {
    let it = match awaitable_iter(ts, v) {
        Ok(it) => it,
        Err(e) => {
            if from != 0 && type_lookup_str(&type_of(v), "__await__").is_none() {
                let which = if from == 1 { "__aenter__" } else { "__aexit__" };
                return Err(type_error(format!(
                    "'async with' received an object from {} that does not implement __await__: {}",
                    which,
                    type_name(v)
                )));
            }
            return Err(e);
        }
    };
    if let Value::Obj(o) = &it {
        if is_coroutine(&it) && delegate(o).is_some() {
            return Err(runtime_error("coroutine is being awaited already"));
        }
    }
    Ok(it)
}

/// GET_AITER: `v.__aiter__()`, which must have `__anext__`.
pub fn get_aiter(ts: &mut ThreadState, v: &Value) -> PyResult<Value> {
    if matches!(as_gen(v), Some(g) if g.kind == GenKind::AsyncGen) {
        return Ok(v.clone());
    }
    let Some(f) = type_lookup_str(&type_of(v), "__aiter__") else {
        return Err(type_error(format!("'async for' requires an object with __aiter__ method, got {}", type_name(v))));
    };
    let it = call(ts, &f, std::slice::from_ref(v))?;
    if type_lookup_str(&type_of(&it), "__anext__").is_none() {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_name(&it)
        )));
    }
    Ok(it)
}

/// GET_ANEXT: the awaitable of `aiter.__anext__()`.
pub fn get_anext(ts: &mut ThreadState, aiter: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = aiter {
        if matches!(as_gen(aiter), Some(g) if g.kind == GenKind::AsyncGen) {
            return super::asyncgen::asend(ts, o, Value::None);
        }
    }
    let Some(f) = type_lookup_str(&type_of(aiter), "__anext__") else {
        return Err(type_error(format!("'async for' requires an iterator with __anext__ method, got {}", type_name(aiter))));
    };
    let next = call(ts, &f, std::slice::from_ref(aiter))?;
    awaitable_iter(ts, &next).map_err(|cause| {
        let e = type_error(format!("'async for' received an invalid object from __anext__: {}", type_name(&next)));
        *e.data().cause.borrow_mut() = cause.value();
        *e.data().context.borrow_mut() = cause.value();
        e.data().suppress_context.set(true);
        e
    })
}

/// END_ASYNC_FOR: None when `exc` is StopAsyncIteration (the loop is over),
/// else the exception to re-raise.
pub fn end_async_for(exc: Value) -> Option<PyErr> {
    match exc {
        Value::Obj(o) => {
            let e = PyErr(o);
            if e.matches(&types().stop_async_iteration) {
                None
            } else {
                Some(e)
            }
        }
        _ => Some(system_error("END_ASYNC_FOR without an exception")),
    }
}

/// BEFORE_ASYNC_WITH: (bound `__aexit__`, result of `__aenter__()`).
pub fn before_async_with(ts: &mut ThreadState, mgr: &Value) -> PyResult<(Value, Value)> {
    let t = type_of(mgr);
    let Some(enter) = type_lookup_str(&t, "__aenter__") else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            type_name(mgr)
        )));
    };
    let Some(exit) = type_lookup_str(&t, "__aexit__") else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            type_name(mgr)
        )));
    };
    let exit_bound = descr_get(ts, &exit, mgr, &t)?.unwrap_or(exit);
    let r = call(ts, &enter, std::slice::from_ref(mgr))?;
    Ok((exit_bound, r))
}

/// GET_YIELD_FROM_ITER: a coroutine may only be delegated to by a
/// coroutine or a `types.coroutine` generator (`flags` are the running code's).
pub fn yield_from_iter(ts: &mut ThreadState, v: Value, flags: u32) -> PyResult<Value> {
    let Value::Obj(o) = &v else { return super::iterops::iter(ts, &v) };
    match &o.payload {
        Payload::Generator(_) => Ok(v),
        Payload::Coroutine(g) if g.kind == GenKind::Coroutine => {
            if flags & (coflags::COROUTINE | coflags::ITERABLE_COROUTINE) == 0 {
                return Err(type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
            }
            Ok(v)
        }
        _ => super::iterops::iter(ts, &v),
    }
}

/// SEND under sys.settrace: CPython 3.11 then drives the receiver through
/// `__next__`/`send`, and the StopIteration that ends it is reported as an
/// `exception` event in the SEND's frame. Only a generator's `__next__`
/// returning None finishes without one.
#[cold]
pub fn trace_send_return(ts: &mut ThreadState, receiver: &Value, sent_none: bool, value: &Value) -> PyResult<()> {
    let quiet = sent_none && value.is_none() && matches!(receiver, Value::Obj(o) if matches!(o.payload, Payload::Generator(_)));
    if quiet {
        return Ok(());
    }
    let stop = stop_iteration(value.clone());
    super::tracing::on_exception(ts, &stop.value())
}

/// A coroutine dropped before it ever ran (CPython's
/// `_PyErr_WarnUnawaitedCoroutine`; pygil prints the warning without
/// consulting the warnings filters).
pub fn warn_never_awaited(ts: &mut ThreadState, qualname: &Value) {
    let name = as_str(qualname).map(|s| s.as_str().to_string()).unwrap_or_default();
    let place = match ts.frames.last() {
        Some(f) => format!("{}:{}", f.code.co.filename, f.lineno()),
        None => "sys:1".to_string(),
    };
    super::builtins::write_stderr(
        ts,
        &format!(
            "{}: RuntimeWarning: coroutine '{}' was never awaited\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            place, name
        ),
    );
}

// ---- the coroutine type ------------------------------------------------

fn self_coro(args: &Args, kind: GenKind, tname: &str) -> PyResult<PyRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(&o.payload, Payload::Coroutine(g) if g.kind == kind) => Ok(o.clone()),
        Some(v) => Err(type_error(format!("descriptor requires a '{}' object but received a '{}'", tname, type_name(v)))),
        None => Err(type_error("descriptor needs an argument")),
    }
}

fn coro(args: &Args) -> PyResult<PyRef> {
    self_coro(args, GenKind::Coroutine, "coroutine")
}

fn coro_send(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("send", &args, 2, 2)?;
    let o = coro(&args)?;
    sent_to_result(resume(ts, &o, args.pos[1].clone(), None)?)
}

fn coro_throw(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("throw", &args, 2, 4)?;
    let o = coro(&args)?;
    let e = throw_args(ts, &args.pos[1..])?;
    sent_to_result(super::generator::throw(ts, &o, e)?)
}

fn coro_close(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = coro(&args)?;
    super::generator::close(ts, &o)?;
    Ok(Value::None)
}

fn coro_await(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = coro(&args)?;
    Ok(Value::Obj(PyObject::new(types().coroutine_wrapper.clone(), Payload::Native(Box::new(CoroWrapper(o))))))
}

/// `cr_*` / `ag_*` attributes shared by coroutines and async generators.
pub fn gen_attr(ts: &mut ThreadState, o: &PyRef, attr: &str) -> PyResult<Value> {
    let g = gen_data(o);
    Ok(match attr {
        "running" => Value::Bool(g.running.get()),
        "frame" => match g.frame.borrow().as_ref() {
            Some(fr) => super::traceback::frame_object_for(ts, fr),
            None => Value::None,
        },
        "code" => Value::Obj(PyObject::new(types().code.clone(), Payload::Code(g.code.clone()))),
        "await" => delegate(o).unwrap_or(Value::None),
        "suspended" => Value::Bool(g.started.get() && !g.running.get() && g.frame.borrow().is_some()),
        "name" => g.name.borrow().clone(),
        "qualname" => g.qualname.borrow().clone(),
        _ => Value::None,
    })
}

/// `<coroutine object f at 0x...>` and friends.
pub fn gen_repr(o: &PyRef, what: &str) -> Value {
    let q = gen_data(o).qualname.borrow().clone();
    let q = as_str(&q).map(|s| s.as_str().to_string()).unwrap_or_default();
    new_str(format!("<{} object {} at {:#x}>", what, q, std::rc::Rc::as_ptr(o) as usize))
}

macro_rules! coro_getter {
    ($fn:ident, $attr:literal) => {
        fn $fn(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            let o = coro(&args)?;
            gen_attr(ts, &o, $attr)
        }
    };
}
coro_getter!(cr_running, "running");
coro_getter!(cr_frame, "frame");
coro_getter!(cr_code, "code");
coro_getter!(cr_await, "await");
coro_getter!(cr_suspended, "suspended");
coro_getter!(coro_name, "name");
coro_getter!(coro_qualname, "qualname");

fn cr_origin(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn coro_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = coro(&args)?;
    Ok(gen_repr(&o, "coroutine"))
}

// ---- coroutine_wrapper: what `coro.__await__()` returns ----------------

struct CoroWrapper(PyRef);

impl NativeData for CoroWrapper {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn wrapped(args: &Args) -> PyResult<PyRef> {
    if let Some(Value::Obj(o)) = args.pos.first() {
        if let Payload::Native(n) = &o.payload {
            if let Some(w) = n.as_any().downcast_ref::<CoroWrapper>() {
                return Ok(w.0.clone());
            }
        }
    }
    Err(type_error("descriptor requires a 'coroutine_wrapper' object"))
}

/// SEND on a coroutine_wrapper goes straight to its coroutine.
pub fn wrapper_target(o: &PyObject) -> Option<PyRef> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<CoroWrapper>().map(|w| w.0.clone()),
        _ => None,
    }
}

fn cw_next(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let c = wrapped(&args)?;
    sent_to_result(resume(ts, &c, Value::None, None)?)
}

fn cw_send(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("send", &args, 2, 2)?;
    let c = wrapped(&args)?;
    sent_to_result(resume(ts, &c, args.pos[1].clone(), None)?)
}

fn cw_throw(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("throw", &args, 2, 4)?;
    let c = wrapped(&args)?;
    let e = throw_args(ts, &args.pos[1..])?;
    sent_to_result(super::generator::throw(ts, &c, e)?)
}

fn cw_close(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let c = wrapped(&args)?;
    super::generator::close(ts, &c)?;
    Ok(Value::None)
}

fn cw_iter(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    wrapped(&args)?;
    Ok(args.pos[0].clone())
}

// ---- types.coroutine ----------------------------------------------------

/// `_pygil_coro.iterable_coroutine(func)`, for `types.coroutine` on a
/// generator function: the function again, with CO_ITERABLE_COROUTINE set
/// on a copy of its code, so its generators can be awaited. (CPython
/// assigns `func.__code__`; pygil's functions keep their code, so this is
/// a new function object sharing everything else.)
fn iterable_coroutine(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("iterable_coroutine", &args, 1, 1)?;
    let Value::Obj(o) = &args.pos[0] else { return Err(type_error("expected a function")) };
    let Payload::Function(f) = &o.payload else { return Err(type_error("expected a function")) };
    let mut co = (*f.code.co).clone();
    co.flags |= coflags::ITERABLE_COROUTINE;
    let data = crate::objects::function::FunctionData {
        code: super::code::Code::new(std::rc::Rc::new(co)),
        globals: f.globals.clone(),
        name: std::cell::RefCell::new(f.name.borrow().clone()),
        qualname: std::cell::RefCell::new(f.qualname.borrow().clone()),
        defaults: std::cell::RefCell::new(f.defaults.borrow().clone()),
        kwdefaults: std::cell::RefCell::new(f.kwdefaults.borrow().clone()),
        closure: f.closure.clone(),
        annotations: std::cell::RefCell::new(f.annotations.borrow().clone()),
        doc: std::cell::RefCell::new(f.doc.borrow().clone()),
        module: std::cell::RefCell::new(f.module.borrow().clone()),
    };
    let new = PyObject::new(types().function.clone(), Payload::Function(Box::new(data)));
    if let Some(d) = o.dict.get() {
        let copy = new_dict_obj();
        super::dictops::dict_merge(_ts, &copy, &Value::Obj(d.clone()), false)?;
        let _ = new.dict.set(copy);
    }
    Ok(Value::Obj(new))
}

/// The `_pygil_coro` module: what lib/types.py needs from the VM.
pub fn module_init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    Ok(crate::modules::make_module("_pygil_coro", &[("iterable_coroutine", iterable_coroutine)]))
}

// ---- sys.set_asyncgen_hooks / sys.get_asyncgen_hooks -------------------

/// The hooks each thread set: (thread ident, firstiter, finalizer).
/// CPython keeps them in the thread state.
static HOOKS: GilCell<Vec<(u64, Value, Value)>> = GilCell::new(Vec::new());

/// (firstiter, finalizer) of the current thread (None when unset).
pub fn asyncgen_hooks(ts: &ThreadState) -> (Value, Value) {
    HOOKS.with(|h| h.iter().find(|e| e.0 == ts.ident).map(|e| (e.1.clone(), e.2.clone())).unwrap_or((Value::None, Value::None)))
}

pub fn sys_set_asyncgen_hooks(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut firstiter = args.pos.first().cloned();
    let mut finalizer = args.pos.get(1).cloned();
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match as_str(k).map(|s| s.as_str()) {
            Some("firstiter") => firstiter = Some(v.clone()),
            Some("finalizer") => finalizer = Some(v.clone()),
            Some(other) => {
                return Err(type_error(format!("set_asyncgen_hooks() got an unexpected keyword argument '{}'", other)))
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    for (name, v) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(v) = v {
            if !v.is_none() && !super::call::callable(v) {
                return Err(type_error(format!("callable {} expected, got {}", name, type_name(v))));
            }
        }
    }
    let (mut cur_first, mut cur_fin) = asyncgen_hooks(ts);
    if let Some(f) = finalizer {
        cur_fin = f;
    }
    if let Some(f) = firstiter {
        cur_first = f;
    }
    let ident = ts.ident;
    let old = HOOKS.with(|h| {
        let old = h.iter().position(|e| e.0 == ident).map(|i| h.remove(i));
        if !cur_first.is_none() || !cur_fin.is_none() {
            h.push((ident, cur_first, cur_fin));
        }
        old
    });
    drop(old);
    Ok(Value::None)
}

static HOOKS_TYPE: super::thread::GilStatic<PyRef> = super::thread::GilStatic::new();

pub fn sys_get_asyncgen_hooks(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("get_asyncgen_hooks", &args, 0, 0)?;
    let t = HOOKS_TYPE.get_or_init(|| {
        let t = super::types::new_structseq_type("asyncgen_hooks", "builtins", &["firstiter", "finalizer"]);
        TypeBuilder::new(&t, "asyncgen_hooks").method("__repr__", hooks_repr);
        t
    });
    let (first, fin) = asyncgen_hooks(ts);
    Ok(super::types::structseq_new(&t, vec![first, fin]))
}

/// `asyncgen_hooks(firstiter=..., finalizer=...)` (no module prefix, as CPython).
fn hooks_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let mut parts = Vec::new();
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::Tuple(items) = &o.payload {
            for (name, v) in ["firstiter", "finalizer"].iter().zip(items.iter()) {
                parts.push(format!("{}={}", name, repr(ts, v)?));
            }
        }
    }
    Ok(new_str(format!("asyncgen_hooks({})", parts.join(", "))))
}

/// `__new__` of the types Python code cannot instantiate.
pub fn no_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Type(_)) => crate::objects::typeobj::tdata(t).name().to_string(),
        _ => "object".to_string(),
    };
    Err(type_error(format!("cannot create '{}' instances", name)))
}

pub fn init() {
    let t = types();
    TypeBuilder::new(&t.coroutine, "coroutine")
        .static_method("__new__", no_new)
        .method("send", coro_send)
        .method("throw", coro_throw)
        .method("close", coro_close)
        .method("__await__", coro_await)
        .method("__repr__", coro_repr)
        .getter("__name__", coro_name)
        .getter("__qualname__", coro_qualname)
        .getter("cr_running", cr_running)
        .getter("cr_frame", cr_frame)
        .getter("cr_code", cr_code)
        .getter("cr_await", cr_await)
        .getter("cr_suspended", cr_suspended)
        .getter("cr_origin", cr_origin);
    TypeBuilder::new(&t.coroutine_wrapper, "coroutine_wrapper")
        .static_method("__new__", no_new)
        .method("__next__", cw_next)
        .method("__iter__", cw_iter)
        .method("send", cw_send)
        .method("throw", cw_throw)
        .method("close", cw_close);
    super::asyncgen::init();
}
