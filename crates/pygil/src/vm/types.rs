//! The built-in types, created once at start-up, and the helpers that
//! register their methods (STYLE.md item 8: a builder in the type's file).

use crate::objects::dict::DictTable;
use crate::objects::function::{BuiltinData, NativeFn, PropertyData};
use crate::objects::typeobj::{flags, tdata, Kind, TypeData};
use crate::objects::{Payload, PyObject, PyRef, Value};
use std::cell::RefCell;

macro_rules! builtin_types {
    (
        types { $($field:ident: $name:literal, $kind:ident, $flags:expr;)* }
        exceptions { $($efield:ident: $ename:literal < $parent:ident;)* }
    ) => {
        /// Every built-in type object, and the singletons.
        pub struct BuiltinTypes {
            $(pub $field: PyRef,)*
            $(pub $efield: PyRef,)*
            pub not_implemented: Value,
            pub ellipsis: Value,
            pub empty_tuple: Value,
        }

        impl BuiltinTypes {
            fn create() -> BuiltinTypes {
                // `type` and `object` first, then everything else as instances of `type`.
                let ty = make_type("type", Kind::Type, flags::BASETYPE);
                let object = make_type("object", Kind::Object, flags::BASETYPE);
                ty.set_ty(ty.clone());
                object.set_ty(ty.clone());
                set_bases(&object, &[]);
                set_bases(&ty, &[object.clone()]);
                let mk = |name: &str, kind: Kind, fl: u32| {
                    let t = make_type(name, kind, fl);
                    t.set_ty(ty.clone());
                    set_bases(&t, &[object.clone()]);
                    t
                };
                $(let $field = if $name == "type" { ty.clone() } else if $name == "object" { object.clone() } else { mk($name, Kind::$kind, $flags) };)*
                let mkexc = |name: &str, parent: &PyRef| {
                    let t = make_type(name, Kind::Exception, flags::BASETYPE | flags::HAS_DICT);
                    t.set_ty(ty.clone());
                    set_bases(&t, &[parent.clone()]);
                    t
                };
                $(let $efield = mkexc($ename, &$parent);)*
                let mut bt = BuiltinTypes {
                    $($field,)* $($efield,)*
                    not_implemented: Value::None,
                    ellipsis: Value::None,
                    empty_tuple: Value::None,
                };
                bt.not_implemented = Value::Obj(PyObject::new(bt.not_implemented_type.clone(), Payload::Instance));
                bt.ellipsis = Value::Obj(PyObject::new(bt.ellipsis_type.clone(), Payload::Instance));
                bt.empty_tuple = Value::Obj(PyObject::new(bt.tuple.clone(), Payload::Tuple(Box::new([]))));
                bt
            }

            /// (Python name, type) of every exception class, for the builtins module.
            pub fn exception_types(&self) -> Vec<(&'static str, PyRef)> {
                let mut v = Vec::new();
                $(v.push(($ename, self.$efield.clone()));)*
                v
            }

            /// (Python name, type) of the types the builtins module exposes by name.
            pub fn all_types(&self) -> Vec<(&'static str, PyRef)> {
                vec![$(($name, self.$field.clone()),)*]
            }
        }
    };
}

const B: u32 = flags::BASETYPE;
const F: u32 = 0;

builtin_types! {
    types {
        object: "object", Object, B;
        type_: "type", Type, B;
        int: "int", Int, B;
        bool_: "bool", Bool, F;
        float: "float", Float, B;
        complex: "complex", Complex, B;
        str: "str", Str, B;
        bytes: "bytes", Bytes, B;
        bytearray: "bytearray", ByteArray, B;
        list: "list", List, B;
        tuple: "tuple", Tuple, B;
        dict: "dict", Dict, B;
        set: "set", Set, B;
        frozenset: "frozenset", FrozenSet, B;
        none_type: "NoneType", Other, F;
        not_implemented_type: "NotImplementedType", Other, F;
        ellipsis_type: "ellipsis", Other, F;
        function: "function", Other, F;
        builtin_function: "builtin_function_or_method", Other, F;
        method: "method", Other, F;
        cell: "cell", Other, F;
        code: "code", Other, F;
        generator: "generator", Other, F;
        coroutine: "coroutine", Other, F;
        coroutine_wrapper: "coroutine_wrapper", Other, F;
        async_generator: "async_generator", Other, F;
        async_generator_asend: "async_generator_asend", Other, F;
        async_generator_athrow: "async_generator_athrow", Other, F;
        async_generator_wrapped_value: "async_generator_wrapped_value", Other, F;
        module: "module", Module, B | flags::HAS_DICT;
        range: "range", Other, F;
        slice: "slice", Other, F;
        property: "property", Other, B;
        staticmethod: "staticmethod", Other, B;
        classmethod: "classmethod", Other, B;
        super_: "super", Other, B;
        frame: "frame", Other, F;
        traceback: "traceback", Other, F;
        dict_keys: "dict_keys", Other, F;
        dict_values: "dict_values", Other, F;
        dict_items: "dict_items", Other, F;
        mappingproxy: "mappingproxy", Other, F;
        list_iterator: "list_iterator", Other, F;
        list_reverseiterator: "list_reverseiterator", Other, F;
        tuple_iterator: "tuple_iterator", Other, F;
        range_iterator: "range_iterator", Other, F;
        str_iterator: "str_ascii_iterator", Other, F;
        bytes_iterator: "bytes_iterator", Other, F;
        dict_keyiterator: "dict_keyiterator", Other, F;
        dict_valueiterator: "dict_valueiterator", Other, F;
        dict_itemiterator: "dict_itemiterator", Other, F;
        set_iterator: "set_iterator", Other, F;
        seq_iterator: "iterator", Other, F;
        callable_iterator: "callable_iterator", Other, F;
        enumerate: "enumerate", Other, B;
        zip: "zip", Other, B;
        map: "map", Other, B;
        filter: "filter", Other, B;
        reversed: "reversed", Other, B;
        weakref: "weakref", Other, B;
        member_descriptor: "member_descriptor", Other, F;
    }
    exceptions {
        base_exception: "BaseException" < object;
        exception: "Exception" < base_exception;
        generator_exit: "GeneratorExit" < base_exception;
        keyboard_interrupt: "KeyboardInterrupt" < base_exception;
        system_exit: "SystemExit" < base_exception;
        arithmetic_error: "ArithmeticError" < exception;
        floating_point_error: "FloatingPointError" < arithmetic_error;
        overflow_error: "OverflowError" < arithmetic_error;
        zero_division_error: "ZeroDivisionError" < arithmetic_error;
        assertion_error: "AssertionError" < exception;
        attribute_error: "AttributeError" < exception;
        buffer_error: "BufferError" < exception;
        eof_error: "EOFError" < exception;
        import_error: "ImportError" < exception;
        module_not_found_error: "ModuleNotFoundError" < import_error;
        lookup_error: "LookupError" < exception;
        index_error: "IndexError" < lookup_error;
        key_error: "KeyError" < lookup_error;
        memory_error: "MemoryError" < exception;
        name_error: "NameError" < exception;
        unbound_local_error: "UnboundLocalError" < name_error;
        os_error: "OSError" < exception;
        blocking_io_error: "BlockingIOError" < os_error;
        child_process_error: "ChildProcessError" < os_error;
        connection_error: "ConnectionError" < os_error;
        broken_pipe_error: "BrokenPipeError" < connection_error;
        connection_aborted_error: "ConnectionAbortedError" < connection_error;
        connection_refused_error: "ConnectionRefusedError" < connection_error;
        connection_reset_error: "ConnectionResetError" < connection_error;
        file_exists_error: "FileExistsError" < os_error;
        file_not_found_error: "FileNotFoundError" < os_error;
        interrupted_error: "InterruptedError" < os_error;
        is_a_directory_error: "IsADirectoryError" < os_error;
        not_a_directory_error: "NotADirectoryError" < os_error;
        permission_error: "PermissionError" < os_error;
        process_lookup_error: "ProcessLookupError" < os_error;
        timeout_error: "TimeoutError" < os_error;
        reference_error: "ReferenceError" < exception;
        runtime_error: "RuntimeError" < exception;
        not_implemented_error: "NotImplementedError" < runtime_error;
        recursion_error: "RecursionError" < runtime_error;
        stop_async_iteration: "StopAsyncIteration" < exception;
        stop_iteration: "StopIteration" < exception;
        syntax_error: "SyntaxError" < exception;
        indentation_error: "IndentationError" < syntax_error;
        tab_error: "TabError" < indentation_error;
        system_error: "SystemError" < exception;
        type_error: "TypeError" < exception;
        value_error: "ValueError" < exception;
        unicode_error: "UnicodeError" < value_error;
        unicode_decode_error: "UnicodeDecodeError" < unicode_error;
        unicode_encode_error: "UnicodeEncodeError" < unicode_error;
        unicode_translate_error: "UnicodeTranslateError" < unicode_error;
        warning: "Warning" < exception;
        bytes_warning: "BytesWarning" < warning;
        deprecation_warning: "DeprecationWarning" < warning;
        encoding_warning: "EncodingWarning" < warning;
        future_warning: "FutureWarning" < warning;
        import_warning: "ImportWarning" < warning;
        pending_deprecation_warning: "PendingDeprecationWarning" < warning;
        resource_warning: "ResourceWarning" < warning;
        runtime_warning: "RuntimeWarning" < warning;
        syntax_warning: "SyntaxWarning" < warning;
        unicode_warning: "UnicodeWarning" < warning;
        user_warning: "UserWarning" < warning;
    }
}

fn make_type(name: &str, kind: Kind, fl: u32) -> PyRef {
    let dict = PyObject::new_untyped(Payload::Dict(RefCell::new(DictTable::new())));
    PyObject::new_untyped(Payload::Type(Box::new(TypeData::new(name, kind, dict, fl))))
}

/// Set bases and MRO of a built-in type (single inheritance only).
fn set_bases(t: &PyRef, bases: &[PyRef]) {
    let d = tdata(t);
    *d.bases.borrow_mut() = bases.to_vec();
    let mut mro = vec![t.clone()];
    if let Some(b) = bases.first() {
        mro.extend(tdata(b).mro.borrow().iter().cloned());
        tdata(b).subclasses.borrow_mut().push(std::rc::Rc::downgrade(t));
    }
    *d.mro.borrow_mut() = mro;
}

static mut TYPES: *const BuiltinTypes = std::ptr::null();

/// The built-in types.
#[inline(always)]
pub fn types() -> &'static BuiltinTypes {
    // SAFETY: TYPES is written once by `init_types` on the main thread before
    // any other thread exists and before any caller can run; afterwards it is
    // only read. The pointee is leaked and lives for the whole process.
    unsafe { &*TYPES }
}

/// Create the built-in types (once, at start-up, before any thread starts).
pub fn init_types() {
    // SAFETY: see `types()`: single write before any reader exists.
    unsafe {
        if TYPES.is_null() {
            let t = Box::leak(Box::new(BuiltinTypes::create()));
            // The dict objects of the bootstrap types were created untyped.
            for (_, ty) in t.all_types().into_iter().chain(t.exception_types()) {
                tdata(&ty).dict.set_ty(t.dict.clone());
            }
            // bool is a subclass of int.
            set_bases(&t.bool_, &[t.int.clone()]);
            TYPES = t;
        }
    }
}

/// Registers a type's Python-visible methods and attributes, in its own file.
pub struct TypeBuilder {
    ty: PyRef,
    owner: &'static str,
}

impl TypeBuilder {
    pub fn new(ty: &PyRef, owner: &'static str) -> TypeBuilder {
        TypeBuilder { ty: ty.clone(), owner }
    }

    fn set(&self, name: &str, v: Value) {
        let d = &tdata(&self.ty).dict;
        super::ops::dict_set_str(d, name, v);
    }

    /// An instance method (`self` is the first argument).
    pub fn method(self, name: &'static str, f: NativeFn) -> Self {
        self.set(name, builtin_method(name, f, self.owner));
        self
    }

    /// A static method (e.g. `__new__`, `str.maketrans`).
    pub fn static_method(self, name: &'static str, f: NativeFn) -> Self {
        let func = builtin_fn(name, f, self.owner);
        self.set(name, Value::Obj(PyObject::new(types().staticmethod.clone(), Payload::StaticMethod(RefCell::new(func)))));
        self
    }

    /// A class method (e.g. `dict.fromkeys`): the class is the first argument.
    pub fn class_method(self, name: &'static str, f: NativeFn) -> Self {
        let func = builtin_fn(name, f, self.owner);
        self.set(name, Value::Obj(PyObject::new(types().classmethod.clone(), Payload::ClassMethod(RefCell::new(func)))));
        self
    }

    /// A read-only attribute computed by `getter(self)`.
    pub fn getter(self, name: &'static str, getter: NativeFn) -> Self {
        self.getset(name, getter, None)
    }

    /// An attribute with a getter and a setter (`setter(self, value)`).
    pub fn getset(self, name: &'static str, getter: NativeFn, setter: Option<NativeFn>) -> Self {
        let fget = builtin_fn(name, getter, self.owner);
        let fset = setter.map(|s| builtin_fn(name, s, self.owner)).unwrap_or(Value::None);
        let p = PropertyData {
            fget: RefCell::new(fget),
            fset: RefCell::new(fset),
            fdel: RefCell::new(Value::None),
            doc: RefCell::new(Value::None),
            name: RefCell::new(super::ops::new_str(name.to_string())),
        };
        self.set(name, Value::Obj(PyObject::new(types().property.clone(), Payload::Property(Box::new(p)))));
        self
    }

    pub fn attr(self, name: &'static str, v: Value) -> Self {
        self.set(name, v);
        self
    }
}

pub fn builtin_fn(name: &'static str, f: NativeFn, owner: &'static str) -> Value {
    Value::Obj(PyObject::new(
        types().builtin_function.clone(),
        Payload::Builtin(Box::new(BuiltinData { name, func: f, bound: None, is_method: false, owner, doc: "" })),
    ))
}

pub fn builtin_method(name: &'static str, f: NativeFn, owner: &'static str) -> Value {
    Value::Obj(PyObject::new(
        types().builtin_function.clone(),
        Payload::Builtin(Box::new(BuiltinData { name, func: f, bound: None, is_method: true, owner, doc: "" })),
    ))
}

/// A new built-in type for a native module (`_io.TextIOWrapper`, `_thread.lock`, ...).
/// With `base`, instances use the base's layout (e.g. a tuple subclass for
/// struct-sequence types like `os.stat_result`).
pub fn new_native_type(name: &'static str, module: &str, base: Option<&PyRef>) -> PyRef {
    let t = types();
    let base = base.unwrap_or(&t.object).clone();
    let kind = tdata(&base).kind;
    let dict = PyObject::new(t.dict.clone(), Payload::Dict(RefCell::new(DictTable::new())));
    let td = TypeData::new(name, kind, dict, 0);
    let ty = PyObject::new(t.type_.clone(), Payload::Type(Box::new(td)));
    let mut mro = vec![ty.clone()];
    mro.extend(tdata(&base).mro.borrow().iter().cloned());
    *tdata(&ty).mro.borrow_mut() = mro;
    *tdata(&ty).bases.borrow_mut() = vec![base.clone()];
    tdata(&base).subclasses.borrow_mut().push(std::rc::Rc::downgrade(&ty));
    super::ops::dict_set_str(&tdata(&ty).dict, "__module__", super::ops::new_str(module.to_string()));
    ty
}

/// A struct-sequence type (sys.version_info, os.stat_result, time.struct_time):
/// a tuple subclass whose items also have names.
pub fn new_structseq_type(name: &'static str, module: &str, fields: &[&str]) -> PyRef {
    let t = new_native_type(name, module, Some(&types().tuple));
    let names: Vec<Value> = fields.iter().map(|f| super::ops::new_str(f.to_string())).collect();
    super::ops::dict_set_str(&tdata(&t).dict, "_fields", super::ops::new_tuple(names));
    super::ops::dict_set_str(&tdata(&t).dict, "n_fields", Value::Int(fields.len() as i64));
    TypeBuilder::new(&t, "structseq")
        .method("__getattribute__", structseq_getattribute)
        .method("__repr__", structseq_repr);
    tdata(&t).set_flag(crate::objects::typeobj::flags::CUSTOM_ATTR, true);
    t
}

pub fn structseq_new(ty: &PyRef, values: Vec<Value>) -> Value {
    Value::Obj(PyObject::new(ty.clone(), Payload::Tuple(values.into_boxed_slice())))
}

fn structseq_fields(ty: &PyRef) -> Vec<String> {
    match super::ops::dict_get_str(&tdata(ty).dict, "_fields") {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Tuple(t) => t.iter().filter_map(|v| super::ops::as_str(v).map(|s| s.as_str().to_string())).collect(),
            _ => vec![],
        },
        _ => vec![],
    }
}

fn structseq_getattribute(ts: &mut super::ThreadState, args: crate::objects::function::Args) -> super::PyResult<Value> {
    let name = super::types_ext::attr_name(&args.pos[1])?;
    let n = super::ops::as_str(&args.pos[1]).map(|s| s.as_str().to_string()).unwrap_or_default();
    let ty = super::ops::type_of(&args.pos[0]);
    if let Some(i) = structseq_fields(&ty).iter().position(|f| *f == n) {
        if let Value::Obj(o) = &args.pos[0] {
            if let Payload::Tuple(items) = &o.payload {
                if let Some(v) = items.get(i) {
                    return Ok(v.clone());
                }
            }
        }
    }
    match super::ops::generic_getattr(ts, &args.pos[0], &name)? {
        Some(v) => Ok(v),
        None => Err(super::ops::no_attribute(&args.pos[0], &name)),
    }
}

fn structseq_repr(ts: &mut super::ThreadState, args: crate::objects::function::Args) -> super::PyResult<Value> {
    let ty = super::ops::type_of(&args.pos[0]);
    let fields = structseq_fields(&ty);
    let module = super::ops::dict_get_str(&tdata(&ty).dict, "__module__")
        .and_then(|m| super::ops::as_str(&m).map(|s| s.as_str().to_string()))
        .unwrap_or_default();
    let mut s = format!("{}.{}(", module, tdata(&ty).name());
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::Tuple(items) = &o.payload {
            for (i, (f, v)) in fields.iter().zip(items.iter()).enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&format!("{}={}", f, super::ops::repr(ts, v)?));
            }
        }
    }
    s.push(')');
    Ok(super::ops::new_str(s))
}
