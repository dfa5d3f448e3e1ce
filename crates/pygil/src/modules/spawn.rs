//! `_pygil_spawn`: start a child process the way subprocess needs it
//! (CPython's _posixsubprocess.fork_exec, simplified). Everything between
//! fork and exec is async-signal-safe (no allocation, no Python): the
//! argument vectors are prepared before forking, and an exec failure is
//! reported to the parent through a close-on-exec pipe as an errno.

use crate::objects::function::Args;
use crate::objects::{PyRef, Value};
use crate::vm::call::bind_native;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::{PyResult, ThreadState};
use std::ffi::CString;

fn cstrings(ts: &mut ThreadState, v: &Value) -> PyResult<Vec<CString>> {
    let items = crate::vm::iterops::collect(ts, v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let s = match &it {
            Value::Obj(o) => match &o.payload {
                crate::objects::Payload::Bytes(b) => b.to_vec(),
                _ => crate::modules::os::path_arg(ts, &it)?.into_bytes(),
            },
            _ => return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(&it)))),
        };
        out.push(CString::new(s).map_err(|_| value_error("embedded null byte"))?);
    }
    Ok(out)
}

fn fd(ts: &mut ThreadState, v: &Value) -> PyResult<i32> {
    if v.is_null() || v.is_none() {
        return Ok(-1);
    }
    Ok(index_value(ts, v)? as i32)
}

/// spawn(args, executables, env, cwd, stdin, stdout, stderr, close_fds,
///       pass_fds, start_new_session) -> pid
///
/// `executables` is the list of paths to try in order (the caller resolves
/// PATH); `env` a list of b"K=V" entries or None to inherit; fds -1 mean
/// "inherit".
fn spawn(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native(
        "spawn",
        &args,
        &["args", "executables", "env", "cwd", "stdin", "stdout", "stderr", "close_fds", "pass_fds", "start_new_session"],
        2,
    )?;
    let argv = cstrings(ts, &a[0])?;
    let exes = cstrings(ts, &a[1])?;
    if exes.is_empty() {
        return Err(value_error("no executable given"));
    }
    let envp = if a[2].is_null() || a[2].is_none() { None } else { Some(cstrings(ts, &a[2])?) };
    let cwd = if a[3].is_null() || a[3].is_none() {
        None
    } else {
        Some(CString::new(crate::modules::os::path_arg(ts, &a[3])?).map_err(|_| value_error("embedded null byte"))?)
    };
    let (fin, fout, ferr) = (fd(ts, &a[4])?, fd(ts, &a[5])?, fd(ts, &a[6])?);
    let close_fds = !a[7].is_null() && truthy(ts, &a[7])?;
    let pass: Vec<i32> = if a[8].is_null() || a[8].is_none() {
        vec![]
    } else {
        crate::vm::iterops::collect(ts, &a[8])?.iter().map(|v| index_value(ts, v).map(|i| i as i32)).collect::<PyResult<_>>()?
    };
    let new_session = !a[9].is_null() && truthy(ts, &a[9])?;

    let mut argv_p: Vec<*const libc::c_char> = argv.iter().map(|c| c.as_ptr()).collect();
    argv_p.push(std::ptr::null());
    let envp_p: Option<Vec<*const libc::c_char>> = envp.as_ref().map(|e| {
        let mut v: Vec<*const libc::c_char> = e.iter().map(|c| c.as_ptr()).collect();
        v.push(std::ptr::null());
        v
    });
    let mut errpipe = [0i32; 2];
    // SAFETY: errpipe is a valid array of two ints.
    if unsafe { libc::pipe2(errpipe.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(last_os_error());
    }
    // SAFETY: between fork and exec the child only makes async-signal-safe
    // system calls on memory prepared before the fork, then exits with
    // _exit; the parent continues normally.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        let e = last_os_error();
        // SAFETY: closing our own descriptors.
        unsafe {
            libc::close(errpipe[0]);
            libc::close(errpipe[1]);
        }
        return Err(e);
    }
    if pid == 0 {
        // SAFETY: child side, see above.
        unsafe {
            let fail = |code: i32| -> ! {
                let e = code.to_ne_bytes();
                libc::write(errpipe[1], e.as_ptr() as *const libc::c_void, 4);
                libc::_exit(255);
            };
            // Restore default signal dispositions and unblock everything.
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::pthread_sigmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            if new_session {
                libc::setsid();
            }
            for (src, dst) in [(fin, 0), (fout, 1), (ferr, 2)] {
                if src >= 0 {
                    if src == dst {
                        // Clear close-on-exec on a descriptor that is already in place.
                        let fl = libc::fcntl(src, libc::F_GETFD);
                        libc::fcntl(src, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
                    } else if libc::dup2(src, dst) < 0 {
                        fail(*libc::__errno_location());
                    }
                }
            }
            for &p in &pass {
                let fl = libc::fcntl(p, libc::F_GETFD);
                libc::fcntl(p, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
            }
            if close_fds {
                // close_range(2) over the gaps between the descriptors we keep
                // (the error pipe and pass_fds, kept sorted in `keep`); a loop of
                // close() where the kernel lacks close_range.
                let mut keep = [0i32; 64];
                let mut nkeep = 0;
                keep[0] = errpipe[1];
                nkeep += 1;
                for &p in pass.iter().take(63) {
                    keep[nkeep] = p;
                    nkeep += 1;
                }
                keep[..nkeep].sort_unstable();
                let mut lo = 3i64;
                for &k in &keep[..nkeep] {
                    let k = k as i64;
                    if k >= lo {
                        if k > lo && libc::syscall(libc::SYS_close_range, lo as u32, (k - 1) as u32, 0) != 0 {
                            for f in lo..k {
                                libc::close(f as i32);
                            }
                        }
                        lo = k + 1;
                    }
                }
                if libc::syscall(libc::SYS_close_range, lo as u32, u32::MAX, 0) != 0 {
                    let max = libc::sysconf(libc::_SC_OPEN_MAX).clamp(256, 65536);
                    for f in lo..max {
                        libc::close(f as i32);
                    }
                }
            }
            if let Some(c) = &cwd {
                if libc::chdir(c.as_ptr()) < 0 {
                    fail(*libc::__errno_location());
                }
            }
            let mut last = libc::ENOENT;
            for exe in &exes {
                match &envp_p {
                    Some(e) => libc::execve(exe.as_ptr(), argv_p.as_ptr(), e.as_ptr()),
                    None => libc::execv(exe.as_ptr(), argv_p.as_ptr()),
                };
                let e = *libc::__errno_location();
                if e != libc::ENOENT && e != libc::ENOTDIR {
                    last = e;
                    break;
                }
            }
            fail(last);
        }
    }
    // Parent: wait for exec (the pipe closes) or an errno from the child.
    let rfd = errpipe[0];
    // SAFETY: closing the write end we do not use.
    unsafe { libc::close(errpipe[1]) };
    let errno = ts.allow_threads(gil::BlockReason::Pipe, move || {
        let mut buf = [0u8; 4];
        let mut got = 0usize;
        loop {
            // SAFETY: buf is valid for the remaining bytes.
            let n = unsafe { libc::read(rfd, buf[got..].as_mut_ptr() as *mut libc::c_void, 4 - got) };
            if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            if n <= 0 {
                break;
            }
            got += n as usize;
            if got == 4 {
                break;
            }
        }
        // SAFETY: closing our read end.
        unsafe { libc::close(rfd) };
        if got == 4 {
            Some(i32::from_ne_bytes(buf))
        } else {
            None
        }
    });
    if let Some(e) = errno {
        // Reap the failed child.
        let mut st = 0;
        // SAFETY: waiting for our own child.
        unsafe { libc::waitpid(pid, &mut st, 0) };
        let name = exes.first().map(|c| c.to_string_lossy().into_owned()).unwrap_or_default();
        let shown = argv.first().map(|c| c.to_string_lossy().into_owned()).unwrap_or(name);
        return Err(os_error(e, Some(new_str(shown))));
    }
    Ok(Value::Int(pid as i64))
}

fn execv(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let path = crate::modules::os::path_arg(ts, &args.pos[0])?;
    let argv = cstrings(ts, &args.pos[1])?;
    let c = CString::new(path).map_err(|_| value_error("embedded null byte"))?;
    let mut p: Vec<*const libc::c_char> = argv.iter().map(|c| c.as_ptr()).collect();
    p.push(std::ptr::null());
    crate::flush_std(ts);
    // SAFETY: valid NUL-terminated strings and a NULL-terminated vector.
    unsafe { libc::execv(c.as_ptr(), p.as_ptr()) };
    Err(last_os_error())
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    Ok(super::make_module("_pygil_spawn", &[("spawn", spawn), ("execv", execv)]))
}
