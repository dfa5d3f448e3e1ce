//! The `_json` module: the accelerator behind lib/json, as Modules/_json.c
//! is behind CPython's json (3.11 behaviour, messages and positions).
//! lib/json imports `scanstring`, `make_scanner`, `encode_basestring`,
//! `encode_basestring_ascii` and `make_encoder` from here when they exist,
//! keeping its pure-Python versions as fallbacks, as CPython's json does.
//!
//! **Decoding.** `make_scanner(context)` reads the decoder's options once
//! (strict, object_hook, object_pairs_hook, parse_float, parse_int,
//! parse_constant) and returns a `Scanner`, called as `scan_once(string,
//! idx)`: it parses the one JSON value starting exactly at `idx` and returns
//! `(value, end)`, or raises StopIteration(idx) when no value starts there
//! (the Python side turns that into "Expecting value"). As in the C scanner,
//! a StopIteration from a nested value propagates unchanged: `[1,]` fails
//! with StopIteration(3). Malformed input raises json.decoder.JSONDecodeError
//! (looked up at each error, as `raise_errmsg` does) with _json.c's
//! messages and positions. Object keys are memoised per call (the C
//! scanner's `memo`): equal keys share one str object, created once.
//!
//! pygil's str is UTF-8 while Python's positions count code points. The
//! scanner works on the bytes: every character the grammar looks at is
//! ASCII and no byte of a multi-byte character is ASCII, so it takes the
//! same decisions as CPython's per-character loop. Even the bounds checks
//! agree ("4 hex digits and one more character": a hex digit is one byte,
//! and "one more character" is "one more byte"). Indices are converted at
//! the edges only: the start index on entry, the end index and error
//! positions on exit.
//!
//! A `\uXXXX` escape that leaves a lone surrogate cannot be held by pygil's
//! str (CPython returns a str containing it). The scan goes on with U+FFFD
//! in its place, so a malformed document still gets CPython's
//! JSONDecodeError, and a scan that succeeds raises ValueError at the end.
//!
//! **Encoding.** `make_encoder(markers, default, encoder, indent,
//! key_separator, item_separator, sort_keys, skipkeys, allow_nan)` returns an
//! `Encoder`, called as `encoder(obj, _current_indent_level)`. It writes the
//! whole document into one buffer and returns it as a one-item list (3.11's
//! C encoder returns a list of chunks too). The type tests follow
//! `encoder_listencode_obj`: None/True/False; str and its subclasses by
//! their characters; int and its subclasses through `int.__repr__` (so an
//! IntEnum is its number); float through `float.__repr__`, with NaN and the
//! infinities as JavaScript's names unless allow_nan is false; list and
//! tuple (subclasses too, by their items, not `__iter__`); dict; anything
//! else through `default`, whose result is encoded in its place. A dict
//! subclass is read through its `items()` (PyMapping_Items); with sort_keys
//! the (key, value) pairs are sorted as `list.sort` sorts them. When
//! `markers` is a dict, the containers and `default` arguments being
//! encoded are tracked by identity (in a set of the encoder's own rather
//! than in that dict) and meeting one again raises "Circular reference
//! detected". `indent` is accepted and ignored, as by 3.11's C encoder:
//! lib/json uses its Python encoder when an indent is given.
//! When `encoder` is this module's `encode_basestring(_ascii)`, strings are
//! escaped straight into the buffer (the C encoder's `fast_encode`).

use crate::objects::function::Args;
use crate::objects::int::{int_to_string, parse_int_value};
use crate::objects::list::merge_sort;
use crate::objects::object::NativeData;
use crate::objects::str::PyStr;
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::{bind_native, call, call_method0, check_args};
use crate::vm::dictops::dict_setitem;
use crate::vm::errors::*;
use crate::vm::exceptions::make_exception;
use crate::vm::import::import_module;
use crate::vm::iterops::collect;
use crate::vm::ops::*;
use crate::vm::types::{new_native_type, types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;

// ---- escaping strings -----------------------------------------------------------

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `\uXXXX` for one UTF-16 code unit, lowercase hex as Py_hexdigits.
fn push_unit(out: &mut String, u: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((u >> shift) & 0xf) as usize] as char);
    }
}

/// The two-character escape of an ASCII character, if JSON has one.
fn short_escape(c: u8) -> Option<&'static str> {
    Some(match c {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        b'\x08' => "\\b",
        b'\x0c' => "\\f",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        _ => return None,
    })
}

/// `ascii_escape_unicode`: `s` quoted, with everything outside printable
/// ASCII (and `"` and `\`) escaped; characters above U+FFFF become a
/// surrogate pair of escapes.
fn escape_ascii(out: &mut String, s: &str) {
    out.push('"');
    let b = s.as_bytes();
    let (mut run, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if (b' '..=b'~').contains(&c) && c != b'"' && c != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&s[run..i]);
        if c < 0x80 {
            match short_escape(c) {
                Some(e) => out.push_str(e),
                None => push_unit(out, c as u32),
            }
            i += 1;
        } else {
            let ch = s[i..].chars().next().unwrap_or_default();
            let cp = ch as u32;
            if cp >= 0x10000 {
                let v = cp - 0x10000;
                push_unit(out, 0xd800 | (v >> 10));
                push_unit(out, 0xdc00 | (v & 0x3ff));
            } else {
                push_unit(out, cp);
            }
            i += ch.len_utf8();
        }
        run = i;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// `escape_unicode`: `s` quoted, with only `"`, `\` and the control
/// characters below U+0020 escaped.
fn escape_unicode(out: &mut String, s: &str) {
    out.push('"');
    let b = s.as_bytes();
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        if c >= 0x20 && c != b'"' && c != b'\\' {
            continue;
        }
        out.push_str(&s[run..i]);
        match short_escape(c) {
            Some(e) => out.push_str(e),
            None => push_unit(out, c as u32),
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// The str argument of a module function (CPython's wording when it is not one).
fn str_arg(v: &Value) -> PyResult<&PyStr> {
    as_str(v).ok_or_else(|| type_error(format!("first argument must be a string, not {}", type_name(v))))
}

fn encode_basestring_ascii(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("encode_basestring_ascii", &args, 1, 1)?;
    let s = str_arg(&args.pos[0])?;
    let mut out = String::with_capacity(s.as_str().len() + 2);
    escape_ascii(&mut out, s.as_str());
    Ok(new_str(out))
}

fn encode_basestring(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("encode_basestring", &args, 1, 1)?;
    let s = str_arg(&args.pos[0])?;
    let mut out = String::with_capacity(s.as_str().len() + 2);
    escape_unicode(&mut out, s.as_str());
    Ok(new_str(out))
}

// ---- positions ------------------------------------------------------------------

/// A document's text with conversions between code-point indices (what
/// Python sees) and byte offsets (what the scanner uses).
struct Text<'a> {
    s: &'a PyStr,
}

impl<'a> Text<'a> {
    fn str(&self) -> &'a str {
        self.s.as_str()
    }

    /// The byte offset of code point `i` (`i <= len`).
    fn byte_of(&self, i: usize) -> usize {
        self.s.byte_offset(i)
    }

    /// The code-point index of byte offset `b` (a character boundary).
    fn index_of(&self, b: usize) -> i64 {
        if self.s.is_ascii() {
            return b as i64;
        }
        // Count the bytes that start a character (all but 0b10xxxxxx).
        self.str().as_bytes()[..b].iter().filter(|&&c| (c as i8) >= -0x40).count() as i64
    }
}

// ---- decoding -------------------------------------------------------------------

/// A malformed document, as `raise_errmsg` reports it in _json.c.
#[derive(Clone, Copy, Debug)]
enum Malformed {
    /// A control character (below U+0020) inside a string, in strict mode.
    ControlChar,
    /// No closing quote; reported at the opening quote.
    Unterminated,
    /// A backslash followed by something other than `"\/bfnrtu`.
    BadEscape,
    /// `\u` not followed by 4 hex digits (and one more character).
    BadUnicodeEscape,
    /// An object member that does not start with `"`.
    PropertyName,
    /// No `:` after an object key.
    Colon,
    /// No `,` (or closing bracket) after an array item or object member.
    Comma,
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Malformed::ControlChar => "Invalid control character at",
            Malformed::Unterminated => "Unterminated string starting at",
            Malformed::BadEscape => "Invalid \\escape",
            Malformed::BadUnicodeEscape => "Invalid \\uXXXX escape",
            Malformed::PropertyName => "Expecting property name enclosed in double quotes",
            Malformed::Colon => "Expecting ':' delimiter",
            Malformed::Comma => "Expecting ',' delimiter",
        })
    }
}

/// Why a scan stopped. Offsets are bytes into the document;
/// `Scanner::raise` makes the Python exception.
enum ScanError {
    /// An exception from Python code (a hook, a parse function) or a conversion.
    Python(PyErr),
    /// No JSON value starts at this offset: StopIteration(index).
    NoValue(usize),
    /// Malformed JSON at this offset: JSONDecodeError(msg, doc, index).
    /// For `Unterminated` the offset is the one after the opening quote
    /// (which can be 0 when `scanstring` is called directly, so the quote's
    /// index -1 is computed after conversion).
    Malformed(Malformed, usize),
}

impl From<PyErr> for ScanError {
    fn from(e: PyErr) -> ScanError {
        ScanError::Python(e)
    }
}

type Scan<T> = Result<T, ScanError>;

/// The error for a document whose scan met a lone surrogate escape.
#[cold]
fn lone_surrogate(c: u32) -> PyErr {
    value_error(format!("JSON string escape \\u{:04x} is a lone surrogate, which a pygil str cannot hold", c))
}

/// The value of 4 hex digits.
fn hex4(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, &d| Some((acc << 4) | (d as char).to_digit(16)?))
}

/// `scanstring_unicode`: the string literal whose opening quote is just
/// before byte `end`; returns its value and the offset after the closing
/// quote. Borrowed from the document when it has no escapes. A lone
/// surrogate escape becomes U+FFFD and is recorded in `lone` (the first one).
fn scan_string<'s>(s: &'s str, end: usize, strict: bool, lone: &mut Option<u32>) -> Scan<(Cow<'s, str>, usize)> {
    let b = s.as_bytes();
    let after_quote = end;
    let mut end = end;
    let mut buf: Option<String> = None;
    loop {
        // Find the closing quote or the next backslash.
        let mut next = end;
        let c = loop {
            let Some(&c) = b.get(next) else {
                return Err(ScanError::Malformed(Malformed::Unterminated, after_quote));
            };
            if c == b'"' || c == b'\\' {
                break c;
            }
            if c < 0x20 && strict {
                return Err(ScanError::Malformed(Malformed::ControlChar, next));
            }
            next += 1;
        };
        if c == b'"' && buf.is_none() {
            return Ok((Cow::Borrowed(&s[end..next]), next + 1));
        }
        let out = buf.get_or_insert_with(String::new);
        out.push_str(&s[end..next]);
        next += 1;
        if c == b'"' {
            return Ok((Cow::Owned(buf.unwrap_or_default()), next));
        }
        let Some(&esc) = b.get(next) else {
            return Err(ScanError::Malformed(Malformed::Unterminated, after_quote));
        };
        if esc != b'u' {
            out.push(match esc {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\x08',
                b'f' => '\x0c',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(ScanError::Malformed(Malformed::BadEscape, next - 1)),
            });
            end = next + 1;
            continue;
        }
        // \uXXXX: the digits and at least one more character must follow.
        next += 1;
        end = next + 4;
        if end >= b.len() {
            return Err(ScanError::Malformed(Malformed::BadUnicodeEscape, next - 1));
        }
        let mut cp = hex4(&b[next..end]).ok_or(ScanError::Malformed(Malformed::BadUnicodeEscape, next - 1))?;
        // A high surrogate escape followed by a low one is one character.
        if (0xd800..0xdc00).contains(&cp) && end + 6 < b.len() && b[end] == b'\\' && b[end + 1] == b'u' {
            let low = hex4(&b[end + 2..end + 6]).ok_or(ScanError::Malformed(Malformed::BadUnicodeEscape, end + 1))?;
            if (0xdc00..0xe000).contains(&low) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                end += 6;
            }
        }
        out.push(char::from_u32(cp).unwrap_or_else(|| {
            lone.get_or_insert(cp);
            char::REPLACEMENT_CHARACTER
        }));
    }
}

/// JSON's whitespace (IS_WHITESPACE).
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// A `Scanner` object: the decoder options, read once from the context.
struct ScannerData {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

impl NativeData for ScannerData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

type Memo<'a> = HashMap<Cow<'a, str>, Value, std::hash::BuildHasherDefault<StrHasher>>;

/// One `scan_once` call over one document.
struct Scanner<'a> {
    opts: &'a ScannerData,
    s: &'a str,
    b: &'a [u8],
    /// parse_float is `float` / parse_int is `int`: convert without calling them.
    float_is_builtin: bool,
    int_is_builtin: bool,
    memo: Memo<'a>,
    /// The first lone surrogate escape met (see the file comment).
    lone: Option<u32>,
}

impl<'a> Scanner<'a> {
    fn new(opts: &'a ScannerData, s: &'a str) -> Scanner<'a> {
        let t = types();
        Scanner {
            opts,
            s,
            b: s.as_bytes(),
            float_is_builtin: opts.parse_float.is(&Value::Obj(t.float.clone())),
            int_is_builtin: opts.parse_int.is(&Value::Obj(t.int.clone())),
            memo: Memo::default(),
            lone: None,
        }
    }

    /// `scan_once_unicode`: the value starting at byte `i`.
    fn value(&mut self, ts: &mut ThreadState, i: usize) -> Scan<(Value, usize)> {
        let b = self.b;
        let Some(&c) = b.get(i) else { return Err(ScanError::NoValue(i)) };
        let rest = &b[i..];
        match c {
            b'"' => {
                let (s, end) = scan_string(self.s, i + 1, self.opts.strict, &mut self.lone)?;
                Ok((new_str(s), end))
            }
            b'{' => self.nested(ts, i + 1, "object", Self::object),
            b'[' => self.nested(ts, i + 1, "array", Self::array),
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => self.constant(ts, "NaN", i),
            b'I' if rest.starts_with(b"Infinity") => self.constant(ts, "Infinity", i),
            b'-' if rest.starts_with(b"-Infinity") => self.constant(ts, "-Infinity", i),
            _ => self.number(ts, i),
        }
    }

    /// An object or array, one level deeper in the recursion limit.
    fn nested(&mut self, ts: &mut ThreadState, i: usize, what: &str, parse: fn(&mut Self, &mut ThreadState, usize) -> Scan<(Value, usize)>) -> Scan<(Value, usize)> {
        if ts.enter_native().is_err() {
            return Err(recursion_error(format!("maximum recursion depth exceeded while decoding a JSON {} from a unicode string", what)).into());
        }
        let r = parse(self, ts, i);
        ts.leave_native();
        r
    }

    /// A key, shared with the earlier equal keys of this call.
    fn key(&mut self, k: Cow<'a, str>) -> Value {
        if let Some(v) = self.memo.get(k.as_ref()) {
            return v.clone();
        }
        let v = new_str(k.as_ref());
        self.memo.insert(k, v.clone());
        v
    }

    /// `_parse_object_unicode`: members from byte `i` (after the `{`).
    fn object(&mut self, ts: &mut ThreadState, i: usize) -> Scan<(Value, usize)> {
        let (b, n) = (self.b, self.b.len());
        let pairs_hook = !self.opts.object_pairs_hook.is_none();
        let mut pairs = Vec::new();
        let dict = new_dict_obj();
        let mut i = skip_ws(b, i);
        if i >= n || b[i] != b'}' {
            loop {
                if i >= n || b[i] != b'"' {
                    return Err(ScanError::Malformed(Malformed::PropertyName, i));
                }
                let (k, next) = scan_string(self.s, i + 1, self.opts.strict, &mut self.lone)?;
                let key = self.key(k);
                i = skip_ws(b, next);
                if i >= n || b[i] != b':' {
                    return Err(ScanError::Malformed(Malformed::Colon, i));
                }
                i = skip_ws(b, i + 1);
                let (value, next) = self.value(ts, i)?;
                if pairs_hook {
                    pairs.push(new_tuple(vec![key, value]));
                } else {
                    dict_setitem(ts, &dict, key, value)?;
                }
                i = skip_ws(b, next);
                if i < n && b[i] == b'}' {
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(ScanError::Malformed(Malformed::Comma, i));
                }
                i = skip_ws(b, i + 1);
            }
        }
        let v = if pairs_hook {
            call(ts, &self.opts.object_pairs_hook, &[new_list(pairs)])?
        } else if !self.opts.object_hook.is_none() {
            call(ts, &self.opts.object_hook, &[Value::Obj(dict)])?
        } else {
            Value::Obj(dict)
        };
        Ok((v, i + 1))
    }

    /// `_parse_array_unicode`: items from byte `i` (after the `[`).
    fn array(&mut self, ts: &mut ThreadState, i: usize) -> Scan<(Value, usize)> {
        let (b, n) = (self.b, self.b.len());
        let mut items = Vec::new();
        let mut i = skip_ws(b, i);
        if i >= n || b[i] != b']' {
            loop {
                let (value, next) = self.value(ts, i)?;
                items.push(value);
                i = skip_ws(b, next);
                if i < n && b[i] == b']' {
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(ScanError::Malformed(Malformed::Comma, i));
                }
                i = skip_ws(b, i + 1);
            }
        }
        Ok((new_list(items), i + 1))
    }

    /// `_parse_constant`: NaN, Infinity or -Infinity through parse_constant.
    fn constant(&mut self, ts: &mut ThreadState, name: &str, i: usize) -> Scan<(Value, usize)> {
        let v = call(ts, &self.opts.parse_constant, &[new_str(name)])?;
        Ok((v, i + name.len()))
    }

    /// `_match_number_unicode`: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`
    /// at byte `start`, with _json.c's lookahead rules (a fraction or an
    /// exponent is taken only when a character follows its first one).
    fn number(&mut self, ts: &mut ThreadState, start: usize) -> Scan<(Value, usize)> {
        let (b, n) = (self.b, self.b.len());
        let digit = |i: usize| i < n && b[i].is_ascii_digit();
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i >= n {
                return Err(ScanError::NoValue(start));
            }
        }
        match b[i] {
            b'1'..=b'9' => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            b'0' => i += 1,
            _ => return Err(ScanError::NoValue(start)),
        }
        let mut is_float = false;
        if i + 1 < n && b[i] == b'.' && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i + 1 < n && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i + 1 < n && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &self.s[start..i];
        let v = if is_float {
            if self.float_is_builtin {
                // The text is a plain decimal literal: Rust's parse is correctly rounded like _Py_dg_strtod.
                Value::Float(text.parse().unwrap_or(f64::NAN))
            } else {
                call(ts, &self.opts.parse_float, &[new_str(text)])?
            }
        } else if self.int_is_builtin {
            match text.parse::<i64>() {
                Ok(v) => Value::Int(v),
                Err(_) => parse_int_value(text, 10)?,
            }
        } else {
            call(ts, &self.opts.parse_int, &[new_str(text)])?
        };
        Ok((v, i))
    }
}

/// The Python exception for a failed scan of `doc`.
#[cold]
fn raise(ts: &mut ThreadState, doc: &Value, text: &Text, e: ScanError) -> PyErr {
    match e {
        ScanError::Python(e) => e,
        ScanError::NoValue(b) => stop_iteration(Value::Int(text.index_of(b))),
        ScanError::Malformed(kind, b) => {
            let pos = match kind {
                Malformed::Unterminated => text.index_of(b) - 1,
                _ => text.index_of(b),
            };
            decode_error(ts, &kind.to_string(), doc, pos).unwrap_or_else(|e| e)
        }
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`, ready to raise.
fn decode_error(ts: &mut ThreadState, msg: &str, doc: &Value, pos: i64) -> PyResult<PyErr> {
    let m = import_module(ts, "json.decoder")?;
    let cls = getattr_str(ts, &m, "JSONDecodeError")?;
    let exc = call(ts, &cls, &[new_str(msg), doc.clone(), Value::Int(pos)])?;
    make_exception(ts, &exc)
}

/// scanstring(string, end, strict=True) -> (str, end)
fn scanstring(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("scanstring", &args, 2, 3)?;
    let end = index_value(ts, &args.pos[1])?;
    let strict = match args.pos.get(2) {
        Some(v) => truthy(ts, v)?,
        None => true,
    };
    let doc = &args.pos[0];
    let text = Text { s: str_arg(doc)? };
    if end < 0 || end as usize > text.s.char_len() {
        return Err(value_error("end is out of bounds"));
    }
    let mut lone = None;
    match scan_string(text.str(), text.byte_of(end as usize), strict, &mut lone) {
        Ok(_) if lone.is_some() => Err(lone_surrogate(lone.unwrap_or_default())),
        Ok((s, next)) => Ok(new_tuple(vec![new_str(s), Value::Int(text.index_of(next))])),
        Err(e) => Err(raise(ts, doc, &text, e)),
    }
}

fn scanner_of(v: &Value) -> PyResult<&ScannerData> {
    if let Value::Obj(o) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(s) = n.as_any().downcast_ref::<ScannerData>() {
                return Ok(s);
            }
        }
    }
    Err(type_error("descriptor requires a '_json.Scanner' object"))
}

/// make_scanner(context): `Scanner.__new__`.
fn scanner_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().and_then(as_type).cloned().ok_or_else(|| type_error("Scanner.__new__(X): X is not a type object"))?;
    let a = bind_native("make_scanner", &Args { pos: &args.pos[1..], ..args }, &["context"], 1)?;
    let ctx = &a[0];
    let strict = getattr_str(ts, ctx, "strict")?;
    let data = ScannerData {
        strict: truthy(ts, &strict)?,
        object_hook: getattr_str(ts, ctx, "object_hook")?,
        object_pairs_hook: getattr_str(ts, ctx, "object_pairs_hook")?,
        parse_float: getattr_str(ts, ctx, "parse_float")?,
        parse_int: getattr_str(ts, ctx, "parse_int")?,
        parse_constant: getattr_str(ts, ctx, "parse_constant")?,
    };
    Ok(Value::Obj(PyObject::new(cls, Payload::Native(Box::new(data)))))
}

/// scan_once(string, idx) -> (value, end)
fn scanner_call(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let opts = scanner_of(&args.pos[0])?;
    let a = bind_native("scan_once", &Args { pos: &args.pos[1..], ..args }, &["string", "idx"], 2)?;
    let idx = index_value(ts, &a[1])?;
    let doc = &a[0];
    let text = Text { s: str_arg(doc)? };
    if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    }
    if idx as usize >= text.s.char_len() {
        return Err(stop_iteration(Value::Int(idx)));
    }
    let mut sc = Scanner::new(opts, text.str());
    match sc.value(ts, text.byte_of(idx as usize)) {
        Ok(_) if sc.lone.is_some() => Err(lone_surrogate(sc.lone.unwrap_or_default())),
        Ok((v, end)) => Ok(new_tuple(vec![v, Value::Int(text.index_of(end))])),
        Err(e) => {
            drop(sc);
            Err(raise(ts, doc, &text, e))
        }
    }
}

macro_rules! scanner_getters {
    ($($name:ident => $field:ident),* $(,)?) => {
        $(fn $name(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            Ok(scanner_of(&args.pos[0])?.$field.clone())
        })*
    };
}

scanner_getters! {
    scanner_object_hook => object_hook,
    scanner_object_pairs_hook => object_pairs_hook,
    scanner_parse_float => parse_float,
    scanner_parse_int => parse_int,
    scanner_parse_constant => parse_constant,
}

fn scanner_strict(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(scanner_of(&args.pos[0])?.strict))
}

// ---- encoding -------------------------------------------------------------------

/// Which of this module's escaping functions the encoder was given.
#[derive(Clone, Copy)]
enum Escape {
    Ascii,
    Unicode,
}

/// An `Encoder` object: make_encoder's arguments.
struct EncoderData {
    markers: Value,
    default: Value,
    encoder: Value,
    indent: Value,
    key_separator: Value,
    item_separator: Value,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// `encoder` is encode_basestring(_ascii): escape without calling it.
    fast: Option<Escape>,
    /// Identities of the containers and `default` arguments being encoded,
    /// when `markers` is a dict (circular reference detection).
    active: RefCell<HashSet<i64>>,
}

impl NativeData for EncoderData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A dict's (key, value) pairs to encode: read from an exact dict, or
/// whatever a subclass's `items()` gave (checked one by one, as in C).
enum Items {
    Pairs(Vec<(Value, Value)>),
    Other(Vec<Value>),
}

/// A dict key turned into the text to encode as a JSON string.
enum KeyText<'k> {
    /// A str key (or str subclass instance), encoded as it is.
    Str(&'k Value, &'k str),
    /// The text of a number, bool or None key.
    Made(Cow<'static, str>),
}

/// One `encoder(obj, level)` call: the document is written into `out`.
struct Encoding<'e> {
    e: &'e EncoderData,
    key_sep: &'e str,
    item_sep: &'e str,
    out: String,
}

const RECURSION: &str = "maximum recursion depth exceeded while encoding a JSON object";

impl<'e> Encoding<'e> {
    /// `encoder_listencode_obj`.
    fn obj(&mut self, ts: &mut ThreadState, v: &Value) -> PyResult<()> {
        match v {
            Value::None | Value::Null => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                use std::fmt::Write;
                let _ = write!(self.out, "{}", i);
            }
            Value::Float(f) => self.float(*f)?,
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => self.string(ts, v, s.as_str())?,
                Payload::Int(_) => self.out.push_str(&int_to_string(v)?),
                Payload::Float(f) => self.float(*f)?,
                Payload::List(_) | Payload::Tuple(_) => self.nested(ts, |enc, ts| enc.list(ts, v, o))?,
                Payload::Dict(_) => self.nested(ts, |enc, ts| enc.dict(ts, v, o))?,
                _ => self.other(ts, v)?,
            },
        }
        Ok(())
    }

    /// Encode one level deeper in the recursion limit.
    fn nested(&mut self, ts: &mut ThreadState, f: impl FnOnce(&mut Self, &mut ThreadState) -> PyResult<()>) -> PyResult<()> {
        if ts.enter_native().is_err() {
            return Err(recursion_error(RECURSION));
        }
        let r = f(self, ts);
        ts.leave_native();
        r
    }

    /// Start encoding a container: its identity joins the markers.
    fn enter(&self, v: &Value) -> PyResult<Option<i64>> {
        if self.e.markers.is_none() {
            return Ok(None);
        }
        let id = v.id();
        if !self.e.active.borrow_mut().insert(id) {
            return Err(value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave(&self, id: Option<i64>) {
        if let Some(id) = id {
            self.e.active.borrow_mut().remove(&id);
        }
    }

    /// `encoder_encode_float`.
    fn float_text(&self, f: f64) -> PyResult<Cow<'static, str>> {
        if f.is_finite() {
            return Ok(Cow::Owned(pyfmt::float_repr(f)));
        }
        if !self.e.allow_nan {
            return Err(value_error("Out of range float values are not JSON compliant"));
        }
        Ok(Cow::Borrowed(if f > 0.0 {
            "Infinity"
        } else if f < 0.0 {
            "-Infinity"
        } else {
            "NaN"
        }))
    }

    fn float(&mut self, f: f64) -> PyResult<()> {
        let t = self.float_text(f)?;
        self.out.push_str(&t);
        Ok(())
    }

    /// `encoder_encode_string`: `v` (whose text is `s`) as a JSON string.
    fn string(&mut self, ts: &mut ThreadState, v: &Value, s: &str) -> PyResult<()> {
        match self.e.fast {
            Some(Escape::Ascii) => escape_ascii(&mut self.out, s),
            Some(Escape::Unicode) => escape_unicode(&mut self.out, s),
            None => {
                let r = call(ts, &self.e.encoder, std::slice::from_ref(v))?;
                let Some(t) = as_str(&r) else {
                    return Err(type_error(format!("encoder() must return a string, not {}", type_name(&r))));
                };
                self.out.push_str(t.as_str());
            }
        }
        Ok(())
    }

    /// `encoder_listencode_list`: a list or tuple. PySequence_Fast reads an
    /// exact list or tuple directly (here by index, live) and iterates a
    /// subclass into a new list.
    fn list(&mut self, ts: &mut ThreadState, v: &Value, o: &PyRef) -> PyResult<()> {
        let t = types();
        let iterated = if is_exact(o, &t.list) || is_exact(o, &t.tuple) { None } else { Some(collect(ts, v)?) };
        let item = |i: usize| match (&iterated, &o.payload) {
            (Some(items), _) => items.get(i).cloned(),
            (None, Payload::List(l)) => l.borrow().get(i).cloned(),
            (None, Payload::Tuple(t)) => t.get(i).cloned(),
            _ => None,
        };
        let Some(first) = item(0) else {
            self.out.push_str("[]");
            return Ok(());
        };
        let id = self.enter(v)?;
        self.out.push('[');
        self.obj(ts, &first)?;
        let mut i = 1;
        while let Some(x) = item(i) {
            self.out.push_str(self.item_sep);
            self.obj(ts, &x)?;
            i += 1;
        }
        self.out.push(']');
        self.leave(id);
        Ok(())
    }

    /// The pairs of a dict, sorted when sort_keys is set.
    fn items(&self, ts: &mut ThreadState, v: &Value, o: &PyRef) -> PyResult<Items> {
        let Payload::Dict(t) = &o.payload else { unreachable!("dict payload checked by the caller") };
        if !is_exact(o, &types().dict) {
            let r = call_method0(ts, v, "items")?;
            let mut items = collect(ts, &r)?;
            if self.e.sort_keys {
                sort_values(ts, &mut items)?;
            }
            return Ok(Items::Other(items));
        }
        let mut pairs: Vec<(Value, Value)> = t.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        if self.e.sort_keys {
            let exact_str = |k: &Value| matches!(k, Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && is_exact(o, &types().str));
            if pairs.iter().all(|(k, _)| exact_str(k)) {
                // Distinct str keys: comparing the pairs is comparing the
                // keys, and UTF-8 byte order is code-point order.
                pairs.sort_by(|a, b| as_str(&a.0).map(|s| s.as_str()).cmp(&as_str(&b.0).map(|s| s.as_str())));
            } else {
                let mut items: Vec<Value> = pairs.into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect();
                sort_values(ts, &mut items)?;
                return Ok(Items::Other(items));
            }
        }
        Ok(Items::Pairs(pairs))
    }

    /// The text a dict key is written as; None to skip it (skipkeys).
    fn key_text<'k>(&self, k: &'k Value) -> PyResult<Option<KeyText<'k>>> {
        Ok(Some(match k {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => KeyText::Str(k, s.as_str()),
                Payload::Float(f) => KeyText::Made(self.float_text(*f)?),
                Payload::Int(_) => KeyText::Made(Cow::Owned(int_to_string(k)?)),
                _ if self.e.skipkeys => return Ok(None),
                _ => return Err(type_error(format!("keys must be str, int, float, bool or None, not {}", type_name(k)))),
            },
            Value::Float(f) => KeyText::Made(self.float_text(*f)?),
            Value::Bool(true) => KeyText::Made(Cow::Borrowed("true")),
            Value::Bool(false) => KeyText::Made(Cow::Borrowed("false")),
            Value::None | Value::Null => KeyText::Made(Cow::Borrowed("null")),
            Value::Int(i) => KeyText::Made(Cow::Owned(i.to_string())),
        }))
    }

    /// `encoder_listencode_dict`.
    fn dict(&mut self, ts: &mut ThreadState, v: &Value, o: &PyRef) -> PyResult<()> {
        let Payload::Dict(t) = &o.payload else { unreachable!("dict payload checked by the caller") };
        if t.borrow().is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.enter(v)?;
        self.out.push('{');
        let items = self.items(ts, v, o)?;
        let count = match &items {
            Items::Pairs(p) => p.len(),
            Items::Other(x) => x.len(),
        };
        let mut first = true;
        for i in 0..count {
            let (key, value) = match &items {
                Items::Pairs(p) => (&p[i].0, &p[i].1),
                Items::Other(x) => match &x[i] {
                    Value::Obj(it) if matches!(&it.payload, Payload::Tuple(t) if t.len() == 2) => {
                        let Payload::Tuple(t) = &it.payload else { unreachable!() };
                        (&t[0], &t[1])
                    }
                    _ => return Err(value_error("items must return 2-tuples")),
                },
            };
            let Some(text) = self.key_text(key)? else { continue };
            if !first {
                self.out.push_str(self.item_sep);
            }
            first = false;
            match text {
                KeyText::Str(kv, s) => self.string(ts, kv, s)?,
                KeyText::Made(s) => match self.e.fast {
                    Some(_) => self.string(ts, &Value::Null, &s)?,
                    None => self.string(ts, &new_str(s.as_ref()), &s)?,
                },
            }
            self.out.push_str(self.key_sep);
            self.obj(ts, value)?;
        }
        self.out.push('}');
        self.leave(id);
        Ok(())
    }

    /// Anything else: encode what `default(v)` returns in its place.
    fn other(&mut self, ts: &mut ThreadState, v: &Value) -> PyResult<()> {
        let id = self.enter(v)?;
        let replacement = call(ts, &self.e.default, std::slice::from_ref(v))?;
        self.nested(ts, |enc, ts| enc.obj(ts, &replacement))?;
        self.leave(id);
        Ok(())
    }
}

/// Sort values as `list.sort()` does.
fn sort_values(ts: &mut ThreadState, items: &mut Vec<Value>) -> PyResult<()> {
    let mut keyed: Vec<(Value, Value)> = items.drain(..).map(|v| (v, Value::Null)).collect();
    merge_sort(ts, &mut keyed, false)?;
    items.extend(keyed.into_iter().map(|(v, _)| v));
    Ok(())
}

fn encoder_of(v: &Value) -> PyResult<&EncoderData> {
    if let Value::Obj(o) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(e) = n.as_any().downcast_ref::<EncoderData>() {
                return Ok(e);
            }
        }
    }
    Err(type_error("descriptor requires a '_json.Encoder' object"))
}

/// This module's escaping function `f` is, if it is one.
fn fast_escape(f: &Value) -> Option<Escape> {
    let Value::Obj(o) = f else { return None };
    let Payload::Builtin(b) = &o.payload else { return None };
    if b.owner != "_json" || b.bound.is_some() {
        return None;
    }
    match b.name {
        "encode_basestring_ascii" => Some(Escape::Ascii),
        "encode_basestring" => Some(Escape::Unicode),
        _ => None,
    }
}

/// make_encoder(markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan): `Encoder.__new__`.
fn encoder_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().and_then(as_type).cloned().ok_or_else(|| type_error("Encoder.__new__(X): X is not a type object"))?;
    let names = ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"];
    let a = bind_native("make_encoder", &Args { pos: &args.pos[1..], ..args }, &names, names.len())?;
    for (n, v) in a.iter().enumerate().skip(4).take(2) {
        if as_str(v).is_none() {
            return Err(type_error(format!("make_encoder() argument {} must be str, not {}", n + 1, type_name(v))));
        }
    }
    let (sort_keys, skipkeys, allow_nan) = (truthy(ts, &a[6])?, truthy(ts, &a[7])?, truthy(ts, &a[8])?);
    let markers = &a[0];
    if !markers.is_none() && !matches!(markers, Value::Obj(o) if matches!(o.payload, Payload::Dict(_))) {
        return Err(type_error(format!("make_encoder() argument 1 must be dict or None, not {}", type_name(markers))));
    }
    let data = EncoderData {
        markers: markers.clone(),
        default: a[1].clone(),
        encoder: a[2].clone(),
        indent: a[3].clone(),
        key_separator: a[4].clone(),
        item_separator: a[5].clone(),
        sort_keys,
        skipkeys,
        allow_nan,
        fast: fast_escape(&a[2]),
        active: RefCell::new(HashSet::new()),
    };
    Ok(Value::Obj(PyObject::new(cls, Payload::Native(Box::new(data)))))
}

/// encoder(obj, _current_indent_level) -> [json text]
fn encoder_call(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let e = encoder_of(&args.pos[0])?;
    let a = bind_native("_iterencode", &Args { pos: &args.pos[1..], ..args }, &["obj", "_current_indent_level"], 2)?;
    index_value(ts, &a[1])?;
    fn sep(v: &Value) -> &str {
        as_str(v).map(|s| s.as_str()).unwrap_or_default()
    }
    let mut enc = Encoding { e, key_sep: sep(&e.key_separator), item_sep: sep(&e.item_separator), out: String::new() };
    enc.obj(ts, &a[0])?;
    Ok(new_list(vec![new_str(enc.out)]))
}

macro_rules! encoder_getters {
    ($($name:ident => $field:ident),* $(,)?) => {
        $(fn $name(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
            Ok(Value::from(encoder_of(&args.pos[0])?.$field.clone()))
        })*
    };
}

encoder_getters! {
    encoder_markers => markers,
    encoder_default => default,
    encoder_encoder => encoder,
    encoder_indent => indent,
    encoder_key_separator => key_separator,
    encoder_item_separator => item_separator,
    encoder_sort_keys => sort_keys,
    encoder_skipkeys => skipkeys,
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let scanner = new_native_type("Scanner", "_json", None);
    TypeBuilder::new(&scanner, "Scanner")
        .static_method("__new__", scanner_new)
        .method("__call__", scanner_call)
        .getter("strict", scanner_strict)
        .getter("object_hook", scanner_object_hook)
        .getter("object_pairs_hook", scanner_object_pairs_hook)
        .getter("parse_float", scanner_parse_float)
        .getter("parse_int", scanner_parse_int)
        .getter("parse_constant", scanner_parse_constant);

    let encoder = new_native_type("Encoder", "_json", None);
    TypeBuilder::new(&encoder, "Encoder")
        .static_method("__new__", encoder_new)
        .method("__call__", encoder_call)
        .getter("markers", encoder_markers)
        .getter("default", encoder_default)
        .getter("encoder", encoder_encoder)
        .getter("indent", encoder_indent)
        .getter("key_separator", encoder_key_separator)
        .getter("item_separator", encoder_item_separator)
        .getter("sort_keys", encoder_sort_keys)
        .getter("skipkeys", encoder_skipkeys);

    let m = super::make_module(
        "_json",
        &[("scanstring", scanstring), ("encode_basestring_ascii", encode_basestring_ascii), ("encode_basestring", encode_basestring)],
    );
    super::set_attrs(&m, &[("make_scanner", Value::Obj(scanner)), ("make_encoder", Value::Obj(encoder))]);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ascii(s: &str) -> String {
        let mut out = String::new();
        escape_ascii(&mut out, s);
        out
    }

    fn unicode(s: &str) -> String {
        let mut out = String::new();
        escape_unicode(&mut out, s);
        out
    }

    #[test]
    fn escaping() {
        assert_eq!(ascii("a\"b\\c\n\x01\x7f"), r#""a\"b\\c\n\u0001\u007f""#);
        assert_eq!(ascii("é\u{2603}\u{1d11e}"), r#""\u00e9\u2603\ud834\udd1e""#);
        assert_eq!(unicode("é\x1f\"\t\x7f"), "\"é\\u001f\\\"\\t\x7f\"");
    }

    #[test]
    fn strings() {
        let ok = |s: &str| scan_string(s, 1, true, &mut None).ok().map(|(v, e)| (v.into_owned(), e));
        assert_eq!(ok(r#""abc" x"#), Some(("abc".to_string(), 5)));
        assert_eq!(ok(r#""a\u00e9\n""#), Some(("aé\n".to_string(), 11)));
        assert_eq!(ok(r#""\ud834\udd1e""#), Some(("\u{1d11e}".to_string(), 14)));
        let err = |s: &str| match scan_string(s, 1, true, &mut None) {
            Err(ScanError::Malformed(m, at)) => Some((m.to_string(), at)),
            _ => None,
        };
        assert_eq!(err(r#""\u00e9"#), Some(("Invalid \\uXXXX escape".to_string(), 2)));
        assert_eq!(err("\"a\x01\""), Some(("Invalid control character at".to_string(), 2)));
        assert_eq!(err(r#""\x""#), Some(("Invalid \\escape".to_string(), 1)));
        assert_eq!(err(r#""abc"#), Some(("Unterminated string starting at".to_string(), 1)));
    }
}
