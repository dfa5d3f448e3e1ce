//! `bytes` and `bytearray`: the methods Python sees (CPython 3.11's
//! semantics and error messages), repr, `%`-formatting through the str
//! engine (strtype.rs), and the codecs (`str.encode`, `bytes.decode`):
//! UTF-8, ASCII, Latin-1, cp1252, UTF-16 and UTF-32.
//!
//! The two types share one implementation. Each read-only method takes the
//! `Kind` it was registered for: it reads `self` with `this` (borrowed for
//! bytes, copied for bytearray, so no RefCell borrow is held while Python
//! code runs) and builds byte-string results with `Kind::make`, so
//! bytearray methods return bytearrays where CPython does. The bytearray
//! mutators borrow the RefCell only around plain Rust code, after any
//! argument conversion that could run Python.

use super::strtype::{
    adjust_indices, arg_type, bind_params, c_int_arg, check_count, clinic_args, defers_to, is_index, keepends_arg,
    kw_args, no_args, not_implemented, one_arg, opt_str_arg, percent_core, push_escaped, repeat_count,
    subscript_index, tuple_args, tuple_items, PercentMode,
};
use crate::objects::function::Args;
use crate::objects::iter::IterState;
use crate::objects::typeobj::{flags, is_subtype, tdata};
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::call;
use crate::vm::errors::*;
use crate::vm::iterops::{collect, is_iterable, new_iter};
use crate::vm::ops::*;
use crate::vm::types::{types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use std::borrow::Cow;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::fmt::Write;
use std::rc::Rc;

// ---- public helpers ---------------------------------------------------------

/// The bytes of a bytes or bytearray object, copied.
pub fn bytes_data(_ts: &mut ThreadState, v: &Value) -> PyResult<Vec<u8>> {
    buffer(v).map(Cow::into_owned).ok_or_else(|| need_bytes(v))
}

/// CPython's PyObject_Bytes, which e.g. `int.from_bytes` uses: what
/// `__bytes__` returns, a bytes-like object's contents, or an iterable of
/// ints; unlike `bytes(v)`, no int count and no str.
pub fn bytes_from_object(ts: &mut ThreadState, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = dunder_bytes(ts, v)? {
        return Ok(b);
    }
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    if as_str(v).is_some() || !is_iterable(v) {
        return Err(type_error(format!("cannot convert '{}' object to bytes", type_name(v))));
    }
    ints_to_bytes(ts, v, "bytes must be in range(0, 256)")
}

/// The bytes of a bytes-like object (bytes or bytearray): borrowed from a
/// bytes object, copied out of a bytearray.
pub fn buffer(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => Some(Cow::Borrowed(b)),
            Payload::ByteArray(b) => Some(Cow::Owned(b.borrow().clone())),
            _ => None,
        },
        _ => None,
    }
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::Obj(PyObject::new(types().bytearray.clone(), Payload::ByteArray(RefCell::new(data))))
}

/// `repr(b)` as CPython writes it: `b'...'` (double quotes when the bytes
/// hold a `'` and no `"`), with `\\`, `\t`, `\n`, `\r`, the quote and every
/// byte outside printable ASCII escaped.
pub fn bytes_repr(b: &[u8]) -> String {
    repr_bytes(b, false)
}

/// The `b'...'` part of a repr. bytearray's repr escapes `'` even inside
/// double quotes (`bytearray(b"\'")`), which bytes' does not.
fn repr_bytes(b: &[u8], always_escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote || (c == b'\'' && always_escape_single) => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{:02x}", c);
            }
        }
    }
    out.push(quote as char);
    out
}

// ---- codecs -------------------------------------------------------------------

/// Byte order of the UTF-16 and UTF-32 codecs. `Bom` is plain "utf-16" or
/// "utf-32": encoding writes a byte-order mark and then little-endian;
/// decoding follows a leading mark and otherwise reads little-endian.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Little,
    Big,
    Bom,
}

/// The codecs pygil implements natively.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Cp1252,
    Utf16(Endian),
    Utf32(Endian),
}

impl Codec {
    /// The codec's name in CPython's error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(Endian::Big) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(Endian::Big) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
        }
    }
}

/// Find a codec by name as `codecs.lookup` does: case does not matter,
/// and runs of punctuation or spaces between the letters and digits read
/// as one `_` (encodings.normalize_encoding), so "UTF-8", "utf8" and
/// " Utf 8" all name UTF-8; the usual aliases work.
pub fn lookup_codec(name: &str) -> PyResult<Codec> {
    let mut norm = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if gap && !norm.is_empty() {
                norm.push('_');
            }
            norm.extend(c.is_ascii().then(|| c.to_ascii_lowercase()));
            gap = false;
        } else {
            gap = true;
        }
    }
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "iso_8859_1_1987" | "8859" | "cp819"
        | "ibm819" | "iso_ir_100" | "csisolatin1" => Codec::Latin1,
        "cp1252" | "windows_1252" => Codec::Cp1252,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Endian::Bom),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Endian::Little),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Endian::Big),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Endian::Bom),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Endian::Little),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Endian::Big),
        _ => return Err(lookup_error(format!("unknown encoding: {}", name))),
    })
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

fn unknown_handler(errors: &str) -> PyErr {
    lookup_error(format!("unknown error handler name '{}'", errors))
}

/// Windows-1252 bytes 0x80-0x9f (0: undefined); the other bytes are Latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e,
    0x0178,
];

fn cp1252_decode(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => char::from_u32(CP1252_HIGH[(b - 0x80) as usize] as u32).filter(|&c| c != '\0'),
        _ => Some(b as char),
    }
}

fn cp1252_encode(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x80 || (0xa0..0x100).contains(&cp) {
        return Some(cp as u8);
    }
    CP1252_HIGH.iter().position(|&u| u != 0 && u as u32 == cp).map(|i| 0x80 + i as u8)
}

/// `s.encode(encoding, errors)`. The UTF codecs cannot fail (pygil strings
/// hold no surrogates); for ASCII, Latin-1 and cp1252 each run of
/// unencodable characters goes to the error handler: strict, ignore,
/// replace, backslashreplace, xmlcharrefreplace or namereplace.
pub fn encode_str(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(encoding)?;
    let (byte_of, reason): (fn(char) -> Option<u8>, &str) = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16(order) => return Ok(encode_utf16(s, order)),
        Codec::Utf32(order) => return Ok(encode_utf32(s, order)),
        _ if s.is_ascii() => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => (|c| u8::try_from(c as u32).ok().filter(u8::is_ascii), "ordinal not in range(128)"),
        Codec::Latin1 => (|c| u8::try_from(c as u32).ok(), "ordinal not in range(256)"),
        Codec::Cp1252 => (cp1252_encode, "character maps to <undefined>"),
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte_of(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let end = i + chars[i..].iter().take_while(|&&c| byte_of(c).is_none()).count();
        let bad = &chars[i..end];
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(unicode_error(&types().unicode_encode_error, codec.name(), new_str(s), i, end, reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', bad.len())),
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
            "namereplace" => {
                let mut esc = String::new();
                for &c in bad {
                    match unicode_names2::name(c) {
                        Some(name) => esc.push_str(&format!("\\N{{{}}}", name)),
                        None => push_escaped(&mut esc, c),
                    }
                }
                out.extend_from_slice(esc.as_bytes());
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

fn encode_utf16(s: &str, order: Endian) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 * s.len() + 2);
    if order == Endian::Bom {
        out.extend_from_slice(&[0xff, 0xfe]);
    }
    for unit in s.encode_utf16() {
        out.extend_from_slice(&if order == Endian::Big { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    out
}

fn encode_utf32(s: &str, order: Endian) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 * s.len() + 4);
    if order == Endian::Bom {
        out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
    }
    for c in s.chars() {
        let cp = c as u32;
        out.extend_from_slice(&if order == Endian::Big { cp.to_be_bytes() } else { cp.to_le_bytes() });
    }
    out
}

/// `data.decode(encoding, errors)`, with the error handlers strict,
/// ignore, replace and backslashreplace, and CPython's UnicodeDecodeError
/// (`'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`).
pub fn decode_bytes(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup_codec(encoding)?;
    let mut d = Decoder { data, errors, name: codec.name(), out: String::with_capacity(data.len()) };
    match codec {
        Codec::Latin1 => return Ok(latin1(data)),
        Codec::Ascii => d.single_byte(|b| (b < 0x80).then_some(b as char), "ordinal not in range(128)")?,
        Codec::Cp1252 => d.single_byte(cp1252_decode, "character maps to <undefined>")?,
        Codec::Utf8 => d.utf8()?,
        Codec::Utf16(order) => d.utf16(order)?,
        Codec::Utf32(order) => d.utf32(order)?,
    }
    Ok(d.out)
}

fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| b as char).collect()
}

/// A decoding in progress: the input, the error handler, the text so far.
struct Decoder<'a> {
    data: &'a [u8],
    errors: &'a str,
    /// The codec name for error messages ("utf-16-be" once a mark says so).
    name: &'static str,
    out: String,
}

impl Decoder<'_> {
    /// Apply the error handler to the undecodable bytes `data[start..end]`.
    fn fail(&mut self, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let object = new_bytes(self.data.to_vec());
                Err(unicode_error(&types().unicode_decode_error, self.name, object, start, end, reason))
            }
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in &self.data[start..end] {
                    let _ = write!(self.out, "\\x{:02x}", b);
                }
                Ok(())
            }
            other => Err(unknown_handler(other)),
        }
    }

    /// A codec that maps each byte to at most one character.
    fn single_byte(&mut self, map: fn(u8) -> Option<char>, reason: &str) -> PyResult<()> {
        for (i, &b) in self.data.iter().enumerate() {
            match map(b) {
                Some(c) => self.out.push(c),
                None => self.fail(i, i + 1, reason)?,
            }
        }
        Ok(())
    }

    /// UTF-8 with CPython's error ranges, which are the "maximal subparts"
    /// Rust's decoder reports: a byte that cannot start a sequence is an
    /// "invalid start byte"; a sequence cut short by a bad byte is an
    /// "invalid continuation byte" (the bytes before the bad one); one cut
    /// short by the end of the data is "unexpected end of data".
    fn utf8(&mut self) -> PyResult<()> {
        let data = self.data;
        let mut pos = 0;
        loop {
            match std::str::from_utf8(&data[pos..]) {
                Ok(s) => {
                    self.out.push_str(s);
                    return Ok(());
                }
                Err(e) => {
                    let good = pos + e.valid_up_to();
                    self.out.push_str(std::str::from_utf8(&data[pos..good]).unwrap_or_default());
                    let (len, reason) = match e.error_len() {
                        None => (data.len() - good, "unexpected end of data"),
                        Some(1) if !is_lead_byte(data[good]) => (1, "invalid start byte"),
                        Some(n) => (n, "invalid continuation byte"),
                    };
                    self.fail(good, good + len, reason)?;
                    pos = good + len;
                }
            }
        }
    }

    /// UTF-16: a high surrogate must be followed by a low one ("illegal
    /// UTF-16 surrogate"); a lone low surrogate is an "illegal encoding".
    fn utf16(&mut self, order: Endian) -> PyResult<()> {
        let data = self.data;
        let (mut big, mut i) = (order == Endian::Big, 0);
        if order == Endian::Bom {
            match data {
                [0xff, 0xfe, ..] => i = 2,
                [0xfe, 0xff, ..] => (big, i) = (true, 2),
                _ => {}
            }
        }
        self.name = if big { "utf-16-be" } else { "utf-16-le" };
        let unit = |j: usize| {
            let b = [data[j], data[j + 1]];
            if big {
                u16::from_be_bytes(b)
            } else {
                u16::from_le_bytes(b)
            }
        };
        while i < data.len() {
            if data.len() - i < 2 {
                return self.fail(i, data.len(), "truncated data");
            }
            match unit(i) {
                hi @ 0xd800..=0xdbff => {
                    if data.len() - i < 4 {
                        return self.fail(i, data.len(), "unexpected end of data");
                    }
                    let lo = unit(i + 2);
                    if (0xdc00..=0xdfff).contains(&lo) {
                        let cp = 0x10000 + ((hi as u32 - 0xd800) << 10) + (lo as u32 - 0xdc00);
                        self.out.extend(char::from_u32(cp));
                        i += 4;
                    } else {
                        self.fail(i, i + 2, "illegal UTF-16 surrogate")?;
                        i += 2;
                    }
                }
                0xdc00..=0xdfff => {
                    self.fail(i, i + 2, "illegal encoding")?;
                    i += 2;
                }
                u => {
                    self.out.extend(char::from_u32(u as u32));
                    i += 2;
                }
            }
        }
        Ok(())
    }

    fn utf32(&mut self, order: Endian) -> PyResult<()> {
        let data = self.data;
        let (mut big, mut i) = (order == Endian::Big, 0);
        if order == Endian::Bom {
            match data {
                [0xff, 0xfe, 0, 0, ..] => i = 4,
                [0, 0, 0xfe, 0xff, ..] => (big, i) = (true, 4),
                _ => {}
            }
        }
        self.name = if big { "utf-32-be" } else { "utf-32-le" };
        while i < data.len() {
            if data.len() - i < 4 {
                return self.fail(i, data.len(), "truncated data");
            }
            let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
            let cp = if big { u32::from_be_bytes(b) } else { u32::from_le_bytes(b) };
            match char::from_u32(cp) {
                Some(c) => self.out.push(c),
                None if (0xd800..0xe000).contains(&cp) => {
                    self.fail(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")?
                }
                None => self.fail(i, i + 4, "code point not in range(0x110000)")?,
            }
            i += 4;
        }
        Ok(())
    }
}

fn is_lead_byte(b: u8) -> bool {
    b < 0x80 || (0xc2..=0xf4).contains(&b)
}

/// `hex()`: two digits a byte, with `sep` between groups of `group` bytes
/// counted from the right end (from the left when `group` is negative).
pub fn hex_string(data: &[u8], sep: Option<char>, group: i64) -> String {
    let mut out = String::with_capacity(data.len() * 3);
    let g = group.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(sep) = sep {
            let boundary = g != 0 && i > 0 && if group > 0 { (data.len() - i).is_multiple_of(g) } else { i.is_multiple_of(g) };
            if boundary {
                out.push(sep);
            }
        }
        let _ = write!(out, "{:02x}", b);
    }
    out
}

// ---- the two kinds ------------------------------------------------------------

/// Which type a shared method was registered on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    /// A result of this kind (always the exact type, as CPython's methods return).
    fn make(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => new_bytes(data),
            Kind::ByteArray => new_bytearray(data),
        }
    }

    fn qual(self, method: &str) -> String {
        format!("{}.{}", self.name(), method)
    }
}

/// The contents of `self`, checked to be of kind `k`.
fn this<'a>(args: &Args<'a>, k: Kind, name: &str) -> PyResult<Cow<'a, [u8]>> {
    let Some(v) = args.pos.first() else {
        return Err(type_error(format!("unbound method {}.{}() needs an argument", k.name(), name)));
    };
    if let Value::Obj(o) = v {
        match (&o.payload, k) {
            (Payload::Bytes(b), Kind::Bytes) => return Ok(Cow::Borrowed(b)),
            (Payload::ByteArray(b), Kind::ByteArray) => return Ok(Cow::Owned(b.borrow().clone())),
            _ => {}
        }
    }
    Err(type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name,
        k.name(),
        type_name(v)
    )))
}

/// The storage of a bytearray `self`.
fn cell<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    let Some(v) = args.pos.first() else {
        return Err(type_error(format!("unbound method bytearray.{}() needs an argument", name)));
    };
    if let Value::Obj(o) = v {
        if let Payload::ByteArray(b) = &o.payload {
            return Ok(b);
        }
    }
    Err(type_error(format!(
        "descriptor '{}' for 'bytearray' objects doesn't apply to a '{}' object",
        name,
        type_name(v)
    )))
}

fn need_bytes(v: &Value) -> PyErr {
    type_error(format!("a bytes-like object is required, not '{}'", type_name(v)))
}

/// A bytes-like argument.
fn buf_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    buffer(v).ok_or_else(|| need_bytes(v))
}

/// An int in range(256).
fn byte_value(ts: &mut ThreadState, v: &Value, range_msg: &str) -> PyResult<u8> {
    match index_value(ts, v) {
        Ok(i) => u8::try_from(i).map_err(|_| value_error(range_msg)),
        Err(e) if e.matches(&types().overflow_error) => Err(value_error(range_msg)),
        Err(e) => Err(e),
    }
}

/// The `sub` of find, count, index and `in`: bytes-like, or an int for one byte.
fn sub_arg(ts: &mut ThreadState, v: &Value, for_in: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    if is_index(v) {
        return Ok(vec![byte_value(ts, v, "byte must be in range(0, 256)")?]);
    }
    if for_in {
        return Err(need_bytes(v));
    }
    Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(v))))
}

fn alloc_vec(cap: usize) -> PyResult<Vec<u8>> {
    if cap > isize::MAX as usize {
        return Err(overflow_error("repeated bytes are too long"));
    }
    let mut v = Vec::new();
    v.try_reserve_exact(cap).map_err(|_| PyErr::with_args(&types().memory_error, vec![]))?;
    Ok(v)
}

/// `Py_ISSPACE`: the ASCII whitespace of `bytes.split()` and `strip()`.
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ---- searching primitives ----------------------------------------------------------

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => hay.iter().position(|&b| b == needle[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).position(|w| w == needle),
    }
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => hay.iter().rposition(|&b| b == needle[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).rposition(|w| w == needle),
    }
}

/// Non-overlapping occurrences of a non-empty `needle`.
fn count_sub(hay: &[u8], needle: &[u8]) -> usize {
    let (mut n, mut at) = (0, 0);
    while let Some(i) = find_sub(&hay[at..], needle) {
        n += 1;
        at += i + needle.len();
    }
    n
}

/// Split on a non-empty `sep`, at most `max` times, from the left.
fn split_sub<'a>(hay: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = hay;
    while out.len() < max {
        match find_sub(rest, sep) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i + sep.len()..];
            }
            None => break,
        }
    }
    out.push(rest);
    out
}

/// Split on a non-empty `sep`, at most `max` times, from the right.
fn rsplit_sub<'a>(hay: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = hay;
    while out.len() < max {
        match rfind_sub(rest, sep) {
            Some(i) => {
                out.push(&rest[i + sep.len()..]);
                rest = &rest[..i];
            }
            None => break,
        }
    }
    out.push(rest);
    out.reverse();
    out
}

/// `split()` with no separator, as for str (see strtype's
/// whitespace_split) but with ASCII whitespace only.
fn ws_split(data: &[u8], max: usize, from_right: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    if from_right {
        let mut end = data.len();
        loop {
            while end > 0 && is_ws(data[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if out.len() == max {
                out.push(&data[..end]);
                break;
            }
            let mut start = end;
            while start > 0 && !is_ws(data[start - 1]) {
                start -= 1;
            }
            out.push(&data[start..end]);
            end = start;
        }
        out.reverse();
    } else {
        let mut start = 0;
        loop {
            while start < data.len() && is_ws(data[start]) {
                start += 1;
            }
            if start == data.len() {
                break;
            }
            if out.len() == max {
                out.push(&data[start..]);
                break;
            }
            let mut end = start;
            while end < data.len() && !is_ws(data[end]) {
                end += 1;
            }
            out.push(&data[start..end]);
            start = end;
        }
    }
    out
}

// ---- construction ----------------------------------------------------------------------

/// The class argument of `__new__`, checked to derive from `base`.
fn cls_arg(args: &Args, base: &PyRef, base_name: &str) -> PyResult<PyRef> {
    let Some(v) = args.pos.first() else {
        return Err(type_error(format!("{}.__new__(): not enough arguments", base_name)));
    };
    let cls = as_type(v).cloned().ok_or_else(|| {
        type_error(format!("{}.__new__(X): X is not a type object ({})", base_name, type_name(v)))
    })?;
    if !is_subtype(&cls, base) {
        let n = tdata(&cls).name();
        return Err(type_error(format!("{}.__new__({}): {} is not a subtype of {}", base_name, n, n, base_name)));
    }
    Ok(cls)
}

/// An object of class `cls` holding `payload`.
fn wrap(cls: &PyRef, payload: Payload) -> Value {
    let td = tdata(cls);
    if td.has_flag(flags::HEAPTYPE) && (td.has_flag(flags::HAS_DICT) || td.has_flag(flags::HAS_SLOTS)) {
        Value::Obj(PyObject::with_dict(cls.clone(), payload, new_dict_obj()))
    } else {
        Value::Obj(PyObject::new(cls.clone(), payload))
    }
}

/// The contents `bytes(source, encoding, errors)` / `bytearray(...)` make:
/// nothing; a str encoded; `__bytes__` (bytes only); a copy of a bytes-like
/// object; an int's count of zero bytes; or an iterable of ints.
fn construct(ts: &mut ThreadState, a: &[Option<Value>], k: Kind) -> PyResult<Vec<u8>> {
    let (source, encoding, errors) = (&a[0], &a[1], &a[2]);
    let fname = k.name();
    let no_str_args = || {
        if encoding.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        Ok(())
    };
    let Some(src) = source else {
        no_str_args()?;
        return Ok(Vec::new());
    };
    if let Some(s) = as_str(src) {
        if encoding.is_none() {
            return Err(type_error("string argument without an encoding"));
        }
        let enc = opt_str_arg(encoding, fname, "encoding")?.unwrap_or("utf-8");
        let errs = opt_str_arg(errors, fname, "errors")?.unwrap_or("strict");
        return encode_str(s.as_str(), enc, errs);
    }
    no_str_args()?;
    if k == Kind::Bytes {
        if let Some(b) = dunder_bytes(ts, src)? {
            return Ok(b);
        }
    }
    if let Some(b) = buffer(src) {
        return Ok(b.into_owned());
    }
    if is_index(src) {
        let n = match index_value(ts, src) {
            Ok(n) => n,
            Err(e) if e.matches(&types().overflow_error) => {
                return Err(overflow_error(format!("cannot fit '{}' into an index-sized integer", type_name(src))))
            }
            Err(e) => return Err(e),
        };
        if n < 0 {
            return Err(value_error("negative count"));
        }
        let mut v = alloc_vec(n as usize)?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    if is_iterable(src) {
        let range_msg = if k == Kind::Bytes { "bytes must be in range(0, 256)" } else { BYTE_RANGE };
        return ints_to_bytes(ts, src, range_msg);
    }
    Err(type_error(format!("cannot convert '{}' object to {}", type_name(src), fname)))
}

/// `v.__bytes__()` if its type defines it; it must return bytes.
fn dunder_bytes(ts: &mut ThreadState, v: &Value) -> PyResult<Option<Vec<u8>>> {
    let Some(r) = call_special0(ts, v, "__bytes__")? else { return Ok(None) };
    match &r {
        Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => Ok(buffer(&r).map(Cow::into_owned)),
        _ => Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r)))),
    }
}

/// The items of an iterable of ints in range(256).
fn ints_to_bytes(ts: &mut ThreadState, v: &Value, range_msg: &str) -> PyResult<Vec<u8>> {
    let items = collect(ts, v)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(byte_value(ts, item, range_msg)?);
    }
    Ok(out)
}

fn bytes_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = cls_arg(&args, &types().bytes, "bytes")?;
    let a = kw_args(&args, "bytes", &["source", "encoding", "errors"], 0)?;
    if let (Some(src), None, None) = (&a[0], &a[1], &a[2]) {
        let exact = |v: &Value| matches!(v, Value::Obj(o) if Rc::ptr_eq(o.ty(), &types().bytes));
        if exact(src) && Rc::ptr_eq(&cls, &types().bytes) {
            return Ok(src.clone());
        }
    }
    let data = construct(ts, &a, Kind::Bytes)?;
    Ok(wrap(&cls, Payload::Bytes(data.into_boxed_slice())))
}

fn bytearray_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = cls_arg(&args, &types().bytearray, "bytearray")?;
    Ok(wrap(&cls, Payload::ByteArray(RefCell::new(Vec::new()))))
}

/// `bytearray.__init__`: (re)fill from the same arguments `bytes()` takes.
fn bytearray_init(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "__init__")?;
    let a = kw_args(&args, "bytearray", &["source", "encoding", "errors"], 0)?;
    let data = construct(ts, &a, Kind::ByteArray)?;
    *storage.borrow_mut() = data;
    Ok(Value::None)
}

// ---- the protocols ------------------------------------------------------------------------

fn b_len(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "__len__")?;
    no_args(&args, &k.qual("__len__"))?;
    Ok(Value::Int(data.len() as i64))
}

/// A subscript that is an index: normalised, or None when out of range.
fn item_index(ts: &mut ThreadState, key: &Value, len: usize, k: Kind) -> PyResult<Option<usize>> {
    let Some(i) = subscript_index(ts, key)? else {
        let what = if k == Kind::Bytes { "byte" } else { "bytearray" };
        return Err(type_error(format!("{} indices must be integers or slices, not {}", what, type_name(key))));
    };
    let j = if i < 0 { i + len as i64 } else { i };
    Ok((0..len as i64).contains(&j).then_some(j as usize))
}

fn index_out_of_range(k: Kind) -> PyErr {
    index_error(if k == Kind::Bytes { "index out of range" } else { "bytearray index out of range" })
}

fn b_getitem(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    // An int index reads one byte under a short borrow: `this` copies a
    // bytearray (so that Python code run by __index__ cannot invalidate it),
    // which made `flags[i]` cost the whole buffer.
    if let (Some(Value::Obj(o)), Some(Value::Int(i))) = (args.pos.first(), args.pos.get(1)) {
        if args.pos.len() == 2 {
            let byte = match (&o.payload, k) {
                (Payload::Bytes(b), Kind::Bytes) => index_byte(b, *i),
                (Payload::ByteArray(b), Kind::ByteArray) => index_byte(&b.borrow(), *i),
                _ => None,
            };
            return byte.map(|v| Value::Int(v as i64)).ok_or_else(|| index_out_of_range(k));
        }
    }
    let data = this(&args, k, "__getitem__")?;
    let key = one_arg(&args, &k.qual("__getitem__"))?;
    if is_slice(key) {
        let (start, _, step, n) = slice_indices(ts, key, data.len())?;
        let out: Vec<u8> = (0..n).map(|i| data[(start + i as i64 * step) as usize]).collect();
        return Ok(k.make(out));
    }
    match item_index(ts, key, data.len(), k)? {
        Some(j) => Ok(Value::Int(data[j] as i64)),
        None => Err(index_out_of_range(k)),
    }
}

/// `data[i]` for a Python index (negative counts from the end).
fn index_byte(data: &[u8], i: i64) -> Option<u8> {
    let j = if i < 0 { i.checked_add(data.len() as i64)? } else { i };
    usize::try_from(j).ok().and_then(|j| data.get(j).copied())
}

fn b_contains(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "__contains__")?;
    let sub = sub_arg(ts, one_arg(&args, &k.qual("__contains__"))?, true)?;
    Ok(Value::Bool(find_sub(&data, &sub).is_some()))
}

fn b_add(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "__add__")?;
    let other = one_arg(&args, &k.qual("__add__"))?;
    let Some(o) = buffer(other) else {
        if defers_to(other, "__radd__") {
            return Ok(not_implemented());
        }
        return Err(type_error(format!("can't concat {} to {}", type_name(other), type_name(&args.pos[0]))));
    };
    let mut out = alloc_vec(data.len() + o.len())?;
    out.extend_from_slice(&data);
    out.extend_from_slice(&o);
    Ok(k.make(out))
}

/// `data * count`.
fn repeated(data: &[u8], count: usize) -> PyResult<Vec<u8>> {
    let total = data.len().checked_mul(count).ok_or_else(|| overflow_error("repeated bytes are too long"))?;
    let mut out = alloc_vec(total)?;
    for _ in 0..count {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn b_mul(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "__mul__")?;
    let n = one_arg(&args, &k.qual("__mul__"))?;
    if !is_index(n) {
        if defers_to(n, "__rmul__") {
            return Ok(not_implemented());
        }
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(n))));
    }
    let count = repeat_count(ts, n)?;
    Ok(k.make(repeated(&data, count)?))
}

/// `b % args`: the str engine on the template read as Latin-1 (one char a
/// byte), whose result is Latin-1 again.
fn b_mod(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "__mod__")?;
    let other = one_arg(&args, &k.qual("__mod__"))?;
    let text = percent_core(ts, &latin1(&data), other, PercentMode::Bytes)?;
    Ok(k.make(text.chars().map(|c| c as u32 as u8).collect()))
}

fn b_rmod(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    this(&args, k, "__rmod__")?;
    one_arg(&args, &k.qual("__rmod__"))?;
    Ok(not_implemented())
}

/// The rich comparisons: bytes and bytearray compare by content.
fn compare(args: &Args, k: Kind, name: &str, test: fn(Ordering) -> bool) -> PyResult<Value> {
    let data = this(args, k, name)?;
    let other = one_arg(args, &k.qual(name))?;
    Ok(match buffer(other) {
        Some(o) => Value::Bool(test(data[..].cmp(&o[..]))),
        None => not_implemented(),
    })
}

fn b_eq(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    compare(&args, k, "__eq__", Ordering::is_eq)
}

fn b_ne(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    compare(&args, k, "__ne__", Ordering::is_ne)
}

fn b_lt(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    compare(&args, k, "__lt__", Ordering::is_lt)
}

fn b_le(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    compare(&args, k, "__le__", Ordering::is_le)
}

fn b_gt(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    compare(&args, k, "__gt__", Ordering::is_gt)
}

fn b_ge(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    compare(&args, k, "__ge__", Ordering::is_ge)
}

/// bytes hash like the str of the same ASCII text, as in CPython.
fn bytes_hash(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let data = this(&args, Kind::Bytes, "__hash__")?;
    no_args(&args, "bytes.__hash__")?;
    Ok(Value::Int(super::str::hash_bytes(&data)))
}

fn b_repr(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "__repr__")?;
    no_args(&args, &k.qual("__repr__"))?;
    Ok(new_str(match k {
        Kind::Bytes => bytes_repr(&data),
        // bytearray's repr names the actual class: `MyArray(b'..')`.
        Kind::ByteArray => format!("{}({})", type_name(&args.pos[0]), repr_bytes(&data, true)),
    }))
}

fn b_iter(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    this(&args, k, "__iter__")?;
    no_args(&args, &k.qual("__iter__"))?;
    Ok(new_iter(&types().bytes_iterator, IterState::Bytes { b: args.pos[0].clone(), idx: 0 }))
}

fn bytes_getnewargs(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let data = this(&args, Kind::Bytes, "__getnewargs__")?;
    no_args(&args, "bytes.__getnewargs__")?;
    Ok(new_tuple(vec![new_bytes(data.into_owned())]))
}

fn bytes_bytes(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let data = this(&args, Kind::Bytes, "__bytes__")?;
    no_args(&args, "bytes.__bytes__")?;
    let me = &args.pos[0];
    if matches!(me, Value::Obj(o) if Rc::ptr_eq(o.ty(), &types().bytes)) {
        return Ok(me.clone());
    }
    Ok(new_bytes(data.into_owned()))
}

// ---- conversions ------------------------------------------------------------------------------

fn b_decode(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "decode")?;
    let a = kw_args(&args, "decode", &["encoding", "errors"], 0)?;
    let encoding = opt_str_arg(&a[0], "decode", "encoding")?.unwrap_or("utf-8");
    let errors = opt_str_arg(&a[1], "decode", "errors")?.unwrap_or("strict");
    Ok(new_str(decode_bytes(&data, encoding, errors)?))
}

fn b_hex(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "hex")?;
    let a = kw_args(&args, "hex", &["sep", "bytes_per_sep"], 0)?;
    let sep = match &a[0] {
        None => None,
        Some(v) => Some(hex_sep(v)?),
    };
    let group = match &a[1] {
        Some(v) => index_value(ts, v)?,
        None => 1,
    };
    Ok(new_str(hex_string(&data, sep, group)))
}

/// The separator of `hex()`: one ASCII character, as str or bytes.
fn hex_sep(v: &Value) -> PyResult<char> {
    let chars: Vec<char> = if let Some(s) = as_str(v) {
        s.as_str().chars().collect()
    } else if let Some(b) = buffer(v) {
        b.iter().map(|&x| x as char).collect()
    } else {
        return Err(type_error(format!("object of type '{}' has no len()", type_name(v))));
    };
    match chars[..] {
        [c] if c.is_ascii() => Ok(c),
        [_] => Err(value_error("sep must be ASCII.")),
        _ => Err(value_error("sep must be length 1.")),
    }
}

/// `bytes.fromhex(string)` (a class method): pairs of hex digits, with
/// ASCII whitespace allowed between the pairs.
fn b_fromhex(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let s = one_arg(&args, &k.qual("fromhex"))?;
    let s = as_str(s).ok_or_else(|| type_error(format!("fromhex() argument must be str, not {}", type_name(s))))?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let bad = |pos: usize| value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", pos));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16)).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls = &args.pos[0];
    match as_type(cls) {
        Some(t) if Rc::ptr_eq(t, &types().bytes) => Ok(new_bytes(out)),
        Some(t) if Rc::ptr_eq(t, &types().bytearray) => Ok(new_bytearray(out)),
        // A subclass is called with the bytes (CPython: `cls(bytes)`).
        _ => call(ts, cls, &[k.make(out)]),
    }
}

// ---- searching --------------------------------------------------------------------------------

/// `(self, sub, start, end)` for find, rfind, index, rindex and count.
fn find_args<'a>(ts: &mut ThreadState, args: &Args<'a>, k: Kind, name: &str) -> PyResult<(Cow<'a, [u8]>, Vec<u8>, i64, i64)> {
    let data = this(args, k, name)?;
    let p = tuple_args(args, &k.qual(name), name, 1, 3)?;
    let sub = sub_arg(ts, &p[0], false)?;
    let (start, end) = adjust_indices(ts, p.get(1), p.get(2), data.len())?;
    Ok((data, sub, start, end))
}

fn find_in(data: &[u8], sub: &[u8], start: i64, end: i64, last: bool) -> Option<usize> {
    if end - start < sub.len() as i64 {
        return None;
    }
    let window = &data[start as usize..end as usize];
    let hit = if last { rfind_sub(window, sub) } else { find_sub(window, sub) }?;
    Some(start as usize + hit)
}

fn found(i: Option<usize>) -> Value {
    Value::Int(i.map_or(-1, |i| i as i64))
}

fn b_find(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let (data, sub, start, end) = find_args(ts, &args, k, "find")?;
    Ok(found(find_in(&data, &sub, start, end, false)))
}

fn b_rfind(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let (data, sub, start, end) = find_args(ts, &args, k, "rfind")?;
    Ok(found(find_in(&data, &sub, start, end, true)))
}

fn b_index(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let (data, sub, start, end) = find_args(ts, &args, k, "index")?;
    let i = find_in(&data, &sub, start, end, false).ok_or_else(|| value_error("subsection not found"))?;
    Ok(Value::Int(i as i64))
}

fn b_rindex(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let (data, sub, start, end) = find_args(ts, &args, k, "rindex")?;
    let i = find_in(&data, &sub, start, end, true).ok_or_else(|| value_error("subsection not found"))?;
    Ok(Value::Int(i as i64))
}

fn b_count(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let (data, sub, start, end) = find_args(ts, &args, k, "count")?;
    let n = if sub.is_empty() {
        // b'' occurs before every byte of the window and at its end.
        if end < start {
            0
        } else {
            (end - start + 1) as usize
        }
    } else if end - start < sub.len() as i64 {
        0
    } else {
        count_sub(&data[start as usize..end as usize], &sub)
    };
    Ok(Value::Int(n as i64))
}

/// startswith/endswith: bytes-like or a tuple of them, within `[start:end]`.
fn affix_match(ts: &mut ThreadState, args: &Args, k: Kind, name: &str, at_end: bool) -> PyResult<Value> {
    let data = this(args, k, name)?;
    let p = tuple_args(args, &k.qual(name), name, 1, 3)?;
    let (start, end) = adjust_indices(ts, p.get(1), p.get(2), data.len())?;
    let matches = |affix: &[u8]| {
        if end - start < affix.len() as i64 {
            return false;
        }
        let window = &data[start as usize..end as usize];
        if at_end {
            window.ends_with(affix)
        } else {
            window.starts_with(affix)
        }
    };
    if let Some(affix) = buffer(&p[0]) {
        return Ok(Value::Bool(matches(&affix)));
    }
    let Some(items) = tuple_items(&p[0]) else {
        return Err(type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            type_name(&p[0])
        )));
    };
    for item in items {
        if matches(&buf_arg(item)?) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_startswith(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    affix_match(ts, &args, k, "startswith", false)
}

fn b_endswith(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    affix_match(ts, &args, k, "endswith", true)
}

// ---- splitting and joining ---------------------------------------------------------------------

fn list_of(k: Kind, parts: Vec<&[u8]>) -> Value {
    new_list(parts.into_iter().map(|p| k.make(p.to_vec())).collect())
}

fn split_impl(ts: &mut ThreadState, args: &Args, k: Kind, name: &str, from_right: bool) -> PyResult<Value> {
    let data = this(args, k, name)?;
    let a = kw_args(args, name, &["sep", "maxsplit"], 0)?;
    let maxsplit = match &a[1] {
        Some(v) => index_value(ts, v)?,
        None => -1,
    };
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let sep = match &a[0] {
        Some(v) if !v.is_none() => Some(buf_arg(v)?),
        _ => None,
    };
    let parts = match &sep {
        None => ws_split(&data, max, from_right),
        Some(s) if s.is_empty() => return Err(value_error("empty separator")),
        Some(s) if from_right => rsplit_sub(&data, s, max),
        Some(s) => split_sub(&data, s, max),
    };
    Ok(list_of(k, parts))
}

fn b_split(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    split_impl(ts, &args, k, "split", false)
}

fn b_rsplit(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    split_impl(ts, &args, k, "rsplit", true)
}

/// Lines end at `\n`, `\r` or `\r\n` only (unlike str.splitlines).
fn b_splitlines(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "splitlines")?;
    let a = kw_args(&args, "splitlines", &["keepends"], 0)?;
    let keep = keepends_arg(ts, &a[0])?;
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let c = data[i];
        i += 1;
        if c != b'\n' && c != b'\r' {
            continue;
        }
        let line_end = i - 1;
        if c == b'\r' && data.get(i) == Some(&b'\n') {
            i += 1;
        }
        parts.push(&data[start..if keep { i } else { line_end }]);
        start = i;
    }
    if start < data.len() {
        parts.push(&data[start..]);
    }
    Ok(list_of(k, parts))
}

fn partition_impl(args: &Args, k: Kind, name: &str, last: bool) -> PyResult<Value> {
    let data = this(args, k, name)?;
    let sep = buf_arg(one_arg(args, &k.qual(name))?)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let hit = if last { rfind_sub(&data, &sep) } else { find_sub(&data, &sep) };
    let parts: [&[u8]; 3] = match hit {
        Some(i) => [&data[..i], &sep, &data[i + sep.len()..]],
        None if last => [b"", b"", &data],
        None => [&data, b"", b""],
    };
    Ok(new_tuple(parts.iter().map(|p| k.make(p.to_vec())).collect()))
}

fn b_partition(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    partition_impl(&args, k, "partition", false)
}

fn b_rpartition(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    partition_impl(&args, k, "rpartition", true)
}

fn b_join(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let sep = this(&args, k, "join")?;
    let items = collect(ts, one_arg(&args, &k.qual("join"))?)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let b = buffer(item).ok_or_else(|| {
            type_error(format!("sequence item {}: expected a bytes-like object, {} found", i, type_name(item)))
        })?;
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(k.make(out))
}

// ---- transforming --------------------------------------------------------------------------------

fn strip_impl(args: &Args, k: Kind, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let data = this(args, k, name)?;
    let p = clinic_args(args, &k.qual(name), name, 0, 1)?;
    let set = match p.first() {
        Some(v) if !v.is_none() => Some(buf_arg(v)?),
        _ => None,
    };
    let strip = |b: u8| match &set {
        Some(s) => s.contains(&b),
        None => is_ws(b),
    };
    let (mut s, mut e) = (0, data.len());
    if left {
        while s < e && strip(data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(data[e - 1]) {
            e -= 1;
        }
    }
    Ok(k.make(data[s..e].to_vec()))
}

fn b_strip(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    strip_impl(&args, k, "strip", true, true)
}

fn b_lstrip(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    strip_impl(&args, k, "lstrip", true, false)
}

fn b_rstrip(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    strip_impl(&args, k, "rstrip", false, true)
}

fn b_replace(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "replace")?;
    let p = clinic_args(&args, &k.qual("replace"), "replace", 2, 3)?;
    let old = buf_arg(&p[0])?;
    let new = buf_arg(&p[1])?;
    let count = match p.get(2) {
        Some(v) => index_value(ts, v)?,
        None => -1,
    };
    let max = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(data.len());
    let mut done = 0;
    if old.is_empty() {
        // b'' matches before each byte and at the end.
        for &b in data.iter() {
            if done < max {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(b);
        }
        if done < max {
            out.extend_from_slice(&new);
        }
        return Ok(k.make(out));
    }
    let mut rest = &data[..];
    while done < max {
        let Some(i) = find_sub(rest, &old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(&new);
        rest = &rest[i + old.len()..];
        done += 1;
    }
    out.extend_from_slice(rest);
    Ok(k.make(out))
}

fn affix_remove(args: &Args, k: Kind, name: &str, suffix: bool) -> PyResult<Value> {
    let data = this(args, k, name)?;
    let affix = buf_arg(one_arg(args, &k.qual(name))?)?;
    let out = if suffix { data.strip_suffix(&affix[..]) } else { data.strip_prefix(&affix[..]) };
    Ok(k.make(out.unwrap_or(&data).to_vec()))
}

fn b_removeprefix(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    affix_remove(&args, k, "removeprefix", false)
}

fn b_removesuffix(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    affix_remove(&args, k, "removesuffix", true)
}

/// `(self, width, fillbyte)` of center, ljust and rjust.
fn pad_args<'a>(ts: &mut ThreadState, args: &Args<'a>, k: Kind, name: &str) -> PyResult<(Cow<'a, [u8]>, usize, u8)> {
    let data = this(args, k, name)?;
    let p = clinic_args(args, &k.qual(name), name, 1, 2)?;
    let width = index_value(ts, &p[0])?;
    let fill = match p.get(1) {
        None => b' ',
        Some(v) => match buffer(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    arg_type(v)
                )))
            }
        },
    };
    Ok((data, width.max(0) as usize, fill))
}

fn padded(k: Kind, data: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Value> {
    let mut out = alloc_vec(data.len() + left + right)?;
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(left + data.len() + right, fill);
    Ok(k.make(out))
}

fn b_center(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let (data, width, fill) = pad_args(ts, &args, k, "center")?;
    let margin = width.saturating_sub(data.len());
    // CPython's rounding: the odd byte goes left when the width is odd too.
    let left = margin / 2 + (margin & width & 1);
    padded(k, &data, left, margin - left, fill)
}

fn b_ljust(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let (data, width, fill) = pad_args(ts, &args, k, "ljust")?;
    padded(k, &data, 0, width.saturating_sub(data.len()), fill)
}

fn b_rjust(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let (data, width, fill) = pad_args(ts, &args, k, "rjust")?;
    padded(k, &data, width.saturating_sub(data.len()), 0, fill)
}

/// zfill: zeros go after a leading sign (`b'-1'.zfill(4) == b'-001'`).
fn b_zfill(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "zfill")?;
    let width = index_value(ts, one_arg(&args, &k.qual("zfill"))?)?;
    let zeros = (width.max(0) as usize).saturating_sub(data.len());
    let sign = matches!(data.first(), Some(b'+' | b'-')) as usize;
    let mut out = alloc_vec(data.len() + zeros)?;
    out.extend_from_slice(&data[..sign]);
    out.resize(sign + zeros, b'0');
    out.extend_from_slice(&data[sign..]);
    Ok(k.make(out))
}

/// expandtabs: as str.expandtabs; `\n` and `\r` reset the column.
fn b_expandtabs(ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "expandtabs")?;
    let a = kw_args(&args, "expandtabs", &["tabsize"], 0)?;
    let tab = match &a[0] {
        Some(v) => c_int_arg(ts, v)?,
        None => 8,
    }
    .max(0) as usize;
    let mut out = Vec::with_capacity(data.len());
    let mut col = 0usize;
    for &b in data.iter() {
        match b {
            b'\t' if tab > 0 => {
                let n = tab - col % tab;
                out.try_reserve(n).map_err(|_| PyErr::with_args(&types().memory_error, vec![]))?;
                out.resize(out.len() + n, b' ');
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(k.make(out))
}

fn case_map(args: &Args, k: Kind, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let data = this(args, k, name)?;
    no_args(args, &k.qual(name))?;
    Ok(k.make(f(&data)))
}

fn b_lower(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    case_map(&args, k, "lower", <[u8]>::to_ascii_lowercase)
}

fn b_upper(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    case_map(&args, k, "upper", <[u8]>::to_ascii_uppercase)
}

fn b_swapcase(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    case_map(&args, k, "swapcase", |d| d.iter().map(|&b| if b.is_ascii_alphabetic() { b ^ 0x20 } else { b }).collect())
}

fn b_capitalize(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    case_map(&args, k, "capitalize", |d| {
        let mut out = d.to_ascii_lowercase();
        if let Some(first) = out.first_mut() {
            first.make_ascii_uppercase();
        }
        out
    })
}

/// title: a letter after a non-letter is uppercased, every other lowercased.
fn b_title(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    case_map(&args, k, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let out = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
                prev_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// translate(table, delete=b''): drop the bytes in `delete`, map the rest
/// through the 256-byte `table` (None: unchanged).
fn b_translate(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "translate")?;
    let a = bind_params("translate", args.pos.get(1..).unwrap_or(&[]), &args, &["table", "delete"], 0)?;
    let Some(table) = &a[0] else {
        return Err(type_error("translate() takes at least 1 positional argument (0 given)"));
    };
    let table = if table.is_none() { None } else { Some(buf_arg(table)?) };
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(value_error("translation table must be 256 characters long"));
    }
    let mut delete = [false; 256];
    if let Some(d) = &a[1] {
        for &b in buf_arg(d)?.iter() {
            delete[b as usize] = true;
        }
    }
    let out = data
        .iter()
        .filter(|&&b| !delete[b as usize])
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(k.make(out))
}

/// bytes.maketrans(from, to) (a static method): the 256-byte table mapping
/// each byte of `from` to the byte of `to` at the same place.
fn b_maketrans(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    super::strtype::reject_kw(&args, "maketrans")?;
    check_count("maketrans", args.pos.len(), 2, 2)?;
    let from = buf_arg(&args.pos[0])?;
    let to = buf_arg(&args.pos[1])?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&a, &b) in from.iter().zip(to.iter()) {
        table[a as usize] = b;
    }
    Ok(new_bytes(table))
}

// ---- predicates ------------------------------------------------------------------------------------

/// A non-empty byte string whose every byte satisfies `pred`.
fn all_bytes(args: &Args, k: Kind, name: &str, pred: fn(&u8) -> bool) -> PyResult<Value> {
    let data = this(args, k, name)?;
    no_args(args, &k.qual(name))?;
    Ok(Value::Bool(!data.is_empty() && data.iter().all(pred)))
}

fn b_isalnum(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    all_bytes(&args, k, "isalnum", u8::is_ascii_alphanumeric)
}

fn b_isalpha(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    all_bytes(&args, k, "isalpha", u8::is_ascii_alphabetic)
}

fn b_isdigit(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    all_bytes(&args, k, "isdigit", u8::is_ascii_digit)
}

fn b_isspace(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    all_bytes(&args, k, "isspace", |&b| is_ws(b))
}

fn b_isascii(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "isascii")?;
    no_args(&args, &k.qual("isascii"))?;
    Ok(Value::Bool(data.is_ascii()))
}

/// islower/isupper: some letter of the case and none of the other.
fn cased_only(args: &Args, k: Kind, name: &str, upper: bool) -> PyResult<Value> {
    let data = this(args, k, name)?;
    no_args(args, &k.qual(name))?;
    let (lower_seen, upper_seen) =
        (data.iter().any(u8::is_ascii_lowercase), data.iter().any(u8::is_ascii_uppercase));
    Ok(Value::Bool(if upper { upper_seen && !lower_seen } else { lower_seen && !upper_seen }))
}

fn b_islower(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    cased_only(&args, k, "islower", false)
}

fn b_isupper(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    cased_only(&args, k, "isupper", true)
}

/// istitle: uppercase letters only after non-letters, lowercase ones only
/// after letters, and at least one letter.
fn b_istitle(_ts: &mut ThreadState, args: Args, k: Kind) -> PyResult<Value> {
    let data = this(&args, k, "istitle")?;
    no_args(&args, &k.qual("istitle"))?;
    let (mut cased, mut prev_cased) = (false, false);
    for &b in data.iter() {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ---- bytearray mutators ------------------------------------------------------------------------

const BYTE_RANGE: &str = "byte must be in range(0, 256)";

/// The bytes a slice assignment stores: a bytes-like object or an
/// iterable of ints (not an int, not a str).
fn assign_source(ts: &mut ThreadState, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    if is_index(v) || as_str(v).is_some() || !is_iterable(v) {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    ints_to_bytes(ts, v, BYTE_RANGE)
}

fn ba_setitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "__setitem__")?;
    let p = clinic_args(&args, "bytearray.__setitem__", "__setitem__", 2, 2)?;
    let (key, value) = (&p[0], &p[1]);
    if is_slice(key) {
        let new = assign_source(ts, value)?;
        let len = storage.borrow().len();
        let (start, _, step, n) = slice_indices(ts, key, len)?;
        let mut d = storage.borrow_mut();
        // Clamp in case an __index__ above resized the array.
        let start = (start.max(0) as usize).min(d.len());
        if step == 1 {
            let end = (start + n).min(d.len());
            d.splice(start..end, new);
        } else {
            if new.len() != n {
                return Err(value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    n
                )));
            }
            for (i, b) in new.into_iter().enumerate() {
                let j = start as i64 + i as i64 * step;
                if let Some(slot) = usize::try_from(j).ok().and_then(|j| d.get_mut(j)) {
                    *slot = b;
                }
            }
        }
        return Ok(Value::None);
    }
    let len = storage.borrow().len();
    let j = item_index(ts, key, len, Kind::ByteArray)?;
    let b = byte_value(ts, value, BYTE_RANGE)?;
    let mut d = storage.borrow_mut();
    match j.and_then(|j| d.get_mut(j)) {
        Some(slot) => {
            *slot = b;
            Ok(Value::None)
        }
        None => Err(index_out_of_range(Kind::ByteArray)),
    }
}

fn ba_delitem(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "__delitem__")?;
    let key = one_arg(&args, "bytearray.__delitem__")?;
    let len = storage.borrow().len();
    if is_slice(key) {
        let (start, _, step, n) = slice_indices(ts, key, len)?;
        let mut d = storage.borrow_mut();
        let mut doomed = vec![false; d.len()];
        for i in 0..n {
            if let Some(slot) = usize::try_from(start + i as i64 * step).ok().and_then(|j| doomed.get_mut(j)) {
                *slot = true;
            }
        }
        let mut at = 0;
        d.retain(|_| {
            at += 1;
            !doomed[at - 1]
        });
        return Ok(Value::None);
    }
    let j = item_index(ts, key, len, Kind::ByteArray)?;
    let mut d = storage.borrow_mut();
    match j.filter(|&j| j < d.len()) {
        Some(j) => {
            d.remove(j);
            Ok(Value::None)
        }
        None => Err(index_out_of_range(Kind::ByteArray)),
    }
}

fn ba_iadd(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "__iadd__")?;
    let other = one_arg(&args, "bytearray.__iadd__")?;
    let Some(o) = buffer(other) else {
        return Err(type_error(format!("can't concat {} to {}", type_name(other), type_name(&args.pos[0]))));
    };
    storage.borrow_mut().extend_from_slice(&o);
    Ok(args.pos[0].clone())
}

fn ba_imul(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "__imul__")?;
    let n = one_arg(&args, "bytearray.__imul__")?;
    if !is_index(n) {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(n))));
    }
    let count = repeat_count(ts, n)?;
    let data = storage.borrow().clone();
    let new = repeated(&data, count)?;
    *storage.borrow_mut() = new;
    Ok(args.pos[0].clone())
}

fn ba_append(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "append")?;
    let b = byte_value(ts, one_arg(&args, "bytearray.append")?, BYTE_RANGE)?;
    storage.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "extend")?;
    let v = one_arg(&args, "bytearray.extend")?;
    let new = match buffer(v) {
        Some(b) => b.into_owned(),
        None if is_iterable(v) => ints_to_bytes(ts, v, BYTE_RANGE)?,
        None => return Err(type_error(format!("can't extend bytearray with {}", type_name(v)))),
    };
    storage.borrow_mut().extend_from_slice(&new);
    Ok(Value::None)
}

fn ba_insert(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "insert")?;
    let p = clinic_args(&args, "bytearray.insert", "insert", 2, 2)?;
    let i = index_value(ts, &p[0])?;
    let b = byte_value(ts, &p[1], BYTE_RANGE)?;
    let mut d = storage.borrow_mut();
    let n = d.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(j as usize, b);
    Ok(Value::None)
}

fn ba_pop(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "pop")?;
    let p = clinic_args(&args, "bytearray.pop", "pop", 0, 1)?;
    let i = match p.first() {
        Some(v) => index_value(ts, v)?,
        None => -1,
    };
    let mut d = storage.borrow_mut();
    if d.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(index_error("pop index out of range"));
    }
    Ok(Value::Int(d.remove(j as usize) as i64))
}

fn ba_remove(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "remove")?;
    let b = byte_value(ts, one_arg(&args, "bytearray.remove")?, BYTE_RANGE)?;
    let mut d = storage.borrow_mut();
    match d.iter().position(|&x| x == b) {
        Some(j) => {
            d.remove(j);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_clear(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "clear")?;
    no_args(&args, "bytearray.clear")?;
    storage.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "copy")?;
    no_args(&args, "bytearray.copy")?;
    let data = storage.borrow().clone();
    Ok(new_bytearray(data))
}

fn ba_reverse(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let storage = cell(&args, "reverse")?;
    no_args(&args, "bytearray.reverse")?;
    storage.borrow_mut().reverse();
    Ok(Value::None)
}

// ---- registration ---------------------------------------------------------------------------------

/// Register the methods bytes and bytearray share, each bound to its kind.
macro_rules! shared_methods {
    ($builder:expr, $kind:expr) => {
        $builder
            .method("__len__", |ts, args| b_len(ts, args, $kind))
            .method("__getitem__", |ts, args| b_getitem(ts, args, $kind))
            .method("__contains__", |ts, args| b_contains(ts, args, $kind))
            .method("__add__", |ts, args| b_add(ts, args, $kind))
            .method("__mul__", |ts, args| b_mul(ts, args, $kind))
            .method("__rmul__", |ts, args| b_mul(ts, args, $kind))
            .method("__mod__", |ts, args| b_mod(ts, args, $kind))
            .method("__rmod__", |ts, args| b_rmod(ts, args, $kind))
            .method("__eq__", |ts, args| b_eq(ts, args, $kind))
            .method("__ne__", |ts, args| b_ne(ts, args, $kind))
            .method("__lt__", |ts, args| b_lt(ts, args, $kind))
            .method("__le__", |ts, args| b_le(ts, args, $kind))
            .method("__gt__", |ts, args| b_gt(ts, args, $kind))
            .method("__ge__", |ts, args| b_ge(ts, args, $kind))
            .method("__repr__", |ts, args| b_repr(ts, args, $kind))
            .method("__str__", |ts, args| b_repr(ts, args, $kind))
            .method("__iter__", |ts, args| b_iter(ts, args, $kind))
            .method("capitalize", |ts, args| b_capitalize(ts, args, $kind))
            .method("center", |ts, args| b_center(ts, args, $kind))
            .method("count", |ts, args| b_count(ts, args, $kind))
            .method("decode", |ts, args| b_decode(ts, args, $kind))
            .method("endswith", |ts, args| b_endswith(ts, args, $kind))
            .method("expandtabs", |ts, args| b_expandtabs(ts, args, $kind))
            .method("find", |ts, args| b_find(ts, args, $kind))
            .class_method("fromhex", |ts, args| b_fromhex(ts, args, $kind))
            .method("hex", |ts, args| b_hex(ts, args, $kind))
            .method("index", |ts, args| b_index(ts, args, $kind))
            .method("isalnum", |ts, args| b_isalnum(ts, args, $kind))
            .method("isalpha", |ts, args| b_isalpha(ts, args, $kind))
            .method("isascii", |ts, args| b_isascii(ts, args, $kind))
            .method("isdigit", |ts, args| b_isdigit(ts, args, $kind))
            .method("islower", |ts, args| b_islower(ts, args, $kind))
            .method("isspace", |ts, args| b_isspace(ts, args, $kind))
            .method("istitle", |ts, args| b_istitle(ts, args, $kind))
            .method("isupper", |ts, args| b_isupper(ts, args, $kind))
            .method("join", |ts, args| b_join(ts, args, $kind))
            .method("ljust", |ts, args| b_ljust(ts, args, $kind))
            .method("lower", |ts, args| b_lower(ts, args, $kind))
            .method("lstrip", |ts, args| b_lstrip(ts, args, $kind))
            .static_method("maketrans", b_maketrans)
            .method("partition", |ts, args| b_partition(ts, args, $kind))
            .method("removeprefix", |ts, args| b_removeprefix(ts, args, $kind))
            .method("removesuffix", |ts, args| b_removesuffix(ts, args, $kind))
            .method("replace", |ts, args| b_replace(ts, args, $kind))
            .method("rfind", |ts, args| b_rfind(ts, args, $kind))
            .method("rindex", |ts, args| b_rindex(ts, args, $kind))
            .method("rjust", |ts, args| b_rjust(ts, args, $kind))
            .method("rpartition", |ts, args| b_rpartition(ts, args, $kind))
            .method("rsplit", |ts, args| b_rsplit(ts, args, $kind))
            .method("rstrip", |ts, args| b_rstrip(ts, args, $kind))
            .method("split", |ts, args| b_split(ts, args, $kind))
            .method("splitlines", |ts, args| b_splitlines(ts, args, $kind))
            .method("startswith", |ts, args| b_startswith(ts, args, $kind))
            .method("strip", |ts, args| b_strip(ts, args, $kind))
            .method("swapcase", |ts, args| b_swapcase(ts, args, $kind))
            .method("title", |ts, args| b_title(ts, args, $kind))
            .method("translate", |ts, args| b_translate(ts, args, $kind))
            .method("upper", |ts, args| b_upper(ts, args, $kind))
            .method("zfill", |ts, args| b_zfill(ts, args, $kind))
    };
}

pub fn init(_ts: &mut ThreadState) {
    let t = types();
    shared_methods!(TypeBuilder::new(&t.bytes, "bytes"), Kind::Bytes)
        .static_method("__new__", bytes_new)
        .method("__hash__", bytes_hash)
        .method("__getnewargs__", bytes_getnewargs)
        .method("__bytes__", bytes_bytes);
    shared_methods!(TypeBuilder::new(&t.bytearray, "bytearray"), Kind::ByteArray)
        .static_method("__new__", bytearray_new)
        .method("__init__", bytearray_init)
        .attr("__hash__", Value::None)
        .method("__setitem__", ba_setitem)
        .method("__delitem__", ba_delitem)
        .method("__iadd__", ba_iadd)
        .method("__imul__", ba_imul)
        .method("append", ba_append)
        .method("extend", ba_extend)
        .method("insert", ba_insert)
        .method("pop", ba_pop)
        .method("remove", ba_remove)
        .method("clear", ba_clear)
        .method("copy", ba_copy)
        .method("reverse", ba_reverse);
}
