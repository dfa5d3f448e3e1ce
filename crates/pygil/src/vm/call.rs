//! Calling things: Python functions (a new frame, run by the eval loop),
//! native functions, bound methods, types (construction), and objects with
//! `__call__`. Argument binding follows CPython's
//! `_PyEval_MakeFrameVector` (Python/ceval.c), error messages included.

use super::errors::*;
use super::frame::Frame;
use super::ops::{as_str, intern, new_dict_obj, new_tuple, type_lookup, type_name, type_of};

use super::{PyResult, ThreadState};
use crate::bytecode::flags as coflags;
use crate::objects::function::{Args, FunctionData};
use crate::objects::typeobj::tdata;
use crate::objects::{Payload, PyRef, Value};
use std::rc::Rc;

/// Call `f` with positional arguments.
pub fn call(ts: &mut ThreadState, f: &Value, args: &[Value]) -> PyResult<Value> {
    call_args(ts, f, Args::new(args))
}

/// Call `f` with positional and keyword arguments (vectorcall layout).
pub fn call_args(ts: &mut ThreadState, f: &Value, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = f else {
        return Err(type_error(format!("'{}' object is not callable", type_name(f))));
    };
    match &o.payload {
        Payload::Function(func) => {
            let frame = make_frame(ts, func, args)?;
            if func.code.co.is_generator() {
                return Ok(super::generator::new_generator(frame, func));
            }
            super::eval::run_frame(ts, frame)
        }
        Payload::Builtin(b) => match &b.bound {
            None => (b.func)(ts, args),
            Some(self_) => {
                let mut v = Vec::with_capacity(args.pos.len() + 1);
                v.push(self_.clone());
                v.extend_from_slice(args.pos);
                (b.func)(ts, Args { pos: &v, kwnames: args.kwnames, kwvals: args.kwvals })
            }
        },
        Payload::Method(m) => {
            let (func, self_) = (&m.0, &m.1);
            let mut v = Vec::with_capacity(args.pos.len() + 1);
            v.push(self_.clone());
            v.extend_from_slice(args.pos);
            call_args(ts, func, Args { pos: &v, kwnames: args.kwnames, kwvals: args.kwvals })
        }
        Payload::Type(_) => super::types_ext::call_type(ts, o, args),
        _ => {
            let t = o.ty().clone();
            match type_lookup(&t, &intern("__call__")) {
                Some(c) => {
                    let mut v = Vec::with_capacity(args.pos.len() + 1);
                    v.push(f.clone());
                    v.extend_from_slice(args.pos);
                    ts.enter_native()?;
                    let r = call_args(ts, &c, Args { pos: &v, kwnames: args.kwnames, kwvals: args.kwvals });
                    ts.leave_native();
                    r
                }
                None => Err(type_error(format!("'{}' object is not callable", tdata(&t).name()))),
            }
        }
    }
}

/// Call with positional args and a list of (name, value) keywords.
pub fn call_kw(ts: &mut ThreadState, f: &Value, pos: &[Value], kw: &[(&str, Value)]) -> PyResult<Value> {
    let names: Vec<Value> = kw.iter().map(|(n, _)| Value::Obj(intern(n))).collect();
    let vals: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
    call_args(ts, f, Args { pos, kwnames: &names, kwvals: &vals })
}

/// `obj.name()`.
pub fn call_method0(ts: &mut ThreadState, obj: &Value, name: &str) -> PyResult<Value> {
    let f = super::ops::getattr(ts, obj, &intern(name))?;
    call(ts, &f, &[])
}

/// `obj.name(arg)`.
pub fn call_method1(ts: &mut ThreadState, obj: &Value, name: &str, arg: Value) -> PyResult<Value> {
    let f = super::ops::getattr(ts, obj, &intern(name))?;
    call(ts, &f, &[arg])
}

/// `obj.name(*args)`.
pub fn call_method(ts: &mut ThreadState, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = super::ops::getattr(ts, obj, &intern(name))?;
    call(ts, &f, args)
}

fn func_qualname(func: &FunctionData) -> String {
    as_str(&func.qualname.borrow()).map(|s| s.as_str().to_string()).unwrap_or_default()
}

/// Build the frame for a call to a Python function, binding arguments.
/// The frame of an exact positional call (no defaults, keywords, `*args`
/// or `**kwargs` involved), with the arguments moved out of `args` (left
/// Null) instead of cloned: the eval loop's CALL passes its own stack
/// slots, saving a reference-count round trip per argument. None when the
/// call needs the general binding of `make_frame`.
#[inline]
pub fn make_frame_moving(ts: &mut ThreadState, func: &FunctionData, args: &mut [Value]) -> Option<Box<Frame>> {
    let co = &func.code.co;
    if co.flags & (coflags::VARARGS | coflags::VARKEYWORDS) != 0 || co.kwonlyargcount != 0 || args.len() != co.argcount as usize {
        return None;
    }
    let builtins = ts.interp.builtins_dict.clone();
    let mut frame = Frame::new(func.code.clone(), func.globals.clone(), builtins, Value::Null);
    for (slot, a) in frame.fast.iter_mut().zip(args.iter_mut()) {
        *slot = std::mem::replace(a, Value::Null);
    }
    init_cells(&mut frame, func);
    Some(frame)
}

pub fn make_frame(ts: &mut ThreadState, func: &FunctionData, args: Args) -> PyResult<Box<Frame>> {
    let code = func.code.clone();
    let co = &code.co;
    let builtins = ts.interp.builtins_dict.clone();
    let mut frame = Frame::new(code.clone(), func.globals.clone(), builtins, Value::Null);
    let argcount = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let npos = args.pos.len();
    let fast = &mut frame.fast;

    // Fast path: exact positional call, no *args/**kwargs/keywords/defaults needed.
    let simple = co.flags & (coflags::VARARGS | coflags::VARKEYWORDS) == 0 && kwonly == 0;
    if simple && args.kwnames.is_empty() && npos == argcount {
        for (i, a) in args.pos.iter().enumerate() {
            fast[i] = a.clone();
        }
        init_cells(&mut frame, func);
        return Ok(frame);
    }

    let total = argcount + kwonly;
    let mut kwdict: Option<PyRef> = None;
    let varargs_ix = if co.flags & coflags::VARARGS != 0 { Some(total) } else { None };
    let kwargs_ix = if co.flags & coflags::VARKEYWORDS != 0 {
        Some(total + varargs_ix.is_some() as usize)
    } else {
        None
    };
    if let Some(k) = kwargs_ix {
        let d = new_dict_obj();
        fast[k] = Value::Obj(d.clone());
        kwdict = Some(d);
    }
    // Positional.
    let n = npos.min(argcount);
    for i in 0..n {
        fast[i] = args.pos[i].clone();
    }
    if let Some(vi) = varargs_ix {
        fast[vi] = new_tuple(args.pos[n..].to_vec());
    }
    // Keywords (before the count of positionals is checked, as in CPython's
    // initialize_locals: an unexpected keyword is the error reported).
    for (k, kv) in args.kwnames.iter().zip(args.kwvals.iter()) {
        let name = as_str(k).map(|s| s.as_str()).unwrap_or("");
        let pos = code.varnames[..total]
            .iter()
            .position(|v| Rc::ptr_eq(v, k.obj().unwrap()) || as_str(&Value::Obj(v.clone())).unwrap().as_str() == name);
        match pos {
            Some(i) if i >= co.posonlyargcount as usize => {
                if !fast[i].is_null() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        func_qualname(func),
                        name
                    )));
                }
                fast[i] = kv.clone();
            }
            _ => match &kwdict {
                Some(d) => {
                    super::dictops::dict_setitem(ts, d, k.clone(), kv.clone())?;
                }
                None => {
                    // Every keyword naming a positional-only parameter
                    // (positional_only_passed_as_keyword).
                    let posonly = &code.varnames[..co.posonlyargcount as usize];
                    let passed: Vec<&str> = args
                        .kwnames
                        .iter()
                        .filter_map(|k| as_str(k).map(|s| s.as_str()))
                        .filter(|k| posonly.iter().any(|v| as_str(&Value::Obj(v.clone())).unwrap().as_str() == *k))
                        .collect();
                    if !passed.is_empty() {
                        return Err(type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            func_qualname(func),
                            passed.join(", ")
                        )));
                    }
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        func_qualname(func),
                        name
                    )));
                }
            },
        }
    }
    if varargs_ix.is_none() && npos > argcount {
        return Err(too_many_positional(func, npos, args.kwnames.len(), fast));
    }
    // Defaults for missing positionals.
    if npos < argcount {
        let defaults = func.defaults.borrow().clone();
        let ndef = defaults.as_ref().map(|d| d.len()).unwrap_or(0);
        let first_default = argcount - ndef;
        let mut missing: Vec<String> = Vec::new();
        for i in npos..argcount {
            if fast[i].is_null() {
                if i >= first_default {
                    fast[i] = defaults.as_ref().unwrap()[i - first_default].clone();
                } else {
                    missing.push(format!("'{}'", as_str(&Value::Obj(code.varnames[i].clone())).unwrap().as_str()));
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                func_qualname(func),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
    }
    // Keyword-only defaults.
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing: Vec<String> = Vec::new();
        for i in argcount..total {
            if fast[i].is_null() {
                let name = code.varnames[i].clone();
                let d = match &kwdefaults {
                    Value::Obj(d) => super::ops::dict_get_strobj(d, &name),
                    _ => None,
                };
                match d {
                    Some(v) => fast[i] = v,
                    None => missing.push(format!("'{}'", as_str(&Value::Obj(name)).unwrap().as_str())),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                func_qualname(func),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
    }
    init_cells(&mut frame, func);
    Ok(frame)
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!("{}, and {}", names[..names.len() - 1].join(", "), names[names.len() - 1]),
    }
}

fn too_many_positional(func: &FunctionData, given: usize, nkw: usize, fast: &[Value]) -> PyErr {
    let co = &func.code.co;
    let argcount = co.argcount as usize;
    let ndef = func.defaults.borrow().as_ref().map(|d| d.len()).unwrap_or(0);
    let kwonly_given = (argcount..argcount + co.kwonlyargcount as usize).filter(|&i| !fast[i].is_null()).count();
    let _ = nkw;
    let takes = if ndef > 0 {
        format!("from {} to {} positional arguments", argcount - ndef, argcount)
    } else {
        format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
    };
    let was = if given == 1 && kwonly_given == 0 { "was" } else { "were" };
    let extra = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    if kwonly_given > 0 {
        type_error(format!("{}() takes {} but {}{} were given", func_qualname(func), takes, given, extra))
    } else {
        type_error(format!("{}() takes {} but {} {} given", func_qualname(func), takes, given, was))
    }
}

/// Create cells for cell variables (moving parameter values in) and copy
/// the closure's cells into the free-variable slots.
#[inline]
fn init_cells(frame: &mut Frame, func: &FunctionData) {
    if frame.code.co.cell2arg.is_empty() && func.closure.is_none() {
        return;
    }
    init_cells_slow(frame, func);
}

#[inline(never)]
fn init_cells_slow(frame: &mut Frame, func: &FunctionData) {
    let co = frame.code.co.clone();
    let nvars = co.varnames.len();
    for (i, arg) in co.cell2arg.iter().enumerate() {
        let init = match arg {
            Some(a) => frame.fast[*a as usize].clone(),
            None => Value::Null,
        };
        frame.fast[nvars + i] = super::ops::new_cell(init);
    }
    if let Some(cl) = &func.closure {
        let base = nvars + co.cellvars.len();
        for (i, c) in cl.iter().enumerate() {
            frame.fast[base + i] = Value::Obj(c.clone());
        }
    }
}

/// Bind native-function arguments by name: `names` are the parameter names
/// in order, the first `required` must be given. Returns one slot per name
/// (`Null` when absent).
pub fn bind_native(fname: &str, args: &Args, names: &[&str], required: usize) -> PyResult<Vec<Value>> {
    let mut out = vec![Value::Null; names.len()];
    if args.pos.len() > names.len() {
        return Err(type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    for (i, a) in args.pos.iter().enumerate() {
        out[i] = a.clone();
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        let k = as_str(k).map(|s| s.as_str()).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) => {
                if !out[i].is_null() {
                    return Err(type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, k, i + 1)));
                }
                out[i] = v.clone();
            }
            None => {
                return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k)));
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_null() {
            return Err(type_error(format!("{}() missing required argument '{}' (pos {})", fname, n, i + 1)));
        }
    }
    Ok(out)
}

/// Reject keyword arguments for a native function that takes none.
pub fn no_kwargs(fname: &str, args: &Args) -> PyResult<()> {
    if args.has_kw() {
        return Err(type_error(format!("{}() takes no keyword arguments", fname)));
    }
    Ok(())
}

/// Check the positional argument count of a native function.
pub fn check_args(fname: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    no_kwargs(fname, args)?;
    let n = args.pos.len();
    if n < min || n > max {
        if min == max {
            return Err(type_error(match min {
                0 => format!("{}() takes no arguments ({} given)", fname, n),
                1 => format!("{}() takes exactly one argument ({} given)", fname, n),
                _ => format!("{}() takes exactly {} arguments ({} given)", fname, min, n),
            }));
        }
        if n < min {
            return Err(type_error(format!(
                "{} expected at least {} argument{}, got {}",
                fname,
                min,
                if min == 1 { "" } else { "s" },
                n
            )));
        }
        return Err(type_error(format!(
            "{} expected at most {} argument{}, got {}",
            fname,
            max,
            if max == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(())
}

/// The type of `f` for error messages about calls.
pub fn callable(f: &Value) -> bool {
    match f {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_) | Payload::Builtin(_) | Payload::Method(_) | Payload::Type(_) => true,
            _ => type_lookup(&type_of(f), &intern("__call__")).is_some(),
        },
        _ => false,
    }
}
