//! pygil: a Python 3 interpreter with a faithful, observable GIL.
//!
//! Layout (DESIGN.md): `compiler` (source → code objects), `bytecode` (the
//! instruction set), `objects` (built-in types), `vm` (eval loop, calls,
//! protocols, import), `modules` (native modules), and the GIL in the
//! separate `gil` crate.

pub mod bytecode;
pub mod compiler;
pub mod explore;
pub mod modules;
pub mod objects;
pub mod vm;

mod frozen {
    include!(concat!(env!("OUT_DIR"), "/frozen.rs"));
}

use objects::{PyObject, PyRef, Value};
use std::rc::Rc;
use vm::code::Code;
use vm::errors::PyErr;
use vm::ops::*;
use vm::types::types;
use vm::{Interpreter, PyResult, ThreadState};

/// Compile source to a code object, raising SyntaxError on bad input.
pub fn compile_source(ts: &mut ThreadState, source: &str, filename: &str, mode: compiler::Mode) -> PyResult<Rc<Code>> {
    ts.interp.sources.borrow_mut().insert(filename.to_string(), source.into());
    match compiler::compile(source, filename, mode) {
        Ok(co) => {
            if std::env::var_os("PYGIL_DUMP").is_some() {
                dump_code(&co, 0);
            }
            Ok(Code::new(co))
        }
        Err(e) => Err(syntax_error(&e)),
    }
}

/// Debug aid (PYGIL_DUMP=1): print a code object's raw instructions and exception table.
fn dump_code(co: &bytecode::CodeObject, depth: usize) {
    let pad = "  ".repeat(depth);
    eprintln!("{}code {} (line {})", pad, co.qualname, co.first_line);
    for (i, ins) in co.code.iter().enumerate() {
        eprintln!("{}  {:4} {:4} {:<22} {}", pad, co.lines[i], i, ins.op().name(), if ins.op().has_arg() { ins.arg().to_string() } else { String::new() });
    }
    for e in &co.exception_table {
        eprintln!("{}  except {}..{} -> {} depth {} lasti {}", pad, e.start, e.end, e.handler, e.depth, e.push_lasti);
    }
    for c in &co.consts {
        if let bytecode::Const::Code(sub) = c {
            dump_code(sub, depth + 1);
        }
    }
}

/// A SyntaxError (or IndentationError/TabError) for a compile error.
pub fn syntax_error(e: &compiler::CompileError) -> PyErr {
    let t = types();
    let ty = match e.kind {
        compiler::ErrorKind::Syntax => &t.syntax_error,
        compiler::ErrorKind::Indentation => &t.indentation_error,
        compiler::ErrorKind::Tab => &t.tab_error,
        compiler::ErrorKind::Recursion => return vm::errors::recursion_error(e.msg.clone()),
    };
    // A TabError has no caret (CPython reports no offset for it).
    let no_caret = e.kind == compiler::ErrorKind::Tab || e.msg == "unexpected indent";
    let offset = if no_caret { Value::None } else { Value::Int(e.col as i64) };
    let details = new_tuple(vec![
        new_str(e.filename.to_string()),
        Value::Int(e.line as i64),
        offset.clone(),
        new_str(format!("{}\n", e.text)),
        Value::Int(e.end_line as i64),
        Value::Int(e.end_col as i64),
    ]);
    let err = PyErr::with_args(ty, vec![new_str(e.msg.clone()), details]);
    let d = err.0.dict.get().unwrap();
    dict_set_str(d, "msg", new_str(e.msg.clone()));
    dict_set_str(d, "filename", new_str(e.filename.to_string()));
    dict_set_str(d, "lineno", Value::Int(e.line as i64));
    dict_set_str(d, "offset", offset);
    dict_set_str(d, "text", new_str(format!("{}\n", e.text)));
    dict_set_str(d, "end_lineno", Value::Int(e.end_line as i64));
    dict_set_str(d, "end_offset", Value::Int(e.end_col as i64));
    dict_set_str(d, "print_file_and_line", Value::None);
    err
}

/// Run a module-level code object with the given globals and locals.
pub fn run_code(ts: &mut ThreadState, code: Rc<Code>, globals: PyRef, locals: Value) -> PyResult<Value> {
    // The builtins are the globals' `__builtins__` (a module or a dict), as in CPython.
    let builtins = match dict_get_str(&globals, "__builtins__") {
        Some(Value::Obj(b)) if matches!(b.payload, objects::Payload::Dict(_)) => b,
        Some(Value::Obj(m)) if m.dict.get().is_some() && Rc::ptr_eq(m.ty(), &types().module) => m.dict.get().unwrap().clone(),
        _ => ts.interp.builtins_dict.clone(),
    };
    let frame = vm::frame::Frame::new(code, globals, builtins, locals);
    vm::eval::run_frame(ts, frame)
}

/// Start-up options.
#[derive(Default, Clone)]
pub struct Config {
    pub argv: Vec<String>,
    /// sys.path[0]: the script's folder ("" for -c / -m / stdin).
    pub path0: String,
    pub xoptions: Vec<(String, String)>,
    pub unbuffered: bool,
    pub executable: String,
}


/// Create the interpreter and the main thread's state (the GIL held).
pub fn create_interpreter(cfg: &Config) -> ThreadState {
    vm::types::init_types();
    let policy = cfg
        .xoptions
        .iter()
        .find(|(k, _)| k == "gil")
        .map(|(_, v)| gil::Policy::from_name(v).unwrap_or_else(|| {
            eprintln!("pygil: unknown GIL policy '{}' (use cpython or io-priority)", v);
            std::process::exit(2);
        }))
        .unwrap_or(gil::Policy::IoPriority);
    let trace = cfg.xoptions.iter().any(|(k, _)| k == "gil-trace");
    let mut gcfg = gil::GilConfig { policy, trace, ..Default::default() };
    if let Some((_, v)) = cfg.xoptions.iter().find(|(k, _)| k == "switchinterval") {
        match v.parse::<f64>() {
            Ok(s) if s > 0.0 => gcfg.switch_interval = std::time::Duration::from_secs_f64(s),
            _ => {
                eprintln!("pygil: -X switchinterval needs a positive number of seconds");
                std::process::exit(2);
            }
        }
    }
    if let Some((_, v)) = cfg.xoptions.iter().find(|(k, _)| k == "sched") {
        match explore::parse_sched(v) {
            Ok(sc) => gcfg.sched = Some(sc),
            Err(msg) => {
                eprintln!("pygil: -X sched: {}", msg);
                std::process::exit(2);
            }
        }
    }
    let g = gil::Gil::new(gcfg);
    let main_handle = g.register_thread("MainThread");
    g.acquire(&main_handle);
    let modules = new_dict_obj();
    let frozen = frozen::FROZEN.iter().map(|(n, s, p)| (*n, (*s, *p))).collect();
    // builtins_dict is filled in below once the thread state exists.
    let placeholder = new_dict_obj();
    let interp: &'static Interpreter = Box::leak(Box::new(Interpreter {
        gil: g,
        modules,
        builtins: placeholder.clone(),
        builtins_dict: placeholder,
        sys: std::cell::RefCell::new(None),
        recursion_limit: std::cell::Cell::new(1000),
        main_ident: std::cell::Cell::new(0),
        frozen,
        at_fork: std::cell::RefCell::new(Vec::new()),
        thread_count: std::cell::Cell::new(0),
        xoptions: std::cell::RefCell::new(cfg.xoptions.clone()),
        sources: std::cell::RefCell::new(std::collections::HashMap::new()),
        unbuffered: std::cell::Cell::new(cfg.unbuffered),
        check_interval: std::cell::Cell::new(0),
    }));
    let mut ts = ThreadState::new(interp, main_handle);
    interp.main_ident.set(ts.ident);
    init_types(&mut ts);
    let builtins = vm::builtins::init(&mut ts);
    let bd = vm::import::module_dict(&builtins);
    // SAFETY: the interpreter was just leaked and no other thread exists;
    // these two fields are written once, before any Python code runs.
    unsafe {
        let p = interp as *const Interpreter as *mut Interpreter;
        (*p).builtins = builtins.clone();
        (*p).builtins_dict = bd;
    }
    let mut path = vec![cfg.path0.clone()];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(String::from));
    }
    let sys = modules::sys::create(cfg.argv.clone(), path, cfg.executable.clone());
    dict_set_str(&vm::import::module_dict(&sys), "modules", Value::Obj(interp.modules.clone()));
    let xo = vm::import::module_dict(&sys);
    if let Some(Value::Obj(d)) = dict_get_str(&xo, "_xoptions") {
        for (k, v) in &cfg.xoptions {
            dict_set_str(&d, k, if v.is_empty() { Value::Bool(true) } else { new_str(v.clone()) });
        }
    }
    *interp.sys.borrow_mut() = Some(sys.clone());
    dict_set_str(&interp.modules, "sys", Value::Obj(sys));
    dict_set_str(&interp.modules, "builtins", Value::Obj(builtins));
    vm::eval::set_signal_interp(interp);
    // SAFETY: installing an async-signal-safe handler (atomics only); no
    // SA_RESTART, so blocking system calls return EINTR and the waiting
    // code delivers KeyboardInterrupt.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = modules::signal::trampoline as *const () as usize;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
    ts
}

fn init_types(ts: &mut ThreadState) {
    vm::types_ext::init();
    objects::int::init(ts);
    objects::float::init(ts);
    objects::strtype::init(ts);
    objects::bytes::init(ts);
    objects::list::init(ts);
    objects::dictobj::init(ts);
    objects::setobj::init(ts);
    objects::misc::init(ts);
    vm::exceptions::init();
    vm::iterops::init();
    vm::generator::init();
    vm::coroutine::init();
    vm::traceback::init();
}

/// What the command line asked to run.
pub enum Program {
    Script(String),
    Command(String),
    Module(String),
    Stdin,
}

/// The exit status for a SystemExit (printing its message when it is not an int).
pub fn system_exit_code(ts: &mut ThreadState, e: &PyErr) -> i32 {
    let code = getattr_str(ts, &e.value(), "code").unwrap_or(Value::None);
    match code {
        Value::None => 0,
        Value::Int(i) => i as i32,
        Value::Bool(b) => b as i32,
        other => {
            if let Ok(s) = str_of(ts, &other) {
                flush_std(ts);
                vm::builtins::write_stderr(ts, &format!("{}\n", s));
            }
            1
        }
    }
}

/// Report an uncaught exception through sys.excepthook; returns the exit status.
pub fn report_uncaught(ts: &mut ThreadState, e: PyErr) -> i32 {
    if e.matches(&types().system_exit) {
        return system_exit_code(ts, &e);
    }
    flush_std(ts);
    let sys = Value::Obj(ts.interp.sys());
    let hook = getattr_str(ts, &sys, "excepthook").ok();
    let tb = e.data().traceback.borrow().clone();
    let handled = match hook {
        Some(h) => vm::call::call(ts, &h, &[Value::Obj(e.ty()), e.value(), tb]).is_ok(),
        None => false,
    };
    if !handled {
        vm::traceback::print_exception(ts, &e.value());
    }
    1
}

pub fn flush_std(ts: &mut ThreadState) {
    let sys = ts.interp.sys();
    for name in ["stdout", "stderr"] {
        if let Some(v) = sys.dict.get().and_then(|d| dict_get_str(d, name)) {
            modules::stdio::flush_value(ts, &v);
        }
    }
}

/// Run the main program; returns the process exit status.
pub fn run_main(ts: &mut ThreadState, program: Program) -> i32 {
    vm::thread::set_current(ts);
    let main = vm::import::new_module("__main__");
    let d = vm::import::module_dict(&main);
    dict_set_str(&d, "__builtins__", Value::Obj(ts.interp.builtins.clone()));
    dict_set_str(&ts.interp.modules, "__main__", Value::Obj(main.clone()));
    let result = match program {
        Program::Script(path) => match std::fs::read(&path) {
            Ok(bytes) => {
                let src = String::from_utf8_lossy(&bytes).into_owned();
                // CPython 3.9+: the script's path made absolute (cwd joined,
                // not normalised), for __file__ and tracebacks.
                let abs = match std::env::current_dir() {
                    Ok(cwd) if !path.starts_with('/') => format!("{}/{}", cwd.display(), path),
                    _ => path.clone(),
                };
                dict_set_str(&d, "__file__", new_str(abs.clone()));
                compile_source(ts, &src, &abs, compiler::Mode::Exec).and_then(|c| run_code(ts, c, d.clone(), Value::Obj(d.clone())))
            }
            Err(e) => {
                eprintln!(
                    "{}: can't open file '{}': [Errno {}] {}",
                    ts.interp.sys().dict.get().and_then(|d| dict_get_str(d, "executable")).and_then(|v| as_str(&v).map(|s| s.as_str().to_string())).unwrap_or_else(|| "pygil".into()),
                    std::fs::canonicalize(&path).map(|p| p.display().to_string()).unwrap_or(path.clone()),
                    e.raw_os_error().unwrap_or(0),
                    vm::errors::strerror(e.raw_os_error().unwrap_or(0))
                );
                return 2;
            }
        },
        Program::Command(src) => {
            compile_source(ts, &src, "<string>", compiler::Mode::Exec).and_then(|c| run_code(ts, c, d.clone(), Value::Obj(d.clone())))
        }
        Program::Stdin => {
            let mut src = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
            compile_source(ts, &src, "<stdin>", compiler::Mode::Exec).and_then(|c| run_code(ts, c, d.clone(), Value::Obj(d.clone())))
        }
        Program::Module(name) => run_module(ts, &name),
    };
    let mut status = match result {
        Ok(_) => 0,
        Err(e) => report_uncaught(ts, e),
    };
    if let Some(s) = shutdown(ts) {
        status = s;
    }
    status
}

fn run_module(ts: &mut ThreadState, name: &str) -> PyResult<Value> {
    // Find the module's source and run it as __main__ (runpy's
    // _run_module_as_main): a package runs its __main__ submodule, and
    // __package__ is the containing package, so relative imports work.
    let modules = ts.interp.modules.clone();
    vm::dictops::dict_delitem(ts, &modules, &new_str("__main__"))?;
    let path0 = ts.interp.sys().dict.get().and_then(|d| dict_get_str(d, "path")).unwrap();
    let dirs = vm::iterops::collect(ts, &path0)?;
    let rel = name.replace('.', "/");
    for dir in dirs {
        let dir = as_str(&dir).map(|s| s.as_str().to_string()).unwrap_or_default();
        let base = if dir.is_empty() { ".".to_string() } else { dir };
        let module = format!("{}/{}.py", base, rel);
        let package_main = format!("{}/{}/__main__.py", base, rel);
        if std::path::Path::new(&module).is_file() {
            let src = std::fs::read_to_string(&module).unwrap_or_default();
            return exec_main(ts, &module, &src, name.rsplit_once('.').map_or("", |(p, _)| p));
        }
        if std::path::Path::new(&package_main).is_file() {
            let src = std::fs::read_to_string(&package_main).unwrap_or_default();
            return exec_main(ts, &package_main, &src, name);
        }
    }
    let package_main = format!("{}.__main__", name);
    if let Some((src, _)) = ts.interp.frozen.get(package_main.as_str()).copied() {
        return exec_main(ts, &vm::import::frozen_filename(&package_main, false), src, name);
    }
    if let Some((src, false)) = ts.interp.frozen.get(name).copied() {
        return exec_main(ts, &vm::import::frozen_filename(name, false), src, name.rsplit_once('.').map_or("", |(p, _)| p));
    }
    Err(vm::errors::import_error(format!("No module named {}", name)))
}

/// Run `source` as the __main__ module with the given __package__.
fn exec_main(ts: &mut ThreadState, filename: &str, source: &str, package: &str) -> PyResult<Value> {
    let code = compile_source(ts, source, filename, compiler::Mode::Exec)?;
    let m = vm::import::new_module("__main__");
    let d = vm::import::module_dict(&m);
    dict_set_str(&d, "__file__", new_str(filename));
    dict_set_str(&d, "__package__", new_str(package));
    dict_set_str(&d, "__builtins__", Value::Obj(ts.interp.builtins.clone()));
    dict_set_str(&ts.interp.modules, "__main__", Value::Obj(m.clone()));
    // sys.argv[0] becomes the file's path, as runpy sets it.
    if let Some(argv) = ts.interp.sys().dict.get().and_then(|sd| dict_get_str(sd, "argv")) {
        if let Ok(items) = objects::list::list_cell(&argv) {
            if let Some(first) = items.borrow_mut().first_mut() {
                *first = new_str(filename);
            }
        }
    }
    run_code(ts, code, d.clone(), Value::Obj(d))
}

/// Interpreter shutdown, in CPython's order: wait for non-daemon threads
/// (threading._shutdown), run atexit handlers, flush the streams. Returns a
/// new exit status if a SystemExit was raised during shutdown.
pub fn shutdown(ts: &mut ThreadState) -> Option<i32> {
    let mut status = None;
    if let Some(threading) = vm::import::sys_modules_get(ts, "threading") {
        if let Ok(Some(f)) = getattr_opt(ts, &threading, &intern("_shutdown")) {
            if let Err(e) = vm::call::call(ts, &f, &[]) {
                status = Some(report_uncaught(ts, e));
            }
        }
    }
    modules::atexit::run_all(ts);
    flush_std(ts);
    // No other thread may run Python from here on (daemon threads park).
    ts.interp.gil.begin_finalization(&ts.gil);
    // Objects still held by __main__'s globals get their __del__ (CPython
    // clears module dicts at exit); their output is flushed too.
    vm::finalize::finalize_main(ts);
    flush_std(ts);
    report_gil(ts);
    status
}

/// Under `-X sched`, no thread can ever run again (every one waits on a
/// lock or condition that only another could release): say so, with what
/// each thread waits for, and end the process with status 1. Real CPython
/// would hang; the scheduler knows it is stuck. Called by the thread the
/// scheduler woke for it, holding the GIL.
pub fn sched_deadlock(ts: &mut ThreadState) -> ! {
    flush_std(ts);
    eprintln!("{}pygil: deadlock under -X sched: every thread waits for another", ts.interp.gil.sched_report());
    ts.interp.gil.begin_finalization(&ts.gil);
    report_gil(ts);
    std::process::exit(1);
}

/// `-X gil-stats` and `-X gil-trace=FILE`: the GIL's record of the run.
/// A FILE ending in `.html` gets the timeline page (gil::html), any other
/// Chrome trace-event JSON.
fn report_gil(ts: &mut ThreadState) {
    let xo = ts.interp.xoptions.borrow().clone();
    if xo.iter().any(|(k, _)| k == "gil-stats") {
        eprint!("{}", ts.interp.gil.stats());
    }
    if let Some((_, file)) = xo.iter().find(|(k, _)| k == "gil-trace") {
        let events = ts.interp.gil.take_trace();
        let stats = ts.interp.gil.stats();
        let path = if file.is_empty() { "gil-trace.json".to_string() } else { file.clone() };
        let text = if path.to_ascii_lowercase().ends_with(".html") {
            // The page is titled with the script, as sys.argv[0] names it.
            let argv = ts.interp.sys().dict.get().and_then(|d| dict_get_str(d, "argv"));
            let script = argv
                .and_then(|argv| getitem(ts, &argv, &Value::Int(0)).ok())
                .and_then(|v| as_str(&v).map(|s| s.as_str().to_string()))
                .unwrap_or_else(|| "pygil".into());
            gil::html::html_timeline(&events, &stats, &script)
        } else {
            gil::trace::chrome_trace_json(&events, &stats)
        };
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("pygil: cannot write GIL trace to {}: {}", path, e);
        }
    }
}

#[allow(dead_code)]
fn _unused(_: PyObject) {}
