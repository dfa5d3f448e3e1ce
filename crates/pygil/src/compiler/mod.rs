//! Source → AST (ruff_python_parser) → symbol tables → code objects.
//!
//! The code generator follows CPython 3.11's compile.c in spirit: one
//! `Unit` per code object being built, labels resolved at the end, and an
//! exception table built from the handler active at each instruction
//! (CPython's SETUP_FINALLY/POP_BLOCK pseudo-instructions become a handler
//! stack here). The compiler knows nothing of the VM.

mod expr;
mod limits;
mod pattern;
mod stmt;
pub mod symtable;

use crate::bytecode::{flags, CodeObject, Const, ExceptionEntry, Instr, Op};
use ruff_python_ast as ast;
use std::rc::Rc;
use symtable::{Scope, ScopeKind, Tables};

/// What kind of error a compile failure is (SyntaxError or one of its subclasses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
    /// Expressions nested deeper than the compiler recurses: CPython's
    /// "RecursionError: maximum recursion depth exceeded during
    /// compilation" (see `symtable::MAX_EXPR_DEPTH`).
    Recursion,
}

/// A compile-time error, reported to Python as SyntaxError.
#[derive(Debug, Clone)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: Rc<str>,
    /// 1-based line and column (column in characters, as CPython's `offset`).
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line the error is on (without newline).
    pub text: String,
}

/// How the source is to be compiled (the `mode` argument of `compile()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    /// Interactive: expression statements print their value.
    Single,
}

/// Byte offset → (line, column) for error messages and line tables.
pub struct LineIndex<'s> {
    source: &'s str,
    starts: Vec<u32>,
}

impl<'s> LineIndex<'s> {
    pub fn new(source: &'s str) -> Self {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { source, starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based column in characters of a byte offset.
    pub fn col(&self, offset: u32) -> u32 {
        let line = self.line(offset) as usize;
        let start = self.starts[line - 1] as usize;
        let end = (offset as usize).min(self.source.len());
        self.source.get(start..end).map(|s| s.chars().count()).unwrap_or(0) as u32 + 1
    }

    pub fn line_text(&self, line: u32) -> String {
        let i = line as usize - 1;
        if i >= self.starts.len() {
            return String::new();
        }
        let start = self.starts[i] as usize;
        let end = self.starts.get(i + 1).map(|e| *e as usize).unwrap_or(self.source.len());
        self.source[start..end].trim_end_matches(['\n', '\r']).to_string()
    }
}

/// Compile source text into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    let filename: Rc<str> = filename.into();
    let index = LineIndex::new(source);
    let make_err = |kind: ErrorKind, msg: String, start: u32, end: u32| {
        let line = index.line(start);
        let end_line = index.line(end);
        CompileError {
            kind,
            msg,
            filename: filename.clone(),
            line,
            col: index.col(start),
            end_line,
            end_col: index.col(end),
            text: index.line_text(line),
        }
    };
    if let Some((kind, msg, at)) = limits::check(source) {
        return Err(make_err(kind, msg.into(), at, at));
    }
    let body: Vec<ast::Stmt>;
    let mut eval_expr: Option<ast::Expr> = None;
    match mode {
        Mode::Eval => {
            let parsed = ruff_python_parser::parse_expression(source).map_err(|e| {
                let (kind, msg, start, end) = errors::translate(&e, source);
                make_err(kind, msg, start, end)
            })?;
            eval_expr = Some(*parsed.into_syntax().body);
            body = Vec::new();
        }
        _ => {
            let parsed = ruff_python_parser::parse_module(source).map_err(|e| {
                let (kind, msg, start, end) = errors::translate(&e, source);
                make_err(kind, msg, start, end)
            })?;
            body = parsed.into_syntax().body.into_iter().collect();
        }
    }
    let line_of = |off: u32| index.line(off);
    let tables = if let Some(e) = &eval_expr {
        symtable::build_expr(e, &line_of)
    } else {
        symtable::build(&body, &line_of)
    }
    .map_err(|e| make_err(e.kind, e.msg, e.offset, e.end))?;

    let mut c = Compiler {
        tables: &tables,
        filename: filename.clone(),
        index: &index,
        units: Vec::new(),
        class_names: Vec::new(),
        interactive: mode == Mode::Single,
    };
    c.enter_unit(0, "<module>".into(), "<module>".into(), 1);
    let result = (|| {
        if let Some(e) = &eval_expr {
            c.set_line(e.range().start().to_u32());
            c.expr(e)?;
            c.emit(Op::RETURN_VALUE, 0);
        } else {
            c.module_body(&body)?;
        }
        Ok(())
    })();
    result.map_err(|(msg, start, end)| make_err(ErrorKind::Syntax, msg, start, end))?;
    Ok(c.finish_unit())
}

mod errors;

#[cfg(test)]
mod tests;

use ruff_text_size::Ranged;

/// A jump target, resolved when the unit is finished.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// The exception handler active for the instructions being emitted.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
struct Handler {
    label: Label,
    depth: u32,
    push_lasti: bool,
}

/// Frame blocks: what `break`, `continue` and `return` must unwind.
///
/// `outer` is the exception handler in force outside the statement: code
/// emitted after leaving the block early runs under it (CPython's POP_BLOCK).
#[derive(Clone)]
enum FBlock<'a> {
    While { start: Label, end: Label },
    For { start: Label, end: Label },
    /// The body of `try`/`finally`: leaving it runs the final body.
    FinallyTry { body: &'a [ast::Stmt], outer: Option<Handler> },
    /// Running the final body after an exception (stack: lasti, prev_exc, exc).
    FinallyEnd { outer: Option<Handler> },
    /// The body of an `except` clause (stack: prev_exc), with its bound name.
    ExceptHandler { name: Option<&'a str>, outer: Option<Handler> },
    /// The body of a `with` or `async with` (stack: __exit__ or __aexit__).
    With { outer: Option<Handler>, is_async: bool },
    /// A `try` body with handlers.
    TryExcept { outer: Option<Handler> },
    /// A final body run by `return`: the return value waits under it, and
    /// a `break`/`continue`/`return` in the final body must drop it
    /// (CPython's POP_VALUE block).
    PopValue,
}

/// One code object under construction.
struct Unit<'a> {
    table: usize,
    name: Rc<str>,
    qualname: Rc<str>,
    first_line: u32,
    code: Vec<Instr>,
    lines: Vec<u32>,
    handlers: Vec<Option<Handler>>,
    consts: Vec<Const>,
    names: Vec<Rc<str>>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    labels: Vec<Option<u32>>,
    cur_line: u32,
    handler: Option<Handler>,
    fblocks: Vec<FBlock<'a>>,
    depth: i32,
    max_depth: i32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
}

/// A compile error: message and the byte range it covers.
type CResult<T = ()> = Result<T, (String, u32, u32)>;

pub(crate) struct Compiler<'a> {
    tables: &'a Tables,
    filename: Rc<str>,
    index: &'a LineIndex<'a>,
    units: Vec<Unit<'a>>,
    /// Names of enclosing classes, for private-name mangling.
    class_names: Vec<Rc<str>>,
    interactive: bool,
}

impl<'a> Compiler<'a> {
    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn table(&self) -> &'a symtable::SymbolTable {
        &self.tables.tables[self.units.last().unwrap().table]
    }

    fn enter_unit(&mut self, table: usize, name: Rc<str>, qualname: Rc<str>, first_line: u32) {
        let t = &self.tables.tables[table];
        let mut varnames: Vec<Rc<str>> = t.params.clone();
        if t.is_function_like() {
            varnames.extend(t.plain_locals());
        }
        let mut flags = 0;
        if t.is_function_like() {
            flags |= flags::OPTIMIZED | flags::NEWLOCALS;
            if self.units.len() > 1 {
                flags |= flags::NESTED;
            }
        }
        if t.is_function_like() {
            // CPython's compute_code_flags.
            flags |= match (t.is_generator, t.is_coroutine) {
                (true, false) => flags::GENERATOR,
                (false, true) => flags::COROUTINE,
                (true, true) => flags::ASYNC_GENERATOR,
                (false, false) => 0,
            };
        }
        let cellvars = t.cellvars();
        let freevars = t.freevars();
        if freevars.is_empty() && cellvars.is_empty() {
            flags |= flags::NOFREE;
        }
        self.units.push(Unit {
            table,
            name,
            qualname,
            first_line,
            code: Vec::new(),
            lines: Vec::new(),
            handlers: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars,
            labels: Vec::new(),
            cur_line: first_line,
            handler: None,
            fblocks: Vec::new(),
            depth: 0,
            max_depth: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
        });
    }

    fn finish_unit(&mut self) -> Rc<CodeObject> {
        let u = self.units.pop().unwrap();
        let resolve = |l: u32| u.labels[l as usize].expect("unbound label");
        let code: Vec<Instr> = u
            .code
            .iter()
            .map(|i| if i.op().is_jump() { Instr::new(i.op(), resolve(i.arg())) } else { *i })
            .collect();
        // Compress per-instruction handlers into non-overlapping ranges.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        for (pc, h) in u.handlers.iter().enumerate() {
            let Some(h) = h else { continue };
            let handler = resolve(h.label.0);
            if let Some(last) = table.last_mut() {
                if last.end == pc as u32
                    && last.handler == handler
                    && last.depth == h.depth
                    && last.push_lasti == h.push_lasti
                {
                    last.end += 1;
                    continue;
                }
            }
            table.push(ExceptionEntry {
                start: pc as u32,
                end: pc as u32 + 1,
                handler,
                depth: h.depth,
                push_lasti: h.push_lasti,
            });
        }
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| u.varnames.iter().position(|v| v == c).filter(|&p| (p as u32) < total_args(&u)).map(|p| p as u32))
            .collect();
        Rc::new(CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            flags: u.flags,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            code,
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            exception_table: table,
            max_stack: (u.max_depth + 4) as u32,
        })
    }

    // ---- emission -------------------------------------------------------

    fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u();
        u.code.push(Instr::new(op, arg));
        u.lines.push(u.cur_line);
        u.handlers.push(u.handler);
        u.depth += op.stack_effect(arg, false);
        if u.depth > u.max_depth {
            u.max_depth = u.depth;
        }
    }

    /// Can control reach the current end of the code (fall through or jump here)?
    fn end_reachable(&self) -> bool {
        let u = self.units.last().unwrap();
        let here = u.code.len() as u32;
        match u.code.last() {
            None => true,
            Some(i) if !i.op().is_terminator() => true,
            Some(_) => u.labels.iter().any(|l| *l == Some(here)),
        }
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0 as usize] = Some(u.code.len() as u32);
    }

    fn jump(&mut self, op: Op, l: Label) {
        self.emit(op, l.0);
    }

    fn set_depth(&mut self, d: i32) {
        self.u().depth = d;
    }

    fn depth(&mut self) -> i32 {
        self.u().depth
    }

    fn set_line(&mut self, offset: u32) {
        let line = self.index.line(offset);
        self.u().cur_line = line;
    }

    fn line_of(&self, offset: u32) -> u32 {
        self.index.line(offset)
    }

    /// Run `f` with `label` as the exception handler (CPython's SETUP_FINALLY .. POP_BLOCK).
    fn with_handler<T>(&mut self, label: Label, extra_depth: i32, push_lasti: bool, f: impl FnOnce(&mut Self) -> CResult<T>) -> CResult<T> {
        let saved = self.u().handler;
        let depth = (self.depth() + extra_depth) as u32;
        self.u().handler = Some(Handler { label, depth, push_lasti });
        let r = f(self);
        self.u().handler = saved;
        r
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        if let Some(i) = u.consts.iter().position(|x| x.same(&c)) {
            return i as u32;
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LOAD_CONST, i);
    }

    fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.names.iter().position(|x| &**x == name) {
            return i as u32;
        }
        u.names.push(name.into());
        u.names.len() as u32 - 1
    }

    /// Private name mangling: `__x` inside class `C` becomes `_C__x`.
    fn mangle(&self, name: &str) -> Rc<str> {
        if let Some(cls) = self.class_names.last() {
            if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
                let stripped = cls.trim_start_matches('_');
                if !stripped.is_empty() {
                    return format!("_{}{}", stripped, name).into();
                }
            }
        }
        name.into()
    }

    fn local_index(&self, name: &str) -> Option<u32> {
        self.units.last().unwrap().varnames.iter().position(|v| &**v == name).map(|i| i as u32)
    }

    /// Index of a cell or free variable in the frame's fast slots.
    fn deref_index(&self, name: &str) -> u32 {
        let u = self.units.last().unwrap();
        if let Some(i) = u.cellvars.iter().position(|v| &**v == name) {
            return (u.varnames.len() + i) as u32;
        }
        let i = u.freevars.iter().position(|v| &**v == name).unwrap_or_else(|| panic!("no cell for {}", name));
        (u.varnames.len() + u.cellvars.len() + i) as u32
    }

    fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let name = self.mangle(name);
        let t = self.table();
        let scope = t.scope_of(&name);
        let kind = t.kind;
        let (fast, deref, global, byname) = match ctx {
            ast::ExprContext::Store => (Op::STORE_FAST, Op::STORE_DEREF, Op::STORE_GLOBAL, Op::STORE_NAME),
            ast::ExprContext::Del => (Op::DELETE_FAST, Op::DELETE_DEREF, Op::DELETE_GLOBAL, Op::DELETE_NAME),
            _ => (Op::LOAD_FAST, Op::LOAD_DEREF, Op::LOAD_GLOBAL, Op::LOAD_NAME),
        };
        match scope {
            Scope::Free | Scope::Cell => {
                if kind == ScopeKind::Class && ctx == ast::ExprContext::Load && scope == Scope::Free {
                    let i = self.deref_index(&name);
                    self.emit(Op::LOAD_CLASSDEREF, i);
                } else if kind == ScopeKind::Class && scope == Scope::Cell && &*name != "__class__" {
                    let i = self.add_name(&name);
                    self.emit(byname, i);
                } else {
                    let i = self.deref_index(&name);
                    self.emit(deref, i);
                }
            }
            Scope::Local if t.is_function_like() => {
                let i = self.local_index(&name).expect("local not in varnames");
                self.emit(fast, i);
            }
            Scope::GlobalExplicit => {
                let i = self.add_name(&name);
                self.emit(global, i);
            }
            Scope::GlobalImplicit if t.is_function_like() => {
                let i = self.add_name(&name);
                self.emit(global, i);
            }
            _ => {
                let i = self.add_name(&name);
                self.emit(byname, i);
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Store);
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Load);
    }

    // ---- code-object units -------------------------------------------

    fn module_body(&mut self, body: &'a [ast::Stmt]) -> CResult {
        if has_annotations(body) {
            self.emit(Op::SETUP_ANNOTATIONS, 0);
        }
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            self.load_const(Const::Str(doc.into()));
            self.store_name("__doc__");
            rest = &body[1..];
        }
        if self.interactive {
            for s in rest {
                self.stmt(s)?;
            }
        } else {
            self.stmts(rest)?;
        }
        self.load_const(Const::None);
        self.emit(Op::RETURN_VALUE, 0);
        Ok(())
    }

    fn qualname_for(&self, name: &str) -> Rc<str> {
        // Walk the enclosing units: functions contribute "f.<locals>", classes "C".
        if self.units.len() <= 1 {
            return name.into();
        }
        let parent = self.units.last().unwrap();
        let pt = &self.tables.tables[parent.table];
        let is_global = {
            // `global name` in the parent makes the new qualname top-level.
            let child_scope = pt.scopes.get(name).copied();
            child_scope == Some(Scope::GlobalExplicit)
        };
        if is_global {
            return name.into();
        }
        match pt.kind {
            ScopeKind::Module => name.into(),
            ScopeKind::Class => format!("{}.{}", parent.qualname, name).into(),
            _ => format!("{}.<locals>.{}", parent.qualname, name).into(),
        }
    }
}

fn total_args(u: &Unit) -> u32 {
    let mut n = u.argcount + u.kwonlyargcount;
    if u.flags & flags::VARARGS != 0 {
        n += 1;
    }
    if u.flags & flags::VARKEYWORDS != 0 {
        n += 1;
    }
    n
}

/// The docstring of a body, if its first statement is a string literal.
fn docstring(body: &[ast::Stmt]) -> Option<String> {
    if let Some(ast::Stmt::Expr(e)) = body.first() {
        if let ast::Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str().to_string());
        }
    }
    None
}

/// Does a module or class body contain annotated assignments (needing __annotations__)?
fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
        ast::Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        ast::Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        ast::Stmt::With(w) => has_annotations(&w.body),
        ast::Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}
