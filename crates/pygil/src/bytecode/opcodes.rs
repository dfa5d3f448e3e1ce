//! The instruction set, declared once.
//!
//! Every instruction is one 32-bit word: the opcode in the low 8 bits and its
//! argument in the high 24 bits. The table below is the single source of
//! truth: the `Op` enum, the names `dis` prints, whether the argument is used,
//! and the stack effect all come from it (STYLE.md item 1).
//!
//! Stack effects are written as a closure of the argument `a` and a flag
//! `jump` (true when the effect is for the branch taken), mirroring CPython's
//! `stack_effect()`.
//!
//! Columns: name, has-argument, stack effect, meaning.

macro_rules! opcodes {
    ($( $name:ident, $has_arg:literal, |$a:ident, $j:ident| $effect:expr, $doc:literal; )*) => {
        /// A pygil opcode. See the table in `opcodes.rs` for each one's meaning.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Copy, Clone, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op { $( #[doc = $doc] $name, )* }

        /// Opcodes in numeric order, for decoding.
        pub const ALL_OPS: &[Op] = &[ $( Op::$name, )* ];

        impl Op {
            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self { $( Op::$name => stringify!($name), )* }
            }

            /// Whether the argument means anything (`dis` prints it only then).
            pub fn has_arg(self) -> bool {
                match self { $( Op::$name => $has_arg, )* }
            }

            /// Net change of the value-stack depth; `jump` selects the taken branch.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self { $( Op::$name => { let $a = arg as i32; let $j = jump; $effect } )* }
            }
        }
    };
}

opcodes! {
    NOP,                 false, |a, j| 0,  "Do nothing.";
    RESUME,              true,  |a, j| 0,  "Marks the start of a code object (kept for `dis` fidelity).";
    POP_TOP,             false, |a, j| -1, "Discard TOS.";
    PUSH_NULL,           false, |a, j| 1,  "Push NULL (the no-method marker below a callable).";
    COPY,                true,  |a, j| 1,  "Push a copy of the a-th item (1 = TOS).";
    SWAP,                true,  |a, j| 0,  "Swap TOS with the a-th item.";
    LOAD_CONST,          true,  |a, j| 1,  "Push co_consts[a].";
    LOAD_FAST,           true,  |a, j| 1,  "Push local a (UnboundLocalError if unset).";
    STORE_FAST,          true,  |a, j| -1, "local a := TOS.";
    DELETE_FAST,         true,  |a, j| 0,  "Unbind local a.";
    LOAD_DEREF,          true,  |a, j| 1,  "Push the contents of cell a.";
    STORE_DEREF,         true,  |a, j| -1, "cell a := TOS.";
    DELETE_DEREF,        true,  |a, j| 0,  "Empty cell a.";
    LOAD_CLOSURE,        true,  |a, j| 1,  "Push cell a itself (to build a closure).";
    LOAD_CLASSDEREF,     true,  |a, j| 1,  "Class body: look a name up in locals, then cell a.";
    MAKE_CELL,           true,  |a, j| 0,  "Wrap local a in a fresh cell.";
    COPY_FREE_VARS,      true,  |a, j| 0,  "Copy the a closure cells into the frame.";
    LOAD_GLOBAL,         true,  |a, j| 1,  "Push global co_names[a] (then builtins).";
    STORE_GLOBAL,        true,  |a, j| -1, "global co_names[a] := TOS.";
    DELETE_GLOBAL,       true,  |a, j| 0,  "Unbind global co_names[a].";
    LOAD_NAME,           true,  |a, j| 1,  "Push co_names[a] from locals, globals, builtins.";
    STORE_NAME,          true,  |a, j| -1, "locals[co_names[a]] := TOS.";
    DELETE_NAME,         true,  |a, j| 0,  "Delete locals[co_names[a]].";
    LOAD_ATTR,           true,  |a, j| 0,  "TOS := getattr(TOS, co_names[a]).";
    STORE_ATTR,          true,  |a, j| -2, "setattr(TOS, co_names[a], TOS1).";
    DELETE_ATTR,         true,  |a, j| -1, "delattr(TOS, co_names[a]).";
    LOAD_METHOD,         true,  |a, j| 1,  "Replace TOS with [method, self] or [NULL, attr].";
    KW_NAMES,            true,  |a, j| 0,  "The next CALL's last arguments are keywords named by co_consts[a].";
    CALL,                true,  |a, j| -a - 1, "Call [callable-or-NULL, self-or-callable, a args].";
    CALL_FUNCTION_EX,    true,  |a, j| -2 - (a & 1), "Call with *args tuple (and **kwargs dict if a & 1).";
    MAKE_FUNCTION,       true,  |a, j| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)), "Build a function from the code on TOS; a flags defaults/kwdefaults/annotations/closure.";
    LOAD_BUILD_CLASS,    false, |a, j| 1,  "Push builtins.__build_class__.";
    RETURN_VALUE,        false, |a, j| -1, "Return TOS to the caller.";
    YIELD_VALUE,         false, |a, j| 0,  "Yield TOS; the sent value replaces it.";
    SEND,                true,  |a, j| if j { 0 } else { 0 }, "Delegate to the sub-iterator TOS1 with value TOS; jump a when it is exhausted.";
    GET_YIELD_FROM_ITER, false, |a, j| 0,  "TOS := iter(TOS) for `yield from`.";
    RETURN_GENERATOR,    false, |a, j| 0,  "Marks a generator code object.";
    GET_AWAITABLE,       true,  |a, j| 0,  "TOS := the iterator `await TOS` drives (a = 1, 2: TOS came from __aenter__, __aexit__).";
    GET_AITER,           false, |a, j| 0,  "TOS := TOS.__aiter__() for `async for`.";
    GET_ANEXT,           false, |a, j| 1,  "Push the awaitable of TOS.__anext__().";
    END_ASYNC_FOR,       false, |a, j| -2, "`async for` handler: pop the exception and the async iterator if it is StopAsyncIteration, else re-raise.";
    BEFORE_ASYNC_WITH,   false, |a, j| 1,  "Replace TOS with its __aexit__ and the result of __aenter__() (then awaited).";
    ASYNC_GEN_WRAP,      false, |a, j| 0,  "Async generator: mark TOS as a value for the consumer (not for the event loop) before YIELD_VALUE.";
    BINARY_OP,           true,  |a, j| -1, "TOS := TOS1 op TOS, op named by a (CPython's NB_* numbering).";
    COMPARE_OP,          true,  |a, j| -1, "TOS := TOS1 cmp TOS (< <= == != > >=).";
    IS_OP,               true,  |a, j| -1, "TOS := TOS1 is TOS (is not, if a).";
    CONTAINS_OP,         true,  |a, j| -1, "TOS := TOS1 in TOS (not in, if a).";
    UNARY_NEGATIVE,      false, |a, j| 0,  "TOS := -TOS.";
    UNARY_POSITIVE,      false, |a, j| 0,  "TOS := +TOS.";
    UNARY_INVERT,        false, |a, j| 0,  "TOS := ~TOS.";
    UNARY_NOT,           false, |a, j| 0,  "TOS := not TOS.";
    BINARY_SUBSCR,       false, |a, j| -1, "TOS := TOS1[TOS].";
    STORE_SUBSCR,        false, |a, j| -3, "TOS1[TOS] := TOS2.";
    DELETE_SUBSCR,       false, |a, j| -2, "del TOS1[TOS].";
    BUILD_SLICE,         true,  |a, j| 1 - a, "Build a slice from a (2 or 3) items.";
    BUILD_TUPLE,         true,  |a, j| 1 - a, "Build a tuple from a items.";
    BUILD_LIST,          true,  |a, j| 1 - a, "Build a list from a items.";
    BUILD_SET,           true,  |a, j| 1 - a, "Build a set from a items.";
    BUILD_MAP,           true,  |a, j| 1 - 2 * a, "Build a dict from a key/value pairs.";
    BUILD_CONST_KEY_MAP, true,  |a, j| -a, "Build a dict from a values and the key tuple on TOS.";
    BUILD_STRING,        true,  |a, j| 1 - a, "Concatenate a strings.";
    LIST_APPEND,         true,  |a, j| -1, "list STACK[-a-1].append(TOS).";
    SET_ADD,             true,  |a, j| -1, "set STACK[-a-1].add(TOS).";
    MAP_ADD,             true,  |a, j| -2, "dict STACK[-a-2][TOS1] = TOS.";
    LIST_EXTEND,         true,  |a, j| -1, "list STACK[-a-1].extend(TOS).";
    SET_UPDATE,          true,  |a, j| -1, "set STACK[-a-1].update(TOS).";
    DICT_UPDATE,         true,  |a, j| -1, "dict STACK[-a-1].update(TOS).";
    DICT_MERGE,          true,  |a, j| -1, "Like DICT_UPDATE but duplicate keys raise (for **kwargs).";
    LIST_TO_TUPLE,       false, |a, j| 0,  "TOS := tuple(TOS).";
    UNPACK_SEQUENCE,     true,  |a, j| a - 1, "Unpack TOS into a items, first on top.";
    UNPACK_EX,           true,  |a, j| (a & 0xff) + (a >> 8), "Unpack with a starred target: a = before | after << 8.";
    GET_ITER,            false, |a, j| 0,  "TOS := iter(TOS).";
    FOR_ITER,            true,  |a, j| if j { -1 } else { 1 }, "Push next(TOS); when exhausted pop TOS and jump to a.";
    JUMP_FORWARD,        true,  |a, j| 0,  "Jump to a.";
    JUMP_BACKWARD,       true,  |a, j| 0,  "Jump back to a (always polls the eval breaker).";
    POP_JUMP_IF_FALSE,   true,  |a, j| -1, "Pop TOS; jump to a if false.";
    POP_JUMP_IF_TRUE,    true,  |a, j| -1, "Pop TOS; jump to a if true.";
    POP_JUMP_IF_NONE,    true,  |a, j| -1, "Pop TOS; jump to a if None.";
    POP_JUMP_IF_NOT_NONE, true, |a, j| -1, "Pop TOS; jump to a if not None.";
    JUMP_IF_FALSE_OR_POP, true, |a, j| if j { 0 } else { -1 }, "Jump to a keeping TOS if false, else pop.";
    JUMP_IF_TRUE_OR_POP, true,  |a, j| if j { 0 } else { -1 }, "Jump to a keeping TOS if true, else pop.";
    RAISE_VARARGS,       true,  |a, j| -a, "raise (a=0), raise TOS (1), raise TOS1 from TOS (2).";
    RERAISE,             true,  |a, j| -1, "Re-raise TOS; if a, restore f_lasti from STACK[-a-1].";
    PUSH_EXC_INFO,       false, |a, j| 1,  "Push the previously handled exception below TOS and make TOS the handled one.";
    POP_EXCEPT,          false, |a, j| -1, "Restore the handled exception from TOS.";
    CHECK_EXC_MATCH,     false, |a, j| 0,  "TOS := isinstance-match(TOS1, TOS) for `except`.";
    WITH_EXCEPT_START,   false, |a, j| 1,  "Call __exit__ (STACK[-4]) with the exception on TOS.";
    BEFORE_WITH,         false, |a, j| 1,  "Replace TOS with its __exit__ and the result of __enter__.";
    LOAD_ASSERTION_ERROR, false, |a, j| 1, "Push AssertionError.";
    SETUP_ANNOTATIONS,   false, |a, j| 0,  "Create __annotations__ in locals.";
    IMPORT_NAME,         true,  |a, j| -1, "Import co_names[a] (level TOS1, fromlist TOS).";
    IMPORT_FROM,         true,  |a, j| 1,  "Push TOS.co_names[a] (or the submodule).";
    IMPORT_STAR,         false, |a, j| -1, "from TOS import *.";
    FORMAT_VALUE,        true,  |a, j| if a & 4 != 0 { -1 } else { 0 }, "f-string field: conversion a & 3, spec on TOS if a & 4.";
    PRINT_EXPR,          false, |a, j| -1, "REPL: print repr(TOS) and set builtins._.";
    GET_LEN,             false, |a, j| 1,  "Push len(TOS).";
    MATCH_MAPPING,       false, |a, j| 1,  "Push whether TOS is a mapping.";
    MATCH_SEQUENCE,      false, |a, j| 1,  "Push whether TOS is a sequence (not str/bytes).";
    MATCH_KEYS,          true,  |a, j| 1 + a, "Push the values of TOS1 for keys TOS (or None); if a, also push a dict of the other items.";
    MATCH_CLASS,         true,  |a, j| -2, "Match TOS2 against class TOS1 with a positional and TOS keyword sub-patterns.";
}

impl Op {
    /// Decode an opcode number (the low byte of an instruction word).
    #[inline(always)]
    pub fn from_u8(b: u8) -> Op {
        debug_assert!((b as usize) < ALL_OPS.len());
        // SAFETY: `Op` is `repr(u8)` with variants numbered 0..ALL_OPS.len();
        // every word in a code object was written by `Instr::new` from an `Op`.
        unsafe { std::mem::transmute::<u8, Op>(b) }
    }

    /// Is the argument an absolute jump target?
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Op::FOR_ITER
                | Op::SEND
                | Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::POP_JUMP_IF_FALSE
                | Op::POP_JUMP_IF_TRUE
                | Op::POP_JUMP_IF_NONE
                | Op::POP_JUMP_IF_NOT_NONE
                | Op::JUMP_IF_FALSE_OR_POP
                | Op::JUMP_IF_TRUE_OR_POP
        )
    }

    /// Does control never fall through to the next instruction?
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Op::RETURN_VALUE | Op::RAISE_VARARGS | Op::RERAISE | Op::JUMP_FORWARD | Op::JUMP_BACKWARD
        )
    }
}

/// One encoded instruction: opcode in the low byte, argument above it.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Instr(pub u32);

/// The largest argument an instruction word can carry.
pub const MAX_ARG: u32 = (1 << 24) - 1;

impl Instr {
    #[inline(always)]
    pub fn new(op: Op, arg: u32) -> Instr {
        debug_assert!(arg <= MAX_ARG);
        Instr((op as u32) | (arg << 8))
    }
    #[inline(always)]
    pub fn op(self) -> Op {
        Op::from_u8(self.0 as u8)
    }
    #[inline(always)]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }
}

/// BINARY_OP arguments, numbered as CPython 3.11's `NB_*` so `dis` matches.
pub const BINOP_NAMES: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];
/// The offset of the in-place variants in `BINOP_NAMES`.
pub const INPLACE: u32 = 13;

/// COMPARE_OP arguments.
pub const CMP_NAMES: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
