//! `_dis`: the raw instruction listing of a code object, which lib/dis.py
//! lays out in CPython's `dis` format. Offsets are 2 × the instruction
//! index, as if every pygil instruction were one CPython code unit.

use crate::bytecode::{Op, BINOP_NAMES, CMP_NAMES};
use crate::objects::function::Args;
use crate::objects::{Payload, PyRef, Value};
use crate::vm::call::check_args;
use crate::vm::errors::*;
use crate::vm::ops::*;
use crate::vm::{PyResult, ThreadState};

fn code_arg(v: &Value) -> PyResult<std::rc::Rc<crate::vm::code::Code>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Code(c) => Ok(c.clone()),
            _ => Err(type_error("_dis.instructions() expects a code object")),
        },
        _ => Err(type_error("_dis.instructions() expects a code object")),
    }
}

/// (opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target) per instruction.
fn instructions(ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    check_args("instructions", &args, 1, 1)?;
    let code = code_arg(&args.pos[0])?;
    let co = &code.co;
    let mut targets = std::collections::HashSet::new();
    for i in co.code.iter() {
        if i.op().is_jump() {
            targets.insert(i.arg());
        }
    }
    for e in &co.exception_table {
        targets.insert(e.handler);
    }
    let mut out = Vec::new();
    let mut last_line = 0;
    for (idx, ins) in co.code.iter().enumerate() {
        let op = ins.op();
        let a = ins.arg();
        let line = co.lines[idx];
        let starts = if line != last_line {
            last_line = line;
            Value::Int(line as i64)
        } else {
            Value::None
        };
        let name_at = |i: u32| co.names.get(i as usize).map(|s| s.to_string()).unwrap_or_default();
        let local_at = |i: u32| {
            let i = i as usize;
            let nv = co.varnames.len();
            if i < nv {
                co.varnames[i].to_string()
            } else if i < nv + co.cellvars.len() {
                co.cellvars[i - nv].to_string()
            } else {
                co.freevars.get(i - nv - co.cellvars.len()).map(|s| s.to_string()).unwrap_or_default()
            }
        };
        let (argval, argrepr) = match op {
            Op::LOAD_CONST | Op::KW_NAMES => {
                let c = code.consts[a as usize].clone();
                let r = repr(ts, &c)?;
                (c, r)
            }
            Op::LOAD_GLOBAL | Op::STORE_GLOBAL | Op::DELETE_GLOBAL | Op::LOAD_NAME | Op::STORE_NAME | Op::DELETE_NAME
            | Op::LOAD_ATTR | Op::STORE_ATTR | Op::DELETE_ATTR | Op::LOAD_METHOD | Op::IMPORT_NAME | Op::IMPORT_FROM => {
                let n = name_at(a);
                (new_str(n.clone()), n)
            }
            Op::LOAD_FAST | Op::STORE_FAST | Op::DELETE_FAST | Op::LOAD_DEREF | Op::STORE_DEREF | Op::DELETE_DEREF
            | Op::LOAD_CLOSURE | Op::LOAD_CLASSDEREF | Op::MAKE_CELL => {
                let n = local_at(a);
                (new_str(n.clone()), n)
            }
            Op::BINARY_OP => (Value::Int(a as i64), BINOP_NAMES.get(a as usize).unwrap_or(&"?").to_string()),
            Op::COMPARE_OP => (new_str(CMP_NAMES[a as usize]), CMP_NAMES[a as usize].to_string()),
            Op::FORMAT_VALUE => {
                let conv = ["", "str", "repr", "ascii"][(a & 3) as usize];
                let r = if a & 4 != 0 {
                    if conv.is_empty() { "with format".to_string() } else { format!("{}, with format", conv) }
                } else {
                    conv.to_string()
                };
                (Value::Int(a as i64), r)
            }
            _ if op.is_jump() => (Value::Int(a as i64 * 2), format!("to {}", a * 2)),
            _ => (Value::Int(a as i64), String::new()),
        };
        let arg = if op.has_arg() { Value::Int(a as i64) } else { Value::None };
        let argval = if op.has_arg() { argval } else { Value::None };
        out.push(new_tuple(vec![
            new_str(op.name()),
            Value::Int(op as i64),
            arg,
            argval,
            new_str(argrepr),
            Value::Int(idx as i64 * 2),
            starts,
            Value::Bool(targets.contains(&(idx as u32))),
        ]));
    }
    Ok(new_list(out))
}

/// The code objects among a code object's constants (for recursive dis).
fn nested(_ts: &mut ThreadState, args: Args) -> PyResult<Value> {
    let code = code_arg(&args.pos[0])?;
    Ok(new_list(code.consts.iter().filter(|c| matches!(c, Value::Obj(o) if matches!(o.payload, Payload::Code(_)))).cloned().collect()))
}

fn opnames(_ts: &mut ThreadState, _args: Args) -> PyResult<Value> {
    Ok(new_list(crate::bytecode::ALL_OPS.iter().map(|o| new_str(o.name())).collect()))
}

pub fn init(_ts: &mut ThreadState) -> PyResult<PyRef> {
    Ok(super::make_module("_dis", &[("instructions", instructions), ("nested_code", nested), ("opnames", opnames)]))
}
