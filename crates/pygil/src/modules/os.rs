//! The `os` module (POSIX). Every call that can block releases the GIL.
//! `os.path` is the pure-Python `posixpath` from lib/.

use crate::objects::function::Args;
use crate::objects::{Payload, PyRef, Value};
use crate::vm::call::{bind_native, call, check_args};
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::thread::GilStatic;
use crate::vm::types::{new_structseq_type, structseq_new};
use crate::vm::{PyResult, ThreadState};
use std::ffi::CString;

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// A path argument: str, bytes or os.PathLike.
pub fn path_arg(ts: &mut ThreadState, v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.as_str().to_string());
    }
    if let Value::Obj(o) = v {
        if let Payload::Bytes(b) = &o.payload {
            return Ok(String::from_utf8_lossy(b).into_owned());
        }
    }
    if let Some(r) = call_special0(ts, v, "__fspath__")? {
        return path_arg(ts, &r);
    }
    Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(v))))
}

fn cpath(s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| value_error("embedded null byte"))
}

fn fd_arg(ts: &mut ThreadState, v: &Value) -> PyResult<i32> {
    Ok(index_value(ts, v)? as i32)
}

fn os_getpid(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    // SAFETY: getpid has no preconditions.
    Ok(Value::Int(unsafe { libc::getpid() } as i64))
}

fn os_getppid(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    // SAFETY: getppid has no preconditions.
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}

fn os_cpu_count(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::thread::available_parallelism().map(|n| n.get() as i64).unwrap_or(1)))
}

fn os_getcwd(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(e.raw_os_error().unwrap_or(0), None)),
    }
}

fn os_chdir(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("chdir", &args, 1, 1)?;
    let p = path_arg(ts, &args.pos[0])?;
    std::env::set_current_dir(&p).map_err(|e| os_error(e.raw_os_error().unwrap_or(0), Some(new_str(p))))?;
    Ok(Value::None)
}

fn os_fspath(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("fspath", &args, 1, 1)?;
    let v = &args.pos[0];
    if as_str(v).is_some() || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_))) {
        return Ok(v.clone());
    }
    match call_special0(ts, v, "__fspath__")? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(v)))),
    }
}

fn os_open(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("open", &args, &["path", "flags", "mode", "dir_fd"], 2)?;
    let p = path_arg(ts, &a[0])?;
    let flags = index_value(ts, &a[1])? as i32 | libc::O_CLOEXEC;
    let mode = if a[2].is_null() { 0o777 } else { index_value(ts, &a[2])? as u32 };
    let c = cpath(&p)?;
    let r = ts.allow_threads(gil::BlockReason::File, move || {
        // SAFETY: c is a valid NUL-terminated path.
        let fd = unsafe { libc::open(c.as_ptr(), flags, mode) };
        if fd < 0 {
            Err(errno())
        } else {
            Ok(fd)
        }
    });
    match r {
        Ok(fd) => Ok(Value::Int(fd as i64)),
        Err(e) => Err(os_error(e, Some(new_str(p)))),
    }
}

fn os_close(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("close", &args, 1, 1)?;
    let fd = fd_arg(ts, &args.pos[0])?;
    // SAFETY: closing a descriptor number has no memory-safety preconditions.
    if unsafe { libc::close(fd) } < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::None)
}

fn os_read(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("read", &args, 2, 2)?;
    let fd = fd_arg(ts, &args.pos[0])?;
    let n = index_value(ts, &args.pos[1])?;
    if n < 0 {
        return Err(value_error("negative buffersize in read"));
    }
    loop {
        let r = ts.allow_threads(gil::BlockReason::Pipe, move || {
            let mut buf = vec![0u8; n as usize];
            // SAFETY: buf is valid for writes of n bytes.
            let k = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
            if k < 0 {
                Err(errno())
            } else {
                buf.truncate(k as usize);
                Ok(buf)
            }
        });
        match r {
            Ok(b) => return Ok(new_bytes(b)),
            Err(e) if e == libc::EINTR => ts.check_signals()?,
            Err(e) => return Err(os_error(e, None)),
        }
    }
}

fn os_write(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("write", &args, 2, 2)?;
    let fd = fd_arg(ts, &args.pos[0])?;
    let data = crate::objects::bytes::bytes_data(ts, &args.pos[1])?;
    loop {
        let d = data.clone();
        let r = ts.allow_threads(gil::BlockReason::Pipe, move || {
            // SAFETY: d is valid for reads of d.len() bytes.
            let k = unsafe { libc::write(fd, d.as_ptr() as *const libc::c_void, d.len()) };
            if k < 0 {
                Err(errno())
            } else {
                Ok(k)
            }
        });
        match r {
            Ok(k) => return Ok(Value::Int(k as i64)),
            Err(e) if e == libc::EINTR => ts.check_signals()?,
            Err(e) => return Err(os_error(e, None)),
        }
    }
}

fn os_lseek(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("lseek", &args, 3, 3)?;
    let fd = fd_arg(ts, &args.pos[0])?;
    let pos = index_value(ts, &args.pos[1])?;
    let how = index_value(ts, &args.pos[2])? as i32;
    // SAFETY: lseek on a descriptor number has no memory-safety preconditions.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::Int(r))
}

fn os_pipe(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    let mut fds = [0i32; 2];
    // SAFETY: fds is a valid array of two ints.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

fn os_dup(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let fd = fd_arg(ts, &args.pos[0])?;
    // SAFETY: fcntl with F_DUPFD_CLOEXEC on a descriptor number.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::Int(r as i64))
}

fn os_dup2(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("dup2", &args, &["fd", "fd2", "inheritable"], 2)?;
    let fd = fd_arg(ts, &a[0])?;
    let fd2 = fd_arg(ts, &a[1])?;
    // SAFETY: dup2 on descriptor numbers.
    let r = unsafe { libc::dup2(fd, fd2) };
    if r < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::Int(r as i64))
}

fn os_isatty(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let fd = fd_arg(ts, &args.pos[0])?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

static TERMINAL_SIZE: GilStatic<PyRef> = GilStatic::new();

fn terminal_size_type() -> PyRef {
    TERMINAL_SIZE.get_or_init(|| new_structseq_type("terminal_size", "os", &["columns", "lines"]))
}

/// os.get_terminal_size(fd=1): the window size of the terminal on `fd`.
fn os_get_terminal_size(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("get_terminal_size", &args, 0, 1)?;
    let fd = match args.pos.first() {
        Some(v) => fd_arg(ts, v)?,
        None => 1,
    };
    // SAFETY: a zeroed winsize is a valid out-parameter for TIOCGWINSZ.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ only writes the winsize behind the valid pointer.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(structseq_new(&terminal_size_type(), vec![Value::Int(w.ws_col as i64), Value::Int(w.ws_row as i64)]))
}

fn os_exit(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("_exit", &args, 1, 1)?;
    let code = index_value(ts, &args.pos[0])? as i32;
    // SAFETY: _exit terminates the process immediately, as os._exit must.
    unsafe { libc::_exit(code) }
}

static STAT_RESULT: GilStatic<PyRef> = GilStatic::new();

fn stat_type() -> PyRef {
    STAT_RESULT.get_or_init(|| {
        new_structseq_type(
            "stat_result",
            "os",
            &["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"],
        )
    })
}

fn stat_value(st: &libc::stat) -> Value {
    let t = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    structseq_new(
        &stat_type(),
        vec![
            Value::Int(st.st_mode as i64),
            Value::Int(st.st_ino as i64),
            Value::Int(st.st_dev as i64),
            Value::Int(st.st_nlink as i64),
            Value::Int(st.st_uid as i64),
            Value::Int(st.st_gid as i64),
            Value::Int(st.st_size),
            t(st.st_atime, st.st_atime_nsec),
            t(st.st_mtime, st.st_mtime_nsec),
            t(st.st_ctime, st.st_ctime_nsec),
        ],
    )
}

fn do_stat(ts: &mut ThreadState, args: Args, follow: bool) -> PyResult<Value> {
    let a = bind_native("stat", &args, &["path", "dir_fd", "follow_symlinks"], 1)?;
    // SAFETY: a zeroed stat is a valid out-parameter.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if let Value::Int(fd) = a[0] {
        // SAFETY: st is a valid out-pointer.
        if unsafe { libc::fstat(fd as i32, &mut st) } < 0 {
            return Err(os_error(errno(), None));
        }
        return Ok(stat_value(&st));
    }
    let follow = follow && (a[2].is_null() || truthy(ts, &a[2])?);
    let p = path_arg(ts, &a[0])?;
    let c = cpath(&p)?;
    // SAFETY: c is NUL-terminated and st a valid out-pointer.
    let r = unsafe { if follow { libc::stat(c.as_ptr(), &mut st) } else { libc::lstat(c.as_ptr(), &mut st) } };
    if r < 0 {
        return Err(os_error(errno(), Some(a[0].clone())));
    }
    Ok(stat_value(&st))
}

fn os_stat(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    do_stat(ts, args, true)
}

fn os_lstat(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    do_stat(ts, args, false)
}

fn os_fstat(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let fd = fd_arg(ts, &args.pos[0])?;
    // SAFETY: zeroed stat is valid; fstat fills it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: st is a valid out-pointer.
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(stat_value(&st))
}

fn simple_path_call(ts: &mut ThreadState, v: &Value, f: impl FnOnce(&CString) -> i32) -> PyResult<Value> {
    let p = path_arg(ts, v)?;
    let c = cpath(&p)?;
    if f(&c) < 0 {
        return Err(os_error(errno(), Some(v.clone())));
    }
    Ok(Value::None)
}

fn os_remove(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("remove", &args, 1, 1)?;
    // SAFETY: c is NUL-terminated.
    simple_path_call(ts, &args.pos[0], |c| unsafe { libc::unlink(c.as_ptr()) })
}

fn os_rmdir(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("rmdir", &args, 1, 1)?;
    // SAFETY: c is NUL-terminated.
    simple_path_call(ts, &args.pos[0], |c| unsafe { libc::rmdir(c.as_ptr()) })
}

fn os_mkdir(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("mkdir", &args, &["path", "mode", "dir_fd"], 1)?;
    let mode = if a[1].is_null() { 0o777 } else { index_value(ts, &a[1])? as u32 };
    // SAFETY: c is NUL-terminated.
    simple_path_call(ts, &a[0], |c| unsafe { libc::mkdir(c.as_ptr(), mode) })
}

fn os_rename(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("rename", &args, 2, 2)?;
    let a = path_arg(ts, &args.pos[0])?;
    let b = path_arg(ts, &args.pos[1])?;
    std::fs::rename(&a, &b).map_err(|e| os_error(e.raw_os_error().unwrap_or(0), Some(args.pos[0].clone())))?;
    Ok(Value::None)
}

fn os_listdir(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("listdir", &args, 0, 1)?;
    let p = match args.pos.first() {
        Some(v) if !v.is_none() => path_arg(ts, v)?,
        _ => ".".to_string(),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(e.raw_os_error().unwrap_or(0), Some(new_str(p.clone()))))?;
    let mut out = Vec::new();
    for e in rd.flatten() {
        out.push(new_str(e.file_name().to_string_lossy().into_owned()));
    }
    Ok(new_list(out))
}

fn os_strerror(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let n = index_value(ts, &args.pos[0])? as i32;
    Ok(new_str(strerror(n)))
}

fn os_urandom(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let n = index_value(ts, &args.pos[0])?;
    let mut buf = vec![0u8; n.max(0) as usize];
    // SAFETY: buf is valid for writes of its length.
    unsafe { libc::getrandom(buf.as_mut_ptr() as *mut libc::c_void, buf.len(), 0) };
    Ok(new_bytes(buf))
}

fn os_getenv(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("getenv", &args, 1, 2)?;
    let k = str_of(ts, &args.pos[0])?;
    Ok(match std::env::var(&k) {
        Ok(v) => new_str(v),
        Err(_) => args.pos.get(1).cloned().unwrap_or(Value::None),
    })
}

fn os_putenv(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let k = str_of(ts, &args.pos[0])?;
    let v = str_of(ts, &args.pos[1])?;
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn os_unsetenv(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let k = str_of(ts, &args.pos[0])?;
    std::env::remove_var(k);
    Ok(Value::None)
}

fn os_set_blocking(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let fd = fd_arg(ts, &args.pos[0])?;
    let blocking = truthy(ts, &args.pos[1])?;
    // SAFETY: fcntl on a descriptor number.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        if fl < 0 {
            return Err(os_error(errno(), None));
        }
        let nf = if blocking { fl & !libc::O_NONBLOCK } else { fl | libc::O_NONBLOCK };
        libc::fcntl(fd, libc::F_SETFL, nf);
    }
    Ok(Value::None)
}

fn os_get_blocking(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let fd = fd_arg(ts, &args.pos[0])?;
    // SAFETY: fcntl on a descriptor number.
    let fl = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if fl < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::Bool(fl & libc::O_NONBLOCK == 0))
}

fn os_kill(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("kill", &args, 2, 2)?;
    let pid = index_value(ts, &args.pos[0])? as i32;
    let sig = index_value(ts, &args.pos[1])? as i32;
    // SAFETY: kill has no memory-safety preconditions.
    if unsafe { libc::kill(pid, sig) } < 0 {
        return Err(os_error(errno(), None));
    }
    Ok(Value::None)
}

/// os.fork: the child re-creates its GIL held by this thread and forgets
/// the other threads (DESIGN.md "fork").
fn os_fork(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    let hooks = ts.interp.at_fork.borrow().clone();
    for (before, _, _) in hooks.iter().rev() {
        if !before.is_none() {
            let _ = call(ts, before, &[]);
        }
    }
    // SAFETY: fork is called with the GIL held; the child only continues in
    // this thread, re-initialising the GIL before touching shared state.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(os_error(errno(), None));
    }
    if pid == 0 {
        ts.interp.gil.after_fork_child(&ts.gil);
        // SAFETY: pthread_self has no preconditions.
        ts.ident = unsafe { libc::pthread_self() } as u64;
        ts.interp.main_ident.set(ts.ident);
        ts.interp.thread_count.set(0);
        for (_, _, child) in hooks.iter() {
            if !child.is_none() {
                let _ = call(ts, child, &[]);
            }
        }
    } else {
        for (_, parent, _) in hooks.iter() {
            if !parent.is_none() {
                let _ = call(ts, parent, &[]);
            }
        }
    }
    Ok(Value::Int(pid as i64))
}

fn os_register_at_fork(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("register_at_fork", &args, &["before", "after_in_child", "after_in_parent"], 0)?;
    if args.pos.len() > 0 {
        return Err(type_error("register_at_fork() takes no positional arguments"));
    }
    let g = |v: &Value| if v.is_null() { Value::None } else { v.clone() };
    ts.interp.at_fork.borrow_mut().push((g(&a[0]), g(&a[2]), g(&a[1])));
    Ok(Value::None)
}

fn os_waitpid(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("waitpid", &args, 2, 2)?;
    let pid = index_value(ts, &args.pos[0])? as i32;
    let options = index_value(ts, &args.pos[1])? as i32;
    loop {
        let r = ts.allow_threads(gil::BlockReason::Wait, move || {
            let mut status = 0i32;
            // SAFETY: status is a valid out-pointer.
            let r = unsafe { libc::waitpid(pid, &mut status, options) };
            if r < 0 {
                Err(errno())
            } else {
                Ok((r, status))
            }
        });
        match r {
            Ok((p, st)) => return Ok(new_tuple(vec![Value::Int(p as i64), Value::Int(st as i64)])),
            Err(e) if e == libc::EINTR => ts.check_signals()?,
            Err(e) => return Err(os_error(e, None)),
        }
    }
}

fn os_wait(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    os_waitpid(ts, Args::new(&[Value::Int(-1), Value::Int(0)]))
}

fn status(ts: &mut ThreadState, args: &Args) -> PyResult<i32> {
    Ok(index_value(ts, &args.pos[0])? as i32)
}

fn w_exitstatus(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(libc::WEXITSTATUS(status(ts, &args)?) as i64))
}
fn w_ifexited(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(libc::WIFEXITED(status(ts, &args)?)))
}
fn w_ifsignaled(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(libc::WIFSIGNALED(status(ts, &args)?)))
}
fn w_termsig(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(libc::WTERMSIG(status(ts, &args)?) as i64))
}
fn w_ifstopped(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(libc::WIFSTOPPED(status(ts, &args)?)))
}
fn waitstatus_to_exitcode(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = status(ts, &args)?;
    if libc::WIFEXITED(s) {
        return Ok(Value::Int(libc::WEXITSTATUS(s) as i64));
    }
    if libc::WIFSIGNALED(s) {
        return Ok(Value::Int(-(libc::WTERMSIG(s) as i64)));
    }
    Err(value_error(format!("invalid wait status: {}", s)))
}

pub fn init(ts: &mut ThreadState) -> PyResult<PyRef> {
    let m = super::make_module(
        "os",
        &[
            ("getpid", os_getpid), ("getppid", os_getppid), ("cpu_count", os_cpu_count), ("getcwd", os_getcwd),
            ("chdir", os_chdir), ("fspath", os_fspath), ("open", os_open), ("close", os_close), ("read", os_read),
            ("write", os_write), ("lseek", os_lseek), ("pipe", os_pipe), ("dup", os_dup), ("dup2", os_dup2),
            ("isatty", os_isatty), ("get_terminal_size", os_get_terminal_size), ("_exit", os_exit), ("stat", os_stat), ("lstat", os_lstat), ("fstat", os_fstat),
            ("remove", os_remove), ("unlink", os_remove), ("rmdir", os_rmdir), ("mkdir", os_mkdir),
            ("rename", os_rename), ("replace", os_rename), ("listdir", os_listdir), ("strerror", os_strerror),
            ("urandom", os_urandom), ("getenv", os_getenv), ("putenv", os_putenv), ("unsetenv", os_unsetenv),
            ("set_blocking", os_set_blocking), ("get_blocking", os_get_blocking), ("kill", os_kill),
            ("fork", os_fork), ("register_at_fork", os_register_at_fork), ("waitpid", os_waitpid), ("wait", os_wait),
            ("WEXITSTATUS", w_exitstatus), ("WIFEXITED", w_ifexited), ("WIFSIGNALED", w_ifsignaled),
            ("WTERMSIG", w_termsig), ("WIFSTOPPED", w_ifstopped), ("waitstatus_to_exitcode", waitstatus_to_exitcode),
        ],
    );
    let environ = new_dict_obj();
    for (k, v) in std::env::vars() {
        dict_set_str(&environ, &k, new_str(v));
    }
    let ints: &[(&str, i32)] = &[
        ("O_RDONLY", libc::O_RDONLY), ("O_WRONLY", libc::O_WRONLY), ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND), ("O_CREAT", libc::O_CREAT), ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC), ("O_NONBLOCK", libc::O_NONBLOCK), ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_NOCTTY", libc::O_NOCTTY), ("O_SYNC", libc::O_SYNC), ("O_DIRECTORY", libc::O_DIRECTORY),
        ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2), ("WNOHANG", libc::WNOHANG), ("WUNTRACED", libc::WUNTRACED),
        ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1),
    ];
    for (n, v) in ints {
        super::set_attrs(&m, &[(n, Value::Int(*v as i64))]);
    }
    super::set_attrs(
        &m,
        &[
            ("name", new_str("posix")),
            ("sep", new_str("/")),
            ("altsep", Value::None),
            ("extsep", new_str(".")),
            ("pathsep", new_str(":")),
            ("linesep", new_str("\n")),
            ("curdir", new_str(".")),
            ("pardir", new_str("..")),
            ("devnull", new_str("/dev/null")),
            ("defpath", new_str("/bin:/usr/bin")),
            ("environ", Value::Obj(environ)),
            ("stat_result", Value::Obj(stat_type())),
            ("terminal_size", Value::Obj(terminal_size_type())),
            ("error", Value::Obj(crate::vm::types::types().os_error.clone())),
        ],
    );
    // os.path is posixpath, which imports os itself: register os first.
    let modules = ts.interp.modules.clone();
    crate::vm::dictops::dict_setitem(ts, &modules, new_str("os"), Value::Obj(m.clone()))?;
    let pp = crate::vm::import::import_module(ts, "posixpath")?;
    super::set_attrs(&m, &[("path", pp.clone())]);
    crate::vm::dictops::dict_setitem(ts, &modules, new_str("os.path"), pp)?;
    Ok(m)
}
