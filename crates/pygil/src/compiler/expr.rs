//! Expressions.

use super::symtable::node_key;
use super::{CResult, Compiler, Label};
use super::symtable::ScopeKind;
use crate::bytecode::{flags, Const, Op};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use std::rc::Rc;

/// CPython's NB_* number for a binary operator.
pub(super) fn binop_arg(op: ast::Operator) -> u32 {
    use ast::Operator::*;
    match op {
        Add => 0,
        BitAnd => 1,
        FloorDiv => 2,
        LShift => 3,
        MatMult => 4,
        Mult => 5,
        Mod => 6,
        BitOr => 7,
        Pow => 8,
        RShift => 9,
        Sub => 10,
        Div => 11,
        BitXor => 12,
    }
}

fn cmp_arg(op: ast::CmpOp) -> (Op, u32) {
    use ast::CmpOp::*;
    match op {
        Lt => (Op::COMPARE_OP, 0),
        LtE => (Op::COMPARE_OP, 1),
        Eq => (Op::COMPARE_OP, 2),
        NotEq => (Op::COMPARE_OP, 3),
        Gt => (Op::COMPARE_OP, 4),
        GtE => (Op::COMPARE_OP, 5),
        Is => (Op::IS_OP, 0),
        IsNot => (Op::IS_OP, 1),
        In => (Op::CONTAINS_OP, 0),
        NotIn => (Op::CONTAINS_OP, 1),
    }
}

/// The constant value of a literal expression, if it is one.
pub(super) fn const_of(e: &Expr) -> Option<Const> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Const::Int(v),
                None => Const::BigInt(i.to_string()),
            },
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { real, imag } => Const::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Const::Str(s.value.to_str().into()),
        Expr::BytesLiteral(b) => {
            let v: Vec<u8> = b.value.bytes().collect();
            Const::Bytes(v.into())
        }
        Expr::BooleanLiteral(b) => Const::Bool(b.value),
        Expr::NoneLiteral(_) => Const::None,
        Expr::EllipsisLiteral(_) => Const::Ellipsis,
        Expr::Tuple(t) if !t.elts.is_empty() => {
            let items: Option<Vec<Const>> = t.elts.iter().map(const_of).collect();
            Const::Tuple(items?.into())
        }
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match const_of(&u.operand)? {
            Const::Int(v) if v != i64::MIN => Const::Int(-v),
            Const::Float(f) => Const::Float(-f),
            _ => return None,
        },
        _ => return None,
    })
}

/// A set display whose items are all literal ints, floats, strs, bools or
/// None, as the frozenset constant CPython folds it into (ast_opt.c
/// fold_iter for `in` tests and `for` iterables, compile.c starunpack_helper
/// for displays of more than two items). Only items whose hash runs no
/// Python code are folded; other displays are built at run time.
pub(super) fn const_frozenset(e: &Expr) -> Option<Const> {
    let Expr::Set(s) = e else { return None };
    const_frozenset_of(&s.elts)
}

fn const_frozenset_of(elts: &[Expr]) -> Option<Const> {
    let items: Vec<Const> = elts
        .iter()
        .map(|x| match const_of(x)? {
            c @ (Const::Int(_) | Const::Float(_) | Const::Str(_) | Const::Bool(_) | Const::None) => Some(c),
            _ => None,
        })
        .collect::<Option<_>>()?;
    Some(Const::FrozenSet(items.into()))
}

impl<'a> Compiler<'a> {
    /// An iterable or the right operand of `in`: a set display of
    /// constants becomes a frozenset constant.
    pub(super) fn iterable(&mut self, e: &'a Expr) -> CResult {
        match const_frozenset(e) {
            Some(c) => {
                self.load_const(c);
                Ok(())
            }
            None => self.expr(e),
        }
    }

    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                let c = const_of(e).unwrap();
                self.load_const(c);
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a.range.start().to_u32());
                let name = self.mangle(a.attr.as_str());
                let i = self.add_name(&name);
                self.emit(Op::LOAD_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::BINARY_SUBSCR, 0);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                match &s.upper {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.emit(Op::BUILD_SLICE, n);
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BINARY_OP, binop_arg(b.op));
            }
            Expr::UnaryOp(u) => {
                if let Some(c) = const_of(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => Op::UNARY_INVERT,
                    ast::UnaryOp::Not => Op::UNARY_NOT,
                    ast::UnaryOp::UAdd => Op::UNARY_POSITIVE,
                    ast::UnaryOp::USub => Op::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And { Op::JUMP_IF_FALSE_OR_POP } else { Op::JUMP_IF_TRUE_OR_POP };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                let d = self.depth();
                self.expr(&i.body)?;
                self.jump(Op::JUMP_FORWARD, end);
                self.bind(orelse);
                self.set_depth(d);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::Tuple(t) => {
                if let Some(c) = const_of(e) {
                    self.load_const(c);
                } else {
                    self.sequence(&t.elts, Op::BUILD_TUPLE)?;
                }
            }
            Expr::List(l) => self.sequence(&l.elts, Op::BUILD_LIST)?,
            Expr::Set(s) => self.sequence(&s.elts, Op::BUILD_SET)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => {
                let (flags, params) = match &l.parameters {
                    Some(p) => (self.defaults(p)?, Some(&**p)),
                    None => (0, None),
                };
                let table = self.tables.by_node[&node_key(l)];
                let qualname = self.qualname_for("<lambda>");
                let line = self.line_of(l.range.start().to_u32());
                self.enter_unit(table, "<lambda>".into(), qualname, line);
                if let Some(p) = params {
                    self.set_args(p);
                }
                self.add_const(Const::None);
                self.emit(Op::RESUME, 0);
                if let Err(err) = self.expr(&l.body) {
                    self.units.pop();
                    return Err(err);
                }
                self.emit(Op::RETURN_VALUE, 0);
                let code = self.finish_unit();
                self.make_closure(code, flags);
            }
            Expr::ListComp(c) => {
                self.comprehension(e, "<listcomp>", &c.generators, Comp::List(&c.elt))?
            }
            Expr::SetComp(c) => self.comprehension(e, "<setcomp>", &c.generators, Comp::Set(&c.elt))?,
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return Err(("dict unpacking cannot be used in dict comprehension".into(), c.range.start().to_u32(), c.range.end().to_u32()));
                };
                self.comprehension(e, "<dictcomp>", &c.generators, Comp::Dict(k, &c.value))?
            }
            Expr::Generator(c) => self.comprehension(e, "<genexpr>", &c.generators, Comp::Gen(&c.elt))?,
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.yield_value();
            }
            Expr::YieldFrom(y) => {
                if self.table().is_async_def {
                    return Err(("'yield from' inside async function".into(), y.range.start().to_u32(), y.range.end().to_u32()));
                }
                self.expr(&y.value)?;
                self.emit(Op::GET_YIELD_FROM_ITER, 0);
                self.load_const(Const::None);
                self.yield_from()?;
            }
            Expr::Await(a) => {
                let t = self.table();
                let msg = if !t.is_function_like() {
                    Some("'await' outside function")
                } else if !t.is_async_def && t.kind != ScopeKind::Comprehension {
                    Some("'await' outside async function")
                } else {
                    None
                };
                if let Some(msg) = msg {
                    return Err((msg.into(), a.range.start().to_u32(), a.range.end().to_u32()));
                }
                self.expr(&a.value)?;
                self.await_tos(0)?;
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => {
                return Err(("template strings are not supported".into(), t.range.start().to_u32(), t.range.end().to_u32()));
            }
            Expr::Starred(s) => {
                return Err(("can't use starred expression here".into(), s.range.start().to_u32(), s.range.end().to_u32()));
            }
            Expr::IpyEscapeCommand(c) => return Err(("invalid syntax".into(), c.range.start().to_u32(), c.range.end().to_u32())),
        }
        Ok(())
    }

    /// YIELD_VALUE, wrapped first in an async generator (CPython's compiler_add_yield).
    pub(super) fn yield_value(&mut self) {
        if self.u().flags & flags::ASYNC_GENERATOR != 0 {
            self.emit(Op::ASYNC_GEN_WRAP, 0);
        }
        self.emit(Op::YIELD_VALUE, 0);
    }

    /// `await TOS`: GET_AWAITABLE, then the `yield from` loop. `from` tells
    /// GET_AWAITABLE's error message where TOS came from (1: __aenter__, 2: __aexit__).
    pub(super) fn await_tos(&mut self, from: u32) -> CResult {
        self.emit(Op::GET_AWAITABLE, from);
        self.load_const(Const::None);
        self.yield_from()
    }

    /// The SEND / YIELD_VALUE loop of `yield from` (stack: iterator, value).
    pub(super) fn yield_from(&mut self) -> CResult {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        let d = self.depth();
        self.jump(Op::SEND, exit);
        self.emit(Op::YIELD_VALUE, 0);
        self.jump(Op::JUMP_BACKWARD, send);
        self.bind(exit);
        // SEND left the return value in place of iterator and value.
        self.set_depth(d - 1);
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let folds = matches!(c.ops[n - 1], ast::CmpOp::In | ast::CmpOp::NotIn);
        if n == 1 {
            if folds {
                self.iterable(&c.comparators[0])?;
            } else {
                self.expr(&c.comparators[0])?;
            }
            let (op, arg) = cmp_arg(c.ops[0]);
            self.emit(op, arg);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            if i + 1 == n && folds {
                self.iterable(&c.comparators[i])?;
            } else {
                self.expr(&c.comparators[i])?;
            }
            let (op, arg) = cmp_arg(c.ops[i]);
            if i + 1 < n {
                self.emit(Op::SWAP, 2);
                self.emit(Op::COPY, 2);
                self.emit(op, arg);
                self.jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                self.emit(op, arg);
            }
        }
        let d = self.depth();
        self.jump(Op::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.set_depth(d + 1);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// Jump to `target` if `e` is truthy (`cond` true) or falsy (`cond` false),
    /// without building intermediate booleans where possible (compiler_jump_if).
    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != cond {
                    // `a and b` jumping when false, or `a or b` jumping when true:
                    // every operand jumps to target.
                    for v in b.values.iter() {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(if cond { Op::POP_JUMP_IF_TRUE } else { Op::POP_JUMP_IF_FALSE }, target);
        Ok(())
    }

    /// Build a tuple/list/set from elements that may include `*iterables`.
    fn sequence(&mut self, elts: &'a [Expr], build: Op) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if build == Op::BUILD_SET && elts.len() > 2 {
            if let Some(c) = const_frozenset_of(elts) {
                self.emit(Op::BUILD_SET, 0);
                self.load_const(c);
                self.emit(Op::SET_UPDATE, 1);
                return Ok(());
            }
        }
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start, extend, add) = match build {
            Op::BUILD_SET => (Op::BUILD_SET, Op::SET_UPDATE, Op::SET_ADD),
            _ => (Op::BUILD_LIST, Op::LIST_EXTEND, Op::LIST_APPEND),
        };
        self.emit(start, 0);
        for e in elts {
            if let Expr::Starred(s) = e {
                self.expr(&s.value)?;
                self.emit(extend, 1);
            } else {
                self.expr(e)?;
                self.emit(add, 1);
            }
        }
        if build == Op::BUILD_TUPLE {
            self.emit(Op::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let mut pending = 0u32;
        let mut built = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !built {
                        self.emit(Op::BUILD_MAP, pending);
                        if built {
                            self.emit(Op::DICT_UPDATE, 1);
                        }
                        built = true;
                        pending = 0;
                    }
                    self.expr(&item.value)?;
                    self.emit(Op::DICT_UPDATE, 1);
                }
            }
        }
        if !built || pending > 0 {
            self.emit(Op::BUILD_MAP, pending);
            if built {
                self.emit(Op::DICT_UPDATE, 1);
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        // Method calls: obj.name(args) → LOAD_METHOD, avoiding a bound method.
        let simple = !c.arguments.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !c.arguments.keywords.iter().any(|k| k.arg.is_none());
        if let Expr::Attribute(a) = &*c.func {
            if simple {
                self.expr(&a.value)?;
                self.set_line(a.range.start().to_u32());
                let name = self.mangle(a.attr.as_str());
                let i = self.add_name(&name);
                self.emit(Op::LOAD_METHOD, i);
                return self.call_args(&c.arguments.args, &c.arguments.keywords, 0);
            }
        }
        self.emit(Op::PUSH_NULL, 0);
        self.expr(&c.func)?;
        self.call_args(&c.arguments.args, &c.arguments.keywords, 0)
    }

    /// Arguments of a call whose callable (and NULL/self) are already pushed;
    /// `extra` positional arguments are already on the stack too.
    pub(super) fn call_args(&mut self, args: &'a [Expr], kws: &'a [ast::Keyword], extra: u32) -> CResult {
        // The call instruction keeps the line of the callable, not that of
        // the last argument evaluated (CPython 3.11 reports `self.f(` for
        // a call whose arguments continue on later lines).
        let call_line = self.u().cur_line;
        for (i, k) in kws.iter().enumerate() {
            if let Some(name) = &k.arg {
                if kws[..i].iter().any(|o| o.arg.as_ref().is_some_and(|n| n.as_str() == name.as_str())) {
                    return Err((format!("keyword argument repeated: {}", name.as_str()), k.range.start().to_u32(), k.range.end().to_u32()));
                }
            }
        }
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = kws.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            let mut names: Vec<Const> = Vec::new();
            for k in kws {
                self.expr(&k.value)?;
                names.push(Const::Str(k.arg.as_ref().unwrap().as_str().into()));
            }
            self.u().cur_line = call_line;
            if !names.is_empty() {
                let i = self.add_const(Const::Tuple(names.into()));
                self.emit(Op::KW_NAMES, i);
            }
            self.emit(Op::CALL, extra + args.len() as u32 + kws.len() as u32);
            return Ok(());
        }
        // General form: CALL_FUNCTION_EX with a tuple and maybe a dict.
        self.emit(Op::BUILD_LIST, extra);
        for a in args {
            if let Expr::Starred(s) = a {
                self.expr(&s.value)?;
                self.emit(Op::LIST_EXTEND, 1);
            } else {
                self.expr(a)?;
                self.emit(Op::LIST_APPEND, 1);
            }
        }
        self.emit(Op::LIST_TO_TUPLE, 0);
        if kws.is_empty() {
            self.u().cur_line = call_line;
            self.emit(Op::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        self.emit(Op::BUILD_MAP, 0);
        for k in kws {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.as_str().into()));
                    self.expr(&k.value)?;
                    self.emit(Op::BUILD_MAP, 1);
                    self.emit(Op::DICT_MERGE, 1);
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
        }
        self.u().cur_line = call_line;
        self.emit(Op::CALL_FUNCTION_EX, 1);
        Ok(())
    }

    fn comprehension(&mut self, e: &'a Expr, name: &str, gens: &'a [ast::Comprehension], kind: Comp<'a>) -> CResult {
        let key = match e {
            Expr::ListComp(c) => node_key(c),
            Expr::SetComp(c) => node_key(c),
            Expr::DictComp(c) => node_key(c),
            Expr::Generator(c) => node_key(c),
            _ => unreachable!("not a comprehension"),
        };
        let table = self.tables.by_node[&key];
        // A list/set/dict comprehension that awaits is a coroutine, awaited
        // where it is built (CPython's compiler_comprehension).
        let awaited = self.tables.tables[table].is_coroutine && !matches!(kind, Comp::Gen(_));
        if awaited {
            let t = self.table();
            if !t.is_async_def && t.kind != ScopeKind::Comprehension {
                let r = e.range();
                return Err((
                    "asynchronous comprehension outside of an asynchronous function".into(),
                    r.start().to_u32(),
                    r.end().to_u32(),
                ));
            }
        }
        let qualname = self.qualname_for(name);
        let line = self.units.last().unwrap().cur_line;
        self.enter_unit(table, name.into(), qualname, line);
        self.u().argcount = 1;
        let r = (|| -> CResult {
            if matches!(kind, Comp::Gen(_)) {
                self.add_const(Const::None);
            }
            // As in CPython: the frame's start, where tracers see `call`.
            self.emit(Op::RESUME, 0);
            match kind {
                Comp::List(_) => self.emit(Op::BUILD_LIST, 0),
                Comp::Set(_) => self.emit(Op::BUILD_SET, 0),
                Comp::Dict(..) => self.emit(Op::BUILD_MAP, 0),
                Comp::Gen(_) => {}
            }
            self.comp_level(gens, 0, kind)?;
            if matches!(kind, Comp::Gen(_)) {
                self.load_const(Const::None);
            }
            self.emit(Op::RETURN_VALUE, 0);
            Ok(())
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.finish_unit();
        self.make_closure(code, 0);
        self.iterable(&gens[0].iter)?;
        self.emit(if gens[0].is_async { Op::GET_AITER } else { Op::GET_ITER }, 0);
        self.emit(Op::CALL, 0);
        if awaited {
            self.await_tos(0)?;
        }
        Ok(())
    }

    fn comp_level(&mut self, gens: &'a [ast::Comprehension], i: usize, kind: Comp<'a>) -> CResult {
        let g = &gens[i];
        let start = self.new_label();
        let cleanup = self.new_label();
        let skip = self.new_label();
        if i == 0 {
            self.emit(Op::LOAD_FAST, 0);
        } else {
            self.iterable(&g.iter)?;
            self.emit(if g.is_async { Op::GET_AITER } else { Op::GET_ITER }, 0);
        }
        self.bind(start);
        let d = self.depth();
        if g.is_async {
            // `async for`: await __anext__(); StopAsyncIteration ends the loop.
            self.with_handler(cleanup, 0, false, |c| {
                c.emit(Op::GET_ANEXT, 0);
                c.load_const(Const::None);
                c.yield_from()
            })?;
        } else {
            self.jump(Op::FOR_ITER, cleanup);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, skip)?;
        }
        if i + 1 < gens.len() {
            self.comp_level(gens, i + 1, kind)?;
        } else {
            // The result container sits below one iterator per level.
            let depth = (gens.len() + 1) as u32;
            match kind {
                Comp::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::LIST_APPEND, depth);
                }
                Comp::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SET_ADD, depth);
                }
                Comp::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MAP_ADD, depth);
                }
                Comp::Gen(e) => {
                    self.expr(e)?;
                    self.yield_value();
                    self.emit(Op::POP_TOP, 0);
                }
            }
        }
        self.bind(skip);
        self.jump(Op::JUMP_BACKWARD, start);
        self.bind(cleanup);
        if g.is_async {
            self.set_depth(d + 1);
            self.emit(Op::END_ASYNC_FOR, 0);
        } else {
            self.set_depth(d - 1);
        }
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut n = 0u32;
        let mut lit = String::new();
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(s) => lit.push_str(&s.value),
                ast::FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut lit, &mut n)?,
            }
        }
        if !lit.is_empty() || n == 0 {
            self.load_const(Const::Str(Rc::from(lit.as_str())));
            n += 1;
        }
        if n > 1 {
            self.emit(Op::BUILD_STRING, n);
        }
        Ok(())
    }

    fn fstring_elements(&mut self, els: &'a ast::InterpolatedStringElements, lit: &mut String, n: &mut u32) -> CResult {
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => lit.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = i.conversion;
                    if let Some(dbg) = &i.debug_text {
                        lit.push_str(dbg.leading());
                        lit.push_str(dbg.expression());
                        lit.push_str(dbg.trailing());
                        // `f"{x=}"` defaults to repr unless a format spec is given.
                        if conversion == ast::ConversionFlag::None && i.format_spec.is_none() {
                            conversion = ast::ConversionFlag::Repr;
                        }
                    }
                    if !lit.is_empty() {
                        self.load_const(Const::Str(Rc::from(lit.as_str())));
                        lit.clear();
                        *n += 1;
                    }
                    self.expr(&i.expression)?;
                    let mut flags = match conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(spec) = &i.format_spec {
                        let mut sn = 0u32;
                        let mut slit = String::new();
                        self.fstring_elements(&spec.elements, &mut slit, &mut sn)?;
                        if !slit.is_empty() || sn == 0 {
                            self.load_const(Const::Str(Rc::from(slit.as_str())));
                            sn += 1;
                        }
                        if sn > 1 {
                            self.emit(Op::BUILD_STRING, sn);
                        }
                        flags |= 4;
                    }
                    self.emit(Op::FORMAT_VALUE, flags);
                    *n += 1;
                }
            }
        }
        Ok(())
    }
}

#[derive(Copy, Clone)]
enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
