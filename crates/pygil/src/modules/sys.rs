//! The `sys` module.

use crate::objects::function::Args;
use crate::objects::{Payload, PyRef, Value};
use crate::vm::call::check_args;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::types::{new_structseq_type, structseq_new, types};
use crate::vm::{PyResult, ThreadState};
use std::time::Duration;

/// `sys` is created once at start-up (it holds the stdio streams and argv).
pub fn init(ts: &mut ThreadState) -> PyResult<PyRef> {
    Ok(ts.interp.sys())
}

fn sys_exit(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("exit", &args, 0, 1)?;
    Err(PyErr::with_args(&types().system_exit, args.pos.to_vec()))
}

fn getrecursionlimit(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ts.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("setrecursionlimit", &args, 1, 1)?;
    if !crate::objects::int::is_int(&args.pos[0]) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = index_value(ts, &args.pos[0])?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = ts.frames.len() + ts.native_depth;
    if (n as usize) <= depth {
        return Err(recursion_error(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n, depth
        )));
    }
    ts.interp.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn exc_info(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    let e = ts.exc_info.clone();
    if e.is_none() {
        return Ok(new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let tb = match &e {
        Value::Obj(o) => exc_data(o).map(|d| d.traceback.borrow().clone()).unwrap_or(Value::None),
        _ => Value::None,
    };
    Ok(new_tuple(vec![Value::Obj(type_of(&e)), e, tb]))
}

fn exception(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(ts.exc_info.clone())
}

fn getswitchinterval(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(ts.interp.gil.switch_interval().as_secs_f64()))
}

fn setswitchinterval(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("setswitchinterval", &args, 1, 1)?;
    let f = crate::objects::float::float_of(ts, &args.pos[0]).map_err(|_| {
        type_error(format!("must be real number, not {}", type_name(&args.pos[0])))
    })?;
    if f <= 0.0 || f.is_nan() {
        return Err(value_error("switch interval must be strictly positive"));
    }
    ts.interp.gil.set_switch_interval(Duration::from_secs_f64(f.min(1e9)));
    Ok(Value::None)
}

/// Python 2's check interval, kept by pygil (CPython 3.9 removed it):
/// while another thread waits, the holder drops the GIL every n instructions.
fn setcheckinterval(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("setcheckinterval", &args, 1, 1)?;
    let n = index_value(ts, &args.pos[0])?;
    ts.interp.gil.set_check_interval(n.clamp(0, u32::MAX as i64) as u32);
    ts.interp.check_interval.set(n.max(0) as u32);
    Ok(Value::None)
}

fn getcheckinterval(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ts.interp.gil.check_interval() as i64))
}

fn getframe(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(v) => index_value(ts, v)?,
        None => 0,
    };
    let n = ts.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(value_error("call stack is not deep enough"));
    }
    Ok(crate::vm::traceback::frame_at(ts, (n - 1 - depth) as usize))
}

fn getrefcount(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) => std::rc::Rc::strong_count(o) as i64,
        _ => 1 << 30,
    }))
}

fn getsizeof(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = &args.pos[0];
    if let Some(r) = call_special0(ts, v, "__sizeof__")? {
        return Ok(r);
    }
    Ok(Value::Int(16))
}

fn intern_m(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    match as_str(&args.pos[0]) {
        Some(s) => Ok(Value::Obj(intern(s.as_str()))),
        None => Err(type_error("intern() argument must be str")),
    }
}

fn excepthook(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("excepthook", &args, 3, 3)?;
    let exc = args.pos[1].clone();
    if let Value::Obj(o) = &exc {
        if let Some(d) = exc_data(o) {
            if !args.pos[2].is_none() {
                *d.traceback.borrow_mut() = args.pos[2].clone();
            }
        }
    }
    crate::vm::traceback::print_exception(ts, &exc);
    Ok(Value::None)
}

fn displayhook(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    crate::vm::builtins::display_hook(ts, args.pos[0].clone())?;
    Ok(Value::None)
}

fn settrace(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("settrace", &args, 1, 1)?;
    crate::vm::tracing::set_hook(ts, crate::vm::tracing::Hook::Trace, args.pos[0].clone());
    Ok(Value::None)
}

fn gettrace(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(ts.trace.clone())
}

fn setprofile(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("setprofile", &args, 1, 1)?;
    crate::vm::tracing::set_hook(ts, crate::vm::tracing::Hook::Profile, args.pos[0].clone());
    Ok(Value::None)
}

fn getprofile(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(ts.profile.clone())
}

fn lib_source(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = str_of(ts, &args.pos[0])?;
    Ok(match ts.interp.sources.borrow().get(&f) {
        Some(s) => new_str(s.to_string()),
        None => Value::None,
    })
}

fn get_int_max_str_digits(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::objects::int::max_str_digits() as i64))
}

fn set_int_max_str_digits(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = crate::vm::call::bind_native("set_int_max_str_digits", &args, &["maxdigits"], 1)?;
    let n = index_value(ts, &a[0])?;
    if n != 0 && !(640..).contains(&n) {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::objects::int::set_max_str_digits(n as usize);
    Ok(Value::None)
}

fn is_finalizing(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn getdefaultencoding(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

fn gil_stats(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    let stats = ts.interp.gil.stats();
    let d = new_dict_obj();
    dict_set_str(&d, "switches", Value::Int(stats.switches as i64));
    let threads: Vec<Value> = stats
        .threads
        .iter()
        .map(|t| {
            let td = new_dict_obj();
            dict_set_str(&td, "name", new_str(t.name.clone()));
            dict_set_str(&td, "id", Value::Int(t.id as i64));
            dict_set_str(&td, "hold_s", Value::Float(t.holding.as_secs_f64()));
            dict_set_str(&td, "wait_s", Value::Float(t.waiting.as_secs_f64()));
            dict_set_str(&td, "blocked_s", Value::Float(t.blocked.as_secs_f64()));
            dict_set_str(&td, "acquisitions", Value::Int(t.acquisitions as i64));
            dict_set_str(&td, "forced_drops", Value::Int(t.forced_drops as i64));
            dict_set_str(&td, "voluntary_drops", Value::Int(t.voluntary_drops as i64));
            dict_set_str(&td, "longest_wait_s", Value::Float(t.longest_wait.as_secs_f64()));
            Value::Obj(td)
        })
        .collect();
    dict_set_str(&d, "threads", new_list(threads));
    Ok(Value::Obj(d))
}

/// Create the sys module (called once by the interpreter's start-up).
pub fn create(argv: Vec<String>, path: Vec<String>, executable: String) -> PyRef {
    let m = super::make_module(
        "sys",
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("exc_info", exc_info),
            ("exception", exception),
            ("getswitchinterval", getswitchinterval),
            ("setswitchinterval", setswitchinterval),
            ("setcheckinterval", setcheckinterval),
            ("getcheckinterval", getcheckinterval),
            ("_getframe", getframe),
            ("getrefcount", getrefcount),
            ("getsizeof", getsizeof),
            ("intern", intern_m),
            ("excepthook", excepthook),
            ("__excepthook__", excepthook),
            ("displayhook", displayhook),
            ("__displayhook__", displayhook),
            ("settrace", settrace),
            ("gettrace", gettrace),
            ("setprofile", setprofile),
            ("set_asyncgen_hooks", crate::vm::coroutine::sys_set_asyncgen_hooks),
            ("get_asyncgen_hooks", crate::vm::coroutine::sys_get_asyncgen_hooks),
            ("getprofile", getprofile),
            ("_pygil_lib_source", lib_source),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("is_finalizing", is_finalizing),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getdefaultencoding),
            ("_gil_stats", gil_stats),
        ],
    );
    let vi_type = new_structseq_type("version_info", "sys", &["major", "minor", "micro", "releaselevel", "serial"]);
    let version_info = structseq_new(
        &vi_type,
        vec![Value::Int(3), Value::Int(11), Value::Int(7), new_str("final"), Value::Int(0)],
    );
    let impl_ns = crate::vm::import::new_module("implementation");
    super::set_attrs(
        &impl_ns,
        &[
            ("name", new_str("pygil")),
            ("version", version_info.clone()),
            ("cache_tag", Value::None),
            ("hexversion", Value::Int(0x030b07f0)),
        ],
    );
    let flags_t = new_structseq_type(
        "flags",
        "sys",
        &["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode"],
    );
    let flags = structseq_new(&flags_t, (0..15).map(|i| Value::Int(if i == 4 || i == 11 || i == 14 { 1 } else { 0 })).collect());
    let (stdin, stdout, stderr) = super::stdio::create_streams();
    let names: Vec<Value> = super::NAMES.iter().map(|n| new_str(*n)).collect();
    super::set_attrs(
        &m,
        &[
            ("argv", new_list(argv.into_iter().map(new_str).collect())),
            ("orig_argv", new_list(vec![])),
            ("path", new_list(path.into_iter().map(new_str).collect())),
            ("version", new_str("3.11.7 (pygil 0.1.0) [Rust]")),
            ("version_info", version_info),
            ("hexversion", Value::Int(0x030b07f0)),
            ("api_version", Value::Int(1013)),
            ("implementation", Value::Obj(impl_ns)),
            ("platform", new_str("linux")),
            ("byteorder", new_str("little")),
            ("maxsize", Value::Int(i64::MAX)),
            ("maxunicode", Value::Int(0x10ffff)),
            ("executable", new_str(executable.clone())),
            ("_base_executable", new_str(executable)),
            ("prefix", new_str("/usr/local")),
            ("base_prefix", new_str("/usr/local")),
            ("exec_prefix", new_str("/usr/local")),
            ("base_exec_prefix", new_str("/usr/local")),
            ("copyright", new_str("pygil: MIT licensed")),
            ("float_repr_style", new_str("short")),
            ("dont_write_bytecode", Value::Bool(true)),
            ("warnoptions", new_list(vec![])),
            ("_xoptions", new_dict()),
            ("flags", flags),
            ("builtin_module_names", new_tuple(names)),
            ("stdin", stdin.clone()),
            ("stdout", stdout.clone()),
            ("stderr", stderr.clone()),
            ("__stdin__", stdin),
            ("__stdout__", stdout),
            ("__stderr__", stderr),
            ("meta_path", new_list(vec![])),
            ("path_hooks", new_list(vec![])),
            ("path_importer_cache", new_dict()),
            ("pycache_prefix", Value::None),
        ],
    );
    m
}

#[allow(dead_code)]
fn _unused(_: Payload) {}
