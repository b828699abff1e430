//! Statements and statement lists, including the alternative syntax
//! (`if (...): ... endif;`) and the loop-control checks php's compiler makes.

use super::expr::can_start_expr;
use super::names::NameKind;
use super::{PResult, Parser, WriteUse};
use crate::ast::{Catch, Expr, ExprKind, Stmt, StmtKind, TypeHint};
use crate::lexer::Tk;

/// Where a statement list ends.
#[derive(Clone, Copy)]
pub(super) enum ListEnd {
    /// The end of the file.
    Top,
    /// A `}`.
    Brace,
    /// The `}` of `namespace A { ... }`, inside which top-level statements go.
    NamespaceBlock,
    /// One of `terminators` (alternative syntax); `expecting` is what php
    /// lists when a statement cannot start there.
    Alt {
        terminators: &'static [Tk],
        expecting: &'static [Tk],
    },
}

const IF_BLOCK_END: &[Tk] = &[Tk::Elseif, Tk::Else, Tk::Endif];

/// Whether a token can begin a statement; `top` adds the top-level-only ones.
fn can_start_statement(kind: Tk, top: bool) -> bool {
    use Tk::*;
    can_start_expr(kind)
        || matches!(
            kind,
            LBrace
                | If
                | While
                | Do
                | For
                | Foreach
                | Switch
                | Break
                | Continue
                | Return
                | Global
                | Echo
                | InlineHtml
                | Unset
                | Semicolon
                | CloseTag
                | Try
                | Goto
                | Declare
                | Abstract
                | Final
                | Readonly
                | Class
                | Interface
                | Trait
                | Enum
                | HaltCompiler
        )
        || (top && matches!(kind, Const | Namespace | Use))
}

impl Parser<'_> {
    pub(super) fn parse_top_statements(&mut self) -> PResult<Vec<Stmt>> {
        self.parse_statement_list(ListEnd::Top)
    }

    /// Statements up to (not including) the list's end.
    pub(super) fn parse_statement_list(&mut self, end: ListEnd) -> PResult<Vec<Stmt>> {
        let top = matches!(end, ListEnd::Top | ListEnd::NamespaceBlock);
        let mut stmts = Vec::new();
        loop {
            let kind = self.kind();
            let (at_end, expecting): (bool, &[Tk]) = match end {
                ListEnd::Top => (kind == Tk::End, &[Tk::End]),
                ListEnd::Brace | ListEnd::NamespaceBlock => (kind == Tk::RBrace, &[]),
                ListEnd::Alt {
                    terminators,
                    expecting,
                } => (terminators.contains(&kind), expecting),
            };
            if at_end {
                return Ok(stmts);
            }
            if !can_start_statement(kind, top) {
                return self.expected(expecting);
            }
            if top && kind == Tk::Namespace && self.nth_kind(1) != Tk::NsSeparator {
                // A braced namespace's statements are top-level ones.
                stmts.extend(self.parse_namespace()?);
                continue;
            }
            let at = self.pos;
            if let Some(stmt) = self.parse_statement(top, true)? {
                if top && !matches!(kind, Tk::Declare | Tk::Semicolon | Tk::HaltCompiler) {
                    self.code_outside_namespace(stmt.line, at);
                }
                stmts.push(stmt);
            }
        }
    }

    /// One statement; None for a bare `?>`. Function and class declarations
    /// are allowed in lists but not as the body of `if`, `while`...
    fn parse_statement(&mut self, top: bool, declarations: bool) -> PResult<Option<Stmt>> {
        self.enter()?;
        let result = self.parse_statement_inner(top, declarations);
        self.leave();
        result
    }

    fn parse_statement_inner(&mut self, top: bool, declarations: bool) -> PResult<Option<Stmt>> {
        let line = self.line();
        self.compile_line = line;
        let kind = match self.kind() {
            Tk::LBrace => {
                self.bump();
                let body = self.parse_statement_list(ListEnd::Brace)?;
                self.bump();
                StmtKind::Block(body)
            }
            Tk::If => self.parse_if()?,
            Tk::While => self.parse_while()?,
            Tk::Do => self.parse_do_while()?,
            Tk::For => self.parse_for()?,
            Tk::Foreach => self.parse_foreach()?,
            Tk::Switch => self.parse_switch()?,
            Tk::Break | Tk::Continue => self.parse_break_continue()?,
            Tk::Return => {
                let start = self.pos;
                self.bump();
                let value = if can_start_expr(self.kind()) {
                    Some(self.parse_expr()?)
                } else {
                    None
                };
                self.expect_semicolon(&[Tk::Semicolon])?;
                self.check_return(value.as_ref(), line, start);
                StmtKind::Return(value)
            }
            Tk::Global => self.parse_global()?,
            Tk::Static if self.nth_kind(1) == Tk::Variable => self.parse_static_vars()?,
            Tk::Echo => {
                self.bump();
                let mut exprs = Vec::new();
                loop {
                    exprs.push(self.parse_expr()?);
                    if !self.eat(Tk::Comma) {
                        break;
                    }
                }
                self.expect_semicolon(&[Tk::Comma, Tk::Semicolon])?;
                StmtKind::Echo(exprs)
            }
            Tk::InlineHtml => StmtKind::InlineHtml(self.bump().bytes().to_vec()),
            Tk::Unset => self.parse_unset()?,
            Tk::Semicolon => {
                self.bump();
                StmtKind::Nop
            }
            Tk::CloseTag => {
                self.bump();
                return Ok(None);
            }
            Tk::Try => self.parse_try()?,
            Tk::Goto => {
                self.bump();
                let t = self.expect(Tk::Ident, &[Tk::Ident])?;
                let label = t.bytes().to_vec();
                self.expect_semicolon(&[Tk::Semicolon])?;
                StmtKind::Goto(label)
            }
            Tk::Declare => {
                let first = top && self.nothing_before();
                self.parse_declare(first)?
            }
            Tk::Function if self.nth_kind(1) != Tk::LParen && !self.is_closure_by_ref() => {
                if !declarations {
                    // php's grammar only allows a closure here.
                    self.bump();
                    if matches!(self.kind(), Tk::AmpFollowedByVar | Tk::AmpNotFollowedByVar) {
                        self.bump();
                    }
                    return self.expected(&[Tk::LParen]);
                }
                StmtKind::FunctionDecl(self.parse_function_decl()?)
            }
            Tk::Abstract | Tk::Final | Tk::Readonly | Tk::Class if declarations => {
                StmtKind::ClassDecl(self.parse_class_decl()?)
            }
            Tk::Interface | Tk::Trait | Tk::Enum if declarations => self.parse_class_like()?,
            Tk::Use if top => self.parse_use()?,
            Tk::Const if top => self.parse_const()?,
            Tk::HaltCompiler if top => return self.parse_halt_compiler().map(Some),
            Tk::HaltCompiler => {
                return self.fatal_now(
                    "__HALT_COMPILER() can only be used from the outermost scope",
                    line,
                )
            }
            Tk::Attribute => {
                self.parse_attributes()?;
                return self.parse_statement_inner(top, declarations);
            }
            Tk::Ident if self.nth_kind(1) == Tk::Colon => {
                let label = self.bump().bytes().to_vec();
                self.bump();
                StmtKind::Label(label)
            }
            kind if can_start_expr(kind) => {
                let e = self.parse_expr()?;
                self.expect_semicolon(&[])?;
                StmtKind::Expr(e)
            }
            _ => return self.unexpected(),
        };
        Ok(Some(Stmt { kind, line }))
    }

    /// What php's compiler checks of a `return` against the return type.
    fn check_return(&mut self, value: Option<&Expr>, line: u32, at: usize) {
        let Some(ret) = &self.scope.return_type else {
            return;
        };
        let names: Vec<Vec<u8>> = match ret {
            TypeHint::Named(n) | TypeHint::Nullable(n) => vec![n.to_ascii_lowercase()],
            TypeHint::Union(ns) => ns.iter().map(|n| n.to_ascii_lowercase()).collect(),
        };
        let has = |name: &[u8]| names.iter().any(|n| n == name);
        let allows_null = matches!(ret, TypeHint::Nullable(_)) || has(b"null") || has(b"mixed");
        let message = if has(b"void") {
            match value.map(|v| &v.kind) {
                None => return,
                Some(ExprKind::Null) => "A void function must not return a value (did you mean \"return;\" instead of \"return null;\"?)",
                Some(_) => "A void function must not return a value",
            }
        } else if has(b"never") {
            "A never-returning function must not return"
        } else if value.is_some() || self.scope.yields {
            return;
        } else if allows_null {
            "A function with return type must return a value (did you mean \"return null;\" instead of \"return;\"?)"
        } else {
            "A function with return type must return a value"
        };
        if !has(b"void") && !has(b"never") {
            self.scope.return_errors.push(at);
        }
        self.fatal_later(message, line, at);
    }

    /// `function &(` starts a closure, not a declaration.
    fn is_closure_by_ref(&self) -> bool {
        matches!(
            self.nth_kind(1),
            Tk::AmpFollowedByVar | Tk::AmpNotFollowedByVar
        ) && self.nth_kind(2) == Tk::LParen
    }

    /// The body of `if`, `while`...: one statement, a `{}` block unwrapped.
    pub(super) fn parse_body(&mut self) -> PResult<Vec<Stmt>> {
        if !can_start_statement(self.kind(), false) {
            return self.unexpected();
        }
        match self.parse_statement(false, false)? {
            Some(Stmt {
                kind: StmtKind::Block(stmts),
                ..
            }) => Ok(stmts),
            Some(stmt) => Ok(vec![stmt]),
            None => Ok(Vec::new()),
        }
    }

    fn parse_loop_body(&mut self, alt_end: Tk) -> PResult<Vec<Stmt>> {
        self.loop_depth += 1;
        let body = if self.eat(Tk::Colon) {
            self.parse_alt_block(alt_end)
        } else {
            self.parse_body()
        };
        self.loop_depth -= 1;
        body
    }

    /// `: statements endX;` after the colon.
    fn parse_alt_block(&mut self, end: Tk) -> PResult<Vec<Stmt>> {
        let terminators: &'static [Tk] = match end {
            Tk::Endwhile => &[Tk::Endwhile],
            Tk::Endfor => &[Tk::Endfor],
            Tk::Endforeach => &[Tk::Endforeach],
            _ => &[Tk::Endif],
        };
        let body = self.parse_statement_list(ListEnd::Alt {
            terminators,
            expecting: &[],
        })?;
        self.bump();
        self.expect_semicolon(&[Tk::Semicolon])?;
        Ok(body)
    }

    /// `(expr)` after `if`, `while`...
    fn parse_paren_cond(&mut self) -> PResult<Expr> {
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let cond = self.parse_expr()?;
        self.expect(Tk::RParen, &[])?;
        Ok(cond)
    }

    fn parse_if(&mut self) -> PResult<StmtKind> {
        self.bump();
        let cond = self.parse_paren_cond()?;
        if self.eat(Tk::Colon) {
            return self.parse_alt_if(cond);
        }
        let then = self.parse_body()?;
        let mut elseifs = Vec::new();
        let mut else_ = None;
        loop {
            match self.kind() {
                Tk::Elseif => {
                    self.bump();
                    let cond = self.parse_paren_cond()?;
                    elseifs.push((cond, self.parse_body()?));
                }
                Tk::Else => {
                    self.bump();
                    else_ = Some(self.parse_body()?);
                    break;
                }
                _ => break,
            }
        }
        Ok(StmtKind::If {
            cond,
            then,
            elseifs,
            else_,
        })
    }

    /// `if (cond): ... elseif (cond): ... else: ... endif;` after the first colon.
    fn parse_alt_if(&mut self, cond: Expr) -> PResult<StmtKind> {
        let block = ListEnd::Alt {
            terminators: IF_BLOCK_END,
            expecting: IF_BLOCK_END,
        };
        let then = self.parse_statement_list(block)?;
        let mut elseifs = Vec::new();
        let mut else_ = None;
        loop {
            match self.kind() {
                Tk::Elseif => {
                    self.bump();
                    let cond = self.parse_paren_cond()?;
                    self.expect(Tk::Colon, &[Tk::Colon])?;
                    elseifs.push((cond, self.parse_statement_list(block)?));
                }
                Tk::Else => {
                    self.bump();
                    self.expect(Tk::Colon, &[Tk::Colon])?;
                    else_ = Some(self.parse_statement_list(ListEnd::Alt {
                        terminators: &[Tk::Endif],
                        expecting: &[],
                    })?);
                    break;
                }
                _ => break,
            }
        }
        self.expect(Tk::Endif, &[Tk::Endif])?;
        self.expect_semicolon(&[Tk::Semicolon])?;
        Ok(StmtKind::If {
            cond,
            then,
            elseifs,
            else_,
        })
    }

    fn parse_while(&mut self) -> PResult<StmtKind> {
        self.bump();
        let cond = self.parse_paren_cond()?;
        let body = self.parse_loop_body(Tk::Endwhile)?;
        Ok(StmtKind::While { cond, body })
    }

    fn parse_do_while(&mut self) -> PResult<StmtKind> {
        self.bump();
        self.loop_depth += 1;
        let body = self.parse_body();
        self.loop_depth -= 1;
        let body = body?;
        self.expect(Tk::While, &[Tk::While])?;
        let cond = self.parse_paren_cond()?;
        self.expect_semicolon(&[Tk::Semicolon])?;
        Ok(StmtKind::DoWhile { body, cond })
    }

    fn parse_for(&mut self) -> PResult<StmtKind> {
        self.bump();
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let init = self.parse_for_exprs()?;
        self.expect_semicolon(&[Tk::Semicolon])?;
        let cond = self.parse_for_exprs()?;
        self.expect_semicolon(&[Tk::Semicolon])?;
        let step = self.parse_for_exprs()?;
        self.expect(Tk::RParen, &[Tk::RParen])?;
        let body = self.parse_loop_body(Tk::Endfor)?;
        Ok(StmtKind::For {
            init,
            cond,
            step,
            body,
        })
    }

    /// A possibly empty comma list of expressions in `for (...)`.
    fn parse_for_exprs(&mut self) -> PResult<Vec<Expr>> {
        let mut exprs = Vec::new();
        if !can_start_expr(self.kind()) {
            return Ok(exprs);
        }
        loop {
            exprs.push(self.parse_expr()?);
            if !self.eat(Tk::Comma) {
                return Ok(exprs);
            }
        }
    }

    fn parse_foreach(&mut self) -> PResult<StmtKind> {
        self.bump();
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let subject = self.parse_expr()?;
        self.expect(Tk::As, &[])?;
        let first_start = self.pos;
        let (first, first_by_ref) = self.parse_foreach_target()?;
        let after_target = [
            Tk::ObjectOperator,
            Tk::NullsafeObjectOperator,
            Tk::LBrace,
            Tk::LBracket,
        ];
        if !matches!(self.kind(), Tk::DoubleArrow | Tk::RParen) {
            return self.expected(&after_target);
        }
        let (key, value, by_ref) = if self.eat(Tk::DoubleArrow) {
            if first_by_ref {
                self.fatal_later("Key element cannot be a reference", first.line, first_start);
            }
            let (value, by_ref) = self.parse_foreach_target()?;
            (Some(first), value, by_ref)
        } else {
            (None, first, first_by_ref)
        };
        self.expect(Tk::RParen, &after_target)?;
        let body = self.parse_loop_body(Tk::Endforeach)?;
        Ok(StmtKind::Foreach {
            subject,
            key,
            value,
            by_ref,
            body,
        })
    }

    fn parse_foreach_target(&mut self) -> PResult<(Expr, bool)> {
        let start = self.pos;
        let by_ref = matches!(self.kind(), Tk::AmpFollowedByVar | Tk::AmpNotFollowedByVar);
        if by_ref {
            self.bump();
        }
        if matches!(self.kind(), Tk::LBracket | Tk::List) {
            let line = self.line();
            let list_start = self.pos;
            let target = if self.kind() == Tk::List {
                self.parse_list(true)?
            } else {
                self.bump();
                let items = self.parse_destructuring_items(Tk::RBracket)?;
                Expr {
                    kind: ExprKind::List(items),
                    line,
                }
            };
            if let ExprKind::List(items) = &target.kind {
                self.check_list(items, line, list_start);
            }
            return Ok((target, by_ref));
        }
        let target_start = self.pos;
        let target = self.parse_variable()?;
        self.append_written(target_start);
        self.check_writable(&target, start);
        Ok((target, by_ref))
    }

    fn parse_break_continue(&mut self) -> PResult<StmtKind> {
        let start = self.pos;
        let t = self.bump();
        let line = t.line;
        let word = if t.kind == Tk::Break {
            "break"
        } else {
            "continue"
        };
        let mut levels = 1u32;
        let mut operand_error = None;
        if can_start_expr(self.kind()) {
            let operand = self.parse_expr()?;
            match operand.kind {
                ExprKind::Int(n) if n >= 1 => levels = u32::try_from(n).unwrap_or(u32::MAX),
                ExprKind::Int(_) | ExprKind::Float(_) => {
                    operand_error =
                        Some(format!("'{word}' operator accepts only positive integers"))
                }
                _ => {
                    operand_error = Some(format!(
                        "'{word}' operator with non-integer operand is no longer supported"
                    ))
                }
            }
        }
        self.expect_semicolon(&[Tk::Semicolon])?;
        if let Some(message) = operand_error {
            self.fatal_later(message, line, start);
        } else if self.loop_depth == 0 {
            self.fatal_later(
                format!("'{word}' not in the 'loop' or 'switch' context"),
                line,
                start,
            );
        } else if levels > self.loop_depth {
            let plural = if levels == 1 { "" } else { "s" };
            self.fatal_later(
                format!("Cannot '{word}' {levels} level{plural}"),
                line,
                start,
            );
        }
        Ok(if t.kind == Tk::Break {
            StmtKind::Break(levels)
        } else {
            StmtKind::Continue(levels)
        })
    }

    fn parse_global(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            match self.kind() {
                Tk::Variable => {
                    let at = self.pos;
                    let t = self.bump();
                    if t.bytes() == b"this" {
                        self.fatal_later("Cannot use $this as global variable", t.line, at);
                    }
                    names.push(Expr {
                        kind: ExprKind::Var(t.bytes().to_vec()),
                        line: t.line,
                    });
                }
                Tk::Dollar => names.push(self.parse_simple_variable()?),
                _ => return self.expected(&[Tk::Variable, Tk::Dollar]),
            }
            if !self.eat(Tk::Comma) {
                break;
            }
        }
        self.expect_semicolon(&[Tk::Comma, Tk::Semicolon])?;
        Ok(StmtKind::Global(names))
    }

    fn parse_static_vars(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut vars = Vec::new();
        loop {
            let at = self.pos;
            let t = self.expect(Tk::Variable, &[Tk::Variable])?;
            if t.bytes() == b"this" {
                self.fatal_later("Cannot use $this as static variable", t.line, at);
            }
            let default = if self.eat(Tk::Eq) {
                Some(self.parse_expr()?)
            } else {
                None
            };
            vars.push((t.bytes().to_vec(), default));
            if !self.eat(Tk::Comma) {
                break;
            }
        }
        self.expect_semicolon(&[Tk::Comma, Tk::Semicolon])?;
        Ok(StmtKind::Static(vars))
    }

    fn parse_unset(&mut self) -> PResult<StmtKind> {
        self.bump();
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let mut targets = Vec::new();
        loop {
            let at = self.pos;
            let target = self.parse_variable()?;
            if matches!(&target.kind, ExprKind::Var(name) if name == b"this") {
                self.fatal_later("Cannot unset $this", target.line, at);
            }
            self.check_write_context(&target, WriteUse::Unset, at);
            if self.append_written(at) {
                self.fatal_later("Cannot use [] for unsetting", target.line, at);
            }
            targets.push(target);
            if self.eat(Tk::Comma) {
                if self.kind() == Tk::RParen {
                    break;
                }
                continue;
            }
            if self.kind() != Tk::RParen {
                return self.expected(&[
                    Tk::ObjectOperator,
                    Tk::NullsafeObjectOperator,
                    Tk::LBrace,
                    Tk::LBracket,
                ]);
            }
            break;
        }
        self.bump();
        self.expect_semicolon(&[Tk::Semicolon])?;
        Ok(StmtKind::Unset(targets))
    }

    fn parse_const(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut consts = Vec::new();
        loop {
            let at = self.pos;
            let t = self.expect(Tk::Ident, &[Tk::Ident])?;
            let name = self.declare_name(NameKind::Const, t.bytes(), t.line, at);
            self.expect(Tk::Eq, &[Tk::Eq])?;
            consts.push((name, self.parse_expr()?));
            if !self.eat(Tk::Comma) {
                break;
            }
        }
        self.expect_semicolon(&[Tk::Comma, Tk::Semicolon])?;
        Ok(StmtKind::Const(consts))
    }

    /// A `{ ... }` block after `try`, `catch` or `finally`.
    fn parse_braced_block(&mut self) -> PResult<Vec<Stmt>> {
        self.expect(Tk::LBrace, &[Tk::LBrace])?;
        let body = self.parse_statement_list(ListEnd::Brace)?;
        self.bump();
        Ok(body)
    }

    fn parse_try(&mut self) -> PResult<StmtKind> {
        let start = self.pos;
        let line = self.bump().line;
        let body = self.parse_braced_block()?;
        let mut catches = Vec::new();
        while self.kind() == Tk::Catch {
            let catch_line = self.bump().line;
            self.expect(Tk::LParen, &[Tk::LParen])?;
            let mut types = Vec::new();
            loop {
                match self.kind() {
                    Tk::Ident | Tk::NameFullyQualified | Tk::NameQualified | Tk::NameRelative => {
                        let t = self.bump();
                        types.push(self.name_from(&t)?);
                    }
                    Tk::Static => {
                        self.bump();
                        types.push(b"static".to_vec());
                    }
                    _ => return self.unexpected(),
                }
                if !self.eat(Tk::Pipe) {
                    break;
                }
            }
            let var = if self.kind() == Tk::Variable {
                let at = self.pos;
                let t = self.bump();
                if t.bytes() == b"this" {
                    self.fatal_later("Cannot re-assign $this", t.line, at);
                }
                Some(t.bytes().to_vec())
            } else {
                None
            };
            self.expect(Tk::RParen, &[Tk::RParen])?;
            let body = self.parse_braced_block()?;
            catches.push(Catch {
                types,
                var,
                body,
                line: catch_line,
            });
        }
        let finally = if self.eat(Tk::Finally) {
            Some(self.parse_braced_block()?)
        } else {
            None
        };
        if catches.is_empty() && finally.is_none() {
            self.fatal_later("Cannot use try without catch or finally", line, start);
        }
        Ok(StmtKind::Try {
            body,
            catches,
            finally,
        })
    }
}
