//! Constructs outside the supported subset, parsed for their syntax only.
//! Each is noted as unsupported and parsing goes on, so that a syntax error
//! later in the file is still reported, as php would report it.

use super::names::NameKind;
use super::stmt::ListEnd;
use super::{PResult, Parser, Scope};
use crate::ast::{
    ClassDecl, ClosureDecl, EnumCase, Expr, ExprKind, FunctionDecl, ListItem, MatchArm, Name,
    Param, Stmt, StmtKind, SwitchCase, TraitRule, TraitUse, TypeHint, Visibility,
};

/// php's auto-globals, which a closure cannot capture.
fn is_superglobal(name: &[u8]) -> bool {
    matches!(
        name,
        b"GLOBALS"
            | b"_SERVER"
            | b"_GET"
            | b"_POST"
            | b"_FILES"
            | b"_COOKIE"
            | b"_SESSION"
            | b"_REQUEST"
            | b"_ENV"
    )
}

fn closure_expr(func: FunctionDecl, uses: Vec<(Name, bool)>, is_static: bool, arrow: bool) -> Expr {
    let line = func.line;
    Expr {
        kind: ExprKind::Closure(Box::new(ClosureDecl {
            func,
            uses,
            is_static,
            arrow,
        })),
        line,
    }
}
use crate::lexer::Tk;

/// What stands in for an unsupported expression: the tree is never used.
pub(super) fn placeholder(line: u32) -> Expr {
    Expr {
        kind: ExprKind::Null,
        line,
    }
}

impl Parser<'_> {
    /// `[static] function [&](params) [use (...)] [: type] { body }`, at
    /// `function` (after any `static`).
    pub(super) fn parse_closure(&mut self, line: u32, is_static: bool) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        let by_ref_return = self.eat_ampersand();
        if self.kind() != Tk::LParen {
            return self.expected(&[Tk::LParen]);
        }
        // php does not check `self` and friends in closures while compiling.
        let closure_scope = Scope {
            class: self.scope.class.clone(),
            in_function: false,
            return_type: None,
            yields: false,
            in_body: true,
            return_errors: Vec::new(),
        };
        let outer_scope = std::mem::replace(&mut self.scope, closure_scope);
        let result = self.parse_closure_rest(line, start);
        let is_generator = std::mem::replace(&mut self.scope, outer_scope).yields;
        let (params, uses, ret, body, end_line) = result?;
        Ok(closure_expr(
            FunctionDecl {
                name: self.ns.declared_name(b"{closure}"),
                params,
                ret,
                by_ref_return,
                body,
                line,
                end_line,
                is_generator,
            },
            uses,
            is_static,
            false,
        ))
    }

    /// php's compile-time checks of one `use` variable.
    fn check_closure_use(
        &mut self,
        name: &[u8],
        params: &[Param],
        uses: &[(Name, bool)],
        line: u32,
        start: usize,
    ) {
        let text = String::from_utf8_lossy(name);
        let message = if name == b"this" {
            "Cannot use $this as lexical variable".to_string()
        } else if is_superglobal(name) {
            "Cannot use auto-global as lexical variable".to_string()
        } else if params.iter().any(|p| p.name == name) {
            format!("Cannot use lexical variable ${text} as a parameter name")
        } else if uses.iter().any(|(n, _)| n == name) {
            format!("Cannot use variable ${text} twice")
        } else {
            return;
        };
        self.fatal_later(message, line, start);
    }

    #[allow(clippy::type_complexity)]
    fn parse_closure_rest(
        &mut self,
        line: u32,
        start: usize,
    ) -> PResult<(
        Vec<Param>,
        Vec<(Name, bool)>,
        Option<TypeHint>,
        Vec<Stmt>,
        u32,
    )> {
        self.bump();
        let params = self.parse_params(line, start)?;
        let mut uses = Vec::new();
        if self.eat(Tk::Use) {
            self.expect(Tk::LParen, &[Tk::LParen])?;
            loop {
                let by_ref = self.eat_ampersand();
                let name = self.expect(Tk::Variable, &[Tk::Variable])?.bytes().to_vec();
                self.check_closure_use(&name, &params, &uses, line, start);
                uses.push((name, by_ref));
                if !self.eat(Tk::Comma) || self.kind() == Tk::RParen {
                    break;
                }
            }
            self.expect(Tk::RParen, &[Tk::RParen])?;
        }
        let ret = if self.eat(Tk::Colon) {
            let t = self.parse_type(true)?;
            self.scope.return_type = Some(t.clone());
            Some(t)
        } else {
            None
        };
        if self.kind() != Tk::LBrace {
            return self.expected(&[Tk::LBrace]);
        }
        let (body, end_line) = self.parse_function_body()?;
        Ok((params, uses, ret, body, end_line))
    }

    /// `[static] fn [&](params) [: type] => expr`, at `fn`.
    pub(super) fn parse_arrow_function(&mut self, line: u32, is_static: bool) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        let by_ref_return = self.eat_ampersand();
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let params = self.parse_params(line, start)?;
        let ret = if self.eat(Tk::Colon) {
            Some(self.parse_type(true)?)
        } else {
            None
        };
        self.expect(Tk::DoubleArrow, &[Tk::DoubleArrow])?;
        let outer_loops = std::mem::replace(&mut self.loop_depth, 0);
        let outer_yields = std::mem::replace(&mut self.scope.yields, false);
        let outer_body = std::mem::replace(&mut self.scope.in_body, true);
        let body = self.parse_expr();
        self.loop_depth = outer_loops;
        self.scope.in_body = outer_body;
        let is_generator = std::mem::replace(&mut self.scope.yields, outer_yields);
        let body = body?;
        let end_line = body.line;
        let ret_stmt = Stmt {
            line: body.line,
            kind: StmtKind::Return(Some(body)),
        };
        Ok(closure_expr(
            FunctionDecl {
                name: self.ns.declared_name(b"{closure}"),
                params,
                ret,
                by_ref_return,
                body: vec![ret_stmt],
                line,
                end_line,
                is_generator,
            },
            Vec::new(),
            is_static,
            true,
        ))
    }

    /// `match (expr) { a, b => x, default => y }`, at `match`.
    pub(super) fn parse_match(&mut self, line: u32) -> PResult<Expr> {
        self.bump();
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let subject = self.parse_expr()?;
        self.expect(Tk::RParen, &[])?;
        self.expect(Tk::LBrace, &[Tk::LBrace])?;
        let mut arms = Vec::new();
        while self.kind() != Tk::RBrace {
            let conds = if self.eat(Tk::Default) {
                self.eat(Tk::Comma);
                None
            } else {
                let mut conds = Vec::new();
                loop {
                    conds.push(self.parse_expr()?);
                    if !self.eat(Tk::Comma) || self.kind() == Tk::DoubleArrow {
                        break;
                    }
                }
                Some(conds)
            };
            self.expect(Tk::DoubleArrow, &[Tk::DoubleArrow])?;
            let body = self.parse_expr()?;
            arms.push(MatchArm { conds, body });
            if !self.eat(Tk::Comma) && self.kind() != Tk::RBrace {
                return self.unexpected();
            }
        }
        self.bump();
        Ok(Expr {
            kind: ExprKind::Match {
                subject: Box::new(subject),
                arms,
            },
            line,
        })
    }

    /// `list(...)`, at `list`; `= expr` follows unless nested in another
    /// list or a foreach target.
    pub(super) fn parse_list(&mut self, nested: bool) -> PResult<Expr> {
        let line = self.line();
        let start = self.pos;
        self.bump();
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let items = self.parse_destructuring_items(Tk::RParen)?;
        if nested {
            return Ok(Expr {
                kind: ExprKind::List(items),
                line,
            });
        }
        self.check_list(&items, line, start);
        self.expect(Tk::Eq, &[Tk::Eq])?;
        let value = self.parse_expr()?;
        Ok(Expr {
            kind: ExprKind::Assign {
                target: Box::new(Expr {
                    kind: ExprKind::List(items),
                    line,
                }),
                value: Box::new(value),
            },
            line,
        })
    }

    /// The items of `list(...)` or `[...]` on the left of `=`, through
    /// `close`; None for a skipped position.
    pub(super) fn parse_destructuring_items(
        &mut self,
        close: Tk,
    ) -> PResult<Vec<Option<ListItem>>> {
        let mut items = Vec::new();
        while self.kind() != close {
            if self.eat(Tk::Comma) {
                items.push(None);
                continue;
            }
            items.push(Some(self.parse_destructuring_item()?));
            if !self.eat(Tk::Comma) && self.kind() != close {
                return self.expected(&[close]);
            }
        }
        self.bump();
        Ok(items)
    }

    fn parse_destructuring_item(&mut self) -> PResult<ListItem> {
        let start = self.pos;
        if self.kind() == Tk::List {
            let target = self.parse_list(true)?;
            return Ok(ListItem {
                key: None,
                target,
                by_ref: false,
            });
        }
        let (first, may_be_key, by_ref) = self.parse_destructuring_target()?;
        if may_be_key && self.eat(Tk::DoubleArrow) {
            let target_start = self.pos;
            let (target, _, by_ref) = if self.kind() == Tk::List {
                (self.parse_list(true)?, false, false)
            } else {
                self.parse_destructuring_target()?
            };
            self.check_list_target(&target, target_start);
            return Ok(ListItem {
                key: Some(first),
                target,
                by_ref,
            });
        }
        self.check_list_target(&first, start);
        Ok(ListItem {
            key: None,
            target: first,
            by_ref,
        })
    }

    fn check_list_target(&mut self, target: &Expr, at: usize) {
        if !matches!(
            target.kind,
            ExprKind::Var(_)
                | ExprKind::VarVar(_)
                | ExprKind::Index { .. }
                | ExprKind::Prop { .. }
                | ExprKind::StaticProp { .. }
                | ExprKind::List(_)
        ) {
            self.fatal_later(
                "Assignments can only happen to writable values",
                target.line,
                at,
            );
        }
    }

    /// A key or target: an expression, `&$var` or a nested `[...]`; with
    /// whether it may be a key, and whether it is by reference.
    fn parse_destructuring_target(&mut self) -> PResult<(Expr, bool, bool)> {
        if matches!(self.kind(), Tk::AmpFollowedByVar | Tk::AmpNotFollowedByVar) {
            self.bump();
            let v = self.parse_variable()?;
            return Ok((v, false, true));
        }
        if self.kind() == Tk::LBracket {
            let line = self.line();
            self.bump();
            let items = self.parse_destructuring_items(Tk::RBracket)?;
            let list = Expr {
                kind: ExprKind::List(items),
                line,
            };
            return Ok((list, false, false));
        }
        let e = self.parse_expr()?;
        Ok((e, true, false))
    }

    /// `#[Attr, Other(1)]`, possibly several groups, at `#[`.
    pub(super) fn parse_attributes(&mut self) -> PResult<()> {
        self.note_unsupported("attribute", self.line());
        while self.eat(Tk::Attribute) {
            loop {
                match self.kind() {
                    Tk::Ident | Tk::NameFullyQualified | Tk::NameQualified | Tk::NameRelative => {
                        self.bump();
                    }
                    _ => return self.unexpected(),
                }
                if self.kind() == Tk::LParen {
                    self.parse_args()?;
                }
                if !self.eat(Tk::Comma) || self.kind() == Tk::RBracket {
                    break;
                }
            }
            self.expect(Tk::RBracket, &[Tk::RBracket])?;
        }
        Ok(())
    }

    /// `switch (expr) { case x: ... default: ... }` or `switch (expr): ... endswitch;`.
    pub(super) fn parse_switch(&mut self) -> PResult<StmtKind> {
        self.bump();
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let subject = self.parse_expr()?;
        self.expect(Tk::RParen, &[])?;
        let (end, terminators): (Tk, &'static [Tk]) = if self.eat(Tk::Colon) {
            (Tk::Endswitch, &[Tk::Case, Tk::Default, Tk::Endswitch])
        } else {
            self.expect(Tk::LBrace, &[Tk::Colon, Tk::LBrace])?;
            (Tk::RBrace, &[Tk::Case, Tk::Default, Tk::RBrace])
        };
        self.eat(Tk::Semicolon);
        // `break` and `continue` apply to a switch as to a loop.
        self.loop_depth += 1;
        let cases = self.parse_switch_cases(end, terminators);
        self.loop_depth -= 1;
        let cases = cases?;
        if end == Tk::Endswitch {
            self.expect_semicolon(&[Tk::Semicolon])?;
        }
        Ok(StmtKind::Switch { subject, cases })
    }

    fn parse_switch_cases(
        &mut self,
        end: Tk,
        terminators: &'static [Tk],
    ) -> PResult<Vec<SwitchCase>> {
        let mut cases = Vec::new();
        loop {
            let line = self.line();
            let cond = match self.kind() {
                Tk::Case => {
                    self.bump();
                    Some(self.parse_expr()?)
                }
                Tk::Default => {
                    self.bump();
                    None
                }
                k if k == end => {
                    self.bump();
                    return Ok(cases);
                }
                _ => return self.unexpected(),
            };
            if !self.eat(Tk::Colon) && !self.eat(Tk::Semicolon) {
                return self.unexpected();
            }
            let body = self.parse_statement_list(ListEnd::Alt {
                terminators,
                expecting: &[],
            })?;
            cases.push(SwitchCase { cond, body, line });
        }
    }

    /// `declare(strict_types=1);` and its block forms, at `declare`.
    pub(super) fn parse_declare(&mut self, first: bool) -> PResult<StmtKind> {
        let line = self.bump().line;
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let mut strict = None;
        loop {
            let name = self
                .expect(Tk::Ident, &[Tk::Ident])?
                .bytes()
                .to_ascii_lowercase();
            self.expect(Tk::Eq, &[Tk::Eq])?;
            let value = self.parse_expr()?;
            if name == b"strict_types" {
                strict = Some(match value.kind {
                    ExprKind::Int(v @ (0 | 1)) => v == 1,
                    _ => {
                        return self.fatal_now(
                            "strict_types declaration must have 0 or 1 as its value",
                            line,
                        )
                    }
                });
            } else {
                // ticks, encoding: not modelled.
                self.note_unsupported("declare statement", line);
            }
            if !self.eat(Tk::Comma) {
                break;
            }
        }
        self.expect(Tk::RParen, &[])?;
        if let Some(strict) = strict {
            if !first {
                return self.fatal_now(
                    "strict_types declaration must be the very first statement in the script",
                    line,
                );
            }
            if self.kind() != Tk::Semicolon {
                return self.fatal_now("strict_types declaration must not use block mode", line);
            }
            self.strict_types = strict;
        }
        if self.eat(Tk::Colon) {
            self.parse_statement_list(ListEnd::Alt {
                terminators: &[Tk::Enddeclare],
                expecting: &[],
            })?;
            self.bump();
            self.expect_semicolon(&[Tk::Semicolon])?;
        } else {
            self.parse_body()?;
        }
        Ok(StmtKind::Nop)
    }

    /// `interface`, `trait` or `enum` declarations, at the keyword.
    pub(super) fn parse_class_like(&mut self) -> PResult<StmtKind> {
        let keyword = self.bump();
        let name_at = self.pos;
        let t = self.expect(Tk::Ident, &[Tk::Ident])?;
        let name = self.declare_name(NameKind::Class, t.bytes(), t.line, name_at);
        let mut parent_names = Vec::new();
        let mut backing = None;
        if keyword.kind == Tk::Enum && self.eat(Tk::Colon) {
            let at = self.pos;
            let t = self.parse_type(false)?;
            match &t {
                TypeHint::Named(n)
                    if n.eq_ignore_ascii_case(b"int") || n.eq_ignore_ascii_case(b"string") => {}
                _ => self.fatal_later(
                    format!(
                        "Enum backing type must be int or string, {} given",
                        crate::handlers::type_text(&t)
                    ),
                    keyword.line,
                    at,
                ),
            }
            backing = Some(t);
        }
        let parents = match keyword.kind {
            Tk::Interface => Tk::Extends,
            _ => Tk::Implements,
        };
        if keyword.kind != Tk::Trait && self.eat(parents) {
            loop {
                parent_names.push(self.parse_class_name()?);
                if !self.eat(Tk::Comma) {
                    break;
                }
            }
        }
        self.expect(Tk::LBrace, &[Tk::LBrace])?;
        let is_interface = keyword.kind == Tk::Interface;
        let outer_interface = std::mem::replace(&mut self.in_interface, is_interface);
        let outer_enum = std::mem::replace(&mut self.in_enum, keyword.kind == Tk::Enum);
        let body = self.parse_class_like_body(name);
        self.in_interface = outer_interface;
        self.in_enum = outer_enum;
        let mut class = body?;
        if keyword.kind == Tk::Enum {
            class.line = keyword.line;
            class.is_abstract = false;
            class.is_final = true;
            class.interfaces = parent_names;
            class.enum_backing = backing;
            let cases = class.enum_cases.get_or_insert_with(Vec::new);
            let shown = String::from_utf8_lossy(&class.name).into_owned();
            for c in cases.iter() {
                let case = String::from_utf8_lossy(&c.name);
                match (class.enum_backing.is_some(), c.value.is_some()) {
                    (true, false) => {
                        return self.fatal_now(
                            &format!("Case {case} of backed enum {shown} must have a value"),
                            c.line,
                        )
                    }
                    (false, true) => {
                        return self.fatal_now(
                            &format!(
                                "Case {case} of non-backed enum {shown} must not have a value"
                            ),
                            c.line,
                        )
                    }
                    _ => {}
                }
            }
            if let Some(p) = class.props.first() {
                return self.fatal_now(&format!("Enum {shown} cannot include properties"), p.line);
            }
            return Ok(StmtKind::ClassDecl(class));
        }
        if keyword.kind == Tk::Trait {
            class.line = keyword.line;
            class.is_trait = true;
            class.is_abstract = false;
            return Ok(StmtKind::ClassDecl(class));
        }
        if !is_interface {
            return Ok(StmtKind::Nop);
        }
        class.line = keyword.line;
        class.interfaces = parent_names;
        class.is_interface = true;
        class.is_abstract = false;
        // Interface methods are abstract.
        for m in &mut class.methods {
            m.is_abstract = true;
        }
        Ok(StmtKind::ClassDecl(class))
    }

    /// The members of an interface, trait, enum or anonymous class, after
    /// `{` and through `}`, without the checks that only hold for classes.
    pub(super) fn parse_class_like_body(&mut self, name: Vec<u8>) -> PResult<ClassDecl> {
        let mut class = ClassDecl {
            name: name.clone(),
            parent: None,
            interfaces: Vec::new(),
            is_interface: false,
            is_abstract: true,
            is_final: false,
            consts: Vec::new(),
            props: Vec::new(),
            methods: Vec::new(),
            line: self.line(),
            is_trait: false,
            uses: Vec::new(),
            enum_cases: None,
            enum_backing: None,
        };
        let class_scope = Scope {
            class: Some((name, true)),
            in_function: false,
            return_type: None,
            yields: false,
            in_body: false,
            return_errors: Vec::new(),
        };
        let outer_scope = std::mem::replace(&mut self.scope, class_scope);
        let outer_class_like = std::mem::replace(&mut self.in_class_like, true);
        let members = self.parse_class_members(&mut class);
        self.scope = outer_scope;
        self.in_class_like = outer_class_like;
        members?;
        self.bump();
        Ok(class)
    }

    /// `case NAME [= expr];` in an enum, at `case`.
    pub(super) fn parse_enum_case(&mut self, class: &mut ClassDecl) -> PResult<()> {
        let line = self.bump().line;
        if !self.in_enum {
            return self.fatal_now("Case can only be used in enums", line);
        }
        let name = match self.kind() {
            k if k == Tk::Ident || k.is_semi_reserved() => {
                let t = self.bump();
                self.text(&t)
            }
            _ => return self.unexpected(),
        };
        let value = if self.eat(Tk::Eq) {
            Some(self.parse_expr()?)
        } else {
            None
        };
        class
            .enum_cases
            .get_or_insert_with(Vec::new)
            .push(EnumCase { name, value, line });
        self.expect_semicolon(&[Tk::Semicolon])
    }

    /// `use A, B;` or `use A { f as g; ... }` in a class body, at `use`.
    pub(super) fn parse_trait_use(&mut self) -> PResult<TraitUse> {
        let line = self.bump().line;
        let mut traits = Vec::new();
        loop {
            traits.push(self.parse_class_name()?);
            if !self.eat(Tk::Comma) {
                break;
            }
        }
        let mut rules = Vec::new();
        if self.at_semicolon() {
            self.bump();
            return Ok(TraitUse {
                traits,
                rules,
                line,
            });
        }
        self.expect(Tk::LBrace, &[Tk::Comma, Tk::Semicolon, Tk::LBrace])?;
        while self.kind() != Tk::RBrace {
            rules.push(self.parse_trait_rule()?);
        }
        self.bump();
        Ok(TraitUse {
            traits,
            rules,
            line,
        })
    }

    /// One adaptation: `T::f insteadof U;` or `[T::]f as [visibility] [g];`.
    fn parse_trait_rule(&mut self) -> PResult<TraitRule> {
        let (trait_name, method) = if self.nth_kind(1) == Tk::PaamayimNekudotayim {
            let trait_name = self.parse_class_name()?;
            self.bump();
            (Some(trait_name), self.parse_member_name()?)
        } else {
            (None, self.parse_member_name()?)
        };
        if let (Some(trait_name), true) = (&trait_name, self.kind() == Tk::Insteadof) {
            self.bump();
            let mut instead_of = Vec::new();
            loop {
                instead_of.push(self.parse_class_name()?);
                if !self.eat(Tk::Comma) {
                    break;
                }
            }
            self.expect_semicolon(&[Tk::Comma, Tk::Semicolon])?;
            return Ok(TraitRule::Insteadof {
                trait_name: trait_name.clone(),
                method,
                instead_of,
            });
        }
        self.expect(Tk::As, &[Tk::As])?;
        let visibility = match self.kind() {
            Tk::Public => Some(Visibility::Public),
            Tk::Protected => Some(Visibility::Protected),
            Tk::Private => Some(Visibility::Private),
            _ => None,
        };
        if visibility.is_some() {
            self.bump();
        }
        let alias = if self.at_semicolon() {
            None
        } else {
            Some(self.parse_member_name()?)
        };
        self.expect_semicolon(&[Tk::Semicolon])?;
        Ok(TraitRule::Alias {
            trait_name,
            method,
            visibility,
            alias,
        })
    }

    /// A method or class name in a trait rule (keywords allowed).
    fn parse_member_name(&mut self) -> PResult<Name> {
        match self.kind() {
            k if k == Tk::Ident || k.is_semi_reserved() => Ok(self.bump().bytes().to_vec()),
            Tk::NameFullyQualified | Tk::NameQualified | Tk::NameRelative => {
                self.parse_class_name()
            }
            _ => self.unexpected(),
        }
    }

    /// `new class(args) extends A implements B { ... }`, after `new`. The
    /// class is named after its parent, else its first interface, else
    /// `class` (`P@anonymous`); the compiler adds the rest of php's name.
    pub(super) fn parse_anonymous_class(&mut self, line: u32) -> PResult<Expr> {
        let class_line = self.bump().line;
        let args = if self.kind() == Tk::LParen {
            self.parse_args()?
        } else {
            Vec::new()
        };
        if self.callable_args.take().is_some() {
            return self.fatal_now("Cannot create Closure for new expression", line);
        }
        let parent = if self.eat(Tk::Extends) {
            Some(self.parse_class_name()?)
        } else {
            None
        };
        let mut interfaces = Vec::new();
        if self.eat(Tk::Implements) {
            loop {
                interfaces.push(self.parse_class_name()?);
                if !self.eat(Tk::Comma) {
                    break;
                }
            }
        }
        self.expect(Tk::LBrace, &[Tk::LBrace])?;
        let mut name = parent
            .as_ref()
            .or(interfaces.first())
            .cloned()
            .unwrap_or_else(|| b"class".to_vec());
        name.extend_from_slice(b"@anonymous");
        let mut class = ClassDecl {
            name: name.clone(),
            parent: parent.clone(),
            interfaces,
            is_interface: false,
            is_abstract: false,
            is_final: true,
            consts: Vec::new(),
            props: Vec::new(),
            methods: Vec::new(),
            line: class_line,
            is_trait: false,
            uses: Vec::new(),
            enum_cases: None,
            enum_backing: None,
        };
        // The body is a class's, also inside an interface, trait or enum
        // method.
        let class_scope = Scope {
            class: Some((name, parent.is_some())),
            in_function: false,
            return_type: None,
            yields: false,
            in_body: false,
            return_errors: Vec::new(),
        };
        let outer_scope = std::mem::replace(&mut self.scope, class_scope);
        let outer = (
            std::mem::replace(&mut self.in_class_like, false),
            std::mem::replace(&mut self.in_interface, false),
            std::mem::replace(&mut self.in_enum, false),
        );
        let members = self.parse_class_members(&mut class);
        self.scope = outer_scope;
        (self.in_class_like, self.in_interface, self.in_enum) = outer;
        members?;
        self.bump();
        self.check_abstract_methods(&class);
        Ok(Expr {
            kind: ExprKind::NewAnonymous {
                class: Box::new(class),
                args,
            },
            line,
        })
    }

    /// `$a`, `${expr}` or `$$a` (the last two are variable variables,
    /// `ExprKind::VarVar` around the expression giving the name).
    pub(super) fn parse_simple_variable(&mut self) -> PResult<Expr> {
        let line = self.line();
        let mut dollars = 0usize;
        let inner = loop {
            match self.kind() {
                Tk::Variable => {
                    let t = self.bump();
                    break Expr {
                        kind: ExprKind::Var(t.bytes().to_vec()),
                        line: t.line,
                    };
                }
                Tk::Dollar => {
                    self.bump();
                    dollars += 1;
                    self.check_chain(dollars)?;
                    if self.eat(Tk::LBrace) {
                        let e = self.parse_expr()?;
                        self.expect(Tk::RBrace, &[])?;
                        dollars -= 1;
                        break Expr {
                            kind: ExprKind::VarVar(Box::new(e)),
                            line,
                        };
                    }
                    if !matches!(self.kind(), Tk::Variable | Tk::Dollar) {
                        return self.expected(&[Tk::Variable, Tk::LBrace, Tk::Dollar]);
                    }
                }
                _ => return self.unexpected(),
            }
        };
        let mut e = inner;
        for _ in 0..dollars {
            e = Expr {
                kind: ExprKind::VarVar(Box::new(e)),
                line,
            };
        }
        Ok(e)
    }

    /// Skips `__halt_compiler();`: php stops reading the file there.
    pub(super) fn parse_halt_compiler(&mut self) -> PResult<Stmt> {
        let line = self.bump().line;
        self.expect(Tk::LParen, &[Tk::LParen])?;
        self.expect(Tk::RParen, &[Tk::RParen])?;
        self.expect_semicolon(&[Tk::Semicolon])?;
        self.unsupported("__halt_compiler()", line)
    }
}
