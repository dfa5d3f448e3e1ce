//! Frames: one activation of a code object, living on the thread's frame
//! stack (Python → Python calls do not recurse on the Rust stack).

use super::code::Code;
use crate::objects::{PyRef, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<Code>,
    /// Locals, then cells, then free variables (`co_nlocalsplus` slots).
    pub fast: Vec<Value>,
    pub stack: Vec<Value>,
    /// Index of the next instruction.
    pub pc: usize,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// The locals mapping of module, class and exec frames (`Null` for functions).
    pub locals: Value,
    /// Names of the keyword arguments of the next CALL (set by KW_NAMES).
    pub kwnames: Option<PyRef>,
    /// The Python-visible frame object, once something asked for one.
    pub info: Option<PyRef>,
    /// The generator running this frame, if any (for `gi_frame` and exc state).
    pub is_generator: bool,
    /// `sys.settrace`: the instruction this frame executed last, or
    /// `tracing::FRESH` / `tracing::RESUMED` (see tracing.rs).
    pub trace_prev: u32,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: PyRef, builtins: PyRef, locals: Value) -> Box<Frame> {
        let n = code.nlocalsplus();
        let cap = code.co.max_stack as usize;
        let is_generator = code.co.is_generator();
        if let Some(mut f) = POOL.with(|p| p.pop()) {
            f.fast.resize(n, Value::Null);
            f.stack.reserve(cap);
            f.pc = 0;
            f.globals = globals;
            f.builtins = builtins;
            f.locals = locals;
            f.is_generator = is_generator;
            f.trace_prev = super::tracing::FRESH;
            f.code = code;
            return f;
        }
        Box::new(Frame {
            fast: vec![Value::Null; n],
            stack: Vec::with_capacity(cap),
            pc: 0,
            globals,
            builtins,
            locals,
            kwnames: None,
            info: None,
            is_generator,
            trace_prev: super::tracing::FRESH,
            code,
        })
    }

    /// Return a finished frame's allocation to the per-thread pool. Its
    /// values are dropped first, outside the pool (a drop can run Python).
    pub fn recycle(mut f: Box<Frame>) {
        if f.info.is_some() {
            f.keep_final_locals();
            if f.is_generator {
                f.forget_caller();
            }
        }
        f.fast.clear();
        f.stack.clear();
        f.locals = Value::Null;
        f.kwnames = None;
        f.info = None;
        let rejected = POOL.with(|p| {
            if p.len() < 64 {
                p.push(f);
                None
            } else {
                Some(f)
            }
        });
        drop(rejected);
    }

    /// A finished function frame's object keeps the locals the frame ended
    /// with, as CPython's frame object takes them over: not the snapshot of
    /// some earlier moment, which may hold what the frame let go of since
    /// (`self = None`, an `except ... as e` name), keeping it alive.
    fn keep_final_locals(&self) {
        if !self.locals.is_null() {
            return;
        }
        if let Some(o) = &self.info {
            if let crate::objects::Payload::Frame(fi) = &o.payload {
                let now = super::tracing::fast_locals(self);
                let old = std::mem::replace(&mut *fi.locals.borrow_mut(), now);
                drop(old);
            }
        }
    }

    /// A generator's frame object has no `f_back` once the generator is
    /// suspended or finished: the frame it was linked to may be gone, and
    /// the link (kept by a traceback, say) would keep that caller's chain
    /// alive (CPython's gen_send_ex2 clears `previous` for the same reason).
    pub fn forget_caller(&self) {
        if let Some(o) = &self.info {
            if let crate::objects::Payload::Frame(fi) = &o.payload {
                let old = std::mem::replace(&mut *fi.back.borrow_mut(), Value::None);
                drop(old);
            }
        }
    }

    /// The line being executed (of the instruction before `pc`).
    pub fn lineno(&self) -> u32 {
        let i = self.pc.saturating_sub(1);
        self.code.co.lines.get(i).copied().unwrap_or(self.code.co.first_line)
    }
}

/// Finished frames kept for reuse: a Python call then costs no allocation.
/// (Code and globals of a pooled frame stay referenced until it is reused;
/// both are long-lived anyway.) Process-wide under the GIL, not
/// thread-local: thread-exit destructors run without the GIL.
static POOL: super::thread::GilCell<Vec<Box<Frame>>> = super::thread::GilCell::new(Vec::new());

/// Frees an `f_back` chain iteratively, for the same reason as tracebacks
/// (traceback.rs): a deep recursion leaves one frame object per level.
impl Drop for FrameInfo {
    fn drop(&mut self) {
        let mut back = std::mem::replace(self.back.get_mut(), Value::None);
        while let Value::Obj(o) = back {
            back = match Rc::try_unwrap(o) {
                Ok(mut f) => match &mut f.payload {
                    crate::objects::Payload::Frame(fi) => std::mem::replace(fi.back.get_mut(), Value::None),
                    _ => Value::None,
                },
                Err(_) => Value::None,
            };
        }
    }
}

/// The data of a Python-visible frame object (`sys._getframe()`, `tb_frame`).
pub struct FrameInfo {
    pub code: Rc<Code>,
    pub lineno: Cell<u32>,
    pub globals: PyRef,
    pub locals: RefCell<Value>,
    pub back: RefCell<Value>,
    /// `f_trace`: the local trace function (tracing.rs).
    pub trace: RefCell<Value>,
    /// `f_trace_lines` (default True) and `f_trace_opcodes` (default False).
    pub trace_lines: Cell<bool>,
    pub trace_opcodes: Cell<bool>,
}
