//! Raising and matching exceptions, and the methods of BaseException and
//! its built-in subclasses (Objects/exceptions.c).

use super::call::{call, check_args};
use super::errors::*;
use super::ops::*;
use super::types::{types, TypeBuilder};
use super::{PyResult, ThreadState};
use crate::objects::exceptions::ExcData;
use crate::objects::function::Args;
use crate::objects::typeobj::{is_subtype, tdata};
use crate::objects::{Payload, PyObject, PyRef, Value};

/// `raise v`: an exception instance, or a class to instantiate.
pub fn make_exception(ts: &mut ThreadState, v: &Value) -> PyResult<PyErr> {
    if let Some(t) = as_type(v) {
        if is_subtype(t, &types().base_exception) {
            let inst = call(ts, v, &[])?;
            if !is_instance(&inst, &types().base_exception) {
                return Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    type_name(v),
                    type_name(&inst)
                )));
            }
            return Ok(PyErr(inst.obj().unwrap().clone()));
        }
    }
    if is_instance(v, &types().base_exception) {
        return Ok(PyErr(v.obj().unwrap().clone()));
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// `raise e from cause`.
pub fn set_cause(ts: &mut ThreadState, e: &PyErr, cause: Value) -> PyResult<()> {
    let c = if cause.is_none() {
        Value::None
    } else if as_type(&cause).is_some_and(|t| is_subtype(t, &types().base_exception)) {
        call(ts, &cause, &[])?
    } else if is_instance(&cause, &types().base_exception) {
        cause
    } else {
        return Err(type_error("exception causes must derive from BaseException"));
    };
    *e.data().cause.borrow_mut() = c;
    e.data().suppress_context.set(true);
    Ok(())
}

/// Called when an exception is raised: chain the exception being handled
/// as its `__context__` (avoiding cycles, as _PyErr_SetObject does).
pub fn on_raise(ts: &mut ThreadState, err: &PyErr) {
    let Value::Obj(handled) = &ts.exc_info else { return };
    if std::rc::Rc::ptr_eq(handled, &err.0) {
        return;
    }
    let Some(d) = exc_data(&err.0) else { return };
    if !d.context.borrow().is_none() {
        return;
    }
    // Break a cycle: if err is already in handled's context chain, cut it there.
    let mut o = handled.clone();
    loop {
        let next = match exc_data(&o) {
            Some(od) => od.context.borrow().clone(),
            None => break,
        };
        match next {
            Value::Obj(n) => {
                if std::rc::Rc::ptr_eq(&n, &err.0) {
                    if let Some(od) = exc_data(&o) {
                        *od.context.borrow_mut() = Value::None;
                    }
                    break;
                }
                o = n;
            }
            _ => break,
        }
    }
    *d.context.borrow_mut() = Value::Obj(handled.clone());
}

/// `except ty:` — does exception `exc` match `ty` (a class or tuple of classes)?
pub fn exception_matches(ts: &mut ThreadState, exc: &Value, ty: &Value) -> PyResult<bool> {
    match ty {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => {
                for t in items.iter() {
                    if exception_matches(ts, exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Payload::Type(_) if is_subtype(o, &types().base_exception) => Ok(is_instance(exc, o)),
            _ => Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
        },
        _ => Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

fn data(v: &Value) -> PyResult<&ExcData> {
    match v {
        Value::Obj(o) => exc_data(o).ok_or_else(|| type_error("descriptor requires a 'BaseException' object")),
        _ => Err(type_error("descriptor requires a 'BaseException' object")),
    }
}

fn args_items(v: &Value) -> Vec<Value> {
    match data(v) {
        Ok(d) => match &*d.args.borrow() {
            Value::Obj(t) => match &t.payload {
                Payload::Tuple(items) => items.to_vec(),
                _ => vec![],
            },
            _ => vec![],
        },
        Err(_) => vec![],
    }
}

fn exc_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = as_type(&args.pos[0]).ok_or_else(|| type_error("BaseException.__new__(X): X is not a type object"))?.clone();
    if !is_subtype(&cls, &types().base_exception) {
        return Err(type_error("BaseException.__new__(X): X is not a subtype of BaseException"));
    }
    let a = new_tuple(args.pos[1..].to_vec());
    Ok(Value::Obj(PyObject::with_dict(cls, Payload::Exception(Box::new(ExcData::new(a))), new_dict_obj())))
}

fn exc_init(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.has_kw() {
        let t = type_of(&args.pos[0]);
        if !tdata(&t).has_flag(crate::objects::typeobj::flags::HEAPTYPE) {
            return Err(type_error(format!("{}() takes no keyword arguments", tdata(&t).name())));
        }
    }
    let d = data(&args.pos[0])?;
    *d.args.borrow_mut() = new_tuple(args.pos[1..].to_vec());
    Ok(Value::None)
}

fn exc_str(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = args_items(&args.pos[0]);
    match a.len() {
        0 => Ok(new_str("")),
        1 => str_value(ts, &a[0]),
        _ => Ok(new_str(repr(ts, &new_tuple(a))?)),
    }
}

fn exc_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = args_items(&args.pos[0]);
    let name = tdata(&type_of(&args.pos[0])).name();
    let inner = match a.len() {
        1 => repr(ts, &a[0])?,
        _ => {
            let r = repr(ts, &new_tuple(a.clone()))?;
            if a.is_empty() {
                String::new()
            } else {
                r[1..r.len() - 1].to_string()
            }
        }
    };
    Ok(new_str(format!("{}({})", name, inner)))
}

fn exc_args(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = data(&args.pos[0])?;
    let v = d.args.borrow().clone();
    Ok(v)
}

fn exc_set_args(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let items = super::iterops::collect(ts, &args.pos[1])?;
    *data(&args.pos[0])?.args.borrow_mut() = new_tuple(items);
    Ok(Value::None)
}

macro_rules! exc_field {
    ($get:ident, $set:ident, $field:ident) => {
        fn $get(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            let v = data(&args.pos[0])?.$field.borrow().clone();
            Ok(v)
        }
        fn $set(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            *data(&args.pos[0])?.$field.borrow_mut() = args.pos[1].clone();
            Ok(Value::None)
        }
    };
}

exc_field!(exc_tb, exc_set_tb, traceback);
exc_field!(exc_context, exc_set_context, context);

fn exc_cause(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = data(&args.pos[0])?.cause.borrow().clone();
    Ok(v)
}

fn exc_set_cause(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let d = data(&args.pos[0])?;
    *d.cause.borrow_mut() = args.pos[1].clone();
    d.suppress_context.set(true);
    Ok(Value::None)
}

fn exc_suppress(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(data(&args.pos[0])?.suppress_context.get()))
}

fn exc_set_suppress(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let b = truthy(ts, &args.pos[1])?;
    data(&args.pos[0])?.suppress_context.set(b);
    Ok(Value::None)
}

fn exc_with_traceback(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("with_traceback", &args, 2, 2)?;
    *data(&args.pos[0])?.traceback.borrow_mut() = args.pos[1].clone();
    Ok(args.pos[0].clone())
}

fn exc_add_note(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("add_note", &args, 2, 2)?;
    if as_str(&args.pos[1]).is_none() {
        return Err(type_error(format!("note must be a str, not '{}'", type_name(&args.pos[1]))));
    }
    let o = args.pos[0].obj().unwrap();
    let d = o.dict.get().unwrap();
    let notes = match dict_get_str(d, "__notes__") {
        Some(n) => n,
        None => {
            let l = new_list(vec![]);
            dict_set_str(d, "__notes__", l.clone());
            l
        }
    };
    super::call::call_method1(ts, &notes, "append", args.pos[1].clone())?;
    Ok(Value::None)
}

/// Attributes that CPython keeps in the exception's C struct but pygil
/// keeps in the instance dict: not part of the pickled state.
fn struct_fields(t: &PyRef) -> &'static [&'static str] {
    let ts = types();
    if is_subtype(t, &ts.os_error) {
        &["errno", "strerror", "filename", "filename2"]
    } else if is_subtype(t, &ts.syntax_error) {
        &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]
    } else if is_subtype(t, &ts.unicode_error) {
        &["encoding", "object", "start", "end", "reason"]
    } else if is_subtype(t, &ts.stop_iteration) {
        &["value"]
    } else if is_subtype(t, &ts.system_exit) {
        &["code"]
    } else {
        &[]
    }
}

/// BaseException.__reduce__: `(type, args)`, plus the instance dict when
/// attributes were set on it (CPython's BaseException_reduce; OSError's
/// args carry the filenames, as OSError_reduce's).
fn exc_reduce(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let t = type_of(&args.pos[0]);
    let mut a = data(&args.pos[0])?.args.borrow().clone();
    let fields = struct_fields(&t);
    let mut state = None;
    if let Some(d) = args.pos[0].obj().and_then(|o| o.dict.get()) {
        if is_subtype(&t, &types().os_error) {
            let get = |k| dict_get_str(d, k).unwrap_or(Value::None);
            if !get("filename").is_none() {
                let mut items = vec![get("errno"), get("strerror"), get("filename")];
                if !get("filename2").is_none() {
                    items.push(Value::None);
                    items.push(get("filename2"));
                }
                a = new_tuple(items);
            }
        }
        let keys: Vec<Value> = super::types_ext::dict_keys(d)
            .into_iter()
            .filter(|k| !as_str(k).is_some_and(|s| fields.contains(&s.as_str())))
            .collect();
        if !keys.is_empty() {
            let copy = new_dict();
            for k in keys {
                let v = getitem(ts, &Value::Obj(d.clone()), &k)?;
                setitem(ts, &copy, &k, v)?;
            }
            state = Some(copy);
        }
    }
    Ok(match state {
        Some(d) => new_tuple(vec![Value::Obj(t), a, d]),
        None => new_tuple(vec![Value::Obj(t), a]),
    })
}

// ---- subclasses with their own attributes -----------------------------------

fn first_arg(v: &Value) -> Value {
    args_items(v).into_iter().next().unwrap_or(Value::None)
}

fn stop_iteration_value(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if let Some(v) = args.pos[0].obj().and_then(|o| o.dict.get()).and_then(|d| dict_get_str(d, "value")) {
        return Ok(v);
    }
    Ok(first_arg(&args.pos[0]))
}

fn system_exit_code(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if let Some(v) = args.pos[0].obj().and_then(|o| o.dict.get()).and_then(|d| dict_get_str(d, "code")) {
        return Ok(v);
    }
    let a = args_items(&args.pos[0]);
    Ok(match a.len() {
        0 => Value::None,
        1 => a[0].clone(),
        _ => new_tuple(a),
    })
}

fn key_error_str(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = args_items(&args.pos[0]);
    if a.len() == 1 {
        return Ok(new_str(repr(ts, &a[0])?));
    }
    exc_str(ts, args)
}

/// OSError(errno, strerror) builds the errno's subclass (FileNotFoundError, ...).
fn os_error_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = as_type(&args.pos[0]).cloned().ok_or_else(|| type_error("OSError.__new__(X): X is not a type object"))?;
    let mut target = cls.clone();
    if std::rc::Rc::ptr_eq(&cls, &types().os_error) && args.pos.len() >= 3 {
        if let Value::Int(errno) = args.pos[1] {
            let e = os_error(errno as i32, None);
            target = e.ty();
        }
    }
    let mut v = args.pos.to_vec();
    v[0] = Value::Obj(target);
    exc_new(ts, Args { pos: &v, kwnames: args.kwnames, kwvals: args.kwvals })
}

fn os_error_init(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    exc_init(ts, args)?;
    let o = args.pos[0].obj().unwrap();
    let a = &args.pos[1..];
    let d = o.dict.get().unwrap();
    if a.len() >= 2 && a.len() <= 5 {
        dict_set_str(d, "errno", a[0].clone());
        dict_set_str(d, "strerror", a[1].clone());
        dict_set_str(d, "filename", a.get(2).cloned().unwrap_or(Value::None));
        dict_set_str(d, "filename2", a.get(4).cloned().unwrap_or(Value::None));
    } else {
        for k in ["errno", "strerror", "filename", "filename2"] {
            if dict_get_str(d, k).is_none() {
                dict_set_str(d, k, Value::None);
            }
        }
    }
    Ok(Value::None)
}

fn os_error_str(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = args.pos[0].obj().unwrap();
    let d = o.dict.get().unwrap();
    let errno = dict_get_str(d, "errno").unwrap_or(Value::None);
    let strerror = dict_get_str(d, "strerror").unwrap_or(Value::None);
    let filename = dict_get_str(d, "filename").unwrap_or(Value::None);
    let filename2 = dict_get_str(d, "filename2").unwrap_or(Value::None);
    if !filename.is_none() {
        let e = str_of(ts, &errno)?;
        let s = str_of(ts, &strerror)?;
        let f = repr(ts, &filename)?;
        if !filename2.is_none() {
            let f2 = repr(ts, &filename2)?;
            return Ok(new_str(format!("[Errno {}] {}: {} -> {}", e, s, f, f2)));
        }
        return Ok(new_str(format!("[Errno {}] {}: {}", e, s, f)));
    }
    if !errno.is_none() && !strerror.is_none() {
        let e = str_of(ts, &errno)?;
        let s = str_of(ts, &strerror)?;
        return Ok(new_str(format!("[Errno {}] {}", e, s)));
    }
    exc_str(ts, args)
}

fn syntax_error_init(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    exc_init(ts, args)?;
    let o = args.pos[0].obj().unwrap();
    let d = o.dict.get().unwrap();
    let a = &args.pos[1..];
    dict_set_str(d, "msg", a.first().cloned().unwrap_or(Value::None));
    let keys = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
    let details = a.get(1).map(|v| super::iterops::collect(ts, v)).transpose()?.unwrap_or_default();
    for (i, k) in keys.iter().enumerate() {
        dict_set_str(d, k, details.get(i).cloned().unwrap_or(Value::None));
    }
    dict_set_str(d, "print_file_and_line", Value::None);
    Ok(Value::None)
}

fn syntax_error_str(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = args.pos[0].obj().unwrap();
    let d = o.dict.get().unwrap();
    let msg = dict_get_str(d, "msg").unwrap_or(Value::None);
    let msg = if msg.is_none() { first_arg(&args.pos[0]) } else { msg };
    let m = str_of(ts, &msg)?;
    let filename = dict_get_str(d, "filename").unwrap_or(Value::None);
    let lineno = dict_get_str(d, "lineno").unwrap_or(Value::None);
    let base = as_str(&filename).map(|f| f.as_str().rsplit('/').next().unwrap_or("").to_string());
    Ok(new_str(match (base, &lineno) {
        (Some(f), Value::Int(l)) => format!("{} ({}, line {})", m, f, l),
        (Some(f), _) => format!("{} ({})", m, f),
        (None, Value::Int(l)) => format!("{} (line {})", m, l),
        _ => m,
    }))
}

fn attr_or_none(name: &'static str) -> crate::objects::function::NativeFn {
    match name {
        "name" => |_ts, args| Ok(args.pos[0].obj().and_then(|o| o.dict.get()).and_then(|d| dict_get_str(d, "name")).unwrap_or(Value::None)),
        _ => |_ts, args| Ok(args.pos[0].obj().and_then(|o| o.dict.get()).and_then(|d| dict_get_str(d, "path")).unwrap_or(Value::None)),
    }
}

fn import_error_init(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let pos = Args::new(args.pos);
    exc_init(ts, pos)?;
    let o = args.pos[0].obj().unwrap();
    let d = o.dict.get().unwrap();
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        let k = as_str(k).map(|s| s.as_str().to_string()).unwrap_or_default();
        if k != "name" && k != "path" {
            return Err(type_error(format!("'{}' is an invalid keyword argument for ImportError()", k)));
        }
        dict_set_str(d, &k, v.clone());
    }
    let _ = first_arg(&args.pos[0]);
    Ok(Value::None)
}

fn unicode_error_init(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    exc_init(ts, args)?;
    let o = args.pos[0].obj().unwrap();
    let d = o.dict.get().unwrap();
    let a = &args.pos[1..];
    if a.len() == 5 {
        for (i, k) in ["encoding", "object", "start", "end", "reason"].iter().enumerate() {
            dict_set_str(d, k, a[i].clone());
        }
    }
    Ok(Value::None)
}

fn unicode_error_str(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let o = args.pos[0].obj().unwrap();
    let d = o.dict.get().unwrap();
    if let (Some(enc), Some(obj), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)) = (
        dict_get_str(d, "encoding"),
        dict_get_str(d, "object"),
        dict_get_str(d, "start"),
        dict_get_str(d, "end"),
        dict_get_str(d, "reason"),
    ) {
        let enc = str_of(ts, &enc)?;
        let reason = str_of(ts, &reason)?;
        let is_decode = is_instance(&args.pos[0], &types().unicode_decode_error);
        if is_decode {
            let b = crate::objects::bytes::bytes_data(ts, &obj).unwrap_or_default();
            if end == start + 1 {
                let byte = b.get(start as usize).copied().unwrap_or(0);
                return Ok(new_str(format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    enc, byte, start, reason
                )));
            }
            return Ok(new_str(format!("'{}' codec can't decode bytes in position {}-{}: {}", enc, start, end - 1, reason)));
        }
        let s = as_str(&obj).map(|s| s.as_str().to_string()).unwrap_or_default();
        if end == start + 1 {
            let c = s.chars().nth(start as usize).unwrap_or('\0');
            let cs = if (c as u32) < 0x100 {
                format!("\\x{:02x}", c as u32)
            } else if (c as u32) < 0x10000 {
                format!("\\u{:04x}", c as u32)
            } else {
                format!("\\U{:08x}", c as u32)
            };
            return Ok(new_str(format!(
                "'{}' codec can't encode character '{}' in position {}: {}",
                enc, cs, start, reason
            )));
        }
        return Ok(new_str(format!(
            "'{}' codec can't encode characters in position {}-{}: {}",
            enc,
            start,
            end - 1,
            reason
        )));
    }
    exc_str(ts, args)
}

pub fn init() {
    let t = types();
    TypeBuilder::new(&t.base_exception, "BaseException")
        .static_method("__new__", exc_new)
        .method("__init__", exc_init)
        .method("__str__", exc_str)
        .method("__repr__", exc_repr)
        .method("with_traceback", exc_with_traceback)
        .method("add_note", exc_add_note)
        .method("__reduce__", exc_reduce)
        .getset("args", exc_args, Some(exc_set_args))
        .getset("__traceback__", exc_tb, Some(exc_set_tb))
        .getset("__context__", exc_context, Some(exc_set_context))
        .getset("__cause__", exc_cause, Some(exc_set_cause))
        .getset("__suppress_context__", exc_suppress, Some(exc_set_suppress));
    TypeBuilder::new(&t.stop_iteration, "StopIteration").getter("value", stop_iteration_value);
    TypeBuilder::new(&t.system_exit, "SystemExit").getter("code", system_exit_code);
    TypeBuilder::new(&t.key_error, "KeyError").method("__str__", key_error_str);
    TypeBuilder::new(&t.os_error, "OSError")
        .static_method("__new__", os_error_new)
        .method("__init__", os_error_init)
        .method("__str__", os_error_str);
    TypeBuilder::new(&t.syntax_error, "SyntaxError").method("__init__", syntax_error_init).method("__str__", syntax_error_str);
    TypeBuilder::new(&t.import_error, "ImportError")
        .method("__init__", import_error_init)
        .getter("name", attr_or_none("name"))
        .getter("path", attr_or_none("path"));
    TypeBuilder::new(&t.unicode_error, "UnicodeError").method("__init__", unicode_error_init).method("__str__", unicode_error_str);
    // Exceptions defined in builtins report module 'builtins'.
    for (_, ty) in t.exception_types() {
        dict_set_str(&tdata(&ty).dict, "__module__", new_str("builtins"));
    }
}

#[allow(dead_code)]
fn _unused(_: PyRef) {}
