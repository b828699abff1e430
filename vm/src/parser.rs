//! The PHP parser: recursive descent over the lexer's tokens, with precedence
//! climbing for operators, producing `ast::Program`. Errors carry php 8.2's
//! own messages and lines; valid PHP outside the supported subset is reported
//! as `Unsupported` rather than parsed into a wrong tree.
//!
//! Like php, it reports the first syntax error in the file; failing that, the
//! first compile-time fatal error php's compiler would meet (those it can see
//! from the syntax alone); failing that, the first unsupported construct.

use crate::ast::{Expr, Name, Program};
use crate::lexer::{self, Tk, Token};

mod decl;
mod expr;
mod names;
mod outside;
mod stmt;
#[cfg(test)]
mod tests;

/// Parses a whole file.
pub fn parse(src: &[u8]) -> Result<Program, ParseError> {
    parse_with_diagnostics(src).result
}

/// Parses a whole file, also returning the warnings and deprecations php
/// prints while compiling it (`Octal escape sequence overflow ...`,
/// `Using ${var} in strings is deprecated ...`), in the order php prints them.
pub fn parse_with_diagnostics(src: &[u8]) -> ParseOutput {
    let lexed = lexer::tokenize(src);
    let mut parser = Parser {
        src,
        toks: lexed.tokens,
        pos: 0,
        depth: 0,
        stack_base: stack_address(),
        deferred_fatals: Vec::new(),
        compile_diagnostics: Vec::new(),
        recorded: 0,
        loop_depth: 0,
        compile_line: 1,
        unwritten_appends: Vec::new(),
        scope: Scope::default(),
        first_unsupported: None,
        in_class_like: false,
        in_enum: false,
        strict_types: false,
        callable_args: None,
        in_interface: false,
        ns: names::Namespaces::default(),
    };
    let parsed = parser.parse_program();
    // php prints a scan-time warning only if its parser asked for that token.
    let reached = parser.pos;
    let mut diagnostics: Vec<Diagnostic> = lexed
        .warnings
        .into_iter()
        .filter(|(index, _)| *index <= reached)
        .map(|(_, d)| d)
        .collect();
    // php's compiler meets a node before its children, so the first fatal
    // error is the one whose node starts first (the outermost on a tie).
    let first_fatal = parser
        .deferred_fatals
        .iter()
        .min_by_key(|(order, _)| *order)
        .cloned();
    parser.compile_diagnostics.sort_by_key(|(order, _)| *order);
    // Constructs outside the subset were parsed for their syntax only: if
    // the file is valid PHP, the first of them is the answer.
    let parsed = match (parsed, parser.first_unsupported.take()) {
        (Err(e), Some(first)) if matches!(e.kind, ParseErrorKind::Unsupported(_)) => Err(first),
        (Ok(_), Some(first)) => Err(first),
        (parsed, _) => parsed,
    };
    let result = match parsed {
        // Syntax errors and the fatal errors php raises while parsing stop it at once.
        Err(e) if !matches!(e.kind, ParseErrorKind::Unsupported(_)) => Err(e),
        // php compiles a valid file, so a compile-time fatal error wins over
        // an unsupported construct.
        other => match first_fatal {
            Some((fatal_order, fatal)) => {
                diagnostics.extend(
                    parser
                        .compile_diagnostics
                        .iter()
                        .filter(|(order, _)| *order < fatal_order)
                        .map(|(_, d)| d.clone()),
                );
                Err(fatal)
            }
            None => {
                if other.is_ok() {
                    diagnostics.extend(parser.compile_diagnostics.drain(..).map(|(_, d)| d));
                }
                other
            }
        },
    };
    ParseOutput {
        result,
        diagnostics,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParseOutput {
    pub result: Result<Program, ParseError>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A non-fatal message php prints while compiling, as `Warning: ...` or
/// `Deprecated: ...`.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub level: DiagnosticLevel,
    pub message: String,
    pub line: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagnosticLevel {
    Warning,
    Deprecated,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParseErrorKind {
    /// php's own parse error text without the "Parse error: " prefix and
    /// without " in FILE on line N", e.g.
    /// `syntax error, unexpected double-quoted string "b", expecting "," or ";"`.
    Syntax(String),
    /// A php compile-time fatal error detected while parsing, php's text
    /// (e.g. `Cannot re-assign $this`), printed as "Fatal error: ...".
    Fatal(String),
    /// A valid PHP construct outside the supported subset, named for the
    /// user, e.g. "switch statement", "closure", "namespace declaration".
    Unsupported(String),
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            ParseErrorKind::Syntax(m) => write!(f, "Parse error: {m} on line {}", self.line),
            ParseErrorKind::Fatal(m) => write!(f, "Fatal error: {m} on line {}", self.line),
            ParseErrorKind::Unsupported(what) => {
                write!(f, "Unsupported: {what} on line {}", self.line)
            }
        }
    }
}

impl std::error::Error for ParseError {}

type PResult<T> = Result<T, ParseError>;

/// The order in which php's compiler meets a node: its first token's index,
/// then outer nodes before inner ones.
type CompileOrder = (usize, std::cmp::Reverse<u64>);

/// How a variable is written to, for the checks php's compiler makes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WriteUse {
    /// Assigned, incremented, a foreach target.
    Assign,
    /// Bound by reference (`=& $x`, `[&$x]`): calls are fine there.
    RefSource,
    /// Unset.
    Unset,
}

/// How deeply expressions and statements may nest: each level costs a few
/// native stack frames.
const MAX_NESTING: usize = 1000;

/// How much native stack the parser may use below its entry point, whatever
/// the frame sizes of the build: with it the parser fits in a 2 MiB thread.
const STACK_BUDGET: usize = 1 << 20;

/// An address in the current stack frame.
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

struct Parser<'a> {
    src: &'a [u8],
    /// Never empty: the last token is `End` or a scanner `Error`.
    toks: Vec<lexer::Token>,
    pos: usize,
    depth: usize,
    /// `stack_address()` where parsing started.
    stack_base: usize,
    /// Compile-time fatal errors and diagnostics, each with the place php's
    /// compiler meets it. php compiles only after parsing the whole file, so
    /// a later syntax error takes precedence over these.
    deferred_fatals: Vec<(CompileOrder, ParseError)>,
    compile_diagnostics: Vec<(CompileOrder, Diagnostic)>,
    /// Counts recorded compile-time messages, to order ties.
    recorded: u64,
    /// Loops enclosing the current statement in the current function body.
    loop_depth: u32,
    /// The line php's compiler would be at: that of the current statement
    /// or of the last variable in it (php compiles a variable after
    /// setting its line). Some compile-time messages report it.
    compile_line: u32,
    /// `$a[]` expressions, by line and first token, not known to be written
    /// to: unless one turns out to be, php rejects it ("Cannot use [] for
    /// reading").
    unwritten_appends: Vec<(u32, usize)>,
    scope: Scope,
    /// The first construct outside the subset: parsing goes on to find the
    /// syntax errors php would report, and reports this one otherwise.
    first_unsupported: Option<ParseError>,
    /// Inside an interface, trait, enum or anonymous class body.
    in_class_like: bool,
    /// Inside an enum body, where `case` declares a case.
    in_enum: bool,
    /// The file declared strict_types=1.
    strict_types: bool,
    /// The line of `(...)` just parsed as a call's arguments.
    callable_args: Option<u32>,
    /// Inside an interface body.
    in_interface: bool,
    /// The current namespace and its imports.
    ns: names::Namespaces,
}

/// The class and function whose body is being parsed.
#[derive(Clone, Default)]
struct Scope {
    /// The enclosing class: its name and whether it has a parent.
    class: Option<(Name, bool)>,
    /// Inside a named function or method, where php knows what `self`,
    /// `parent` and `static` refer to and checks them while compiling.
    in_function: bool,
    /// The declared return type of the current function, if any.
    return_type: Option<crate::ast::TypeHint>,
    /// A `yield` was parsed in the current function: it is a generator.
    yields: bool,
    /// Inside any function body (closures included): `yield` may appear.
    in_body: bool,
    /// Where `return;` broke the declared return type: no error if the
    /// function turns out to be a generator.
    return_errors: Vec<usize>,
}

impl<'a> Parser<'a> {
    fn parse_program(&mut self) -> PResult<Program> {
        let stmts = self.parse_top_statements()?;
        for (line, at) in std::mem::take(&mut self.unwritten_appends) {
            self.fatal_later("Cannot use [] for reading", line, at);
        }
        Ok(Program {
            stmts,
            last_line: self.tok().line,
            strict_types: self.strict_types,
        })
    }

    // ----- tokens -----

    fn tok(&self) -> &Token {
        &self.toks[self.pos]
    }

    fn kind(&self) -> Tk {
        self.toks[self.pos].kind
    }

    /// The kind `n` tokens ahead (the final token repeats forever).
    fn nth_kind(&self, n: usize) -> Tk {
        let i = (self.pos + n).min(self.toks.len() - 1);
        self.toks[i].kind
    }

    fn line(&self) -> u32 {
        self.tok().line
    }

    fn bump(&mut self) -> Token {
        let t = self.toks[self.pos].clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    fn eat(&mut self, kind: Tk) -> bool {
        if self.kind() == kind {
            self.bump();
            true
        } else {
            false
        }
    }

    /// `;`, or `?>` which ends a statement too.
    fn at_semicolon(&self) -> bool {
        matches!(self.kind(), Tk::Semicolon | Tk::CloseTag)
    }

    fn expect(&mut self, kind: Tk, expecting: &[Tk]) -> PResult<Token> {
        if self.kind() == kind {
            Ok(self.bump())
        } else {
            self.expected(expecting)
        }
    }

    fn expect_semicolon(&mut self, expecting: &[Tk]) -> PResult<()> {
        if self.at_semicolon() {
            self.bump();
            Ok(())
        } else {
            self.expected(expecting)
        }
    }

    /// The source text of a token (identifiers keep their case).
    fn text(&self, t: &Token) -> Name {
        t.text(self.src).to_vec()
    }

    // ----- errors -----

    /// A syntax error at the current token, or the scanner's error if the
    /// current token is one.
    fn error_here(&self, expecting: &[Tk]) -> ParseError {
        let t = self.tok();
        if t.kind == Tk::Error {
            return ParseError {
                kind: ParseErrorKind::Syntax(String::from_utf8_lossy(t.bytes()).into_owned()),
                line: t.err_line,
            };
        }
        let mut message = format!("syntax error, unexpected {}", t.describe(self.src));
        if !expecting.is_empty() {
            let names: Vec<String> = expecting.iter().map(|k| k.expected_name()).collect();
            message.push_str(", expecting ");
            message.push_str(&names.join(" or "));
        }
        ParseError {
            kind: ParseErrorKind::Syntax(message),
            line: t.err_line,
        }
    }

    fn unexpected<T>(&self) -> PResult<T> {
        Err(self.error_here(&[]))
    }

    fn expected<T>(&self, expecting: &[Tk]) -> PResult<T> {
        Err(self.error_here(expecting))
    }

    fn unsupported<T>(&self, what: &str, line: u32) -> PResult<T> {
        Err(ParseError {
            kind: ParseErrorKind::Unsupported(what.to_string()),
            line,
        })
    }

    /// Notes a valid construct outside the subset; the caller goes on
    /// parsing it for its syntax only.
    fn note_unsupported(&mut self, what: &str, line: u32) {
        if self.first_unsupported.is_none() {
            self.first_unsupported = Some(ParseError {
                kind: ParseErrorKind::Unsupported(what.to_string()),
                line,
            });
        }
    }

    /// A fatal error php raises while parsing (it stops at once).
    fn fatal_now<T>(&self, message: &str, line: u32) -> PResult<T> {
        Err(ParseError {
            kind: ParseErrorKind::Fatal(message.to_string()),
            line,
        })
    }

    /// Where php's compiler meets a node starting at token `at`: nodes
    /// recorded later (outer ones, as the parser builds inner ones first)
    /// come first on a tie.
    fn compile_order(&mut self, at: usize) -> CompileOrder {
        self.recorded += 1;
        (at, std::cmp::Reverse(self.recorded))
    }

    /// A fatal error php raises while compiling the node starting at token
    /// `at`, once the whole file has parsed.
    fn fatal_later(&mut self, message: impl Into<String>, line: u32, at: usize) {
        let order = self.compile_order(at);
        let error = ParseError {
            kind: ParseErrorKind::Fatal(message.into()),
            line,
        };
        self.deferred_fatals.push((order, error));
    }

    fn diagnostic_later(&mut self, level: DiagnosticLevel, message: String, line: u32, at: usize) {
        let order = self.compile_order(at);
        self.compile_diagnostics.push((
            order,
            Diagnostic {
                level,
                message,
                line,
            },
        ));
    }

    /// Counts one more level of nesting; errors past `MAX_NESTING` levels or
    /// `STACK_BUDGET` bytes of stack.
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING || self.stack_base.abs_diff(stack_address()) > STACK_BUDGET {
            return self.unsupported("nesting too deep", self.tok().line);
        }
        Ok(())
    }

    /// Errors if `chain` more levels built in a loop (`1 + 2 + ...`,
    /// `$a->b->c...`) would make the tree deeper than `MAX_NESTING`: whoever
    /// walks the tree recursively needs it bounded too.
    fn check_chain(&self, chain: usize) -> PResult<()> {
        if self.depth + chain > MAX_NESTING {
            return self.unsupported("nesting too deep", self.tok().line);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- names -----

    /// A class name token, fully qualified through the imports and the
    /// current namespace (`self`, `parent`, `static` and built-in type
    /// names stay as written).
    fn name_from(&mut self, t: &Token) -> PResult<Name> {
        match t.kind {
            Tk::Ident | Tk::NameFullyQualified | Tk::NameQualified | Tk::NameRelative => {
                Ok(self.class_name_from(t))
            }
            _ => Ok(self.text(t)),
        }
    }

    /// The `$a[]` expression starting at token `at` is written to.
    fn append_written(&mut self, at: usize) -> bool {
        let before = self.unwritten_appends.len();
        self.unwritten_appends.retain(|&(_, start)| start != at);
        self.unwritten_appends.len() != before
    }

    /// Checks a `self`, `parent` or `static` class reference at token `at`.
    fn check_class_ref(&mut self, name: &[u8], line: u32, at: usize) {
        let special = match name.to_ascii_lowercase().as_slice() {
            b"self" => "self",
            b"parent" => "parent",
            b"static" => "static",
            _ => return,
        };
        if !self.scope.in_function {
            return;
        }
        match self.scope.class {
            None => self.fatal_later(
                format!("Cannot use \"{special}\" when no class scope is active"),
                line,
                at,
            ),
            Some((_, false)) if special == "parent" => self.fatal_later(
                "Cannot use \"parent\" when current class scope has no parent",
                line,
                at,
            ),
            _ => {}
        }
    }

    /// Checks that an expression may be written to, as php's compiler does.
    /// `target` starts at token `at`.
    fn check_writable(&mut self, target: &Expr, at: usize) {
        self.check_write_context(target, WriteUse::Assign, at);
    }

    fn check_write_context(&mut self, target: &Expr, usage: WriteUse, at: usize) {
        use crate::ast::ExprKind;
        let assigned = usage == WriteUse::Assign;
        // A nullsafe fetch anywhere in a dimension/property chain.
        let mut link = target;
        loop {
            match &link.kind {
                ExprKind::Prop { nullsafe: true, .. } => {
                    let message = if usage == WriteUse::RefSource {
                        "Cannot take reference of a nullsafe chain"
                    } else {
                        "Can't use nullsafe operator in write context"
                    };
                    self.fatal_later(message, target.line, at);
                    return;
                }
                ExprKind::Index { base: inner, .. } | ExprKind::Prop { obj: inner, .. } => {
                    link = inner;
                }
                _ => break,
            }
        }
        match &target.kind {
            ExprKind::Var(name) if name == b"this" && assigned => {
                self.fatal_later("Cannot re-assign $this", target.line, at)
            }
            ExprKind::Call { .. } if usage != WriteUse::RefSource => self.fatal_later(
                "Can't use function return value in write context",
                target.line,
                at,
            ),
            ExprKind::MethodCall { .. } | ExprKind::StaticCall { .. }
                if usage != WriteUse::RefSource =>
            {
                self.fatal_later(
                    "Can't use method return value in write context",
                    target.line,
                    at,
                )
            }
            ExprKind::Index { .. } | ExprKind::Prop { .. } => {
                // A dimension or property of a temporary value cannot be written.
                let mut base = target;
                while let ExprKind::Index { base: inner, .. } | ExprKind::Prop { obj: inner, .. } =
                    &base.kind
                {
                    base = inner;
                }
                if !matches!(
                    base.kind,
                    ExprKind::Var(_)
                        | ExprKind::VarVar(_)
                        | ExprKind::StaticProp { .. }
                        | ExprKind::Call { .. }
                        | ExprKind::MethodCall { .. }
                        | ExprKind::StaticCall { .. }
                ) {
                    self.fatal_later(
                        "Cannot use temporary expression in write context",
                        target.line,
                        at,
                    );
                }
            }
            _ => {}
        }
    }
}
