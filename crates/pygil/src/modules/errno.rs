//! `errno`: the error numbers of this platform, and `errorcode`.

use crate::objects::{PyRef, Value};
use crate::vm::ops::*;
use crate::vm::{PyResult, ThreadState};

pub const CODES: &[(&str, i32)] = &[
    ("EPERM", libc::EPERM), ("ENOENT", libc::ENOENT), ("ESRCH", libc::ESRCH), ("EINTR", libc::EINTR),
    ("EIO", libc::EIO), ("ENXIO", libc::ENXIO), ("E2BIG", libc::E2BIG), ("ENOEXEC", libc::ENOEXEC),
    ("EBADF", libc::EBADF), ("ECHILD", libc::ECHILD), ("EAGAIN", libc::EAGAIN), ("EWOULDBLOCK", libc::EWOULDBLOCK),
    ("ENOMEM", libc::ENOMEM), ("EACCES", libc::EACCES), ("EFAULT", libc::EFAULT), ("EBUSY", libc::EBUSY),
    ("EEXIST", libc::EEXIST), ("EXDEV", libc::EXDEV), ("ENODEV", libc::ENODEV), ("ENOTDIR", libc::ENOTDIR),
    ("EISDIR", libc::EISDIR), ("EINVAL", libc::EINVAL), ("ENFILE", libc::ENFILE), ("EMFILE", libc::EMFILE),
    ("ENOTTY", libc::ENOTTY), ("EFBIG", libc::EFBIG), ("ENOSPC", libc::ENOSPC), ("ESPIPE", libc::ESPIPE),
    ("EROFS", libc::EROFS), ("EMLINK", libc::EMLINK), ("EPIPE", libc::EPIPE), ("EDOM", libc::EDOM),
    ("ERANGE", libc::ERANGE), ("EDEADLK", libc::EDEADLK), ("ENAMETOOLONG", libc::ENAMETOOLONG),
    ("ENOSYS", libc::ENOSYS), ("ENOTEMPTY", libc::ENOTEMPTY), ("ELOOP", libc::ELOOP),
    ("ENOTSOCK", libc::ENOTSOCK), ("EDESTADDRREQ", libc::EDESTADDRREQ), ("EMSGSIZE", libc::EMSGSIZE),
    ("EPROTOTYPE", libc::EPROTOTYPE), ("ENOPROTOOPT", libc::ENOPROTOOPT), ("EPROTONOSUPPORT", libc::EPROTONOSUPPORT),
    ("EOPNOTSUPP", libc::EOPNOTSUPP), ("EAFNOSUPPORT", libc::EAFNOSUPPORT), ("EADDRINUSE", libc::EADDRINUSE),
    ("EADDRNOTAVAIL", libc::EADDRNOTAVAIL), ("ENETDOWN", libc::ENETDOWN), ("ENETUNREACH", libc::ENETUNREACH),
    ("ECONNABORTED", libc::ECONNABORTED), ("ECONNRESET", libc::ECONNRESET), ("ENOBUFS", libc::ENOBUFS),
    ("EISCONN", libc::EISCONN), ("ENOTCONN", libc::ENOTCONN), ("ESHUTDOWN", libc::ESHUTDOWN),
    ("ETIMEDOUT", libc::ETIMEDOUT), ("ECONNREFUSED", libc::ECONNREFUSED), ("EHOSTUNREACH", libc::EHOSTUNREACH),
    ("EALREADY", libc::EALREADY), ("EINPROGRESS", libc::EINPROGRESS),
];

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let m = super::make_module("errno", &[]);
    let codes = new_dict_obj();
    for (n, v) in CODES {
        super::set_attrs(&m, &[(n, Value::Int(*v as i64))]);
        if crate::vm::ops::dict_get_str(&codes, &v.to_string()).is_none() {
            // errorcode maps numbers to the first name listed.
        }
    }
    // errorcode: int -> name (first name wins for aliases).
    let mut seen = std::collections::HashSet::new();
    let ec = new_dict_obj();
    for (n, v) in CODES {
        if seen.insert(*v) {
            if let Payload::Dict(t) = &ec.payload {
                let h = crate::objects::int::hash_i64(*v as i64);
                t.borrow_mut().insert_new(h, Value::Int(*v as i64), new_str(*n));
            }
        }
    }
    super::set_attrs(&m, &[("errorcode", Value::Obj(ec))]);
    Ok(m)
}

use crate::objects::Payload;
