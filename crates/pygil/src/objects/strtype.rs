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

/// Methods that take positional arguments only: "str.strip() takes no keyword arguments".
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

/// The type of a bad argument as Argument Clinic names it ("None" for None).
pub(crate) fn arg_type(v: &Value) -> Rc<str> {
    if v.is_none() {
        "None".into()
    } else {
        type_name(v)
    }
}

/// An `int` argument that CPython converts to a C int.
pub(crate) fn c_int_arg(ts: &mut ThreadState, v: &Value) -> PyResult<i64> {
    let too_large = || overflow_error("Python int too large to convert to C int");
    match index_value(ts, v) {
        Ok(n) if i32::try_from(n).is_ok() => Ok(n),
        Ok(_) => Err(too_large()),
        Err(e) if e.matches(&types().overflow_error) => Err(too_large()),
        Err(e) => Err(e),
    }
}

/// An optional str argument: "encode() argument 'errors' must be str, not int".
pub(crate) fn opt_str_arg<'a>(v: &'a Option<Value>, fname: &str, pname: &str) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => as_str(v)
            .map(|s| Some(s.as_str()))
            .ok_or_else(|| type_error(format!("{}() argument '{}' must be str, not {}", fname, pname, arg_type(v)))),
    }
}

/// An int or an object with `__index__`.
pub(crate) fn is_index(v: &Value) -> bool {
    is_int(v) || type_lookup_str(type_ref(v), "__index__").is_some()
}

/// The index of `seq[key]` for str, bytes, list and tuple (CPython's
/// `PyNumber_AsSsize_t(key, PyExc_IndexError)`): None when `key` has no
/// `__index__`, for the caller's TypeError; an int too large for an index
/// is an IndexError.
pub(crate) fn subscript_index(ts: &mut ThreadState, key: &Value) -> PyResult<Option<i64>> {
    if !is_index(key) {
        return Ok(None);
    }
    match index_value(ts, key) {
        Ok(i) => Ok(Some(i)),
        Err(e) if e.matches(&types().overflow_error) => {
            Err(index_error(format!("cannot fit '{}' into an index-sized integer", type_name(key))))
        }
        Err(e) => Err(e),
    }
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

/// A str argument: "must be str, not NoneType".
fn str_param(v: &Value) -> PyResult<&PyStr> {
    as_str(v).ok_or_else(|| type_error(format!("must be str, not {}", type_name(v))))
}

/// A str argument checked by Argument Clinic: "replace() argument 1 must be str, not None".
fn clinic_str<'a>(v: &'a Value, fname: &str, pos: usize) -> PyResult<&'a PyStr> {
    as_str(v).ok_or_else(|| type_error(format!("{}() argument {} must be str, not {}", fname, pos, arg_type(v))))
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
    let Some(i) = subscript_index(ts, key)? else {
        return Err(type_error(format!("string indices must be integers, not '{}'", type_name(key))));
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
fn str_dunder_format(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "__format__")?;
    let spec = one_arg(&args, "str.__format__")?;
    let spec = as_str(spec)
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", arg_type(spec))))?;
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
    let sub = str_param(&p[0])?;
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
    let sep = str_param(sep_v)?.as_str();
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
    let old = clinic_str(&p[0], "replace", 1)?.as_str();
    let new = clinic_str(&p[1], "replace", 2)?.as_str();
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
    let t = if left { text.trim_start_matches(&strip) } else { text };
    if right {
        t.trim_end_matches(strip)
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
        .ok_or_else(|| type_error(format!("{}() argument must be str, not {}", name, arg_type(a))))?
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
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
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
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(digits);
    Ok(new_str(out))
}

/// expandtabs: a tab moves to the next multiple of `tabsize` columns; only
/// `\n` and `\r` reset the column. A tabsize <= 0 removes tabs.
fn str_expandtabs(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "expandtabs")?;
    let a = kw_args(&args, "expandtabs", &["tabsize"], 0)?;
    let tabsize = match &a[0] {
        Some(v) => c_int_arg(ts, v)?,
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
                out.extend(std::iter::repeat_n(' ', n));
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
    let to = clinic_str(&p[1], "maketrans", 2)?;
    let delete = match p.get(2) {
        Some(z) => Some(clinic_str(z, "maketrans", 3)?),
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

/// str.encode(encoding='utf-8', errors='strict'); the codecs are in bytes.rs.
fn str_encode(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let s = this(&args, "encode")?;
    let a = kw_args(&args, "encode", &["encoding", "errors"], 0)?;
    let encoding = opt_str_arg(&a[0], "encode", "encoding")?.unwrap_or("utf-8");
    let errors = opt_str_arg(&a[1], "encode", "errors")?.unwrap_or("strict");
    Ok(new_bytes(crate::objects::bytes::encode_str(s.as_str(), encoding, errors)?))
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
    let formatted = match spec.conv {
        's' => {
            let text = match mode {
                PercentMode::Str => str_of(ts, &v)?,
                PercentMode::Bytes => bytes_arg_text(ts, &v)?,
            };
            pyfmt::percent_str(&text, &spec, width, precision)
        }
        'r' if mode == PercentMode::Str => pyfmt::percent_str(&repr(ts, &v)?, &spec, width, precision),
        'r' | 'a' => pyfmt::percent_str(&ascii_str(&repr(ts, &v)?), &spec, width, precision),
        'c' => pyfmt::percent_str(&percent_char(ts, &v, mode)?, &spec, width, precision),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => percent_integer(ts, &v, &spec, width, precision)?,
        _ => pyfmt::percent_float(crate::objects::float::float_of(ts, &v)?, &spec, width, precision),
    };
    out.push_str(&formatted);
    Ok(())
}

/// `%d`, `%i`, `%u`, `%o`, `%x`, `%X`, with CPython's limit on decimal digits.
fn percent_integer(ts: &mut ThreadState, v: &Value, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> PyResult<String> {
    let n = percent_int_arg(ts, v, spec.conv)?;
    match num_of(&n) {
        Some(Num::I(i)) => Ok(pyfmt::percent_int(pyfmt::Int::Small(i), spec, width, precision)),
        Some(Num::B(b)) => {
            let int = pyfmt::Int::Big(&b);
            if matches!(spec.conv, 'd' | 'i' | 'u') {
                pyfmt::check_int_to_str_digits(int, crate::objects::int::max_str_digits()).map_err(|e| fmt_error(e, &n))?;
            }
            Ok(pyfmt::percent_int(int, spec, width, precision))
        }
        _ => Err(type_error(format!("%{} format: an integer is required, not {}", spec.conv, type_name(&n)))),
    }
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

fn str_format_method(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
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
        .method("__format__", str_dunder_format)
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
        .method("format", str_format_method)
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

// ---- Unicode ---------------------------------------------------------------------------------

/// Character classes and case mappings as CPython 3.11 defines them: pure
/// functions of `char`.
pub mod unicode {
    use super::tables;
    use std::cmp::Ordering;

    fn in_table(table: &[(u32, u32)], c: char) -> bool {
        let cp = c as u32;
        table
            .binary_search_by(|&(lo, hi)| {
                if hi < cp {
                    Ordering::Less
                } else if lo > cp {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }
            })
            .is_ok()
    }

    /// `str.isspace`, and the whitespace of `split()` and `strip()`: Unicode
    /// White_Space plus the separators `\x1c`-`\x1f` (bidi classes B and S).
    pub fn is_space(c: char) -> bool {
        match c {
            '\t'..='\r' | '\x1c'..='\x1f' | ' ' => true,
            c if (c as u32) < 0x85 => false,
            c => matches!(
                c,
                '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}'
                    | '\u{205f}' | '\u{3000}'
            ),
        }
    }

    /// The line boundaries of `str.splitlines`.
    pub fn is_linebreak(c: char) -> bool {
        matches!(c, '\n' | '\x0b' | '\x0c' | '\r' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
    }

    /// `str.isprintable`: false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp
    /// and Zs other than the space. `repr` escapes exactly these.
    pub fn is_printable(c: char) -> bool {
        if c.is_ascii() {
            return (' '..='~').contains(&c);
        }
        !in_table(tables::NOT_PRINTABLE, c)
    }

    /// `str.isalpha`: categories Lu, Ll, Lt, Lm and Lo.
    pub fn is_alpha(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            in_table(tables::ALPHA, c)
        }
    }

    /// `str.isdecimal`: category Nd.
    pub fn is_decimal(c: char) -> bool {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            in_table(tables::DECIMAL, c)
        }
    }

    /// The value of a decimal digit of any script (`Py_UNICODE_TODECIMAL`).
    pub fn decimal_value(c: char) -> Option<u32> {
        if c.is_ascii() {
            return c.to_digit(10);
        }
        let cp = c as u32;
        let i = tables::DECIMAL.partition_point(|&(lo, _)| lo <= cp);
        let (lo, hi) = tables::DECIMAL[i.checked_sub(1)?];
        // Every range is whole runs of ten digits, each starting at a zero.
        (cp <= hi).then_some((cp - lo) % 10)
    }

    /// `str.isdigit`: Numeric_Type Decimal or Digit (e.g. '²').
    pub fn is_digit(c: char) -> bool {
        is_decimal(c) || (!c.is_ascii() && in_table(tables::DIGIT_NOT_DECIMAL, c))
    }

    /// `str.isnumeric`: any Numeric_Type (e.g. '½', '一').
    pub fn is_numeric(c: char) -> bool {
        is_digit(c) || (!c.is_ascii() && in_table(tables::NUMERIC_NOT_DIGIT, c))
    }

    /// `str.isalnum`: isalpha, isdecimal, isdigit or isnumeric.
    pub fn is_alnum(c: char) -> bool {
        is_alpha(c) || is_numeric(c)
    }

    /// What may begin an identifier: XID_Start and `_`.
    pub fn is_id_start(c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_alphabetic() || c == '_';
        }
        (is_alpha(c) && !in_table(tables::ALPHA_NOT_ID_START, c)) || in_table(tables::ID_START_NOT_ALPHA, c)
    }

    /// What may continue an identifier: XID_Continue.
    pub fn is_id_continue(c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_alphanumeric() || c == '_';
        }
        is_id_start(c) || is_decimal(c) || in_table(tables::ID_CONTINUE_EXTRA, c)
    }

    /// `str.isidentifier` (keywords included).
    pub fn is_identifier(s: &str) -> bool {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) if is_id_start(c) => cs.all(is_id_continue),
            _ => false,
        }
    }

    /// Category Lt: the titlecase digraphs and Greek capitals with prosgegrammeni.
    pub fn is_titlecase(c: char) -> bool {
        matches!(
            c as u32,
            0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc
        )
    }

    /// Cased: Lowercase, Uppercase or titlecase.
    pub fn is_cased(c: char) -> bool {
        c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
    }

    /// Append the titlecase mapping of `c` (`str.title`, `str.capitalize`).
    /// It is the uppercase mapping except for the characters below.
    pub fn push_title(c: char, out: &mut String) {
        let cp = c as u32;
        let single = match cp {
            // The digraphs: DŽ, Dž and dž all titlecase to Dž; likewise LJ, NJ, DZ.
            0x1c4..=0x1c6 => Some(0x1c5),
            0x1c7..=0x1c9 => Some(0x1c8),
            0x1ca..=0x1cc => Some(0x1cb),
            0x1f1..=0x1f3 => Some(0x1f2),
            // Georgian Mkhedruli letters are their own titlecase (their uppercase is Mtavruli).
            0x10d0..=0x10fa | 0x10fd..=0x10ff => Some(cp),
            // Greek with ypogegrammeni titlecases to the prosgegrammeni capital.
            0x1f80..=0x1faf => Some(cp | 0x08),
            0x1fb3 | 0x1fbc => Some(0x1fbc),
            0x1fc3 | 0x1fcc => Some(0x1fcc),
            0x1ff3 | 0x1ffc => Some(0x1ffc),
            _ => None,
        };
        if let Some(t) = single.and_then(char::from_u32) {
            out.push(t);
            return;
        }
        let special = match cp {
            0x149 => "\u{2bc}N",
            0x1fb2 => "\u{1fba}\u{345}",
            0x1fb4 => "\u{386}\u{345}",
            0x1fb7 => "\u{391}\u{342}\u{345}",
            0x1fc2 => "\u{1fca}\u{345}",
            0x1fc4 => "\u{389}\u{345}",
            0x1fc7 => "\u{397}\u{342}\u{345}",
            0x1ff2 => "\u{1ffa}\u{345}",
            0x1ff4 => "\u{38f}\u{345}",
            0x1ff7 => "\u{3a9}\u{342}\u{345}",
            _ => "",
        };
        if !special.is_empty() {
            out.push_str(special);
            return;
        }
        // A full uppercase mapping of several characters keeps only the
        // first one capital: 'ß' → 'Ss', 'ﬁ' → 'Fi'.
        let mut upper = c.to_uppercase();
        out.extend(upper.next());
        for rest in upper {
            out.extend(rest.to_lowercase());
        }
    }

    /// Append the case folding of `c` (`str.casefold`).
    pub fn push_casefold(c: char, out: &mut String) {
        let cp = c as u32;
        let single = match cp {
            // Cherokee folds to its uppercase letters; dotless i folds to itself.
            0x13a0..=0x13f5 | 0x131 => Some(cp),
            0x13f8..=0x13fd => Some(cp - 8),
            0xab70..=0xabbf => Some(cp - 0xab70 + 0x13a0),
            _ => None,
        };
        if let Some(f) = single.and_then(char::from_u32) {
            out.push(f);
            return;
        }
        // Otherwise lowercase, uppercase, lowercase again: that folds 'ß' and
        // 'ẞ' to "ss", 'ς' to 'σ', 'ﬁ' to "fi", 'ᾼ' to "αι", 'K' (Kelvin) to 'k'.
        for l in c.to_lowercase() {
            for u in l.to_uppercase() {
                out.extend(u.to_lowercase());
            }
        }
    }

    /// A string lowercased in context (`str.lower`, with its final-sigma
    /// rule), with where each character's lowercase begins, for the methods
    /// that lowercase only some characters (title, capitalize, swapcase).
    pub struct Lowered {
        text: String,
        offsets: Vec<usize>,
    }

    impl Lowered {
        pub fn new(s: &str) -> Lowered {
            let text = s.to_lowercase();
            let mut offsets = Vec::with_capacity(s.len() + 1);
            let mut at = 0;
            for c in s.chars() {
                offsets.push(at);
                // Context only picks which sigma 'Σ' becomes; both are two bytes.
                at += c.to_lowercase().map(char::len_utf8).sum::<usize>();
            }
            offsets.push(at);
            debug_assert_eq!(at, text.len());
            Lowered { text, offsets }
        }

        /// The lowercase of character `i`.
        pub fn of(&self, i: usize) -> &str {
            &self.text[self.offsets[i]..self.offsets[i + 1]]
        }

        /// The lowercase of the characters from `i` on.
        pub fn from(&self, i: usize) -> &str {
            &self.text[self.offsets[i]..]
        }
    }
}

/// Range tables from CPython 3.11's Unicode database (Unicode 14.0):
/// sorted, inclusive `(first, last)` code-point ranges, written by this
/// python3.11 script (`ranges(pred)` collects the code points where `pred`
/// holds into ranges; each table is printed as `(0x.., 0x..),` six a line):
///
/// ```text
/// NOT_PRINTABLE      ord(c) > 0x7f and not c.isprintable()
/// ALPHA              c.isalpha()
/// DECIMAL            c.isdecimal()
/// DIGIT_NOT_DECIMAL  c.isdigit() and not c.isdecimal()
/// NUMERIC_NOT_DIGIT  c.isnumeric() and not c.isdigit()
/// ID_START_NOT_ALPHA c.isidentifier() and not c.isalpha()
/// ALPHA_NOT_ID_START c.isalpha() and not c.isidentifier()
/// ID_CONTINUE_EXTRA  ('a' + c).isidentifier() and not c.isidentifier() and not c.isdecimal()
/// ```
#[rustfmt::skip]
mod tables {
    /// Code points past ASCII that `str.isprintable` rejects (categories C*, Z* other than U+0020).
    pub const NOT_PRINTABLE: &[(u32, u32)] = &[
        (0x80, 0xa0), (0xad, 0xad), (0x378, 0x379), (0x380, 0x383), (0x38b, 0x38b), (0x38d, 0x38d),
        (0x3a2, 0x3a2), (0x530, 0x530), (0x557, 0x558), (0x58b, 0x58c), (0x590, 0x590), (0x5c8, 0x5cf),
        (0x5eb, 0x5ee), (0x5f5, 0x605), (0x61c, 0x61c), (0x6dd, 0x6dd), (0x70e, 0x70f), (0x74b, 0x74c),
        (0x7b2, 0x7bf), (0x7fb, 0x7fc), (0x82e, 0x82f), (0x83f, 0x83f), (0x85c, 0x85d), (0x85f, 0x85f),
        (0x86b, 0x86f), (0x88f, 0x897), (0x8e2, 0x8e2), (0x984, 0x984), (0x98d, 0x98e), (0x991, 0x992),
        (0x9a9, 0x9a9), (0x9b1, 0x9b1), (0x9b3, 0x9b5), (0x9ba, 0x9bb), (0x9c5, 0x9c6), (0x9c9, 0x9ca),
        (0x9cf, 0x9d6), (0x9d8, 0x9db), (0x9de, 0x9de), (0x9e4, 0x9e5), (0x9ff, 0xa00), (0xa04, 0xa04),
        (0xa0b, 0xa0e), (0xa11, 0xa12), (0xa29, 0xa29), (0xa31, 0xa31), (0xa34, 0xa34), (0xa37, 0xa37),
        (0xa3a, 0xa3b), (0xa3d, 0xa3d), (0xa43, 0xa46), (0xa49, 0xa4a), (0xa4e, 0xa50), (0xa52, 0xa58),
        (0xa5d, 0xa5d), (0xa5f, 0xa65), (0xa77, 0xa80), (0xa84, 0xa84), (0xa8e, 0xa8e), (0xa92, 0xa92),
        (0xaa9, 0xaa9), (0xab1, 0xab1), (0xab4, 0xab4), (0xaba, 0xabb), (0xac6, 0xac6), (0xaca, 0xaca),
        (0xace, 0xacf), (0xad1, 0xadf), (0xae4, 0xae5), (0xaf2, 0xaf8), (0xb00, 0xb00), (0xb04, 0xb04),
        (0xb0d, 0xb0e), (0xb11, 0xb12), (0xb29, 0xb29), (0xb31, 0xb31), (0xb34, 0xb34), (0xb3a, 0xb3b),
        (0xb45, 0xb46), (0xb49, 0xb4a), (0xb4e, 0xb54), (0xb58, 0xb5b), (0xb5e, 0xb5e), (0xb64, 0xb65),
        (0xb78, 0xb81), (0xb84, 0xb84), (0xb8b, 0xb8d), (0xb91, 0xb91), (0xb96, 0xb98), (0xb9b, 0xb9b),
        (0xb9d, 0xb9d), (0xba0, 0xba2), (0xba5, 0xba7), (0xbab, 0xbad), (0xbba, 0xbbd), (0xbc3, 0xbc5),
        (0xbc9, 0xbc9), (0xbce, 0xbcf), (0xbd1, 0xbd6), (0xbd8, 0xbe5), (0xbfb, 0xbff), (0xc0d, 0xc0d),
        (0xc11, 0xc11), (0xc29, 0xc29), (0xc3a, 0xc3b), (0xc45, 0xc45), (0xc49, 0xc49), (0xc4e, 0xc54),
        (0xc57, 0xc57), (0xc5b, 0xc5c), (0xc5e, 0xc5f), (0xc64, 0xc65), (0xc70, 0xc76), (0xc8d, 0xc8d),
        (0xc91, 0xc91), (0xca9, 0xca9), (0xcb4, 0xcb4), (0xcba, 0xcbb), (0xcc5, 0xcc5), (0xcc9, 0xcc9),
        (0xcce, 0xcd4), (0xcd7, 0xcdc), (0xcdf, 0xcdf), (0xce4, 0xce5), (0xcf0, 0xcf0), (0xcf3, 0xcff),
        (0xd0d, 0xd0d), (0xd11, 0xd11), (0xd45, 0xd45), (0xd49, 0xd49), (0xd50, 0xd53), (0xd64, 0xd65),
        (0xd80, 0xd80), (0xd84, 0xd84), (0xd97, 0xd99), (0xdb2, 0xdb2), (0xdbc, 0xdbc), (0xdbe, 0xdbf),
        (0xdc7, 0xdc9), (0xdcb, 0xdce), (0xdd5, 0xdd5), (0xdd7, 0xdd7), (0xde0, 0xde5), (0xdf0, 0xdf1),
        (0xdf5, 0xe00), (0xe3b, 0xe3e), (0xe5c, 0xe80), (0xe83, 0xe83), (0xe85, 0xe85), (0xe8b, 0xe8b),
        (0xea4, 0xea4), (0xea6, 0xea6), (0xebe, 0xebf), (0xec5, 0xec5), (0xec7, 0xec7), (0xece, 0xecf),
        (0xeda, 0xedb), (0xee0, 0xeff), (0xf48, 0xf48), (0xf6d, 0xf70), (0xf98, 0xf98), (0xfbd, 0xfbd),
        (0xfcd, 0xfcd), (0xfdb, 0xfff), (0x10c6, 0x10c6), (0x10c8, 0x10cc), (0x10ce, 0x10cf), (0x1249, 0x1249),
        (0x124e, 0x124f), (0x1257, 0x1257), (0x1259, 0x1259), (0x125e, 0x125f), (0x1289, 0x1289), (0x128e, 0x128f),
        (0x12b1, 0x12b1), (0x12b6, 0x12b7), (0x12bf, 0x12bf), (0x12c1, 0x12c1), (0x12c6, 0x12c7), (0x12d7, 0x12d7),
        (0x1311, 0x1311), (0x1316, 0x1317), (0x135b, 0x135c), (0x137d, 0x137f), (0x139a, 0x139f), (0x13f6, 0x13f7),
        (0x13fe, 0x13ff), (0x1680, 0x1680), (0x169d, 0x169f), (0x16f9, 0x16ff), (0x1716, 0x171e), (0x1737, 0x173f),
        (0x1754, 0x175f), (0x176d, 0x176d), (0x1771, 0x1771), (0x1774, 0x177f), (0x17de, 0x17df), (0x17ea, 0x17ef),
        (0x17fa, 0x17ff), (0x180e, 0x180e), (0x181a, 0x181f), (0x1879, 0x187f), (0x18ab, 0x18af), (0x18f6, 0x18ff),
        (0x191f, 0x191f), (0x192c, 0x192f), (0x193c, 0x193f), (0x1941, 0x1943), (0x196e, 0x196f), (0x1975, 0x197f),
        (0x19ac, 0x19af), (0x19ca, 0x19cf), (0x19db, 0x19dd), (0x1a1c, 0x1a1d), (0x1a5f, 0x1a5f), (0x1a7d, 0x1a7e),
        (0x1a8a, 0x1a8f), (0x1a9a, 0x1a9f), (0x1aae, 0x1aaf), (0x1acf, 0x1aff), (0x1b4d, 0x1b4f), (0x1b7f, 0x1b7f),
        (0x1bf4, 0x1bfb), (0x1c38, 0x1c3a), (0x1c4a, 0x1c4c), (0x1c89, 0x1c8f), (0x1cbb, 0x1cbc), (0x1cc8, 0x1ccf),
        (0x1cfb, 0x1cff), (0x1f16, 0x1f17), (0x1f1e, 0x1f1f), (0x1f46, 0x1f47), (0x1f4e, 0x1f4f), (0x1f58, 0x1f58),
        (0x1f5a, 0x1f5a), (0x1f5c, 0x1f5c), (0x1f5e, 0x1f5e), (0x1f7e, 0x1f7f), (0x1fb5, 0x1fb5), (0x1fc5, 0x1fc5),
        (0x1fd4, 0x1fd5), (0x1fdc, 0x1fdc), (0x1ff0, 0x1ff1), (0x1ff5, 0x1ff5), (0x1fff, 0x200f), (0x2028, 0x202f),
        (0x205f, 0x206f), (0x2072, 0x2073), (0x208f, 0x208f), (0x209d, 0x209f), (0x20c1, 0x20cf), (0x20f1, 0x20ff),
        (0x218c, 0x218f), (0x2427, 0x243f), (0x244b, 0x245f), (0x2b74, 0x2b75), (0x2b96, 0x2b96), (0x2cf4, 0x2cf8),
        (0x2d26, 0x2d26), (0x2d28, 0x2d2c), (0x2d2e, 0x2d2f), (0x2d68, 0x2d6e), (0x2d71, 0x2d7e), (0x2d97, 0x2d9f),
        (0x2da7, 0x2da7), (0x2daf, 0x2daf), (0x2db7, 0x2db7), (0x2dbf, 0x2dbf), (0x2dc7, 0x2dc7), (0x2dcf, 0x2dcf),
        (0x2dd7, 0x2dd7), (0x2ddf, 0x2ddf), (0x2e5e, 0x2e7f), (0x2e9a, 0x2e9a), (0x2ef4, 0x2eff), (0x2fd6, 0x2fef),
        (0x2ffc, 0x3000), (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104), (0x3130, 0x3130), (0x318f, 0x318f),
        (0x31e4, 0x31ef), (0x321f, 0x321f), (0xa48d, 0xa48f), (0xa4c7, 0xa4cf), (0xa62c, 0xa63f), (0xa6f8, 0xa6ff),
        (0xa7cb, 0xa7cf), (0xa7d2, 0xa7d2), (0xa7d4, 0xa7d4), (0xa7da, 0xa7f1), (0xa82d, 0xa82f), (0xa83a, 0xa83f),
        (0xa878, 0xa87f), (0xa8c6, 0xa8cd), (0xa8da, 0xa8df), (0xa954, 0xa95e), (0xa97d, 0xa97f), (0xa9ce, 0xa9ce),
        (0xa9da, 0xa9dd), (0xa9ff, 0xa9ff), (0xaa37, 0xaa3f), (0xaa4e, 0xaa4f), (0xaa5a, 0xaa5b), (0xaac3, 0xaada),
        (0xaaf7, 0xab00), (0xab07, 0xab08), (0xab0f, 0xab10), (0xab17, 0xab1f), (0xab27, 0xab27), (0xab2f, 0xab2f),
        (0xab6c, 0xab6f), (0xabee, 0xabef), (0xabfa, 0xabff), (0xd7a4, 0xd7af), (0xd7c7, 0xd7ca), (0xd7fc, 0xf8ff),
        (0xfa6e, 0xfa6f), (0xfada, 0xfaff), (0xfb07, 0xfb12), (0xfb18, 0xfb1c), (0xfb37, 0xfb37), (0xfb3d, 0xfb3d),
        (0xfb3f, 0xfb3f), (0xfb42, 0xfb42), (0xfb45, 0xfb45), (0xfbc3, 0xfbd2), (0xfd90, 0xfd91), (0xfdc8, 0xfdce),
        (0xfdd0, 0xfdef), (0xfe1a, 0xfe1f), (0xfe53, 0xfe53), (0xfe67, 0xfe67), (0xfe6c, 0xfe6f), (0xfe75, 0xfe75),
        (0xfefd, 0xff00), (0xffbf, 0xffc1), (0xffc8, 0xffc9), (0xffd0, 0xffd1), (0xffd8, 0xffd9), (0xffdd, 0xffdf),
        (0xffe7, 0xffe7), (0xffef, 0xfffb), (0xfffe, 0xffff), (0x1000c, 0x1000c), (0x10027, 0x10027), (0x1003b, 0x1003b),
        (0x1003e, 0x1003e), (0x1004e, 0x1004f), (0x1005e, 0x1007f), (0x100fb, 0x100ff), (0x10103, 0x10106), (0x10134, 0x10136),
        (0x1018f, 0x1018f), (0x1019d, 0x1019f), (0x101a1, 0x101cf), (0x101fe, 0x1027f), (0x1029d, 0x1029f), (0x102d1, 0x102df),
        (0x102fc, 0x102ff), (0x10324, 0x1032c), (0x1034b, 0x1034f), (0x1037b, 0x1037f), (0x1039e, 0x1039e), (0x103c4, 0x103c7),
        (0x103d6, 0x103ff), (0x1049e, 0x1049f), (0x104aa, 0x104af), (0x104d4, 0x104d7), (0x104fc, 0x104ff), (0x10528, 0x1052f),
        (0x10564, 0x1056e), (0x1057b, 0x1057b), (0x1058b, 0x1058b), (0x10593, 0x10593), (0x10596, 0x10596), (0x105a2, 0x105a2),
        (0x105b2, 0x105b2), (0x105ba, 0x105ba), (0x105bd, 0x105ff), (0x10737, 0x1073f), (0x10756, 0x1075f), (0x10768, 0x1077f),
        (0x10786, 0x10786), (0x107b1, 0x107b1), (0x107bb, 0x107ff), (0x10806, 0x10807), (0x10809, 0x10809), (0x10836, 0x10836),
        (0x10839, 0x1083b), (0x1083d, 0x1083e), (0x10856, 0x10856), (0x1089f, 0x108a6), (0x108b0, 0x108df), (0x108f3, 0x108f3),
        (0x108f6, 0x108fa), (0x1091c, 0x1091e), (0x1093a, 0x1093e), (0x10940, 0x1097f), (0x109b8, 0x109bb), (0x109d0, 0x109d1),
        (0x10a04, 0x10a04), (0x10a07, 0x10a0b), (0x10a14, 0x10a14), (0x10a18, 0x10a18), (0x10a36, 0x10a37), (0x10a3b, 0x10a3e),
        (0x10a49, 0x10a4f), (0x10a59, 0x10a5f), (0x10aa0, 0x10abf), (0x10ae7, 0x10aea), (0x10af7, 0x10aff), (0x10b36, 0x10b38),
        (0x10b56, 0x10b57), (0x10b73, 0x10b77), (0x10b92, 0x10b98), (0x10b9d, 0x10ba8), (0x10bb0, 0x10bff), (0x10c49, 0x10c7f),
        (0x10cb3, 0x10cbf), (0x10cf3, 0x10cf9), (0x10d28, 0x10d2f), (0x10d3a, 0x10e5f), (0x10e7f, 0x10e7f), (0x10eaa, 0x10eaa),
        (0x10eae, 0x10eaf), (0x10eb2, 0x10eff), (0x10f28, 0x10f2f), (0x10f5a, 0x10f6f), (0x10f8a, 0x10faf), (0x10fcc, 0x10fdf),
        (0x10ff7, 0x10fff), (0x1104e, 0x11051), (0x11076, 0x1107e), (0x110bd, 0x110bd), (0x110c3, 0x110cf), (0x110e9, 0x110ef),
        (0x110fa, 0x110ff), (0x11135, 0x11135), (0x11148, 0x1114f), (0x11177, 0x1117f), (0x111e0, 0x111e0), (0x111f5, 0x111ff),
        (0x11212, 0x11212), (0x1123f, 0x1127f), (0x11287, 0x11287), (0x11289, 0x11289), (0x1128e, 0x1128e), (0x1129e, 0x1129e),
        (0x112aa, 0x112af), (0x112eb, 0x112ef), (0x112fa, 0x112ff), (0x11304, 0x11304), (0x1130d, 0x1130e), (0x11311, 0x11312),
        (0x11329, 0x11329), (0x11331, 0x11331), (0x11334, 0x11334), (0x1133a, 0x1133a), (0x11345, 0x11346), (0x11349, 0x1134a),
        (0x1134e, 0x1134f), (0x11351, 0x11356), (0x11358, 0x1135c), (0x11364, 0x11365), (0x1136d, 0x1136f), (0x11375, 0x113ff),
        (0x1145c, 0x1145c), (0x11462, 0x1147f), (0x114c8, 0x114cf), (0x114da, 0x1157f), (0x115b6, 0x115b7), (0x115de, 0x115ff),
        (0x11645, 0x1164f), (0x1165a, 0x1165f), (0x1166d, 0x1167f), (0x116ba, 0x116bf), (0x116ca, 0x116ff), (0x1171b, 0x1171c),
        (0x1172c, 0x1172f), (0x11747, 0x117ff), (0x1183c, 0x1189f), (0x118f3, 0x118fe), (0x11907, 0x11908), (0x1190a, 0x1190b),
        (0x11914, 0x11914), (0x11917, 0x11917), (0x11936, 0x11936), (0x11939, 0x1193a), (0x11947, 0x1194f), (0x1195a, 0x1199f),
        (0x119a8, 0x119a9), (0x119d8, 0x119d9), (0x119e5, 0x119ff), (0x11a48, 0x11a4f), (0x11aa3, 0x11aaf), (0x11af9, 0x11bff),
        (0x11c09, 0x11c09), (0x11c37, 0x11c37), (0x11c46, 0x11c4f), (0x11c6d, 0x11c6f), (0x11c90, 0x11c91), (0x11ca8, 0x11ca8),
        (0x11cb7, 0x11cff), (0x11d07, 0x11d07), (0x11d0a, 0x11d0a), (0x11d37, 0x11d39), (0x11d3b, 0x11d3b), (0x11d3e, 0x11d3e),
        (0x11d48, 0x11d4f), (0x11d5a, 0x11d5f), (0x11d66, 0x11d66), (0x11d69, 0x11d69), (0x11d8f, 0x11d8f), (0x11d92, 0x11d92),
        (0x11d99, 0x11d9f), (0x11daa, 0x11edf), (0x11ef9, 0x11faf), (0x11fb1, 0x11fbf), (0x11ff2, 0x11ffe), (0x1239a, 0x123ff),
        (0x1246f, 0x1246f), (0x12475, 0x1247f), (0x12544, 0x12f8f), (0x12ff3, 0x12fff), (0x1342f, 0x143ff), (0x14647, 0x167ff),
        (0x16a39, 0x16a3f), (0x16a5f, 0x16a5f), (0x16a6a, 0x16a6d), (0x16abf, 0x16abf), (0x16aca, 0x16acf), (0x16aee, 0x16aef),
        (0x16af6, 0x16aff), (0x16b46, 0x16b4f), (0x16b5a, 0x16b5a), (0x16b62, 0x16b62), (0x16b78, 0x16b7c), (0x16b90, 0x16e3f),
        (0x16e9b, 0x16eff), (0x16f4b, 0x16f4e), (0x16f88, 0x16f8e), (0x16fa0, 0x16fdf), (0x16fe5, 0x16fef), (0x16ff2, 0x16fff),
        (0x187f8, 0x187ff), (0x18cd6, 0x18cff), (0x18d09, 0x1afef), (0x1aff4, 0x1aff4), (0x1affc, 0x1affc), (0x1afff, 0x1afff),
        (0x1b123, 0x1b14f), (0x1b153, 0x1b163), (0x1b168, 0x1b16f), (0x1b2fc, 0x1bbff), (0x1bc6b, 0x1bc6f), (0x1bc7d, 0x1bc7f),
        (0x1bc89, 0x1bc8f), (0x1bc9a, 0x1bc9b), (0x1bca0, 0x1ceff), (0x1cf2e, 0x1cf2f), (0x1cf47, 0x1cf4f), (0x1cfc4, 0x1cfff),
        (0x1d0f6, 0x1d0ff), (0x1d127, 0x1d128), (0x1d173, 0x1d17a), (0x1d1eb, 0x1d1ff), (0x1d246, 0x1d2df), (0x1d2f4, 0x1d2ff),
        (0x1d357, 0x1d35f), (0x1d379, 0x1d3ff), (0x1d455, 0x1d455), (0x1d49d, 0x1d49d), (0x1d4a0, 0x1d4a1), (0x1d4a3, 0x1d4a4),
        (0x1d4a7, 0x1d4a8), (0x1d4ad, 0x1d4ad), (0x1d4ba, 0x1d4ba), (0x1d4bc, 0x1d4bc), (0x1d4c4, 0x1d4c4), (0x1d506, 0x1d506),
        (0x1d50b, 0x1d50c), (0x1d515, 0x1d515), (0x1d51d, 0x1d51d), (0x1d53a, 0x1d53a), (0x1d53f, 0x1d53f), (0x1d545, 0x1d545),
        (0x1d547, 0x1d549), (0x1d551, 0x1d551), (0x1d6a6, 0x1d6a7), (0x1d7cc, 0x1d7cd), (0x1da8c, 0x1da9a), (0x1daa0, 0x1daa0),
        (0x1dab0, 0x1deff), (0x1df1f, 0x1dfff), (0x1e007, 0x1e007), (0x1e019, 0x1e01a), (0x1e022, 0x1e022), (0x1e025, 0x1e025),
        (0x1e02b, 0x1e0ff), (0x1e12d, 0x1e12f), (0x1e13e, 0x1e13f), (0x1e14a, 0x1e14d), (0x1e150, 0x1e28f), (0x1e2af, 0x1e2bf),
        (0x1e2fa, 0x1e2fe), (0x1e300, 0x1e7df), (0x1e7e7, 0x1e7e7), (0x1e7ec, 0x1e7ec), (0x1e7ef, 0x1e7ef), (0x1e7ff, 0x1e7ff),
        (0x1e8c5, 0x1e8c6), (0x1e8d7, 0x1e8ff), (0x1e94c, 0x1e94f), (0x1e95a, 0x1e95d), (0x1e960, 0x1ec70), (0x1ecb5, 0x1ed00),
        (0x1ed3e, 0x1edff), (0x1ee04, 0x1ee04), (0x1ee20, 0x1ee20), (0x1ee23, 0x1ee23), (0x1ee25, 0x1ee26), (0x1ee28, 0x1ee28),
        (0x1ee33, 0x1ee33), (0x1ee38, 0x1ee38), (0x1ee3a, 0x1ee3a), (0x1ee3c, 0x1ee41), (0x1ee43, 0x1ee46), (0x1ee48, 0x1ee48),
        (0x1ee4a, 0x1ee4a), (0x1ee4c, 0x1ee4c), (0x1ee50, 0x1ee50), (0x1ee53, 0x1ee53), (0x1ee55, 0x1ee56), (0x1ee58, 0x1ee58),
        (0x1ee5a, 0x1ee5a), (0x1ee5c, 0x1ee5c), (0x1ee5e, 0x1ee5e), (0x1ee60, 0x1ee60), (0x1ee63, 0x1ee63), (0x1ee65, 0x1ee66),
        (0x1ee6b, 0x1ee6b), (0x1ee73, 0x1ee73), (0x1ee78, 0x1ee78), (0x1ee7d, 0x1ee7d), (0x1ee7f, 0x1ee7f), (0x1ee8a, 0x1ee8a),
        (0x1ee9c, 0x1eea0), (0x1eea4, 0x1eea4), (0x1eeaa, 0x1eeaa), (0x1eebc, 0x1eeef), (0x1eef2, 0x1efff), (0x1f02c, 0x1f02f),
        (0x1f094, 0x1f09f), (0x1f0af, 0x1f0b0), (0x1f0c0, 0x1f0c0), (0x1f0d0, 0x1f0d0), (0x1f0f6, 0x1f0ff), (0x1f1ae, 0x1f1e5),
        (0x1f203, 0x1f20f), (0x1f23c, 0x1f23f), (0x1f249, 0x1f24f), (0x1f252, 0x1f25f), (0x1f266, 0x1f2ff), (0x1f6d8, 0x1f6dc),
        (0x1f6ed, 0x1f6ef), (0x1f6fd, 0x1f6ff), (0x1f774, 0x1f77f), (0x1f7d9, 0x1f7df), (0x1f7ec, 0x1f7ef), (0x1f7f1, 0x1f7ff),
        (0x1f80c, 0x1f80f), (0x1f848, 0x1f84f), (0x1f85a, 0x1f85f), (0x1f888, 0x1f88f), (0x1f8ae, 0x1f8af), (0x1f8b2, 0x1f8ff),
        (0x1fa54, 0x1fa5f), (0x1fa6e, 0x1fa6f), (0x1fa75, 0x1fa77), (0x1fa7d, 0x1fa7f), (0x1fa87, 0x1fa8f), (0x1faad, 0x1faaf),
        (0x1fabb, 0x1fabf), (0x1fac6, 0x1facf), (0x1fada, 0x1fadf), (0x1fae8, 0x1faef), (0x1faf7, 0x1faff), (0x1fb93, 0x1fb93),
        (0x1fbcb, 0x1fbef), (0x1fbfa, 0x1ffff), (0x2a6e0, 0x2a6ff), (0x2b739, 0x2b73f), (0x2b81e, 0x2b81f), (0x2cea2, 0x2ceaf),
        (0x2ebe1, 0x2f7ff), (0x2fa1e, 0x2ffff), (0x3134b, 0xe00ff), (0xe01f0, 0x10ffff),
    ];
    /// `str.isalpha`: categories Lu, Ll, Lt, Lm, Lo.
    pub const ALPHA: &[(u32, u32)] = &[
        (0x41, 0x5a), (0x61, 0x7a), (0xaa, 0xaa), (0xb5, 0xb5), (0xba, 0xba), (0xc0, 0xd6),
        (0xd8, 0xf6), (0xf8, 0x2c1), (0x2c6, 0x2d1), (0x2e0, 0x2e4), (0x2ec, 0x2ec), (0x2ee, 0x2ee),
        (0x370, 0x374), (0x376, 0x377), (0x37a, 0x37d), (0x37f, 0x37f), (0x386, 0x386), (0x388, 0x38a),
        (0x38c, 0x38c), (0x38e, 0x3a1), (0x3a3, 0x3f5), (0x3f7, 0x481), (0x48a, 0x52f), (0x531, 0x556),
        (0x559, 0x559), (0x560, 0x588), (0x5d0, 0x5ea), (0x5ef, 0x5f2), (0x620, 0x64a), (0x66e, 0x66f),
        (0x671, 0x6d3), (0x6d5, 0x6d5), (0x6e5, 0x6e6), (0x6ee, 0x6ef), (0x6fa, 0x6fc), (0x6ff, 0x6ff),
        (0x710, 0x710), (0x712, 0x72f), (0x74d, 0x7a5), (0x7b1, 0x7b1), (0x7ca, 0x7ea), (0x7f4, 0x7f5),
        (0x7fa, 0x7fa), (0x800, 0x815), (0x81a, 0x81a), (0x824, 0x824), (0x828, 0x828), (0x840, 0x858),
        (0x860, 0x86a), (0x870, 0x887), (0x889, 0x88e), (0x8a0, 0x8c9), (0x904, 0x939), (0x93d, 0x93d),
        (0x950, 0x950), (0x958, 0x961), (0x971, 0x980), (0x985, 0x98c), (0x98f, 0x990), (0x993, 0x9a8),
        (0x9aa, 0x9b0), (0x9b2, 0x9b2), (0x9b6, 0x9b9), (0x9bd, 0x9bd), (0x9ce, 0x9ce), (0x9dc, 0x9dd),
        (0x9df, 0x9e1), (0x9f0, 0x9f1), (0x9fc, 0x9fc), (0xa05, 0xa0a), (0xa0f, 0xa10), (0xa13, 0xa28),
        (0xa2a, 0xa30), (0xa32, 0xa33), (0xa35, 0xa36), (0xa38, 0xa39), (0xa59, 0xa5c), (0xa5e, 0xa5e),
        (0xa72, 0xa74), (0xa85, 0xa8d), (0xa8f, 0xa91), (0xa93, 0xaa8), (0xaaa, 0xab0), (0xab2, 0xab3),
        (0xab5, 0xab9), (0xabd, 0xabd), (0xad0, 0xad0), (0xae0, 0xae1), (0xaf9, 0xaf9), (0xb05, 0xb0c),
        (0xb0f, 0xb10), (0xb13, 0xb28), (0xb2a, 0xb30), (0xb32, 0xb33), (0xb35, 0xb39), (0xb3d, 0xb3d),
        (0xb5c, 0xb5d), (0xb5f, 0xb61), (0xb71, 0xb71), (0xb83, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90),
        (0xb92, 0xb95), (0xb99, 0xb9a), (0xb9c, 0xb9c), (0xb9e, 0xb9f), (0xba3, 0xba4), (0xba8, 0xbaa),
        (0xbae, 0xbb9), (0xbd0, 0xbd0), (0xc05, 0xc0c), (0xc0e, 0xc10), (0xc12, 0xc28), (0xc2a, 0xc39),
        (0xc3d, 0xc3d), (0xc58, 0xc5a), (0xc5d, 0xc5d), (0xc60, 0xc61), (0xc80, 0xc80), (0xc85, 0xc8c),
        (0xc8e, 0xc90), (0xc92, 0xca8), (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbd, 0xcbd), (0xcdd, 0xcde),
        (0xce0, 0xce1), (0xcf1, 0xcf2), (0xd04, 0xd0c), (0xd0e, 0xd10), (0xd12, 0xd3a), (0xd3d, 0xd3d),
        (0xd4e, 0xd4e), (0xd54, 0xd56), (0xd5f, 0xd61), (0xd7a, 0xd7f), (0xd85, 0xd96), (0xd9a, 0xdb1),
        (0xdb3, 0xdbb), (0xdbd, 0xdbd), (0xdc0, 0xdc6), (0xe01, 0xe30), (0xe32, 0xe33), (0xe40, 0xe46),
        (0xe81, 0xe82), (0xe84, 0xe84), (0xe86, 0xe8a), (0xe8c, 0xea3), (0xea5, 0xea5), (0xea7, 0xeb0),
        (0xeb2, 0xeb3), (0xebd, 0xebd), (0xec0, 0xec4), (0xec6, 0xec6), (0xedc, 0xedf), (0xf00, 0xf00),
        (0xf40, 0xf47), (0xf49, 0xf6c), (0xf88, 0xf8c), (0x1000, 0x102a), (0x103f, 0x103f), (0x1050, 0x1055),
        (0x105a, 0x105d), (0x1061, 0x1061), (0x1065, 0x1066), (0x106e, 0x1070), (0x1075, 0x1081), (0x108e, 0x108e),
        (0x10a0, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd), (0x10d0, 0x10fa), (0x10fc, 0x1248), (0x124a, 0x124d),
        (0x1250, 0x1256), (0x1258, 0x1258), (0x125a, 0x125d), (0x1260, 0x1288), (0x128a, 0x128d), (0x1290, 0x12b0),
        (0x12b2, 0x12b5), (0x12b8, 0x12be), (0x12c0, 0x12c0), (0x12c2, 0x12c5), (0x12c8, 0x12d6), (0x12d8, 0x1310),
        (0x1312, 0x1315), (0x1318, 0x135a), (0x1380, 0x138f), (0x13a0, 0x13f5), (0x13f8, 0x13fd), (0x1401, 0x166c),
        (0x166f, 0x167f), (0x1681, 0x169a), (0x16a0, 0x16ea), (0x16f1, 0x16f8), (0x1700, 0x1711), (0x171f, 0x1731),
        (0x1740, 0x1751), (0x1760, 0x176c), (0x176e, 0x1770), (0x1780, 0x17b3), (0x17d7, 0x17d7), (0x17dc, 0x17dc),
        (0x1820, 0x1878), (0x1880, 0x1884), (0x1887, 0x18a8), (0x18aa, 0x18aa), (0x18b0, 0x18f5), (0x1900, 0x191e),
        (0x1950, 0x196d), (0x1970, 0x1974), (0x1980, 0x19ab), (0x19b0, 0x19c9), (0x1a00, 0x1a16), (0x1a20, 0x1a54),
        (0x1aa7, 0x1aa7), (0x1b05, 0x1b33), (0x1b45, 0x1b4c), (0x1b83, 0x1ba0), (0x1bae, 0x1baf), (0x1bba, 0x1be5),
        (0x1c00, 0x1c23), (0x1c4d, 0x1c4f), (0x1c5a, 0x1c7d), (0x1c80, 0x1c88), (0x1c90, 0x1cba), (0x1cbd, 0x1cbf),
        (0x1ce9, 0x1cec), (0x1cee, 0x1cf3), (0x1cf5, 0x1cf6), (0x1cfa, 0x1cfa), (0x1d00, 0x1dbf), (0x1e00, 0x1f15),
        (0x1f18, 0x1f1d), (0x1f20, 0x1f45), (0x1f48, 0x1f4d), (0x1f50, 0x1f57), (0x1f59, 0x1f59), (0x1f5b, 0x1f5b),
        (0x1f5d, 0x1f5d), (0x1f5f, 0x1f7d), (0x1f80, 0x1fb4), (0x1fb6, 0x1fbc), (0x1fbe, 0x1fbe), (0x1fc2, 0x1fc4),
        (0x1fc6, 0x1fcc), (0x1fd0, 0x1fd3), (0x1fd6, 0x1fdb), (0x1fe0, 0x1fec), (0x1ff2, 0x1ff4), (0x1ff6, 0x1ffc),
        (0x2071, 0x2071), (0x207f, 0x207f), (0x2090, 0x209c), (0x2102, 0x2102), (0x2107, 0x2107), (0x210a, 0x2113),
        (0x2115, 0x2115), (0x2119, 0x211d), (0x2124, 0x2124), (0x2126, 0x2126), (0x2128, 0x2128), (0x212a, 0x212d),
        (0x212f, 0x2139), (0x213c, 0x213f), (0x2145, 0x2149), (0x214e, 0x214e), (0x2183, 0x2184), (0x2c00, 0x2ce4),
        (0x2ceb, 0x2cee), (0x2cf2, 0x2cf3), (0x2d00, 0x2d25), (0x2d27, 0x2d27), (0x2d2d, 0x2d2d), (0x2d30, 0x2d67),
        (0x2d6f, 0x2d6f), (0x2d80, 0x2d96), (0x2da0, 0x2da6), (0x2da8, 0x2dae), (0x2db0, 0x2db6), (0x2db8, 0x2dbe),
        (0x2dc0, 0x2dc6), (0x2dc8, 0x2dce), (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde), (0x2e2f, 0x2e2f), (0x3005, 0x3006),
        (0x3031, 0x3035), (0x303b, 0x303c), (0x3041, 0x3096), (0x309d, 0x309f), (0x30a1, 0x30fa), (0x30fc, 0x30ff),
        (0x3105, 0x312f), (0x3131, 0x318e), (0x31a0, 0x31bf), (0x31f0, 0x31ff), (0x3400, 0x4dbf), (0x4e00, 0xa48c),
        (0xa4d0, 0xa4fd), (0xa500, 0xa60c), (0xa610, 0xa61f), (0xa62a, 0xa62b), (0xa640, 0xa66e), (0xa67f, 0xa69d),
        (0xa6a0, 0xa6e5), (0xa717, 0xa71f), (0xa722, 0xa788), (0xa78b, 0xa7ca), (0xa7d0, 0xa7d1), (0xa7d3, 0xa7d3),
        (0xa7d5, 0xa7d9), (0xa7f2, 0xa801), (0xa803, 0xa805), (0xa807, 0xa80a), (0xa80c, 0xa822), (0xa840, 0xa873),
        (0xa882, 0xa8b3), (0xa8f2, 0xa8f7), (0xa8fb, 0xa8fb), (0xa8fd, 0xa8fe), (0xa90a, 0xa925), (0xa930, 0xa946),
        (0xa960, 0xa97c), (0xa984, 0xa9b2), (0xa9cf, 0xa9cf), (0xa9e0, 0xa9e4), (0xa9e6, 0xa9ef), (0xa9fa, 0xa9fe),
        (0xaa00, 0xaa28), (0xaa40, 0xaa42), (0xaa44, 0xaa4b), (0xaa60, 0xaa76), (0xaa7a, 0xaa7a), (0xaa7e, 0xaaaf),
        (0xaab1, 0xaab1), (0xaab5, 0xaab6), (0xaab9, 0xaabd), (0xaac0, 0xaac0), (0xaac2, 0xaac2), (0xaadb, 0xaadd),
        (0xaae0, 0xaaea), (0xaaf2, 0xaaf4), (0xab01, 0xab06), (0xab09, 0xab0e), (0xab11, 0xab16), (0xab20, 0xab26),
        (0xab28, 0xab2e), (0xab30, 0xab5a), (0xab5c, 0xab69), (0xab70, 0xabe2), (0xac00, 0xd7a3), (0xd7b0, 0xd7c6),
        (0xd7cb, 0xd7fb), (0xf900, 0xfa6d), (0xfa70, 0xfad9), (0xfb00, 0xfb06), (0xfb13, 0xfb17), (0xfb1d, 0xfb1d),
        (0xfb1f, 0xfb28), (0xfb2a, 0xfb36), (0xfb38, 0xfb3c), (0xfb3e, 0xfb3e), (0xfb40, 0xfb41), (0xfb43, 0xfb44),
        (0xfb46, 0xfbb1), (0xfbd3, 0xfd3d), (0xfd50, 0xfd8f), (0xfd92, 0xfdc7), (0xfdf0, 0xfdfb), (0xfe70, 0xfe74),
        (0xfe76, 0xfefc), (0xff21, 0xff3a), (0xff41, 0xff5a), (0xff66, 0xffbe), (0xffc2, 0xffc7), (0xffca, 0xffcf),
        (0xffd2, 0xffd7), (0xffda, 0xffdc), (0x10000, 0x1000b), (0x1000d, 0x10026), (0x10028, 0x1003a), (0x1003c, 0x1003d),
        (0x1003f, 0x1004d), (0x10050, 0x1005d), (0x10080, 0x100fa), (0x10280, 0x1029c), (0x102a0, 0x102d0), (0x10300, 0x1031f),
        (0x1032d, 0x10340), (0x10342, 0x10349), (0x10350, 0x10375), (0x10380, 0x1039d), (0x103a0, 0x103c3), (0x103c8, 0x103cf),
        (0x10400, 0x1049d), (0x104b0, 0x104d3), (0x104d8, 0x104fb), (0x10500, 0x10527), (0x10530, 0x10563), (0x10570, 0x1057a),
        (0x1057c, 0x1058a), (0x1058c, 0x10592), (0x10594, 0x10595), (0x10597, 0x105a1), (0x105a3, 0x105b1), (0x105b3, 0x105b9),
        (0x105bb, 0x105bc), (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785), (0x10787, 0x107b0),
        (0x107b2, 0x107ba), (0x10800, 0x10805), (0x10808, 0x10808), (0x1080a, 0x10835), (0x10837, 0x10838), (0x1083c, 0x1083c),
        (0x1083f, 0x10855), (0x10860, 0x10876), (0x10880, 0x1089e), (0x108e0, 0x108f2), (0x108f4, 0x108f5), (0x10900, 0x10915),
        (0x10920, 0x10939), (0x10980, 0x109b7), (0x109be, 0x109bf), (0x10a00, 0x10a00), (0x10a10, 0x10a13), (0x10a15, 0x10a17),
        (0x10a19, 0x10a35), (0x10a60, 0x10a7c), (0x10a80, 0x10a9c), (0x10ac0, 0x10ac7), (0x10ac9, 0x10ae4), (0x10b00, 0x10b35),
        (0x10b40, 0x10b55), (0x10b60, 0x10b72), (0x10b80, 0x10b91), (0x10c00, 0x10c48), (0x10c80, 0x10cb2), (0x10cc0, 0x10cf2),
        (0x10d00, 0x10d23), (0x10e80, 0x10ea9), (0x10eb0, 0x10eb1), (0x10f00, 0x10f1c), (0x10f27, 0x10f27), (0x10f30, 0x10f45),
        (0x10f70, 0x10f81), (0x10fb0, 0x10fc4), (0x10fe0, 0x10ff6), (0x11003, 0x11037), (0x11071, 0x11072), (0x11075, 0x11075),
        (0x11083, 0x110af), (0x110d0, 0x110e8), (0x11103, 0x11126), (0x11144, 0x11144), (0x11147, 0x11147), (0x11150, 0x11172),
        (0x11176, 0x11176), (0x11183, 0x111b2), (0x111c1, 0x111c4), (0x111da, 0x111da), (0x111dc, 0x111dc), (0x11200, 0x11211),
        (0x11213, 0x1122b), (0x11280, 0x11286), (0x11288, 0x11288), (0x1128a, 0x1128d), (0x1128f, 0x1129d), (0x1129f, 0x112a8),
        (0x112b0, 0x112de), (0x11305, 0x1130c), (0x1130f, 0x11310), (0x11313, 0x11328), (0x1132a, 0x11330), (0x11332, 0x11333),
        (0x11335, 0x11339), (0x1133d, 0x1133d), (0x11350, 0x11350), (0x1135d, 0x11361), (0x11400, 0x11434), (0x11447, 0x1144a),
        (0x1145f, 0x11461), (0x11480, 0x114af), (0x114c4, 0x114c5), (0x114c7, 0x114c7), (0x11580, 0x115ae), (0x115d8, 0x115db),
        (0x11600, 0x1162f), (0x11644, 0x11644), (0x11680, 0x116aa), (0x116b8, 0x116b8), (0x11700, 0x1171a), (0x11740, 0x11746),
        (0x11800, 0x1182b), (0x118a0, 0x118df), (0x118ff, 0x11906), (0x11909, 0x11909), (0x1190c, 0x11913), (0x11915, 0x11916),
        (0x11918, 0x1192f), (0x1193f, 0x1193f), (0x11941, 0x11941), (0x119a0, 0x119a7), (0x119aa, 0x119d0), (0x119e1, 0x119e1),
        (0x119e3, 0x119e3), (0x11a00, 0x11a00), (0x11a0b, 0x11a32), (0x11a3a, 0x11a3a), (0x11a50, 0x11a50), (0x11a5c, 0x11a89),
        (0x11a9d, 0x11a9d), (0x11ab0, 0x11af8), (0x11c00, 0x11c08), (0x11c0a, 0x11c2e), (0x11c40, 0x11c40), (0x11c72, 0x11c8f),
        (0x11d00, 0x11d06), (0x11d08, 0x11d09), (0x11d0b, 0x11d30), (0x11d46, 0x11d46), (0x11d60, 0x11d65), (0x11d67, 0x11d68),
        (0x11d6a, 0x11d89), (0x11d98, 0x11d98), (0x11ee0, 0x11ef2), (0x11fb0, 0x11fb0), (0x12000, 0x12399), (0x12480, 0x12543),
        (0x12f90, 0x12ff0), (0x13000, 0x1342e), (0x14400, 0x14646), (0x16800, 0x16a38), (0x16a40, 0x16a5e), (0x16a70, 0x16abe),
        (0x16ad0, 0x16aed), (0x16b00, 0x16b2f), (0x16b40, 0x16b43), (0x16b63, 0x16b77), (0x16b7d, 0x16b8f), (0x16e40, 0x16e7f),
        (0x16f00, 0x16f4a), (0x16f50, 0x16f50), (0x16f93, 0x16f9f), (0x16fe0, 0x16fe1), (0x16fe3, 0x16fe3), (0x17000, 0x187f7),
        (0x18800, 0x18cd5), (0x18d00, 0x18d08), (0x1aff0, 0x1aff3), (0x1aff5, 0x1affb), (0x1affd, 0x1affe), (0x1b000, 0x1b122),
        (0x1b150, 0x1b152), (0x1b164, 0x1b167), (0x1b170, 0x1b2fb), (0x1bc00, 0x1bc6a), (0x1bc70, 0x1bc7c), (0x1bc80, 0x1bc88),
        (0x1bc90, 0x1bc99), (0x1d400, 0x1d454), (0x1d456, 0x1d49c), (0x1d49e, 0x1d49f), (0x1d4a2, 0x1d4a2), (0x1d4a5, 0x1d4a6),
        (0x1d4a9, 0x1d4ac), (0x1d4ae, 0x1d4b9), (0x1d4bb, 0x1d4bb), (0x1d4bd, 0x1d4c3), (0x1d4c5, 0x1d505), (0x1d507, 0x1d50a),
        (0x1d50d, 0x1d514), (0x1d516, 0x1d51c), (0x1d51e, 0x1d539), (0x1d53b, 0x1d53e), (0x1d540, 0x1d544), (0x1d546, 0x1d546),
        (0x1d54a, 0x1d550), (0x1d552, 0x1d6a5), (0x1d6a8, 0x1d6c0), (0x1d6c2, 0x1d6da), (0x1d6dc, 0x1d6fa), (0x1d6fc, 0x1d714),
        (0x1d716, 0x1d734), (0x1d736, 0x1d74e), (0x1d750, 0x1d76e), (0x1d770, 0x1d788), (0x1d78a, 0x1d7a8), (0x1d7aa, 0x1d7c2),
        (0x1d7c4, 0x1d7cb), (0x1df00, 0x1df1e), (0x1e100, 0x1e12c), (0x1e137, 0x1e13d), (0x1e14e, 0x1e14e), (0x1e290, 0x1e2ad),
        (0x1e2c0, 0x1e2eb), (0x1e7e0, 0x1e7e6), (0x1e7e8, 0x1e7eb), (0x1e7ed, 0x1e7ee), (0x1e7f0, 0x1e7fe), (0x1e800, 0x1e8c4),
        (0x1e900, 0x1e943), (0x1e94b, 0x1e94b), (0x1ee00, 0x1ee03), (0x1ee05, 0x1ee1f), (0x1ee21, 0x1ee22), (0x1ee24, 0x1ee24),
        (0x1ee27, 0x1ee27), (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37), (0x1ee39, 0x1ee39), (0x1ee3b, 0x1ee3b), (0x1ee42, 0x1ee42),
        (0x1ee47, 0x1ee47), (0x1ee49, 0x1ee49), (0x1ee4b, 0x1ee4b), (0x1ee4d, 0x1ee4f), (0x1ee51, 0x1ee52), (0x1ee54, 0x1ee54),
        (0x1ee57, 0x1ee57), (0x1ee59, 0x1ee59), (0x1ee5b, 0x1ee5b), (0x1ee5d, 0x1ee5d), (0x1ee5f, 0x1ee5f), (0x1ee61, 0x1ee62),
        (0x1ee64, 0x1ee64), (0x1ee67, 0x1ee6a), (0x1ee6c, 0x1ee72), (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c), (0x1ee7e, 0x1ee7e),
        (0x1ee80, 0x1ee89), (0x1ee8b, 0x1ee9b), (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9), (0x1eeab, 0x1eebb), (0x20000, 0x2a6df),
        (0x2a700, 0x2b738), (0x2b740, 0x2b81d), (0x2b820, 0x2cea1), (0x2ceb0, 0x2ebe0), (0x2f800, 0x2fa1d), (0x30000, 0x3134a),
    ];
    /// `str.isdecimal`: category Nd.
    pub const DECIMAL: &[(u32, u32)] = &[
        (0x30, 0x39), (0x660, 0x669), (0x6f0, 0x6f9), (0x7c0, 0x7c9), (0x966, 0x96f), (0x9e6, 0x9ef),
        (0xa66, 0xa6f), (0xae6, 0xaef), (0xb66, 0xb6f), (0xbe6, 0xbef), (0xc66, 0xc6f), (0xce6, 0xcef),
        (0xd66, 0xd6f), (0xde6, 0xdef), (0xe50, 0xe59), (0xed0, 0xed9), (0xf20, 0xf29), (0x1040, 0x1049),
        (0x1090, 0x1099), (0x17e0, 0x17e9), (0x1810, 0x1819), (0x1946, 0x194f), (0x19d0, 0x19d9), (0x1a80, 0x1a89),
        (0x1a90, 0x1a99), (0x1b50, 0x1b59), (0x1bb0, 0x1bb9), (0x1c40, 0x1c49), (0x1c50, 0x1c59), (0xa620, 0xa629),
        (0xa8d0, 0xa8d9), (0xa900, 0xa909), (0xa9d0, 0xa9d9), (0xa9f0, 0xa9f9), (0xaa50, 0xaa59), (0xabf0, 0xabf9),
        (0xff10, 0xff19), (0x104a0, 0x104a9), (0x10d30, 0x10d39), (0x11066, 0x1106f), (0x110f0, 0x110f9), (0x11136, 0x1113f),
        (0x111d0, 0x111d9), (0x112f0, 0x112f9), (0x11450, 0x11459), (0x114d0, 0x114d9), (0x11650, 0x11659), (0x116c0, 0x116c9),
        (0x11730, 0x11739), (0x118e0, 0x118e9), (0x11950, 0x11959), (0x11c50, 0x11c59), (0x11d50, 0x11d59), (0x11da0, 0x11da9),
        (0x16a60, 0x16a69), (0x16ac0, 0x16ac9), (0x16b50, 0x16b59), (0x1d7ce, 0x1d7ff), (0x1e140, 0x1e149), (0x1e2f0, 0x1e2f9),
        (0x1e950, 0x1e959), (0x1fbf0, 0x1fbf9),
    ];
    /// `str.isdigit` beyond `isdecimal` (Numeric_Type=Digit).
    pub const DIGIT_NOT_DECIMAL: &[(u32, u32)] = &[
        (0xb2, 0xb3), (0xb9, 0xb9), (0x1369, 0x1371), (0x19da, 0x19da), (0x2070, 0x2070), (0x2074, 0x2079),
        (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247c), (0x2488, 0x2490), (0x24ea, 0x24ea), (0x24f5, 0x24fd),
        (0x24ff, 0x24ff), (0x2776, 0x277e), (0x2780, 0x2788), (0x278a, 0x2792), (0x10a40, 0x10a43), (0x10e60, 0x10e68),
        (0x11052, 0x1105a), (0x1f100, 0x1f10a),
    ];
    /// `str.isnumeric` beyond `isdigit` (Numeric_Type=Numeric).
    pub const NUMERIC_NOT_DIGIT: &[(u32, u32)] = &[
        (0xbc, 0xbe), (0x9f4, 0x9f9), (0xb72, 0xb77), (0xbf0, 0xbf2), (0xc78, 0xc7e), (0xd58, 0xd5e),
        (0xd70, 0xd78), (0xf2a, 0xf33), (0x1372, 0x137c), (0x16ee, 0x16f0), (0x17f0, 0x17f9), (0x2150, 0x2182),
        (0x2185, 0x2189), (0x2469, 0x2473), (0x247d, 0x2487), (0x2491, 0x249b), (0x24eb, 0x24f4), (0x24fe, 0x24fe),
        (0x277f, 0x277f), (0x2789, 0x2789), (0x2793, 0x2793), (0x2cfd, 0x2cfd), (0x3007, 0x3007), (0x3021, 0x3029),
        (0x3038, 0x303a), (0x3192, 0x3195), (0x3220, 0x3229), (0x3248, 0x324f), (0x3251, 0x325f), (0x3280, 0x3289),
        (0x32b1, 0x32bf), (0x3405, 0x3405), (0x3483, 0x3483), (0x382a, 0x382a), (0x3b4d, 0x3b4d), (0x4e00, 0x4e00),
        (0x4e03, 0x4e03), (0x4e07, 0x4e07), (0x4e09, 0x4e09), (0x4e5d, 0x4e5d), (0x4e8c, 0x4e8c), (0x4e94, 0x4e94),
        (0x4e96, 0x4e96), (0x4ebf, 0x4ec0), (0x4edf, 0x4edf), (0x4ee8, 0x4ee8), (0x4f0d, 0x4f0d), (0x4f70, 0x4f70),
        (0x5104, 0x5104), (0x5146, 0x5146), (0x5169, 0x5169), (0x516b, 0x516b), (0x516d, 0x516d), (0x5341, 0x5341),
        (0x5343, 0x5345), (0x534c, 0x534c), (0x53c1, 0x53c4), (0x56db, 0x56db), (0x58f1, 0x58f1), (0x58f9, 0x58f9),
        (0x5e7a, 0x5e7a), (0x5efe, 0x5eff), (0x5f0c, 0x5f0e), (0x5f10, 0x5f10), (0x62fe, 0x62fe), (0x634c, 0x634c),
        (0x67d2, 0x67d2), (0x6f06, 0x6f06), (0x7396, 0x7396), (0x767e, 0x767e), (0x8086, 0x8086), (0x842c, 0x842c),
        (0x8cae, 0x8cae), (0x8cb3, 0x8cb3), (0x8d30, 0x8d30), (0x9621, 0x9621), (0x9646, 0x9646), (0x964c, 0x964c),
        (0x9678, 0x9678), (0x96f6, 0x96f6), (0xa6e6, 0xa6ef), (0xa830, 0xa835), (0xf96b, 0xf96b), (0xf973, 0xf973),
        (0xf978, 0xf978), (0xf9b2, 0xf9b2), (0xf9d1, 0xf9d1), (0xf9d3, 0xf9d3), (0xf9fd, 0xf9fd), (0x10107, 0x10133),
        (0x10140, 0x10178), (0x1018a, 0x1018b), (0x102e1, 0x102fb), (0x10320, 0x10323), (0x10341, 0x10341), (0x1034a, 0x1034a),
        (0x103d1, 0x103d5), (0x10858, 0x1085f), (0x10879, 0x1087f), (0x108a7, 0x108af), (0x108fb, 0x108ff), (0x10916, 0x1091b),
        (0x109bc, 0x109bd), (0x109c0, 0x109cf), (0x109d2, 0x109ff), (0x10a44, 0x10a48), (0x10a7d, 0x10a7e), (0x10a9d, 0x10a9f),
        (0x10aeb, 0x10aef), (0x10b58, 0x10b5f), (0x10b78, 0x10b7f), (0x10ba9, 0x10baf), (0x10cfa, 0x10cff), (0x10e69, 0x10e7e),
        (0x10f1d, 0x10f26), (0x10f51, 0x10f54), (0x10fc5, 0x10fcb), (0x1105b, 0x11065), (0x111e1, 0x111f4), (0x1173a, 0x1173b),
        (0x118ea, 0x118f2), (0x11c5a, 0x11c6c), (0x11fc0, 0x11fd4), (0x12400, 0x1246e), (0x16b5b, 0x16b61), (0x16e80, 0x16e96),
        (0x1d2e0, 0x1d2f3), (0x1d360, 0x1d378), (0x1e8c7, 0x1e8cf), (0x1ec71, 0x1ecab), (0x1ecad, 0x1ecaf), (0x1ecb1, 0x1ecb4),
        (0x1ed01, 0x1ed2d), (0x1ed2f, 0x1ed3d), (0x1f10b, 0x1f10c), (0x20001, 0x20001), (0x20064, 0x20064), (0x200e2, 0x200e2),
        (0x20121, 0x20121), (0x2092a, 0x2092a), (0x20983, 0x20983), (0x2098c, 0x2098c), (0x2099c, 0x2099c), (0x20aea, 0x20aea),
        (0x20afd, 0x20afd), (0x20b19, 0x20b19), (0x22390, 0x22390), (0x22998, 0x22998), (0x23b1b, 0x23b1b), (0x2626d, 0x2626d),
        (0x2f890, 0x2f890),
    ];
    /// XID_Start code points (and `_`) that are not `isalpha`.
    pub const ID_START_NOT_ALPHA: &[(u32, u32)] = &[
        (0x5f, 0x5f), (0x16ee, 0x16f0), (0x1885, 0x1886), (0x2118, 0x2118), (0x212e, 0x212e), (0x2160, 0x2182),
        (0x2185, 0x2188), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303a), (0xa6e6, 0xa6ef), (0x10140, 0x10174),
        (0x10341, 0x10341), (0x1034a, 0x1034a), (0x103d1, 0x103d5), (0x12400, 0x1246e),
    ];
    /// `isalpha` code points that are not XID_Start.
    pub const ALPHA_NOT_ID_START: &[(u32, u32)] = &[
        (0x37a, 0x37a), (0xe33, 0xe33), (0xeb3, 0xeb3), (0x2e2f, 0x2e2f), (0xfc5e, 0xfc63), (0xfdfa, 0xfdfb),
        (0xfe70, 0xfe70), (0xfe72, 0xfe72), (0xfe74, 0xfe74), (0xfe76, 0xfe76), (0xfe78, 0xfe78), (0xfe7a, 0xfe7a),
        (0xfe7c, 0xfe7c), (0xfe7e, 0xfe7e), (0xff9e, 0xff9f),
    ];
    /// XID_Continue code points that are neither XID_Start nor `isdecimal`.
    pub const ID_CONTINUE_EXTRA: &[(u32, u32)] = &[
        (0xb7, 0xb7), (0x300, 0x36f), (0x387, 0x387), (0x483, 0x487), (0x591, 0x5bd), (0x5bf, 0x5bf),
        (0x5c1, 0x5c2), (0x5c4, 0x5c5), (0x5c7, 0x5c7), (0x610, 0x61a), (0x64b, 0x65f), (0x670, 0x670),
        (0x6d6, 0x6dc), (0x6df, 0x6e4), (0x6e7, 0x6e8), (0x6ea, 0x6ed), (0x711, 0x711), (0x730, 0x74a),
        (0x7a6, 0x7b0), (0x7eb, 0x7f3), (0x7fd, 0x7fd), (0x816, 0x819), (0x81b, 0x823), (0x825, 0x827),
        (0x829, 0x82d), (0x859, 0x85b), (0x898, 0x89f), (0x8ca, 0x8e1), (0x8e3, 0x903), (0x93a, 0x93c),
        (0x93e, 0x94f), (0x951, 0x957), (0x962, 0x963), (0x981, 0x983), (0x9bc, 0x9bc), (0x9be, 0x9c4),
        (0x9c7, 0x9c8), (0x9cb, 0x9cd), (0x9d7, 0x9d7), (0x9e2, 0x9e3), (0x9fe, 0x9fe), (0xa01, 0xa03),
        (0xa3c, 0xa3c), (0xa3e, 0xa42), (0xa47, 0xa48), (0xa4b, 0xa4d), (0xa51, 0xa51), (0xa70, 0xa71),
        (0xa75, 0xa75), (0xa81, 0xa83), (0xabc, 0xabc), (0xabe, 0xac5), (0xac7, 0xac9), (0xacb, 0xacd),
        (0xae2, 0xae3), (0xafa, 0xaff), (0xb01, 0xb03), (0xb3c, 0xb3c), (0xb3e, 0xb44), (0xb47, 0xb48),
        (0xb4b, 0xb4d), (0xb55, 0xb57), (0xb62, 0xb63), (0xb82, 0xb82), (0xbbe, 0xbc2), (0xbc6, 0xbc8),
        (0xbca, 0xbcd), (0xbd7, 0xbd7), (0xc00, 0xc04), (0xc3c, 0xc3c), (0xc3e, 0xc44), (0xc46, 0xc48),
        (0xc4a, 0xc4d), (0xc55, 0xc56), (0xc62, 0xc63), (0xc81, 0xc83), (0xcbc, 0xcbc), (0xcbe, 0xcc4),
        (0xcc6, 0xcc8), (0xcca, 0xccd), (0xcd5, 0xcd6), (0xce2, 0xce3), (0xd00, 0xd03), (0xd3b, 0xd3c),
        (0xd3e, 0xd44), (0xd46, 0xd48), (0xd4a, 0xd4d), (0xd57, 0xd57), (0xd62, 0xd63), (0xd81, 0xd83),
        (0xdca, 0xdca), (0xdcf, 0xdd4), (0xdd6, 0xdd6), (0xdd8, 0xddf), (0xdf2, 0xdf3), (0xe31, 0xe31),
        (0xe33, 0xe3a), (0xe47, 0xe4e), (0xeb1, 0xeb1), (0xeb3, 0xebc), (0xec8, 0xecd), (0xf18, 0xf19),
        (0xf35, 0xf35), (0xf37, 0xf37), (0xf39, 0xf39), (0xf3e, 0xf3f), (0xf71, 0xf84), (0xf86, 0xf87),
        (0xf8d, 0xf97), (0xf99, 0xfbc), (0xfc6, 0xfc6), (0x102b, 0x103e), (0x1056, 0x1059), (0x105e, 0x1060),
        (0x1062, 0x1064), (0x1067, 0x106d), (0x1071, 0x1074), (0x1082, 0x108d), (0x108f, 0x108f), (0x109a, 0x109d),
        (0x135d, 0x135f), (0x1369, 0x1371), (0x1712, 0x1715), (0x1732, 0x1734), (0x1752, 0x1753), (0x1772, 0x1773),
        (0x17b4, 0x17d3), (0x17dd, 0x17dd), (0x180b, 0x180d), (0x180f, 0x180f), (0x18a9, 0x18a9), (0x1920, 0x192b),
        (0x1930, 0x193b), (0x19da, 0x19da), (0x1a17, 0x1a1b), (0x1a55, 0x1a5e), (0x1a60, 0x1a7c), (0x1a7f, 0x1a7f),
        (0x1ab0, 0x1abd), (0x1abf, 0x1ace), (0x1b00, 0x1b04), (0x1b34, 0x1b44), (0x1b6b, 0x1b73), (0x1b80, 0x1b82),
        (0x1ba1, 0x1bad), (0x1be6, 0x1bf3), (0x1c24, 0x1c37), (0x1cd0, 0x1cd2), (0x1cd4, 0x1ce8), (0x1ced, 0x1ced),
        (0x1cf4, 0x1cf4), (0x1cf7, 0x1cf9), (0x1dc0, 0x1dff), (0x203f, 0x2040), (0x2054, 0x2054), (0x20d0, 0x20dc),
        (0x20e1, 0x20e1), (0x20e5, 0x20f0), (0x2cef, 0x2cf1), (0x2d7f, 0x2d7f), (0x2de0, 0x2dff), (0x302a, 0x302f),
        (0x3099, 0x309a), (0xa66f, 0xa66f), (0xa674, 0xa67d), (0xa69e, 0xa69f), (0xa6f0, 0xa6f1), (0xa802, 0xa802),
        (0xa806, 0xa806), (0xa80b, 0xa80b), (0xa823, 0xa827), (0xa82c, 0xa82c), (0xa880, 0xa881), (0xa8b4, 0xa8c5),
        (0xa8e0, 0xa8f1), (0xa8ff, 0xa8ff), (0xa926, 0xa92d), (0xa947, 0xa953), (0xa980, 0xa983), (0xa9b3, 0xa9c0),
        (0xa9e5, 0xa9e5), (0xaa29, 0xaa36), (0xaa43, 0xaa43), (0xaa4c, 0xaa4d), (0xaa7b, 0xaa7d), (0xaab0, 0xaab0),
        (0xaab2, 0xaab4), (0xaab7, 0xaab8), (0xaabe, 0xaabf), (0xaac1, 0xaac1), (0xaaeb, 0xaaef), (0xaaf5, 0xaaf6),
        (0xabe3, 0xabea), (0xabec, 0xabed), (0xfb1e, 0xfb1e), (0xfe00, 0xfe0f), (0xfe20, 0xfe2f), (0xfe33, 0xfe34),
        (0xfe4d, 0xfe4f), (0xff3f, 0xff3f), (0xff9e, 0xff9f), (0x101fd, 0x101fd), (0x102e0, 0x102e0), (0x10376, 0x1037a),
        (0x10a01, 0x10a03), (0x10a05, 0x10a06), (0x10a0c, 0x10a0f), (0x10a38, 0x10a3a), (0x10a3f, 0x10a3f), (0x10ae5, 0x10ae6),
        (0x10d24, 0x10d27), (0x10eab, 0x10eac), (0x10f46, 0x10f50), (0x10f82, 0x10f85), (0x11000, 0x11002), (0x11038, 0x11046),
        (0x11070, 0x11070), (0x11073, 0x11074), (0x1107f, 0x11082), (0x110b0, 0x110ba), (0x110c2, 0x110c2), (0x11100, 0x11102),
        (0x11127, 0x11134), (0x11145, 0x11146), (0x11173, 0x11173), (0x11180, 0x11182), (0x111b3, 0x111c0), (0x111c9, 0x111cc),
        (0x111ce, 0x111cf), (0x1122c, 0x11237), (0x1123e, 0x1123e), (0x112df, 0x112ea), (0x11300, 0x11303), (0x1133b, 0x1133c),
        (0x1133e, 0x11344), (0x11347, 0x11348), (0x1134b, 0x1134d), (0x11357, 0x11357), (0x11362, 0x11363), (0x11366, 0x1136c),
        (0x11370, 0x11374), (0x11435, 0x11446), (0x1145e, 0x1145e), (0x114b0, 0x114c3), (0x115af, 0x115b5), (0x115b8, 0x115c0),
        (0x115dc, 0x115dd), (0x11630, 0x11640), (0x116ab, 0x116b7), (0x1171d, 0x1172b), (0x1182c, 0x1183a), (0x11930, 0x11935),
        (0x11937, 0x11938), (0x1193b, 0x1193e), (0x11940, 0x11940), (0x11942, 0x11943), (0x119d1, 0x119d7), (0x119da, 0x119e0),
        (0x119e4, 0x119e4), (0x11a01, 0x11a0a), (0x11a33, 0x11a39), (0x11a3b, 0x11a3e), (0x11a47, 0x11a47), (0x11a51, 0x11a5b),
        (0x11a8a, 0x11a99), (0x11c2f, 0x11c36), (0x11c38, 0x11c3f), (0x11c92, 0x11ca7), (0x11ca9, 0x11cb6), (0x11d31, 0x11d36),
        (0x11d3a, 0x11d3a), (0x11d3c, 0x11d3d), (0x11d3f, 0x11d45), (0x11d47, 0x11d47), (0x11d8a, 0x11d8e), (0x11d90, 0x11d91),
        (0x11d93, 0x11d97), (0x11ef3, 0x11ef6), (0x16af0, 0x16af4), (0x16b30, 0x16b36), (0x16f4f, 0x16f4f), (0x16f51, 0x16f87),
        (0x16f8f, 0x16f92), (0x16fe4, 0x16fe4), (0x16ff0, 0x16ff1), (0x1bc9d, 0x1bc9e), (0x1cf00, 0x1cf2d), (0x1cf30, 0x1cf46),
        (0x1d165, 0x1d169), (0x1d16d, 0x1d172), (0x1d17b, 0x1d182), (0x1d185, 0x1d18b), (0x1d1aa, 0x1d1ad), (0x1d242, 0x1d244),
        (0x1da00, 0x1da36), (0x1da3b, 0x1da6c), (0x1da75, 0x1da75), (0x1da84, 0x1da84), (0x1da9b, 0x1da9f), (0x1daa1, 0x1daaf),
        (0x1e000, 0x1e006), (0x1e008, 0x1e018), (0x1e01b, 0x1e021), (0x1e023, 0x1e024), (0x1e026, 0x1e02a), (0x1e130, 0x1e136),
        (0x1e2ae, 0x1e2ae), (0x1e2ec, 0x1e2ef), (0x1e8d0, 0x1e8d6), (0x1e944, 0x1e94a), (0xe0100, 0xe01ef),
    ];
}
