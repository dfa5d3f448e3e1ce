//! `select`: select() and poll objects, implemented with poll(2). The wait
//! happens without the GIL; Ctrl-C interrupts it in the main thread.

use crate::objects::function::Args;
use crate::objects::object::NativeData;
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::check_args;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::thread::GilStatic;
use crate::vm::types::{new_native_type, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use std::cell::RefCell;
use std::time::{Duration, Instant};

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The descriptor of an int or an object with fileno().
fn fd_of(ts: &mut ThreadState, v: &Value) -> PyResult<i32> {
    if crate::objects::int::is_int(v) {
        let fd = index_value(ts, v)?;
        if fd < 0 {
            return Err(value_error(format!("file descriptor cannot be a negative integer ({})", fd)));
        }
        return Ok(fd as i32);
    }
    let f = getattr_opt(ts, v, &intern("fileno"))?
        .ok_or_else(|| type_error("argument must be an int, or have a fileno() method."))?;
    let r = crate::vm::call::call(ts, &f, &[])?;
    let fd = index_value(ts, &r)?;
    if fd < 0 {
        return Err(value_error(format!("file descriptor cannot be a negative integer ({})", fd)));
    }
    Ok(fd as i32)
}

/// poll(2) without the GIL, retrying on EINTR (and delivering Ctrl-C).
fn do_poll(ts: &mut ThreadState, fds: Vec<libc::pollfd>, timeout: Option<Duration>) -> PyResult<Vec<libc::pollfd>> {
    let deadline = timeout.map(|t| Instant::now() + t);
    let mut fds = SendFds(fds);
    loop {
        let ms = match deadline {
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    0
                } else {
                    ((d - now).as_micros().div_ceil(1000)).min(i32::MAX as u128) as i32
                }
            }
            None => -1,
        };
        let (r, back) = ts.allow_threads(gil::BlockReason::Select, move || {
            let mut f = fds;
            // SAFETY: f.0 is a valid array of pollfd of the given length.
            let r = unsafe { libc::poll(f.0.as_mut_ptr(), f.0.len() as libc::nfds_t, ms) };
            let e = if r < 0 { errno() } else { 0 };
            (if r < 0 { Err(e) } else { Ok(r) }, f)
        });
        fds = back;
        match r {
            Ok(_) => return Ok(fds.0),
            Err(e) if e == libc::EINTR => ts.check_signals()?,
            Err(e) => return Err(os_error(e, None)),
        }
    }
}

struct SendFds(Vec<libc::pollfd>);
// SAFETY: pollfd is plain data.
unsafe impl Send for SendFds {}

fn timeout_secs(ts: &mut ThreadState, v: Option<&Value>) -> PyResult<Option<Duration>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let t = crate::objects::float::float_of(ts, v).map_err(|_| type_error("timeout must be a float or None"))?;
            if t < 0.0 {
                return Err(value_error("timeout must be non-negative"));
            }
            Ok(Some(Duration::from_secs_f64(t)))
        }
    }
}

/// select.select(rlist, wlist, xlist[, timeout]).
fn m_select(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("select", &args, 3, 4)?;
    let lists: Vec<Vec<Value>> = (0..3).map(|i| crate::vm::iterops::collect(ts, &args.pos[i])).collect::<PyResult<_>>()?;
    let timeout = timeout_secs(ts, args.pos.get(3))?;
    let mut entries: Vec<(usize, Value, i32)> = Vec::new();
    let mut pfds = Vec::new();
    for (k, list) in lists.iter().enumerate() {
        let ev = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI][k];
        for v in list {
            let fd = fd_of(ts, v)?;
            entries.push((k, v.clone(), fd));
            pfds.push(libc::pollfd { fd, events: ev, revents: 0 });
        }
    }
    let res = do_poll(ts, pfds, timeout)?;
    let mut out: [Vec<Value>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for ((k, v, _), p) in entries.into_iter().zip(res.iter()) {
        let ready = match k {
            0 => p.revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0,
            1 => p.revents & (libc::POLLOUT | libc::POLLERR) != 0,
            _ => p.revents & libc::POLLPRI != 0,
        };
        if p.revents & libc::POLLNVAL != 0 {
            return Err(os_error(libc::EBADF, None));
        }
        if ready {
            out[k].push(v);
        }
    }
    let [r, w, x] = out;
    Ok(new_tuple(vec![new_list(r), new_list(w), new_list(x)]))
}

pub struct Poll {
    fds: RefCell<Vec<(i32, i16)>>,
}

impl NativeData for Poll {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

static POLL_TYPE: GilStatic<PyRef> = GilStatic::new();

fn poll_of<'a>(args: &'a Args) -> PyResult<&'a Poll> {
    match &args.pos[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<Poll>().ok_or_else(|| type_error("expected a poll object")),
            _ => Err(type_error("expected a poll object")),
        },
        _ => Err(type_error("expected a poll object")),
    }
}

fn m_poll(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(PyObject::new(POLL_TYPE.get().unwrap(), Payload::Native(Box::new(Poll { fds: RefCell::new(Vec::new()) })))))
}

fn p_register(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("register", &args, 2, 3)?;
    let fd = fd_of(ts, &args.pos[1])?;
    let mask = match args.pos.get(2) {
        Some(m) => index_value(ts, m)? as i16,
        None => libc::POLLIN | libc::POLLPRI | libc::POLLOUT,
    };
    let p = poll_of(&args)?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(Value::None)
}

fn p_modify(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("modify", &args, 3, 3)?;
    let fd = fd_of(ts, &args.pos[1])?;
    let mask = index_value(ts, &args.pos[2])? as i16;
    let p = poll_of(&args)?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => {
            e.1 = mask;
            Ok(Value::None)
        }
        None => Err(os_error(libc::ENOENT, None)),
    }
}

fn p_unregister(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("unregister", &args, 2, 2)?;
    let fd = fd_of(ts, &args.pos[1])?;
    let p = poll_of(&args)?;
    let mut fds = p.fds.borrow_mut();
    let before = fds.len();
    fds.retain(|(f, _)| *f != fd);
    if fds.len() == before {
        return Err(key_error(args.pos[1].clone()));
    }
    Ok(Value::None)
}

fn p_poll(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("poll", &args, 1, 2)?;
    let timeout = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            let ms = crate::objects::float::float_of(ts, v)?;
            if ms < 0.0 {
                None
            } else {
                Some(Duration::from_secs_f64(ms / 1000.0))
            }
        }
    };
    let pfds: Vec<libc::pollfd> = poll_of(&args)?.fds.borrow().iter().map(|(fd, ev)| libc::pollfd { fd: *fd, events: *ev, revents: 0 }).collect();
    let res = do_poll(ts, pfds, timeout)?;
    let out: Vec<Value> = res
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| new_tuple(vec![Value::Int(p.fd as i64), Value::Int(p.revents as i64)]))
        .collect();
    Ok(new_list(out))
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let t = new_native_type("poll", "select", None);
    TypeBuilder::new(&t, "poll")
        .method("register", p_register)
        .method("modify", p_modify)
        .method("unregister", p_unregister)
        .method("poll", p_poll);
    POLL_TYPE.set(t);
    let m = super::make_module("select", &[("select", m_select), ("poll", m_poll)]);
    let ints: &[(&str, i16)] = &[
        ("POLLIN", libc::POLLIN), ("POLLOUT", libc::POLLOUT), ("POLLPRI", libc::POLLPRI), ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP), ("POLLNVAL", libc::POLLNVAL), ("POLLRDNORM", libc::POLLRDNORM),
        ("POLLWRNORM", libc::POLLWRNORM),
    ];
    for (n, v) in ints {
        super::set_attrs(&m, &[(n, Value::Int(*v as i64))]);
    }
    super::set_attrs(&m, &[("error", Value::Obj(crate::vm::types::types().os_error.clone()))]);
    Ok(m)
}
