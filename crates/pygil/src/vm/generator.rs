//! Generators: a suspended frame. Resuming pushes the frame back on the
//! thread's frame stack and runs the eval loop until it yields or returns.
//!
//! Coroutines and async generators are the same machine (CPython's
//! genobject.c shares `gen_send_ex` between the three): `GenData::kind`
//! says which, and changes only error messages, what a finished object
//! does when resumed, and finalization. Their Python-visible types live in
//! coroutine.rs and asyncgen.rs.

use super::call::call;
use super::code::Code;
use super::errors::*;
use super::eval::{eval, Exit};
use super::frame::Frame;
use super::ops::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::bytecode::{flags as coflags, Op};
use crate::objects::function::{Args, FunctionData};
use crate::objects::{Payload, PyObject, PyRef, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which of the three suspendable-frame objects a `GenData` is.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGen,
}

impl GenKind {
    /// The word CPython's messages use: "generator already executing", ...
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGen => "async generator",
        }
    }
}

pub struct GenData {
    pub kind: GenKind,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    /// The exception being handled inside the generator while it is suspended.
    pub exc_state: RefCell<Value>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub code: Rc<Code>,
    /// Async generators only (CPython's PyAsyncGenObject fields):
    /// aclose() ran or the generator finished (`ag_closed`),
    pub ag_closed: Cell<bool>,
    /// an asend()/athrow() awaitable is being driven (`ag_running_async`),
    pub ag_running_async: Cell<bool>,
    /// the sys.set_asyncgen_hooks hooks were consulted (`ag_hooks_inited`),
    pub ag_hooks_inited: Cell<bool>,
    /// and the finalizer hook in force then (None if there was none).
    pub ag_finalizer: RefCell<Value>,
    /// Already handed to its finalizer hook: dying again just frees the
    /// frame (CPython finalizes an object once).
    pub finalized: Cell<bool>,
}

impl Drop for GenData {
    /// A generator freed while suspended inside a `try` is closed, so its
    /// `finally` blocks and `with` exits run (CPython's _PyGen_Finalize).
    fn drop(&mut self) {
        if self.kind == GenKind::AsyncGen && !self.ag_closed.get() && !self.running.get() {
            let finalizer = std::mem::replace(self.ag_finalizer.get_mut(), Value::None);
            if !finalizer.is_none() && self.frame.get_mut().is_some() {
                super::asyncgen::call_finalizer(self, finalizer);
                return;
            }
        }
        let Some(frame) = self.frame.get_mut().take() else { return };
        if self.running.get() || self.finalized.get() {
            return;
        }
        if !self.started.get() {
            if self.kind == GenKind::Coroutine {
                let qualname = self.qualname.get_mut().clone();
                super::thread::with_current(move |ts| super::coroutine::warn_never_awaited(ts, &qualname));
            }
            return;
        }
        let lasti = frame.pc.saturating_sub(1) as u32;
        if frame.code.co.handler_for(lasti).is_none() {
            return;
        }
        let qualname = self.qualname.get_mut().clone();
        let kind = self.kind;
        super::thread::with_current(move |ts| finalize(ts, frame, qualname, kind));
    }
}

/// Throw GeneratorExit into a suspended frame and report what escapes.
fn finalize(ts: &mut ThreadState, frame: Box<Frame>, qualname: Value, kind: GenKind) {
    let what = match kind {
        GenKind::AsyncGen => "async_generator",
        k => k.noun(),
    };
    let saved = std::mem::replace(&mut ts.exc_info, Value::None);
    ts.frames.push(frame);
    let entry = ts.frames.len() - 1;
    let exit = PyErr::with_args(&types().generator_exit, vec![]);
    let r = eval(ts, entry, Some(exit));
    let name = as_str(&qualname).map(|s| s.as_str().to_string()).unwrap_or_default();
    match r {
        Ok(Exit::Yield(_)) => {
            ts.frames.pop();
            super::builtins::write_stderr(
                ts,
                &format!("Exception ignored in: <{} object {}>\nRuntimeError: {} ignored GeneratorExit\n", what, name, kind.noun()),
            );
        }
        Ok(Exit::Return(_)) => {}
        Err(e) if e.matches(&types().generator_exit) || e.matches(&types().stop_iteration) => {}
        Err(e) => {
            super::builtins::write_stderr(ts, &format!("Exception ignored in: <{} object {}>\n", what, name));
            super::traceback::print_exception(ts, &e.value());
        }
    }
    ts.exc_info = saved;
}

/// The generator, coroutine or async generator a call of `func` returns.
pub fn new_generator(frame: Box<Frame>, func: &FunctionData) -> Value {
    let code = frame.code.clone();
    let flags = code.co.flags;
    let kind = if flags & coflags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if flags & coflags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGen
    } else {
        GenKind::Generator
    };
    let data = Box::new(GenData {
        kind,
        frame: RefCell::new(Some(frame)),
        running: Cell::new(false),
        started: Cell::new(false),
        exc_state: RefCell::new(Value::None),
        name: RefCell::new(func.name.borrow().clone()),
        qualname: RefCell::new(func.qualname.borrow().clone()),
        code,
        ag_closed: Cell::new(false),
        ag_running_async: Cell::new(false),
        ag_hooks_inited: Cell::new(false),
        ag_finalizer: RefCell::new(Value::None),
        finalized: Cell::new(false),
    });
    Value::Obj(match kind {
        GenKind::Generator => PyObject::new(types().generator.clone(), Payload::Generator(data)),
        GenKind::Coroutine => PyObject::new(types().coroutine.clone(), Payload::Coroutine(data)),
        GenKind::AsyncGen => PyObject::new(types().async_generator.clone(), Payload::Coroutine(data)),
    })
}

pub enum Sent {
    Yielded(Value),
    Returned(Value),
}

pub fn gen_data(o: &PyObject) -> &GenData {
    match &o.payload {
        Payload::Generator(g) | Payload::Coroutine(g) => g,
        _ => unreachable!(),
    }
}

/// The data of a generator, coroutine or async generator object.
pub fn as_gen(v: &Value) -> Option<&GenData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Generator(g) | Payload::Coroutine(g) => Some(g),
            _ => None,
        },
        _ => None,
    }
}

/// Resume generator `o` with a sent value, or by throwing `throw` into it.
pub fn resume(ts: &mut ThreadState, o: &PyRef, send: Value, throw: Option<PyErr>) -> PyResult<Sent> {
    let g = gen_data(o);
    if g.running.get() {
        return Err(value_error(format!("{} already executing", g.kind.noun())));
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        // CPython's gen_send_ex2 on a completed frame (close() never gets here).
        if g.kind == GenKind::Coroutine {
            return Err(runtime_error("cannot reuse already awaited coroutine"));
        }
        return match throw {
            Some(e) => Err(e),
            None => Ok(Sent::Returned(Value::None)),
        };
    };
    if !g.started.get() {
        if throw.is_none() && !send.is_none() {
            *g.frame.borrow_mut() = Some(frame);
            return Err(type_error(format!("can't send non-None value to a just-started {}", g.kind.noun())));
        }
    } else if throw.is_none() {
        frame.stack.push(send);
    }
    g.started.set(true);
    // The resumed frame counts once towards the recursion limit, like a
    // call (CPython counts each frame it enters); the Rust stack has its
    // own guard.
    if ts.frames.len() + ts.native_depth >= ts.interp.recursion_limit.get() || ts.stack_exhausted() {
        *g.frame.borrow_mut() = Some(frame);
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    g.running.set(true);
    let saved = std::mem::replace(&mut ts.exc_info, g.exc_state.replace(Value::None));
    // A resumption is a `call` for sys.settrace (CPython's RESUME 1).
    frame.trace_prev = super::tracing::RESUMED;
    let has_object = frame.info.is_some();
    ts.frames.push(frame);
    let entry = ts.frames.len() - 1;
    if has_object && entry > 0 {
        // Its frame object's f_back is the new caller (forget_caller dropped the old one).
        super::traceback::frame_at(ts, entry);
    }
    let mut throw = throw;
    if throw.is_some() && super::tracing::on(ts) {
        // No instruction runs before the exception: report the call here.
        if let Err(e) = super::tracing::call_event(ts) {
            throw = Some(e);
        }
    }
    let r = eval(ts, entry, throw);
    g.running.set(false);
    let inner_exc = std::mem::replace(&mut ts.exc_info, saved);
    match r {
        Ok(Exit::Yield(v)) => {
            let frame = ts.frames.pop().expect("generator frame");
            frame.forget_caller();
            *g.frame.borrow_mut() = Some(frame);
            *g.exc_state.borrow_mut() = inner_exc;
            Ok(Sent::Yielded(v))
        }
        Ok(Exit::Return(v)) => Ok(Sent::Returned(v)),
        Err(e) => Err(escaped(g.kind, e)),
    }
}

/// PEP 479: a StopIteration (or, from an async generator, a
/// StopAsyncIteration) escaping the frame becomes a RuntimeError.
fn escaped(kind: GenKind, e: PyErr) -> PyErr {
    let what = if e.matches(&types().stop_iteration) {
        "StopIteration"
    } else if kind == GenKind::AsyncGen && e.matches(&types().stop_async_iteration) {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let re = runtime_error(format!("{} raised {}", kind.noun(), what));
    *re.data().cause.borrow_mut() = e.value();
    *re.data().context.borrow_mut() = e.value();
    re.data().suppress_context.set(true);
    re
}

/// SEND and `next()`: send a value to any iterator.
pub fn send_to(ts: &mut ThreadState, it: &Value, v: Value) -> PyResult<Sent> {
    if let Value::Obj(o) = it {
        match &o.payload {
            Payload::Generator(_) | Payload::Coroutine(_) => return resume(ts, o, v, None),
            Payload::Native(_) => {
                if let Some(r) = super::asyncgen::send_native(ts, o, v.clone()) {
                    return r;
                }
            }
            _ => {}
        }
    }
    let r = if v.is_none() {
        let t = type_of(it);
        match type_lookup_str(&t, "__next__") {
            Some(f) => call(ts, &f, &[it.clone()]),
            None => return Err(type_error(format!("'{}' object is not an iterator", type_name(it)))),
        }
    } else {
        super::call::call_method1(ts, it, "send", v)
    };
    match r {
        Ok(y) => Ok(Sent::Yielded(y)),
        Err(e) if e.matches(&types().stop_iteration) => Ok(Sent::Returned(stop_value(&e))),
        Err(e) => Err(e),
    }
}

/// The value carried by a StopIteration.
pub fn stop_value(e: &PyErr) -> Value {
    if let Some(v) = dict_get_str(e.0.dict.get().unwrap_or(&new_dict_obj()), "value") {
        return v;
    }
    match &*e.data().args.borrow() {
        Value::Obj(t) => match &t.payload {
            Payload::Tuple(items) if !items.is_empty() => items[0].clone(),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// The sub-iterator a generator is delegating to with `yield from` (or
/// a coroutine with `await`), if any.
pub fn delegate(o: &PyObject) -> Option<Value> {
    let g = gen_data(o);
    let f = g.frame.borrow();
    let f = f.as_ref()?;
    if f.pc >= 2 && f.code.co.code[f.pc - 1].op() == Op::YIELD_VALUE && f.code.co.code[f.pc - 2].op() == Op::SEND {
        return f.stack.last().cloned();
    }
    None
}

/// gen.throw(exc): raise `e` at the yield where the generator is suspended.
pub fn throw(ts: &mut ThreadState, o: &PyRef, e: PyErr) -> PyResult<Sent> {
    if let Some(sub) = delegate(o) {
        let is_exit = e.matches(&types().generator_exit);
        let r = if is_exit {
            match getattr_opt(ts, &sub, &intern("close"))? {
                Some(c) => call(ts, &c, &[]).map(|_| None),
                None => Ok(None),
            }
        } else {
            match getattr_opt(ts, &sub, &intern("throw"))? {
                Some(t) => call(ts, &t, &[e.value()]).map(Some),
                None => Err(e.clone()),
            }
        };
        match r {
            Ok(Some(v)) => return Ok(Sent::Yielded(v)),
            Ok(None) => {}
            Err(err) if err.matches(&types().stop_iteration) && !is_exit => {
                // The sub-iterator finished: continue after the `yield from`.
                let value = stop_value(&err);
                let g = gen_data(o);
                if let Some(f) = g.frame.borrow_mut().as_mut() {
                    let target = f.code.co.code[f.pc - 2].arg() as usize;
                    f.stack.pop();
                    f.stack.push(value);
                    f.pc = target;
                    // The frame resumes at the SEND target with the value on the stack;
                    // `resume` must not push a sent value this time.
                }
                return resume_no_send(ts, o);
            }
            Err(err) => return resume(ts, o, Value::None, Some(err)),
        }
    }
    resume(ts, o, Value::None, Some(e))
}

fn resume_no_send(ts: &mut ThreadState, o: &PyRef) -> PyResult<Sent> {
    // Run the frame as if resumed by an exception-less throw: no value pushed.
    let g = gen_data(o);
    let Some(frame) = g.frame.borrow_mut().take() else { return Ok(Sent::Returned(Value::None)) };
    g.running.set(true);
    let saved = std::mem::replace(&mut ts.exc_info, g.exc_state.replace(Value::None));
    ts.frames.push(frame);
    let entry = ts.frames.len() - 1;
    let r = eval(ts, entry, None);
    g.running.set(false);
    let inner = std::mem::replace(&mut ts.exc_info, saved);
    match r.map_err(|e| escaped(g.kind, e))? {
        Exit::Yield(v) => {
            let frame = ts.frames.pop();
            if let Some(f) = &frame {
                f.forget_caller();
            }
            *g.frame.borrow_mut() = frame;
            *g.exc_state.borrow_mut() = inner;
            Ok(Sent::Yielded(v))
        }
        Exit::Return(v) => Ok(Sent::Returned(v)),
    }
}

fn self_gen(args: &Args) -> PyResult<PyRef> {
    match &args.pos[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        v => Err(type_error(format!("descriptor requires a 'generator' object but received a '{}'", type_name(v)))),
    }
}

pub fn sent_to_result(s: Sent) -> PyResult<Value> {
    match s {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(stop_iteration(v)),
    }
}

fn gen_next(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = self_gen(&args)?;
    sent_to_result(resume(ts, &o, Value::None, None)?)
}

fn gen_send(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("send", &args, 2, 2)?;
    let o = self_gen(&args)?;
    sent_to_result(resume(ts, &o, args.pos[1].clone(), None)?)
}

fn gen_throw(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::call::check_args("throw", &args, 2, 4)?;
    let o = self_gen(&args)?;
    let e = throw_args(ts, &args.pos[1..])?;
    sent_to_result(throw(ts, &o, e)?)
}

/// The exception `throw(typ[, val[, tb]])` (and `athrow`) raises, with
/// the checks of CPython's `_gen_throw`.
pub fn throw_args(ts: &mut ThreadState, args: &[Value]) -> PyResult<PyErr> {
    let typ = &args[0];
    let val = args.get(1).filter(|v| !v.is_none());
    if let Some(tb) = args.get(2) {
        if !tb.is_none() && !is_instance(tb, &types().traceback) {
            return Err(type_error("throw() third argument must be a traceback object"));
        }
    }
    let is_class = matches!(typ, Value::Obj(o) if matches!(o.payload, Payload::Type(_))
        && crate::objects::typeobj::is_subtype(o, &types().base_exception));
    if is_class {
        // PyErr_NormalizeException: an instance of typ is used as it is, a
        // tuple gives the arguments, anything else is the one argument.
        return match val {
            Some(v) if is_instance(v, typ.obj().unwrap()) => Ok(PyErr(v.obj().unwrap().clone())),
            Some(Value::Obj(t)) if matches!(t.payload, Payload::Tuple(_)) => {
                let Payload::Tuple(items) = &t.payload else { unreachable!() };
                let items = items.to_vec();
                let v = call(ts, typ, &items)?;
                super::exceptions::make_exception(ts, &v)
            }
            Some(v) => {
                let v = call(ts, typ, std::slice::from_ref(v))?;
                super::exceptions::make_exception(ts, &v)
            }
            None => super::exceptions::make_exception(ts, typ),
        };
    }
    if is_instance(typ, &types().base_exception) {
        if val.is_some() {
            return Err(type_error("instance exception may not have a separate value"));
        }
        return Ok(PyErr(typ.obj().unwrap().clone()));
    }
    Err(type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        type_name(typ)
    )))
}

fn gen_close(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = self_gen(&args)?;
    close(ts, &o)?;
    Ok(Value::None)
}

/// gen.close(): throw GeneratorExit and expect the generator to finish.
pub fn close(ts: &mut ThreadState, o: &PyRef) -> PyResult<()> {
    let g = gen_data(o);
    if g.frame.borrow().is_none() {
        return Ok(());
    }
    if !g.started.get() {
        *g.frame.borrow_mut() = None;
        return Ok(());
    }
    let exit = PyErr::with_args(&types().generator_exit, vec![]);
    match throw(ts, o, exit) {
        Ok(Sent::Yielded(_)) => Err(runtime_error(format!("{} ignored GeneratorExit", g.kind.noun()))),
        Ok(Sent::Returned(_)) => Ok(()),
        Err(e) if e.matches(&types().generator_exit) || e.matches(&types().stop_iteration) => Ok(()),
        Err(e) => Err(e),
    }
}

fn gen_iter(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn gen_name(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = self_gen(&args)?;
    let v = gen_data(&o).name.borrow().clone();
    Ok(v)
}

fn gen_qualname(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = self_gen(&args)?;
    let v = gen_data(&o).qualname.borrow().clone();
    Ok(v)
}

fn gen_running(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = self_gen(&args)?;
    Ok(Value::Bool(gen_data(&o).running.get()))
}

fn gen_frame(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = self_gen(&args)?;
    let g = gen_data(&o);
    let f = g.frame.borrow();
    match f.as_ref() {
        Some(fr) => Ok(super::traceback::frame_object_for(ts, fr)),
        None => Ok(Value::None),
    }
}

fn gen_code(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = self_gen(&args)?;
    Ok(Value::Obj(PyObject::new(types().code.clone(), Payload::Code(gen_data(&o).code.clone()))))
}

fn gen_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = self_gen(&args)?;
    let q = gen_data(&o).qualname.borrow().clone();
    let q = as_str(&q).map(|s| s.as_str().to_string()).unwrap_or_default();
    Ok(new_str(format!("<generator object {} at {:#x}>", q, std::rc::Rc::as_ptr(&o) as usize)))
}

pub fn init() {
    super::types::TypeBuilder::new(&types().generator, "generator")
        .method("__next__", gen_next)
        .method("__iter__", gen_iter)
        .method("send", gen_send)
        .method("throw", gen_throw)
        .method("close", gen_close)
        .method("__repr__", gen_repr)
        .getter("__name__", gen_name)
        .getter("__qualname__", gen_qualname)
        .getter("gi_running", gen_running)
        .getter("gi_frame", gen_frame)
        .getter("gi_code", gen_code);
}
