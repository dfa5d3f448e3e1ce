//! Symbol tables: which names are local, global, free or cell in each scope.
//!
//! Mirrors CPython's Python/symtable.c in two passes: `Builder` walks the AST
//! recording how each scope uses each name, then `analyze` resolves every
//! name to a `Scope` kind, propagating free variables outwards so that the
//! enclosing function turns them into cells.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// How a name resolves inside one scope.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

// Per-name usage flags gathered by the first pass.
const DEF_LOCAL: u8 = 1;
const DEF_GLOBAL: u8 = 2;
const DEF_NONLOCAL: u8 = 4;
const DEF_PARAM: u8 = 8;
const USE: u8 = 16;
/// Assigned by a walrus inside a comprehension: binds in this (enclosing) scope.
const DEF_COMP_ITER: u8 = 32;

#[derive(Debug)]
pub struct SymbolTable {
    pub kind: ScopeKind,
    pub name: Rc<str>,
    /// Names in first-seen order with their usage flags.
    order: Vec<Rc<str>>,
    flags: HashMap<Rc<str>, u8>,
    /// Resolved scopes, filled by `analyze`.
    pub scopes: HashMap<Rc<str>, Scope>,
    pub params: Vec<Rc<str>>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// Awaits (an `async def`, an `await`, an `async for` clause, or a
    /// non-generator comprehension inside that does: CPython's ste_coroutine).
    /// With `is_generator` it makes an async generator.
    pub is_coroutine: bool,
    /// An `async def` (CPython's COMPILER_SCOPE_ASYNC_FUNCTION).
    pub is_async_def: bool,
    /// A method that uses `super` or `__class__` needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// Class scopes only: names bound in the class body that nested functions
    /// take from an enclosing function; the class passes the cell through.
    pub extra_free: Vec<Rc<str>>,
    pub line: u32,
}

impl SymbolTable {
    fn new(kind: ScopeKind, name: &str, line: u32) -> Self {
        SymbolTable {
            kind,
            name: name.into(),
            order: Vec::new(),
            flags: HashMap::new(),
            scopes: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            needs_class_cell: false,
            extra_free: Vec::new(),
            line,
        }
    }

    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }

    pub fn scope_of(&self, name: &str) -> Scope {
        match self.scopes.get(name) {
            Some(s) => *s,
            None => {
                if self.is_function_like() {
                    Scope::GlobalImplicit
                } else {
                    Scope::Local
                }
            }
        }
    }

    /// Cell variables, sorted by name as CPython does.
    pub fn cellvars(&self) -> Vec<Rc<str>> {
        let mut v: Vec<Rc<str>> =
            self.scopes.iter().filter(|(_, s)| **s == Scope::Cell).map(|(n, _)| n.clone()).collect();
        v.sort();
        v
    }

    /// Free variables, sorted by name.
    pub fn freevars(&self) -> Vec<Rc<str>> {
        let mut v: Vec<Rc<str>> =
            self.scopes.iter().filter(|(_, s)| **s == Scope::Free).map(|(n, _)| n.clone()).collect();
        v.extend(self.extra_free.iter().cloned());
        v.sort();
        v
    }

    /// Locals other than parameters, in first-seen order.
    pub fn plain_locals(&self) -> Vec<Rc<str>> {
        self.order
            .iter()
            .filter(|n| !self.params.contains(n))
            .filter(|n| matches!(self.scopes.get(*n), Some(Scope::Local) | Some(Scope::Cell)))
            .cloned()
            .collect()
    }
}

/// A symbol-table error: CPython raises SyntaxError for these.
#[derive(Debug)]
pub struct SymtableError {
    pub kind: super::ErrorKind,
    pub msg: String,
    pub offset: u32,
    pub end: u32,
}

pub struct Tables {
    pub tables: Vec<SymbolTable>,
    /// AST node address -> table index, for functions, lambdas, classes, comprehensions.
    pub by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder<'a> {
    tables: Vec<SymbolTable>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    lines: &'a dyn Fn(u32) -> u32,
    error: Option<SymtableError>,
    /// How many `expr` calls are active (see `MAX_EXPR_DEPTH`).
    depth: u32,
}

/// The deepest expression nesting compiled. The symbol table pass is the
/// first to walk the AST recursively (the parser and the bracket limit of
/// `limits.rs` let `not not ... x`, `-----x`, `a.b.c...`, `f()()()...` or
/// `1+1+...+1` through at any depth), and this bound keeps it and the code
/// generator far from the end of a Python thread's stack: past it,
/// compiling fails as CPython 3.11's does, which compiles 2,992 nested
/// operators and no more ("maximum recursion depth exceeded during
/// compilation").
pub const MAX_EXPR_DEPTH: u32 = 2993;

pub fn build(module: &[Stmt], lines: &dyn Fn(u32) -> u32) -> Result<Tables, SymtableError> {
    let mut b = Builder { tables: Vec::new(), by_node: HashMap::new(), stack: Vec::new(), lines, error: None, depth: 0 };
    b.push(ScopeKind::Module, "top", 0, 1);
    for s in module {
        b.stmt(s);
    }
    b.stack.pop();
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut tables = b.tables;
    analyze(&mut tables, 0, &[])?;
    Ok(Tables { tables, by_node: b.by_node })
}

/// Symbol tables for `eval` mode: one expression in a module scope.
pub fn build_expr(e: &Expr, lines: &dyn Fn(u32) -> u32) -> Result<Tables, SymtableError> {
    let mut b = Builder { tables: Vec::new(), by_node: HashMap::new(), stack: Vec::new(), lines, error: None, depth: 0 };
    b.push(ScopeKind::Module, "top", 0, 1);
    b.expr(e);
    b.stack.pop();
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut tables = b.tables;
    analyze(&mut tables, 0, &[])?;
    Ok(Tables { tables, by_node: b.by_node })
}

impl<'a> Builder<'a> {
    fn push(&mut self, kind: ScopeKind, name: &str, key: usize, line: u32) {
        let idx = self.tables.len();
        self.tables.push(SymbolTable::new(kind, name, line));
        if let Some(&parent) = self.stack.last() {
            self.tables[parent].children.push(idx);
        }
        if key != 0 {
            self.by_node.insert(key, idx);
        }
        self.stack.push(idx);
    }

    fn cur(&mut self) -> &mut SymbolTable {
        let i = *self.stack.last().unwrap();
        &mut self.tables[i]
    }

    fn err(&mut self, msg: String, offset: u32) {
        self.err_range(msg, offset, offset);
    }

    fn err_range(&mut self, msg: String, offset: u32, end: u32) {
        if self.error.is_none() {
            self.error = Some(SymtableError { kind: super::ErrorKind::Syntax, msg, offset, end });
        }
    }

    fn add(&mut self, name: &str, flag: u8, offset: u32) {
        let t = self.cur();
        let name: Rc<str> = name.into();
        let old = t.flags.get(&name).copied();
        match old {
            None => {
                t.order.push(name.clone());
                t.flags.insert(name, flag);
            }
            Some(old) => {
                if flag & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && old & (DEF_LOCAL | USE | DEF_PARAM) != 0 {
                    let what = if flag & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                    let how = if old & DEF_PARAM != 0 {
                        "is parameter and"
                    } else if old & DEF_LOCAL != 0 {
                        "is assigned to before"
                    } else {
                        "is used prior to"
                    };
                    let msg = if old & DEF_PARAM != 0 {
                        format!("name '{}' is parameter and {} declaration", name, what)
                    } else {
                        format!("name '{}' {} {} declaration", name, how, what)
                    };
                    self.err(msg, offset);
                    return;
                }
                let t = self.cur();
                t.flags.insert(name, old | flag);
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.param(&a.parameter.name);
        }
        if let Some(v) = &p.vararg {
            self.param(&v.name);
        }
        for a in p.kwonlyargs.iter() {
            self.param(&a.parameter.name);
        }
        if let Some(k) = &p.kwarg {
            self.param(&k.name);
        }
    }

    fn param(&mut self, name: &ast::Identifier) {
        let off = name.range.start().to_u32();
        if self.cur().params.iter().any(|p| &**p == name.as_str()) {
            self.err(format!("duplicate argument '{}' in function definition", name.as_str()), off);
        }
        self.add(name.as_str(), DEF_PARAM, off);
        self.cur().params.push(name.as_str().into());
    }

    /// Defaults, annotations and decorators are evaluated in the enclosing scope.
    fn param_defaults(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
            if let Some(an) = &a.parameter.annotation {
                self.expr(an);
            }
        }
        for v in [&p.vararg, &p.kwarg].into_iter().flatten() {
            if let Some(an) = &v.annotation {
                self.expr(an);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                let off = f.range.start().to_u32();
                self.add(f.name.as_str(), DEF_LOCAL, off);
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.param_defaults(&f.parameters);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                let line = (self.lines)(off);
                self.push(ScopeKind::Function, f.name.as_str(), node_key(f), line);
                if f.is_async {
                    self.cur().is_coroutine = true;
                    self.cur().is_async_def = true;
                }
                self.params(&f.parameters);
                self.stmts(&f.body);
                self.stack.pop();
            }
            Stmt::ClassDef(c) => {
                let off = c.range.start().to_u32();
                self.add(c.name.as_str(), DEF_LOCAL, off);
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                let line = (self.lines)(off);
                self.push(ScopeKind::Class, c.name.as_str(), node_key(c), line);
                self.stmts(&c.body);
                self.stack.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t);
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.expr(t);
                }
                self.expr(&a.value);
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target);
                if let Expr::Name(n) = &*a.target {
                    self.add(n.id.as_str(), USE, n.range.start().to_u32());
                }
                self.expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    self.add(n.id.as_str(), DEF_LOCAL, n.range.start().to_u32());
                } else {
                    self.expr(&a.target);
                }
                if !self.cur().is_function_like() {
                    self.expr(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                }
            }
            Stmt::For(f) => {
                self.expr(&f.target);
                self.expr(&f.iter);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.add(n.as_str(), DEF_LOCAL, n.range.start().to_u32());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.as_str().split('.').next().unwrap(),
                    };
                    self.add(name, DEF_LOCAL, a.range.start().to_u32());
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.err("import * only allowed at module level".into(), i.range.start().to_u32());
                        }
                        continue;
                    }
                    let name = a.asname.as_ref().unwrap_or(&a.name);
                    self.add(name.as_str(), DEF_LOCAL, a.range.start().to_u32());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.add(n.as_str(), DEF_GLOBAL, n.range.start().to_u32());
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    self.err_range(
                        "nonlocal declaration not allowed at module level".into(),
                        g.range.start().to_u32(),
                        g.range.end().to_u32(),
                    );
                }
                for n in &g.names {
                    self.add(n.as_str(), DEF_NONLOCAL, n.range.start().to_u32());
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::TypeAlias(t) => {
                self.expr(&t.name);
                self.expr(&t.value);
            }
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.add(r.as_str(), DEF_LOCAL, r.range.start().to_u32());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.arguments.patterns.iter().for_each(|p| self.pattern(p));
                c.arguments.keywords.iter().for_each(|k| self.pattern(&k.pattern));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add(n.as_str(), DEF_LOCAL, n.range.start().to_u32());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.add(n.as_str(), DEF_LOCAL, n.range.start().to_u32());
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn comprehension(&mut self, key: usize, name: &str, gens: &[ast::Comprehension], elts: &[&Expr], off: u32) {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&gens[0].iter);
        let line = (self.lines)(off);
        self.push(ScopeKind::Comprehension, name, key, line);
        self.add(".0", DEF_PARAM, off);
        self.cur().params.push(".0".into());
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.expr(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        if gens.iter().any(|g| g.is_async) {
            self.cur().is_coroutine = true;
        }
        let is_genexp = name == "<genexpr>";
        if is_genexp {
            self.cur().is_generator = true;
        }
        // A list/set/dict comprehension that awaits is awaited by its
        // enclosing scope, which so awaits too (CPython 3.11's symtable).
        let awaits = self.cur().is_coroutine && !is_genexp;
        self.stack.pop();
        if awaits {
            self.cur().is_coroutine = true;
        }
    }

    fn expr(&mut self, e: &Expr) {
        if self.depth >= MAX_EXPR_DEPTH {
            if self.error.is_none() {
                let at = e.range().start().to_u32();
                self.error = Some(SymtableError {
                    kind: super::ErrorKind::Recursion,
                    msg: "maximum recursion depth exceeded during compilation".into(),
                    offset: at,
                    end: at,
                });
            }
            return;
        }
        self.depth += 1;
        self.expr_node(e);
        self.depth -= 1;
    }

    fn expr_node(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                let off = n.range.start().to_u32();
                let flag = match n.ctx {
                    ast::ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add(n.id.as_str(), flag, off);
                if n.ctx == ast::ExprContext::Load && n.id.as_str() == "super" {
                    self.cur().needs_class_cell = true;
                }
                if n.id.as_str() == "__class__" {
                    self.cur().needs_class_cell = true;
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value);
                // A walrus in a comprehension binds in the nearest enclosing non-comprehension scope.
                if let Expr::Name(t) = &*n.target {
                    let off = t.range.start().to_u32();
                    if self.cur().kind == ScopeKind::Comprehension {
                        let mut target_idx = None;
                        for &i in self.stack.iter().rev() {
                            if self.tables[i].kind != ScopeKind::Comprehension {
                                target_idx = Some(i);
                                break;
                            }
                        }
                        let ti = target_idx.unwrap();
                        if self.tables[ti].kind == ScopeKind::Class {
                            self.err(
                                "assignment expression within a comprehension cannot be used in a class body".into(),
                                off,
                            );
                            return;
                        }
                        let name: Rc<str> = t.id.as_str().into();
                        let is_module = self.tables[ti].kind == ScopeKind::Module;
                        {
                            let t2 = &mut self.tables[ti];
                            let fl = t2.flags.entry(name.clone()).or_insert(0);
                            if *fl == 0 {
                                t2.order.push(name.clone());
                            }
                            *fl |= DEF_LOCAL | DEF_COMP_ITER;
                        }
                        // Inside each comprehension on the way, the name is nonlocal/global.
                        let depth = self.stack.len();
                        for k in (0..depth).rev() {
                            let i = self.stack[k];
                            if i == ti {
                                break;
                            }
                            let flag = if is_module { DEF_GLOBAL } else { DEF_NONLOCAL };
                            let t3 = &mut self.tables[i];
                            let fl = t3.flags.entry(name.clone()).or_insert(0);
                            if *fl == 0 {
                                t3.order.push(name.clone());
                            }
                            *fl |= flag;
                        }
                    } else {
                        self.add(t.id.as_str(), DEF_LOCAL, off);
                    }
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p);
                }
                let off = l.range.start().to_u32();
                let line = (self.lines)(off);
                self.push(ScopeKind::Lambda, "<lambda>", node_key(l), line);
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body);
                self.stack.pop();
            }
            Expr::ListComp(c) => {
                self.comprehension(node_key(c), "<listcomp>", &c.generators, &[&c.elt], c.range.start().to_u32())
            }
            Expr::SetComp(c) => {
                self.comprehension(node_key(c), "<setcomp>", &c.generators, &[&c.elt], c.range.start().to_u32())
            }
            Expr::Generator(c) => {
                self.comprehension(node_key(c), "<genexpr>", &c.generators, &[&c.elt], c.range.start().to_u32())
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(node_key(c), "<dictcomp>", &c.generators, &elts, c.range.start().to_u32())
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range.start().to_u32());
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range.start().to_u32());
                self.expr(&y.value);
            }
            Expr::Await(a) => {
                self.expr(&a.value);
                self.cur().is_coroutine = true;
            }
            _ => walk_children(e, &mut |c| self.expr(c)),
        }
    }

    fn mark_generator(&mut self, off: u32) {
        let kind = self.cur().kind;
        match kind {
            ScopeKind::Module | ScopeKind::Class => self.err("'yield' outside function".into(), off),
            ScopeKind::Comprehension if self.cur().name.as_ref() != "<genexpr>" => {
                self.err("'yield' inside list comprehension".into(), off)
            }
            _ => self.cur().is_generator = true,
        }
    }
}

/// Calls `f` on each direct sub-expression of `e` for the expression kinds that
/// need no special scoping treatment.
pub fn walk_children<'e>(e: &'e Expr, f: &mut dyn FnMut(&'e Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(|v| f(v)),
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right)
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::If(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse)
        }
        Expr::Dict(d) => d.items.iter().for_each(|it| {
            if let Some(k) = &it.key {
                f(k)
            }
            f(&it.value)
        }),
        Expr::Set(s) => s.elts.iter().for_each(|v| f(v)),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(|v| f(v))
        }
        Expr::Call(c) => {
            f(&c.func);
            c.arguments.args.iter().for_each(|v| f(v));
            c.arguments.keywords.iter().for_each(|k| f(&k.value))
        }
        Expr::FString(s) => {
            for part in s.value.as_slice() {
                if let ast::FStringPart::FString(fs) = part {
                    walk_fstring_elements(&fs.elements, f);
                }
            }
        }
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice)
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(|v| f(v)),
        Expr::Tuple(t) => t.elts.iter().for_each(|v| f(v)),
        Expr::Slice(s) => {
            for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                f(p)
            }
        }
        Expr::Await(a) => f(&a.value),
        _ => {}
    }
}

fn walk_fstring_elements<'e>(els: &'e ast::InterpolatedStringElements, f: &mut dyn FnMut(&'e Expr)) {
    for el in els.iter() {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            f(&i.expression);
            if let Some(spec) = &i.format_spec {
                walk_fstring_elements(&spec.elements, f);
            }
        }
    }
}

/// Resolve every name of table `idx`. `enclosing` holds the names bound in
/// enclosing function scopes (available as free variables); returns the set
/// of free names this scope needs from outside.
fn analyze(
    tables: &mut Vec<SymbolTable>,
    idx: usize,
    enclosing: &[Rc<str>],
) -> Result<Vec<Rc<str>>, SymtableError> {
    let kind = tables[idx].kind;
    let is_func = tables[idx].is_function_like();
    let mut scopes: HashMap<Rc<str>, Scope> = HashMap::new();
    let mut local_names: Vec<Rc<str>> = Vec::new();

    let names: Vec<(Rc<str>, u8)> =
        tables[idx].order.iter().map(|n| (n.clone(), tables[idx].flags[n])).collect();
    for (name, fl) in &names {
        if fl & DEF_GLOBAL != 0 {
            scopes.insert(name.clone(), Scope::GlobalExplicit);
        } else if fl & DEF_NONLOCAL != 0 {
            if !enclosing.contains(name) {
                return Err(SymtableError {
                    kind: super::ErrorKind::Syntax,
                    msg: format!("no binding for nonlocal '{}' found", name),
                    offset: 0,
                    end: 0,
                });
            }
            scopes.insert(name.clone(), Scope::Free);
        } else if fl & (DEF_LOCAL | DEF_PARAM) != 0 {
            scopes.insert(name.clone(), Scope::Local);
            local_names.push(name.clone());
        }
    }

    // Names bound here are visible to nested functions (but class-scope names are not).
    let mut child_enclosing: Vec<Rc<str>> = enclosing.to_vec();
    if is_func {
        for n in &local_names {
            if !child_enclosing.contains(n) {
                child_enclosing.push(n.clone());
            }
        }
        // Nonlocal names are also bindings of some enclosing scope: visible further in.
    }
    if kind == ScopeKind::Class {
        // Methods may refer to the implicit __class__ cell.
        child_enclosing.push("__class__".into());
    }

    let children = tables[idx].children.clone();
    let mut child_free: Vec<Rc<str>> = Vec::new();
    for c in children {
        let free = analyze(tables, c, &child_enclosing)?;
        for f in free {
            if !child_free.contains(&f) {
                child_free.push(f);
            }
        }
    }

    let mut my_free: Vec<Rc<str>> = Vec::new();
    for f in child_free {
        if kind == ScopeKind::Class && &*f == "__class__" {
            scopes.insert(f.clone(), Scope::Cell);
            continue;
        }
        match scopes.get(&f).copied() {
            Some(Scope::Local) if is_func => {
                scopes.insert(f.clone(), Scope::Cell);
            }
            Some(Scope::Cell) => {}
            Some(Scope::Free) => {
                if !my_free.contains(&f) {
                    my_free.push(f.clone());
                }
            }
            Some(Scope::GlobalExplicit) | Some(Scope::GlobalImplicit) => {}
            Some(Scope::Local) => {
                // A class-scope binding does not satisfy a nested function: look further out.
                if enclosing.contains(&f) {
                    if !my_free.contains(&f) {
                        my_free.push(f.clone());
                    }
                    // The class body itself still uses its own local binding;
                    // the child's reference goes through the class's free var.
                    tables[idx].extra_free.push(f.clone());
                }
            }
            None => {
                if enclosing.contains(&f) {
                    scopes.insert(f.clone(), Scope::Free);
                    if !my_free.contains(&f) {
                        my_free.push(f.clone());
                    }
                }
            }
        }
    }

    // Uses that are not bound here.
    for (name, fl) in &names {
        if scopes.contains_key(name) {
            if scopes[name] == Scope::Free && !my_free.contains(name) {
                my_free.push(name.clone());
            }
            continue;
        }
        if fl & USE != 0 {
            if (is_func || kind == ScopeKind::Class) && enclosing.contains(name) {
                scopes.insert(name.clone(), Scope::Free);
                if !my_free.contains(name) {
                    my_free.push(name.clone());
                }
            } else {
                scopes.insert(name.clone(), if is_func { Scope::GlobalImplicit } else { Scope::Local });
            }
        }
    }

    // A method referring to super/__class__ needs the class cell as a free var.
    if tables[idx].needs_class_cell && is_func && enclosing.iter().any(|n| &**n == "__class__") {
        scopes.insert("__class__".into(), Scope::Free);
        if !my_free.iter().any(|n| &**n == "__class__") {
            my_free.push("__class__".into());
        }
    }
    tables[idx].scopes = scopes;
    Ok(my_free)
}
