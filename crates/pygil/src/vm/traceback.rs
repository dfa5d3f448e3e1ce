//! Tracebacks: traceback objects built as an exception unwinds, frame
//! objects for Python code that asks for them, and the CPython-format
//! printing of an uncaught exception (Python/traceback.c, without 3.11's
//! `^^^^` position markers).

use super::errors::*;
use super::frame::{Frame, FrameInfo};
use super::ops::*;
use super::types::types;
use super::ThreadState;
use crate::objects::{Payload, PyObject, Value};
use std::cell::{Cell, RefCell};

pub struct TbData {
    pub frame: Value,
    pub lineno: u32,
    pub lasti: u32,
    pub next: Value,
}

/// Frees a traceback chain iteratively: a RecursionError's traceback has
/// one entry per frame of a very deep recursion, and dropping it link by
/// link recursively could overflow the Rust stack (CPython's trashcan).
impl Drop for TbData {
    fn drop(&mut self) {
        let mut next = std::mem::replace(&mut self.next, Value::None);
        while let Value::Obj(o) = next {
            next = match std::rc::Rc::try_unwrap(o) {
                Ok(mut tb) => match &mut tb.payload {
                    Payload::Traceback(t) => std::mem::replace(&mut t.next, Value::None),
                    _ => Value::None,
                },
                // Shared further on: someone else keeps the rest alive.
                Err(_) => Value::None,
            };
        }
    }
}

/// The Python-visible frame object of a live frame (created once, updated).
pub fn frame_object_for(ts: &ThreadState, f: &Frame) -> Value {
    let _ = ts;
    if let Some(o) = &f.info {
        if let Payload::Frame(fi) = &o.payload {
            fi.lineno.set(f.lineno());
        }
        return Value::Obj(o.clone());
    }
    let fi = FrameInfo {
        code: f.code.clone(),
        lineno: Cell::new(f.lineno()),
        globals: f.globals.clone(),
        locals: RefCell::new(f.locals.clone()),
        back: RefCell::new(Value::None),
        trace: RefCell::new(Value::None),
        trace_lines: Cell::new(true),
        trace_opcodes: Cell::new(false),
    };
    Value::Obj(PyObject::new(types().frame.clone(), Payload::Frame(Box::new(fi))))
}

/// The frame object for `ts.frames[index]`, linking `f_back` to the frames below.
pub fn frame_at(ts: &mut ThreadState, index: usize) -> Value {
    // The nearest frame at or below `index` that has its object already;
    // the objects above it are made bottom-up, iteratively (a traceback
    // through a deep recursion asks for every one of them).
    let mut start = index;
    while start > 0 && (ts.frames[start].info.is_none() || unlinked_generator(&ts.frames[start])) {
        start -= 1;
    }
    let mut back = match &ts.frames[start].info {
        Some(o) => {
            refresh(&ts.frames[start], o);
            Value::Obj(o.clone())
        }
        None => Value::None,
    };
    let first_new = if ts.frames[start].info.is_some() { start + 1 } else { start };
    for i in first_new..=index {
        let v = frame_object_for(ts, &ts.frames[i]);
        if let Value::Obj(o) = &v {
            if let Payload::Frame(fi) = &o.payload {
                *fi.back.borrow_mut() = back;
            }
            ts.frames[i].info = Some(o.clone());
        }
        back = v;
    }
    back
}

/// A resumed generator's frame object whose `f_back` was dropped when the
/// generator was suspended (Frame::forget_caller): it is linked again.
fn unlinked_generator(f: &Frame) -> bool {
    f.is_generator
        && matches!(&f.info, Some(o) if matches!(&o.payload, Payload::Frame(fi) if fi.back.borrow().is_none()))
}

/// Brings an existing frame object up to date with its frame: the line,
/// and a function frame's f_locals snapshot.
fn refresh(f: &Frame, o: &crate::objects::PyRef) {
    if let Payload::Frame(fi) = &o.payload {
        fi.lineno.set(f.lineno());
        if f.locals.is_null() {
            *fi.locals.borrow_mut() = super::tracing::fast_locals(f);
        }
    }
}

/// Prepend an entry for `ts.frames[index]` at instruction `lasti` to the
/// exception's traceback (PyTraceBack_Here).
pub fn add_traceback(ts: &mut ThreadState, err: &PyErr, index: usize, lasti: u32) {
    let Some(d) = exc_data(&err.0) else { return };
    let frame = frame_at(ts, index);
    let lineno = ts.frames[index].code.co.lines.get(lasti as usize).copied().unwrap_or(0);
    let next = d.traceback.borrow().clone();
    let tb = PyObject::new(types().traceback.clone(), Payload::Traceback(Box::new(TbData { frame, lineno, lasti, next })));
    *d.traceback.borrow_mut() = Value::Obj(tb);
}

/// (filename, line number, function name) of each traceback entry, outermost first.
pub fn tb_entries(tb: &Value) -> Vec<(String, u32, String)> {
    let mut out = Vec::new();
    let mut cur = tb.clone();
    while let Value::Obj(o) = &cur {
        let Payload::Traceback(t) = &o.payload else { break };
        if let Value::Obj(fo) = &t.frame {
            if let Payload::Frame(fi) = &fo.payload {
                out.push((fi.code.co.filename.to_string(), t.lineno, fi.code.co.name.to_string()));
            }
        }
        cur = t.next.clone();
    }
    out
}

/// The text of line `lineno` of a source file (stripped), if available.
pub fn source_line(ts: &ThreadState, filename: &str, lineno: u32) -> Option<String> {
    let src = {
        let cached = ts.interp.sources.borrow().get(filename).cloned();
        match cached {
            Some(s) => s,
            None => {
                let text = std::fs::read_to_string(filename).ok()?;
                let rc: std::rc::Rc<str> = text.into();
                ts.interp.sources.borrow_mut().insert(filename.to_string(), rc.clone());
                rc
            }
        }
    };
    src.lines().nth(lineno.checked_sub(1)? as usize).map(|l| l.trim().to_string())
}

/// Format an exception with its chain and traceback, as CPython prints it.
pub fn format_exception(ts: &mut ThreadState, exc: &Value) -> String {
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_chain(ts, exc, &mut out, &mut seen);
    out
}

fn format_chain(ts: &mut ThreadState, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
    let Value::Obj(o) = exc else { return };
    seen.push(std::rc::Rc::as_ptr(o) as usize);
    if let Some(d) = exc_data(o) {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        let not_seen = |v: &Value, seen: &Vec<usize>| match v {
            Value::Obj(c) => !seen.contains(&(std::rc::Rc::as_ptr(c) as usize)),
            _ => false,
        };
        if !cause.is_none() && not_seen(&cause, seen) {
            format_chain(ts, &cause, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if cause.is_none() && !d.suppress_context.get() && !context.is_none() && not_seen(&context, seen) {
            format_chain(ts, &context, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        let tb = d.traceback.borrow().clone();
        let entries = tb_entries(&tb);
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(String, u32, String)> = None;
            let mut repeat = 0;
            for e in entries {
                if last.as_ref() == Some(&e) {
                    repeat += 1;
                    if repeat >= 3 {
                        continue;
                    }
                } else {
                    if repeat >= 3 {
                        let n = repeat - 2;
                        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
                    }
                    repeat = 0;
                }
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.0, e.1, e.2));
                if let Some(line) = source_line(ts, &e.0, e.1) {
                    if !line.is_empty() {
                        out.push_str(&format!("    {}\n", line));
                    }
                }
                last = Some(e);
            }
            if repeat >= 3 {
                let n = repeat - 2;
                out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
            }
        }
    }
    out.push_str(&format_exception_only(ts, exc));
    // 3.11 notes.
    if let Some(d) = exc_data(o) {
        if let Some(notes) = o.dict.get().and_then(|dd| dict_get_str(dd, "__notes__")) {
            if let Ok(items) = super::iterops::collect(ts, &notes) {
                for n in items {
                    if let Ok(s) = str_of(ts, &n) {
                        out.push_str(&s);
                        out.push('\n');
                    }
                }
            }
        }
        let _ = d;
    }
}

/// The last line(s): "TypeError: message" (plus SyntaxError's source and caret).
pub fn format_exception_only(ts: &mut ThreadState, exc: &Value) -> String {
    let t = type_of(exc);
    let mut name = crate::objects::typeobj::tdata(&t).name().to_string();
    if let Some(m) = dict_get_str(&crate::objects::typeobj::tdata(&t).dict, "__module__") {
        if let Some(ms) = as_str(&m) {
            if ms.as_str() != "builtins" && ms.as_str() != "__main__" {
                name = format!("{}.{}", ms.as_str(), crate::objects::typeobj::tdata(&t).qualname.borrow());
            }
        }
    }
    if is_instance(exc, &types().syntax_error) {
        return format_syntax_error(ts, exc, &name);
    }
    let mut msg = match str_of(ts, exc) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if let Some(s) = suggestion(ts, exc) {
        msg.push_str(&format!(". Did you mean: '{}'?", s));
    }
    if msg.is_empty() {
        format!("{}\n", name)
    } else {
        format!("{}: {}\n", name, msg)
    }
}

// ---- "Did you mean" (CPython 3.11's suggestions.c) ----------------------------

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Levenshtein distance with case-insensitive substitutions half price.
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len().abs_diff(b.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=b.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (ai, &ca) in a.iter().enumerate() {
        let mut distance = ai * MOVE_COST;
        result = distance;
        let mut min_row = usize::MAX;
        for (bi, &cb) in b.iter().enumerate() {
            let substitute = distance + substitution_cost(ca, cb);
            distance = row[bi];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[bi] = result;
            min_row = min_row.min(result);
        }
        if min_row > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn best_suggestion(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() > 750 || name.chars().count() > 40 {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, bd)) = best {
            max = max.min(bd.saturating_sub(1));
        }
        let d = levenshtein(name, c, max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

fn dict_key_strings(d: &crate::objects::PyRef) -> Vec<String> {
    super::types_ext::dict_keys(d).iter().filter_map(|k| as_str(k).map(|s| s.as_str().to_string())).collect()
}

/// The suggestion for a NameError or AttributeError, as CPython 3.11 prints it.
fn suggestion(ts: &mut ThreadState, exc: &Value) -> Option<String> {
    let o = exc.obj()?;
    let d = o.dict.get()?;
    let name = dict_get_str(d, "name").and_then(|n| as_str(&n).map(|s| s.as_str().to_string()))?;
    if is_instance(exc, &types().attribute_error) {
        let obj = dict_get_str(d, "obj")?;
        let f = getattr_opt(ts, &obj, &intern("__dir__")).ok()??;
        let names = super::call::call(ts, &f, &[]).ok()?;
        let items = super::iterops::collect(ts, &names).ok()?;
        let cands: Vec<String> = items.iter().filter_map(|v| as_str(v).map(|s| s.as_str().to_string())).collect();
        return best_suggestion(&cands, &name);
    }
    if is_instance(exc, &types().name_error) {
        let tb = exc_data(o)?.traceback.borrow().clone();
        let mut last = None;
        let mut cur = tb;
        while let Value::Obj(t) = &cur {
            let Payload::Traceback(td) = &t.payload else { break };
            last = Some(td.frame.clone());
            cur = td.next.clone();
        }
        let frame = last?;
        let Payload::Frame(fi) = &frame.obj()?.payload else { return None };
        let mut cands: Vec<String> = fi.code.co.varnames.iter().map(|s| s.to_string()).collect();
        cands.extend(fi.code.co.cellvars.iter().chain(fi.code.co.freevars.iter()).map(|s| s.to_string()));
        if let Value::Obj(l) = &*fi.locals.borrow() {
            if matches!(l.payload, Payload::Dict(_)) {
                cands.extend(dict_key_strings(l));
            }
        }
        if let Some(s) = best_suggestion(&cands, &name) {
            return Some(s);
        }
        let g = dict_key_strings(&fi.globals);
        if let Some(s) = best_suggestion(&g, &name) {
            return Some(s);
        }
        let b = dict_key_strings(&ts.interp.builtins_dict);
        return best_suggestion(&b, &name);
    }
    None
}

fn format_syntax_error(ts: &mut ThreadState, exc: &Value, name: &str) -> String {
    let o = exc.obj().unwrap();
    let get = |k: &str| o.dict.get().and_then(|d| dict_get_str(d, k)).unwrap_or(Value::None);
    let mut out = String::new();
    let filename = get("filename");
    let lineno = get("lineno");
    if let (Some(f), Value::Int(l)) = (as_str(&filename), &lineno) {
        out.push_str(&format!("  File \"{}\", line {}\n", f.as_str(), l));
        if let Some(text) = as_str(&get("text")) {
            let raw = text.as_str().trim_end_matches('\n');
            let stripped = raw.trim_start();
            let indent = raw.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {}\n", stripped));
            if let Value::Int(col) = get("offset") {
                let end = match (get("end_offset"), get("end_lineno")) {
                    (Value::Int(e), el) if e > col && el.is(&lineno) => e,
                    // A range over several lines is underlined to the end
                    // of its first line (CPython's print_error_text).
                    (_, Value::Int(el)) if matches!(lineno, Value::Int(l) if el > l) => raw.chars().count() as i64 + 1,
                    _ => col + 1,
                };
                // CPython's print_error_text: the offset is moved left with
                // the stripped indentation, and no caret is drawn when it
                // points into it (the tokenizer's indentation errors).
                let start = col - 1 - indent as i64;
                if start >= 0 {
                    let start = (start as usize).min(stripped.chars().count());
                    let width = ((end - col).max(1)) as usize;
                    out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
                }
            }
        }
    }
    let msg = match get("msg") {
        Value::None => str_of(ts, exc).unwrap_or_default(),
        m => str_of(ts, &m).unwrap_or_default(),
    };
    out.push_str(&format!("{}: {}\n", name, msg));
    out
}

/// Print an uncaught exception to sys.stderr (or the real stderr).
pub fn print_exception(ts: &mut ThreadState, exc: &Value) {
    let text = format_exception(ts, exc);
    super::builtins::write_stderr(ts, &text);
}

// ---- traceback and frame object attributes ---------------------------------

use crate::objects::function::Args;
use super::PyResult;

fn tb_get<'a>(args: &'a Args) -> PyResult<&'a TbData> {
    match &args.pos[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Traceback(t) => Ok(t),
            _ => Err(type_error("expected a traceback")),
        },
        _ => Err(type_error("expected a traceback")),
    }
}

fn tb_frame(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(tb_get(&args)?.frame.clone())
}
fn tb_lineno(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(tb_get(&args)?.lineno as i64))
}
fn tb_lasti(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(tb_get(&args)?.lasti as i64 * 2))
}
fn tb_next(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(tb_get(&args)?.next.clone())
}

fn fr_get<'a>(args: &'a Args) -> PyResult<&'a FrameInfo> {
    match &args.pos[0] {
        Value::Obj(o) => match &o.payload {
            Payload::Frame(f) => Ok(f),
            _ => Err(type_error("expected a frame")),
        },
        _ => Err(type_error("expected a frame")),
    }
}

fn f_code(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = fr_get(&args)?;
    Ok(Value::Obj(PyObject::new(types().code.clone(), Payload::Code(f.code.clone()))))
}
fn f_lineno(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(fr_get(&args)?.lineno.get() as i64))
}
fn f_globals(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(fr_get(&args)?.globals.clone()))
}
fn f_locals(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let f = fr_get(&args)?;
    let l = f.locals.borrow().clone();
    Ok(if l.is_null() { new_dict() } else { l })
}
fn f_back(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(fr_get(&args)?.back.borrow().clone())
}
fn f_trace(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(fr_get(&args)?.trace.borrow().clone())
}
fn set_f_trace(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    *fr_get(&args)?.trace.borrow_mut() = v;
    Ok(Value::None)
}
fn f_trace_lines(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(fr_get(&args)?.trace_lines.get()))
}
fn set_f_trace_lines(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let on = bool_attr(ts, &args, "f_trace_lines")?;
    fr_get(&args)?.trace_lines.set(on);
    Ok(Value::None)
}
fn f_trace_opcodes(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(fr_get(&args)?.trace_opcodes.get()))
}
fn set_f_trace_opcodes(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let on = bool_attr(ts, &args, "f_trace_opcodes")?;
    fr_get(&args)?.trace_opcodes.set(on);
    Ok(Value::None)
}
fn bool_attr(_ts: &mut ThreadState, args: &Args, name: &str) -> PyResult<bool> {
    match args.pos.get(1) {
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(type_error(format!("attribute value type must be bool"))),
        None => Err(attribute_error(format!("cannot delete {name}"))),
    }
}
fn f_builtins(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(ts.interp.builtins_dict.clone()))
}

pub fn init() {
    let t = types();
    super::types::TypeBuilder::new(&t.traceback, "traceback")
        .getter("tb_frame", tb_frame)
        .getter("tb_lineno", tb_lineno)
        .getter("tb_lasti", tb_lasti)
        .getter("tb_next", tb_next);
    super::types::TypeBuilder::new(&t.frame, "frame")
        .getter("f_code", f_code)
        .getter("f_lineno", f_lineno)
        .getter("f_globals", f_globals)
        .getter("f_locals", f_locals)
        .getter("f_back", f_back)
        .getter("f_builtins", f_builtins)
        .getset("f_trace", f_trace, Some(set_f_trace))
        .getset("f_trace_lines", f_trace_lines, Some(set_f_trace_lines))
        .getset("f_trace_opcodes", f_trace_opcodes, Some(set_f_trace_opcodes));
}
