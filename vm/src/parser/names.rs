//! Namespaces: `namespace` and `use` declarations, and the resolution of
//! class, function and constant names to fully qualified ones, done while
//! parsing as php's compiler does it (in file order, imports per namespace).
//!
//! Class names resolve completely here. An unqualified function or constant
//! name inside a namespace keeps its global name as a fallback, tried at run
//! time when the namespaced one does not exist (php's INIT_NS_FCALL_BY_NAME).

use super::{PResult, Parser};
use crate::ast::{Name, Stmt, StmtKind};
use crate::lexer::{Tk, Token};
use std::collections::{HashMap, HashSet};

/// What a name names: each kind has its own imports.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum NameKind {
    Class,
    Function,
    Const,
}

impl NameKind {
    /// How php's messages name an import of this kind (`use function ...`).
    fn use_prefix(self) -> &'static str {
        match self {
            NameKind::Class => "",
            NameKind::Function => "function ",
            NameKind::Const => "const ",
        }
    }

    fn declaration(self) -> &'static str {
        match self {
            NameKind::Class => "class",
            NameKind::Function => "function",
            NameKind::Const => "const",
        }
    }
}

/// The namespace being parsed and the names it imports.
#[derive(Default)]
pub(super) struct Namespaces {
    /// The current namespace as declared, without a leading `\`; empty for
    /// the global namespace.
    pub(super) current: Name,
    /// `use A\B [as C]`: the fully qualified name by lowercased alias.
    classes: HashMap<Name, Name>,
    /// `use function A\f [as g]`: by lowercased alias.
    functions: HashMap<Name, Name>,
    /// `use const A\X [as Y]`: by alias as written (constants keep case).
    consts: HashMap<Name, Name>,
    /// Whether the namespace declarations seen so far are braced (None
    /// before the first one).
    braced: Option<bool>,
    /// Inside `namespace ... { }`.
    in_block: bool,
    /// A top-level statement other than `declare` has been parsed.
    seen_code: bool,
    /// Classes, functions and constants declared in the current namespace,
    /// by the key their imports use: a declaration and an import must not
    /// share a name.
    declared: HashSet<(NameKind, Name)>,
}

/// Names no class may have or be imported as (php's reserved class names).
fn is_reserved_class_name(lower: &[u8]) -> bool {
    is_builtin_type(lower) && !matches!(lower, b"array" | b"callable")
}

/// Type names that are never class names, so never namespaced.
fn is_builtin_type(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"int"
            | b"float"
            | b"bool"
            | b"string"
            | b"iterable"
            | b"object"
            | b"mixed"
            | b"void"
            | b"null"
            | b"never"
            | b"false"
            | b"true"
            | b"self"
            | b"parent"
            | b"static"
            | b"array"
            | b"callable"
    )
}

fn join(prefix: &[u8], rest: &[u8]) -> Name {
    if prefix.is_empty() {
        return rest.to_vec();
    }
    let mut name = prefix.to_vec();
    name.push(b'\\');
    name.extend_from_slice(rest);
    name
}

impl Namespaces {
    fn imports(&self, kind: NameKind) -> &HashMap<Name, Name> {
        match kind {
            NameKind::Class => &self.classes,
            NameKind::Function => &self.functions,
            NameKind::Const => &self.consts,
        }
    }

    /// The key of an alias among the imports of its kind.
    fn alias_key(kind: NameKind, alias: &[u8]) -> Name {
        match kind {
            NameKind::Const => alias.to_vec(),
            _ => alias.to_ascii_lowercase(),
        }
    }

    /// Resolves a name token's text: the fully qualified name (no leading
    /// `\`) and, for an unqualified function or constant name inside a
    /// namespace, the global name to fall back to.
    pub(super) fn resolve(&self, kind: Tk, text: &[u8], what: NameKind) -> (Name, Option<Name>) {
        match kind {
            Tk::NameFullyQualified => (text[1..].to_vec(), None),
            // `namespace\foo`: the current namespace, never an import.
            Tk::NameRelative => (join(&self.current, &text[b"namespace\\".len()..]), None),
            Tk::NameQualified => {
                // The first segment may be an imported namespace or class,
                // whatever the name names.
                let imported = text.iter().position(|&b| b == b'\\').and_then(|p| {
                    let full = self.classes.get(&text[..p].to_ascii_lowercase())?;
                    Some(join(full, &text[p + 1..]))
                });
                (imported.unwrap_or_else(|| join(&self.current, text)), None)
            }
            _ => {
                if what == NameKind::Class && is_builtin_type(&text.to_ascii_lowercase()) {
                    return (text.to_vec(), None);
                }
                if let Some(full) = self.imports(what).get(&Self::alias_key(what, text)) {
                    return (full.clone(), None);
                }
                if self.current.is_empty() {
                    return (text.to_vec(), None);
                }
                let full = join(&self.current, text);
                match what {
                    NameKind::Class => (full, None),
                    _ => (full, Some(text.to_vec())),
                }
            }
        }
    }

    /// The fully qualified name of a declaration named `name` here.
    pub(super) fn declared_name(&self, name: &[u8]) -> Name {
        join(&self.current, name)
    }

    /// Enters namespace `name`: the imports of the previous one end.
    fn reset(&mut self, name: Name) {
        self.current = name;
        self.classes.clear();
        self.functions.clear();
        self.consts.clear();
        self.declared.clear();
    }
}

impl Parser<'_> {
    /// A class name token resolved to its fully qualified name.
    pub(super) fn class_name_from(&self, t: &Token) -> Name {
        self.ns.resolve(t.kind, t.bytes(), NameKind::Class).0
    }

    /// A class, function or constant declared as `name` in the current
    /// namespace: its fully qualified name. php rejects a declaration whose
    /// name an import of another name already uses.
    pub(super) fn declare_name(
        &mut self,
        what: NameKind,
        name: &[u8],
        line: u32,
        at: usize,
    ) -> Name {
        let key = Namespaces::alias_key(what, name);
        let full = self.ns.declared_name(name);
        if what == NameKind::Class && is_reserved_class_name(&key) {
            let message = format!(
                "Cannot use '{}' as class name as it is reserved",
                String::from_utf8_lossy(name)
            );
            self.fatal_later(message, line, at);
        }
        if let Some(imported) = self.ns.imports(what).get(&key) {
            if !imported.eq_ignore_ascii_case(&full) {
                let message = format!(
                    "Cannot declare {} {} because the name is already in use",
                    what.declaration(),
                    String::from_utf8_lossy(&full)
                );
                self.fatal_later(message, line, at);
            }
        }
        self.ns.declared.insert((what, key));
        full
    }

    /// `namespace A\B;`, `namespace A\B { ... }` or `namespace { ... }`, at
    /// `namespace`. A braced namespace's statements are returned, to be
    /// spliced into the top-level list.
    pub(super) fn parse_namespace(&mut self) -> PResult<Vec<Stmt>> {
        let at = self.pos;
        let line = self.bump().line;
        // Keywords other than `namespace` may name a namespace.
        let name = match self.kind() {
            k if k == Tk::Ident || k == Tk::NameQualified || k.is_semi_reserved() => {
                let t = self.bump();
                Some(self.text(&t))
            }
            _ => None,
        };
        if name
            .as_ref()
            .is_some_and(|n| n.eq_ignore_ascii_case(b"namespace"))
        {
            self.fatal_later("Cannot use 'namespace' as namespace name", line, at);
        }
        let braced = !(name.is_some() && self.at_semicolon());
        if braced {
            self.expect(Tk::LBrace, &[Tk::LBrace])?;
        } else {
            self.bump();
        }
        // php's checks, in its order: mixing, nesting, code before.
        if self.ns.braced.is_some_and(|b| b != braced) {
            self.fatal_later(
                "Cannot mix bracketed namespace declarations with unbracketed namespace declarations",
                line,
                at,
            );
        } else if self.ns.in_block {
            self.fatal_later("Namespace declarations cannot be nested", line, at);
        } else if self.ns.braced.is_none() && self.ns.seen_code {
            self.fatal_later(
                "Namespace declaration statement has to be the very first statement or after any declare call in the script",
                line,
                at,
            );
        }
        self.ns.braced = Some(braced);
        self.ns.reset(name.unwrap_or_default());
        if !braced {
            return Ok(Vec::new());
        }
        let outer = std::mem::replace(&mut self.ns.in_block, true);
        let body = self.parse_statement_list(super::stmt::ListEnd::NamespaceBlock);
        self.ns.in_block = outer;
        let body = body?;
        self.bump();
        self.ns.reset(Vec::new());
        Ok(body)
    }

    /// Nothing but `declare` has come before at the top of the file (no
    /// code, no namespace).
    pub(super) fn nothing_before(&self) -> bool {
        !self.ns.seen_code && self.ns.braced.is_none()
    }

    /// A top-level statement other than `declare` or `;` at token `at`:
    /// it must not precede the first namespace declaration, nor stand
    /// outside braced ones.
    pub(super) fn code_outside_namespace(&mut self, line: u32, at: usize) {
        self.ns.seen_code = true;
        if self.ns.braced == Some(true) && !self.ns.in_block {
            self.fatal_later("No code may exist outside of namespace {}", line, at);
        }
    }

    /// `use A\B [as C], ...;`, `use function ...;`, `use A\{B, function f}`.
    pub(super) fn parse_use(&mut self) -> PResult<StmtKind> {
        self.bump();
        let kind = self.parse_use_kind().unwrap_or(NameKind::Class);
        loop {
            let at = self.pos;
            let (prefix, alias, line) = self.parse_use_name()?;
            if self.eat(Tk::NsSeparator) {
                // A group: `prefix\{name [as alias], ...}`.
                self.expect(Tk::LBrace, &[Tk::LBrace])?;
                while self.kind() != Tk::RBrace {
                    let item_kind = self.parse_use_kind().unwrap_or(kind);
                    let item_at = self.pos;
                    let (name, alias, line) = self.parse_use_name()?;
                    self.add_import(item_kind, join(&prefix, &name), alias, line, item_at);
                    if !self.eat(Tk::Comma) && self.kind() != Tk::RBrace {
                        return self.unexpected();
                    }
                }
                self.bump();
            } else {
                self.add_import(kind, prefix, alias, line, at);
            }
            if !self.eat(Tk::Comma) {
                break;
            }
        }
        self.expect_semicolon(&[Tk::Comma, Tk::Semicolon])?;
        Ok(StmtKind::Nop)
    }

    /// `function` or `const` after `use` (or in a group).
    fn parse_use_kind(&mut self) -> Option<NameKind> {
        let kind = match self.kind() {
            Tk::Function => NameKind::Function,
            Tk::Const => NameKind::Const,
            _ => return None,
        };
        self.bump();
        Some(kind)
    }

    /// A name (without its leading `\`), its alias if any, and its line.
    fn parse_use_name(&mut self) -> PResult<(Name, Option<Name>, u32)> {
        let t = match self.kind() {
            Tk::Ident | Tk::NameQualified | Tk::NameFullyQualified => self.bump(),
            _ => return self.unexpected(),
        };
        let name = t.bytes().strip_prefix(b"\\").unwrap_or(t.bytes()).to_vec();
        let mut alias = None;
        if self.eat(Tk::As) {
            // Unlike a namespace name, an alias may not be a keyword.
            alias = Some(self.expect(Tk::Ident, &[Tk::Ident])?.bytes().to_vec());
        }
        Ok((name, alias, t.line))
    }

    fn add_import(
        &mut self,
        kind: NameKind,
        full: Name,
        alias: Option<Name>,
        line: u32,
        at: usize,
    ) {
        let explicit = alias.is_some();
        let alias = alias.unwrap_or_else(|| {
            let p = full.iter().rposition(|&b| b == b'\\').map_or(0, |p| p + 1);
            full[p..].to_vec()
        });
        // Importing a global name into the global namespace changes nothing.
        let no_effect = !explicit && !full.contains(&b'\\') && self.ns.current.is_empty();
        if no_effect {
            let message = format!(
                "The use statement with non-compound name '{}' has no effect",
                String::from_utf8_lossy(&full)
            );
            self.diagnostic_later(super::DiagnosticLevel::Warning, message, line, at);
        }
        let key = Namespaces::alias_key(kind, &alias);
        if kind == NameKind::Class && is_reserved_class_name(&key) {
            let message = format!(
                "Cannot use {} as {} because '{}' is a special class name",
                String::from_utf8_lossy(&full),
                String::from_utf8_lossy(&alias),
                String::from_utf8_lossy(&alias)
            );
            // After the warning above, which php gives first.
            self.fatal_later(message, line, at + 1);
            return;
        }
        if no_effect {
            return;
        }
        // php checks an import against the classes and functions declared
        // before it, not the constants.
        let declared_other = kind != NameKind::Const
            && self.ns.declared.contains(&(kind, key.clone()))
            && !self.ns.declared_name(&alias).eq_ignore_ascii_case(&full);
        if self.ns.imports(kind).contains_key(&key) || declared_other {
            let message = format!(
                "Cannot use {}{} as {} because the name is already in use",
                kind.use_prefix(),
                String::from_utf8_lossy(&full),
                String::from_utf8_lossy(&alias)
            );
            self.fatal_later(message, line, at);
            return;
        }
        match kind {
            NameKind::Class => self.ns.classes.insert(key, full),
            NameKind::Function => self.ns.functions.insert(key, full),
            NameKind::Const => self.ns.consts.insert(key, full),
        };
    }
}
