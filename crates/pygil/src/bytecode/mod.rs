//! Bytecode: the instruction set and code objects, as the compiler produces
//! them. Nothing here knows about the VM's values: constants are plain data
//! (`Const`) that the VM turns into objects when it loads a code object.

mod opcodes;

pub use opcodes::*;
use std::rc::Rc;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// An integer literal too large for i64, as decimal digits (maybe with '-').
    BigInt(String),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Const]>),
    /// A frozenset of ints, floats, strs, bools and None, in source order:
    /// what CPython folds a set display of constants into (see
    /// `compiler::expr::const_frozenset`).
    FrozenSet(Rc<[Const]>),
    Code(Rc<CodeObject>),
}

impl Const {
    /// Constants dedup by identity of value *and* type (1 and 1.0 and True differ).
    pub fn same(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Complex(a, b), Const::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Const::Code(a), Const::Code(b)) => Rc::ptr_eq(a, b),
            (Const::Tuple(a), Const::Tuple(b)) | (Const::FrozenSet(a), Const::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same(y))
            }
            _ => std::mem::discriminant(self) == std::mem::discriminant(other) && self == other,
        }
    }
}

/// Code-object flags (CPython's CO_* values, so `co_flags` reads the same).
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    /// A generator function marked by `types.coroutine`: its generators can be awaited.
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// One entry of the exception table: an exception raised by an instruction
/// in `start..end` unwinds the value stack to `depth`, optionally pushes the
/// offset of the raising instruction (`push_lasti`), pushes the exception and
/// jumps to `handler` (CPython 3.11's exception table, Objects/exception_handling_notes.txt).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A compiled code object.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub code: Vec<Instr>,
    /// Source line of each instruction (parallel to `code`).
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    /// Names used by *_GLOBAL, *_NAME, *_ATTR, LOAD_METHOD, IMPORT_*.
    pub names: Vec<Rc<str>>,
    /// Local variable names: parameters first, then other locals.
    pub varnames: Vec<Rc<str>>,
    /// Cell variables: locals captured by inner scopes.
    pub cellvars: Vec<Rc<str>>,
    /// Free variables: captured from enclosing scopes.
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable that is also a parameter, its argument index.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
}

impl CodeObject {
    /// Does calling it create a suspendable frame (a generator, coroutine
    /// or async generator object) instead of running it?
    pub fn is_generator(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// Number of fast slots in a frame: locals, then cells, then free vars.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The exception-table entry covering instruction `pc`, if any.
    pub fn handler_for(&self, pc: u32) -> Option<&ExceptionEntry> {
        // Entries are emitted innermost-first for overlapping ranges, so the
        // first match is the innermost handler.
        self.exception_table.iter().find(|e| e.start <= pc && pc < e.end)
    }
}
