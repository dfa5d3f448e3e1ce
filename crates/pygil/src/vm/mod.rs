//! The virtual machine: interpreter state, thread state, the eval loop,
//! calls, exceptions, and the protocols (attribute access, operators, ...).
//!
//! `Interpreter` is shared by all threads and touched only with the GIL
//! held; `ThreadState` belongs to one OS thread (STYLE.md item 9).

pub mod arith;
pub mod asyncgen;
pub mod builtins;
pub mod call;
pub mod code;
pub mod compare;
pub mod coroutine;
pub mod dictops;
pub mod errors;
pub mod eval;
pub mod exceptions;
pub mod format;
pub mod frame;
pub mod generator;
pub mod import;
pub mod iterops;
pub mod matching;
pub mod object_reduce;
pub mod ops;
pub mod repl;
pub mod thread;
pub mod traceback;
pub mod tracing;
pub mod finalize;
pub mod types;
pub mod types_ext;

use crate::objects::{PyRef, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

pub use errors::PyErr;
pub use thread::ThreadState;

pub type PyResult<T> = Result<T, PyErr>;

/// Interpreter-wide state, shared by every thread and used only with the GIL held.
pub struct Interpreter {
    pub gil: gil::Gil,
    /// `sys.modules`.
    pub modules: PyRef,
    pub builtins: PyRef,
    pub builtins_dict: PyRef,
    pub sys: RefCell<Option<PyRef>>,
    pub recursion_limit: Cell<usize>,
    /// Ident of the thread that runs the main program (signals go there).
    pub main_ident: Cell<u64>,
    /// Source of the pure-Python modules compiled into the binary, by module name.
    pub frozen: HashMap<&'static str, (&'static str, bool)>,
    /// Functions registered with os.register_at_fork: (before, after_in_parent, after_in_child).
    pub at_fork: RefCell<Vec<(Value, Value, Value)>>,
    /// Number of Python threads started by _thread that are still running.
    pub thread_count: Cell<usize>,
    /// Command-line `-X` options (name, value).
    pub xoptions: RefCell<Vec<(String, String)>>,
    /// Source text of files compiled so far, for tracebacks.
    pub sources: RefCell<HashMap<String, std::rc::Rc<str>>>,
    /// `sys.flags`-like switches.
    pub unbuffered: Cell<bool>,
    pub check_interval: Cell<u32>,
}

// SAFETY: every field that is not itself Sync (the RefCells, Cells and the
// Rc-based objects) is only ever accessed by the thread holding the GIL, and
// the GIL's mutex release/acquire orders those accesses between threads,
// exactly as CPython's interpreter state relies on its GIL.
unsafe impl Sync for Interpreter {}
// SAFETY: as above: the interpreter is created once, leaked, and shared by
// reference; threads touch it only with the GIL held.
unsafe impl Send for Interpreter {}

impl Interpreter {
    pub fn sys(&self) -> PyRef {
        self.sys.borrow().clone().expect("sys not initialised")
    }
}
