//! `signal`: Python-level signal handlers. The C-level handler only records
//! the signal (async-signal-safe atomics) and sets SIGNALS_PENDING in the
//! eval breaker; the main thread runs the Python handler at its next
//! instruction boundary, as CPython does. SIGINT's default handler raises
//! KeyboardInterrupt.

use crate::objects::function::Args;
use crate::objects::{PyRef, Value};
use crate::vm::call::{call, check_args};
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::thread::GilStatic;
use crate::vm::types::{builtin_fn, types};
use crate::vm::{PyResult, ThreadState};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

const NSIG: usize = 65;

#[allow(clippy::declare_interior_mutable_const)]
const FALSE: AtomicBool = AtomicBool::new(false);
static PENDING: [AtomicBool; NSIG] = [FALSE; NSIG];
static ANY: AtomicBool = AtomicBool::new(false);

/// Python handlers by signal number (None: not set from Python).
static HANDLERS: GilStatic<Rc<RefCell<Vec<Value>>>> = GilStatic::new();

fn handlers() -> Rc<RefCell<Vec<Value>>> {
    HANDLERS.get_or_init(|| Rc::new(RefCell::new(vec![Value::None; NSIG])))
}

/// The C signal handler: record and wake the eval loop.
pub extern "C" fn trampoline(sig: libc::c_int) {
    if (sig as usize) < NSIG {
        PENDING[sig as usize].store(true, Ordering::SeqCst);
        ANY.store(true, Ordering::SeqCst);
        crate::vm::eval::wake_for_signal();
    }
}

/// Is any signal waiting to be handled? (Safe without the GIL.)
pub fn any_pending() -> bool {
    ANY.load(Ordering::SeqCst)
}

/// Run the Python handlers of pending signals (main thread, GIL held).
pub fn run_pending(ts: &mut ThreadState) -> PyResult<()> {
    if !ANY.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    for sig in 1..NSIG {
        if !PENDING[sig].swap(false, Ordering::SeqCst) {
            continue;
        }
        let h = handlers().borrow()[sig].clone();
        if h.is_none() || is_default_int(&h) {
            if sig == libc::SIGINT as usize {
                return Err(PyErr::with_args(&types().keyboard_interrupt, vec![]));
            }
            continue;
        }
        if let Value::Int(_) = h {
            continue; // SIG_IGN / SIG_DFL set from Python
        }
        let frame = match ts.frames.len() {
            0 => Value::None,
            n => crate::vm::traceback::frame_at(ts, n - 1),
        };
        call(ts, &h, &[Value::Int(sig as i64), frame])?;
    }
    Ok(())
}

fn is_default_int(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&o.payload, crate::objects::Payload::Builtin(b) if b.name == "default_int_handler"))
}

fn default_int_handler(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Err(PyErr::with_args(&types().keyboard_interrupt, vec![]))
}

fn install(sig: i32, how: libc::sighandler_t) -> PyResult<()> {
    // SAFETY: sigaction with a zeroed, then filled, struct; the handler is
    // async-signal-safe (atomics only).
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = how;
        libc::sigemptyset(&mut sa.sa_mask);
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) < 0 {
            return Err(os_error(std::io::Error::last_os_error().raw_os_error().unwrap_or(0), None));
        }
    }
    Ok(())
}

fn m_signal(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("signal", &args, 2, 2)?;
    let sig = index_value(ts, &args.pos[0])?;
    if sig < 1 || sig as usize >= NSIG {
        return Err(value_error("signal number out of range"));
    }
    if !ts.is_main() {
        return Err(value_error("signal only works in main thread of the main interpreter"));
    }
    if sig == libc::SIGKILL as i64 || sig == libc::SIGSTOP as i64 {
        return Err(os_error(libc::EINVAL, None));
    }
    let h = args.pos[1].clone();
    let old = m_getsignal(ts, Args::new(&args.pos[..1]))?;
    match &h {
        Value::Int(0) => install(sig as i32, libc::SIG_DFL)?,
        Value::Int(1) => install(sig as i32, libc::SIG_IGN)?,
        v if crate::vm::call::callable(v) => install(sig as i32, trampoline as *const () as libc::sighandler_t)?,
        _ => return Err(type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")),
    }
    handlers().borrow_mut()[sig as usize] = h;
    Ok(old)
}

fn m_getsignal(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("getsignal", &args, 1, 1)?;
    let sig = index_value(ts, &args.pos[0])?;
    if sig < 1 || sig as usize >= NSIG {
        return Err(value_error("signal number out of range"));
    }
    let h = handlers().borrow()[sig as usize].clone();
    if h.is_none() {
        if sig == libc::SIGINT as i64 {
            let m = Value::Obj(module_ref(ts)?);
            return getattr_str(ts, &m, "default_int_handler");
        }
        return Ok(Value::Int(0));
    }
    Ok(h)
}

fn module_ref(ts: &mut ThreadState) -> PyResult<PyRef> {
    match crate::vm::import::import_module(ts, "signal")? {
        Value::Obj(o) => Ok(o),
        _ => Err(system_error("signal module")),
    }
}

fn m_alarm(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let n = index_value(ts, &args.pos[0])?;
    // SAFETY: alarm has no preconditions.
    Ok(Value::Int(unsafe { libc::alarm(n as u32) } as i64))
}

fn m_raise_signal(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let sig = index_value(ts, &args.pos[0])? as i32;
    // SAFETY: raise has no memory-safety preconditions.
    unsafe { libc::raise(sig) };
    crate::vm::eval::check_pending_signals(ts)?;
    Ok(Value::None)
}

fn m_pthread_kill(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let tid = index_value(ts, &args.pos[0])? as libc::pthread_t;
    let sig = index_value(ts, &args.pos[1])? as i32;
    // SAFETY: pthread_kill on a thread id from threading.get_ident().
    let r = unsafe { libc::pthread_kill(tid, sig) };
    if r != 0 {
        return Err(os_error(r, None));
    }
    Ok(Value::None)
}

fn m_strsignal(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let sig = index_value(ts, &args.pos[0])? as i32;
    // SAFETY: strsignal returns a static string (or NULL).
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return Ok(Value::None);
    }
    // SAFETY: p is a NUL-terminated string owned by libc.
    Ok(new_str(unsafe { std::ffi::CStr::from_ptr(p) }.to_string_lossy().into_owned()))
}

fn m_set_wakeup_fd(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(-1))
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let m = super::make_module(
        "signal",
        &[
            ("signal", m_signal),
            ("getsignal", m_getsignal),
            ("alarm", m_alarm),
            ("raise_signal", m_raise_signal),
            ("pthread_kill", m_pthread_kill),
            ("strsignal", m_strsignal),
            ("set_wakeup_fd", m_set_wakeup_fd),
        ],
    );
    let ints: &[(&str, i32)] = &[
        ("SIGHUP", libc::SIGHUP), ("SIGINT", libc::SIGINT), ("SIGQUIT", libc::SIGQUIT), ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP), ("SIGABRT", libc::SIGABRT), ("SIGBUS", libc::SIGBUS), ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL), ("SIGUSR1", libc::SIGUSR1), ("SIGSEGV", libc::SIGSEGV), ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE), ("SIGALRM", libc::SIGALRM), ("SIGTERM", libc::SIGTERM), ("SIGCHLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT), ("SIGSTOP", libc::SIGSTOP), ("SIGTSTP", libc::SIGTSTP), ("SIGWINCH", libc::SIGWINCH),
        ("SIG_DFL", 0), ("SIG_IGN", 1), ("NSIG", NSIG as i32),
        ("SIG_BLOCK", libc::SIG_BLOCK), ("SIG_UNBLOCK", libc::SIG_UNBLOCK), ("SIG_SETMASK", libc::SIG_SETMASK),
    ];
    for (n, v) in ints {
        super::set_attrs(&m, &[(n, Value::Int(*v as i64))]);
    }
    super::set_attrs(&m, &[("default_int_handler", builtin_fn("default_int_handler", default_int_handler, "signal"))]);
    Ok(m)
}
