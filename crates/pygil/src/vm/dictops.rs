//! Dict and set operations that may call Python (`__hash__`, `__eq__`).
//!
//! The tables never hold a borrow across a call into Python: candidate keys
//! are copied out, compared with the borrow released, and the table's
//! `version` is checked afterwards; if an `__eq__` changed the table the
//! lookup starts over (as CPython's lookdict restarts).

use super::errors::*;
use super::ops::*;
use super::types::types;
use super::{PyResult, ThreadState};
use crate::objects::set::SetTable;
use crate::objects::{Payload, PyObject, PyRef, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Find `key` in a dict object: the entry index, or None.
fn dict_find(ts: &mut ThreadState, d: &PyRef, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let Payload::Dict(t) = &d.payload else { return Err(type_error("expected a dict")) };
    // Fast path: exact-str and int keys compare without Python code
    // (CPython's lookdict_unicode makes the same assumption for str keys).
    let simple = match key {
        Value::Int(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Str(_)) && is_exact(o, &types().str),
        _ => false,
    };
    if simple {
        // A stored key that only Python can compare (a user class equal to
        // 2, a Fraction) sends the lookup down the general path below.
        let mut undecided = false;
        let tb = t.borrow();
        let found = tb.find_with(hash, |k| {
            if k.is(key) {
                return true;
            }
            match fast_eq(k, key) {
                Some(eq) => eq,
                None => {
                    undecided = true;
                    false
                }
            }
        });
        if found.is_some() || !undecided {
            return Ok(found);
        }
    }
    loop {
        let (cands, version) = {
            let tb = t.borrow();
            let mut fast = None;
            let mut slow: Vec<(usize, Value)> = Vec::new();
            for ix in tb.candidates(hash).iter() {
                let k = &tb.entry(ix).key;
                match fast_eq(k, key) {
                    Some(true) => {
                        fast = Some(ix);
                        break;
                    }
                    Some(false) => {}
                    None => {
                        if k.is(key) {
                            fast = Some(ix);
                            break;
                        }
                        slow.push((ix, k.clone()));
                    }
                }
            }
            if let Some(ix) = fast {
                if slow.is_empty() {
                    return Ok(Some(ix));
                }
                // A slow candidate precedes the identical key in probe order; check it first.
                slow.push((ix, key.clone()));
            }
            if slow.is_empty() {
                return Ok(None);
            }
            (slow, tb.version)
        };
        let mut restarted = false;
        for (ix, k) in cands {
            let same = k.is(key) || eq(ts, &k, key)?;
            if t.borrow().version != version {
                restarted = true;
                break;
            }
            if same {
                return Ok(Some(ix));
            }
        }
        if !restarted {
            return Ok(None);
        }
    }
}

/// `d.get(key)` without KeyError.
pub fn dict_getitem(ts: &mut ThreadState, d: &PyRef, key: &Value) -> PyResult<Option<Value>> {
    if let Some(s) = as_str(key) {
        if is_exact(key.obj().unwrap(), &types().str) {
            let _ = s;
            return Ok(dict_get_strobj(d, key.obj().unwrap()));
        }
    }
    let h = hash(ts, key)?;
    let Payload::Dict(t) = &d.payload else { return Err(type_error("expected a dict")) };
    Ok(dict_find(ts, d, key, h)?.map(|ix| t.borrow().entry(ix).value.clone()))
}

/// `d[key] = value`.
pub fn dict_setitem(ts: &mut ThreadState, d: &PyRef, key: Value, value: Value) -> PyResult<()> {
    let h = hash(ts, &key)?;
    dict_setitem_hashed(ts, d, key, h, value)
}

pub fn dict_setitem_hashed(ts: &mut ThreadState, d: &PyRef, key: Value, h: i64, value: Value) -> PyResult<()> {
    let Payload::Dict(t) = &d.payload else { return Err(type_error("expected a dict")) };
    match dict_find(ts, d, &key, h)? {
        Some(ix) => {
            let old = t.borrow_mut().set_value(ix, value);
            drop(old);
        }
        None => t.borrow_mut().insert_new(h, key, value),
    }
    Ok(())
}

/// `del d[key]`; Ok(None) if missing.
pub fn dict_delitem(ts: &mut ThreadState, d: &PyRef, key: &Value) -> PyResult<Option<Value>> {
    let h = hash(ts, key)?;
    let Payload::Dict(t) = &d.payload else { return Err(type_error("expected a dict")) };
    match dict_find(ts, d, key, h)? {
        Some(ix) => {
            let (k, v) = t.borrow_mut().remove_at(ix);
            drop(k);
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

/// Look up in any mapping (dict fast path, else `__getitem__` with KeyError → None).
pub fn mapping_get(ts: &mut ThreadState, m: &PyRef, key: &Value) -> PyResult<Option<Value>> {
    if matches!(m.payload, Payload::Dict(_)) && is_exact(m, &types().dict) {
        return dict_getitem(ts, m, key);
    }
    match getitem(ts, &Value::Obj(m.clone()), key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&types().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `dict.update(other)` / `{**other}`; with `merge`, duplicate keys raise
/// (the `f(**a, **b)` rule).
pub fn dict_merge(ts: &mut ThreadState, d: &PyRef, other: &Value, merge: bool) -> PyResult<()> {
    let pairs: Vec<(Value, Value)> = match other {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) && !has_custom_keys(o) => {
            let Payload::Dict(t) = &o.payload else { unreachable!() };
            t.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect()
        }
        _ => {
            let keys_fn = getattr_opt(ts, other, &intern("keys"))?;
            let Some(keys_fn) = keys_fn else {
                if merge {
                    return Err(type_error(format!("argument after ** must be a mapping, not {}", type_name(other))));
                }
                return Err(type_error(format!("'{}' object is not a mapping", type_name(other))));
            };
            let keys = super::call::call(ts, &keys_fn, &[])?;
            let keys = super::iterops::collect(ts, &keys)?;
            let mut v = Vec::new();
            for k in keys {
                let val = getitem(ts, other, &k)?;
                v.push((k, val));
            }
            v
        }
    };
    for (k, v) in pairs {
        if merge {
            if dict_getitem(ts, d, &k)?.is_some() {
                let ks = str_of(ts, &k)?;
                return Err(type_error(format!("got multiple values for keyword argument '{}'", ks)));
            }
        }
        dict_setitem(ts, d, k, v)?;
    }
    Ok(())
}

fn has_custom_keys(o: &PyRef) -> bool {
    crate::objects::typeobj::tdata(o.ty()).has_flag(crate::objects::typeobj::flags::HEAPTYPE)
        && type_lookup_str(o.ty(), "keys").is_some_and(|k| {
            !matches!(k, Value::Obj(ref f) if matches!(f.payload, Payload::Builtin(_)))
        })
}

// ---- sets ----------------------------------------------------------------

fn set_table(s: &PyRef) -> Option<&RefCell<SetTable>> {
    match &s.payload {
        Payload::Set(t) => Some(t),
        _ => None,
    }
}

/// Find `key` in a set or frozenset table.
fn set_find(ts: &mut ThreadState, s: &PyRef, key: &Value, h: i64) -> PyResult<Option<usize>> {
    loop {
        let (cands, version) = {
            let tb = set_borrow(s);
            let mut slow = Vec::new();
            for j in tb.candidates(h) {
                let k = &tb.slot(j).key;
                match fast_eq(k, key) {
                    Some(true) => {
                        if slow.is_empty() {
                            return Ok(Some(j));
                        }
                        slow.push((j, k.clone()));
                        break;
                    }
                    Some(false) => {}
                    None => slow.push((j, k.clone())),
                }
            }
            if slow.is_empty() {
                return Ok(None);
            }
            (slow, tb.version)
        };
        let mut restarted = false;
        for (j, k) in cands {
            let same = k.is(key) || eq(ts, &k, key)?;
            if set_borrow(s).version != version {
                restarted = true;
                break;
            }
            if same {
                return Ok(Some(j));
            }
        }
        if !restarted {
            return Ok(None);
        }
    }
}

/// Borrow the table of a set or frozenset.
pub fn set_borrow(s: &PyRef) -> SetRef<'_> {
    match &s.payload {
        Payload::Set(t) => SetRef::Cell(t.borrow()),
        Payload::FrozenSet(t) => SetRef::Plain(t),
        _ => panic!("set_borrow on a non-set"),
    }
}

pub enum SetRef<'a> {
    Cell(std::cell::Ref<'a, SetTable>),
    Plain(&'a SetTable),
}

impl std::ops::Deref for SetRef<'_> {
    type Target = SetTable;
    fn deref(&self) -> &SetTable {
        match self {
            SetRef::Cell(r) => r,
            SetRef::Plain(t) => t,
        }
    }
}

pub fn set_contains(ts: &mut ThreadState, s: &PyRef, key: &Value) -> PyResult<bool> {
    let h = match hash(ts, key) {
        Ok(h) => h,
        Err(e) => {
            // A set key may be a set: look it up as a frozenset (set_contains_key).
            if let Value::Obj(o) = key {
                if let Payload::Set(t) = &o.payload {
                    let fs = frozen_copy(&t.borrow());
                    return set_contains(ts, s, &fs);
                }
            }
            return Err(e);
        }
    };
    Ok(set_find(ts, s, key, h)?.is_some())
}

/// Whether set `s` holds `key`, whose hash is `h` (set_contains_entry).
pub fn set_contains_hashed(ts: &mut ThreadState, s: &PyRef, key: &Value, h: i64) -> PyResult<bool> {
    Ok(set_find(ts, s, key, h)?.is_some())
}

fn frozen_copy(t: &SetTable) -> Value {
    Value::Obj(PyObject::new(types().frozenset.clone(), Payload::FrozenSet(t.clone())))
}

/// Add to a set (or to a frozenset under construction).
pub fn set_add(ts: &mut ThreadState, s: &PyRef, key: Value) -> PyResult<()> {
    let h = hash(ts, &key)?;
    set_add_hashed(ts, s, key, h)
}

/// set_add_entry: add `key`, whose hash is `h`.
pub fn set_add_hashed(ts: &mut ThreadState, s: &PyRef, key: Value, h: i64) -> PyResult<()> {
    if set_find(ts, s, &key, h)?.is_some() {
        return Ok(());
    }
    match set_table(s) {
        Some(t) => t.borrow_mut().insert_new(h, key),
        None => return Err(type_error("cannot add to a frozenset")),
    }
    Ok(())
}

/// Remove from a set; false if absent.
pub fn set_discard(ts: &mut ThreadState, s: &PyRef, key: &Value) -> PyResult<bool> {
    let h = hash(ts, key)?;
    set_discard_hashed(ts, s, key, h)
}

/// set_discard_entry: remove `key`, whose hash is `h`; false if absent.
pub fn set_discard_hashed(ts: &mut ThreadState, s: &PyRef, key: &Value, h: i64) -> PyResult<bool> {
    match set_find(ts, s, key, h)? {
        Some(j) => {
            let old = set_table(s).unwrap().borrow_mut().remove_at(j);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// The (hash, key) entries of a set or frozenset, in table order.
pub fn set_entries(s: &PyRef) -> Vec<(i64, Value)> {
    set_borrow(s).iter().map(|e| (e.hash, e.key.clone())).collect()
}

/// A new set from values (BUILD_SET).
pub fn new_set_from(ts: &mut ThreadState, items: Vec<Value>) -> PyResult<Value> {
    let s = PyObject::new(types().set.clone(), Payload::Set(RefCell::new(SetTable::new())));
    for x in items {
        set_add(ts, &s, x)?;
    }
    Ok(Value::Obj(s))
}

/// A copy of a set's table as `set(s)` makes it (set_copy: a merge into an
/// empty table, which drops dummies and may pick a smaller size).
pub fn set_copy_table(s: &PyRef) -> SetTable {
    let mut t = SetTable::new();
    t.merge_from(&set_borrow(s));
    t
}

/// Add the items of `other` to set `s` (set_update_internal: set.update,
/// `|`, `set(x)`, the SET_UPDATE of `{*a, *b}`). A set or frozenset is
/// merged (set_merge: one resize up front, then its slots in table
/// order), an exact dict's keys likewise, anything else is iterated.
pub fn set_update(ts: &mut ThreadState, s: &PyRef, other: &Value) -> PyResult<()> {
    if let Value::Obj(o) = other {
        if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) {
            if Rc::ptr_eq(s, o) {
                return Ok(());
            }
            let Some(t) = set_table(s) else { return Err(type_error("cannot add to a frozenset")) };
            let entries = {
                let other_t = set_borrow(o);
                if other_t.is_empty() {
                    return Ok(());
                }
                let mut mine = t.borrow_mut();
                if mine.is_pristine() {
                    mine.merge_from(&other_t);
                    return Ok(());
                }
                mine.reserve(other_t.len());
                set_entries(o)
            };
            for (h, k) in entries {
                set_add_hashed(ts, s, k, h)?;
            }
            return Ok(());
        }
        if let Payload::Dict(d) = &o.payload {
            if is_exact(o, &types().dict) {
                let entries: Vec<(i64, Value)> = d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
                if let Some(t) = set_table(s) {
                    t.borrow_mut().reserve(entries.len());
                }
                for (h, k) in entries {
                    set_add_hashed(ts, s, k, h)?;
                }
                return Ok(());
            }
        }
    }
    let it = super::iterops::iter(ts, other)?;
    while let Some(x) = super::iterops::next(ts, &it)? {
        set_add(ts, s, x)?;
    }
    Ok(())
}

/// Fill a fresh set table from an iterable (make_new_set).
pub fn set_fill(ts: &mut ThreadState, table: &mut SetTable, iterable: &Value) -> PyResult<()> {
    // Build through a temporary set object so lookups can call Python safely.
    let tmp = PyObject::new(types().set.clone(), Payload::Set(RefCell::new(std::mem::take(table))));
    let r = set_update(ts, &tmp, iterable);
    let Payload::Set(t) = &tmp.payload else { unreachable!() };
    *table = std::mem::take(&mut *t.borrow_mut());
    r
}

/// The keys of a set or frozenset, in table order.
pub fn set_items(s: &PyRef) -> Vec<Value> {
    set_borrow(s).iter().map(|e| e.key.clone()).collect()
}
