//! The `builtins` module (Python/bltinmodule.c): functions, and the
//! constructors of the iterator types.

use super::call::{bind_native, call, call_args, check_args};
use super::errors::*;
use super::iterops::{collect, iter, new_iter, next};
use super::ops::*;
use super::types::{builtin_fn, types, TypeBuilder};
use super::{PyResult, ThreadState};
use crate::objects::function::Args;
use crate::objects::iter::IterState;
use crate::objects::typeobj::{is_subtype, tdata};
use crate::objects::{Payload, PyObject, PyRef, Value};
use std::rc::Rc;

/// Write text to sys.stderr (falling back to fd 2).
pub fn write_stderr(ts: &mut ThreadState, text: &str) {
    let sys = ts.interp.sys();
    if let Some(err) = sys.dict.get().and_then(|d| dict_get_str(d, "stderr")) {
        if !err.is_none() {
            if super::call::call_method1(ts, &err, "write", new_str(text)).is_ok() {
                let _ = super::call::call_method0(ts, &err, "flush");
                return;
            }
        }
    }
    let _ = crate::modules::stdio::raw_write(2, text.as_bytes());
}

/// The REPL's display hook: print repr(v) and set builtins._.
pub fn display_hook(ts: &mut ThreadState, v: Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let r = repr(ts, &v)?;
    write_stdout(ts, &format!("{}\n", r))?;
    dict_set_str(&ts.interp.builtins_dict, "_", v);
    Ok(())
}

fn write_stdout(ts: &mut ThreadState, s: &str) -> PyResult<()> {
    let out = getattr_str(ts, &Value::Obj(ts.interp.sys()), "stdout")?;
    super::call::call_method1(ts, &out, "write", new_str(s))?;
    Ok(())
}

fn b_print(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let mut sep: Option<String> = None;
    let mut end: Option<String> = None;
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        let k = as_str(k).map(|s| s.as_str()).unwrap_or("");
        match k {
            "sep" => {
                if !v.is_none() {
                    sep = Some(as_str(v).ok_or_else(|| type_error(format!("sep must be None or a string, not {}", type_name(v))))?.as_str().to_string());
                }
            }
            "end" => {
                if !v.is_none() {
                    end = Some(as_str(v).ok_or_else(|| type_error(format!("end must be None or a string, not {}", type_name(v))))?.as_str().to_string());
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = truthy(ts, v)?,
            _ => return Err(type_error(format!("'{}' is an invalid keyword argument for print()", k))),
        }
    }
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_deref().unwrap_or(" "));
        }
        out.push_str(&str_of(ts, a)?);
    }
    out.push_str(end.as_deref().unwrap_or("\n"));
    let file = if file.is_none() { getattr_str(ts, &Value::Obj(ts.interp.sys()), "stdout")? } else { file };
    if file.is_none() {
        return Ok(Value::None);
    }
    if !crate::modules::stdio::fast_write(ts, &file, &out)? {
        super::call::call_method1(ts, &file, "write", new_str(out))?;
    }
    if flush {
        super::call::call_method0(ts, &file, "flush")?;
    }
    Ok(Value::None)
}

fn b_len(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("len", &args, 1, 1)?;
    Ok(Value::Int(len(ts, &args.pos[0])? as i64))
}

fn b_repr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("repr", &args, 1, 1)?;
    Ok(new_str(repr(ts, &args.pos[0])?))
}

fn b_ascii(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("ascii", &args, 1, 1)?;
    Ok(new_str(crate::objects::strtype::ascii_str(&repr(ts, &args.pos[0])?)))
}

fn b_format(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(s) => as_str(s).ok_or_else(|| type_error(format!("format() argument 2 must be str, not {}", type_name(s))))?.as_str().to_string(),
        None => String::new(),
    };
    Ok(new_str(super::format::format_obj(ts, &args.pos[0], &spec)?))
}

fn b_hash(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("hash", &args, 1, 1)?;
    Ok(Value::Int(hash(ts, &args.pos[0])?))
}

fn b_id(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("id", &args, 1, 1)?;
    Ok(Value::Int(args.pos[0].id()))
}

fn b_abs(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("abs", &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Int(i) if *i != i64::MIN => return Ok(Value::Int(i.abs())),
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        _ => {}
    }
    match call_special0(ts, v, "__abs__")? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("bad operand type for abs(): '{}'", type_name(v)))),
    }
}

fn b_divmod(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    match super::arith::binary_op1(ts, a, b, "__divmod__", "__rdivmod__")? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        ))),
    }
}

fn b_pow(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("pow", &args, &["base", "exp", "mod"], 2)?;
    if a[2].is_null() || a[2].is_none() {
        return super::arith::binary_op(ts, &a[0], &a[1], 8);
    }
    use crate::objects::int::to_bigint;
    let (Some(b), Some(e), Some(m)) = (to_bigint(&a[0]), to_bigint(&a[1]), to_bigint(&a[2])) else {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    };
    use num_traits::{Signed, Zero};
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let r = if e.is_negative() {
        // Modular inverse (3.8+).
        let inv = modinv(&b, &m).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        inv.modpow(&(-e), &m.abs())
    } else {
        b.modpow(&e, &m.abs())
    };
    // Result has the sign of the modulus.
    let r = if m.is_negative() && !r.is_zero() { r + &m } else { r };
    Ok(int_from_big(r))
}

fn modinv(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    use num_traits::{One, Signed};
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn b_round(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("round", &args, &["number", "ndigits"], 1)?;
    let t = type_of(&a[0]);
    let f = type_lookup_str(&t, "__round__")
        .ok_or_else(|| type_error(format!("type {} doesn't define __round__ method", tdata(&t).name())))?;
    if a[1].is_null() || a[1].is_none() {
        call(ts, &f, &[a[0].clone()])
    } else {
        call(ts, &f, &[a[0].clone(), a[1].clone()])
    }
}

fn b_chr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("chr", &args, 1, 1)?;
    let i = index_value(ts, &args.pos[0])?;
    if !(0..=0x10ffff).contains(&i) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(super::iterops::char_str(c)),
        None => Err(value_error("chr() of a surrogate code point is not supported by pygil")),
    }
}

fn b_ord(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("ord", &args, 1, 1)?;
    let v = &args.pos[0];
    if let Some(s) = as_str(v) {
        if s.char_len() != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {} found", s.char_len())));
        }
        return Ok(Value::Int(s.char_at(0) as i64));
    }
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Bytes(b) if b.len() == 1 => return Ok(Value::Int(b[0] as i64)),
            Payload::Bytes(b) => {
                return Err(type_error(format!("ord() expected a character, but string of length {} found", b.len())))
            }
            Payload::ByteArray(b) if b.borrow().len() == 1 => return Ok(Value::Int(b.borrow()[0] as i64)),
            _ => {}
        }
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", type_name(v))))
}

fn int_radix(ts: &mut ThreadState, v: &Value, base: u32) -> PyResult<Value> {
    let i = match v {
        Value::Int(_) | Value::Bool(_) => v.clone(),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => v.clone(),
        _ => {
            let n = index_value(ts, v);
            match n {
                Ok(n) => Value::Int(n),
                Err(_) => {
                    let r = call_special0(ts, v, "__index__")?;
                    r.ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))?
                }
            }
        }
    };
    let s = match crate::objects::int::num_of(&i) {
        Some(crate::objects::int::Num::I(x)) => pyfmt::int_to_base(pyfmt::Int::Small(x), base),
        Some(crate::objects::int::Num::B(b)) => pyfmt::int_to_base(pyfmt::Int::Big(&b), base),
        _ => unreachable!(),
    };
    Ok(new_str(s))
}

fn b_bin(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("bin", &args, 1, 1)?;
    int_radix(ts, &args.pos[0], 2)
}
fn b_oct(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("oct", &args, 1, 1)?;
    int_radix(ts, &args.pos[0], 8)
}
fn b_hex(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("hex", &args, 1, 1)?;
    int_radix(ts, &args.pos[0], 16)
}

/// isinstance with `__instancecheck__` and tuples (PyObject_IsInstance).
pub fn isinstance(ts: &mut ThreadState, v: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = as_type(cls) {
        if is_instance(v, t) {
            return Ok(true);
        }
        let meta = t.ty().clone();
        if Rc::ptr_eq(&meta, &types().type_) {
            return Ok(false);
        }
    }
    if let Value::Obj(o) = cls {
        if let Payload::Tuple(items) = &o.payload {
            for c in items.iter() {
                ts.enter_native()?;
                let r = isinstance(ts, v, c);
                ts.leave_native();
                if r? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    let mt = type_of(cls);
    if let Some(f) = type_lookup_str(&mt, "__instancecheck__") {
        ts.enter_native()?;
        let r = call(ts, &f, &[cls.clone(), v.clone()]);
        ts.leave_native();
        let r = r?;
        return truthy(ts, &r);
    }
    Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

pub fn issubclass(ts: &mut ThreadState, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let (Some(s), Some(t)) = (as_type(sub), as_type(cls)) {
        if Rc::ptr_eq(t.ty(), &types().type_) {
            return Ok(is_subtype(s, t));
        }
    }
    if let Value::Obj(o) = cls {
        if let Payload::Tuple(items) = &o.payload {
            for c in items.iter() {
                if issubclass(ts, sub, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    if as_type(sub).is_none() {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    let mt = type_of(cls);
    if let Some(f) = type_lookup_str(&mt, "__subclasscheck__") {
        let r = call(ts, &f, &[cls.clone(), sub.clone()])?;
        return truthy(ts, &r);
    }
    Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

fn b_isinstance(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("isinstance", &args, 2, 2)?;
    Ok(Value::Bool(isinstance(ts, &args.pos[0], &args.pos[1])?))
}

fn b_issubclass(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("issubclass", &args, 2, 2)?;
    Ok(Value::Bool(issubclass(ts, &args.pos[0], &args.pos[1])?))
}

fn b_getattr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("getattr", &args, 2, 3)?;
    let name = as_str(&args.pos[1]).ok_or_else(|| type_error(format!("attribute name must be string, not '{}'", type_name(&args.pos[1]))))?;
    let name = intern(name.as_str());
    match args.pos.get(2) {
        None => getattr(ts, &args.pos[0], &name),
        Some(d) => Ok(getattr_opt(ts, &args.pos[0], &name)?.unwrap_or_else(|| d.clone())),
    }
}

fn b_setattr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("setattr", &args, 3, 3)?;
    let name = super::types_ext::attr_name(&args.pos[1])?;
    setattr(ts, &args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn b_hasattr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("hasattr", &args, 2, 2)?;
    let name = super::types_ext::attr_name(&args.pos[1])?;
    Ok(Value::Bool(getattr_opt(ts, &args.pos[0], &name)?.is_some()))
}

fn b_delattr(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("delattr", &args, 2, 2)?;
    let name = super::types_ext::attr_name(&args.pos[1])?;
    delattr(ts, &args.pos[0], &name)?;
    Ok(Value::None)
}

fn b_callable(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("callable", &args, 1, 1)?;
    Ok(Value::Bool(super::call::callable(&args.pos[0])))
}

fn b_iter(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        if !super::call::callable(&args.pos[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(new_iter(
            &types().callable_iterator,
            IterState::Callable { func: args.pos[0].clone(), sentinel: args.pos[1].clone() },
        ));
    }
    iter(ts, &args.pos[0])
}

fn b_next(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("next", &args, 1, 2)?;
    let it = &args.pos[0];
    let t = type_of(it);
    if !matches!(it, Value::Obj(o) if matches!(o.payload, Payload::Iter(_) | Payload::Generator(_))) && type_lookup_str(&t, "__next__").is_none() {
        return Err(type_error(format!("'{}' object is not an iterator", tdata(&t).name())));
    }
    if args.pos.len() == 1 {
        if let Value::Obj(o) = it {
            if matches!(o.payload, Payload::Generator(_)) {
                return match super::generator::resume(ts, o, Value::None, None)? {
                    super::generator::Sent::Yielded(v) => Ok(v),
                    super::generator::Sent::Returned(v) => Err(stop_iteration(v)),
                };
            }
        }
        if let Some(f) = type_lookup_str(&t, "__next__") {
            if !matches!(it, Value::Obj(o) if matches!(o.payload, Payload::Iter(_))) {
                return call(ts, &f, &[it.clone()]);
            }
        }
    }
    match next(ts, it)? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(stop_iteration(Value::None)),
        },
    }
}

fn b_sorted(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", args.pos.len())));
    }
    let items = collect(ts, &args.pos[0])?;
    let l = new_list(items);
    let sort = getattr_str(ts, &l, "sort")?;
    call_args(ts, &sort, Args { pos: &[], kwnames: args.kwnames, kwvals: args.kwvals })?;
    Ok(l)
}

fn minmax(ts: &mut ThreadState, args: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let mut key = Value::None;
    let mut default: Option<Value> = None;
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        match as_str(k).map(|s| s.as_str()).unwrap_or("") {
            "key" => key = v.clone(),
            "default" => default = Some(v.clone()),
            other => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", name, other))),
        }
    }
    let items = match args.pos.len() {
        0 => return Err(type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => collect(ts, &args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = if key.is_none() { item.clone() } else { call(ts, &key, &[item.clone()])? };
        match &best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                let op = if is_max { super::compare::CmpOp::Gt } else { super::compare::CmpOp::Lt };
                let r = match super::compare::fast_compare(&k, bk, op as u32) {
                    Some(b) => b,
                    None => {
                        let r = super::compare::rich_compare(ts, &k, bk, op)?;
                        truthy(ts, &r)?
                    }
                };
                let better = r;
                if better {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{}() arg is an empty sequence", name))),
    }
}

fn b_max(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    minmax(ts, args, true)
}
fn b_min(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    minmax(ts, args, false)
}

fn b_sum(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("sum", &args, &["iterable", "start"], 1)?;
    let mut acc = if a[1].is_null() { Value::Int(0) } else { a[1].clone() };
    if as_str(&acc).is_some() {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(&acc, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_))) {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = iter(ts, &a[0])?;
    while let Some(x) = next(ts, &it)? {
        acc = match super::arith::fast_binop(&acc, &x, 0) {
            Some(r) => r,
            None => super::arith::binary_op(ts, &acc, &x, 0)?,
        };
    }
    Ok(acc)
}

fn b_any(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("any", &args, 1, 1)?;
    let it = iter(ts, &args.pos[0])?;
    while let Some(x) = next(ts, &it)? {
        if truthy(ts, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_all(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("all", &args, 1, 1)?;
    let it = iter(ts, &args.pos[0])?;
    while let Some(x) = next(ts, &it)? {
        if !truthy(ts, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn b_vars(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("vars", &args, 0, 1)?;
    match args.pos.first() {
        None => b_locals(ts, Args::new(&[])),
        Some(v) => match getattr_opt(ts, v, &intern("__dict__"))? {
            Some(d) => Ok(d),
            None => Err(type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn b_dir(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("dir", &args, 0, 1)?;
    match args.pos.first() {
        None => {
            let l = b_locals(ts, Args::new(&[]))?;
            let keys = collect(ts, &l)?;
            let r = new_list(keys);
            super::call::call_method0(ts, &r, "sort")?;
            Ok(r)
        }
        Some(v) => {
            let names = if let Some(t) = as_type(v) {
                let mut ns: Vec<String> = Vec::new();
                for c in tdata(t).mro.borrow().iter() {
                    for k in super::types_ext::dict_keys(&tdata(c).dict) {
                        if let Some(s) = as_str(&k) {
                            ns.push(s.as_str().to_string());
                        }
                    }
                }
                ns.sort();
                ns.dedup();
                new_list(ns.into_iter().map(new_str).collect())
            } else if matches!(v, Value::Obj(o) if Rc::ptr_eq(o.ty(), &types().module)) {
                let d = v.obj().unwrap().dict.get().unwrap().clone();
                new_list(super::types_ext::dict_keys(&d))
            } else {
                let f = getattr_str(ts, v, "__dir__")?;
                let r = call(ts, &f, &[])?;
                new_list(collect(ts, &r)?)
            };
            super::call::call_method0(ts, &names, "sort")?;
            Ok(names)
        }
    }
}

fn b_globals(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(ts.frames.last().map(|f| f.globals.clone()).unwrap_or_else(new_dict_obj)))
}

/// locals(): the frame's mapping, or a snapshot dict of a function's variables.
fn b_locals(ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    let Some(f) = ts.frames.last() else { return Ok(new_dict()) };
    if !f.locals.is_null() {
        return Ok(f.locals.clone());
    }
    let d = new_dict_obj();
    let co = f.code.co.clone();
    let nv = co.varnames.len();
    let pairs: Vec<(String, Value)> = co
        .varnames
        .iter()
        .enumerate()
        .map(|(i, n)| (n.to_string(), f.fast[i].clone()))
        .chain(co.cellvars.iter().chain(co.freevars.iter()).enumerate().map(|(i, n)| (n.to_string(), super::eval::cell_get(&f.fast[nv + i]))))
        .collect();
    for (n, v) in pairs {
        if !v.is_null() {
            dict_set_str(&d, &n, v);
        }
    }
    Ok(Value::Obj(d))
}

fn b_input(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("input", &args, 0, 1)?;
    let sys = Value::Obj(ts.interp.sys());
    if let Some(p) = args.pos.first() {
        let s = str_of(ts, p)?;
        let out = getattr_str(ts, &sys, "stdout")?;
        super::call::call_method1(ts, &out, "write", new_str(s))?;
        super::call::call_method0(ts, &out, "flush")?;
    }
    let inp = getattr_str(ts, &sys, "stdin")?;
    let line = super::call::call_method0(ts, &inp, "readline")?;
    let s = as_str(&line).map(|s| s.as_str().to_string()).unwrap_or_default();
    if s.is_empty() {
        return Err(eof_error("EOF when reading a line"));
    }
    Ok(new_str(s.strip_suffix('\n').unwrap_or(&s).to_string()))
}

fn b_open(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let io = super::import::import_module(ts, "io")?;
    let open = getattr_str(ts, &io, "open")?;
    call_args(ts, &open, args)
}

fn b_import(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("__import__", &args, &["name", "globals", "locals", "fromlist", "level"], 1)?;
    let name = as_str(&a[0]).ok_or_else(|| type_error("__import__() argument 1 must be str"))?.as_str().to_string();
    let globals = a[1].obj().filter(|o| matches!(o.payload, Payload::Dict(_))).cloned();
    let level = if a[4].is_null() { 0 } else { index_value(ts, &a[4])? as usize };
    let fromlist = if a[3].is_null() { Value::None } else { a[3].clone() };
    super::import::import_impl(ts, &name, globals.as_ref(), &fromlist, level)
}

fn source_text(ts: &mut ThreadState, v: &Value) -> PyResult<String> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(s.as_str().to_string()),
            Payload::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
            _ => Err(type_error("exec() arg 1 must be a string, bytes or code object")),
        },
        _ => {
            let _ = ts;
            Err(type_error("exec() arg 1 must be a string, bytes or code object"))
        }
    }
}

fn exec_or_eval(ts: &mut ThreadState, args: Args, mode: crate::compiler::Mode) -> PyResult<Value> {
    let fname = if mode == crate::compiler::Mode::Eval { "eval" } else { "exec" };
    let a = bind_native(fname, &args, &["source", "globals", "locals"], 1)?;
    let (globals, locals) = {
        let caller = ts.frames.last();
        let g = if a[1].is_null() || a[1].is_none() {
            caller.map(|f| f.globals.clone()).unwrap_or_else(new_dict_obj)
        } else {
            a[1].obj().filter(|o| matches!(o.payload, Payload::Dict(_))).cloned().ok_or_else(|| {
                type_error(format!("{}() globals must be a dict, not {}", fname, type_name(&a[1])))
            })?
        };
        let l = if !a[2].is_null() && !a[2].is_none() {
            a[2].clone()
        } else if a[1].is_null() || a[1].is_none() {
            match caller {
                Some(f) if !f.locals.is_null() => f.locals.clone(),
                Some(_) => b_locals(ts, Args::new(&[]))?,
                None => Value::Obj(g.clone()),
            }
        } else {
            Value::Obj(g.clone())
        };
        (g, l)
    };
    if dict_get_str(&globals, "__builtins__").is_none() {
        dict_set_str(&globals, "__builtins__", Value::Obj(ts.interp.builtins.clone()));
    }
    let code = match &a[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Code(_)) => {
            let Payload::Code(c) = &o.payload else { unreachable!() };
            c.clone()
        }
        v => {
            let src = source_text(ts, v)?;
            let src = if mode == crate::compiler::Mode::Eval { src.trim_start_matches([' ', '\t']).to_string() } else { src };
            crate::compile_source(ts, &src, "<string>", mode)?
        }
    };
    let r = crate::run_code(ts, code, globals, locals)?;
    Ok(if mode == crate::compiler::Mode::Eval { r } else { Value::None })
}

fn b_exec(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    exec_or_eval(ts, args, crate::compiler::Mode::Exec)
}

fn b_eval(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    exec_or_eval(ts, args, crate::compiler::Mode::Eval)
}

fn b_compile(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("compile", &args, &["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3)?;
    let src = source_text(ts, &a[0])?;
    let filename = str_of(ts, &a[1])?;
    let mode = match str_of(ts, &a[2])?.as_str() {
        "exec" => crate::compiler::Mode::Exec,
        "eval" => crate::compiler::Mode::Eval,
        "single" => crate::compiler::Mode::Single,
        _ => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code = crate::compile_source(ts, &src, &filename, mode)?;
    Ok(Value::Obj(PyObject::new(types().code.clone(), Payload::Code(code))))
}

fn b_exit(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    Err(PyErr::with_args(&types().system_exit, args.pos.to_vec()))
}

// ---- iterator type constructors -------------------------------------------

fn enumerate_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let a = bind_native("enumerate", &Args { pos: &args.pos[1..], ..args }, &["iterable", "start"], 1)?;
    let it = iter(ts, &a[0])?;
    let start = if a[1].is_null() { Value::Int(0) } else { a[1].clone() };
    if !crate::objects::int::is_int(&start) {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&start))));
    }
    Ok(new_iter(&types().enumerate, IterState::Enumerate { it, count: start, last: None }))
}

fn zip_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvals.iter()) {
        if as_str(k).is_some_and(|s| s.as_str() == "strict") {
            strict = truthy(ts, v)?;
        } else {
            return Err(type_error("zip() got an unexpected keyword argument"));
        }
    }
    let mut its = Vec::new();
    for a in &args.pos[1..] {
        its.push(iter(ts, a)?);
    }
    Ok(new_iter(&types().zip, IterState::Zip { its: its.into(), strict, last: None }))
}

fn map_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    if args.pos.len() < 3 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args.pos[2..] {
        its.push(iter(ts, a)?);
    }
    Ok(new_iter(&types().map, IterState::Map { func: args.pos[1].clone(), its }))
}

fn filter_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("filter", &Args { pos: &args.pos[1..], ..args }, 2, 2)?;
    let it = iter(ts, &args.pos[2])?;
    Ok(new_iter(&types().filter, IterState::Filter { func: args.pos[1].clone(), it }))
}

fn reversed_new(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("reversed", &Args { pos: &args.pos[1..], ..args }, 1, 1)?;
    let v = &args.pos[1];
    if let Some(r) = call_special0(ts, v, "__reversed__")? {
        return Ok(r);
    }
    let t = type_of(v);
    if type_lookup_str(&t, "__getitem__").is_none() || type_lookup_str(&t, "__len__").is_none() {
        return Err(type_error(format!("'{}' object is not reversible", tdata(&t).name())));
    }
    let n = len(ts, v)? as isize;
    let ty = if matches!(v, Value::Obj(o) if matches!(o.payload, Payload::List(_))) { &types().list_reverseiterator } else { &types().reversed };
    Ok(new_iter(ty, IterState::Reversed { seq: v.clone(), idx: n - 1 }))
}

pub fn init(ts: &mut ThreadState) -> PyRef {
    let t = types();
    TypeBuilder::new(&t.enumerate, "enumerate").static_method("__new__", enumerate_new);
    TypeBuilder::new(&t.zip, "zip").static_method("__new__", zip_new);
    TypeBuilder::new(&t.map, "map").static_method("__new__", map_new);
    TypeBuilder::new(&t.filter, "filter").static_method("__new__", filter_new);
    TypeBuilder::new(&t.reversed, "reversed").static_method("__new__", reversed_new);

    let m = super::import::new_module("builtins");
    let d = super::import::module_dict(&m);
    let funcs: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("format", b_format),
        ("hash", b_hash),
        ("id", b_id),
        ("abs", b_abs),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("chr", b_chr),
        ("ord", b_ord),
        ("bin", b_bin),
        ("oct", b_oct),
        ("hex", b_hex),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("hasattr", b_hasattr),
        ("delattr", b_delattr),
        ("callable", b_callable),
        ("iter", b_iter),
        ("next", b_next),
        ("sorted", b_sorted),
        ("max", b_max),
        ("min", b_min),
        ("sum", b_sum),
        ("any", b_any),
        ("all", b_all),
        ("vars", b_vars),
        ("dir", b_dir),
        ("globals", b_globals),
        ("locals", b_locals),
        ("input", b_input),
        ("open", b_open),
        ("__import__", b_import),
        ("exec", b_exec),
        ("eval", b_eval),
        ("compile", b_compile),
        ("exit", b_exit),
        ("quit", b_exit),
        ("__build_class__", super::types_ext::build_class),
    ];
    for (name, f) in funcs {
        dict_set_str(&d, name, builtin_fn(name, *f, "builtins"));
    }
    for (name, ty) in t.all_types() {
        if matches!(
            name,
            "object" | "type" | "int" | "bool" | "float" | "complex" | "str" | "bytes" | "bytearray" | "list" | "tuple"
                | "dict" | "set" | "frozenset" | "range" | "slice" | "property" | "staticmethod" | "classmethod"
                | "super" | "enumerate" | "zip" | "map" | "filter" | "reversed"
        ) {
            dict_set_str(&d, name, Value::Obj(ty));
        }
    }
    for (name, ty) in t.exception_types() {
        dict_set_str(&d, name, Value::Obj(ty));
    }
    dict_set_str(&d, "EnvironmentError", Value::Obj(t.os_error.clone()));
    dict_set_str(&d, "IOError", Value::Obj(t.os_error.clone()));
    dict_set_str(&d, "None", Value::None);
    dict_set_str(&d, "True", Value::Bool(true));
    dict_set_str(&d, "False", Value::Bool(false));
    dict_set_str(&d, "NotImplemented", t.not_implemented.clone());
    dict_set_str(&d, "Ellipsis", t.ellipsis.clone());
    dict_set_str(&d, "__debug__", Value::Bool(true));
    let _ = ts;
    m
}
