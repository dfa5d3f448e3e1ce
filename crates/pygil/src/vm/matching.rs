//! Runtime support for `match` (MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
//! MATCH_CLASS), following PEP 634 and CPython's ceval.c helpers.

use super::call::call;
use super::errors::*;
use super::ops::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::objects::typeobj::{is_subtype, tdata, Kind};
use crate::objects::{Payload, Value};

fn abc_registered(ts: &mut ThreadState, v: &Value, abc: &str) -> PyResult<bool> {
    // collections.abc registrations (only if collections.abc was imported).
    let modules = ts.interp.modules.clone();
    let Some(m) = dict_get_str(&modules, "collections.abc") else { return Ok(false) };
    let Some(cls) = getattr_opt(ts, &m, &intern(abc))? else { return Ok(false) };
    let f = dict_get_str(&ts.interp.builtins_dict, "isinstance").unwrap();
    let r = call(ts, &f, &[v.clone(), cls])?;
    truthy(ts, &r)
}

pub fn is_mapping(ts: &mut ThreadState, v: &Value) -> PyResult<bool> {
    if kind_of(v) == Kind::Dict {
        return Ok(true);
    }
    if matches!(v, Value::Obj(o) if tdata(o.ty()).has_flag(crate::objects::typeobj::flags::HEAPTYPE)) {
        return abc_registered(ts, v, "Mapping");
    }
    Ok(false)
}

pub fn is_sequence(ts: &mut ThreadState, v: &Value) -> PyResult<bool> {
    match kind_of(v) {
        Kind::List | Kind::Tuple => Ok(true),
        Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Dict => Ok(false),
        _ => match v {
            Value::Obj(o) if matches!(o.payload, Payload::Range(_)) => Ok(true),
            Value::Obj(o) if tdata(o.ty()).has_flag(crate::objects::typeobj::flags::HEAPTYPE) => {
                abc_registered(ts, v, "Sequence")
            }
            _ => Ok(false),
        },
    }
}

/// Values of `subject` for `keys` (a tuple), or None if one is missing;
/// with `rest`, also a dict of the remaining items.
pub fn match_keys(ts: &mut ThreadState, subject: &Value, keys: &Value, rest: bool) -> PyResult<(Value, Value)> {
    let keys = super::iterops::collect(ts, keys)?;
    let mut vals = Vec::with_capacity(keys.len());
    let get = getattr(ts, subject, &intern("get"))?;
    let dummy = new_list(vec![]);
    for (i, k) in keys.iter().enumerate() {
        if keys[..i].iter().any(|p| p.is(k)) {
            let r = repr(ts, k)?;
            return Err(value_error(format!("mapping pattern checks duplicate key ({})", r)));
        }
        let v = call(ts, &get, &[k.clone(), dummy.clone()])?;
        if v.is(&dummy) {
            return Ok((Value::None, Value::None));
        }
        vals.push(v);
    }
    let rest_v = if rest {
        let d = new_dict_obj();
        super::dictops::dict_merge(ts, &d, subject, false)?;
        for k in &keys {
            super::dictops::dict_delitem(ts, &d, k)?;
        }
        Value::Obj(d)
    } else {
        Value::None
    };
    Ok((new_tuple(vals), rest_v))
}

/// Attributes of `subject` for a class pattern, or None if it does not match.
pub fn match_class(ts: &mut ThreadState, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
    let Some(t) = as_type(cls) else {
        return Err(type_error("called match pattern must be a class"));
    };
    if !is_instance(subject, t) && !isinstance_hook(ts, subject, cls)? {
        return Ok(Value::None);
    }
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let self_match = [
            &types().bool_, &types().bytearray, &types().bytes, &types().dict, &types().float, &types().frozenset,
            &types().int, &types().list, &types().set, &types().str, &types().tuple,
        ]
        .iter()
        .any(|b| is_subtype(t, b));
        let match_args = getattr_opt(ts, cls, &intern("__match_args__"))?;
        match match_args {
            None if self_match => {
                if npos > 1 {
                    return Err(type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        tdata(t).name(),
                        npos
                    )));
                }
                out.push(subject.clone());
            }
            None => {
                return Err(type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({} given)",
                    tdata(t).name(),
                    npos
                )))
            }
            Some(ma) => {
                let Some(items) = ma.obj().and_then(|o| match &o.payload {
                    Payload::Tuple(t) => Some(t.to_vec()),
                    _ => None,
                }) else {
                    return Err(type_error(format!("{}.__match_args__ must be a tuple (got {})", tdata(t).name(), type_name(&ma))));
                };
                if npos > items.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        tdata(t).name(),
                        items.len(),
                        if items.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for name in &items[..npos] {
                    let Some(n) = as_str(name) else {
                        return Err(type_error("__match_args__ elements must be strings"));
                    };
                    let n = n.as_str().to_string();
                    seen.push(n.clone());
                    match getattr_opt(ts, subject, &intern(&n))? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
    }
    for name in super::iterops::collect(ts, names)? {
        let n = as_str(&name).unwrap().as_str().to_string();
        if seen.contains(&n) {
            return Err(type_error(format!("{}() got multiple sub-patterns for attribute '{}'", tdata(t).name(), n)));
        }
        seen.push(n.clone());
        match getattr_opt(ts, subject, &intern(&n))? {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(new_tuple(out))
}

fn isinstance_hook(ts: &mut ThreadState, v: &Value, cls: &Value) -> PyResult<bool> {
    let f = dict_get_str(&ts.interp.builtins_dict, "isinstance").unwrap();
    let r = call(ts, &f, &[v.clone(), cls.clone()])?;
    truthy(ts, &r)
}
