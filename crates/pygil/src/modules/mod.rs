//! Native modules, written in Rust. Each file registers its module's
//! functions in its `init`; `native()` maps an import name to that init.

pub mod atexit;
pub mod dis;
pub mod errno;
pub mod gc;
pub mod json_;
pub mod math;
pub mod os;
pub mod select;
pub mod signal;
pub mod socket;
pub mod spawn;
pub mod struct_;
pub mod stdio;
pub mod sys;
pub mod thread;
pub mod thread_local;
pub mod time;
pub mod weakref;

use crate::objects::function::NativeFn;
use crate::objects::{PyRef, Value};
use crate::vm::import::{module_dict, new_module};
use crate::vm::ops::dict_set_str;
use crate::vm::types::builtin_fn;
use crate::vm::{PyResult, ThreadState};

pub type ModuleInit = fn(&mut ThreadState) -> PyResult<PyRef>;

/// The native module for an import name, if there is one.
pub fn native(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "sys" => sys::init,
        "time" => time::init,
        "_thread" => thread::init,
        "math" => math::init,
        "os" => os::init,
        "posix" => os::init,
        "_dis" => dis::init,
        "gc" => gc::init,
        "errno" => errno::init,
        "atexit" => atexit::init,
        "_weakref" => weakref::init,
        "_socket" => socket::init,
        "select" => select::init,
        "signal" => signal::init,
        "_pygil_spawn" => spawn::init,
        "_pygil_coro" => crate::vm::coroutine::module_init,
        "struct" => struct_::init,
        "_json" => json_::init,
        _ => return None,
    })
}

/// Names of the native modules (sys.builtin_module_names).
pub const NAMES: &[&str] = &["sys", "time", "_thread", "math", "os", "posix", "_dis", "gc", "errno", "atexit", "_weakref", "_socket", "select", "signal", "_pygil_spawn", "_pygil_coro", "struct", "_json", "builtins"];

/// Build a module from a table of functions.
pub fn make_module(name: &'static str, funcs: &[(&'static str, NativeFn)]) -> PyRef {
    let m = new_module(name);
    let d = module_dict(&m);
    for (n, f) in funcs {
        dict_set_str(&d, n, builtin_fn(n, *f, name));
    }
    m
}

/// Set module attributes.
pub fn set_attrs(m: &PyRef, attrs: &[(&str, Value)]) {
    let d = module_dict(m);
    for (n, v) in attrs {
        dict_set_str(&d, n, v.clone());
    }
}
