//! `str`: the methods Python sees, with CPython 3.11's semantics and error
//! messages; `repr`/`ascii`; `str % args` (also used by `bytes % args`);
//! and `str.format`.
//!
//! Indices are code points. A `PyStr` is UTF-8 with an ASCII flag: for an
//! ASCII string byte offsets are code-point indices; otherwise a method
//! turns its code-point range into a byte range once (`byte_range`) and
//! then works on the `&str` slice.
//!
//! Character classes (`isalpha`, `isprintable`, `isidentifier`, ...) follow
//! CPython 3.11's Unicode 14.0 database through the range tables in
//! `tables` at the end of the file. Case mappings come from Rust's `char`
//! methods, plus the titlecase and case-folding exceptions in `unicode`.
//!
//! A Rust `String` cannot hold lone surrogates, so `'\ud800'`-style
//! strings, the `surrogateescape`/`surrogatepass` error handlers and `%c`
//! of a surrogate are not supported (they raise instead).

use crate::objects::function::Args;
use crate::objects::int::{int_of, is_int, num_of, to_bigint, Num};
use crate::objects::iter::IterState;
use crate::objects::str::PyStr;
use crate::objects::typeobj::{flags, is_subtype, tdata};
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::errors::*;
use crate::vm::iterops::{char_str, collect, new_iter};
use crate::vm::ops::*;
use crate::vm::types::{types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use pyfmt::{Count, PercentPiece, PercentSpec};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::rc::Rc;

pub use unicode::{is_printable, is_space};

// ---- argument checking (shared with bytes.rs) ----------------------------
//
// CPython's methods check their arguments in one of four styles, each with
// its own wording; `args.pos[0]` is always `self` and is not counted.

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub(crate) fn reject_kw(args: &Args, qualname: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(type_error(format!("{}() takes no keyword arguments", qualname)));
    }
    Ok(())
}

/// METH_NOARGS: "str.upper() takes no arguments (1 given)".
pub(crate) fn no_args(args: &Args, qualname: &str) -> PyResult<()> {
    reject_kw(args, qualname)?;
    let n = args.pos.len().saturating_sub(1);
    if n != 0 {
        return Err(type_error(format!("{}() takes no arguments ({} given)", qualname, n)));
    }
    Ok(())
}

/// METH_O: "str.join() takes exactly one argument (0 given)".
pub(crate) fn one_arg<'a>(args: &Args<'a>, qualname: &str) -> PyResult<&'a Value> {
    reject_kw(args, qualname)?;
    let n = args.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!("{}() takes exactly one argument ({} given)", qualname, n)));
    }
    Ok(&args.pos[1])
}

/// Argument Clinic's count check: "center expected at least 1 argument, got 0".
pub(crate) fn check_count(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&n) {
        return Ok(());
    }
    Err(type_error(if min == max {
        format!("{} expected {} argument{}, got {}", name, min, plural(min), n)
    } else if n < min {
        format!("{} expected at least {} argument{}, got {}", name, min, plural(min), n)
    } else {
        format!("{} expected at most {} argument{}, got {}", name, max, plural(max), n)
    }))
}

/// Positional-only arguments checked as Argument Clinic does.
pub(crate) fn clinic_args<'a>(args: &Args<'a>, qualname: &str, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    reject_kw(args, qualname)?;
    let rest = args.pos.get(1..).unwrap_or(&[]);
    check_count(name, rest.len(), min, max)?;
    Ok(rest)
}

/// Positional-only arguments checked as PyArg_ParseTuple does:
/// "find() takes at least 1 argument (0 given)".
pub(crate) fn tuple_args<'a>(args: &Args<'a>, qualname: &str, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    reject_kw(args, qualname)?;
    let rest = args.pos.get(1..).unwrap_or(&[]);
    let n = rest.len();
    if n < min {
        return Err(type_error(format!("{}() takes at least {} argument{} ({} given)", name, min, plural(min), n)));
    }
    if n > max {
        return Err(type_error(format!("{}() takes at most {} argument{} ({} given)", name, max, plural(max), n)));
    }
    Ok(rest)
}

/// Arguments after `self` that may be given by keyword (Argument Clinic):
/// one slot per name, `None` when absent.
pub(crate) fn kw_args(args: &Args, name: &str, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    bind_params(name, args.pos.get(1..).unwrap_or(&[]), args, names, required)
}

/// Bind `pos` and the keywords of `args` to `names`, with Argument Clinic's messages.
pub(crate) fn bind_params(name: &str, pos: &[Value], args: &Args, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    if pos.len() > names.len() {
        return Err(type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            names.len(),
            plural(names.len()),
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        let k = as_str(k).map(|s| s.as_str()).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!("argument for {}() given by name ('{}') and position ({})", name, k, i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k, name))),
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!("{}() missing required argument '{}' (pos {})", name, n, i + 1)));
        }
    }
    Ok(out)
}

/// An optional str argument: "encode() argument 'errors' must be str, not int".
pub(crate) fn opt_str_arg<'a>(v: &'a Option<Value>, fname: &str, pname: &str) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => as_str(v)
            .map(|s| Some(s.as_str()))
            .ok_or_else(|| type_error(format!("{}() argument '{}' must be str, not {}", fname, pname, type_name(v)))),
    }
}

/// An int or an object with `__index__`.
pub(crate) fn is_index(v: &Value) -> bool {
    is_int(v) || type_lookup_str(type_ref(v), "__index__").is_some()
}

/// A start/end argument of find, count, startswith, ... (CPython's
/// _PyEval_SliceIndex): None means absent, and huge values clamp.
pub(crate) fn slice_index(ts: &mut ThreadState, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    if !is_index(v) {
        return Err(type_error("slice indices must be integers or None or have an __index__ method"));
    }
    match index_value(ts, v) {
        Ok(i) => Ok(Some(i)),
        Err(e) if e.matches(&types().overflow_error) => {
            let neg = to_bigint(v).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
            Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }))
        }
        Err(e) => Err(e),
    }
}

/// CPython's ADJUST_INDICES: negative values count from the end, `end` is
/// clamped to `len`, but `start` may stay past it (so `'abc'.find('', 4)`
/// is -1 while `'abc'.find('', 3)` is 3).
pub(crate) fn adjust_indices(ts: &mut ThreadState, start: Option<&Value>, end: Option<&Value>, len: usize) -> PyResult<(i64, i64)> {
    let n = len as i64;
    let mut s = slice_index(ts, start)?.unwrap_or(0);
    let mut e = slice_index(ts, end)?.unwrap_or(n);
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    Ok((s, e))
}

/// The repeat count of `seq * n`.
pub(crate) fn repeat_count(ts: &mut ThreadState, n: &Value) -> PyResult<usize> {
    match index_value(ts, n) {
        Ok(i) => Ok(i.max(0) as usize),
        Err(e) if e.matches(&types().overflow_error) => {
            Err(overflow_error(format!("cannot fit '{}' into an index-sized integer", type_name(n))))
        }
        Err(e) => Err(e),
    }
}

/// Whether a sequence operator should return NotImplemented so that a
/// Python class's reflected method (`__radd__`, `__rmul__`) gets its turn:
/// CPython tries the number slots, which str and bytes lack, before the
/// sequence ones that raise.
pub(crate) fn defers_to(other: &Value, rname: &str) -> bool {
    let t = type_ref(other);
    tdata(t).has_flag(flags::HEAPTYPE)
        && matches!(type_lookup_str(t, rname), Some(Value::Obj(f)) if matches!(f.payload, Payload::Function(_)))
}

/// An empty string of capacity `cap`, or MemoryError.
pub(crate) fn alloc_string(cap: usize) -> PyResult<String> {
    if cap > isize::MAX as usize {
        return Err(overflow_error("repeated string is too long"));
    }
    let mut s = String::new();
    s.try_reserve_exact(cap).map_err(|_| PyErr::with_args(&types().memory_error, vec![]))?;
    Ok(s)
}

pub(crate) fn tuple_items(v: &Value) -> Option<&[Value]> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn not_implemented() -> Value {
    types().not_implemented.clone()
}

/// A pyfmt error as the Python exception CPython raises, naming `v`'s type.
pub(crate) fn fmt_error(e: pyfmt::FormatError, v: &Value) -> PyErr {
    let e = e.with_type_name(&type_name(v));
    match e.kind() {
        pyfmt::ErrorKind::OverflowError => overflow_error(e.to_string()),
        pyfmt::ErrorKind::ValueError => value_error(e.to_string()),
    }
}

// ---- self and results -----------------------------------------------------

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    let Some(v) = args.pos.first() else {
        return Err(type_error(format!("unbound method str.{}() needs an argument", name)));
    };
    as_str(v).ok_or_else(|| {
        type_error(format!("descriptor '{}' for 'str' objects doesn't apply to a '{}' object", name, type_name(v)))
    })
}

/// A str argument: "{what}must be str, not int".
fn str_param<'a>(v: &'a Value, what: &str) -> PyResult<&'a PyStr> {
    as_str(v).ok_or_else(|| type_error(format!("{}must be str, not {}", what, type_name(v))))
}

fn is_exact_str(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if Rc::ptr_eq(o.ty(), &types().str))
}

/// `self` as an exact str: itself when it is one (CPython returns self
/// from methods that change nothing), else a copy.
fn self_str(args: &Args) -> Value {
    let v = &args.pos[0];
    if is_exact_str(v) {
        return v.clone();
    }
    new_str(as_str(v).map(|s| s.as_str()).unwrap_or(""))
}

/// `new`, a slice or padding of `self`'s text: `self` itself when nothing changed.
fn same_or_new(args: &Args, old: &str, new: &str) -> Value {
    if new.len() == old.len() {
        self_str(args)
    } else {
        new_str(new)
    }
}

/// Byte offsets of the code points [start, end) of `s` (start <= end <= char_len).
fn byte_range(s: &PyStr, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        return (start, end);
    }
    let text = s.as_str();
    let a = s.byte_offset(start);
    let b = match text[a..].char_indices().nth(end - start) {
        Some((i, _)) => a + i,
        None => text.len(),
    };
    (a, b)
}

fn char_count(text: &str, ascii: bool) -> usize {
    if ascii {
        text.len()
    } else {
        text.chars().count()
    }
}

// ---- repr and ascii --------------------------------------------------------

/// `repr(s)` exactly as CPython's unicode_repr writes it: single quotes
/// unless the text has a `'` and no `"`; `\\`, `\t`, `\n`, `\r` and the
/// quote escaped; other non-printable characters as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN` (printable non-ASCII text stays as it is).
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if !c.is_ascii() && is_printable(c) => out.push(c),
            c => push_escaped(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// What `ascii()` makes of a repr: every non-ASCII character escaped.
pub fn ascii_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escaped(&mut out, c);
        }
    }
    out
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, the shortest that fits.
pub(crate) fn push_escaped(out: &mut String, c: char) {
    use std::fmt::Write;
    let cp = c as u32;
    let _ = if cp < 0x100 {
        write!(out, "\\x{:02x}", cp)
    } else if cp < 0x10000 {
        write!(out, "\\u{:04x}", cp)
    } else {
        write!(out, "\\U{:08x}", cp)
    };
}

// ---- construction and the protocols ----------------------------------------

/// A str object of class `cls` (str or a subclass).
fn wrap_str(cls: &PyRef, text: String) -> Value {
    if Rc::ptr_eq(cls, &types().str) {
        return new_str(text);
    }
    let payload = Payload::Str(PyStr::new(text));
    let td = tdata(cls);
    if td.has_flag(flags::HAS_DICT) || td.has_flag(flags::HAS_SLOTS) {
        Value::Obj(PyObject::with_dict(cls.clone(), payload, new_dict_obj()))
    } else {
        Value::Obj(PyObject::new(cls.clone(), payload))
    }
}

/// `str(object='')` / `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(v) => as_type(v).cloned().ok_or_else(|| {
            type_error(format!("str.__new__(X): X is not a type object ({})", type_name(v)))
        })?,
        None => return Err(type_error("str.__new__(): not enough arguments")),
    };
    if !is_subtype(&cls, &types().str) {
        let n = tdata(&cls).name();
        return Err(type_error(format!("str.__new__({}): {} is not a subtype of str", n, n)));
    }
    let a = kw_args(&args, "str", &["object", "encoding", "errors"], 0)?;
    let text = if a[1].is_none() && a[2].is_none() {
        match &a[0] {
            None => String::new(),
            Some(v) if is_exact_str(v) && Rc::ptr_eq(&cls, &types().str) => return Ok(v.clone()),
            Some(v) => str_of(ts, v)?,
        }
    } else {
        let encoding = opt_str_arg(&a[1], "str", "encoding")?.unwrap_or("utf-8");
        let errors = opt_str_arg(&a[2], "str", "errors")?.unwrap_or("strict");
        match &a[0] {
            None => String::new(),
            Some(v) if as_str(v).is_some() => return Err(type_error("decoding str is not supported")),
            Some(v) => match crate::objects::bytes::buffer(v) {
                Some(data) => crate::objects::bytes::decode_bytes(&data, encoding, errors)?,
                None => {
                    return Err(type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        type_name(v)
                    )))
                }
            },
        }
    };
    Ok(wrap_str(&cls, text))
}

fn str_len(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__len__")?;
    no_args(&args, "str.__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_getitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__getitem__")?;
    let key = one_arg(&args, "str.__getitem__")?;
    if is_slice(key) {
        let (start, _, step, n) = slice_indices(ts, key, s.char_len())?;
        return Ok(slice_str(&args, s, start, step, n));
    }
    if !is_index(key) {
        return Err(type_error(format!("string indices must be integers, not '{}'", type_name(key))));
    }
    let i = match index_value(ts, key) {
        Ok(i) => i,
        Err(e) if e.matches(&types().overflow_error) => {
            return Err(index_error(format!("cannot fit '{}' into an index-sized integer", type_name(key))))
        }
        Err(e) => return Err(e),
    };
    let n = s.char_len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("string index out of range"));
    }
    Ok(char_str(s.char_at(j as usize)))
}

/// `s[start::step]` with `n` items, as resolved by slice_indices.
fn slice_str(args: &Args, s: &PyStr, start: i64, step: i64, n: usize) -> Value {
    if step == 1 {
        if n == s.char_len() {
            return self_str(args);
        }
        return new_str(s.slice_chars(start as usize, start as usize + n));
    }
    let pick = |k: usize| (start + k as i64 * step) as usize;
    let out: String = if s.is_ascii() {
        let b = s.as_str().as_bytes();
        (0..n).map(|k| b[pick(k)] as char).collect()
    } else {
        let chars: Vec<char> = s.as_str().chars().collect();
        (0..n).map(|k| chars[pick(k)]).collect()
    };
    new_str(out)
}

fn str_contains(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__contains__")?;
    let item = one_arg(&args, "str.__contains__")?;
    let sub = as_str(item).ok_or_else(|| {
        type_error(format!("'in <string>' requires string as left operand, not {}", type_name(item)))
    })?;
    Ok(Value::Bool(s.as_str().contains(sub.as_str())))
}

fn str_add(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__add__")?;
    let other = one_arg(&args, "str.__add__")?;
    let Some(o) = as_str(other) else {
        if defers_to(other, "__radd__") {
            return Ok(not_implemented());
        }
        return Err(type_error(format!("can only concatenate str (not \"{}\") to str", type_name(other))));
    };
    if o.as_str().is_empty() {
        return Ok(self_str(&args));
    }
    if s.as_str().is_empty() && is_exact_str(other) {
        return Ok(other.clone());
    }
    let mut out = alloc_string(s.as_str().len() + o.as_str().len())?;
    out.push_str(s.as_str());
    out.push_str(o.as_str());
    Ok(new_str(out))
}

/// `s * n` and `n * s`.
fn str_mul(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__mul__")?;
    let n = one_arg(&args, "str.__mul__")?;
    if !is_index(n) {
        if defers_to(n, "__rmul__") {
            return Ok(not_implemented());
        }
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(n))));
    }
    let count = repeat_count(ts, n)?;
    if count == 1 {
        return Ok(self_str(&args));
    }
    let text = s.as_str();
    let total = text.len().checked_mul(count).ok_or_else(|| overflow_error("repeated string is too long"))?;
    let mut out = alloc_string(total)?;
    for _ in 0..count {
        out.push_str(text);
    }
    Ok(new_str(out))
}

fn str_mod(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__mod__")?;
    let other = one_arg(&args, "str.__mod__")?;
    percent_format(ts, s.as_str(), other)
}

fn str_rmod(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    this(&args, "__rmod__")?;
    one_arg(&args, "str.__rmod__")?;
    Ok(not_implemented())
}

/// The rich comparisons: code-point order, which UTF-8 byte order preserves.
fn compare(args: &Args, name: &str, test: fn(Ordering) -> bool) -> PyResult<Value> {
    let s = this(args, name)?;
    let other = one_arg(args, name)?;
    Ok(match as_str(other) {
        Some(o) => Value::Bool(test(s.as_str().cmp(o.as_str()))),
        None => not_implemented(),
    })
}

fn str_eq(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    compare(&args, "__eq__", Ordering::is_eq)
}

fn str_ne(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    compare(&args, "__ne__", Ordering::is_ne)
}

fn str_lt(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    compare(&args, "__lt__", Ordering::is_lt)
}

fn str_le(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    compare(&args, "__le__", Ordering::is_le)
}

fn str_gt(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    compare(&args, "__gt__", Ordering::is_gt)
}

fn str_ge(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    compare(&args, "__ge__", Ordering::is_ge)
}

fn str_hash(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__hash__")?;
    no_args(&args, "str.__hash__")?;
    Ok(Value::Int(s.hash()))
}

fn str_repr(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__repr__")?;
    no_args(&args, "str.__repr__")?;
    Ok(new_str(repr_str(s.as_str())))
}

fn str_str(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    this(&args, "__str__")?;
    no_args(&args, "str.__str__")?;
    Ok(self_str(&args))
}

/// `format(s, spec)`: the empty spec gives `str(s)`.
fn str_format_spec(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__format__")?;
    let spec = one_arg(&args, "str.__format__")?;
    let spec = as_str(spec)
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", type_name(spec))))?;
    if spec.as_str().is_empty() {
        return Ok(self_str(&args));
    }
    let me = &args.pos[0];
    let parsed = pyfmt::parse_format_spec(spec.as_str()).map_err(|e| fmt_error(e, me))?;
    let out = pyfmt::format_str(s.as_str(), &parsed).map_err(|e| fmt_error(e, me))?;
    Ok(new_str(out))
}

fn str_iter(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    this(&args, "__iter__")?;
    no_args(&args, "str.__iter__")?;
    let Value::Obj(o) = &args.pos[0] else { unreachable!("this() checked self") };
    Ok(new_iter(&types().str_iterator, IterState::Str { s: o.clone(), byte_pos: 0 }))
}

fn str_getnewargs(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__getnewargs__")?;
    no_args(&args, "str.__getnewargs__")?;
    Ok(new_tuple(vec![new_str(s.as_str())]))
}

// ---- searching ----------------------------------------------------------------

/// Code-point index of `sub` in `s[start:end]`, its first or last occurrence.
fn find_in(s: &PyStr, sub: &PyStr, start: i64, end: i64, last: bool) -> Option<usize> {
    if end - start < sub.char_len() as i64 {
        return None;
    }
    let (a, b) = byte_range(s, start as usize, end as usize);
    let window = &s.as_str()[a..b];
    let hit = if last { window.rfind(sub.as_str()) } else { window.find(sub.as_str()) }?;
    Some(start as usize + char_count(&window[..hit], s.is_ascii()))
}

/// `(self, sub, start, end)` for find, rfind, index, rindex and count.
fn find_args<'a>(ts: &mut ThreadState, args: &Args<'a>, name: &str) -> PyResult<(&'a PyStr, &'a PyStr, i64, i64)> {
    let s = this(args, name)?;
    let p = tuple_args(args, &format!("str.{}", name), name, 1, 3)?;
    let sub = str_param(&p[0], "")?;
    let (start, end) = adjust_indices(ts, p.get(1), p.get(2), s.char_len())?;
    Ok((s, sub, start, end))
}

fn found(i: Option<usize>) -> Value {
    Value::Int(i.map_or(-1, |i| i as i64))
}

fn str_find(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(ts, &args, "find")?;
    Ok(found(find_in(s, sub, start, end, false)))
}

fn str_rfind(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(ts, &args, "rfind")?;
    Ok(found(find_in(s, sub, start, end, true)))
}

fn str_index(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(ts, &args, "index")?;
    let i = find_in(s, sub, start, end, false).ok_or_else(|| value_error("substring not found"))?;
    Ok(Value::Int(i as i64))
}

fn str_rindex(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(ts, &args, "rindex")?;
    let i = find_in(s, sub, start, end, true).ok_or_else(|| value_error("substring not found"))?;
    Ok(Value::Int(i as i64))
}

fn str_count(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(ts, &args, "count")?;
    let n = if sub.char_len() == 0 {
        // '' occurs before every code point of the window and at its end.
        if end < start {
            0
        } else {
            (end - start + 1) as usize
        }
    } else if end - start < sub.char_len() as i64 {
        0
    } else {
        let (a, b) = byte_range(s, start as usize, end as usize);
        s.as_str()[a..b].matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

/// startswith/endswith: a str or a tuple of str, within `[start:end]`.
fn affix_match(ts: &mut ThreadState, args: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    let p = tuple_args(args, &format!("str.{}", name), name, 1, 3)?;
    let (start, end) = adjust_indices(ts, p.get(1), p.get(2), s.char_len())?;
    let matches = |affix: &PyStr| {
        // A window shorter than the affix (or a start past the end) never matches.
        if end - start < affix.char_len() as i64 {
            return false;
        }
        let (a, b) = byte_range(s, start as usize, end as usize);
        let window = &s.as_str()[a..b];
        if at_end {
            window.ends_with(affix.as_str())
        } else {
            window.starts_with(affix.as_str())
        }
    };
    if let Some(affix) = as_str(&p[0]) {
        return Ok(Value::Bool(matches(affix)));
    }
    let Some(items) = tuple_items(&p[0]) else {
        return Err(type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            type_name(&p[0])
        )));
    };
    for item in items {
        let Some(affix) = as_str(item) else {
            return Err(type_error(format!("tuple for {} must only contain str, not {}", name, type_name(item))));
        };
        if matches(affix) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    affix_match(ts, &args, "startswith", false)
}

fn str_endswith(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    affix_match(ts, &args, "endswith", true)
}

// ---- splitting and joining ---------------------------------------------------

fn str_list(parts: Vec<&str>) -> Value {
    new_list(parts.into_iter().map(new_str).collect())
}

/// split(sep=None, maxsplit=-1) and rsplit.
fn split_impl(ts: &mut ThreadState, args: &Args, name: &str, from_right: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    let a = kw_args(args, name, &["sep", "maxsplit"], 0)?;
    let maxsplit = match &a[1] {
        Some(v) => index_value(ts, v)?,
        None => -1,
    };
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let text = s.as_str();
    let sep = match &a[0] {
        Some(v) if !v.is_none() => {
            Some(as_str(v).ok_or_else(|| type_error(format!("must be str or None, not {}", type_name(v))))?)
        }
        _ => None,
    };
    let parts = match sep {
        None => whitespace_split(text, max, from_right),
        Some(sep) if sep.as_str().is_empty() => return Err(value_error("empty separator")),
        Some(sep) if from_right => {
            let mut v: Vec<&str> = text.rsplitn(max.saturating_add(1), sep.as_str()).collect();
            v.reverse();
            v
        }
        Some(sep) => text.splitn(max.saturating_add(1), sep.as_str()).collect(),
    };
    Ok(str_list(parts))
}

/// `split()` with no separator (CPython's split_whitespace): runs of
/// whitespace separate words and whitespace at both ends is dropped; once
/// `max` splits are made, the rest of the text from its first non-space
/// is the last word, trailing whitespace included (`' a b  c  '.split(None,
/// 1) == ['a', 'b  c  ']`). rsplit mirrors it from the right.
fn whitespace_split(text: &str, max: usize, from_right: bool) -> Vec<&str> {
    let mut out = Vec::new();
    if from_right {
        let mut rest = text.trim_end_matches(is_space);
        while !rest.is_empty() {
            if out.len() == max {
                out.push(rest);
                break;
            }
            match rest.char_indices().rev().find(|&(_, c)| is_space(c)) {
                Some((i, c)) => {
                    out.push(&rest[i + c.len_utf8()..]);
                    rest = rest[..i].trim_end_matches(is_space);
                }
                None => {
                    out.push(rest);
                    break;
                }
            }
        }
        out.reverse();
    } else {
        let mut rest = text.trim_start_matches(is_space);
        while !rest.is_empty() {
            if out.len() == max {
                out.push(rest);
                break;
            }
            match rest.find(is_space) {
                Some(i) => {
                    out.push(&rest[..i]);
                    rest = rest[i..].trim_start_matches(is_space);
                }
                None => {
                    out.push(rest);
                    break;
                }
            }
        }
    }
    out
}

fn str_split(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    split_impl(ts, &args, "split", false)
}

fn str_rsplit(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    split_impl(ts, &args, "rsplit", true)
}

/// The `keepends` flag of splitlines (an int, as CPython converts it).
pub(crate) fn keepends_arg(ts: &mut ThreadState, v: &Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) if is_index(v) => Ok(index_value(ts, v).map_or(true, |i| i != 0)),
        Some(v) => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))),
    }
}

fn str_splitlines(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "splitlines")?;
    let a = kw_args(&args, "splitlines", &["keepends"], 0)?;
    let keep = keepends_arg(ts, &a[0])?;
    Ok(str_list(split_lines(s.as_str(), keep)))
}

/// The lines of `text`. A line ends at `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`, `\x1d`, `\x1e`, `\x85`, U+2028 or U+2029; a final line break
/// does not start an empty last line.
fn split_lines(text: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !unicode::is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some(&(_, '\n'))) {
            it.next();
            end += 1;
        }
        out.push(&text[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn partition_impl(args: &Args, name: &str, last: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    let sep_v = one_arg(args, &format!("str.{}", name))?;
    let sep = str_param(sep_v, "")?.as_str();
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let text = s.as_str();
    let hit = if last { text.rfind(sep) } else { text.find(sep) };
    let empty = || new_str("");
    Ok(new_tuple(match hit {
        Some(i) => vec![new_str(&text[..i]), sep_v.clone(), new_str(&text[i + sep.len()..])],
        None if last => vec![empty(), empty(), self_str(args)],
        None => vec![self_str(args), empty(), empty()],
    }))
}

fn str_partition(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    partition_impl(&args, "partition", false)
}

fn str_rpartition(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    partition_impl(&args, "rpartition", true)
}

fn str_join(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "join")?;
    let iterable = one_arg(&args, "str.join")?;
    let items = collect(ts, iterable)?;
    let mut total = 0;
    for (i, item) in items.iter().enumerate() {
        match as_str(item) {
            Some(x) => total += x.as_str().len(),
            None => {
                return Err(type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    type_name(item)
                )))
            }
        }
    }
    if items.len() == 1 && is_exact_str(&items[0]) {
        return Ok(items[0].clone());
    }
    let sep = s.as_str();
    let mut out = alloc_string(total + sep.len() * items.len().saturating_sub(1))?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(item).map_or("", |x| x.as_str()));
    }
    Ok(new_str(out))
}

// ---- transforming --------------------------------------------------------------

fn str_replace(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "replace")?;
    let p = clinic_args(&args, "str.replace", "replace", 2, 3)?;
    let old = str_param(&p[0], "replace() argument 1 ")?.as_str();
    let new = str_param(&p[1], "replace() argument 2 ")?.as_str();
    let count = match p.get(2) {
        Some(v) => index_value(ts, v)?,
        None => -1,
    };
    let max = if count < 0 { usize::MAX } else { count as usize };
    let text = s.as_str();
    if max == 0 || (!old.is_empty() && !text.contains(old)) {
        return Ok(self_str(&args));
    }
    if old.is_empty() {
        return Ok(new_str(insert_between(text, new, max)?));
    }
    Ok(new_str(if max == usize::MAX { text.replace(old, new) } else { text.replacen(old, new, max) }))
}

/// `text.replace('', new, max)`: '' matches before each code point and at
/// the end, so `'abc'.replace('', '-') == '-a-b-c-'`.
fn insert_between(text: &str, new: &str, max: usize) -> PyResult<String> {
    let slots = text.chars().count() + 1;
    let mut out = alloc_string(text.len() + new.len().saturating_mul(slots.min(max)))?;
    let mut done = 0;
    for c in text.chars() {
        if done < max {
            out.push_str(new);
            done += 1;
        }
        out.push(c);
    }
    if done < max {
        out.push_str(new);
    }
    Ok(out)
}

fn strip_impl(args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    let p = clinic_args(args, &format!("str.{}", name), name, 0, 1)?;
    let text = s.as_str();
    let out = match p.first() {
        Some(v) if !v.is_none() => {
            let chars = as_str(v).ok_or_else(|| type_error(format!("{} arg must be None or str", name)))?.as_str();
            trim(text, left, right, |c| chars.contains(c))
        }
        _ => trim(text, left, right, is_space),
    };
    Ok(same_or_new(args, text, out))
}

fn trim(text: &str, left: bool, right: bool, strip: impl Fn(char) -> bool) -> &str {
    let t = if left { text.trim_start_matches(|c| strip(c)) } else { text };
    if right {
        t.trim_end_matches(|c| strip(c))
    } else {
        t
    }
}

fn str_strip(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    strip_impl(&args, "strip", true, true)
}

fn str_lstrip(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    strip_impl(&args, "lstrip", true, false)
}

fn str_rstrip(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    strip_impl(&args, "rstrip", false, true)
}

fn affix_remove(args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    let a = one_arg(args, &format!("str.{}", name))?;
    let affix = as_str(a)
        .ok_or_else(|| type_error(format!("{}() argument must be str, not {}", name, type_name(a))))?
        .as_str();
    let text = s.as_str();
    let out = if suffix { text.strip_suffix(affix) } else { text.strip_prefix(affix) };
    Ok(same_or_new(args, text, out.unwrap_or(text)))
}

fn str_removeprefix(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    affix_remove(&args, "removeprefix", false)
}

fn str_removesuffix(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    affix_remove(&args, "removesuffix", true)
}

/// `(self, width, fillchar)` of center, ljust and rjust.
fn pad_args<'a>(ts: &mut ThreadState, args: &Args<'a>, name: &str) -> PyResult<(&'a PyStr, usize, char)> {
    let s = this(args, name)?;
    let p = clinic_args(args, &format!("str.{}", name), name, 1, 2)?;
    let width = index_value(ts, &p[0])?;
    let fill = match p.get(1) {
        None => ' ',
        Some(v) => {
            let f = as_str(v).ok_or_else(|| {
                type_error(format!("The fill character must be a unicode character, not {}", type_name(v)))
            })?;
            let mut cs = f.as_str().chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(type_error("The fill character must be exactly one character long")),
            }
        }
    };
    Ok((s, width.max(0) as usize, fill))
}

/// `text` with `left` and `right` copies of `fill` around it.
fn pad(text: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let mut out = alloc_string(text.len() + (left + right) * fill.len_utf8())?;
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(text);
    out.extend(std::iter::repeat(fill).take(right));
    Ok(new_str(out))
}

fn str_center(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(ts, &args, "center")?;
    if width <= s.char_len() {
        return Ok(self_str(&args));
    }
    let margin = width - s.char_len();
    // CPython's rounding: the odd space goes left when the width is odd too.
    let left = margin / 2 + (margin & width & 1);
    pad(s.as_str(), left, margin - left, fill)
}

fn str_ljust(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(ts, &args, "ljust")?;
    if width <= s.char_len() {
        return Ok(self_str(&args));
    }
    pad(s.as_str(), 0, width - s.char_len(), fill)
}

fn str_rjust(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(ts, &args, "rjust")?;
    if width <= s.char_len() {
        return Ok(self_str(&args));
    }
    pad(s.as_str(), width - s.char_len(), 0, fill)
}

/// zfill: zeros go after a leading sign (`'-12'.zfill(5) == '-0012'`).
fn str_zfill(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "zfill")?;
    let width = index_value(ts, one_arg(&args, "str.zfill")?)?;
    let n = s.char_len();
    if width <= n as i64 {
        return Ok(self_str(&args));
    }
    let zeros = width as usize - n;
    let text = s.as_str();
    let (sign, digits) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    let mut out = alloc_string(text.len() + zeros)?;
    out.push_str(sign);
    out.extend(std::iter::repeat('0').take(zeros));
    out.push_str(digits);
    Ok(new_str(out))
}

/// expandtabs: a tab moves to the next multiple of `tabsize` columns; only
/// `\n` and `\r` reset the column. A tabsize <= 0 removes tabs.
fn str_expandtabs(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "expandtabs")?;
    let a = kw_args(&args, "expandtabs", &["tabsize"], 0)?;
    let tabsize = match &a[0] {
        Some(v) => index_value(ts, v)?,
        None => 8,
    };
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(self_str(&args));
    }
    let tab = tabsize.max(0) as usize;
    // First pass: the result's length, so a huge tabsize fails cleanly.
    let (mut col, mut len) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '\t' if tab > 0 => {
                let n = tab - col % tab;
                col += n;
                len = len.checked_add(n).ok_or_else(|| overflow_error("result too long"))?;
            }
            '\t' => {}
            '\n' | '\r' => {
                col = 0;
                len += 1;
            }
            c => {
                col += 1;
                len += c.len_utf8();
            }
        }
    }
    let mut out = alloc_string(len)?;
    col = 0;
    for c in text.chars() {
        match c {
            '\t' if tab > 0 => {
                let n = tab - col % tab;
                out.extend(std::iter::repeat(' ').take(n));
                col += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

// ---- case ------------------------------------------------------------------------

fn str_lower(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "lower")?;
    no_args(&args, "str.lower")?;
    let t = s.as_str();
    // Rust's str::to_lowercase applies the final-sigma rule, as CPython does.
    Ok(new_str(if s.is_ascii() { t.to_ascii_lowercase() } else { t.to_lowercase() }))
}

fn str_upper(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "upper")?;
    no_args(&args, "str.upper")?;
    let t = s.as_str();
    Ok(new_str(if s.is_ascii() { t.to_ascii_uppercase() } else { t.to_uppercase() }))
}

fn str_casefold(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "casefold")?;
    no_args(&args, "str.casefold")?;
    if s.is_ascii() {
        return Ok(new_str(s.as_str().to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        unicode::push_casefold(c, &mut out);
    }
    Ok(new_str(out))
}

/// swapcase: uppercase letters to lowercase (in context, for final sigma),
/// lowercase letters to uppercase; titlecase letters stay.
fn str_swapcase(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "swapcase")?;
    no_args(&args, "str.swapcase")?;
    let text = s.as_str();
    if s.is_ascii() {
        let b: Vec<u8> = text.bytes().map(|c| if c.is_ascii_alphabetic() { c ^ 0x20 } else { c }).collect();
        return Ok(new_str(String::from_utf8(b).unwrap_or_default()));
    }
    let lowered = unicode::Lowered::new(text);
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if c.is_uppercase() {
            out.push_str(lowered.of(i));
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

/// title: a cased character that follows an uncased one is titlecased,
/// every other is lowercased (so `"they're".title() == "They'Re"`).
fn str_title(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "title")?;
    no_args(&args, "str.title")?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    let mut prev_cased = false;
    if s.is_ascii() {
        for c in text.chars() {
            out.push(if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() });
            prev_cased = c.is_ascii_alphabetic();
        }
        return Ok(new_str(out));
    }
    let lowered = unicode::Lowered::new(text);
    for (i, c) in text.chars().enumerate() {
        if prev_cased {
            out.push_str(lowered.of(i));
        } else {
            unicode::push_title(c, &mut out);
        }
        prev_cased = unicode::is_cased(c);
    }
    Ok(new_str(out))
}

/// capitalize (3.8+): the first character titlecased, the rest lowercased.
fn str_capitalize(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "capitalize")?;
    no_args(&args, "str.capitalize")?;
    let text = s.as_str();
    let Some(first) = text.chars().next() else { return Ok(self_str(&args)) };
    if s.is_ascii() {
        let mut out = text.to_ascii_lowercase();
        out[..1].make_ascii_uppercase();
        return Ok(new_str(out));
    }
    let lowered = unicode::Lowered::new(text);
    let mut out = String::with_capacity(text.len());
    unicode::push_title(first, &mut out);
    out.push_str(lowered.from(1));
    Ok(new_str(out))
}

// ---- predicates ---------------------------------------------------------------------

/// A non-empty string whose every character satisfies `pred`.
fn all_chars(args: &Args, name: &str, pred: fn(char) -> bool) -> PyResult<Value> {
    let s = this(args, name)?;
    no_args(args, &format!("str.{}", name))?;
    let t = s.as_str();
    Ok(Value::Bool(!t.is_empty() && t.chars().all(pred)))
}

fn str_isalpha(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    all_chars(&args, "isalpha", unicode::is_alpha)
}

fn str_isalnum(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    all_chars(&args, "isalnum", unicode::is_alnum)
}

fn str_isdecimal(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    all_chars(&args, "isdecimal", unicode::is_decimal)
}

fn str_isdigit(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    all_chars(&args, "isdigit", unicode::is_digit)
}

fn str_isnumeric(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    all_chars(&args, "isnumeric", unicode::is_numeric)
}

fn str_isspace(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    all_chars(&args, "isspace", is_space)
}

fn str_isascii(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "isascii")?;
    no_args(&args, "str.isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

fn str_isprintable(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "isprintable")?;
    no_args(&args, "str.isprintable")?;
    Ok(Value::Bool(s.as_str().chars().all(is_printable)))
}

fn str_isidentifier(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "isidentifier")?;
    no_args(&args, "str.isidentifier")?;
    Ok(Value::Bool(unicode::is_identifier(s.as_str())))
}

/// islower: at least one lowercase character and no uppercase or titlecase one.
fn str_islower(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "islower")?;
    no_args(&args, "str.islower")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_uppercase() || unicode::is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(Value::Bool(cased))
}

/// isupper: at least one uppercase character and no lowercase or titlecase one.
fn str_isupper(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "isupper")?;
    no_args(&args, "str.isupper")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_lowercase() || unicode::is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(Value::Bool(cased))
}

/// istitle: uppercase and titlecase characters only after uncased ones,
/// lowercase ones only after cased ones, and at least one cased character.
fn str_istitle(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "istitle")?;
    no_args(&args, "str.istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.as_str().chars() {
        if c.is_uppercase() || unicode::is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ---- translate and maketrans ------------------------------------------------------

/// translate(table): `table[ord(c)]` is a str, an int (a code point) or
/// None (delete); a LookupError keeps the character.
fn str_translate(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "translate")?;
    let table = one_arg(&args, "str.translate")?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    // Each distinct character is looked up once, as CPython caches them.
    let mut cache: HashMap<char, Option<Rc<str>>> = HashMap::new();
    for c in text.chars() {
        let mapped = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = translate_char(ts, table, c)?;
                cache.insert(c, m.clone());
                m
            }
        };
        if let Some(m) = mapped {
            out.push_str(&m);
        }
    }
    Ok(new_str(out))
}

fn translate_char(ts: &mut ThreadState, table: &Value, c: char) -> PyResult<Option<Rc<str>>> {
    let v = match getitem(ts, table, &Value::Int(c as i64)) {
        Ok(v) => v,
        Err(e) if e.matches(&types().lookup_error) => return Ok(Some(c.to_string().into())),
        Err(e) => return Err(e),
    };
    if v.is_none() {
        return Ok(None);
    }
    if let Some(s) = as_str(&v) {
        return Ok(Some(s.as_str().into()));
    }
    if is_int(&v) {
        let cp = index_value(ts, &v).unwrap_or(-1);
        return match u32::try_from(cp).ok().and_then(char::from_u32) {
            Some(m) => Ok(Some(m.to_string().into())),
            None => Err(value_error("character mapping must be in range(0x110000)")),
        };
    }
    Err(type_error("character mapping must return integer, None or str"))
}

/// str.maketrans(x[, y[, z]]) (a static method: no self).
fn str_maketrans(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    reject_kw(&args, "maketrans")?;
    let p = args.pos;
    check_count("maketrans", p.len(), 1, 3)?;
    let d = new_dict_obj();
    if p.len() == 1 {
        let items = match &p[0] {
            Value::Obj(o) => match &o.payload {
                Payload::Dict(t) => t.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect::<Vec<_>>(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        if !matches!(&p[0], Value::Obj(o) if matches!(o.payload, Payload::Dict(_))) {
            return Err(type_error("if you give only one argument to maketrans it must be a dict"));
        }
        for (k, v) in items {
            let key = match as_str(&k) {
                Some(ks) => {
                    let mut cs = ks.as_str().chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => return Err(value_error("string keys in translate table must be of length 1")),
                    }
                }
                None if is_int(&k) => k,
                None => return Err(type_error("keys in translate table must be strings or integers")),
            };
            crate::vm::dictops::dict_setitem(ts, &d, key, v)?;
        }
        return Ok(Value::Obj(d));
    }
    let to = as_str(&p[1])
        .ok_or_else(|| type_error(format!("maketrans() argument 2 must be str, not {}", type_name(&p[1]))))?;
    let delete = match p.get(2) {
        Some(z) => Some(
            as_str(z).ok_or_else(|| type_error(format!("maketrans() argument 3 must be str, not {}", type_name(z))))?,
        ),
        None => None,
    };
    let from = as_str(&p[0])
        .ok_or_else(|| type_error("first maketrans argument must be a string if there is a second argument"))?;
    if from.char_len() != to.char_len() {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in from.as_str().chars().zip(to.as_str().chars()) {
        crate::vm::dictops::dict_setitem(ts, &d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = delete {
        for c in z.as_str().chars() {
            crate::vm::dictops::dict_setitem(ts, &d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(d))
}

// ---- codecs ------------------------------------------------------------------------

/// The codecs pygil implements natively.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's codec error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Find a codec by name as `codecs.lookup` does: case and the spelling of
/// separators (`-`, `_`, space) do not matter, and the usual aliases work.
pub fn lookup_codec(name: &str) -> PyResult<Codec> {
    let norm: String =
        name.chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "iso_8859_1_1987" | "8859" | "cp819"
        | "ibm819" | "iso_ir_100" | "csisolatin1" => Ok(Codec::Latin1),
        _ => Err(lookup_error(format!("unknown encoding: {}", name))),
    }
}

/// A UnicodeEncodeError/UnicodeDecodeError with CPython's five arguments
/// (encoding, object, start, end, reason), also set as attributes; the
/// exception's `__str__` builds the message from them.
pub(crate) fn unicode_error(ty: &PyRef, encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let parts =
        [new_str(encoding), object, Value::Int(start as i64), Value::Int(end as i64), new_str(reason)];
    let e = PyErr::with_args(ty, parts.to_vec());
    for (name, v) in ["encoding", "object", "start", "end", "reason"].into_iter().zip(parts) {
        let _ = set_dict_item_str(&e.0, name, v);
    }
    e
}

pub(crate) fn unknown_handler(errors: &str) -> PyErr {
    lookup_error(format!("unknown error handler name '{}'", errors))
}

/// `s.encode(encoding, errors)`. UTF-8 cannot fail (pygil strings hold no
/// surrogates); for ASCII and Latin-1 a run of unencodable characters goes
/// to the error handler: strict, ignore, replace, backslashreplace or
/// xmlcharrefreplace.
pub fn encode_str(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u32 as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..].iter().take_while(|&&c| c as u32 >= limit).count();
        let bad = &chars[i..end];
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({})", limit);
                return Err(unicode_error(&types().unicode_encode_error, codec.name(), new_str(s), i, end, &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(bad.len())),
            "backslashreplace" => {
                let mut esc = String::new();
                for &c in bad {
                    push_escaped(&mut esc, c);
                }
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => {
                for &c in bad {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

fn str_encode(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "encode")?;
    let a = kw_args(&args, "encode", &["encoding", "errors"], 0)?;
    let encoding = opt_str_arg(&a[0], "encode", "encoding")?.unwrap_or("utf-8");
    let errors = opt_str_arg(&a[1], "encode", "errors")?.unwrap_or("strict");
    Ok(new_bytes(encode_str(s.as_str(), encoding, errors)?))
}

// ---- printf-style formatting --------------------------------------------------------

/// `fmt % args` for str.
pub fn percent_format(ts: &mut ThreadState, fmt: &str, args: &Value) -> PyResult<Value> {
    Ok(new_str(percent_core(ts, fmt, args, PercentMode::Str)?))
}

/// Whether `%` formats a str or a bytes template. bytes.rs passes its
/// template as Latin-1 text (one char per byte) and gets Latin-1 text back.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum PercentMode {
    Str,
    Bytes,
}

impl PercentMode {
    /// A `%(key)` as the mapping's key: str, or the bytes of a bytes template.
    fn key(self, key: &str) -> Value {
        match self {
            PercentMode::Str => new_str(key),
            PercentMode::Bytes => new_bytes(key.chars().map(|c| c as u32 as u8).collect()),
        }
    }
}

/// Where conversions take their arguments (CPython's getnextarg): the items
/// of a tuple, or a single non-tuple argument.
enum ArgSource {
    Tuple(Vec<Value>, usize),
    Single(Option<Value>),
}

impl ArgSource {
    fn next(&mut self) -> PyResult<Value> {
        let v = match self {
            ArgSource::Tuple(items, i) => {
                let v = items.get(*i).cloned();
                *i += v.is_some() as usize;
                v
            }
            ArgSource::Single(v) => v.take(),
        };
        v.ok_or_else(|| type_error("not enough arguments for format string"))
    }

    fn has_leftover(&self) -> bool {
        match self {
            ArgSource::Tuple(items, i) => *i < items.len(),
            ArgSource::Single(v) => v.is_some(),
        }
    }
}

/// The `%` engine (CPython's PyUnicode_Format and _PyBytes_FormatEx). The
/// arguments are a tuple, a mapping for `%(key)` conversions (anything with
/// `__getitem__` that is not a tuple or a str/bytes of the template's own
/// kind; it then also counts as a single argument), or a single value.
/// pyfmt parses the template lazily so that errors come in CPython's order.
pub(crate) fn percent_core(ts: &mut ThreadState, fmt: &str, args: &Value, mode: PercentMode) -> PyResult<String> {
    let items = tuple_items(args);
    let own_kind = match mode {
        PercentMode::Str => as_str(args).is_some(),
        PercentMode::Bytes => matches!(args, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_))),
    };
    let dict = if items.is_none() && !own_kind && type_lookup_str(type_ref(args), "__getitem__").is_some() {
        Some(args.clone())
    } else {
        None
    };
    let mut source = match items {
        Some(t) => ArgSource::Tuple(t.to_vec(), 0),
        None => ArgSource::Single(Some(args.clone())),
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pieces = pyfmt::percent_pieces(fmt);
    while let Some(piece) = pieces.next() {
        match piece {
            Ok(PercentPiece::Literal(s)) => out.push_str(s),
            Ok(PercentPiece::Spec(spec)) => {
                if let Some(key) = &spec.key {
                    // A keyed conversion takes its value (and any `*`) from the mapping.
                    let d = dict.as_ref().ok_or_else(|| type_error("format requires a mapping"))?;
                    source = ArgSource::Single(Some(getitem(ts, d, &mode.key(key))?));
                }
                convert_one(ts, &spec, &mut source, mode, &mut out)?;
            }
            Err(e) => {
                // Replay what CPython did on this conversion before it failed.
                let ctx = pieces.error_context().clone();
                if ctx.key_opened && dict.is_none() {
                    return Err(type_error("format requires a mapping"));
                }
                if let (Some(key), Some(d)) = (&ctx.key, &dict) {
                    source = ArgSource::Single(Some(getitem(ts, d, &mode.key(key))?));
                }
                for _ in 0..ctx.stars {
                    star_arg(ts, &mut source, false)?;
                }
                return Err(value_error(e.to_string()));
            }
        }
    }
    if dict.is_none() && source.has_leftover() {
        let kind = if mode == PercentMode::Str { "string" } else { "bytes" };
        return Err(type_error(format!("not all arguments converted during {} formatting", kind)));
    }
    Ok(out)
}

/// A `*` width or precision.
fn star_arg(ts: &mut ThreadState, source: &mut ArgSource, precision: bool) -> PyResult<i64> {
    let v = source.next()?;
    if !is_int(&v) {
        return Err(type_error("* wants int"));
    }
    let n = index_value(ts, &v)?;
    if precision && i32::try_from(n).is_err() {
        return Err(overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

/// One `%` conversion: resolve `*`s, fetch the argument, check the letter
/// (only now, as CPython does), then format.
fn convert_one(ts: &mut ThreadState, spec: &PercentSpec, source: &mut ArgSource, mode: PercentMode, out: &mut String) -> PyResult<()> {
    let mut spec = Cow::Borrowed(spec);
    let width = match spec.width {
        Some(Count::Star) => {
            let w = star_arg(ts, source, false)?;
            if w < 0 {
                // A negative `*` width left-justifies.
                spec.to_mut().flags.minus = true;
            }
            Some(w.unsigned_abs() as usize)
        }
        Some(Count::N(n)) => Some(n),
        None => None,
    };
    let precision = match spec.precision {
        Some(Count::Star) => Some(star_arg(ts, source, true)?.max(0) as usize),
        Some(Count::N(n)) => Some(n),
        None => None,
    };
    let v = source.next()?;
    if mode == PercentMode::Bytes && spec.conv == 'b' {
        spec.to_mut().conv = 's';
    }
    spec.check_conv().map_err(|e| value_error(e.to_string()))?;
    let text = match spec.conv {
        's' => match mode {
            PercentMode::Str => str_of(ts, &v)?,
            PercentMode::Bytes => bytes_arg_text(ts, &v)?,
        },
        'r' if mode == PercentMode::Str => repr(ts, &v)?,
        'r' | 'a' => ascii_str(&repr(ts, &v)?),
        'c' => percent_char(ts, &v, mode)?,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = percent_int_arg(ts, &v, spec.conv)?;
            let digits = match num_of(&n) {
                Some(Num::B(b)) => format_big(&b, &spec, width, precision, &n)?,
                Some(Num::I(i)) => pyfmt::percent_int(pyfmt::Int::Small(i), &spec, width, precision),
                _ => unreachable!("percent_int_arg returns an int"),
            };
            out.push_str(&digits);
            return Ok(());
        }
        _ => {
            let f = crate::objects::float::float_of(ts, &v)?;
            out.push_str(&pyfmt::percent_float(f, &spec, width, precision));
            return Ok(());
        }
    };
    out.push_str(&pyfmt::percent_str(&text, &spec, width, precision));
    Ok(())
}

fn format_big(b: &num_bigint::BigInt, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>, v: &Value) -> PyResult<String> {
    let int = pyfmt::Int::Big(b);
    if matches!(spec.conv, 'd' | 'i' | 'u') {
        pyfmt::check_int_to_str_digits(int, pyfmt::INT_MAX_STR_DIGITS).map_err(|e| fmt_error(e, v))?;
    }
    Ok(pyfmt::percent_int(int, spec, width, precision))
}

/// The int a `%d`-family conversion formats: ints as they are; other
/// numbers through int() (`%d`, `%i`, `%u`, so `'%d' % 3.7 == '3'`) or
/// `__index__` (`%o`, `%x`, `%X`).
fn percent_int_arg(ts: &mut ThreadState, v: &Value, conv: char) -> PyResult<Value> {
    if is_int(v) {
        return Ok(v.clone());
    }
    let index_only = matches!(conv, 'o' | 'x' | 'X');
    let wrong = || {
        let what = if index_only { "an integer" } else { "a real number" };
        type_error(format!("%{} format: {} is required, not {}", conv, what, type_name(v)))
    };
    // PyNumber_Check: the conversion is only tried on number-like objects.
    let t = type_ref(v);
    let numberish = matches!(v, Value::Float(_))
        || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Float(_) | Payload::Complex(..)))
        || ["__index__", "__int__", "__float__"].iter().any(|n| type_lookup_str(t, n).is_some());
    if !numberish {
        return Err(wrong());
    }
    let r = if index_only {
        match call_special0(ts, v, "__index__") {
            Ok(Some(r)) if is_int(&r) => Ok(r),
            Ok(_) => Err(wrong()),
            Err(e) => Err(e),
        }
    } else {
        int_of(ts, v)
    };
    r.map_err(|e| if e.matches(&types().type_error) { wrong() } else { e })
}

/// `%c`: an int code point, or a one-character str (one byte for bytes).
fn percent_char(ts: &mut ThreadState, v: &Value, mode: PercentMode) -> PyResult<String> {
    let (limit, wrong, range) = match mode {
        PercentMode::Str => (0x110000, "%c requires int or char", "%c arg not in range(0x110000)"),
        PercentMode::Bytes => (0x100, "%c requires an integer in range(256) or a single byte", "%c arg not in range(256)"),
    };
    let range_err = || overflow_error(range);
    match mode {
        PercentMode::Str => {
            if let Some(s) = as_str(v) {
                return if s.char_len() == 1 { Ok(s.as_str().to_string()) } else { Err(type_error(wrong)) };
            }
        }
        PercentMode::Bytes => {
            if let Some(b) = crate::objects::bytes::buffer(v) {
                return if b.len() == 1 { Ok((b[0] as char).to_string()) } else { Err(type_error(wrong)) };
            }
        }
    }
    if !is_index(v) {
        return Err(type_error(wrong));
    }
    let cp = match index_value(ts, v) {
        Ok(cp) => cp,
        Err(e) if e.matches(&types().overflow_error) => return Err(range_err()),
        Err(e) => return Err(e),
    };
    if !(0..limit).contains(&cp) {
        return Err(range_err());
    }
    match char::from_u32(cp as u32) {
        Some(c) => Ok(c.to_string()),
        None => Err(value_error(format!("surrogate code point U+{:04X} cannot be represented", cp))),
    }
}

/// `%s`/`%b` of a bytes template: a bytes-like object or `__bytes__`, as Latin-1 text.
fn bytes_arg_text(ts: &mut ThreadState, v: &Value) -> PyResult<String> {
    if let Some(b) = crate::objects::bytes::buffer(v) {
        return Ok(b.iter().map(|&x| x as char).collect());
    }
    if let Some(r) = call_special0(ts, v, "__bytes__")? {
        return match &r {
            Value::Obj(o) => match &o.payload {
                Payload::Bytes(b) => Ok(b.iter().map(|&x| x as char).collect()),
                _ => Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r)))),
            },
            _ => Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r)))),
        };
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name(v)
    )))
}

// ---- str.format ------------------------------------------------------------------------

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(ts: &mut ThreadState, fmt: &str, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<String> {
    let mut f = FieldFormatter { args: Some(args), kwargs: Keywords::Pairs(kwargs), auto: None, next_auto: 0 };
    let mut out = String::with_capacity(fmt.len() + 16);
    f.render(ts, fmt, 2, &mut out)?;
    Ok(out)
}

fn str_format_m(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "format")?;
    let kw: Vec<(Value, Value)> = args.kwnames.iter().cloned().zip(args.kwvals.iter().cloned()).collect();
    Ok(new_str(str_format(ts, s.as_str(), &args.pos[1..], &kw)?))
}

fn str_format_map(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "format_map")?;
    let mapping = one_arg(&args, "str.format_map")?;
    let mut f = FieldFormatter { args: None, kwargs: Keywords::Mapping(mapping), auto: None, next_auto: 0 };
    let mut out = String::with_capacity(s.as_str().len() + 16);
    f.render(ts, s.as_str(), 2, &mut out)?;
    Ok(new_str(out))
}

/// Where named fields come from: format's keywords or format_map's mapping.
enum Keywords<'a> {
    Pairs(&'a [(Value, Value)]),
    Mapping(&'a Value),
}

/// A replacement field `{name!conversion:spec}`, as byte ranges of the template.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    /// The spec holds nested fields (`{:{width}}`).
    spec_nested: bool,
    /// Just past the closing brace.
    end: usize,
}

/// str.format's machinery (CPython's Objects/stringlib/unicode_format.h).
struct FieldFormatter<'a> {
    /// The positional arguments; None for format_map, which has none.
    args: Option<&'a [Value]>,
    kwargs: Keywords<'a>,
    /// Numbering mode once decided: Some(true) automatic (`{}`), Some(false) manual (`{0}`).
    auto: Option<bool>,
    next_auto: usize,
}

impl FieldFormatter<'_> {
    /// Expand `fmt` into `out`; format specs are expanded one level deeper,
    /// and CPython allows two levels in all.
    fn render(&mut self, ts: &mut ThreadState, fmt: &str, depth: u32, out: &mut String) -> PyResult<()> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let b = fmt.as_bytes();
        let (mut i, mut literal) = (0, 0);
        while i < b.len() {
            match b[i] {
                b'{' | b'}' => {
                    out.push_str(&fmt[literal..i]);
                    let brace = b[i];
                    if b.get(i + 1) == Some(&brace) {
                        // `{{` and `}}` are literal braces.
                        out.push(brace as char);
                        i += 2;
                    } else if brace == b'}' {
                        return Err(value_error("Single '}' encountered in format string"));
                    } else if i + 1 == b.len() {
                        return Err(value_error("Single '{' encountered in format string"));
                    } else {
                        let field = parse_field(fmt, i + 1)?;
                        self.output_field(ts, fmt, &field, depth, out)?;
                        i = field.end;
                    }
                    literal = i;
                }
                _ => i += 1,
            }
        }
        out.push_str(&fmt[literal..]);
        Ok(())
    }

    fn output_field(&mut self, ts: &mut ThreadState, fmt: &str, f: &Field, depth: u32, out: &mut String) -> PyResult<()> {
        let obj = self.field_value(ts, &fmt[f.name.0..f.name.1])?;
        let obj = match f.conversion {
            None => obj,
            Some('r') => new_str(repr(ts, &obj)?),
            Some('s') => str_value(ts, &obj)?,
            Some('a') => new_str(ascii_str(&repr(ts, &obj)?)),
            Some(c) => {
                return Err(value_error(if (33..127).contains(&(c as u32)) {
                    format!("Unknown conversion specifier {}", c)
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                }))
            }
        };
        let raw_spec = &fmt[f.spec.0..f.spec.1];
        let spec = if f.spec_nested {
            let mut s = String::new();
            self.render(ts, raw_spec, depth - 1, &mut s)?;
            Cow::Owned(s)
        } else {
            Cow::Borrowed(raw_spec)
        };
        match as_str(&obj) {
            Some(s) if spec.is_empty() && is_exact_str(&obj) => out.push_str(s.as_str()),
            _ => out.push_str(&crate::vm::format::format_obj(ts, &obj, &spec)?),
        }
        Ok(())
    }

    /// The object a field name designates: an argument (by number,
    /// automatic or manual, or by name) then `.attr` and `[key]` steps.
    fn field_value(&mut self, ts: &mut ThreadState, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut obj = if first.is_empty() {
            if self.auto == Some(false) {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            self.auto = Some(true);
            self.next_auto += 1;
            self.positional(self.next_auto - 1)?
        } else if let Some(i) = parse_field_index(first)? {
            if self.auto == Some(true) {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.auto = Some(false);
            self.positional(i)?
        } else {
            self.keyword(ts, first)?
        };
        let rest = &name[first_end..];
        let b = rest.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'.' {
                let end = rest[i + 1..].find(['.', '[']).map_or(rest.len(), |k| i + 1 + k);
                let attr = &rest[i + 1..end];
                if attr.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                obj = getattr(ts, &obj, &intern(attr))?;
                i = end;
            } else {
                // b'[': an item; keys that are all digits index with an int.
                let close = rest[i + 1..].find(']').map(|k| i + 1 + k);
                let close = close.ok_or_else(|| value_error("Missing ']' in format string"))?;
                let key = &rest[i + 1..close];
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let key = match parse_field_index(key)? {
                    Some(n) => Value::Int(n as i64),
                    None => new_str(key),
                };
                obj = getitem(ts, &obj, &key)?;
                i = close + 1;
                if i < b.len() && b[i] != b'.' && b[i] != b'[' {
                    return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
                }
            }
        }
        Ok(obj)
    }

    fn positional(&self, i: usize) -> PyResult<Value> {
        let Some(args) = self.args else {
            return Err(value_error("Format string contains positional fields"));
        };
        args.get(i).cloned().ok_or_else(|| {
            index_error(format!("Replacement index {} out of range for positional args tuple", i))
        })
    }

    fn keyword(&self, ts: &mut ThreadState, name: &str) -> PyResult<Value> {
        match &self.kwargs {
            Keywords::Pairs(pairs) => pairs
                .iter()
                .find(|(k, _)| as_str(k).is_some_and(|k| k.as_str() == name))
                .map(|(_, v)| v.clone())
                .ok_or_else(|| key_error(new_str(name))),
            Keywords::Mapping(m) => getitem(ts, m, &new_str(name)),
        }
    }
}

/// A field name or key made only of decimal digits (of any script), as a number.
fn parse_field_index(s: &str) -> PyResult<Option<usize>> {
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = unicode::decimal_value(c) else { return Ok(None) };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// Parse the field that starts at byte `start` (just past its `{`), as
/// CPython's parse_field does: the name runs to `!`, `:` or `}` (brackets
/// hide those), a conversion is one character, and the spec runs to the
/// `}` that balances the braces inside it.
fn parse_field(fmt: &str, start: usize) -> PyResult<Field> {
    let b = fmt.as_bytes();
    let mut i = start;
    let mut c = 0u8;
    while i < b.len() {
        c = b[i];
        i += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while i < b.len() && b[i] != b']' {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let name = (start, i - 1);
    if c != b'!' && c != b':' {
        if c != b'}' {
            return Err(value_error("expected '}' before end of string"));
        }
        return Ok(Field { name, conversion: None, spec: (i, i), spec_nested: false, end: i });
    }
    let mut conversion = None;
    if c == b'!' {
        let Some(conv) = fmt[i..].chars().next() else {
            return Err(value_error("end of string while looking for conversion specifier"));
        };
        conversion = Some(conv);
        i += conv.len_utf8();
        if i < b.len() {
            i += 1;
            match b[i - 1] {
                b'}' => return Ok(Field { name, conversion, spec: (i, i), spec_nested: false, end: i }),
                b':' => {}
                _ => return Err(value_error("expected ':' after conversion specifier")),
            }
        }
    }
    let spec_start = i;
    let (mut depth, mut nested) = (1, false);
    while i < b.len() {
        i += 1;
        match b[i - 1] {
            b'{' => {
                nested = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(Field { name, conversion, spec: (spec_start, i - 1), spec_nested: nested, end: i });
                }
            }
            _ => {}
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

// ---- registration --------------------------------------------------------------------------

pub fn init(_ts: &mut ThreadState) {
    TypeBuilder::new(&types().str, "str")
        .static_method("__new__", str_new)
        .static_method("maketrans", str_maketrans)
        .method("__len__", str_len)
        .method("__getitem__", str_getitem)
        .method("__contains__", str_contains)
        .method("__add__", str_add)
        .method("__mul__", str_mul)
        .method("__rmul__", str_mul)
        .method("__mod__", str_mod)
        .method("__rmod__", str_rmod)
        .method("__eq__", str_eq)
        .method("__ne__", str_ne)
        .method("__lt__", str_lt)
        .method("__le__", str_le)
        .method("__gt__", str_gt)
        .method("__ge__", str_ge)
        .method("__hash__", str_hash)
        .method("__repr__", str_repr)
        .method("__str__", str_str)
        .method("__format__", str_format_spec)
        .method("__iter__", str_iter)
        .method("__getnewargs__", str_getnewargs)
        .method("capitalize", str_capitalize)
        .method("casefold", str_casefold)
        .method("center", str_center)
        .method("count", str_count)
        .method("encode", str_encode)
        .method("endswith", str_endswith)
        .method("expandtabs", str_expandtabs)
        .method("find", str_find)
        .method("format", str_format_m)
        .method("format_map", str_format_map)
        .method("index", str_index)
        .method("isalnum", str_isalnum)
        .method("isalpha", str_isalpha)
        .method("isascii", str_isascii)
        .method("isdecimal", str_isdecimal)
        .method("isdigit", str_isdigit)
        .method("isidentifier", str_isidentifier)
        .method("islower", str_islower)
        .method("isnumeric", str_isnumeric)
        .method("isprintable", str_isprintable)
        .method("isspace", str_isspace)
        .method("istitle", str_istitle)
        .method("isupper", str_isupper)
        .method("join", str_join)
        .method("ljust", str_ljust)
        .method("lower", str_lower)
        .method("lstrip", str_lstrip)
        .method("partition", str_partition)
        .method("removeprefix", str_removeprefix)
        .method("removesuffix", str_removesuffix)
        .method("replace", str_replace)
        .method("rfind", str_rfind)
        .method("rindex", str_rindex)
        .method("rjust", str_rjust)
        .method("rpartition", str_rpartition)
        .method("rsplit", str_rsplit)
        .method("rstrip", str_rstrip)
        .method("split", str_split)
        .method("splitlines", str_splitlines)
        .method("startswith", str_startswith)
        .method("strip", str_strip)
        .method("swapcase", str_swapcase)
        .method("title", str_title)
        .method("translate", str_translate)
        .method("upper", str_upper)
        .method("zfill", str_zfill);
}
