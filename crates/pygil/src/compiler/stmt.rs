//! Statements. Try/except/finally and `with` follow CPython 3.11's layout
//! (compile.c: compiler_try_except, compiler_try_finally, compiler_with):
//! the handler code sits after the body and the exception table routes
//! raised exceptions to it with the value stack cut back to a known depth.

use super::symtable::{node_key, ScopeKind};
use super::{docstring, has_annotations, CResult, Compiler, FBlock, Label};
use crate::bytecode::{flags, Const, Op, INPLACE};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s.range().start().to_u32());
        match s {
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Op::PRINT_EXPR, 0);
                } else if is_constant(&e.value) {
                    // A bare constant (e.g. a docstring in the middle) compiles to nothing.
                } else {
                    self.expr(&e.value)?;
                    self.emit(Op::POP_TOP, 0);
                }
            }
            Stmt::Pass(_) => self.emit(Op::NOP, 0),
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::COPY, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(true, b.range.start().to_u32())?,
            Stmt::Continue(c) => self.break_continue(false, c.range.start().to_u32())?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RAISE_VARARGS, n);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(("'except*' is not supported by pygil yet".into(), t.range.start().to_u32(), t.range.end().to_u32()));
                }
                // The `try:` line's own instruction, as in CPython (a line
                // event for tracers, a line in dis).
                self.emit(Op::NOP, 0);
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async && !self.table().is_async_def {
                    return Err(("'async with' outside async function".into(), w.range.start().to_u32(), w.range.end().to_u32()));
                }
                self.with_stmt(&w.items, &w.body, w.range.start().to_u32(), w.is_async)?
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Op::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::CALL, 0);
                }
                self.emit(Op::RAISE_VARARGS, 1);
                self.bind(end);
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.name.as_str();
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    let ni = self.add_name(name);
                    self.emit(Op::IMPORT_NAME, ni);
                    if let Some(asname) = &alias.asname {
                        let parts: Vec<&str> = name.split('.').collect();
                        for p in &parts[1..] {
                            let pi = self.add_name(p);
                            self.emit(Op::IMPORT_FROM, pi);
                            self.emit(Op::SWAP, 2);
                            self.emit(Op::POP_TOP, 0);
                        }
                        self.store_name(asname.as_str());
                    } else {
                        let first = name.split('.').next().unwrap();
                        self.store_name(first);
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Const::Int(i.level as i64));
                let names: Vec<Const> = i.names.iter().map(|a| Const::Str(a.name.as_str().into())).collect();
                self.load_const(Const::Tuple(names.into()));
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                let mi = self.add_name(module);
                self.emit(Op::IMPORT_NAME, mi);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Op::IMPORT_STAR, 0);
                } else {
                    for alias in &i.names {
                        let ni = self.add_name(alias.name.as_str());
                        self.emit(Op::IMPORT_FROM, ni);
                        let target = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.store_name(target.as_str());
                    }
                    self.emit(Op::POP_TOP, 0);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => {
                return Err(("'type' statements are not supported by pygil yet".into(), t.range.start().to_u32(), t.range.end().to_u32()))
            }
            Stmt::IpyEscapeCommand(c) => return Err(("invalid syntax".into(), c.range.start().to_u32(), c.range.end().to_u32())),
        }
        Ok(())
    }

    // ---- assignment ----------------------------------------------------

    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(a.attr.as_str());
                let i = self.add_name(&name);
                self.emit(Op::STORE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::STORE_SUBSCR, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t.range().start().to_u32())?;
            }
            Expr::Starred(s) => {
                return Err(("starred assignment target must be in a list or tuple".into(), s.range.start().to_u32(), s.range.end().to_u32()))
            }
            _ => return Err((cannot_assign(t, "assign to"), t.range().start().to_u32(), t.range().end().to_u32())),
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [Expr], off: u32) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if let Some(si) = star {
            if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                return Err(("multiple starred expressions in assignment".into(), off, off));
            }
            let after = elts.len() - si - 1;
            self.emit(Op::UNPACK_EX, (si as u32) | ((after as u32) << 8));
        } else {
            self.emit(Op::UNPACK_SEQUENCE, elts.len() as u32);
        }
        for e in elts {
            if let Expr::Starred(s) = e {
                self.store_target(&s.value)?;
            } else {
                self.store_target(e)?;
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.mangle(a.attr.as_str());
                let i = self.add_name(&name);
                self.emit(Op::DELETE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DELETE_SUBSCR, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            _ => return Err((cannot_assign(t, "delete"), t.range().start().to_u32(), t.range().end().to_u32())),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = super::expr::binop_arg(a.op) + INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::COPY, 1);
                let name = self.mangle(at.attr.as_str());
                let i = self.add_name(&name);
                self.emit(Op::LOAD_ATTR, i);
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::COPY, 2);
                self.emit(Op::COPY, 2);
                self.emit(Op::BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.emit(Op::SWAP, 3);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_SUBSCR, 0);
            }
            t => {
                return Err((
                    format!("'{}' is an illegal expression for augmented assignment", expr_kind_name(t)),
                    t.range().start().to_u32(),
                    t.range().end().to_u32(),
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let in_func = self.table().is_function_like();
        if let Expr::Name(n) = &*a.target {
            if !in_func && a.simple {
                // __annotations__[name] = annotation
                self.expr(&a.annotation)?;
                self.load_name("__annotations__");
                let name = self.mangle(n.id.as_str());
                self.load_const(Const::Str((*name).into()));
                self.emit(Op::STORE_SUBSCR, 0);
            }
        } else if a.value.is_none() {
            // `x.y: int` evaluates x; `x[i]: int` evaluates x and i.
            match &*a.target {
                Expr::Attribute(at) => {
                    self.expr(&at.value)?;
                    self.emit(Op::POP_TOP, 0);
                }
                Expr::Subscript(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::POP_TOP, 0);
                    self.expr(&s.slice)?;
                    self.emit(Op::POP_TOP, 0);
                }
                _ => {}
            }
        }
        Ok(())
    }

    // ---- control flow --------------------------------------------------

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(Op::JUMP_FORWARD, end);
            self.bind(next);
            next = self.new_label();
            if let Some(test) = &clause.test {
                self.set_line(test.range().start().to_u32());
                self.jump_if(test, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let end = self.new_label();
        let orelse = self.new_label();
        self.bind(start);
        self.jump_if(&w.test, false, orelse)?;
        self.u().fblocks.push(FBlock::While { start, end });
        self.stmts(&w.body)?;
        self.u().fblocks.pop();
        self.set_line(w.range.start().to_u32());
        self.jump(Op::JUMP_BACKWARD, start);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async && !self.table().is_async_def {
            return Err(("'async for' outside async function".into(), f.range.start().to_u32(), f.range.end().to_u32()));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.iterable(&f.iter)?;
        self.emit(if f.is_async { Op::GET_AITER } else { Op::GET_ITER }, 0);
        self.bind(start);
        let d = self.depth();
        if f.is_async {
            // Await __anext__(); StopAsyncIteration raised there ends the loop.
            self.with_handler(cleanup, 0, false, |c| {
                c.emit(Op::GET_ANEXT, 0);
                c.load_const(Const::None);
                c.yield_from()
            })?;
        } else {
            self.jump(Op::FOR_ITER, cleanup);
        }
        self.u().fblocks.push(FBlock::For { start, end });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.set_line(f.range.start().to_u32());
        self.jump(Op::JUMP_BACKWARD, start);
        self.bind(cleanup);
        if f.is_async {
            self.set_depth(d + 1);
            self.emit(Op::END_ASYNC_FOR, 0);
        } else {
            self.set_depth(d - 1);
        }
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, off: u32) -> CResult {
        // Find the innermost loop, unwinding the blocks in between.
        let blocks = self.u().fblocks.clone();
        let d = self.depth();
        let saved_handler = self.u().handler;
        for (i, b) in blocks.iter().enumerate().rev() {
            match b {
                FBlock::While { start, end } | FBlock::For { start, end } => {
                    if is_break {
                        if matches!(b, FBlock::For { .. }) {
                            self.emit(Op::POP_TOP, 0);
                        }
                        self.jump(Op::JUMP_FORWARD, *end);
                    } else {
                        self.jump(Op::JUMP_BACKWARD, *start);
                    }
                    self.set_depth(d);
                    self.u().handler = saved_handler;
                    return Ok(());
                }
                other => self.unwind_block(other, false, i)?,
            }
        }
        let what = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
        Err((what.into(), off, off + if is_break { 5 } else { 8 }))
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        if !self.table().is_function_like() {
            return Err(("'return' outside function".into(), r.range.start().to_u32(), r.range.end().to_u32()));
        }
        if r.value.is_some() && self.table().is_coroutine && self.table().is_generator {
            return Err(("'return' with value in async generator".into(), r.range.start().to_u32(), r.range.end().to_u32()));
        }
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        }
        let blocks = self.u().fblocks.clone();
        let d = self.depth();
        let saved_handler = self.u().handler;
        for (i, b) in blocks.iter().enumerate().rev() {
            self.unwind_block(b, true, i)?;
        }
        self.emit(Op::RETURN_VALUE, 0);
        self.set_depth(d - 1);
        self.u().handler = saved_handler;
        Ok(())
    }

    /// Emit the code that leaves block `b` early (CPython's compiler_unwind_fblock).
    /// With `preserve_tos`, a return value on top of the stack is kept above it.
    fn unwind_block(&mut self, b: &FBlock<'a>, preserve_tos: bool, index: usize) -> CResult {
        match b {
            FBlock::While { .. } => {}
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
            }
            FBlock::TryExcept { outer } => self.u().handler = *outer,
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
            }
            FBlock::FinallyTry { body, outer } => {
                // Run the final body with the blocks outside the try in force.
                let saved = self.u().fblocks.split_off(index);
                self.u().handler = *outer;
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                let r = self.stmts(body);
                if preserve_tos {
                    self.u().fblocks.pop();
                }
                self.u().fblocks.extend(saved);
                r?;
            }
            FBlock::FinallyEnd { outer } => {
                self.u().handler = *outer;
                // Stack: lasti, prev_exc, exc [, value]
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_EXCEPT, 0);
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
            }
            FBlock::ExceptHandler { name, outer } => {
                self.u().handler = *outer;
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_EXCEPT, 0);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.store_name(n);
                    self.name_op(n, ast::ExprContext::Del);
                }
            }
            FBlock::With { outer, is_async } => {
                self.u().handler = *outer;
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.load_const(Const::None);
                self.load_const(Const::None);
                self.load_const(Const::None);
                self.emit(Op::CALL, 2);
                if *is_async {
                    self.await_tos(2)?;
                }
                self.emit(Op::POP_TOP, 0);
            }
        }
        Ok(())
    }

    // ---- try -----------------------------------------------------------

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let d = self.depth();
        let outer = self.u().handler;
        self.u().fblocks.push(FBlock::TryExcept { outer });
        self.with_handler(handler, 0, false, |c| c.stmts(&t.body))?;
        self.u().fblocks.pop();
        self.emit(Op::NOP, 0);
        self.stmts(&t.orelse)?;
        self.jump(Op::JUMP_FORWARD, end);

        // Handler: stack is [.. d, exc].
        self.bind(handler);
        self.set_depth(d + 1);
        // The cleanup handler keeps prev_exc on the stack (depth d + 1).
        self.with_cleanup(cleanup, d + 1, |c| {
            c.emit(Op::PUSH_EXC_INFO, 0);
            Ok(())
        })?;
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range.start().to_u32());
            let next = self.new_label();
            // Stack: prev_exc, exc
            let body_result: CResult = self.with_cleanup(cleanup, d + 1, |c| {
                if let Some(ty) = &h.type_ {
                    c.expr(ty)?;
                    c.emit(Op::CHECK_EXC_MATCH, 0);
                    c.jump(Op::POP_JUMP_IF_FALSE, next);
                } else if !std::ptr::eq(h, last_handler(t)) {
                    return Err(("default 'except:' must be last".into(), h.range.start().to_u32(), h.range.end().to_u32()));
                }
                Ok(())
            });
            body_result?;
            match &h.name {
                Some(name) => {
                    let name = name.as_str();
                    let cleanup_name = self.new_label();
                    self.with_cleanup(cleanup, d + 1, |c| {
                        c.store_name(name);
                        Ok(())
                    })?;
                    // Stack: prev_exc
                    self.u().fblocks.push(FBlock::ExceptHandler { name: Some(name), outer });
                    self.with_cleanup(cleanup_name, d + 1, |c| c.stmts(&h.body))?;
                    self.u().fblocks.pop();
                    self.with_cleanup(cleanup, d + 1, |c| {
                        c.emit(Op::POP_EXCEPT, 0);
                        Ok(())
                    })?;
                    self.load_const(Const::None);
                    self.store_name(name);
                    self.name_op(name, ast::ExprContext::Del);
                    self.jump(Op::JUMP_FORWARD, end);
                    // The body raised: unbind the name and re-raise. Stack: prev_exc, lasti, exc
                    self.bind(cleanup_name);
                    self.set_depth(d + 3);
                    self.with_cleanup(cleanup, d + 1, |c| {
                        c.load_const(Const::None);
                        c.store_name(name);
                        c.name_op(name, ast::ExprContext::Del);
                        c.emit(Op::RERAISE, 1);
                        Ok(())
                    })?;
                }
                None => {
                    self.with_cleanup(cleanup, d + 1, |c| {
                        c.emit(Op::POP_TOP, 0);
                        c.u().fblocks.push(FBlock::ExceptHandler { name: None, outer });
                        let r = c.stmts(&h.body);
                        c.u().fblocks.pop();
                        r?;
                        c.emit(Op::POP_EXCEPT, 0);
                        Ok(())
                    })?;
                    self.jump(Op::JUMP_FORWARD, end);
                }
            }
            self.bind(next);
            self.set_depth(d + 2);
        }
        // No handler matched: re-raise (still under the cleanup handler).
        // CPython's re-raise has no line of its own; keep the last `except`
        // line rather than that of the handler body compiled last (tracers
        // see f_lineno, and a line event must not fire).
        if let Some(ast::ExceptHandler::ExceptHandler(h)) = t.handlers.last() {
            self.set_line(h.range.start().to_u32());
        }
        self.with_cleanup(cleanup, d + 1, |c| {
            c.emit(Op::RERAISE, 0);
            Ok(())
        })?;
        // Cleanup: stack is prev_exc, lasti, exc.
        self.bind(cleanup);
        self.set_depth(d + 3);
        self.emit(Op::COPY, 3);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 1);
        self.bind(end);
        self.set_depth(d);
        Ok(())
    }

    /// Run `f` with `label` as handler at absolute stack depth `depth`, pushing lasti.
    fn with_cleanup(&mut self, label: Label, depth: i32, f: impl FnOnce(&mut Self) -> CResult) -> CResult {
        let saved = self.u().handler;
        self.u().handler = Some(super::Handler { label, depth: depth as u32, push_lasti: true });
        let r = f(self);
        self.u().handler = saved;
        r
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let fin_exc = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let d = self.depth();
        let outer = self.u().handler;
        self.u().fblocks.push(FBlock::FinallyTry { body: &t.finalbody, outer });
        self.with_handler(fin_exc, 0, true, |c| {
            if t.handlers.is_empty() {
                c.stmts(&t.body)
            } else {
                c.try_except(t)
            }
        })?;
        self.u().fblocks.pop();
        // Normal exit: run the final body inline.
        self.emit(Op::NOP, 0);
        self.stmts(&t.finalbody)?;
        self.jump(Op::JUMP_FORWARD, end);
        // Exceptional exit. Stack: lasti, exc.
        self.bind(fin_exc);
        self.set_depth(d + 2);
        self.with_cleanup(cleanup, d + 2, |c| {
            c.emit(Op::PUSH_EXC_INFO, 0);
            Ok(())
        })?;
        self.u().fblocks.push(FBlock::FinallyEnd { outer });
        self.with_cleanup(cleanup, d + 2, |c| c.stmts(&t.finalbody))?;
        self.u().fblocks.pop();
        self.with_cleanup(cleanup, d + 2, |c| {
            c.emit(Op::RERAISE, 0);
            Ok(())
        })?;
        // Cleanup: stack lasti, prev_exc, lasti2, exc.
        self.bind(cleanup);
        self.set_depth(d + 4);
        self.emit(Op::COPY, 3);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 1);
        self.bind(end);
        self.set_depth(d);
        Ok(())
    }

    // ---- with ----------------------------------------------------------

    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], off: u32, is_async: bool) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let _ = off;
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.set_line(item.range.start().to_u32());
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Op::BEFORE_ASYNC_WITH, 0);
            self.await_tos(1)?;
        } else {
            self.emit(Op::BEFORE_WITH, 0);
        }
        // Stack: exit, enter_result
        let d = self.depth() - 1; // depth with only `exit` on the stack
        let outer = self.u().handler;
        self.u().fblocks.push(FBlock::With { outer, is_async });
        let r = self.with_cleanup(handler, d, |c| {
            match &item.optional_vars {
                Some(t) => c.store_target(t)?,
                None => c.emit(Op::POP_TOP, 0),
            }
            c.with_stmt(rest, body, off, is_async)
        });
        self.u().fblocks.pop();
        r?;
        // Normal exit: exit(None, None, None).
        self.set_line(item.range.start().to_u32());
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Op::CALL, 2);
        if is_async {
            self.await_tos(2)?;
        }
        self.emit(Op::POP_TOP, 0);
        self.jump(Op::JUMP_FORWARD, end);
        // Exception: stack exit, lasti, exc.
        self.bind(handler);
        self.set_depth(d + 2);
        self.with_cleanup(cleanup, d + 2, |c| {
            c.emit(Op::PUSH_EXC_INFO, 0);
            c.emit(Op::WITH_EXCEPT_START, 0);
            if is_async {
                c.await_tos(2)?;
            }
            c.jump(Op::POP_JUMP_IF_TRUE, suppress);
            c.emit(Op::RERAISE, 2);
            Ok(())
        })?;
        self.bind(suppress);
        self.set_depth(d + 3);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_TOP, 0);
        self.jump(Op::JUMP_FORWARD, end);
        // Cleanup: exit, lasti, prev_exc, lasti2, exc.
        self.bind(cleanup);
        self.set_depth(d + 4);
        self.emit(Op::COPY, 3);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 1);
        self.bind(end);
        self.set_depth(d - 1);
        Ok(())
    }

    // ---- functions and classes -----------------------------------------

    fn decorators(&mut self, decs: &'a [ast::Decorator]) -> CResult {
        for d in decs {
            self.set_line(d.range.start().to_u32());
            self.expr(&d.expression)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, n: usize) {
        for _ in 0..n {
            self.emit(Op::CALL, 0);
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        self.decorators(&f.decorator_list)?;
        self.set_line(f.range.start().to_u32());
        let first_line = if let Some(d) = f.decorator_list.first() {
            self.line_of(d.range.start().to_u32())
        } else {
            self.line_of(f.range.start().to_u32())
        };
        let mut flags = self.defaults(&f.parameters)?;
        if self.annotations(&f.parameters, f.returns.as_deref())? {
            flags |= 4;
        }
        let table = self.tables.by_node[&node_key(f)];
        let qualname = self.qualname_for(f.name.as_str());
        self.enter_unit(table, f.name.as_str().into(), qualname, first_line);
        self.set_args(&f.parameters);
        let doc = docstring(&f.body);
        self.add_const(match &doc {
            Some(d) => Const::Str(d.as_str().into()),
            None => Const::None,
        });
        self.emit(Op::RESUME, 0);
        let body = if doc.is_some() { &f.body[1..] } else { &f.body[..] };
        let r = self.stmts(body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        if self.end_reachable() {
            self.load_const(Const::None);
            self.emit(Op::RETURN_VALUE, 0);
        }
        let code = self.finish_unit();
        self.make_closure(code, flags);
        self.apply_decorators(f.decorator_list.len());
        self.store_name(f.name.as_str());
        Ok(())
    }

    /// Push default values; returns MAKE_FUNCTION flags for them.
    pub(super) fn defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let pos: Vec<&Expr> =
            p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !pos.is_empty() {
            for d in &pos {
                self.expr(d)?;
            }
            self.emit(Op::BUILD_TUPLE, pos.len() as u32);
            flags |= 1;
        }
        let kw: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.as_str(), d)))
            .collect();
        if !kw.is_empty() {
            for (name, d) in &kw {
                let name = self.mangle(name);
                self.load_const(Const::Str((*name).into()));
                self.expr(d)?;
            }
            self.emit(Op::BUILD_MAP, kw.len() as u32);
            flags |= 2;
        }
        Ok(flags)
    }

    /// Push an annotations dict if any parameter or the return is annotated.
    fn annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut n = 0;
        let all = p.posonlyargs.iter().chain(p.args.iter()).map(|a| &a.parameter);
        let all = all.chain(p.vararg.as_deref());
        let all = all.chain(p.kwonlyargs.iter().map(|a| &a.parameter));
        let all: Vec<&ast::Parameter> = all.chain(p.kwarg.as_deref()).collect();
        for a in all {
            if let Some(an) = &a.annotation {
                let name = self.mangle(a.name.as_str());
                self.load_const(Const::Str((*name).into()));
                self.expr(an)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".into()));
            self.expr(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Op::BUILD_MAP, n);
        }
        Ok(n > 0)
    }

    pub(super) fn set_args(&mut self, p: &ast::Parameters) {
        let u = self.u();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
        // The symbol table lists parameters in source order: positional, *args,
        // keyword-only, **kwargs. Code objects want positional, keyword-only,
        // *args, **kwargs.
        let mut order: Vec<std::rc::Rc<str>> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            order.push(a.parameter.name.as_str().into());
        }
        if let Some(v) = &p.vararg {
            order.push(v.name.as_str().into());
        }
        if let Some(k) = &p.kwarg {
            order.push(k.name.as_str().into());
        }
        let rest: Vec<std::rc::Rc<str>> = u.varnames.iter().filter(|n| !order.contains(n)).cloned().collect();
        order.extend(rest);
        u.varnames = order;
    }

    /// Emit MAKE_FUNCTION for `code`, loading its closure cells first.
    pub(super) fn make_closure(&mut self, code: std::rc::Rc<crate::bytecode::CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                // The cell comes from our own cells or free vars.
                let i = self.deref_index(name);
                self.emit(Op::LOAD_CLOSURE, i);
            }
            self.emit(Op::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(Const::Code(code));
        self.emit(Op::MAKE_FUNCTION, flags);
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        self.decorators(&c.decorator_list)?;
        self.set_line(c.range.start().to_u32());
        let first_line = self.line_of(c.range.start().to_u32());
        let table = self.tables.by_node[&node_key(c)];
        let qualname = self.qualname_for(c.name.as_str());
        self.emit(Op::PUSH_NULL, 0);
        self.emit(Op::LOAD_BUILD_CLASS, 0);

        self.enter_unit(table, c.name.as_str().into(), qualname.clone(), first_line);
        self.class_names.push(c.name.as_str().into());
        let r = (|| -> CResult {
            self.load_name("__name__");
            self.store_name("__module__");
            self.load_const(Const::Str((*qualname).into()));
            self.store_name("__qualname__");
            if has_annotations(&c.body) {
                self.emit(Op::SETUP_ANNOTATIONS, 0);
            }
            let mut body = &c.body[..];
            if let Some(doc) = docstring(&c.body) {
                self.load_const(Const::Str(doc.into()));
                self.store_name("__doc__");
                body = &c.body[1..];
            }
            self.stmts(body)?;
            if self.units.last().unwrap().cellvars.iter().any(|n| &**n == "__class__") {
                let i = self.deref_index("__class__");
                self.emit(Op::LOAD_CLOSURE, i);
                self.emit(Op::COPY, 1);
                self.store_name("__classcell__");
            } else {
                self.load_const(Const::None);
            }
            self.emit(Op::RETURN_VALUE, 0);
            Ok(())
        })();
        self.class_names.pop();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.finish_unit();
        self.make_closure(code, 0);
        self.load_const(Const::Str(c.name.as_str().into()));
        let (args, kws): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_args(args, kws, 2)?;
        self.apply_decorators(c.decorator_list.len());
        self.store_name(c.name.as_str());
        Ok(())
    }
}

fn last_handler(t: &ast::StmtTry) -> &ast::ExceptHandlerExceptHandler {
    let ast::ExceptHandler::ExceptHandler(h) = t.handlers.last().unwrap();
    h
}

fn is_constant(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::BytesLiteral(_)
    )
}

pub(super) fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::FString(_) => "f-string expression",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) => "list",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        _ => "expression",
    }
}

fn cannot_assign(t: &Expr, verb: &str) -> String {
    match t {
        Expr::Call(_) | Expr::BinOp(_) | Expr::Compare(_) | Expr::Lambda(_) | Expr::If(_) => {
            format!("cannot {} {} here. Maybe you meant '==' instead of '='?", verb, expr_kind_name(t))
        }
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => {
            format!("cannot {} literal here. Maybe you meant '==' instead of '='?", verb)
        }
        _ => format!("cannot {} {}", verb, expr_kind_name(t)),
    }
}

#[allow(dead_code)]
fn _unused(_: ScopeKind) {}
