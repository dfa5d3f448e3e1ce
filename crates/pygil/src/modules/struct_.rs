//! The `struct` module: packing Python values into C structs held in bytes
//! (CPython 3.11's Modules/_struct.c behaviour and error messages; the
//! "struct — Interpret bytes as packed binary data" doc section).
//!
//! A format string is parsed once into a `Layout`: its byte order, total
//! size, the number of values it takes, and one `Item` per format code with
//! its repeat count and byte offset. The first character picks the mode:
//! `@` (or none) is native — native sizes and C alignment, each item padded
//! to its own alignment; `=`, `<`, `>`, `!` are standard — fixed sizes, no
//! padding, native/little/big/big byte order. `n`, `N` and `P` exist only
//! in native mode.
//!
//! Packing builds the struct in a fresh buffer first, so Python code run by
//! a conversion (`__index__`, `__float__`, `__bool__`) never sees a
//! bytearray that is borrowed. Integers are range-checked the way CPython's
//! per-code pack functions do it: codes converted through a C `long`
//! (`b B h H i l q n`) first report "argument out of range" outside i64,
//! codes converted through `unsigned long` (`I L Q N`) outside u64, and then
//! the narrower codes report their own range with CPython's wording (which
//! differs between codes: "byte format requires ...", "'i' format requires
//! ..."). Parsed layouts are cached by format string, as CPython does.

use crate::objects::bytes::{buffer, encode_str};
use crate::objects::function::Args;
use crate::objects::int::{is_int, to_bigint};
use crate::objects::object::NativeData;
use crate::objects::typeobj::{flags, tdata};
use crate::objects::{Payload, PyObject, PyRef, Value};
use crate::vm::call::{bind_native, call, check_args, no_kwargs};
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::thread::GilStatic;
use crate::vm::types::{new_native_type, types, TypeBuilder};
use crate::vm::{PyResult, ThreadState};
use num_traits::ToPrimitive;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

static ERROR: GilStatic<PyRef> = GilStatic::new();
static STRUCT_TYPE: GilStatic<PyRef> = GilStatic::new();
static ITER_TYPE: GilStatic<PyRef> = GilStatic::new();
/// Parsed layouts by format string (CPython's `cache`, cleared when it reaches `MAX_CACHE`).
static CACHE: GilStatic<Rc<RefCell<HashMap<String, Rc<Layout>>>>> = GilStatic::new();
const MAX_CACHE: usize = 100;

/// `struct.error` with a message.
#[cold]
fn error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&ERROR.get().expect("struct module initialised"), msg)
}

// ---- format strings -----------------------------------------------------------

/// One format code with its repeat count, at a byte offset in the struct.
struct Item {
    code: u8,
    /// The repeat count; for `s` and `p`, the length of the byte string.
    count: usize,
    offset: usize,
    /// Size of one element.
    size: usize,
}

/// A parsed format string.
struct Layout {
    /// The format as given (str; bytes formats decoded as ASCII).
    format: String,
    /// Native mode (`@`): native sizes, alignment, and `n N P`.
    native: bool,
    little: bool,
    items: Vec<Item>,
    size: usize,
    /// How many values `pack` takes and `unpack` returns.
    nargs: usize,
}

/// Size and alignment of a code, None for a bad char. Native sizes are
/// those of the C types on LP64 (x86-64, AArch64).
fn entry(code: u8, native: bool) -> Option<(usize, usize)> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' => (if native { 8 } else { 4 }, if native { 8 } else { 4 }),
        b'q' | b'Q' | b'd' => (8, 8),
        b'n' | b'N' | b'P' if native => (8, 8),
        _ => return None,
    })
}

/// Py_ISSPACE: the whitespace allowed between codes.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn parse(format: &str) -> PyResult<Layout> {
    let s = format.as_bytes();
    if s.contains(&0) {
        return Err(error("embedded null character"));
    }
    let (native, little, mut i) = match s.first() {
        Some(b'<') => (false, true, 1),
        Some(b'>') | Some(b'!') => (false, false, 1),
        Some(b'=') => (false, cfg!(target_endian = "little"), 1),
        Some(b'@') => (true, cfg!(target_endian = "little"), 1),
        _ => (true, cfg!(target_endian = "little"), 0),
    };
    let too_long = || error("total struct size too long");
    let max = isize::MAX as usize;
    let (mut items, mut size, mut nargs) = (Vec::new(), 0usize, 0usize);
    while i < s.len() {
        let mut c = s[i];
        i += 1;
        if is_space(c) {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = s.get(i) else {
                    return Err(error("repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = count.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)).filter(|n| *n <= max).ok_or_else(too_long)?;
            }
        }
        let (isize_, align) = entry(c, native).ok_or_else(|| error("bad char in struct format"))?;
        if native && size > 0 {
            size = size.checked_next_multiple_of(align).filter(|n| *n <= max).ok_or_else(too_long)?;
        }
        if count > (max - size) / isize_ {
            return Err(too_long());
        }
        items.push(Item { code: c, count, offset: size, size: isize_ });
        size += count * isize_;
        nargs += match c {
            b's' | b'p' => 1,
            b'x' => 0,
            _ => count,
        };
    }
    Ok(Layout { format: format.to_string(), native, little, items, size, nargs })
}

/// The format argument as a string: str (ASCII only) or bytes.
fn format_text(fname: &str, v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        encode_str(s.as_str(), "ascii", "strict")?;
        return Ok(s.as_str().to_string());
    }
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => {
            let Payload::Bytes(b) = &o.payload else { unreachable!() };
            Ok(b.iter().map(|&c| c as char).collect())
        }
        _ => Err(type_error(format!("{}() argument 1 must be a str or bytes object, not {}", fname, type_name(v)))),
    }
}

/// The layout of a format argument, from the cache when it was seen before.
fn layout_of(v: &Value) -> PyResult<Rc<Layout>> {
    let text = format_text("Struct", v)?;
    let cache = CACHE.get_or_init(|| Rc::new(RefCell::new(HashMap::new())));
    if let Some(l) = cache.borrow().get(&text) {
        return Ok(l.clone());
    }
    let l = Rc::new(parse(&text)?);
    let mut c = cache.borrow_mut();
    if c.len() >= MAX_CACHE {
        c.clear();
    }
    c.insert(text, l.clone());
    Ok(l)
}

// ---- packing ------------------------------------------------------------------

/// An integer argument (directly or through `__index__`); None when it does
/// not even fit in i128, which is out of range for every code.
fn int_arg(ts: &mut ThreadState, v: &Value) -> PyResult<Option<i128>> {
    let n = if is_int(v) {
        to_bigint(v)
    } else {
        let Some(f) = type_lookup_str(&type_of(v), "__index__") else {
            return Err(error("required argument is not an integer"));
        };
        let r = call(ts, &f, std::slice::from_ref(v))?;
        if !is_int(&r) {
            return Err(type_error(format!("__index__ returned non-int (type {})", type_name(&r))));
        }
        to_bigint(&r)
    };
    Ok(n.and_then(|b| b.to_i128()))
}

/// An integer as the bytes of `code`, range-checked as CPython's pack
/// functions do (see the file comment). CPython packs standard sizes in the
/// machine's own byte order with the native functions where the sizes agree
/// (`<` and `=` here), and with its portable lp_/bp_ functions otherwise, and
/// the two families word their errors differently.
fn int_bits(code: u8, layout: &Layout, v: Option<i128>) -> PyResult<u64> {
    let portable = !layout.native && layout.little != cfg!(target_endian = "little");
    let out_of_range = || error("argument out of range");
    // Through a C long (i64), then the code's own range.
    let signed = |lo: i128, hi: i128, what: &str| -> PyResult<u64> {
        let x = v.filter(|x| i64::try_from(*x).is_ok()).ok_or_else(out_of_range)?;
        if x < lo || x > hi {
            return Err(error(format!("{} format requires {} <= number <= {}", what, lo, hi)));
        }
        Ok(x as u64)
    };
    // Through a C unsigned long (u64), then the code's own maximum.
    let unsigned = |hi: u64| -> PyResult<u64> {
        let x = v.and_then(|x| u64::try_from(x).ok()).ok_or_else(out_of_range)?;
        if x > hi {
            return Err(error(format!("'{}' format requires 0 <= number <= {}", code as char, hi)));
        }
        Ok(x)
    };
    let too_large = || error("int too large to convert");
    let (i16r, i32r, i64r) = ((-32768, 32767), (i32::MIN as i128, i32::MAX as i128), (i64::MIN as i128, i64::MAX as i128));
    let quoted = format!("'{}'", code as char);
    match code {
        b'b' => signed(-128, 127, "byte"),
        b'B' => signed(0, 255, "ubyte"),
        b'h' if portable => signed(i16r.0, i16r.1, &quoted),
        b'h' => signed(i16r.0, i16r.1, "short"),
        b'H' if portable => unsigned(u16::MAX as u64),
        b'H' => signed(0, 65535, "ushort"),
        b'i' => signed(i32r.0, i32r.1, &quoted),
        b'l' if !layout.native => signed(i32r.0, i32r.1, &quoted),
        b'I' => unsigned(u32::MAX as u64),
        b'L' if !layout.native => unsigned(u32::MAX as u64),
        b'q' if portable => v.filter(|x| i64::try_from(*x).is_ok()).map(|x| x as u64).ok_or_else(too_large),
        b'Q' if portable => v.and_then(|x| u64::try_from(x).ok()).ok_or_else(too_large),
        b'P' => match v {
            Some(x) if x >= i64::MIN as i128 && x <= u64::MAX as i128 => Ok(x as u64),
            _ => Err(too_large()),
        },
        b'L' | b'Q' | b'N' => unsigned(u64::MAX),
        _ => signed(i64r.0, i64r.1, ""),
    }
}

/// A float argument; any failure to convert is "required argument is not a float".
fn float_arg(ts: &mut ThreadState, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        _ => crate::objects::float::float_of(ts, v).map_err(|_| error("required argument is not a float")),
    }
}

/// IEEE 754 binary16 bits of `x`, rounding half to even; None on overflow.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let ax = x.abs();
    let biased = ((ax.to_bits() >> 52) & 0x7ff) as i32;
    // Binary exponent of ax (2^e <= ax < 2^(e+1)); f64 subnormals just count as tiny.
    let e = if biased == 0 { -1023 } else { biased - 1023 };
    if e >= 16 {
        return None;
    }
    // The spacing of half floats near ax is 2^q; scale so that spacing is 1 (exact).
    let q = e.max(-14) - 10;
    let r = (ax * 2f64.powi(-q)).round_ties_even() as u32;
    let bits = if e < -14 {
        // Subnormal (r = 1024 carries into the smallest normal, which encodes the same way).
        r
    } else {
        // r in [1024, 2048]; 2048 carries into the exponent.
        (((e + 15) as u32) << 10) + (r - 1024)
    };
    if bits >= 0x7c00 {
        return None;
    }
    Some(sign | bits as u16)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        0x1f if mant == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        _ => (1024.0 + mant) * 2f64.powi(exp - 25),
    }
}

fn put(out: &mut [u8], bits: u64, size: usize, little: bool) {
    let le = bits.to_le_bytes();
    for k in 0..size {
        out[if little { k } else { size - 1 - k }] = le[k];
    }
}

fn get(data: &[u8], size: usize, little: bool) -> u64 {
    let mut le = [0u8; 8];
    for k in 0..size {
        le[k] = data[if little { k } else { size - 1 - k }];
    }
    u64::from_le_bytes(le)
}

/// The contents of a bytes-like argument to `s` or `p`.
fn string_arg(v: &Value, code: u8) -> PyResult<std::borrow::Cow<'_, [u8]>> {
    buffer(v).ok_or_else(|| error(format!("argument for '{}' must be a bytes object", code as char)))
}

/// Pack `values` (exactly `layout.nargs` of them) into a new buffer.
fn pack_values(ts: &mut ThreadState, layout: &Layout, values: &[Value]) -> PyResult<Vec<u8>> {
    // PyBytes_FromStringAndSize's limits: its header must fit too.
    if layout.size > isize::MAX as usize - 33 {
        return Err(overflow_error("byte string is too large"));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(layout.size).is_err() {
        return Err(memory_error(""));
    }
    out.resize(layout.size, 0u8);
    let mut args = values.iter();
    for it in &layout.items {
        let at = it.offset;
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = args.next().unwrap();
                let data = string_arg(v, it.code)?;
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    out[at..at + n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1);
                    out[at + 1..at + 1 + n].copy_from_slice(&data[..n]);
                    out[at] = n.min(255) as u8;
                }
            }
            code => {
                for k in 0..it.count {
                    let v = args.next().unwrap();
                    let p = at + k * it.size;
                    pack_one(ts, code, layout, v, &mut out[p..p + it.size])?;
                }
            }
        }
    }
    Ok(out)
}

fn pack_one(ts: &mut ThreadState, code: u8, layout: &Layout, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let little = layout.little;
    match code {
        b'c' => match v {
            Value::Obj(o) if matches!(&o.payload, Payload::Bytes(b) if b.len() == 1) => {
                let Payload::Bytes(b) = &o.payload else { unreachable!() };
                out[0] = b[0];
            }
            _ => return Err(error("char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = truthy(ts, v)? as u8,
        b'e' => {
            let h = f64_to_half(float_arg(ts, v)?).ok_or_else(|| overflow_error("float too large to pack with e format"))?;
            put(out, h as u64, 2, little);
        }
        b'f' => {
            let x = float_arg(ts, v)?;
            let y = x as f32;
            if !layout.native && y.is_infinite() && !x.is_infinite() {
                return Err(overflow_error("float too large to pack with f format"));
            }
            put(out, y.to_bits() as u64, 4, little);
        }
        b'd' => {
            let x = float_arg(ts, v)?;
            put(out, x.to_bits(), 8, little);
        }
        _ => {
            let n = int_arg(ts, v)?;
            let bits = int_bits(code, layout, n)?;
            put(out, bits, out.len(), little);
        }
    }
    Ok(())
}

// ---- unpacking ----------------------------------------------------------------

fn unpack_bytes(layout: &Layout, data: &[u8]) -> PyResult<Value> {
    let mut out = Vec::with_capacity(layout.nargs);
    let little = layout.little;
    for it in &layout.items {
        let at = it.offset;
        match it.code {
            b'x' => {}
            b's' => out.push(new_bytes(data[at..at + it.count].to_vec())),
            b'p' => {
                if it.count == 0 {
                    return Err(system_error("Negative size passed to PyBytes_FromStringAndSize"));
                }
                let n = (data[at] as usize).min(it.count - 1);
                out.push(new_bytes(data[at + 1..at + 1 + n].to_vec()));
            }
            code => {
                for k in 0..it.count {
                    let p = at + k * it.size;
                    let raw = get(&data[p..], it.size, little);
                    out.push(match code {
                        b'c' => new_bytes(vec![raw as u8]),
                        b'?' => Value::Bool(raw != 0),
                        b'e' => Value::Float(half_to_f64(raw as u16)),
                        b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
                        b'd' => Value::Float(f64::from_bits(raw)),
                        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                            let shift = 64 - 8 * it.size as u32;
                            Value::Int(((raw << shift) as i64) >> shift)
                        }
                        _ => int_from_big(raw.into()),
                    });
                }
            }
        }
    }
    Ok(new_tuple(out))
}

/// The bytes of a readable buffer argument.
fn read_buffer(v: &Value) -> PyResult<std::borrow::Cow<'_, [u8]>> {
    buffer(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

fn unpack(layout: &Layout, buf: &Value) -> PyResult<Value> {
    let data = read_buffer(buf)?;
    if data.len() != layout.size {
        return Err(error(format!("unpack requires a buffer of {} bytes", layout.size)));
    }
    unpack_bytes(layout, &data)
}

fn unpack_from(ts: &mut ThreadState, layout: &Layout, buf: &Value, offset: &Value) -> PyResult<Value> {
    let data = read_buffer(buf)?.into_owned();
    let mut off = if offset.is_null() { 0 } else { index_value(ts, offset)? };
    let (len, size) = (data.len() as i64, layout.size as i64);
    if off < 0 {
        if off + size > 0 {
            return Err(error(format!("not enough data to unpack {} bytes at offset {}", size, off)));
        }
        if off + len < 0 {
            return Err(error(format!("offset {} out of range for {}-byte buffer", off, len)));
        }
        off += len;
    }
    if len - off < size {
        return Err(error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            size + off,
            size,
            off,
            len
        )));
    }
    unpack_bytes(layout, &data[off as usize..])
}

/// pack_into(buffer, offset, *values): `args` starts at the buffer.
fn pack_into(ts: &mut ThreadState, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    match args.len() {
        0 => return Err(error("pack_into expected buffer argument")),
        1 => return Err(error("pack_into expected offset argument")),
        n if n - 2 != layout.nargs => {
            return Err(error(format!("pack_into expected {} items for packing (got {})", layout.nargs, n - 2)));
        }
        _ => {}
    }
    let target = match &args[0] {
        Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)) => o.clone(),
        v => return Err(type_error(format!("argument must be read-write bytes-like object, not {}", type_name(v)))),
    };
    let Payload::ByteArray(cell) = &target.payload else { unreachable!() };
    let mut off = index_value(ts, &args[1])?;
    let (len, size) = (cell.borrow().len() as i64, layout.size as i64);
    if off < 0 {
        if off + size > 0 {
            return Err(error(format!("no space to pack {} bytes at offset {}", size, off)));
        }
        if off + len < 0 {
            return Err(error(format!("offset {} out of range for {}-byte buffer", off, len)));
        }
        off += len;
    }
    if len - off < size {
        return Err(error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            size + off,
            size,
            off,
            len
        )));
    }
    let packed = pack_values(ts, layout, &args[2..])?;
    let mut b = cell.borrow_mut();
    // A conversion may have run Python code that resized the bytearray.
    if b.len() < off as usize + packed.len() {
        return Err(error("buffer changed size during packing"));
    }
    b[off as usize..off as usize + packed.len()].copy_from_slice(&packed);
    Ok(Value::None)
}

fn pack(ts: &mut ThreadState, layout: &Layout, values: &[Value]) -> PyResult<Value> {
    if values.len() != layout.nargs {
        return Err(error(format!("pack expected {} items for packing (got {})", layout.nargs, values.len())));
    }
    Ok(new_bytes(pack_values(ts, layout, values)?))
}

// ---- iter_unpack ----------------------------------------------------------------

/// `_struct.unpack_iterator`: unpacks consecutive structs from a buffer.
struct UnpackIter {
    layout: Rc<Layout>,
    buf: Value,
    pos: Cell<usize>,
}

impl NativeData for UnpackIter {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn iter_unpack(layout: Rc<Layout>, buf: &Value) -> PyResult<Value> {
    if layout.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    let len = read_buffer(buf)?.len();
    if len % layout.size != 0 {
        return Err(error(format!("iterative unpacking requires a buffer of a multiple of {} bytes", layout.size)));
    }
    let it = UnpackIter { layout, buf: buf.clone(), pos: Cell::new(0) };
    Ok(Value::Obj(PyObject::new(ITER_TYPE.get().unwrap(), Payload::Native(Box::new(it)))))
}

fn iter_of<'a>(args: &'a Args) -> PyResult<&'a UnpackIter> {
    if let Some(Value::Obj(o)) = args.pos.first() {
        if let Payload::Native(n) = &o.payload {
            if let Some(it) = n.as_any().downcast_ref::<UnpackIter>() {
                return Ok(it);
            }
        }
    }
    Err(type_error("descriptor requires a '_struct.unpack_iterator' object"))
}

fn ui_next(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let it = iter_of(&args)?;
    let data = read_buffer(&it.buf)?;
    let (pos, size) = (it.pos.get(), it.layout.size);
    if pos + size > data.len() {
        return Err(stop_iteration(Value::None));
    }
    it.pos.set(pos + size);
    unpack_bytes(&it.layout, &data[pos..pos + size])
}

fn ui_iter(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    iter_of(&args)?;
    Ok(args.pos[0].clone())
}

fn ui_length_hint(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let it = iter_of(&args)?;
    let len = read_buffer(&it.buf)?.len();
    Ok(Value::Int((len.saturating_sub(it.pos.get()) / it.layout.size) as i64))
}

// ---- the Struct type ----------------------------------------------------------

/// A `Struct` instance: its layout, replaced when `__init__` runs again.
struct StructData {
    layout: RefCell<Rc<Layout>>,
}

impl NativeData for StructData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn this(args: &Args) -> PyResult<Rc<Layout>> {
    if let Some(Value::Obj(o)) = args.pos.first() {
        if let Payload::Native(n) = &o.payload {
            if let Some(s) = n.as_any().downcast_ref::<StructData>() {
                return Ok(s.layout.borrow().clone());
            }
        }
    }
    Err(type_error("descriptor requires a '_struct.Struct' object"))
}

fn s_new(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().and_then(as_type).cloned().unwrap_or_else(|| STRUCT_TYPE.get().unwrap());
    let empty = Rc::new(parse("")?);
    let p = Payload::Native(Box::new(StructData { layout: RefCell::new(empty) }));
    Ok(if tdata(&cls).has_flag(flags::HAS_DICT) {
        Value::Obj(PyObject::with_dict(cls, p, new_dict_obj()))
    } else {
        Value::Obj(PyObject::new(cls, p))
    })
}

fn s_init(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("Struct", &Args { pos: &args.pos[1..], ..args }, &["format"], 1)?;
    let text = format_text("Struct", &a[0])?;
    let layout = Rc::new(parse(&text)?);
    let Value::Obj(o) = &args.pos[0] else { return Err(type_error("Struct.__init__ needs a Struct")) };
    let Payload::Native(n) = &o.payload else { return Err(type_error("Struct.__init__ needs a Struct")) };
    let s = n.as_any().downcast_ref::<StructData>().ok_or_else(|| type_error("Struct.__init__ needs a Struct"))?;
    *s.layout.borrow_mut() = layout;
    Ok(Value::None)
}

fn s_pack(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    no_kwargs("Struct.pack", &args)?;
    let l = this(&args)?;
    pack(ts, &l, &args.pos[1..])
}

fn s_pack_into(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    no_kwargs("Struct.pack_into", &args)?;
    let l = this(&args)?;
    pack_into(ts, &l, &args.pos[1..])
}

fn s_unpack(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("Struct.unpack", &Args { pos: &args.pos[1..], ..args }, 1, 1)?;
    let l = this(&args)?;
    unpack(&l, &args.pos[1])
}

fn s_unpack_from(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("unpack_from", &Args { pos: &args.pos[1..], ..args }, &["buffer", "offset"], 1)?;
    let l = this(&args)?;
    unpack_from(ts, &l, &a[0], &a[1])
}

fn s_iter_unpack(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("Struct.iter_unpack", &Args { pos: &args.pos[1..], ..args }, 1, 1)?;
    let l = this(&args)?;
    iter_unpack(l, &args.pos[1])
}

fn s_format(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(new_str(this(&args)?.format.clone()))
}

fn s_size(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&args)?.size as i64))
}

fn s_sizeof(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let l = this(&args)?;
    Ok(Value::Int((std::mem::size_of::<Layout>() + l.items.len() * std::mem::size_of::<Item>()) as i64))
}

// ---- module functions -----------------------------------------------------------

/// The format argument of a module function that takes `(format, *rest)`.
fn split_format<'a>(args: &'a Args) -> PyResult<(Rc<Layout>, &'a [Value])> {
    let (f, rest) = args.pos.split_first().ok_or_else(|| type_error("missing format argument"))?;
    Ok((layout_of(f)?, rest))
}

fn m_pack(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    no_kwargs("_struct.pack", &args)?;
    let (l, rest) = split_format(&args)?;
    pack(ts, &l, rest)
}

fn m_pack_into(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    no_kwargs("_struct.pack_into", &args)?;
    let (l, rest) = split_format(&args)?;
    pack_into(ts, &l, rest)
}

fn exact_two(name: &str, args: &Args) -> PyResult<()> {
    no_kwargs(name, args)?;
    if args.pos.len() != 2 {
        return Err(type_error(format!("{} expected 2 arguments, got {}", name, args.pos.len())));
    }
    Ok(())
}

fn m_unpack(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    exact_two("unpack", &args)?;
    unpack(&*layout_of(&args.pos[0])?, &args.pos[1])
}

fn m_unpack_from(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("unpack_from", &args, &["format", "buffer", "offset"], 2)?;
    unpack_from(ts, &*layout_of(&a[0])?, &a[1], &a[2])
}

fn m_iter_unpack(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    exact_two("iter_unpack", &args)?;
    iter_unpack(layout_of(&args.pos[0])?, &args.pos[1])
}

fn m_calcsize(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("_struct.calcsize", &args, 1, 1)?;
    Ok(Value::Int(layout_of(&args.pos[0])?.size as i64))
}

fn m_clearcache(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("_struct._clearcache", &args, 0, 0)?;
    if let Some(c) = CACHE.get() {
        c.borrow_mut().clear();
    }
    Ok(Value::None)
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    let err = new_native_type("error", "struct", Some(&types().exception));
    tdata(&err).set_flag(flags::BASETYPE | flags::HAS_DICT | flags::HEAPTYPE, true);
    ERROR.set(err.clone());

    let st = new_native_type("Struct", "_struct", None);
    tdata(&st).set_flag(flags::BASETYPE, true);
    TypeBuilder::new(&st, "Struct")
        .static_method("__new__", s_new)
        .method("__init__", s_init)
        .method("pack", s_pack)
        .method("pack_into", s_pack_into)
        .method("unpack", s_unpack)
        .method("unpack_from", s_unpack_from)
        .method("iter_unpack", s_iter_unpack)
        .method("__sizeof__", s_sizeof)
        .getter("format", s_format)
        .getter("size", s_size);
    STRUCT_TYPE.set(st.clone());

    let it = new_native_type("unpack_iterator", "_struct", None);
    TypeBuilder::new(&it, "unpack_iterator")
        .method("__iter__", ui_iter)
        .method("__next__", ui_next)
        .method("__length_hint__", ui_length_hint);
    ITER_TYPE.set(it);

    let m = super::make_module(
        "struct",
        &[
            ("pack", m_pack),
            ("pack_into", m_pack_into),
            ("unpack", m_unpack),
            ("unpack_from", m_unpack_from),
            ("iter_unpack", m_iter_unpack),
            ("calcsize", m_calcsize),
            ("_clearcache", m_clearcache),
        ],
    );
    super::set_attrs(&m, &[("error", Value::Obj(err)), ("Struct", Value::Obj(st))]);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_round_to_even() {
        assert_eq!(f64_to_half(1.0), Some(0x3c00));
        assert_eq!(f64_to_half(65504.0), Some(0x7bff));
        assert_eq!(f64_to_half(65519.0), Some(0x7bff));
        assert_eq!(f64_to_half(65520.0), None);
        assert_eq!(f64_to_half(2f64.powi(-24)), Some(1));
        assert_eq!(f64_to_half(2f64.powi(-25)), Some(0));
        assert_eq!(f64_to_half(1.5 * 2f64.powi(-25)), Some(1));
        assert_eq!(f64_to_half(-0.0), Some(0x8000));
        assert_eq!(half_to_f64(0x7bff), 65504.0);
        assert_eq!(half_to_f64(1), 2f64.powi(-24));
    }
}
