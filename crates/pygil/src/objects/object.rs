//! Heap objects.
//!
//! Every heap object is an `Rc<PyObject>`: a non-atomic reference count,
//! which the GIL makes safe exactly as in CPython. `Rc` is `!Send`, so the
//! compiler refuses to move an object to another thread except through the
//! explicit `GilBound` hand-over (vm/thread.rs), and `allow_threads` closures
//! must be `Send` and so cannot touch objects.

use super::value::Value;
use std::cell::{OnceCell, RefCell, UnsafeCell};
use std::rc::Rc;

pub type PyRef = Rc<PyObject>;

pub struct PyObject {
    /// The object's class. Only `__class__` assignment writes it.
    ty: UnsafeCell<Option<PyRef>>,
    /// The instance `__dict__` (a dict object), created on first use.
    pub dict: OnceCell<PyRef>,
    pub payload: Payload,
}

/// What a heap object holds, by its solid base type.
pub enum Payload {
    /// A plain instance of `object` or of a class with no built-in base.
    Instance,
    /// An int outside i64, or the value of an int-subclass instance.
    Int(num_bigint::BigInt),
    /// The value of a float-subclass instance.
    Float(f64),
    Complex(f64, f64),
    Str(super::str::PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<super::dict::DictTable>),
    Set(RefCell<super::set::SetTable>),
    FrozenSet(super::set::SetTable),
    Type(Box<super::typeobj::TypeData>),
    Function(Box<super::function::FunctionData>),
    Builtin(Box<super::function::BuiltinData>),
    Method(Box<(Value, Value)>),
    Cell(RefCell<Value>),
    Code(Rc<crate::vm::code::Code>),
    Generator(Box<crate::vm::generator::GenData>),
    /// A coroutine or an async generator (`GenData::kind` says which):
    /// the same machine as a generator, but not an iterator.
    Coroutine(Box<crate::vm::generator::GenData>),
    Exception(Box<super::exceptions::ExcData>),
    Range(Box<super::range::RangeData>),
    Slice(Box<[Value; 3]>),
    Property(Box<super::function::PropertyData>),
    StaticMethod(RefCell<Value>),
    ClassMethod(RefCell<Value>),
    Super(Box<(PyRef, Value, PyRef)>),
    Iter(RefCell<super::iter::IterState>),
    DictView(Box<(PyRef, super::dict::ViewKind)>),
    MappingProxy(Value),
    Frame(Box<crate::vm::frame::FrameInfo>),
    Traceback(Box<crate::vm::traceback::TbData>),
    /// Native objects of modules (locks, sockets, files, ...).
    Native(Box<dyn NativeData>),
    WeakRef(Box<super::weakref::WeakData>),
    /// A `__slots__` member descriptor: the slot's (mangled) name. Slot
    /// values live in the instance dict under that name.
    Member(Box<str>),
}

/// A dying object whose class defines `__del__`, or that had weakrefs with
/// callbacks, queues its finalizers; nothing runs here (vm/finalize.rs).
///
/// It also bounds the Rust recursion of freeing nested objects (CPython's
/// trashcan): a million nested lists, or a long linked chain of instances,
/// would otherwise be freed by a million nested drops and could overflow
/// the stack. Past `TRASH_DEPTH` nested frees, an object's contents are
/// parked on a list that the outermost free empties, one item at a time.
impl Drop for PyObject {
    fn drop(&mut self) {
        if let Some(ty) = self.ty.get_mut().as_ref() {
            if crate::vm::finalize::type_needs_hook(ty) {
                let ty = ty.clone();
                crate::vm::finalize::on_drop(self, &ty);
            }
        }
        if self.dict.get().is_none() && is_leaf(&self.payload) {
            return;
        }
        let contents = (std::mem::replace(&mut self.payload, Payload::Instance), self.dict.take());
        let depth = TRASH.with(|t| t.0);
        if depth >= TRASH_DEPTH {
            TRASH.with(|t| t.1.push(contents));
            return;
        }
        TRASH.with(|t| t.0 += 1);
        drop(contents);
        if depth == 0 {
            // The outermost free: empty the parked contents iteratively.
            while let Some(parked) = TRASH.with(|t| t.1.pop()) {
                drop(parked);
            }
        }
        TRASH.with(|t| t.0 -= 1);
    }
}

/// How many frees may nest before contents are parked (CPython uses 50).
const TRASH_DEPTH: usize = 50;

/// The nesting depth of frees in progress, and the parked contents. Only
/// touched with the GIL held (objects are freed only then).
static TRASH: crate::vm::thread::GilCell<(usize, Vec<(Payload, Option<PyRef>)>)> = crate::vm::thread::GilCell::new((0, Vec::new()));

/// Payloads that hold no other object: freeing them cannot recurse.
#[inline]
fn is_leaf(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Instance
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Member(_)
    )
}

/// Data of a native object defined by a module.
pub trait NativeData: std::any::Any {
    fn as_any(&self) -> &dyn std::any::Any;
}

impl PyObject {
    pub fn new(ty: PyRef, payload: Payload) -> PyRef {
        Rc::new(PyObject { ty: UnsafeCell::new(Some(ty)), dict: OnceCell::new(), payload })
    }

    /// A new object with `dying`'s class, dict and payload, leaving `dying`
    /// empty: how a finalizer gets an object to call `__del__` on after its
    /// `Rc` count reached zero (vm/finalize.rs).
    pub fn take_over(dying: &mut PyObject) -> PyRef {
        let ty = dying.ty.get_mut().take();
        let dict = dying.dict.take();
        let payload = std::mem::replace(&mut dying.payload, Payload::Instance);
        let d = OnceCell::new();
        if let Some(dict) = dict {
            let _ = d.set(dict);
        }
        Rc::new(PyObject { ty: UnsafeCell::new(ty), dict: d, payload })
    }

    /// For bootstrapping `type` and `object`, whose types do not exist yet.
    pub fn new_untyped(payload: Payload) -> PyRef {
        Rc::new(PyObject { ty: UnsafeCell::new(None), dict: OnceCell::new(), payload })
    }

    pub fn with_dict(ty: PyRef, payload: Payload, dict: PyRef) -> PyRef {
        let d = OnceCell::new();
        let _ = d.set(dict);
        Rc::new(PyObject { ty: UnsafeCell::new(Some(ty)), dict: d, payload })
    }

    #[inline(always)]
    pub fn ty(&self) -> &PyRef {
        // SAFETY: `ty` is only replaced by `set_ty`, which runs with the GIL
        // held and while no reference returned here is alive (callers clone
        // what they keep). It is `None` only during bootstrap, before any
        // Python code runs and before `ty()` is ever called on the object.
        unsafe { (*self.ty.get()).as_ref().unwrap_unchecked() }
    }

    /// `obj.__class__ = cls`, and the bootstrap of `type`/`object`.
    pub fn set_ty(&self, ty: PyRef) {
        // SAFETY: GIL held; see `ty()`. The old class is dropped after the
        // write, so no borrow of it can be outstanding across the swap.
        let old = unsafe { std::mem::replace(&mut *self.ty.get(), Some(ty)) };
        drop(old);
    }
}
