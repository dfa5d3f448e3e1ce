//! Python exceptions as Rust errors: `PyErr` holds the exception instance.
//! One error path: everything that can raise returns `PyResult`, and the
//! eval loop's unwinder consults the exception table (STYLE.md item 6).

use super::types::types;
use crate::objects::exceptions::ExcData;
use crate::objects::{Payload, PyObject, PyRef, Value};

/// A raised Python exception (the instance).
#[derive(Clone)]
pub struct PyErr(pub PyRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", crate::objects::typeobj::tdata(self.0.ty()).name())
    }
}

impl PyErr {
    /// An exception of type `ty` with the given args tuple items.
    pub fn with_args(ty: &PyRef, args: Vec<Value>) -> PyErr {
        PyErr(new_exception(ty, args))
    }

    pub fn new(ty: &PyRef, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(ty, vec![super::ops::new_str(msg.into())])
    }

    pub fn ty(&self) -> PyRef {
        self.0.ty().clone()
    }

    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }

    /// Is the exception an instance of `ty`?
    pub fn matches(&self, ty: &PyRef) -> bool {
        crate::objects::typeobj::is_subtype(self.0.ty(), ty)
    }

    pub fn data(&self) -> &ExcData {
        exc_data(&self.0).expect("exception without BaseException data")
    }
}

/// Build an exception instance directly (without calling `__init__`).
pub fn new_exception(ty: &PyRef, args: Vec<Value>) -> PyRef {
    let args = super::ops::new_tuple(args);
    PyObject::with_dict(ty.clone(), Payload::Exception(Box::new(ExcData::new(args))), super::ops::new_dict_obj())
}

pub fn exc_data(o: &PyObject) -> Option<&ExcData> {
    match &o.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

macro_rules! error_ctors {
    ($($fn:ident => $field:ident),* $(,)?) => {
        $(
            #[cold]
            pub fn $fn(msg: impl Into<String>) -> PyErr {
                PyErr::new(&types().$field, msg)
            }
        )*
    };
}

error_ctors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    attribute_error => attribute_error,
    name_error => name_error,
    unbound_local_error => unbound_local_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    not_implemented_error => not_implemented_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    memory_error => memory_error,
    assertion_error => assertion_error,
    lookup_error => lookup_error,
    unicode_error => unicode_decode_error,
    eof_error => eof_error,
    system_error => system_error,
    buffer_error => buffer_error,
    timeout_error => timeout_error,
}

#[cold]
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&types().key_error, vec![key])
}

#[cold]
pub fn stop_iteration(value: Value) -> PyErr {
    if value.is_none() {
        PyErr::with_args(&types().stop_iteration, vec![])
    } else {
        PyErr::with_args(&types().stop_iteration, vec![value])
    }
}

/// OSError (or the errno-specific subclass, as CPython picks it) for an errno.
#[cold]
pub fn os_error(errno: i32, filename: Option<Value>) -> PyErr {
    let t = types();
    let ty = match errno {
        libc::ENOENT => &t.file_not_found_error,
        libc::EEXIST => &t.file_exists_error,
        libc::EACCES | libc::EPERM => &t.permission_error,
        libc::EISDIR => &t.is_a_directory_error,
        libc::ENOTDIR => &t.not_a_directory_error,
        libc::EINTR => &t.interrupted_error,
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &t.blocking_io_error,
        libc::EPIPE | libc::ESHUTDOWN => &t.broken_pipe_error,
        libc::ECONNREFUSED => &t.connection_refused_error,
        libc::ECONNRESET => &t.connection_reset_error,
        libc::ECONNABORTED => &t.connection_aborted_error,
        libc::ETIMEDOUT => &t.timeout_error,
        libc::ECHILD => &t.child_process_error,
        libc::ESRCH => &t.process_lookup_error,
        _ => &t.os_error,
    };
    let msg = strerror(errno);
    let mut args = vec![Value::Int(errno as i64), super::ops::new_str(msg)];
    if let Some(f) = &filename {
        args.push(f.clone());
    }
    let e = PyErr::with_args(ty, args);
    let _ = super::ops::set_dict_item_str(&e.0, "errno", Value::Int(errno as i64));
    let _ = super::ops::set_dict_item_str(&e.0, "strerror", super::ops::new_str(strerror(errno)));
    let _ = super::ops::set_dict_item_str(&e.0, "filename", filename.unwrap_or(Value::None));
    e
}

/// The C library's message for an errno, as `os.strerror` gives it.
pub fn strerror(errno: i32) -> String {
    std::io::Error::from_raw_os_error(errno).to_string().split(" (os error").next().unwrap_or("").to_string()
}

/// OSError from the last failing system call.
pub fn last_os_error() -> PyErr {
    os_error(std::io::Error::last_os_error().raw_os_error().unwrap_or(0), None)
}
