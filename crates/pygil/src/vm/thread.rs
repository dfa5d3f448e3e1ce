//! Per-thread state, the hand-over of objects to new threads, and the
//! `allow_threads` pattern that releases the GIL around blocking calls.

use super::frame::Frame;
use super::{Interpreter, PyResult};
use crate::objects::Value;
use gil::{BlockReason, ThreadHandle};
use std::sync::atomic::Ordering;

/// Everything that belongs to one OS thread running Python.
pub struct ThreadState {
    pub interp: &'static Interpreter,
    /// The frame stack; the running frame is last.
    pub frames: Vec<Box<Frame>>,
    /// The exception being handled (what `sys.exc_info()` reports), or None.
    pub exc_info: Value,
    /// Depth of native (Rust-stack) recursion: calls from Rust back into
    /// Python, repr/eq/hash of nested containers.
    pub native_depth: usize,
    pub gil: ThreadHandle,
    /// `threading.get_ident()`.
    pub ident: u64,
    /// Objects being repr'd, to print `[...]` for self-references.
    pub repr_stack: Vec<usize>,
    /// The trace function set by `sys.settrace` (see tracing.rs).
    pub trace: Value,
    /// The profile function set by `sys.setprofile`.
    pub profile: Value,
    /// A trace or profile function is set and not running right now: the
    /// eval loop reports events (tracing.rs).
    pub tracing: bool,
    /// The `_thread._local` objects this thread has a dict in, dropped at
    /// thread exit (modules/thread_local.rs).
    pub thread_locals: Vec<std::rc::Weak<crate::objects::PyObject>>,
    /// The lowest stack address native recursion may reach: the thread's
    /// stack end plus `STACK_MARGIN` (0 if unknown). Below it,
    /// RecursionError.
    pub stack_floor: usize,
}

/// Room kept free below the deepest native recursion: enough for the
/// deepest non-recursive native work done between two checks (compiling
/// a large expression, formatting, a sort's comparisons).
const STACK_MARGIN: usize = 1 << 20;

/// The calling thread's stack floor (see `ThreadState::stack_floor`).
fn stack_floor() -> usize {
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread, which
    // is destroyed after reading the stack bounds from it.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if !ok || size <= 2 * STACK_MARGIN {
            return 0;
        }
        addr as usize + STACK_MARGIN
    }
}

impl ThreadState {
    pub fn new(interp: &'static Interpreter, gil: ThreadHandle) -> ThreadState {
        ThreadState {
            interp,
            frames: Vec::new(),
            exc_info: Value::None,
            native_depth: 0,
            gil,
            // SAFETY: pthread_self has no preconditions.
            ident: unsafe { libc::pthread_self() } as u64,
            repr_stack: Vec::new(),
            trace: Value::None,
            profile: Value::None,
            tracing: false,
            thread_locals: Vec::new(),
            stack_floor: stack_floor(),
        }
    }

    pub fn is_main(&self) -> bool {
        self.ident == self.interp.main_ident.get()
    }

    /// Run `f` without the GIL (a blocking system call). `f` must be `Send`,
    /// which keeps Python objects (`Rc`, `!Send`) out of it at compile time.
    pub fn allow_threads<T: Send>(&mut self, why: BlockReason, f: impl FnOnce() -> T + Send) -> T {
        self.interp.gil.release(&self.gil, why);
        let r = f();
        self.interp.gil.acquire(&self.gil);
        r
    }

    /// A logical wait under the deterministic scheduler (`-X sched`), in
    /// place of a blocking call: waits on `key` (a lock's address, 0 for a
    /// sleep) until the lock is released or `timeout` passes on the
    /// scheduler's virtual clock. Ctrl-C in the main thread ends the wait
    /// with KeyboardInterrupt; a deadlock ends the process (see
    /// `sched_deadlock`). Only call when `gil.sched_enabled()`.
    pub fn sched_wait(&mut self, why: BlockReason, key: u64, timeout: Option<std::time::Duration>) -> PyResult<gil::Wake> {
        let poll = super::eval::sigint_pending;
        let interrupted: Option<&dyn Fn() -> bool> = if self.is_main() { Some(&poll) } else { None };
        match self.interp.gil.sched_block(&self.gil, why, key, timeout, interrupted) {
            gil::Wake::Interrupted => {
                self.check_signals()?;
                Ok(gil::Wake::Interrupted)
            }
            gil::Wake::Deadlock => crate::sched_deadlock(self),
            w => Ok(w),
        }
    }

    /// Raise KeyboardInterrupt if Ctrl-C arrived (main thread only).
    pub fn check_signals(&mut self) -> PyResult<()> {
        super::eval::check_pending_signals(self)
    }

    /// Enter a level of native recursion, raising RecursionError past the
    /// limit, or when this thread's stack is nearly used up whatever the
    /// limit (a raised `sys.setrecursionlimit` must not overflow it).
    #[inline]
    pub fn enter_native(&mut self) -> PyResult<()> {
        self.native_depth += 1;
        if self.native_depth + self.frames.len() > self.interp.recursion_limit.get() + 50 || self.stack_exhausted() {
            self.native_depth -= 1;
            return Err(super::errors::recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Whether the Rust stack is within `STACK_MARGIN` of its end.
    #[inline(always)]
    pub fn stack_exhausted(&self) -> bool {
        let marker = 0u8;
        (std::ptr::addr_of!(marker) as usize) < self.stack_floor
    }

    #[inline]
    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
    }

    pub fn breaker_set(&self) -> bool {
        self.interp.gil.breaker().load(Ordering::Relaxed) != 0
    }
}

thread_local! {
    static CURRENT: std::cell::Cell<*mut ThreadState> = const { std::cell::Cell::new(std::ptr::null_mut()) };
}

/// Record the running thread's state, for code that runs from `Drop`
/// (generator finalisation) and has no `ts` argument.
pub fn set_current(ts: &mut ThreadState) {
    CURRENT.with(|c| c.set(ts as *mut ThreadState));
}

/// Forget the registered thread state (before it is dropped).
pub fn clear_current() {
    CURRENT.with(|c| c.set(std::ptr::null_mut()));
}

/// Run `f` with this OS thread's state, if one is registered.
pub fn with_current<R>(f: impl FnOnce(&mut ThreadState) -> R) -> Option<R> {
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        return None;
    }
    // SAFETY: the pointer was registered by this thread for a ThreadState
    // that lives until the thread stops running Python; objects are only
    // dropped with the GIL held by this thread. Code up the stack may hold a
    // `&mut ThreadState`, but it is suspended in a call that can run Python
    // anyway (a drop is such a point), and keeps no borrow of its fields
    // across it (STYLE.md item 5: the frame state is saved before calls).
    Some(f(unsafe { &mut *p }))
}

/// A value handed to another thread. Python objects are `!Send`; this
/// wrapper moves them across when a thread starts.
pub struct GilBound<T>(pub T);

// SAFETY: the wrapped objects are created under the GIL by the starting
// thread and first touched by the new thread only after it has acquired the
// GIL (thread bootstrap in modules/thread.rs), so no two threads ever access
// their non-atomic reference counts concurrently.
unsafe impl<T> Send for GilBound<T> {}

/// The block reason names used in GIL traces.
pub fn reason(name: &'static str) -> BlockReason {
    match name {
        "sleep" => BlockReason::Sleep,
        "socket" => BlockReason::Socket,
        "select" => BlockReason::Select,
        "pipe" => BlockReason::Pipe,
        "file" => BlockReason::File,
        "lock" => BlockReason::Lock,
        "join" => BlockReason::Join,
        "wait" => BlockReason::Wait,
        "input" => BlockReason::Input,
        other => BlockReason::Other(other),
    }
}

/// Process-wide mutable state used only with the GIL held (interned
/// strings, the type-attribute cache, the frame pool). Thread-locals would
/// be freed by thread-exit destructors that run without the GIL, touching
/// shared reference counts; these live for the whole process instead.
pub struct GilCell<T>(std::cell::UnsafeCell<T>);

// SAFETY: only accessed through `with`, called with the GIL held; the GIL
// serialises all access and orders it between threads.
unsafe impl<T> Sync for GilCell<T> {}

impl<T> GilCell<T> {
    pub const fn new(v: T) -> Self {
        GilCell(std::cell::UnsafeCell::new(v))
    }

    /// Run `f` on the contents. Call with the GIL held, and never
    /// re-entrantly on the same cell (`f` must not run Python code).
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: GIL held (see the Sync impl) and no nested access, so this
        // is the only reference to the contents for the duration of `f`.
        unsafe { f(&mut *self.0.get()) }
    }
}

/// A process-wide slot for a Python object (a native module's type, say),
/// read and written only with the GIL held.
pub struct GilStatic<T>(std::cell::UnsafeCell<Option<T>>);

// SAFETY: the contents are only touched through `get`/`get_or_init`, which
// callers invoke with the GIL held; the GIL serialises all access and its
// mutex hand-off orders the accesses of different threads.
unsafe impl<T> Sync for GilStatic<T> {}

impl<T: Clone> GilStatic<T> {
    pub const fn new() -> Self {
        GilStatic(std::cell::UnsafeCell::new(None))
    }

    /// The value, created by `init` on first use. Call with the GIL held.
    pub fn get_or_init(&self, init: impl FnOnce() -> T) -> T {
        // SAFETY: GIL held (see the Sync impl); no reference escapes this call.
        unsafe {
            let slot = &mut *self.0.get();
            if slot.is_none() {
                *slot = Some(init());
            }
            slot.as_ref().unwrap().clone()
        }
    }

    pub fn set(&self, v: T) {
        // SAFETY: GIL held; no reference into the slot is outstanding.
        unsafe { *self.0.get() = Some(v) }
    }

    pub fn get(&self) -> Option<T> {
        // SAFETY: GIL held; we clone out and keep no reference.
        unsafe { (*self.0.get()).clone() }
    }
}
