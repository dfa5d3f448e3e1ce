//! Finalizers: `__del__` methods and weak-reference callbacks (CPython's
//! `tp_finalize` / `PyObject_CallFinalizerFromDealloc` and
//! `handle_weakrefs`).
//!
//! An `Rc` frees an object the moment its count reaches zero, which can be
//! deep inside native code that holds `RefCell` borrows (a list being
//! cleared, a dict being resized): running Python there could find those
//! borrows taken. So `Drop for PyObject` (objects/object.rs) only queues:
//!
//! - a dying instance of a class that defines `__del__` is *moved* into a
//!   fresh object (same class, dict and payload) that is queued;
//! - the weakrefs with callbacks that pointed to a dying object are queued
//!   (only objects whose class was ever the target of such a weakref are
//!   looked up, in a registry keyed by address: `flags::WEAKREF_CB`).
//!
//! and sets the FINALIZE bit of the eval breaker. The eval loop runs the
//! queue at its next instruction boundary, so `del x; print("after")`
//! prints `__del__`'s output first, as in CPython. `__del__` runs at most
//! once per object (a resurrected object is remembered), and an exception
//! it raises is printed as CPython's "Exception ignored in: ..." report.
//!
//! At exit, after the atexit handlers, `__main__`'s globals are cleared the
//! way CPython's module finalisation does (underscore names first) and the
//! queue is run, so objects held in globals are finalized too.
//!
//! Not done: reference cycles are not collected (no cycle GC), so objects
//! in a cycle are never finalized.

use std::collections::{HashMap, HashSet};
use std::rc::{Rc, Weak};

use super::thread::GilCell;
use super::ThreadState;
use crate::objects::typeobj::{flags, tdata};
use crate::objects::{Payload, PyObject, PyRef, Value};

/// The eval-breaker bit that asks for the queue to be run.
pub const FINALIZE_BIT: u32 = gil::breaker::FIRST_VM_BIT;

/// One queued finalizer.
enum Pending {
    /// Call `__del__` on the object (moved out of the dying one).
    Del(PyRef),
    /// Call the weakref's callback with the (now dead) weakref.
    Callback(PyRef, Value),
}

static PENDING: GilCell<Vec<Pending>> = GilCell::new(Vec::new());

/// Weakrefs with callbacks, by the address of their referent.
static WEAKREF_CALLBACKS: GilCell<Option<HashMap<usize, Vec<Weak<PyObject>>>>> = GilCell::new(None);

/// Objects whose `__del__` already ran and that were resurrected: it must
/// not run again when they die (removed then, so addresses never go stale).
static FINALIZED: GilCell<Option<HashSet<usize>>> = GilCell::new(None);

/// The object the runner is letting go of after its `__del__`: its drop
/// must not queue it again.
static RELEASING: GilCell<usize> = GilCell::new(0);

/// Whether `Drop for PyObject` must call `on_drop` for instances of `t`.
#[inline]
pub fn type_needs_hook(t: &PyRef) -> bool {
    tdata(t).has_flag(flags::HAS_FINALIZER | flags::WEAKREF_CB)
}

/// A weakref with a callback was made to `target` (modules/weakref.rs).
pub fn register_callback(target: &PyRef, weakref: &PyRef) {
    tdata(target.ty()).set_flag(flags::WEAKREF_CB, true);
    let addr = Rc::as_ptr(target) as usize;
    WEAKREF_CALLBACKS.with(|m| m.get_or_insert_with(HashMap::new).entry(addr).or_default().push(Rc::downgrade(weakref)));
}

/// From `Drop for PyObject` when `type_needs_hook`: queue what must run.
pub fn on_drop(obj: &mut PyObject, ty: &PyRef) {
    let addr = obj as *const PyObject as usize;
    let mut queued = false;
    if tdata(ty).has_flag(flags::WEAKREF_CB) {
        let refs = WEAKREF_CALLBACKS.with(|m| m.as_mut().and_then(|m| m.remove(&addr)));
        for w in refs.into_iter().flatten() {
            if let Some(wr) = w.upgrade() {
                let cb = match &wr.payload {
                    Payload::WeakRef(d) => d.callback.replace(Value::None),
                    _ => Value::None,
                };
                if !cb.is_none() {
                    PENDING.with(|p| p.push(Pending::Callback(wr, cb)));
                    queued = true;
                }
            }
        }
    }
    if tdata(ty).has_flag(flags::HAS_FINALIZER) {
        let released = RELEASING.with(|r| std::mem::replace(r, 0)) == addr;
        let done = FINALIZED.with(|f| f.as_mut().is_some_and(|f| f.remove(&addr)));
        if !released && !done {
            let fresh = PyObject::take_over(obj);
            PENDING.with(|p| p.push(Pending::Del(fresh)));
            queued = true;
        }
    }
    if queued {
        super::eval::request_finalizers();
    }
}

/// Runs every queued finalizer (at an instruction boundary, with the GIL).
/// Finalizers queued meanwhile run too.
/// Call `callable(arg)` at the next instruction boundary, from a `Drop`
/// that must not run Python itself (an async generator handed to its
/// finalizer hook, vm/asyncgen.rs).
pub fn queue_call(arg: PyRef, callable: Value) {
    PENDING.with(|p| p.push(Pending::Callback(arg, callable)));
    super::eval::request_finalizers();
}

pub fn run_pending(ts: &mut ThreadState) {
    loop {
        let batch = PENDING.with(std::mem::take);
        if batch.is_empty() {
            return;
        }
        for p in batch {
            match p {
                Pending::Del(obj) => run_del(ts, obj),
                Pending::Callback(wr, cb) => {
                    if let Err(e) = super::call::call(ts, &cb, &[Value::Obj(wr)]) {
                        report_unraisable(ts, &cb, e);
                    }
                }
            }
        }
    }
}

fn run_del(ts: &mut ThreadState, obj: PyRef) {
    let t = obj.ty().clone();
    if let Some(del) = super::ops::type_lookup_str(&t, "__del__") {
        let saved = std::mem::replace(&mut ts.exc_info, Value::None);
        if let Err(e) = super::call::call(ts, &del, &[Value::Obj(obj.clone())]) {
            report_unraisable(ts, &del, e);
        }
        ts.exc_info = saved;
    }
    let addr = Rc::as_ptr(&obj) as usize;
    if Rc::strong_count(&obj) > 1 {
        // Resurrected: finalized once is enough.
        FINALIZED.with(|f| {
            f.get_or_insert_with(HashSet::new).insert(addr);
        });
    } else {
        RELEASING.with(|r| *r = addr);
    }
    drop(obj);
    RELEASING.with(|r| *r = 0);
}

/// CPython's PyErr_WriteUnraisable: "Exception ignored in: <obj>" and the
/// traceback, on stderr.
fn report_unraisable(ts: &mut ThreadState, what: &Value, e: super::errors::PyErr) {
    let r = super::ops::repr(ts, what).unwrap_or_else(|_| "<object repr() failed>".into());
    super::builtins::write_stderr(ts, &format!("Exception ignored in: {}\n", r));
    super::traceback::print_exception(ts, &e.value());
}

/// Interpreter exit: clear `__main__`'s globals as CPython's module
/// finalisation does (names starting with one underscore first, then the
/// rest; `__builtins__` kept), and run the finalizers that releases.
pub fn finalize_main(ts: &mut ThreadState) {
    let Some(Value::Obj(main)) = super::import::sys_modules_get(ts, "__main__") else { return };
    let Some(d) = main.dict.get().cloned() else { return };
    // First the objects the globals hold directly, while the globals are
    // still intact: CPython's cycle collector finalizes the whole dead
    // module (globals dict, functions, instances) before clearing any of it
    // (PEP 442), so their __del__ still sees the module's names.
    for (_, v) in crate::objects::dictobj::dict_items(&d) {
        if let Value::Obj(o) = &v {
            if tdata(o.ty()).has_flag(flags::HAS_FINALIZER) {
                let addr = Rc::as_ptr(o) as usize;
                let done = FINALIZED.with(|f| f.get_or_insert_with(HashSet::new).insert(addr));
                if done {
                    if let Some(del) = super::ops::type_lookup_str(o.ty(), "__del__") {
                        if let Err(e) = super::call::call(ts, &del, std::slice::from_ref(&v)) {
                            report_unraisable(ts, &del, e);
                        }
                    }
                }
            }
        }
    }
    run_pending(ts);
    let keys: Vec<String> = crate::objects::dictobj::dict_items(&d)
        .into_iter()
        .filter_map(|(k, _)| super::ops::as_str(&k).map(|s| s.as_str().to_string()))
        .collect();
    for pass in 0..2 {
        for k in &keys {
            let underscore = k.starts_with('_') && !k.starts_with("__");
            if k == "__builtins__" || (pass == 0) != underscore {
                continue;
            }
            // Hold the old value while the dict is updated, so that it dies
            // here, outside the dict's borrow (a generator's drop runs its
            // finally blocks at once, and they may read the globals).
            let old = super::ops::dict_get_str(&d, k);
            super::ops::dict_set_str(&d, k, Value::None);
            drop(old);
            run_pending(ts);
        }
    }
    run_pending(ts);
}
