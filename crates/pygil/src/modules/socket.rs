//! `_socket`: BSD sockets, the layer under lib/socket.py (CPython's
//! Modules/socketmodule.c API). Every call that can block releases the GIL
//! around the system call; a socket with a timeout is non-blocking and waits
//! with poll(2); EINTR in the main thread delivers Ctrl-C.

use crate::objects::function::Args;
use crate::objects::object::NativeData;
use crate::objects::typeobj::{flags, tdata};
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::bind_native;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::thread::GilStatic;
use crate::vm::types::{new_native_type, types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use std::cell::Cell;
use std::ffi::{CStr, CString};
use std::mem::{size_of, zeroed};
use std::time::{Duration, Instant};

pub struct Sock {
    fd: Cell<i32>,
    family: Cell<i32>,
    stype: Cell<i32>,
    proto: Cell<i32>,
    /// None: blocking; Some(t): timeout in seconds (0.0 = non-blocking).
    timeout: Cell<Option<f64>>,
}

impl NativeData for Sock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

static SOCK_TYPE: GilStatic<PyRef> = GilStatic::new();
static GAIERROR: GilStatic<PyRef> = GilStatic::new();
static HERROR: GilStatic<PyRef> = GilStatic::new();
static DEFAULT_TIMEOUT: GilStatic<f64> = GilStatic::new();

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn sock<'a>(args: &'a Args) -> PyResult<&'a Sock> {
    match &args.pos[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<Sock>().ok_or_else(|| type_error("expected a socket")),
            _ => Err(type_error("expected a socket")),
        },
        _ => Err(type_error("expected a socket")),
    }
}

fn timeout_error() -> PyErr {
    PyErr::new(&types().timeout_error, "timed out")
}

fn set_nonblocking(fd: i32, on: bool) {
    // SAFETY: fcntl on a descriptor number.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        if fl >= 0 {
            libc::fcntl(fd, libc::F_SETFL, if on { fl | libc::O_NONBLOCK } else { fl & !libc::O_NONBLOCK });
        }
    }
}

/// Wait until `fd` is readable (or writable) within the deadline, without the GIL.
/// Ok(false) on timeout.
fn wait_fd(ts: &mut ThreadState, fd: i32, write: bool, deadline: Option<Instant>) -> PyResult<bool> {
    loop {
        let ms = match deadline {
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return Ok(false);
                }
                (d - now).as_millis().min(i32::MAX as u128) as i32 + 1
            }
            None => -1,
        };
        let ev = if write { libc::POLLOUT } else { libc::POLLIN };
        let r = ts.allow_threads(gil::BlockReason::Socket, move || {
            let mut p = libc::pollfd { fd, events: ev, revents: 0 };
            // SAFETY: p is a valid pollfd array of length 1.
            let r = unsafe { libc::poll(&mut p, 1, ms) };
            if r < 0 {
                Err(errno())
            } else {
                Ok(r)
            }
        });
        match r {
            Ok(0) => continue,
            Ok(_) => return Ok(true),
            Err(e) if e == libc::EINTR => ts.check_signals()?,
            Err(e) => return Err(os_error(e, None)),
        }
    }
}

/// Run a socket system call with CPython's timeout discipline: blocking
/// sockets call it without the GIL; sockets with a timeout wait for
/// readiness first. `op` returns the raw result or errno.
fn sock_call<T: Send>(
    ts: &mut ThreadState,
    s: &Sock,
    write: bool,
    op: impl Fn(i32) -> Result<T, i32> + Send + Sync + Copy,
) -> PyResult<T> {
    let fd = s.fd.get();
    if fd < 0 {
        return Err(os_error(libc::EBADF, None));
    }
    let deadline = match s.timeout.get() {
        Some(t) if t > 0.0 => Some(Instant::now() + Duration::from_secs_f64(t)),
        _ => None,
    };
    let has_timeout = s.timeout.get().is_some_and(|t| t > 0.0);
    loop {
        if has_timeout && !wait_fd(ts, fd, write, deadline)? {
            return Err(timeout_error());
        }
        let r = ts.allow_threads(gil::BlockReason::Socket, move || op(fd));
        match r {
            Ok(v) => return Ok(v),
            Err(e) if e == libc::EINTR => ts.check_signals()?,
            Err(e) if (e == libc::EAGAIN || e == libc::EWOULDBLOCK) && has_timeout => continue,
            Err(e) => return Err(os_error(e, None)),
        }
    }
}

// ---- addresses ---------------------------------------------------------------

/// A socket address as raw bytes plus length.
struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

impl SockAddr {
    fn empty() -> SockAddr {
        // SAFETY: all-zero sockaddr_storage is valid.
        SockAddr { storage: unsafe { zeroed() }, len: size_of::<libc::sockaddr_storage>() as libc::socklen_t }
    }
    fn ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const _ as *const libc::sockaddr
    }
    fn mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut _ as *mut libc::sockaddr
    }
}

/// Resolve a host name to an address of `family` (getaddrinfo).
fn resolve(ts: &mut ThreadState, host: &str, family: i32) -> PyResult<SockAddr> {
    let host = match host {
        "" => {
            if family == libc::AF_INET6 {
                "::"
            } else {
                "0.0.0.0"
            }
        }
        "<broadcast>" => "255.255.255.255",
        h => h,
    };
    let c = CString::new(host).map_err(|_| type_error("host name must not contain null character"))?;
    let r = ts.allow_threads(gil::BlockReason::Socket, move || {
        // SAFETY: hints is zeroed then filled; res is an out-pointer freed below.
        unsafe {
            let mut hints: libc::addrinfo = zeroed();
            hints.ai_family = family;
            let mut res: *mut libc::addrinfo = std::ptr::null_mut();
            let rc = libc::getaddrinfo(c.as_ptr(), std::ptr::null(), &hints, &mut res);
            if rc != 0 {
                return Err(rc);
            }
            let mut sa = SockAddr::empty();
            let ai = &*res;
            std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, sa.mut_ptr() as *mut u8, ai.ai_addrlen as usize);
            sa.len = ai.ai_addrlen;
            libc::freeaddrinfo(res);
            Ok(SendAddr(sa))
        }
    });
    match r {
        Ok(SendAddr(a)) => Ok(a),
        Err(rc) => Err(gai_error(rc)),
    }
}

struct SendAddr(SockAddr);
// SAFETY: SockAddr is plain old data (a byte buffer and a length).
unsafe impl Send for SendAddr {}

fn gai_error(rc: i32) -> PyErr {
    // SAFETY: gai_strerror returns a static string.
    let msg = unsafe { CStr::from_ptr(libc::gai_strerror(rc)) }.to_string_lossy().into_owned();
    let ty = GAIERROR.get().unwrap_or_else(|| types().os_error.clone());
    PyErr::with_args(&ty, vec![Value::Int(rc as i64), new_str(msg)])
}

fn parse_addr(ts: &mut ThreadState, family: i32, v: &Value) -> PyResult<SockAddr> {
    match family {
        libc::AF_UNIX => {
            let p = crate::modules::os::path_arg(ts, v)?;
            let mut sa = SockAddr::empty();
            // SAFETY: storage is large enough for sockaddr_un.
            let un = unsafe { &mut *(sa.mut_ptr() as *mut libc::sockaddr_un) };
            un.sun_family = libc::AF_UNIX as libc::sa_family_t;
            let bytes = p.as_bytes();
            if bytes.len() >= un.sun_path.len() {
                return Err(os_error(libc::ENAMETOOLONG, None));
            }
            for (i, b) in bytes.iter().enumerate() {
                un.sun_path[i] = *b as libc::c_char;
            }
            sa.len = (size_of::<libc::sa_family_t>() + bytes.len() + 1) as libc::socklen_t;
            Ok(sa)
        }
        libc::AF_INET | libc::AF_INET6 => {
            let items = match v {
                Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => crate::vm::iterops::collect(ts, v)?,
                _ => {
                    return Err(type_error(format!(
                        "{}(): AF_INET address must be tuple, not {}",
                        "connect",
                        type_name(v)
                    )))
                }
            };
            if items.len() < 2 {
                return Err(type_error("AF_INET address must be a pair (host, port)"));
            }
            let host = as_str(&items[0]).map(|s| s.as_str().to_string()).ok_or_else(|| type_error("str, bytes or bytearray expected, not int"))?;
            let port = index_value(ts, &items[1])?;
            if !(0..=65535).contains(&port) {
                return Err(overflow_error("connect(): port must be 0-65535."));
            }
            let mut sa = resolve(ts, &host, family)?;
            // SAFETY: resolve filled an address of `family`; set its port.
            unsafe {
                if family == libc::AF_INET {
                    let sin = &mut *(sa.mut_ptr() as *mut libc::sockaddr_in);
                    sin.sin_port = (port as u16).to_be();
                } else {
                    let sin6 = &mut *(sa.mut_ptr() as *mut libc::sockaddr_in6);
                    sin6.sin6_port = (port as u16).to_be();
                    if let Some(f) = items.get(2) {
                        sin6.sin6_flowinfo = index_value(ts, f)? as u32;
                    }
                    if let Some(sc) = items.get(3) {
                        sin6.sin6_scope_id = index_value(ts, sc)? as u32;
                    }
                }
            }
            Ok(sa)
        }
        _ => Err(os_error(libc::EAFNOSUPPORT, None)),
    }
}

fn addr_value(sa: &SockAddr) -> Value {
    let fam = sa.storage.ss_family as i32;
    // SAFETY: the storage holds an address of family `fam`, filled by the kernel.
    unsafe {
        match fam {
            libc::AF_INET => {
                let sin = &*(sa.ptr() as *const libc::sockaddr_in);
                let ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
                new_tuple(vec![new_str(ip.to_string()), Value::Int(u16::from_be(sin.sin_port) as i64)])
            }
            libc::AF_INET6 => {
                let sin6 = &*(sa.ptr() as *const libc::sockaddr_in6);
                let ip = std::net::Ipv6Addr::from(sin6.sin6_addr.s6_addr);
                new_tuple(vec![
                    new_str(ip.to_string()),
                    Value::Int(u16::from_be(sin6.sin6_port) as i64),
                    Value::Int(sin6.sin6_flowinfo as i64),
                    Value::Int(sin6.sin6_scope_id as i64),
                ])
            }
            libc::AF_UNIX => {
                let un = &*(sa.ptr() as *const libc::sockaddr_un);
                let n = (sa.len as usize).saturating_sub(size_of::<libc::sa_family_t>());
                let bytes: Vec<u8> = un.sun_path[..n.min(un.sun_path.len())].iter().map(|c| *c as u8).take_while(|c| *c != 0).collect();
                new_str(String::from_utf8_lossy(&bytes).into_owned())
            }
            _ => Value::None,
        }
    }
}

// ---- the socket type ----------------------------------------------------------

fn sock_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = as_type(&args.pos[0]).cloned().unwrap_or_else(|| SOCK_TYPE.get().unwrap());
    let s = Sock { fd: Cell::new(-1), family: Cell::new(libc::AF_INET), stype: Cell::new(libc::SOCK_STREAM), proto: Cell::new(0), timeout: Cell::new(None) };
    let p = Payload::Native(Box::new(s));
    Ok(if tdata(&cls).has_flag(flags::HAS_DICT) {
        Value::Obj(PyObject::with_dict(cls, p, new_dict_obj()))
    } else {
        Value::Obj(PyObject::new(cls, p))
    })
}

fn int_or(ts: &mut ThreadState, v: &Value, default: i32) -> PyResult<i32> {
    if v.is_null() || v.is_none() {
        return Ok(default);
    }
    let i = index_value(ts, v)? as i32;
    Ok(if i == -1 { default } else { i })
}

fn sock_init(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("socket", &Args { pos: &args.pos[1..], ..args }, &["family", "type", "proto", "fileno"], 0)?;
    let s = sock(&args)?;
    let family = int_or(ts, &a[0], libc::AF_INET)?;
    let stype = int_or(ts, &a[1], libc::SOCK_STREAM)?;
    let proto = int_or(ts, &a[2], 0)?;
    let fd = if !a[3].is_null() && !a[3].is_none() {
        let fd = index_value(ts, &a[3])? as i32;
        let mut v: i32 = 0;
        let mut l = size_of::<i32>() as libc::socklen_t;
        // SAFETY: v/l are valid out-pointers for getsockopt.
        unsafe {
            if libc::getsockopt(fd, libc::SOL_SOCKET, libc::SO_DOMAIN, &mut v as *mut i32 as *mut libc::c_void, &mut l) == 0 {
                s.family.set(v);
            } else {
                return Err(os_error(errno(), None));
            }
            if libc::getsockopt(fd, libc::SOL_SOCKET, libc::SO_TYPE, &mut v as *mut i32 as *mut libc::c_void, &mut l) == 0 {
                s.stype.set(v);
            }
        }
        s.proto.set(proto);
        fd
    } else {
        // SAFETY: socket(2) with integer arguments.
        let fd = unsafe { libc::socket(family, stype | libc::SOCK_CLOEXEC, proto) };
        if fd < 0 {
            return Err(os_error(errno(), None));
        }
        s.family.set(family);
        s.stype.set(stype);
        s.proto.set(proto);
        fd
    };
    s.fd.set(fd);
    let dt = DEFAULT_TIMEOUT.get().unwrap_or(-1.0);
    if dt >= 0.0 {
        s.timeout.set(Some(dt));
        set_nonblocking(fd, true);
    }
    Ok(Value::None)
}

fn s_fileno(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(sock(&args)?.fd.get() as i64))
}

fn s_close(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = sock(&args)?;
    let fd = s.fd.replace(-1);
    if fd >= 0 {
        // SAFETY: closing our own descriptor.
        if unsafe { libc::close(fd) } < 0 && errno() != libc::ECONNRESET {
            return Err(os_error(errno(), None));
        }
    }
    Ok(Value::None)
}

fn s_detach(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(sock(&args)?.fd.replace(-1) as i64))
}

fn s_bind(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = sock(&args)?;
    let sa = parse_addr(ts, s.family.get(), &args.pos[1])?;
    // SAFETY: sa holds a valid address of sa.len bytes.
    if unsafe { libc::bind(s.fd.get(), sa.ptr(), sa.len) } < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::None)
}

fn s_listen(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = sock(&args)?;
    let backlog = match args.pos.get(1) {
        Some(v) => index_value(ts, v)?.clamp(0, 4096) as i32,
        None => 128,
    };
    // SAFETY: listen on our descriptor.
    if unsafe { libc::listen(s.fd.get(), backlog) } < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::None)
}

struct Accepted(i32, SockAddr);
// SAFETY: plain data (a descriptor and an address buffer).
unsafe impl Send for Accepted {}

fn s_accept(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = sock(&args)?;
    let Accepted(fd, sa) = sock_call(ts, s, false, |fd| {
        let mut sa = SockAddr::empty();
        // SAFETY: sa is a valid out-buffer of sa.len bytes.
        let r = unsafe { libc::accept4(fd, sa.mut_ptr(), &mut sa.len, libc::SOCK_CLOEXEC) };
        if r < 0 {
            Err(errno())
        } else {
            Ok(Accepted(r, sa))
        }
    })?;
    Ok(new_tuple(vec![Value::Int(fd as i64), addr_value(&sa)]))
}

fn do_connect(ts: &mut ThreadState, s: &Sock, sa: SockAddr) -> PyResult<i32> {
    let fd = s.fd.get();
    let sa = SendAddr(sa);
    let r = ts.allow_threads(gil::BlockReason::Socket, move || {
        let sa = sa;
        // SAFETY: sa holds a valid address.
        let r = unsafe { libc::connect(fd, sa.0.ptr(), sa.0.len) };
        if r < 0 {
            errno()
        } else {
            0
        }
    });
    let timeout = s.timeout.get();
    match r {
        0 => Ok(0),
        e if (e == libc::EINPROGRESS || e == libc::EINTR) && timeout != Some(0.0) => {
            if e == libc::EINTR {
                ts.check_signals()?;
            }
            // Wait for the connection, then read its outcome.
            let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t));
            if !wait_fd(ts, fd, true, deadline)? {
                return Err(timeout_error());
            }
            let mut err: i32 = 0;
            let mut l = size_of::<i32>() as libc::socklen_t;
            // SAFETY: err/l are valid out-pointers.
            unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, libc::SO_ERROR, &mut err as *mut i32 as *mut libc::c_void, &mut l) };
            Ok(err)
        }
        e => Ok(e),
    }
}

fn s_connect(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = sock(&args)?;
    let sa = parse_addr(ts, s.family.get(), &args.pos[1])?;
    let s = sock(&args)?;
    match do_connect(ts, s, sa)? {
        0 => Ok(Value::None),
        e => Err(os_error(e, None)),
    }
}

fn s_connect_ex(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = sock(&args)?;
    let sa = parse_addr(ts, s.family.get(), &args.pos[1])?;
    let s = sock(&args)?;
    Ok(Value::Int(do_connect(ts, s, sa)? as i64))
}

fn flags_arg(ts: &mut ThreadState, v: Option<&Value>) -> PyResult<i32> {
    match v {
        Some(v) => Ok(index_value(ts, v)? as i32),
        None => Ok(0),
    }
}

fn s_recv(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let n = index_value(ts, &args.pos[1])?;
    if n < 0 {
        return Err(value_error("negative buffersize in recv"));
    }
    let fl = flags_arg(ts, args.pos.get(2))?;
    let s = sock(&args)?;
    let n = n as usize;
    let data = sock_call(ts, s, false, move |fd| {
        let mut buf = vec![0u8; n];
        // SAFETY: buf is valid for n bytes.
        let r = unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, n, fl) };
        if r < 0 {
            Err(errno())
        } else {
            buf.truncate(r as usize);
            Ok(buf)
        }
    })?;
    Ok(new_bytes(data))
}

fn s_recvfrom(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let n = index_value(ts, &args.pos[1])?.max(0) as usize;
    let fl = flags_arg(ts, args.pos.get(2))?;
    let s = sock(&args)?;
    let (data, sa) = sock_call(ts, s, false, move |fd| {
        let mut buf = vec![0u8; n];
        let mut sa = SockAddr::empty();
        // SAFETY: buf and sa are valid out-buffers.
        let r = unsafe { libc::recvfrom(fd, buf.as_mut_ptr() as *mut libc::c_void, n, fl, sa.mut_ptr(), &mut sa.len) };
        if r < 0 {
            Err(errno())
        } else {
            buf.truncate(r as usize);
            Ok((buf, SendAddr(sa)))
        }
    })?;
    Ok(new_tuple(vec![new_bytes(data), addr_value(&sa.0)]))
}

fn s_recv_into(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("recv_into", &Args { pos: &args.pos[1..], ..args }, &["buffer", "nbytes", "flags"], 1)?;
    let Value::Obj(bo) = &a[0] else { return Err(type_error("recv_into() argument 'buffer' must be read-write bytes-like object")) };
    let Payload::ByteArray(cell) = &bo.payload else {
        return Err(type_error("recv_into() argument 'buffer' must be read-write bytes-like object"));
    };
    let cap = cell.borrow().len();
    let n = if a[1].is_null() || matches!(a[1], Value::Int(0)) { cap } else { (index_value(ts, &a[1])? as usize).min(cap) };
    let fl = if a[2].is_null() { 0 } else { index_value(ts, &a[2])? as i32 };
    let s = sock(&args)?;
    let data = sock_call(ts, s, false, move |fd| {
        let mut buf = vec![0u8; n];
        // SAFETY: buf valid for n bytes.
        let r = unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, n, fl) };
        if r < 0 {
            Err(errno())
        } else {
            buf.truncate(r as usize);
            Ok(buf)
        }
    })?;
    let k = data.len();
    cell.borrow_mut()[..k].copy_from_slice(&data);
    Ok(Value::Int(k as i64))
}

fn s_send(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let data = crate::objects::bytes::bytes_data(ts, &args.pos[1])?;
    let fl = flags_arg(ts, args.pos.get(2))? | libc::MSG_NOSIGNAL;
    let s = sock(&args)?;
    let d = std::sync::Arc::new(data);
    let n = send_some(ts, s, &d, fl)?;
    Ok(Value::Int(n as i64))
}

/// One send(2), honouring the timeout; returns bytes sent.
fn send_some(ts: &mut ThreadState, s: &Sock, data: &std::sync::Arc<Vec<u8>>, fl: i32) -> PyResult<usize> {
    let fd = s.fd.get();
    if fd < 0 {
        return Err(os_error(libc::EBADF, None));
    }
    let has_timeout = s.timeout.get().is_some_and(|t| t > 0.0);
    let deadline = s.timeout.get().filter(|t| *t > 0.0).map(|t| Instant::now() + Duration::from_secs_f64(t));
    loop {
        if has_timeout && !wait_fd(ts, fd, true, deadline)? {
            return Err(timeout_error());
        }
        let d = data.clone();
        let r = ts.allow_threads(gil::BlockReason::Socket, move || {
            // SAFETY: d is valid for d.len() bytes.
            let r = unsafe { libc::send(fd, d.as_ptr() as *const libc::c_void, d.len(), fl) };
            if r < 0 {
                Err(errno())
            } else {
                Ok(r as usize)
            }
        });
        match r {
            Ok(n) => return Ok(n),
            Err(e) if e == libc::EINTR => ts.check_signals()?,
            Err(e) if (e == libc::EAGAIN || e == libc::EWOULDBLOCK) && has_timeout => continue,
            Err(e) => return Err(os_error(e, None)),
        }
    }
}

fn s_sendall(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let mut data = crate::objects::bytes::bytes_data(ts, &args.pos[1])?;
    let fl = flags_arg(ts, args.pos.get(2))? | libc::MSG_NOSIGNAL;
    let s = sock(&args)?;
    while !data.is_empty() {
        let d = std::sync::Arc::new(data.clone());
        let n = send_some(ts, s, &d, fl)?;
        data.drain(..n);
    }
    Ok(Value::None)
}

fn s_sendto(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let data = crate::objects::bytes::bytes_data(ts, &args.pos[1])?;
    let (fl, addr) = if args.pos.len() >= 4 { (flags_arg(ts, args.pos.get(2))?, &args.pos[3]) } else { (0, &args.pos[2]) };
    let s = sock(&args)?;
    let sa = SendAddr(parse_addr(ts, s.family.get(), addr)?);
    let s = sock(&args)?;
    let fd = s.fd.get();
    let r = ts.allow_threads(gil::BlockReason::Socket, move || {
        let sa = sa;
        // SAFETY: data and sa are valid buffers.
        let r = unsafe { libc::sendto(fd, data.as_ptr() as *const libc::c_void, data.len(), fl | libc::MSG_NOSIGNAL, sa.0.ptr(), sa.0.len) };
        if r < 0 {
            Err(errno())
        } else {
            Ok(r)
        }
    });
    match r {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => Err(os_error(e, None)),
    }
}

fn s_shutdown(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let how = index_value(ts, &args.pos[1])? as i32;
    let s = sock(&args)?;
    // SAFETY: shutdown on our descriptor.
    if unsafe { libc::shutdown(s.fd.get(), how) } < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::None)
}

fn name_of(s: &Sock, peer: bool) -> PyResult<Value> {
    let mut sa = SockAddr::empty();
    // SAFETY: sa is a valid out-buffer.
    let r = unsafe {
        if peer {
            libc::getpeername(s.fd.get(), sa.mut_ptr(), &mut sa.len)
        } else {
            libc::getsockname(s.fd.get(), sa.mut_ptr(), &mut sa.len)
        }
    };
    if r < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(addr_value(&sa))
}

fn s_getsockname(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    name_of(sock(&args)?, false)
}

fn s_getpeername(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    name_of(sock(&args)?, true)
}

fn s_setsockopt(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let level = index_value(ts, &args.pos[1])? as i32;
    let opt = index_value(ts, &args.pos[2])? as i32;
    let s = sock(&args)?;
    let r = match &args.pos[3] {
        v if crate::objects::int::is_int(v) => {
            let i = index_value(ts, v)? as i32;
            // SAFETY: i is a valid int option value.
            unsafe { libc::setsockopt(s.fd.get(), level, opt, &i as *const i32 as *const libc::c_void, size_of::<i32>() as libc::socklen_t) }
        }
        v => {
            let b = crate::objects::bytes::bytes_data(ts, v)?;
            // SAFETY: b is valid for b.len() bytes.
            unsafe { libc::setsockopt(s.fd.get(), level, opt, b.as_ptr() as *const libc::c_void, b.len() as libc::socklen_t) }
        }
    };
    if r < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::None)
}

fn s_getsockopt(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let level = index_value(ts, &args.pos[1])? as i32;
    let opt = index_value(ts, &args.pos[2])? as i32;
    let s = sock(&args)?;
    if let Some(bl) = args.pos.get(3) {
        let n = index_value(ts, bl)? as usize;
        let mut buf = vec![0u8; n];
        let mut l = n as libc::socklen_t;
        // SAFETY: buf valid for n bytes.
        if unsafe { libc::getsockopt(s.fd.get(), level, opt, buf.as_mut_ptr() as *mut libc::c_void, &mut l) } < 0 {
            return Err(os_error(errno(), None));
        }
        buf.truncate(l as usize);
        return Ok(new_bytes(buf));
    }
    let mut v: i32 = 0;
    let mut l = size_of::<i32>() as libc::socklen_t;
    // SAFETY: v/l valid out-pointers.
    if unsafe { libc::getsockopt(s.fd.get(), level, opt, &mut v as *mut i32 as *mut libc::c_void, &mut l) } < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::Int(v as i64))
}

fn apply_timeout(s: &Sock, t: Option<f64>) {
    s.timeout.set(t);
    set_nonblocking(s.fd.get(), t.is_some());
}

fn timeout_arg(ts: &mut ThreadState, v: &Value) -> PyResult<Option<f64>> {
    if v.is_none() {
        return Ok(None);
    }
    let t = crate::objects::float::float_of(ts, v)?;
    if t < 0.0 {
        return Err(value_error("Timeout value out of range"));
    }
    Ok(Some(t))
}

fn s_settimeout(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = timeout_arg(ts, &args.pos[1])?;
    apply_timeout(sock(&args)?, t);
    Ok(Value::None)
}

fn s_gettimeout(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(match sock(&args)?.timeout.get() {
        Some(t) => Value::Float(t),
        None => Value::None,
    })
}

fn s_setblocking(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let b = truthy(ts, &args.pos[1])?;
    apply_timeout(sock(&args)?, if b { None } else { Some(0.0) });
    Ok(Value::None)
}

fn s_getblocking(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(sock(&args)?.timeout.get() != Some(0.0)))
}

fn s_dup(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = sock(&args)?;
    // SAFETY: fcntl dup of our descriptor.
    let fd = unsafe { libc::fcntl(s.fd.get(), libc::F_DUPFD_CLOEXEC, 0) };
    if fd < 0 {
        return Err(os_error(errno(), None));
    }
    let new = sock_new(_ts, Args::new(&[Value::Obj(SOCK_TYPE.get().unwrap())]))?;
    if let Value::Obj(o) = &new {
        if let Payload::Native(n) = &o.payload {
            let ns = n.as_any().downcast_ref::<Sock>().unwrap();
            ns.fd.set(fd);
            ns.family.set(s.family.get());
            ns.stype.set(s.stype.get());
            ns.proto.set(s.proto.get());
            ns.timeout.set(s.timeout.get());
        }
    }
    Ok(new)
}

fn g_family(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(sock(&args)?.family.get() as i64))
}
fn g_type(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(sock(&args)?.stype.get() as i64))
}
fn g_proto(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(sock(&args)?.proto.get() as i64))
}

fn s_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = sock(&args)?;
    Ok(new_str(format!(
        "<socket object, fd={}, family={}, type={}, proto={}>",
        s.fd.get(),
        s.family.get(),
        s.stype.get(),
        s.proto.get()
    )))
}

// ---- module functions -----------------------------------------------------------

fn m_getaddrinfo(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("getaddrinfo", &args, &["host", "port", "family", "type", "proto", "flags"], 2)?;
    let host = if a[0].is_none() { None } else { Some(str_of(ts, &a[0])?) };
    let port = if a[1].is_none() {
        None
    } else if crate::objects::int::is_int(&a[1]) {
        Some(index_value(ts, &a[1])?.to_string())
    } else {
        Some(str_of(ts, &a[1])?)
    };
    let g = |ts: &mut ThreadState, v: &Value| -> PyResult<i32> { if v.is_null() { Ok(0) } else { Ok(index_value(ts, v)? as i32) } };
    let (family, stype, proto, fl) = (g(ts, &a[2])?, g(ts, &a[3])?, g(ts, &a[4])?, g(ts, &a[5])?);
    let ch = host.map(|h| CString::new(h).unwrap_or_default());
    let cp = port.map(|p| CString::new(p).unwrap_or_default());
    let r = ts.allow_threads(gil::BlockReason::Socket, move || {
        // SAFETY: hints zeroed then set; res freed after copying out.
        unsafe {
            let mut hints: libc::addrinfo = zeroed();
            hints.ai_family = family;
            hints.ai_socktype = stype;
            hints.ai_protocol = proto;
            hints.ai_flags = fl;
            let mut res: *mut libc::addrinfo = std::ptr::null_mut();
            let rc = libc::getaddrinfo(
                ch.as_ref().map(|c| c.as_ptr()).unwrap_or(std::ptr::null()),
                cp.as_ref().map(|c| c.as_ptr()).unwrap_or(std::ptr::null()),
                &hints,
                &mut res,
            );
            if rc != 0 {
                return Err(rc);
            }
            let mut out = Vec::new();
            let mut p = res;
            while !p.is_null() {
                let ai = &*p;
                let mut sa = SockAddr::empty();
                std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, sa.mut_ptr() as *mut u8, ai.ai_addrlen as usize);
                sa.len = ai.ai_addrlen;
                let canon = if ai.ai_canonname.is_null() { String::new() } else { CStr::from_ptr(ai.ai_canonname).to_string_lossy().into_owned() };
                out.push((ai.ai_family, ai.ai_socktype, ai.ai_protocol, canon, SendAddr(sa)));
                p = ai.ai_next;
            }
            libc::freeaddrinfo(res);
            Ok(out)
        }
    });
    match r {
        Ok(list) => Ok(new_list(
            list.into_iter()
                .map(|(f, t, p, c, sa)| new_tuple(vec![Value::Int(f as i64), Value::Int(t as i64), Value::Int(p as i64), new_str(c), addr_value(&sa.0)]))
                .collect(),
        )),
        Err(rc) => Err(gai_error(rc)),
    }
}

fn m_gethostname(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    let mut buf = vec![0u8; 256];
    // SAFETY: buf is valid for 256 bytes.
    unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    let n = buf.iter().position(|c| *c == 0).unwrap_or(buf.len());
    Ok(new_str(String::from_utf8_lossy(&buf[..n]).into_owned()))
}

fn m_gethostbyname(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let h = str_of(ts, &args.pos[0])?;
    let sa = resolve(ts, &h, libc::AF_INET)?;
    match addr_value(&sa) {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Ok(t[0].clone()),
            _ => Ok(Value::None),
        },
        v => Ok(v),
    }
}

fn m_getdefaulttimeout(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(match DEFAULT_TIMEOUT.get() {
        Some(t) if t >= 0.0 => Value::Float(t),
        _ => Value::None,
    })
}

fn m_setdefaulttimeout(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = timeout_arg(ts, &args.pos[0])?;
    DEFAULT_TIMEOUT.set(t.unwrap_or(-1.0));
    Ok(Value::None)
}

fn m_socketpair(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("socketpair", &args, &["family", "type", "proto"], 0)?;
    let family = int_or(ts, &a[0], libc::AF_UNIX)?;
    let stype = int_or(ts, &a[1], libc::SOCK_STREAM)?;
    let proto = int_or(ts, &a[2], 0)?;
    let mut fds = [0i32; 2];
    // SAFETY: fds is a valid array of two ints.
    if unsafe { libc::socketpair(family, stype | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) } < 0 {
        return Err(os_error(errno(), None));
    }
    let t = Value::Obj(SOCK_TYPE.get().unwrap());
    let mut out = Vec::new();
    for fd in fds {
        let s = sock_new(ts, Args::new(&[t.clone()]))?;
        sock_init(ts, Args::new(&[s.clone(), Value::Int(family as i64), Value::Int(stype as i64), Value::Int(proto as i64), Value::Int(fd as i64)]))?;
        out.push(s);
    }
    Ok(new_tuple(out))
}

fn m_dup(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let fd = index_value(ts, &args.pos[0])? as i32;
    // SAFETY: fcntl dup on a descriptor number.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::Int(r as i64))
}

fn m_close(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let fd = index_value(ts, &args.pos[0])? as i32;
    // SAFETY: closing a descriptor number.
    if unsafe { libc::close(fd) } < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::None)
}

fn m_inet_aton(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = str_of(ts, &args.pos[0])?;
    match s.parse::<std::net::Ipv4Addr>() {
        Ok(ip) => Ok(new_bytes(ip.octets().to_vec())),
        Err(_) => Err(PyErr::new(&types().os_error, "illegal IP address string passed to inet_aton")),
    }
}

fn m_inet_ntoa(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let b = crate::objects::bytes::bytes_data(ts, &args.pos[0])?;
    if b.len() != 4 {
        return Err(PyErr::new(&types().os_error, "packed IP wrong length for inet_ntoa"));
    }
    Ok(new_str(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string()))
}

fn m_inet_pton(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let fam = index_value(ts, &args.pos[0])? as i32;
    let s = str_of(ts, &args.pos[1])?;
    let r = if fam == libc::AF_INET6 {
        s.parse::<std::net::Ipv6Addr>().map(|a| a.octets().to_vec()).ok()
    } else {
        s.parse::<std::net::Ipv4Addr>().map(|a| a.octets().to_vec()).ok()
    };
    r.map(new_bytes).ok_or_else(|| PyErr::new(&types().os_error, "illegal IP address string passed to inet_pton"))
}

fn m_inet_ntop(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let fam = index_value(ts, &args.pos[0])? as i32;
    let b = crate::objects::bytes::bytes_data(ts, &args.pos[1])?;
    if fam == libc::AF_INET6 && b.len() == 16 {
        let mut o = [0u8; 16];
        o.copy_from_slice(&b);
        return Ok(new_str(std::net::Ipv6Addr::from(o).to_string()));
    }
    if fam == libc::AF_INET && b.len() == 4 {
        return Ok(new_str(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string()));
    }
    Err(value_error("invalid length of packed IP address string"))
}

fn m_htons(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int((index_value(ts, &args.pos[0])? as u16).to_be() as i64))
}
fn m_htonl(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int((index_value(ts, &args.pos[0])? as u32).to_be() as i64))
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let t = new_native_type("socket", "_socket", None);
    crate::objects::typeobj::tdata(&t).set_flag(flags::BASETYPE, true);
    TypeBuilder::new(&t, "socket")
        .static_method("__new__", sock_new)
        .method("__init__", sock_init)
        .method("fileno", s_fileno)
        .method("close", s_close)
        .method("detach", s_detach)
        .method("bind", s_bind)
        .method("listen", s_listen)
        .method("_accept", s_accept)
        .method("connect", s_connect)
        .method("connect_ex", s_connect_ex)
        .method("recv", s_recv)
        .method("recvfrom", s_recvfrom)
        .method("recv_into", s_recv_into)
        .method("send", s_send)
        .method("sendall", s_sendall)
        .method("sendto", s_sendto)
        .method("shutdown", s_shutdown)
        .method("getsockname", s_getsockname)
        .method("getpeername", s_getpeername)
        .method("setsockopt", s_setsockopt)
        .method("getsockopt", s_getsockopt)
        .method("settimeout", s_settimeout)
        .method("gettimeout", s_gettimeout)
        .method("setblocking", s_setblocking)
        .method("getblocking", s_getblocking)
        .method("dup", s_dup)
        .method("__repr__", s_repr)
        .getter("family", g_family)
        .getter("type", g_type)
        .getter("proto", g_proto)
        .getter("timeout", s_gettimeout);
    SOCK_TYPE.set(t.clone());
    let os_error_t = types().os_error.clone();
    let mk_exc = |name: &'static str| {
        let e = new_native_type(name, "socket", Some(&os_error_t));
        tdata(&e).set_flag(flags::BASETYPE | flags::HAS_DICT | flags::HEAPTYPE, true);
        e
    };
    let gai = mk_exc("gaierror");
    let herr = mk_exc("herror");
    GAIERROR.set(gai.clone());
    HERROR.set(herr.clone());
    let m = super::make_module(
        "_socket",
        &[
            ("getaddrinfo", m_getaddrinfo),
            ("gethostname", m_gethostname),
            ("gethostbyname", m_gethostbyname),
            ("getdefaulttimeout", m_getdefaulttimeout),
            ("setdefaulttimeout", m_setdefaulttimeout),
            ("socketpair", m_socketpair),
            ("dup", m_dup),
            ("close", m_close),
            ("inet_aton", m_inet_aton),
            ("inet_ntoa", m_inet_ntoa),
            ("inet_pton", m_inet_pton),
            ("inet_ntop", m_inet_ntop),
            ("htons", m_htons),
            ("ntohs", m_htons),
            ("htonl", m_htonl),
            ("ntohl", m_htonl),
        ],
    );
    let ints: &[(&str, i32)] = &[
        ("AF_INET", libc::AF_INET), ("AF_INET6", libc::AF_INET6), ("AF_UNIX", libc::AF_UNIX), ("AF_UNSPEC", libc::AF_UNSPEC),
        ("SOCK_STREAM", libc::SOCK_STREAM), ("SOCK_DGRAM", libc::SOCK_DGRAM), ("SOCK_RAW", libc::SOCK_RAW),
        ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK), ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC),
        ("SOL_SOCKET", libc::SOL_SOCKET), ("SO_REUSEADDR", libc::SO_REUSEADDR), ("SO_REUSEPORT", libc::SO_REUSEPORT),
        ("SO_KEEPALIVE", libc::SO_KEEPALIVE), ("SO_ERROR", libc::SO_ERROR), ("SO_RCVBUF", libc::SO_RCVBUF),
        ("SO_SNDBUF", libc::SO_SNDBUF), ("SO_BROADCAST", libc::SO_BROADCAST), ("SO_LINGER", libc::SO_LINGER),
        ("SO_TYPE", libc::SO_TYPE), ("IPPROTO_TCP", libc::IPPROTO_TCP), ("IPPROTO_UDP", libc::IPPROTO_UDP),
        ("IPPROTO_IP", libc::IPPROTO_IP), ("IPPROTO_IPV6", libc::IPPROTO_IPV6), ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
        ("TCP_NODELAY", libc::TCP_NODELAY), ("SHUT_RD", libc::SHUT_RD), ("SHUT_WR", libc::SHUT_WR),
        ("SHUT_RDWR", libc::SHUT_RDWR), ("SOMAXCONN", libc::SOMAXCONN), ("AI_PASSIVE", libc::AI_PASSIVE),
        ("AI_CANONNAME", libc::AI_CANONNAME), ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
        ("AI_NUMERICSERV", libc::AI_NUMERICSERV), ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG),
        ("NI_NUMERICHOST", libc::NI_NUMERICHOST), ("NI_NUMERICSERV", libc::NI_NUMERICSERV),
        ("MSG_PEEK", libc::MSG_PEEK), ("MSG_DONTWAIT", libc::MSG_DONTWAIT), ("MSG_WAITALL", libc::MSG_WAITALL),
        ("EAI_NONAME", libc::EAI_NONAME), ("INADDR_ANY", 0),
    ];
    for (n, v) in ints {
        super::set_attrs(&m, &[(n, Value::Int(*v as i64))]);
    }
    super::set_attrs(
        &m,
        &[
            ("socket", Value::Obj(t.clone())),
            ("SocketType", Value::Obj(t)),
            ("error", Value::Obj(types().os_error.clone())),
            ("timeout", Value::Obj(types().timeout_error.clone())),
            ("gaierror", Value::Obj(gai)),
            ("herror", Value::Obj(herr)),
            ("has_ipv6", Value::Bool(true)),
        ],
    );
    Ok(m)
}
