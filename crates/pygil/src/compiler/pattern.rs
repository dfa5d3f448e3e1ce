//! `match` statements (PEP 634).
//!
//! The subject stays on the stack while the cases are tried; each case
//! matches against a copy. A pattern consumes the value on top of the stack:
//! on success it leaves nothing, on failure it jumps to a trampoline that
//! pops whatever else the pattern had pushed and goes on to the next case.
//! Names are bound as soon as their sub-pattern matches (PEP 634 leaves the
//! bindings of a failed match unspecified).

use super::{CResult, Compiler, Label};
use crate::bytecode::{Const, Op};
use ruff_python_ast::{self as ast, Pattern};


/// A failure destination: pop `pops` values, then jump to `to`.
struct Fail {
    label: Label,
    pops: u32,
    to: Label,
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let d = self.depth();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            self.set_line(case.range.start().to_u32());
            let last = i + 1 == n;
            if !last && case.pattern.is_irrefutable() && case.guard.is_none() {
                let msg = match &case.pattern {
                    Pattern::MatchAs(a) if a.name.is_some() => {
                        format!("name capture '{}' makes remaining patterns unreachable", a.name.as_ref().unwrap().as_str())
                    }
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err((msg, case.range.start().to_u32(), case.range.end().to_u32()));
            }
            let next = self.new_label();
            let mut fails: Vec<Fail> = Vec::new();
            self.emit(Op::COPY, 1);
            self.pattern(&case.pattern, next, 0, &mut fails)?;
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.emit(Op::POP_TOP, 0);
            self.stmts(&case.body)?;
            self.jump(Op::JUMP_FORWARD, end);
            self.emit_fails(fails, d);
            self.bind(next);
            self.set_depth(d);
        }
        self.emit(Op::POP_TOP, 0);
        self.bind(end);
        self.set_depth(d - 1);
        Ok(())
    }

    fn emit_fails(&mut self, fails: Vec<Fail>, base: i32) {
        for f in fails {
            self.bind(f.label);
            self.set_depth(base + f.pops as i32);
            for _ in 0..f.pops {
                self.emit(Op::POP_TOP, 0);
            }
            self.jump(Op::JUMP_FORWARD, f.to);
        }
    }

    /// A label that pops `pops` values and jumps to `to`.
    fn fail_label(&mut self, fails: &mut Vec<Fail>, pops: u32, to: Label) -> Label {
        if pops == 0 {
            return to;
        }
        let label = self.new_label();
        fails.push(Fail { label, pops, to });
        label
    }

    /// Match the value on top of the stack against `p`, consuming it.
    /// On failure jump to `to` after popping the value and `extra` more.
    fn pattern(&mut self, p: &'a Pattern, to: Label, extra: u32, fails: &mut Vec<Fail>) -> CResult {
        match p {
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.emit(Op::POP_TOP, 0),
                (None, Some(name)) => self.store_name(name.as_str()),
                (Some(sub), name) => {
                    if let Some(name) = name {
                        self.emit(Op::COPY, 1);
                        self.pattern(sub, to, extra + 1, fails)?;
                        self.store_name(name.as_str());
                    } else {
                        self.pattern(sub, to, extra, fails)?;
                    }
                }
            },
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::COMPARE_OP, 2);
                let l = self.fail_label(fails, extra, to);
                self.jump(Op::POP_JUMP_IF_FALSE, l);
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                };
                self.load_const(c);
                self.emit(Op::IS_OP, 0);
                let l = self.fail_label(fails, extra, to);
                self.jump(Op::POP_JUMP_IF_FALSE, l);
            }
            Pattern::MatchOr(o) => {
                let success = self.new_label();
                let d = self.depth();
                for (i, alt) in o.patterns.iter().enumerate() {
                    let last = i + 1 == o.patterns.len();
                    if last {
                        // The last alternative consumes the subject itself.
                        self.pattern(alt, to, extra, fails)?;
                    } else {
                        let next = self.new_label();
                        self.emit(Op::COPY, 1);
                        self.pattern(alt, next, 0, fails)?;
                        self.emit(Op::POP_TOP, 0);
                        self.jump(Op::JUMP_FORWARD, success);
                        self.bind(next);
                        self.set_depth(d);
                    }
                }
                self.bind(success);
                self.set_depth(d - 1);
            }
            Pattern::MatchSequence(s) => {
                let star = s.patterns.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
                let n = s.patterns.len() as i64;
                self.emit(Op::MATCH_SEQUENCE, 0);
                let l1 = self.fail_label(fails, extra + 1, to);
                self.jump(Op::POP_JUMP_IF_FALSE, l1);
                self.emit(Op::GET_LEN, 0);
                match star {
                    None => {
                        self.load_const(Const::Int(n));
                        self.emit(Op::COMPARE_OP, 2);
                    }
                    Some(_) => {
                        self.load_const(Const::Int(n - 1));
                        self.emit(Op::COMPARE_OP, 5);
                    }
                }
                // Stack: subject, length-ok
                let l2 = self.fail_label(fails, extra + 1, to);
                self.jump(Op::POP_JUMP_IF_FALSE, l2);
                match star {
                    None => self.emit(Op::UNPACK_SEQUENCE, n as u32),
                    Some(si) => {
                        let after = n as u32 - si as u32 - 1;
                        self.emit(Op::UNPACK_EX, si as u32 | (after << 8));
                    }
                }
                let count = s.patterns.len() as u32;
                for (i, sub) in s.patterns.iter().enumerate() {
                    let remaining = count - i as u32 - 1;
                    match sub {
                        Pattern::MatchStar(st) => match &st.name {
                            Some(name) => self.store_name(name.as_str()),
                            None => self.emit(Op::POP_TOP, 0),
                        },
                        _ => self.pattern(sub, to, extra + remaining, fails)?,
                    }
                }
            }
            Pattern::MatchMapping(m) => {
                self.emit(Op::MATCH_MAPPING, 0);
                let l1 = self.fail_label(fails, extra + 1, to);
                self.jump(Op::POP_JUMP_IF_FALSE, l1);
                let nkeys = m.keys.len();
                if nkeys > 0 {
                    self.emit(Op::GET_LEN, 0);
                    self.load_const(Const::Int(nkeys as i64));
                    self.emit(Op::COMPARE_OP, 5);
                    let l2 = self.fail_label(fails, extra + 1, to);
                    self.jump(Op::POP_JUMP_IF_FALSE, l2);
                }
                for k in m.keys.iter() {
                    self.expr(k)?;
                }
                self.emit(Op::BUILD_TUPLE, nkeys as u32);
                let with_rest = m.rest.is_some();
                self.emit(Op::MATCH_KEYS, with_rest as u32);
                // Stack: subject, keys, values-or-None [, rest]
                if with_rest {
                    self.emit(Op::SWAP, 2);
                }
                // Stack: subject, keys, [rest,] values
                self.emit(Op::COPY, 1);
                let base = extra + 3 + with_rest as u32;
                let l3 = self.fail_label(fails, base, to);
                self.jump(Op::POP_JUMP_IF_NONE, l3);
                self.emit(Op::UNPACK_SEQUENCE, nkeys as u32);
                for (i, sub) in m.patterns.iter().enumerate() {
                    let remaining = (nkeys - i - 1) as u32;
                    self.pattern(sub, to, extra + 2 + with_rest as u32 + remaining, fails)?;
                }
                if let Some(rest) = &m.rest {
                    self.store_name(rest.as_str());
                }
                self.emit(Op::POP_TOP, 0); // keys
                self.emit(Op::POP_TOP, 0); // subject
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                let names: Vec<Const> =
                    c.arguments.keywords.iter().map(|k| Const::Str(k.attr.as_str().into())).collect();
                self.load_const(Const::Tuple(names.into()));
                let npos = c.arguments.patterns.len();
                self.emit(Op::MATCH_CLASS, npos as u32);
                // Stack: attrs-tuple-or-None
                self.emit(Op::COPY, 1);
                let l1 = self.fail_label(fails, extra + 1, to);
                self.jump(Op::POP_JUMP_IF_NONE, l1);
                let total = npos + c.arguments.keywords.len();
                self.emit(Op::UNPACK_SEQUENCE, total as u32);
                let subs: Vec<&Pattern> = c
                    .arguments
                    .patterns
                    .iter()
                    .chain(c.arguments.keywords.iter().map(|k| &k.pattern))
                    .collect();
                for (i, sub) in subs.iter().enumerate() {
                    let remaining = (total - i - 1) as u32;
                    self.pattern(sub, to, extra + remaining, fails)?;
                }
            }
            Pattern::MatchStar(s) => {
                return Err(("can't use starred name here".into(), s.range.start().to_u32(), s.range.end().to_u32()));
            }
        }
        Ok(())
    }
}
