//! Compiler unit tests: instruction listings for small functions, written
//! to match CPython 3.11's `dis` output for the same source (pygil keeps
//! CPython's opcode names where the operation is the same), plus symbol
//! table and exception-table properties.

use super::{compile, Mode};
use crate::bytecode::{CodeObject, Const, Op};
use std::rc::Rc;

fn func(src: &str) -> Rc<CodeObject> {
    let module = compile(src, "<test>", Mode::Exec).expect("compiles");
    module
        .consts
        .iter()
        .find_map(|c| if let Const::Code(co) = c { Some(co.clone()) } else { None })
        .expect("a function")
}

/// "OPNAME arg-description" per instruction, like a dis listing without offsets.
fn listing(co: &CodeObject) -> Vec<String> {
    co.code
        .iter()
        .map(|i| {
            let a = i.arg() as usize;
            let desc = match i.op() {
                Op::LOAD_GLOBAL | Op::STORE_GLOBAL | Op::LOAD_ATTR | Op::LOAD_METHOD | Op::STORE_ATTR => co.names[a].to_string(),
                Op::LOAD_FAST | Op::STORE_FAST => co.varnames[a].to_string(),
                Op::LOAD_CONST => match &co.consts[a] {
                    Const::None => "None".into(),
                    Const::Int(v) => v.to_string(),
                    Const::Str(s) => format!("'{}'", s),
                    other => format!("{:?}", other),
                },
                Op::BINARY_OP => crate::bytecode::BINOP_NAMES[a].into(),
                Op::COMPARE_OP => crate::bytecode::CMP_NAMES[a].into(),
                op if op.has_arg() => a.to_string(),
                _ => String::new(),
            };
            format!("{} {}", i.op().name(), desc).trim().to_string()
        })
        .collect()
}

#[test]
fn global_augmented_assignment_is_load_add_store() {
    // CPython 3.11: LOAD_GLOBAL n; LOAD_CONST 1; BINARY_OP 13 (+=); STORE_GLOBAL n
    let co = func("def foo():\n    global n\n    n += 1\n");
    assert_eq!(
        listing(&co),
        ["RESUME 0", "LOAD_GLOBAL n", "LOAD_CONST 1", "BINARY_OP +=", "STORE_GLOBAL n", "LOAD_CONST None", "RETURN_VALUE"]
    );
}

#[test]
fn locals_are_fast_and_globals_are_global() {
    let co = func("def f(a):\n    b = a + x\n    return b\n");
    assert_eq!(
        listing(&co),
        ["RESUME 0", "LOAD_FAST a", "LOAD_GLOBAL x", "BINARY_OP +", "STORE_FAST b", "LOAD_FAST b", "RETURN_VALUE"]
    );
}

#[test]
fn method_calls_use_load_method() {
    let co = func("def f(o):\n    return o.m(1)\n");
    assert_eq!(listing(&co), ["RESUME 0", "LOAD_FAST o", "LOAD_METHOD m", "LOAD_CONST 1", "CALL 1", "RETURN_VALUE"]);
}

#[test]
fn closures_make_cells_and_free_vars() {
    let module = compile("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n", "<t>", Mode::Exec).unwrap();
    let outer = func("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
    assert_eq!(outer.cellvars.iter().map(|s| s.to_string()).collect::<Vec<_>>(), ["x"]);
    let inner = outer.consts.iter().find_map(|c| if let Const::Code(co) = c { Some(co.clone()) } else { None }).unwrap();
    assert_eq!(inner.freevars.iter().map(|s| s.to_string()).collect::<Vec<_>>(), ["x"]);
    assert!(inner.code.iter().any(|i| i.op() == Op::LOAD_DEREF));
    drop(module);
}

#[test]
fn try_except_has_a_handler_covering_the_body() {
    let co = func("def f():\n    try:\n        g()\n    except ValueError:\n        return 1\n    return 2\n");
    let call = co.code.iter().position(|i| i.op() == Op::CALL).unwrap() as u32;
    let h = co.handler_for(call).expect("the call is protected");
    assert_eq!(co.code[h.handler as usize].op(), Op::PUSH_EXC_INFO);
    assert_eq!(h.depth, 0);
}

#[test]
fn generator_flag_set_by_yield() {
    let co = func("def g():\n    yield 1\n");
    assert!(co.is_generator());
    let co = func("def h():\n    return 1\n");
    assert!(!co.is_generator());
}

#[test]
fn syntax_errors_report_line_and_column() {
    let e = compile("x = 1\nreturn 2\n", "t.py", Mode::Exec).unwrap_err();
    assert_eq!(e.msg, "'return' outside function");
    assert_eq!((e.line, e.col), (2, 1));
    let e = compile("f(a=1, a=2)\n", "t.py", Mode::Exec).unwrap_err();
    assert_eq!(e.msg, "keyword argument repeated: a");
    assert_eq!(e.col, 8);
}

#[test]
fn stack_effects_balance_for_straight_line_code() {
    let co = func("def f(a, b):\n    c = [a, b, (a, b)]\n    d = {a: b}\n    return c, d\n");
    let mut depth = 0i32;
    for i in &co.code {
        depth += i.op().stack_effect(i.arg(), false);
        assert!(depth >= 0);
    }
    assert_eq!(depth, 0);
}
