//! `_thread`: OS threads running Python, and the locks `threading` builds on.
//!
//! A Python lock is a mutex-protected flag with a condition variable, used
//! without the GIL: `acquire` first tries without blocking (no GIL release,
//! as CPython does), and only then releases the GIL and waits. The main
//! thread waits in short slices so Ctrl-C interrupts it (KeyboardInterrupt).

use crate::objects::function::Args;
use crate::objects::object::NativeData;
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::{bind_native, call_args};
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::thread::{GilBound, GilStatic};
use crate::vm::types::{new_native_type, types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use std::cell::{Cell, RefCell};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// The lock state shared with threads that wait without the GIL.
pub struct LockInner {
    locked: Mutex<bool>,
    cond: Condvar,
}

pub enum Acquired {
    Yes,
    TimedOut,
    Interrupted,
}

impl LockInner {
    pub fn new() -> Arc<LockInner> {
        Arc::new(LockInner { locked: Mutex::new(false), cond: Condvar::new() })
    }

    pub fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if *l {
            false
        } else {
            *l = true;
            true
        }
    }

    /// Block until acquired, the deadline passes, or (for the main thread) Ctrl-C.
    pub fn acquire_blocking(&self, deadline: Option<Instant>, interruptible: bool) -> Acquired {
        let mut l = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if !*l {
                *l = true;
                return Acquired::Yes;
            }
            if interruptible && crate::vm::eval::sigint_pending() {
                return Acquired::Interrupted;
            }
            let now = Instant::now();
            let mut wait = match deadline {
                Some(d) if now >= d => return Acquired::TimedOut,
                Some(d) => d - now,
                None => Duration::from_secs(3600),
            };
            if interruptible {
                wait = wait.min(Duration::from_millis(20));
            }
            l = self.cond.wait_timeout(l, wait).unwrap_or_else(|e| e.into_inner()).0;
        }
    }

    /// Returns false if the lock was not locked.
    pub fn release(&self) -> bool {
        let mut l = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if !*l {
            return false;
        }
        *l = false;
        drop(l);
        self.cond.notify_one();
        true
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub struct Lock {
    inner: RefCell<Arc<LockInner>>,
}

impl NativeData for Lock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub struct RLock {
    inner: RefCell<Arc<LockInner>>,
    owner: Cell<u64>,
    count: Cell<u64>,
}

impl NativeData for RLock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

static LOCK_TYPE: GilStatic<PyRef> = GilStatic::new();
static RLOCK_TYPE: GilStatic<PyRef> = GilStatic::new();

fn native<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<T>(),
            _ => None,
        },
        _ => None,
    }
}

/// Parse acquire(blocking=True, timeout=-1) into an optional deadline.
fn acquire_args(ts: &mut ThreadState, args: &Args) -> PyResult<(bool, Option<f64>)> {
    let a = bind_native("acquire", &Args { pos: &args.pos[1..], ..*args }, &["blocking", "timeout"], 0)?;
    let blocking = if a[0].is_null() { true } else { truthy(ts, &a[0])? };
    let timeout = if a[1].is_null() { -1.0 } else { crate::objects::float::float_of(ts, &a[1])? };
    if !blocking && timeout != -1.0 {
        return Err(value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be a non-negative number"));
    }
    Ok((blocking, if timeout < 0.0 { None } else { Some(timeout) }))
}

/// Acquire `inner`, releasing the GIL while waiting.
pub fn acquire_inner(ts: &mut ThreadState, inner: &Arc<LockInner>, blocking: bool, timeout: Option<f64>) -> PyResult<bool> {
    if inner.try_acquire() {
        return Ok(true);
    }
    if !blocking {
        return Ok(false);
    }
    if ts.interp.gil.sched_enabled() {
        return sched_acquire(ts, inner, timeout);
    }
    let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.min(1e9)));
    let interruptible = ts.is_main();
    loop {
        let i = inner.clone();
        let r = ts.allow_threads(gil::BlockReason::Lock, move || i.acquire_blocking(deadline, interruptible));
        match r {
            Acquired::Yes => return Ok(true),
            Acquired::TimedOut => return Ok(false),
            Acquired::Interrupted => ts.check_signals()?,
        }
    }
}

/// `acquire_inner` under the deterministic scheduler: a logical wait on
/// the lock's address instead of an OS wait; `release` wakes the waiters
/// (`released`), who retry. The timeout runs on the scheduler's clock.
fn sched_acquire(ts: &mut ThreadState, inner: &Arc<LockInner>, timeout: Option<f64>) -> PyResult<bool> {
    let key = Arc::as_ptr(inner) as u64;
    let gil = &ts.interp.gil;
    let deadline = timeout.map(|t| gil.sched_clock() + Duration::from_secs_f64(t.min(1e9)));
    loop {
        let left = deadline.map(|d| d.saturating_sub(ts.interp.gil.sched_clock()));
        if left == Some(Duration::ZERO) {
            return Ok(false);
        }
        if ts.sched_wait(gil::BlockReason::Lock, key, left)? == gil::Wake::TimedOut {
            return Ok(inner.try_acquire());
        }
        if inner.try_acquire() {
            return Ok(true);
        }
    }
}

/// A lock was released: under the deterministic scheduler, its waiters
/// become runnable.
fn released(ts: &ThreadState, inner: &Arc<LockInner>) {
    if ts.interp.gil.sched_enabled() {
        ts.interp.gil.sched_notify(Arc::as_ptr(inner) as u64);
    }
}

fn lock_acquire(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (blocking, timeout) = acquire_args(ts, &args)?;
    let l = native::<Lock>(&args.pos[0]).ok_or_else(|| type_error("expected a lock"))?;
    let inner = l.inner.borrow().clone();
    Ok(Value::Bool(acquire_inner(ts, &inner, blocking, timeout)?))
}

fn lock_release(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let l = native::<Lock>(&args.pos[0]).ok_or_else(|| type_error("expected a lock"))?;
    let inner = l.inner.borrow().clone();
    if !inner.release() {
        return Err(runtime_error("release unlocked lock"));
    }
    released(ts, &inner);
    Ok(Value::None)
}

fn lock_exit(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    lock_release(ts, Args::new(&args.pos[..1]))
}

fn lock_locked(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let l = native::<Lock>(&args.pos[0]).ok_or_else(|| type_error("expected a lock"))?;
    Ok(Value::Bool(l.inner.borrow().is_locked()))
}

fn lock_reinit(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let l = native::<Lock>(&args.pos[0]).ok_or_else(|| type_error("expected a lock"))?;
    *l.inner.borrow_mut() = LockInner::new();
    Ok(Value::None)
}

fn lock_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let l = native::<Lock>(&args.pos[0]).ok_or_else(|| type_error("expected a lock"))?;
    let state = if l.inner.borrow().is_locked() { "locked" } else { "unlocked" };
    Ok(new_str(format!("<{} _thread.lock object at {:#x}>", state, args.pos[0].id())))
}

pub fn new_lock() -> Value {
    let t = LOCK_TYPE.get().expect("_thread not initialised");
    Value::Obj(PyObject::new(t, Payload::Native(Box::new(Lock { inner: RefCell::new(LockInner::new()) }))))
}

fn allocate_lock(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(new_lock())
}

fn rlock<'a>(args: &'a Args) -> PyResult<&'a RLock> {
    native::<RLock>(&args.pos[0]).ok_or_else(|| type_error("expected an RLock"))
}

fn rlock_new(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    let t = RLOCK_TYPE.get().expect("_thread not initialised");
    Ok(Value::Obj(PyObject::new(
        t,
        Payload::Native(Box::new(RLock { inner: RefCell::new(LockInner::new()), owner: Cell::new(0), count: Cell::new(0) })),
    )))
}

fn rlock_acquire(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (blocking, timeout) = acquire_args(ts, &args)?;
    let r = rlock(&args)?;
    if r.count.get() > 0 && r.owner.get() == ts.ident {
        r.count.set(r.count.get() + 1);
        return Ok(Value::Bool(true));
    }
    let inner = r.inner.borrow().clone();
    if !acquire_inner(ts, &inner, blocking, timeout)? {
        return Ok(Value::Bool(false));
    }
    let r = rlock(&args)?;
    r.owner.set(ts.ident);
    r.count.set(1);
    Ok(Value::Bool(true))
}

fn rlock_release(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = rlock(&args)?;
    if r.count.get() == 0 || r.owner.get() != ts.ident {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
        let inner = r.inner.borrow().clone();
        inner.release();
        released(ts, &inner);
    }
    Ok(Value::None)
}

fn rlock_exit(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    rlock_release(ts, Args::new(&args.pos[..1]))
}

fn rlock_is_owned(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = rlock(&args)?;
    Ok(Value::Bool(r.count.get() > 0 && r.owner.get() == ts.ident))
}

fn rlock_release_save(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = rlock(&args)?;
    if r.count.get() == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    let state = new_tuple(vec![Value::Int(r.count.get() as i64), Value::Int(r.owner.get() as i64)]);
    r.count.set(0);
    r.owner.set(0);
    let inner = r.inner.borrow().clone();
    inner.release();
    released(ts, &inner);
    Ok(state)
}

fn rlock_acquire_restore(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let state = crate::vm::iterops::collect(ts, &args.pos[1])?;
    let count = index_value(ts, &state[0])? as u64;
    let owner = index_value(ts, &state[1])? as u64;
    let inner = rlock(&args)?.inner.borrow().clone();
    acquire_inner(ts, &inner, true, None)?;
    let r = rlock(&args)?;
    r.count.set(count);
    r.owner.set(owner);
    Ok(Value::None)
}

fn rlock_reinit(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = rlock(&args)?;
    *r.inner.borrow_mut() = LockInner::new();
    r.count.set(0);
    r.owner.set(0);
    Ok(Value::None)
}

fn rlock_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let r = rlock(&args)?;
    let state = if r.count.get() > 0 { "locked" } else { "unlocked" };
    Ok(new_str(format!(
        "<{} _thread.RLock object owner={} count={} at {:#x}>",
        state,
        r.owner.get(),
        r.count.get(),
        args.pos[0].id()
    )))
}

fn enter_acquire(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = getattr_str(ts, &args.pos[0], "acquire")?;
    crate::vm::call::call(ts, &f, &[])
}

// ---- threads ------------------------------------------------------------------

/// The stack of a thread started by `start_new_thread`. Deep native
/// recursion raises RecursionError before the end of any stack
/// (`ThreadState::stack_exhausted`), so the size only decides how deep a
/// raised `sys.setrecursionlimit` can go in native code (about 30,000
/// Python-level `__repr__` recursions here; CPython's 8 MB threads crash
/// much earlier). Small enough for glibc to cache and reuse freed stacks
/// (it keeps up to 40 MB): a thread start then maps no memory.
const THREAD_STACK: usize = 32 << 20;

/// A job for a new OS thread.
type ThreadJob = Box<dyn FnOnce() + Send>;

/// Starts a detached OS thread with a `THREAD_STACK` stack running `job`;
/// returns its pthread id (Python's thread ident). pthread_create directly
/// rather than std::thread: std also maps a signal stack with a guard page
/// for every thread (an mmap, an mprotect and an munmap per thread start,
/// a third of the cost of starting a short thread), which pygil does not
/// need (`ThreadState::stack_exhausted` keeps recursion off the guard).
fn spawn_os_thread(job: ThreadJob) -> Result<u64, i32> {
    extern "C" fn start(arg: *mut libc::c_void) -> *mut libc::c_void {
        // SAFETY: `arg` is the Box<ThreadJob> leaked by spawn_os_thread for
        // exactly this thread, which takes it back once.
        let job = unsafe { Box::from_raw(arg as *mut ThreadJob) };
        // A panic must not unwind into the C frame that called us.
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).is_err() {
            std::process::abort();
        }
        std::ptr::null_mut()
    }
    let arg = Box::into_raw(Box::new(job)) as *mut libc::c_void;
    // SAFETY: `attr` is initialised before use and destroyed after; `start`
    // has the signature pthread_create expects; `arg` stays valid until
    // the new thread (or the failure path below) takes it back.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        libc::pthread_attr_init(&mut attr);
        libc::pthread_attr_setstacksize(&mut attr, THREAD_STACK);
        libc::pthread_attr_setdetachstate(&mut attr, libc::PTHREAD_CREATE_DETACHED);
        let mut tid: libc::pthread_t = 0;
        let r = libc::pthread_create(&mut tid, &attr, start, arg);
        libc::pthread_attr_destroy(&mut attr);
        if r != 0 {
            drop(Box::from_raw(arg as *mut ThreadJob));
            return Err(r);
        }
        Ok(tid as u64)
    }
}

/// The body of every thread started by `start_new_thread`.
fn thread_main(interp: &'static crate::vm::Interpreter, handle: gil::ThreadHandle, job: GilBound<(Value, Vec<Value>, Vec<(Value, Value)>)>) {
    interp.gil.acquire(&handle);
    block_sigint();
    {
        let mut ts = ThreadState::new(interp, handle.clone());
        crate::vm::thread::set_current(&mut ts);
        let GilBound((func, args, kwargs)) = job;
        let names: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
        let vals: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
        let r = call_args(&mut ts, &func, Args { pos: &args, kwnames: &names, kwvals: &vals });
        if let Err(e) = r {
            if !e.matches(&types().system_exit) {
                let fr = repr(&mut ts, &func).unwrap_or_default();
                crate::vm::builtins::write_stderr(&mut ts, &format!("Exception ignored in thread started by: {}\n", fr));
                crate::vm::traceback::print_exception(&mut ts, &e.value());
            }
        }
        drop((func, args, kwargs, names, vals));
        crate::vm::tracing::thread_exit(&mut ts);
        super::thread_local::forget_thread(&mut ts);
        ts.frames.clear();
        ts.exc_info = Value::None;
        interp.thread_count.set(interp.thread_count.get() - 1);
        crate::vm::thread::clear_current();
    }
    interp.gil.thread_finished(&handle);
}

/// Keep SIGINT for the main thread: other threads block it.
pub fn block_sigint() {
    // SAFETY: sigset operations on a local set; pthread_sigmask affects only this thread.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

fn start_new_thread(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(type_error(format!("start_new_thread expected at least 2 arguments, got {}", args.pos.len())));
    }
    let func = args.pos[0].clone();
    if !crate::vm::call::callable(&func) {
        return Err(type_error("first arg must be callable"));
    }
    let Value::Obj(t) = &args.pos[1] else { return Err(type_error("2nd arg must be a tuple")) };
    let Payload::Tuple(items) = &t.payload else { return Err(type_error("2nd arg must be a tuple")) };
    let fargs = items.to_vec();
    let mut kwargs = Vec::new();
    if let Some(k) = args.pos.get(2) {
        if !k.is_none() {
            let Value::Obj(ko) = k else { return Err(type_error("optional 3rd arg must be a dictionary")) };
            if !matches!(ko.payload, Payload::Dict(_)) {
                return Err(type_error("optional 3rd arg must be a dictionary"));
            }
            kwargs = crate::objects::dictobj::dict_items(ko);
        }
    }
    let interp = ts.interp;
    let handle = interp.gil.register_thread("Thread");
    let h2 = handle.clone();
    let job = GilBound((func, fargs, kwargs));
    interp.thread_count.set(interp.thread_count.get() + 1);
    match spawn_os_thread(Box::new(move || thread_main(interp, h2, job))) {
        Ok(ident) => Ok(Value::Int(ident as i64)),
        Err(_) => {
            interp.thread_count.set(interp.thread_count.get() - 1);
            interp.gil.thread_finished(&handle);
            Err(runtime_error("can't start new thread"))
        }
    }
}

fn get_ident(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ts.ident as i64))
}

fn get_native_id(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    // SAFETY: gettid has no preconditions.
    Ok(Value::Int(unsafe { libc::gettid() } as i64))
}

fn count(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ts.interp.thread_count.get() as i64))
}

fn stack_size(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if let Some(v) = args.pos.first() {
        let n = index_value(ts, v)?;
        if n != 0 && n < 32768 {
            return Err(value_error("size not valid: 32768 bytes"));
        }
    }
    Ok(Value::Int(0))
}

fn interrupt_main(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    crate::vm::eval::note_sigint(ts.interp);
    Ok(Value::None)
}

fn set_thread_name(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let n = str_of(ts, &args.pos[0])?;
    ts.interp.gil.set_thread_name(&ts.gil, &n);
    Ok(Value::None)
}

fn daemon_threads_allowed(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let lock_t = new_native_type("lock", "_thread", None);
    TypeBuilder::new(&lock_t, "lock")
        .method("acquire", lock_acquire)
        .method("acquire_lock", lock_acquire)
        .method("release", lock_release)
        .method("release_lock", lock_release)
        .method("locked", lock_locked)
        .method("locked_lock", lock_locked)
        .method("__enter__", lock_acquire)
        .method("__exit__", lock_exit)
        .method("_at_fork_reinit", lock_reinit)
        .method("__repr__", lock_repr);
    let rlock_t = new_native_type("RLock", "_thread", None);
    TypeBuilder::new(&rlock_t, "RLock")
        .static_method("__new__", rlock_new)
        .method("acquire", rlock_acquire)
        .method("release", rlock_release)
        .method("__enter__", enter_acquire)
        .method("__exit__", rlock_exit)
        .method("_is_owned", rlock_is_owned)
        .method("_release_save", rlock_release_save)
        .method("_acquire_restore", rlock_acquire_restore)
        .method("_at_fork_reinit", rlock_reinit)
        .method("__repr__", rlock_repr);
    LOCK_TYPE.set(lock_t.clone());
    RLOCK_TYPE.set(rlock_t.clone());
    let m = super::make_module(
        "_thread",
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("stack_size", stack_size),
            ("interrupt_main", interrupt_main),
            ("_set_thread_name", set_thread_name),
            ("daemon_threads_allowed", daemon_threads_allowed),
        ],
    );
    super::set_attrs(
        &m,
        &[
            ("LockType", Value::Obj(lock_t)),
            ("RLock", Value::Obj(rlock_t)),
            ("_local", Value::Obj(super::thread_local::make_type())),
            ("error", Value::Obj(types().runtime_error.clone())),
            ("TIMEOUT_MAX", Value::Float(9223372036.0)),
        ],
    );
    Ok(m)
}
