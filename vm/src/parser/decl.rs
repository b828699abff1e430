//! Declarations: functions, parameters, types and classes, with the checks
//! php makes on modifiers and parameters while parsing and compiling them.

use super::names::NameKind;
use super::stmt::ListEnd;
use super::{PResult, Parser, Scope};
use crate::ast::{
    ClassConstDecl, ClassDecl, ExprKind, FunctionDecl, MethodDecl, Name, Param, PropDecl, Stmt,
    TypeHint, Visibility,
};
use crate::lexer::Tk;
use crate::parser::DiagnosticLevel;

/// A function's parameters, return type, body (None for an abstract
/// method) and the line of its end.
type FunctionRest = (Vec<Param>, Option<TypeHint>, Option<Vec<Stmt>>, u32);

/// Member modifiers as written, in the order php checks them.
#[derive(Default)]
struct Modifiers {
    visibility: Option<Visibility>,
    is_static: bool,
    is_abstract: bool,
    is_final: bool,
    is_readonly: bool,
    any: bool,
}

impl Parser<'_> {
    /// `function [&]name(params)[: type] { body }`, at `function`.
    pub(super) fn parse_function_decl(&mut self) -> PResult<FunctionDecl> {
        let start = self.pos;
        let line = self.bump().line;
        let by_ref_return = self.eat_ampersand();
        let name = match self.kind() {
            Tk::Ident => {
                let t = self.bump();
                self.declare_name(NameKind::Function, t.bytes(), t.line, start)
            }
            _ => return self.expected(&[Tk::LParen]),
        };
        let function_scope = Scope {
            class: None,
            in_function: true,
            return_type: None,
            yields: false,
            in_body: true,
            return_errors: Vec::new(),
        };
        let outer_scope = std::mem::replace(&mut self.scope, function_scope);
        let rest = self.parse_function_rest(line, start, by_ref_return, false);
        let is_generator = std::mem::replace(&mut self.scope, outer_scope).yields;
        let (params, ret, body, end_line) = rest?;
        // Only methods may end with `;` instead of a body.
        let body = body.unwrap_or_default();
        Ok(FunctionDecl {
            name,
            params,
            ret,
            by_ref_return,
            body,
            line,
            end_line,
            is_generator,
        })
    }

    /// From `(` to the end of the body; `;` instead of a body only for methods.
    fn parse_function_rest(
        &mut self,
        line: u32,
        start: usize,
        by_ref_return: bool,
        is_method: bool,
    ) -> PResult<FunctionRest> {
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let params = self.parse_params(line, start)?;
        let ret = if self.eat(Tk::Colon) {
            Some(self.parse_type(true)?)
        } else {
            None
        };
        self.scope.return_type = ret.clone();
        if by_ref_return
            && matches!(&ret, Some(TypeHint::Named(t)) if t.eq_ignore_ascii_case(b"void"))
        {
            self.diagnostic_later(
                DiagnosticLevel::Deprecated,
                "Returning by reference from a void function is deprecated".to_string(),
                line,
                start,
            );
        }
        match self.kind() {
            Tk::LBrace => {
                let (body, end_line) = self.parse_function_body()?;
                Ok((params, ret, Some(body), end_line))
            }
            Tk::Semicolon | Tk::CloseTag if is_method => {
                let end_line = self.bump().line;
                Ok((params, ret, None, end_line))
            }
            _ if is_method => self.expected(&[Tk::Semicolon, Tk::LBrace]),
            _ => self.expected(&[Tk::LBrace]),
        }
    }

    pub(super) fn eat_ampersand(&mut self) -> bool {
        if matches!(self.kind(), Tk::AmpFollowedByVar | Tk::AmpNotFollowedByVar) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// `{ statements }` of a function or method: loops outside do not count.
    pub(super) fn parse_function_body(&mut self) -> PResult<(Vec<Stmt>, u32)> {
        self.bump();
        let outer_loops = std::mem::replace(&mut self.loop_depth, 0);
        let body = self.parse_statement_list(ListEnd::Brace);
        self.loop_depth = outer_loops;
        let body = body?;
        let end_line = self.bump().line;
        Ok((body, end_line))
    }

    /// The parameter list after `(`, through `)`.
    /// `function_line` and `function_start` locate the function, where php
    /// reports problems with its parameters.
    pub(super) fn parse_params(
        &mut self,
        function_line: u32,
        function_start: usize,
    ) -> PResult<Vec<Param>> {
        let mut params = Vec::new();
        while self.kind() != Tk::RParen {
            let line = self.line();
            if self.kind() == Tk::Attribute {
                self.parse_attributes()?;
            }
            let mut promote = None;
            while matches!(
                self.kind(),
                Tk::Public | Tk::Protected | Tk::Private | Tk::Readonly
            ) {
                let (vis, readonly) = promote.unwrap_or((None, false));
                promote = Some(match self.bump().kind {
                    Tk::Public => (Some(Visibility::Public), readonly),
                    Tk::Protected => (Some(Visibility::Protected), readonly),
                    Tk::Private => (Some(Visibility::Private), readonly),
                    _ => (vis, true),
                });
            }
            let promote = promote.map(|(v, r)| (v.unwrap_or(Visibility::Public), r));
            let ty = if self.at_type_start(false) {
                Some(self.parse_type(false)?)
            } else {
                None
            };
            let by_ref = self.eat(Tk::AmpFollowedByVar);
            let variadic = self.eat(Tk::Ellipsis);
            let name = self.expect(Tk::Variable, &[Tk::Variable])?.bytes().to_vec();
            let default = if self.eat(Tk::Eq) {
                Some(self.parse_expr()?)
            } else {
                None
            };
            params.push(Param {
                name,
                ty,
                default,
                by_ref,
                variadic,
                promote,
                line,
            });
            if !self.eat(Tk::Comma) && self.kind() != Tk::RParen {
                return self.expected(&[Tk::RParen]);
            }
        }
        self.bump();
        self.check_params(&params, function_line, function_start);
        Ok(params)
    }

    /// The checks php's compiler makes on a parameter list, in its order.
    fn check_params(&mut self, params: &[Param], function_line: u32, at: usize) {
        let last_required = params
            .iter()
            .rposition(|p| p.default.is_none() && !p.variadic);
        for (i, p) in params.iter().enumerate() {
            let name = String::from_utf8_lossy(&p.name);
            if params[..i].iter().any(|q| q.name == p.name) {
                self.fatal_later(
                    format!("Redefinition of parameter ${name}"),
                    function_line,
                    at,
                );
            } else if p.name == b"this" {
                self.fatal_later("Cannot use $this as parameter", function_line, at);
            }
            if params[..i].iter().any(|q| q.variadic) {
                self.fatal_later("Only the last parameter can be variadic", function_line, at);
            }
            if p.variadic && p.default.is_some() {
                self.fatal_later(
                    "Variadic parameter cannot have a default value",
                    function_line,
                    at,
                );
            }
            let Some(last_required) = last_required else {
                continue;
            };
            if i < last_required && p.default.is_some() {
                // `T $x = null` is the old spelling of `?T $x`, still allowed.
                let implicit_nullable =
                    matches!(p.ty, Some(TypeHint::Named(_) | TypeHint::Union(_)))
                        && matches!(p.default.as_ref().map(|d| &d.kind), Some(ExprKind::Null));
                if !implicit_nullable {
                    let required = String::from_utf8_lossy(&params[last_required].name);
                    self.diagnostic_later(
                        DiagnosticLevel::Deprecated,
                        format!(
                            "Optional parameter ${name} declared before required parameter ${required} is implicitly treated as a required parameter"
                        ),
                        function_line,
                        at,
                    );
                }
            }
        }
    }

    fn at_type_start(&self, allow_static: bool) -> bool {
        matches!(
            self.kind(),
            Tk::Question
                | Tk::Ident
                | Tk::NameFullyQualified
                | Tk::NameQualified
                | Tk::NameRelative
                | Tk::Array
                | Tk::Callable
                | Tk::LParen
        ) || (allow_static && self.kind() == Tk::Static)
    }

    /// `T`, `?T` or `A|B`; `static` only where php allows it (return types).
    pub(super) fn parse_type(&mut self, allow_static: bool) -> PResult<TypeHint> {
        let line = self.line();
        if self.eat(Tk::Question) {
            return Ok(TypeHint::Nullable(self.parse_type_name(allow_static)?));
        }
        let first = self.parse_type_element(allow_static, line)?;
        if self.kind() == Tk::Pipe {
            let mut names = vec![first];
            while self.eat(Tk::Pipe) {
                names.push(self.parse_type_element(allow_static, line)?);
            }
            return Ok(TypeHint::Union(names));
        }
        if self.kind() == Tk::AmpNotFollowedByVar {
            self.note_unsupported("intersection type", line);
            while self.eat(Tk::AmpNotFollowedByVar) {
                self.parse_type_name(false)?;
            }
        }
        Ok(TypeHint::Named(first))
    }

    /// A name in a type, or a parenthesized intersection `(A&B)` in a union.
    fn parse_type_element(&mut self, allow_static: bool, line: u32) -> PResult<Name> {
        if !self.eat(Tk::LParen) {
            return self.parse_type_name(allow_static);
        }
        self.note_unsupported("DNF type", line);
        let name = self.parse_type_name(false)?;
        loop {
            self.expect(Tk::AmpNotFollowedByVar, &[Tk::AmpNotFollowedByVar])?;
            self.parse_type_name(false)?;
            if self.eat(Tk::RParen) {
                return Ok(name);
            }
        }
    }

    fn parse_type_name(&mut self, allow_static: bool) -> PResult<Name> {
        let at = self.pos;
        match self.kind() {
            Tk::Ident | Tk::NameFullyQualified | Tk::NameQualified | Tk::NameRelative => {
                let t = self.bump();
                let name = self.name_from(&t)?;
                self.check_class_ref(&name, t.line, at);
                Ok(name)
            }
            Tk::Array | Tk::Callable => {
                let t = self.bump();
                Ok(self.text(&t))
            }
            Tk::Static if allow_static => {
                let t = self.bump();
                self.check_class_ref(b"static", t.line, at);
                Ok(self.text(&t))
            }
            _ => self.unexpected(),
        }
    }

    /// `[abstract|final] class Name [extends A] [implements B, C] { members }`.
    pub(super) fn parse_class_decl(&mut self) -> PResult<ClassDecl> {
        let (mut is_abstract, mut is_final, mut is_readonly) = (false, false, false);
        loop {
            let line = self.line();
            match self.kind() {
                Tk::Abstract => {
                    if is_abstract {
                        return self.fatal_now("Multiple abstract modifiers are not allowed", line);
                    }
                    is_abstract = true;
                }
                Tk::Final => {
                    if is_final {
                        return self.fatal_now("Multiple final modifiers are not allowed", line);
                    }
                    is_final = true;
                }
                Tk::Readonly => {
                    if is_readonly {
                        return self.fatal_now("Multiple readonly modifiers are not allowed", line);
                    }
                    is_readonly = true;
                }
                _ => break,
            }
            if is_abstract && is_final {
                return self.fatal_now("Cannot use the final modifier on an abstract class", line);
            }
            self.bump();
        }
        let line = self
            .expect(
                Tk::Class,
                &[Tk::Abstract, Tk::Final, Tk::Readonly, Tk::Class],
            )?
            .line;
        if is_readonly {
            self.note_unsupported("readonly class", line);
        }
        let name_at = self.pos;
        let t = self.expect(Tk::Ident, &[Tk::Ident])?;
        let name = self.declare_name(NameKind::Class, t.bytes(), t.line, name_at);
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
        let mut class = ClassDecl {
            name,
            parent,
            interfaces,
            is_interface: false,
            is_abstract,
            is_final,
            consts: Vec::new(),
            props: Vec::new(),
            methods: Vec::new(),
            line,
            is_trait: false,
            uses: Vec::new(),
            enum_cases: None,
            enum_backing: None,
        };
        let class_scope = Scope {
            class: Some((class.name.clone(), class.parent.is_some())),
            in_function: false,
            return_type: None,
            yields: false,
            in_body: false,
            return_errors: Vec::new(),
        };
        let outer_scope = std::mem::replace(&mut self.scope, class_scope);
        let members = self.parse_class_members(&mut class);
        self.scope = outer_scope;
        members?;
        self.bump();
        self.check_abstract_methods(&class);
        Ok(class)
    }

    pub(super) fn parse_class_name(&mut self) -> PResult<Name> {
        match self.kind() {
            Tk::Ident | Tk::NameFullyQualified | Tk::NameQualified | Tk::NameRelative => {
                let t = self.bump();
                self.name_from(&t)
            }
            _ => self.unexpected(),
        }
    }

    /// A class declaring abstract methods must itself be abstract (inherited
    /// abstract methods are checked when linking the class, not here).
    pub(super) fn check_abstract_methods(&mut self, class: &ClassDecl) {
        if class.is_abstract {
            return;
        }
        let abstract_methods: Vec<&MethodDecl> =
            class.methods.iter().filter(|m| m.is_abstract).collect();
        if abstract_methods.is_empty() {
            return;
        }
        let class_name = String::from_utf8_lossy(&class.name);
        let mut listed: Vec<String> = abstract_methods
            .iter()
            .take(3)
            .map(|m| format!("{class_name}::{}", String::from_utf8_lossy(&m.func.name)))
            .collect();
        if abstract_methods.len() > 3 {
            listed.push("...".to_string());
        }
        let count = abstract_methods.len();
        let plural = if count > 1 { "s" } else { "" };
        self.fatal_later(
            format!(
                "Class {class_name} contains {count} abstract method{plural} and must therefore be declared abstract or implement the remaining methods ({})",
                listed.join(", ")
            ),
            class.line,
            self.pos,
        );
    }

    fn parse_member_modifiers(&mut self) -> PResult<Modifiers> {
        let mut m = Modifiers::default();
        loop {
            let line = self.line();
            let visibility = match self.kind() {
                Tk::Public => Some(Visibility::Public),
                Tk::Protected => Some(Visibility::Protected),
                Tk::Private => Some(Visibility::Private),
                _ => None,
            };
            let repeated = match self.kind() {
                _ if visibility.is_some() => {
                    if m.visibility.is_some() {
                        return self
                            .fatal_now("Multiple access type modifiers are not allowed", line);
                    }
                    m.visibility = visibility;
                    false
                }
                Tk::Static => std::mem::replace(&mut m.is_static, true),
                Tk::Abstract => std::mem::replace(&mut m.is_abstract, true),
                Tk::Final => std::mem::replace(&mut m.is_final, true),
                Tk::Readonly => std::mem::replace(&mut m.is_readonly, true),
                _ => return Ok(m),
            };
            if repeated {
                let word = String::from_utf8_lossy(&self.text(self.tok())).to_ascii_lowercase();
                return self.fatal_now(&format!("Multiple {word} modifiers are not allowed"), line);
            }
            if m.is_abstract && m.is_final {
                return self.fatal_now(
                    "Cannot use the final modifier on an abstract class member",
                    line,
                );
            }
            m.any = true;
            self.bump();
        }
    }

    pub(super) fn parse_class_members(&mut self, class: &mut ClassDecl) -> PResult<()> {
        while self.kind() != Tk::RBrace {
            match self.kind() {
                Tk::Use => {
                    let u = self.parse_trait_use()?;
                    class.uses.push(u);
                    continue;
                }
                Tk::Attribute => self.parse_attributes()?,
                Tk::Case => {
                    self.parse_enum_case(class)?;
                    continue;
                }
                _ => {}
            }
            let modifiers = self.parse_member_modifiers()?;
            match self.kind() {
                Tk::Const => self.parse_class_consts(class, &modifiers)?,
                Tk::Function => {
                    let method = self.parse_method(&modifiers)?;
                    class.methods.push(method);
                }
                Tk::Var if !modifiers.any => {
                    self.bump();
                    self.parse_props(class, &modifiers)?;
                }
                _ if modifiers.any => self.parse_props(class, &modifiers)?,
                _ => return self.expected(&[Tk::Function, Tk::Const]),
            }
        }
        Ok(())
    }

    fn parse_class_consts(&mut self, class: &mut ClassDecl, m: &Modifiers) -> PResult<()> {
        let start = self.pos;
        let line = self.bump().line;
        for (flag, word) in [
            (m.is_static, "static"),
            (m.is_abstract, "abstract"),
            (m.is_readonly, "readonly"),
        ] {
            if flag {
                self.fatal_later(
                    format!("Cannot use '{word}' as constant modifier"),
                    line,
                    start,
                );
            }
        }
        if self.in_interface
            && matches!(
                m.visibility,
                Some(Visibility::Private | Visibility::Protected)
            )
        {
            let name = match self.kind() {
                k if k == Tk::Ident || k.is_semi_reserved() => self.text(self.tok()),
                _ => Vec::new(),
            };
            self.fatal_later(
                format!(
                    "Access type for interface constant {}::{} must be public",
                    String::from_utf8_lossy(&class.name),
                    String::from_utf8_lossy(&name)
                ),
                line,
                start,
            );
        }
        loop {
            let name = match self.kind() {
                k if k == Tk::Ident || k.is_semi_reserved() => self.bump(),
                _ => return self.unexpected(),
            };
            let name_at = self.pos - 1;
            let name = self.text(&name);
            if name.eq_ignore_ascii_case(b"class") {
                self.fatal_later(
                    "A class constant must not be called 'class'; it is reserved for class name fetching",
                    line,
                    name_at,
                );
            }
            self.expect(Tk::Eq, &[Tk::Eq])?;
            let value = self.parse_expr()?;
            class.consts.push(ClassConstDecl {
                name,
                value,
                visibility: m.visibility.unwrap_or(Visibility::Public),
                is_final: m.is_final,
                line,
            });
            if !self.eat(Tk::Comma) {
                break;
            }
        }
        self.expect_semicolon(&[Tk::Comma, Tk::Semicolon])
    }

    fn parse_props(&mut self, class: &mut ClassDecl, m: &Modifiers) -> PResult<()> {
        let line = self.line();
        if self.in_interface {
            let at = self.pos;
            self.fatal_later("Interfaces may not include properties", line, at);
        }
        let ty = if self.at_type_start(false) {
            Some(self.parse_type(false)?)
        } else {
            None
        };
        loop {
            let at = self.pos;
            let t = self.expect(Tk::Variable, &[Tk::Variable])?;
            let name = t.bytes().to_vec();
            if m.is_abstract {
                self.fatal_later("Properties cannot be declared abstract", t.line, at);
            } else if m.is_final {
                self.fatal_later(
                    format!(
                        "Cannot declare property {}::${} final, the final modifier is allowed only for methods, classes, and class constants",
                        String::from_utf8_lossy(&class.name),
                        String::from_utf8_lossy(&name)
                    ),
                    t.line,
                    at,
                );
            }
            let default = if self.eat(Tk::Eq) {
                Some(self.parse_expr()?)
            } else {
                None
            };
            if m.is_readonly {
                let shown = format!(
                    "{}::${}",
                    String::from_utf8_lossy(&class.name),
                    String::from_utf8_lossy(&name)
                );
                let problem = if m.is_static {
                    Some(format!("Static property {shown} cannot be readonly"))
                } else if ty.is_none() {
                    Some(format!("Readonly property {shown} must have type"))
                } else if default.is_some() {
                    Some(format!(
                        "Readonly property {shown} cannot have default value"
                    ))
                } else {
                    None
                };
                if let Some(msg) = problem {
                    self.fatal_later(msg, t.line, at);
                }
            }
            class.props.push(PropDecl {
                name,
                default,
                ty: ty.clone(),
                visibility: m.visibility.unwrap_or(Visibility::Public),
                is_static: m.is_static,
                is_readonly: m.is_readonly,
                line: t.line,
            });
            if !self.eat(Tk::Comma) {
                break;
            }
        }
        self.expect_semicolon(&[Tk::Comma, Tk::Semicolon])
    }

    fn parse_method(&mut self, m: &Modifiers) -> PResult<MethodDecl> {
        let start = self.pos;
        let line = self.bump().line;
        if m.is_readonly {
            self.fatal_later("Cannot use 'readonly' as method modifier", line, start);
        }
        let by_ref_return = self.eat_ampersand();
        let name = match self.kind() {
            k if k == Tk::Ident || k.is_semi_reserved() => {
                let t = self.bump();
                self.text(&t)
            }
            _ => return self.unexpected(),
        };
        let method_scope = Scope {
            class: self.scope.class.clone(),
            in_function: true,
            return_type: None,
            yields: false,
            in_body: true,
            return_errors: Vec::new(),
        };
        let outer_scope = std::mem::replace(&mut self.scope, method_scope);
        let rest = self.parse_function_rest(line, start, by_ref_return, true);
        let is_generator = std::mem::replace(&mut self.scope, outer_scope).yields;
        let (params, ret, body, end_line) = rest?;
        let class_name =
            String::from_utf8_lossy(self.scope.class.as_ref().map_or(&[][..], |(n, _)| n))
                .into_owned();
        let method_name = String::from_utf8_lossy(&name).into_owned();
        if self.in_interface {
            let problem = if m.visibility.is_some_and(|v| v != Visibility::Public) {
                Some(format!(
                    "Access type for interface method {class_name}::{method_name}() must be public"
                ))
            } else if m.is_final {
                Some(format!(
                    "Interface method {class_name}::{method_name}() must not be final"
                ))
            } else if m.is_abstract {
                Some(format!(
                    "Interface method {class_name}::{method_name}() must not be abstract"
                ))
            } else if body.is_some() {
                Some(format!(
                    "Interface function {class_name}::{method_name}() cannot contain body"
                ))
            } else {
                None
            };
            if let Some(msg) = problem {
                self.fatal_later(msg, line, start);
            }
        }
        // Interfaces and traits have their own rules for bodies.
        let checked = !self.in_class_like;
        let body = match body {
            Some(body) => {
                if m.is_abstract && checked {
                    self.fatal_later(
                        format!(
                            "Abstract function {class_name}::{method_name}() cannot contain body"
                        ),
                        line,
                        start,
                    );
                }
                body
            }
            None => {
                if !m.is_abstract && checked {
                    self.fatal_later(
                        format!(
                            "Non-abstract method {class_name}::{method_name}() must contain body"
                        ),
                        line,
                        start,
                    );
                }
                Vec::new()
            }
        };
        Ok(MethodDecl {
            func: FunctionDecl {
                name,
                params,
                ret,
                by_ref_return,
                body,
                line,
                end_line,
                is_generator,
            },
            visibility: m.visibility.unwrap_or(Visibility::Public),
            is_static: m.is_static,
            is_abstract: m.is_abstract,
            is_final: m.is_final,
        })
    }
}
