//! The PHP lexer: turns source bytes into the token stream that php 8.2's own
//! scanner (zend_language_scanner) hands its parser, with the same scanner
//! states, the same token kinds and the same scan-time errors and warnings.
//!
//! The whole file is scanned up front. A scan-time error becomes a final
//! `Tk::Error` token, so the parser reports it only if it gets that far, just
//! as php only meets a scanner error when its parser asks for that token.

use crate::parser::{Diagnostic, DiagnosticLevel};

/// A token kind. The content-bearing kinds come first (php names them with
/// their text: `variable "$x"`); the rest always have one spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tk {
    /// `T_LNUMBER`: an integer literal (value `Int`).
    LNumber,
    /// `T_DNUMBER`: a float literal, also an integer literal too big for i64.
    DNumber,
    /// `T_STRING`: an identifier, keywords excluded.
    Ident,
    /// `\Foo` or `\Foo\Bar`.
    NameFullyQualified,
    /// `Foo\Bar`.
    NameQualified,
    /// `namespace\Foo`.
    NameRelative,
    /// `$name` (value: the name without `$`).
    Variable,
    /// Text outside the php tags (value: the text).
    InlineHtml,
    /// A literal piece of an interpolated string, escapes decoded.
    EncapsedAndWhitespace,
    /// A whole string without interpolation, escapes decoded.
    ConstantEncapsedString,
    /// The `name` in `"${name}"`.
    StringVarname,
    /// An offset in `"$a[12]"` (value `Int`, or `Str` when not a plain decimal).
    NumString,
    StartHeredoc,
    EndHeredoc,
    BadCharacter,
    End,
    /// A scanner error; the value holds php's message. Always the last token.
    Error,

    // Keywords.
    Include,
    IncludeOnce,
    Eval,
    Require,
    RequireOnce,
    LogicalOr,
    LogicalXor,
    LogicalAnd,
    Print,
    Yield,
    YieldFrom,
    Instanceof,
    New,
    Clone,
    Exit,
    If,
    Elseif,
    Else,
    Endif,
    Echo,
    Do,
    While,
    Endwhile,
    For,
    Endfor,
    Foreach,
    Endforeach,
    Declare,
    Enddeclare,
    As,
    Switch,
    Endswitch,
    Case,
    Default,
    Match,
    Break,
    Continue,
    Goto,
    Function,
    Fn,
    Const,
    Return,
    Try,
    Catch,
    Finally,
    Throw,
    Use,
    Insteadof,
    Global,
    Static,
    Abstract,
    Final,
    Private,
    Protected,
    Public,
    Readonly,
    Var,
    Unset,
    Isset,
    Empty,
    HaltCompiler,
    Class,
    Trait,
    Interface,
    Enum,
    Extends,
    Implements,
    Namespace,
    List,
    Array,
    Callable,
    LineC,
    FileC,
    DirC,
    ClassC,
    TraitC,
    MethodC,
    FuncC,
    NsC,

    // Multi-character operators.
    Inc,
    Dec,
    IsIdentical,
    IsNotIdentical,
    IsEqual,
    IsNotEqual,
    IsSmallerOrEqual,
    IsGreaterOrEqual,
    Spaceship,
    PlusEqual,
    MinusEqual,
    MulEqual,
    DivEqual,
    ConcatEqual,
    ModEqual,
    AndEqual,
    OrEqual,
    XorEqual,
    SlEqual,
    SrEqual,
    CoalesceEqual,
    BooleanOr,
    BooleanAnd,
    IntCast,
    DoubleCast,
    StringCast,
    ArrayCast,
    ObjectCast,
    BoolCast,
    UnsetCast,
    ObjectOperator,
    NullsafeObjectOperator,
    DoubleArrow,
    /// `?>`: php's parser sees it as `;`.
    CloseTag,
    DollarOpenCurlyBraces,
    CurlyOpen,
    PaamayimNekudotayim,
    NsSeparator,
    Ellipsis,
    Coalesce,
    Pow,
    PowEqual,
    /// `&` followed by a variable or `...` (by-reference markers).
    AmpFollowedByVar,
    /// Any other `&` (the bitwise operator).
    AmpNotFollowedByVar,
    Attribute,
    Sl,
    Sr,

    // Single characters.
    Semicolon,
    Colon,
    Comma,
    Dot,
    LBracket,
    RBracket,
    LParen,
    RParen,
    Pipe,
    Caret,
    Plus,
    Minus,
    Slash,
    Star,
    Eq,
    Percent,
    Bang,
    Tilde,
    Dollar,
    Lt,
    Gt,
    Question,
    At,
    LBrace,
    RBrace,
    DoubleQuote,
    Backtick,
}

/// How php's parser names a token kind in its messages.
enum TkName {
    /// Always spelled the same: `token ";"` when unexpected, `";"` when expected.
    Fixed(&'static str),
    /// Named by a label and the token's text: `variable "$x"`; bare label when expected.
    Content(&'static str),
}

impl Tk {
    fn name(self) -> TkName {
        use Tk::*;
        use TkName::{Content, Fixed};
        match self {
            LNumber => Content("integer"),
            DNumber => Content("floating-point number"),
            Ident => Content("identifier"),
            NameFullyQualified => Content("fully qualified name"),
            NameQualified => Content("namespaced name"),
            NameRelative => Content("namespace-relative name"),
            Variable => Content("variable"),
            InlineHtml => Content("T_INLINE_HTML"),
            EncapsedAndWhitespace => Content("string content"),
            ConstantEncapsedString => Content("quoted string"),
            StringVarname => Content("variable name"),
            NumString => Content("number"),
            StartHeredoc => Content("heredoc start"),
            EndHeredoc => Content("heredoc end"),
            BadCharacter => Content("invalid character"),
            End | Error => Content("end of file"),
            Include => Fixed("include"),
            IncludeOnce => Fixed("include_once"),
            Eval => Fixed("eval"),
            Require => Fixed("require"),
            RequireOnce => Fixed("require_once"),
            LogicalOr => Fixed("or"),
            LogicalXor => Fixed("xor"),
            LogicalAnd => Fixed("and"),
            Print => Fixed("print"),
            Yield => Fixed("yield"),
            YieldFrom => Fixed("yield from"),
            Instanceof => Fixed("instanceof"),
            New => Fixed("new"),
            Clone => Fixed("clone"),
            Exit => Fixed("exit"),
            If => Fixed("if"),
            Elseif => Fixed("elseif"),
            Else => Fixed("else"),
            Endif => Fixed("endif"),
            Echo => Fixed("echo"),
            Do => Fixed("do"),
            While => Fixed("while"),
            Endwhile => Fixed("endwhile"),
            For => Fixed("for"),
            Endfor => Fixed("endfor"),
            Foreach => Fixed("foreach"),
            Endforeach => Fixed("endforeach"),
            Declare => Fixed("declare"),
            Enddeclare => Fixed("enddeclare"),
            As => Fixed("as"),
            Switch => Fixed("switch"),
            Endswitch => Fixed("endswitch"),
            Case => Fixed("case"),
            Default => Fixed("default"),
            Match => Fixed("match"),
            Break => Fixed("break"),
            Continue => Fixed("continue"),
            Goto => Fixed("goto"),
            Function => Fixed("function"),
            Fn => Fixed("fn"),
            Const => Fixed("const"),
            Return => Fixed("return"),
            Try => Fixed("try"),
            Catch => Fixed("catch"),
            Finally => Fixed("finally"),
            Throw => Fixed("throw"),
            Use => Fixed("use"),
            Insteadof => Fixed("insteadof"),
            Global => Fixed("global"),
            Static => Fixed("static"),
            Abstract => Fixed("abstract"),
            Final => Fixed("final"),
            Private => Fixed("private"),
            Protected => Fixed("protected"),
            Public => Fixed("public"),
            Readonly => Fixed("readonly"),
            Var => Fixed("var"),
            Unset => Fixed("unset"),
            Isset => Fixed("isset"),
            Empty => Fixed("empty"),
            HaltCompiler => Fixed("__halt_compiler"),
            Class => Fixed("class"),
            Trait => Fixed("trait"),
            Interface => Fixed("interface"),
            Enum => Fixed("enum"),
            Extends => Fixed("extends"),
            Implements => Fixed("implements"),
            Namespace => Fixed("namespace"),
            List => Fixed("list"),
            Array => Fixed("array"),
            Callable => Fixed("callable"),
            LineC => Fixed("__LINE__"),
            FileC => Fixed("__FILE__"),
            DirC => Fixed("__DIR__"),
            ClassC => Fixed("__CLASS__"),
            TraitC => Fixed("__TRAIT__"),
            MethodC => Fixed("__METHOD__"),
            FuncC => Fixed("__FUNCTION__"),
            NsC => Fixed("__NAMESPACE__"),
            Inc => Fixed("++"),
            Dec => Fixed("--"),
            IsIdentical => Fixed("==="),
            IsNotIdentical => Fixed("!=="),
            IsEqual => Fixed("=="),
            IsNotEqual => Fixed("!="),
            IsSmallerOrEqual => Fixed("<="),
            IsGreaterOrEqual => Fixed(">="),
            Spaceship => Fixed("<=>"),
            PlusEqual => Fixed("+="),
            MinusEqual => Fixed("-="),
            MulEqual => Fixed("*="),
            DivEqual => Fixed("/="),
            ConcatEqual => Fixed(".="),
            ModEqual => Fixed("%="),
            AndEqual => Fixed("&="),
            OrEqual => Fixed("|="),
            XorEqual => Fixed("^="),
            SlEqual => Fixed("<<="),
            SrEqual => Fixed(">>="),
            CoalesceEqual => Fixed("??="),
            BooleanOr => Fixed("||"),
            BooleanAnd => Fixed("&&"),
            IntCast => Fixed("(int)"),
            DoubleCast => Fixed("(double)"),
            StringCast => Fixed("(string)"),
            ArrayCast => Fixed("(array)"),
            ObjectCast => Fixed("(object)"),
            BoolCast => Fixed("(bool)"),
            UnsetCast => Fixed("(unset)"),
            ObjectOperator => Fixed("->"),
            NullsafeObjectOperator => Fixed("?->"),
            DoubleArrow => Fixed("=>"),
            CloseTag | Semicolon => Fixed(";"),
            DollarOpenCurlyBraces => Fixed("${"),
            CurlyOpen => Fixed("{$"),
            PaamayimNekudotayim => Fixed("::"),
            NsSeparator => Fixed("\\"),
            Ellipsis => Fixed("..."),
            Coalesce => Fixed("??"),
            Pow => Fixed("**"),
            PowEqual => Fixed("**="),
            AmpFollowedByVar | AmpNotFollowedByVar => Fixed("&"),
            Attribute => Fixed("#["),
            Sl => Fixed("<<"),
            Sr => Fixed(">>"),
            Colon => Fixed(":"),
            Comma => Fixed(","),
            Dot => Fixed("."),
            LBracket => Fixed("["),
            RBracket => Fixed("]"),
            LParen => Fixed("("),
            RParen => Fixed(")"),
            Pipe => Fixed("|"),
            Caret => Fixed("^"),
            Plus => Fixed("+"),
            Minus => Fixed("-"),
            Slash => Fixed("/"),
            Star => Fixed("*"),
            Eq => Fixed("="),
            Percent => Fixed("%"),
            Bang => Fixed("!"),
            Tilde => Fixed("~"),
            Dollar => Fixed("$"),
            Lt => Fixed("<"),
            Gt => Fixed(">"),
            Question => Fixed("?"),
            At => Fixed("@"),
            LBrace => Fixed("{"),
            RBrace => Fixed("}"),
            DoubleQuote => Fixed("\""),
            Backtick => Fixed("`"),
        }
    }

    /// How php lists this kind among the expected tokens of a syntax error.
    pub fn expected_name(self) -> String {
        match (self, self.name()) {
            // Bison's internal name for the bitwise `&`, which php leaks here.
            (Tk::AmpNotFollowedByVar, _) => "amp".to_string(),
            (_, TkName::Fixed(s)) => format!("\"{s}\""),
            (_, TkName::Content(label)) => label.to_string(),
        }
    }

    /// Whether the token is a keyword, usable where php accepts any
    /// identifier (`$o->class`, `A::list()`, method and constant names).
    pub fn is_semi_reserved(self) -> bool {
        (self as u16) >= (Tk::Include as u16) && (self as u16) <= (Tk::NsC as u16)
    }
}

/// The decoded value of a token.
#[derive(Debug, Clone, PartialEq)]
pub enum TokValue {
    None,
    Str(Vec<u8>),
    Int(i64),
    Float(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: Tk,
    /// The token's text is `src[start..end]`.
    pub start: usize,
    pub end: usize,
    /// The line the token starts on.
    pub line: u32,
    /// The line php reports when this token is the unexpected one: the
    /// scanner's line after reading it, so usually the line it ends on.
    pub err_line: u32,
    pub value: TokValue,
}

impl Token {
    pub fn text<'s>(&self, src: &'s [u8]) -> &'s [u8] {
        &src[self.start..self.end]
    }

    /// The string value (decoded string, name without `$`, error message).
    pub fn bytes(&self) -> &[u8] {
        match &self.value {
            TokValue::Str(s) => s,
            _ => &[],
        }
    }

    /// php's description of this token as the unexpected one in a syntax
    /// error (`token ";"`, `identifier "foo"`, `end of file`).
    pub fn describe(&self, src: &[u8]) -> String {
        let label = match self.kind.name() {
            TkName::Fixed("\"") => return "double-quote mark".to_string(),
            TkName::Fixed(s) => return format!("token \"{s}\""),
            TkName::Content(label) => label,
        };
        if matches!(self.kind, Tk::End | Tk::Error) {
            return "end of file".to_string();
        }
        let mut content = self.text(src);
        if self.kind == Tk::BadCharacter && content.len() == 1 {
            return format!("character 0x{:02X}", content[0]);
        }
        // Keep log lines whole: cut at the first newline.
        if let Some(nl) = content.iter().position(|&b| b == b'\n') {
            content = &content[..nl];
        }
        let mut label = label;
        if self.kind == Tk::ConstantEncapsedString && !content.is_empty() {
            if content[0] == b'"' {
                label = "double-quoted string";
            } else if content[0] == b'\'' {
                label = "single-quoted string";
            }
        }
        // Strip one layer of quotes so they are not nested in the message.
        if let [b'\'' | b'"', rest @ ..] = content {
            content = rest;
        }
        if let [rest @ .., b'\'' | b'"'] = content {
            content = rest;
        }
        if content.len() > 33 {
            format!("{label} \"{}...\"", String::from_utf8_lossy(&content[..30]))
        } else {
            format!("{label} \"{}\"", String::from_utf8_lossy(content))
        }
    }
}

/// The result of scanning a whole file.
#[derive(Debug, Default)]
pub struct Lexed {
    /// Ends with `Tk::End` or `Tk::Error`.
    pub tokens: Vec<Token>,
    /// Scan-time warnings, each with the index of the token whose scanning
    /// raised it (php prints them only if its parser got that far).
    pub warnings: Vec<(usize, Diagnostic)>,
}

/// Scans a whole file.
pub fn tokenize(src: &[u8]) -> Lexed {
    let mut lexer = Lexer {
        src,
        pos: 0,
        line: 1,
        state: State::Initial,
        saved_states: Vec::new(),
        heredocs: Vec::new(),
        nesting: Vec::new(),
        out: Lexed::default(),
    };
    lexer.skip_shebang();
    lexer.run();
    lexer.out
}

impl Lexer<'_> {
    /// A first line starting with `#!` is skipped, as php's CLI does, so a
    /// script may be executable (and still start with `namespace`).
    fn skip_shebang(&mut self) {
        if !self.src.starts_with(b"#!") {
            return;
        }
        let Some(end) = self.src.iter().position(|&b| b == b'\n' || b == b'\r') else {
            self.pos = self.src.len();
            return;
        };
        let crlf = self.src[end] == b'\r' && self.src.get(end + 1) == Some(&b'\n');
        self.pos = end + if crlf { 2 } else { 1 };
        self.line = 2;
    }
}

/// The scanner states of zend_language_scanner.l.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Initial,
    Scripting,
    DoubleQuotes,
    Backquote,
    Heredoc,
    Nowdoc,
    EndHeredoc,
    LookingForProperty,
    LookingForVarname,
    VarOffset,
}

struct HeredocLabel {
    label: Vec<u8>,
    /// Indentation of the closing marker, stripped from every body line.
    indentation: usize,
    indentation_uses_spaces: bool,
}

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    state: State,
    /// Pushed states (php's yy_push_state stack).
    saved_states: Vec<State>,
    heredocs: Vec<HeredocLabel>,
    /// Open brackets with their lines, for "Unclosed '{'" errors.
    nesting: Vec<(u8, u32)>,
    out: Lexed,
}

fn is_label_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_label_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Counts newlines the way php does: `\n`, and `\r` not followed by `\n`.
fn count_newlines(bytes: &[u8]) -> u32 {
    let mut n = 0u32;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            n = n.saturating_add(1);
        }
    }
    n
}

fn keyword(lower: &[u8]) -> Option<Tk> {
    use Tk::*;
    Some(match lower {
        b"exit" | b"die" => Exit,
        b"fn" => Fn,
        b"function" => Function,
        b"const" => Const,
        b"return" => Return,
        b"yield" => Yield,
        b"try" => Try,
        b"catch" => Catch,
        b"finally" => Finally,
        b"throw" => Throw,
        b"if" => If,
        b"elseif" => Elseif,
        b"endif" => Endif,
        b"else" => Else,
        b"while" => While,
        b"endwhile" => Endwhile,
        b"do" => Do,
        b"for" => For,
        b"endfor" => Endfor,
        b"foreach" => Foreach,
        b"endforeach" => Endforeach,
        b"declare" => Declare,
        b"enddeclare" => Enddeclare,
        b"instanceof" => Instanceof,
        b"as" => As,
        b"switch" => Switch,
        b"match" => Match,
        b"endswitch" => Endswitch,
        b"case" => Case,
        b"default" => Default,
        b"break" => Break,
        b"continue" => Continue,
        b"goto" => Goto,
        b"echo" => Echo,
        b"print" => Print,
        b"class" => Class,
        b"interface" => Interface,
        b"trait" => Trait,
        b"extends" => Extends,
        b"implements" => Implements,
        b"new" => New,
        b"clone" => Clone,
        b"var" => Var,
        b"eval" => Eval,
        b"include" => Include,
        b"include_once" => IncludeOnce,
        b"require" => Require,
        b"require_once" => RequireOnce,
        b"namespace" => Namespace,
        b"use" => Use,
        b"insteadof" => Insteadof,
        b"global" => Global,
        b"isset" => Isset,
        b"empty" => Empty,
        b"__halt_compiler" => HaltCompiler,
        b"static" => Static,
        b"abstract" => Abstract,
        b"final" => Final,
        b"private" => Private,
        b"protected" => Protected,
        b"public" => Public,
        b"readonly" => Readonly,
        b"unset" => Unset,
        b"list" => List,
        b"array" => Array,
        b"callable" => Callable,
        b"__class__" => ClassC,
        b"__trait__" => TraitC,
        b"__function__" => FuncC,
        b"__method__" => MethodC,
        b"__line__" => LineC,
        b"__file__" => FileC,
        b"__dir__" => DirC,
        b"__namespace__" => NsC,
        b"or" => LogicalOr,
        b"and" => LogicalAnd,
        b"xor" => LogicalXor,
        _ => return None,
    })
}

/// Operators, longest first so that the first match is the longest one.
const OPERATORS: &[(&[u8], Tk)] = &[
    (b"<=>", Tk::Spaceship),
    (b"===", Tk::IsIdentical),
    (b"!==", Tk::IsNotIdentical),
    (b"<<=", Tk::SlEqual),
    (b">>=", Tk::SrEqual),
    (b"**=", Tk::PowEqual),
    (b"??=", Tk::CoalesceEqual),
    (b"?->", Tk::NullsafeObjectOperator),
    (b"...", Tk::Ellipsis),
    (b"++", Tk::Inc),
    (b"--", Tk::Dec),
    (b"==", Tk::IsEqual),
    (b"!=", Tk::IsNotEqual),
    (b"<>", Tk::IsNotEqual),
    (b"<=", Tk::IsSmallerOrEqual),
    (b">=", Tk::IsGreaterOrEqual),
    (b"+=", Tk::PlusEqual),
    (b"-=", Tk::MinusEqual),
    (b"*=", Tk::MulEqual),
    (b"/=", Tk::DivEqual),
    (b".=", Tk::ConcatEqual),
    (b"%=", Tk::ModEqual),
    (b"&=", Tk::AndEqual),
    (b"|=", Tk::OrEqual),
    (b"^=", Tk::XorEqual),
    (b"||", Tk::BooleanOr),
    (b"&&", Tk::BooleanAnd),
    (b"->", Tk::ObjectOperator),
    (b"=>", Tk::DoubleArrow),
    (b"::", Tk::PaamayimNekudotayim),
    (b"??", Tk::Coalesce),
    (b"**", Tk::Pow),
    (b"<<", Tk::Sl),
    (b">>", Tk::Sr),
    (b";", Tk::Semicolon),
    (b":", Tk::Colon),
    (b",", Tk::Comma),
    (b".", Tk::Dot),
    (b"[", Tk::LBracket),
    (b"]", Tk::RBracket),
    (b"(", Tk::LParen),
    (b")", Tk::RParen),
    (b"|", Tk::Pipe),
    (b"^", Tk::Caret),
    (b"+", Tk::Plus),
    (b"-", Tk::Minus),
    (b"/", Tk::Slash),
    (b"*", Tk::Star),
    (b"=", Tk::Eq),
    (b"%", Tk::Percent),
    (b"!", Tk::Bang),
    (b"~", Tk::Tilde),
    (b"$", Tk::Dollar),
    (b"<", Tk::Lt),
    (b">", Tk::Gt),
    (b"?", Tk::Question),
    (b"@", Tk::At),
    (b"{", Tk::LBrace),
    (b"}", Tk::RBrace),
];

const CASTS: &[(&[u8], Tk)] = &[
    (b"int", Tk::IntCast),
    (b"integer", Tk::IntCast),
    (b"float", Tk::DoubleCast),
    (b"double", Tk::DoubleCast),
    (b"string", Tk::StringCast),
    (b"binary", Tk::StringCast),
    (b"array", Tk::ArrayCast),
    (b"object", Tk::ObjectCast),
    (b"bool", Tk::BoolCast),
    (b"boolean", Tk::BoolCast),
    (b"unset", Tk::UnsetCast),
];

/// Which string syntax an escape sequence appears in (they differ in the
/// quote character that may be escaped).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoting {
    Double,
    Heredoc,
    Backtick,
}

impl<'a> Lexer<'a> {
    fn run(&mut self) {
        loop {
            let before = self.out.tokens.len();
            match self.state {
                State::Initial => self.scan_initial(),
                State::Scripting => self.scan_scripting(),
                State::DoubleQuotes => self.scan_interpolated(Quoting::Double),
                State::Backquote => self.scan_interpolated(Quoting::Backtick),
                State::Heredoc => self.scan_interpolated(Quoting::Heredoc),
                State::Nowdoc => self.scan_nowdoc(),
                State::EndHeredoc => self.scan_end_heredoc(),
                State::LookingForProperty => self.scan_looking_for_property(),
                State::LookingForVarname => self.scan_looking_for_varname(),
                State::VarOffset => self.scan_var_offset(),
            }
            if self.out.tokens.len() > before {
                let last = self.out.tokens.last().map(|t| t.kind);
                if matches!(last, Some(Tk::End | Tk::Error)) {
                    return;
                }
            }
        }
    }

    fn peek_at(&self, offset: usize) -> u8 {
        self.src.get(self.pos + offset).copied().unwrap_or(0)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    fn starts_with(&self, s: &[u8]) -> bool {
        self.src[self.pos.min(self.src.len())..].starts_with(s)
    }

    fn starts_with_ci(&self, s: &[u8]) -> bool {
        let rest = &self.src[self.pos.min(self.src.len())..];
        rest.len() >= s.len() && rest[..s.len()].eq_ignore_ascii_case(s)
    }

    /// Moves to `to`, counting the newlines passed.
    fn advance_to(&mut self, to: usize) {
        let to = to.min(self.src.len());
        let newlines = count_newlines(&self.src[self.pos..to]);
        self.line = self.line.saturating_add(newlines);
        self.pos = to;
    }

    fn push_state(&mut self, state: State) {
        self.saved_states.push(self.state);
        self.state = state;
    }

    fn pop_state(&mut self) {
        if let Some(s) = self.saved_states.pop() {
            self.state = s;
        }
    }

    fn emit(&mut self, kind: Tk, start: usize, line: u32, value: TokValue) {
        self.out.tokens.push(Token {
            kind,
            start,
            end: self.pos,
            line,
            err_line: self.line,
            value,
        });
    }

    fn error(&mut self, message: String, line: u32) {
        let start = self.pos;
        self.out.tokens.push(Token {
            kind: Tk::Error,
            start,
            end: start,
            line,
            err_line: line,
            value: TokValue::Str(message.into_bytes()),
        });
    }

    fn warn(&mut self, message: String, line: u32) {
        let index = self.out.tokens.len();
        self.out.warnings.push((
            index,
            Diagnostic {
                level: DiagnosticLevel::Warning,
                message,
                line,
            },
        ));
    }

    /// The end of the input: php checks that every bracket was closed.
    fn emit_end(&mut self) {
        if let Some(&(open, open_line)) = self.nesting.last() {
            self.report_bad_nesting(open, open_line, None);
            return;
        }
        let start = self.src.len();
        self.pos = start;
        self.emit(Tk::End, start, self.line, TokValue::None);
    }

    fn enter_nesting(&mut self, open: u8) {
        self.nesting.push((open, self.line));
    }

    /// Pops the bracket `close` closes; false (after emitting the error) on a mismatch.
    fn exit_nesting(&mut self, close: u8) -> bool {
        let Some(&(open, open_line)) = self.nesting.last() else {
            self.error(format!("Unmatched '{}'", close as char), self.line);
            return false;
        };
        let expected = match open {
            b'{' => b'}',
            b'[' => b']',
            _ => b')',
        };
        if close != expected {
            self.report_bad_nesting(open, open_line, Some(close));
            return false;
        }
        self.nesting.pop();
        true
    }

    fn report_bad_nesting(&mut self, open: u8, open_line: u32, close: Option<u8>) {
        let mut message = format!("Unclosed '{}'", open as char);
        if open_line != self.line {
            message.push_str(&format!(" on line {open_line}"));
        }
        if let Some(close) = close {
            message.push_str(&format!(" does not match '{}'", close as char));
        }
        self.error(message, self.line);
    }

    // ----- INITIAL: text outside the php tags -----

    fn scan_initial(&mut self) {
        if self.at_end() {
            self.emit_end();
            return;
        }
        let start = self.pos;
        let line = self.line;
        if self.starts_with(b"<?") {
            if self.starts_with(b"<?=") {
                self.advance_to(start + 3);
                self.state = State::Scripting;
                self.emit(Tk::Echo, start, line, TokValue::None);
                return;
            }
            let mut end = start + 2;
            if self.starts_with_ci(b"<?php") {
                match self.src.get(start + 5) {
                    None => end = start + 5,
                    Some(b' ' | b'\t' | b'\n') => end = start + 6,
                    Some(b'\r') => {
                        end = start + 6;
                        if self.src.get(start + 6) == Some(&b'\n') {
                            end += 1;
                        }
                    }
                    // `<?phpx` is the short tag `<?` followed by `phpx`.
                    Some(_) => {}
                }
            }
            self.advance_to(end);
            self.state = State::Scripting;
            return;
        }
        let end = memfind(&self.src[start..], b"<?").map_or(self.src.len(), |i| start + i);
        self.advance_to(end);
        let text = self.src[start..end].to_vec();
        self.emit(Tk::InlineHtml, start, line, TokValue::Str(text));
    }

    // ----- IN_SCRIPTING: php code -----

    /// Skips whitespace and comments; false if an unterminated comment
    /// ended the scan.
    fn skip_trivia(&mut self) -> bool {
        loop {
            let c = self.peek_at(0);
            if self.at_end() {
                return true;
            }
            match c {
                b' ' | b'\t' | b'\n' | b'\r' => {
                    let mut end = self.pos;
                    while matches!(self.src.get(end), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                        end += 1;
                    }
                    self.advance_to(end);
                }
                b'#' if self.peek_at(1) != b'[' => self.skip_line_comment(),
                b'/' if self.peek_at(1) == b'/' => self.skip_line_comment(),
                b'/' if self.peek_at(1) == b'*' => {
                    let start_line = self.line;
                    match memfind(&self.src[self.pos + 2..], b"*/") {
                        Some(i) => {
                            let end = self.pos + 2 + i + 2;
                            self.advance_to(end);
                        }
                        None => {
                            self.error(
                                format!("Unterminated comment starting line {start_line}"),
                                start_line,
                            );
                            return false;
                        }
                    }
                }
                _ => return true,
            }
        }
    }

    /// A `//` or `#` comment runs to the end of the line or to `?>`.
    fn skip_line_comment(&mut self) {
        let mut i = self.pos;
        while i < self.src.len() {
            match self.src[i] {
                b'\n' => {
                    i += 1;
                    break;
                }
                b'\r' => {
                    i += 1;
                    if self.src.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                    break;
                }
                b'?' if self.src.get(i + 1) == Some(&b'>') => break,
                _ => i += 1,
            }
        }
        self.advance_to(i);
    }

    fn scan_scripting(&mut self) {
        if !self.skip_trivia() {
            return;
        }
        if self.at_end() {
            self.emit_end();
            return;
        }
        let start = self.pos;
        let line = self.line;
        let c = self.peek_at(0);
        let c1 = self.peek_at(1);

        if c == b'$' && is_label_start(c1) {
            let end = self.label_end(start + 1);
            self.advance_to(end);
            let name = self.src[start + 1..end].to_vec();
            self.emit(Tk::Variable, start, line, TokValue::Str(name));
            return;
        }
        if (c == b'b' || c == b'B') && (c1 == b'\'' || c1 == b'"') {
            self.pos += 1;
            if c1 == b'\'' {
                self.scan_single_quoted(start, line);
            } else {
                self.scan_double_quoted(start, line);
            }
            return;
        }
        if (c == b'b' || c == b'B') && self.src[start + 1..].starts_with(b"<<<") {
            self.pos += 1;
            if self.scan_heredoc_start(start, line) {
                return;
            }
            self.pos = start;
        }
        if is_label_start(c) {
            self.scan_word(start, line);
            return;
        }
        if c == b'\\' {
            if is_label_start(c1) {
                let end = self.qualified_name_end(start + 1);
                self.advance_to(end);
                let name = self.src[start..end].to_vec();
                self.emit(Tk::NameFullyQualified, start, line, TokValue::Str(name));
            } else {
                self.advance_to(start + 1);
                self.emit(Tk::NsSeparator, start, line, TokValue::None);
            }
            return;
        }
        if c.is_ascii_digit() || (c == b'.' && c1.is_ascii_digit()) {
            self.scan_number(start, line);
            return;
        }
        if c == b'<' && self.starts_with(b"<<<") && self.scan_heredoc_start(start, line) {
            return;
        }
        if c == b'(' && self.scan_cast(start, line) {
            return;
        }
        match c {
            b'\'' => return self.scan_single_quoted(start, line),
            b'"' => return self.scan_double_quoted(start, line),
            b'`' => {
                self.advance_to(start + 1);
                self.state = State::Backquote;
                self.emit(Tk::Backtick, start, line, TokValue::None);
                return;
            }
            b'?' if c1 == b'>' => {
                let mut end = start + 2;
                match self.src.get(end) {
                    Some(b'\n') => end += 1,
                    Some(b'\r') => {
                        end += 1;
                        if self.src.get(end) == Some(&b'\n') {
                            end += 1;
                        }
                    }
                    _ => {}
                }
                // php counts the newline eaten by `?>` only from the next token.
                self.pos = start + 2;
                self.emit(Tk::CloseTag, start, line, TokValue::None);
                self.advance_to(end);
                if let Some(t) = self.out.tokens.last_mut() {
                    t.end = end;
                }
                self.state = State::Initial;
                return;
            }
            b'#' if c1 == b'[' => {
                self.advance_to(start + 2);
                self.enter_nesting(b'[');
                self.emit(Tk::Attribute, start, line, TokValue::None);
                return;
            }
            b'&' => {
                self.scan_ampersand(start, line);
                return;
            }
            _ => {}
        }
        for &(op, kind) in OPERATORS {
            if self.starts_with(op) {
                self.advance_to(start + op.len());
                match kind {
                    Tk::LParen => self.enter_nesting(b'('),
                    Tk::LBracket => self.enter_nesting(b'['),
                    Tk::LBrace => {
                        self.push_state(State::Scripting);
                        self.enter_nesting(b'{');
                    }
                    Tk::RParen | Tk::RBracket | Tk::RBrace => {
                        let close = self.src[start];
                        if !self.exit_nesting(close) {
                            return;
                        }
                        if kind == Tk::RBrace {
                            // Closes a `{` of code or a `{$`/`${` inside a string.
                            self.pop_state();
                        }
                    }
                    Tk::ObjectOperator | Tk::NullsafeObjectOperator => {
                        self.push_state(State::LookingForProperty)
                    }
                    _ => {}
                }
                self.emit(kind, start, line, TokValue::None);
                return;
            }
        }
        self.advance_to(start + 1);
        self.emit(Tk::BadCharacter, start, line, TokValue::None);
    }

    fn label_end(&self, from: usize) -> usize {
        let mut end = from;
        while end < self.src.len() && is_label_char(self.src[end]) {
            end += 1;
        }
        end
    }

    /// The end of `Label(\Label)*` starting at `from`.
    fn qualified_name_end(&self, from: usize) -> usize {
        let mut end = self.label_end(from);
        while self.src.get(end) == Some(&b'\\')
            && self.src.get(end + 1).is_some_and(|&b| is_label_start(b))
        {
            end = self.label_end(end + 1);
        }
        end
    }

    /// An identifier, keyword or (qualified) name.
    fn scan_word(&mut self, start: usize, line: u32) {
        let end = self.label_end(start);
        let word = &self.src[start..end];
        if self.src.get(end) == Some(&b'\\')
            && self.src.get(end + 1).is_some_and(|&b| is_label_start(b))
        {
            let qend = self.qualified_name_end(start);
            let kind = if word.eq_ignore_ascii_case(b"namespace") {
                Tk::NameRelative
            } else {
                Tk::NameQualified
            };
            self.advance_to(qend);
            let name = self.src[start..qend].to_vec();
            self.emit(kind, start, line, TokValue::Str(name));
            return;
        }
        let lower = word.to_ascii_lowercase();
        let mut kind = keyword(&lower);
        let mut token_end = end;
        match kind {
            Some(Tk::Yield) => {
                // `yield from` is one token when only whitespace separates them.
                let mut i = end;
                while matches!(self.src.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                    i += 1;
                }
                if i > end
                    && self.src.len() >= i + 4
                    && self.src[i..i + 4].eq_ignore_ascii_case(b"from")
                    && !self.src.get(i + 4).is_some_and(|&b| is_label_char(b))
                {
                    kind = Some(Tk::YieldFrom);
                    token_end = i + 4;
                }
            }
            Some(Tk::Readonly) => {
                // `readonly(` is a call of a function named readonly.
                let mut i = end;
                while matches!(self.src.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                    i += 1;
                }
                if self.src.get(i) == Some(&b'(') {
                    kind = None;
                }
            }
            _ => {}
        }
        if kind.is_none() && lower == b"enum" {
            // `enum` is a keyword only when a name follows it.
            let mut i = end;
            while matches!(self.src.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                i += 1;
            }
            if i > end && self.src.get(i).is_some_and(|&b| is_label_start(b)) {
                let next_end = self.label_end(i);
                let next = self.src[i..next_end].to_ascii_lowercase();
                if next != b"extends" && next != b"implements" {
                    kind = Some(Tk::Enum);
                }
            }
        }
        self.advance_to(token_end);
        match kind {
            Some(kind) => self.emit(kind, start, line, TokValue::None),
            None => {
                let name = word.to_vec();
                self.emit(Tk::Ident, start, line, TokValue::Str(name));
            }
        }
    }

    fn scan_ampersand(&mut self, start: usize, line: u32) {
        if self.starts_with(b"&&") || self.starts_with(b"&=") {
            let kind = if self.peek_at(1) == b'&' {
                Tk::BooleanAnd
            } else {
                Tk::AndEqual
            };
            self.advance_to(start + 2);
            self.emit(kind, start, line, TokValue::None);
            return;
        }
        let mut i = start + 1;
        while matches!(self.src.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        let followed_by_var =
            self.src.get(i) == Some(&b'$') || self.src[i.min(self.src.len())..].starts_with(b"...");
        self.advance_to(start + 1);
        let kind = if followed_by_var {
            Tk::AmpFollowedByVar
        } else {
            Tk::AmpNotFollowedByVar
        };
        self.emit(kind, start, line, TokValue::None);
    }

    /// `(int)`, `( string )`...; false if this `(` is not a cast.
    fn scan_cast(&mut self, start: usize, line: u32) -> bool {
        let mut i = start + 1;
        while matches!(self.src.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        let word_start = i;
        while self.src.get(i).is_some_and(|b| b.is_ascii_alphabetic()) {
            i += 1;
        }
        let word = self.src[word_start..i].to_ascii_lowercase();
        while matches!(self.src.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        if self.src.get(i) != Some(&b')') {
            return false;
        }
        if word == b"real" {
            self.error(
                "The (real) cast has been removed, use (float) instead".to_string(),
                line,
            );
            return true;
        }
        let Some(&(_, kind)) = CASTS.iter().find(|(name, _)| *name == word.as_slice()) else {
            return false;
        };
        self.advance_to(i + 1);
        self.emit(kind, start, line, TokValue::None);
        true
    }

    // ----- numbers -----

    /// The end of `digits(_digits)*` from `from`, where `from` is a digit.
    fn digits_end(&self, from: usize, is_digit: fn(u8) -> bool) -> usize {
        let mut i = from;
        loop {
            while self.src.get(i).is_some_and(|&b| is_digit(b)) {
                i += 1;
            }
            if self.src.get(i) == Some(&b'_') && self.src.get(i + 1).is_some_and(|&b| is_digit(b)) {
                i += 1;
                continue;
            }
            return i;
        }
    }

    fn scan_number(&mut self, start: usize, line: u32) {
        let c = self.peek_at(0);
        let c1 = self.peek_at(1).to_ascii_lowercase();
        let c2 = self.peek_at(2);
        type Radix = (u32, fn(u8) -> bool);
        let radix: Option<Radix> = if c != b'0' {
            None
        } else if c1 == b'x' && c2.is_ascii_hexdigit() {
            Some((16, |b: u8| b.is_ascii_hexdigit()))
        } else if c1 == b'b' && matches!(c2, b'0' | b'1') {
            Some((2, |b: u8| matches!(b, b'0' | b'1')))
        } else if c1 == b'o' && matches!(c2, b'0'..=b'7') {
            Some((8, |b: u8| matches!(b, b'0'..=b'7')))
        } else {
            None
        };
        if let Some((base, is_digit)) = radix {
            let end = self.digits_end(start + 2, is_digit);
            self.advance_to(end);
            let digits: Vec<u8> = self.src[start + 2..end]
                .iter()
                .copied()
                .filter(|&b| b != b'_')
                .collect();
            let value = int_or_float(&digits, base);
            let kind = if matches!(value, TokValue::Int(_)) {
                Tk::LNumber
            } else {
                Tk::DNumber
            };
            self.emit(kind, start, line, value);
            return;
        }

        let is_dec = |b: u8| b.is_ascii_digit();
        let mut end = start;
        let mut is_float = false;
        if c != b'.' {
            end = self.digits_end(start, is_dec);
        }
        if self.src.get(end) == Some(&b'.') {
            let after = end + 1;
            if self.src.get(after).is_some_and(|b| b.is_ascii_digit()) {
                end = self.digits_end(after, is_dec);
                is_float = true;
            } else if end > start {
                // `1.` is a float.
                end = after;
                is_float = true;
            }
        }
        if matches!(self.src.get(end), Some(b'e' | b'E')) {
            let mut i = end + 1;
            if matches!(self.src.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if self.src.get(i).is_some_and(|b| b.is_ascii_digit()) {
                end = self.digits_end(i, is_dec);
                is_float = true;
            }
        }
        self.advance_to(end);
        let digits: Vec<u8> = self.src[start..end]
            .iter()
            .copied()
            .filter(|&b| b != b'_')
            .collect();
        if is_float {
            let value = parse_float(&digits);
            self.emit(Tk::DNumber, start, line, TokValue::Float(value));
            return;
        }
        // A leading 0 makes an octal literal.
        let value = if digits.len() > 1 && digits[0] == b'0' {
            if digits.iter().any(|&b| b > b'7') {
                self.error("Invalid numeric literal".to_string(), line);
                return;
            }
            int_or_float(&digits[1..], 8)
        } else {
            int_or_float(&digits, 10)
        };
        let kind = if matches!(value, TokValue::Int(_)) {
            Tk::LNumber
        } else {
            Tk::DNumber
        };
        self.emit(kind, start, line, value);
    }

    // ----- strings -----

    /// A single-quoted string; the opening quote is at `self.pos`.
    fn scan_single_quoted(&mut self, start: usize, line: u32) {
        let body = self.pos + 1;
        let mut i = body;
        while i < self.src.len() {
            match self.src[i] {
                b'\'' => break,
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        if i >= self.src.len() {
            // Unterminated: php returns the rest of the file as string content
            // and reports it at the line where it starts.
            self.advance_to(self.src.len());
            let rest = self.src[body..].to_vec();
            self.out.tokens.push(Token {
                kind: Tk::EncapsedAndWhitespace,
                start,
                end: self.src.len(),
                line,
                err_line: line,
                value: TokValue::Str(rest),
            });
            return;
        }
        let raw = &self.src[body..i];
        let mut value = Vec::with_capacity(raw.len());
        let mut j = 0;
        while j < raw.len() {
            if raw[j] == b'\\' && matches!(raw.get(j + 1), Some(b'\\' | b'\'')) {
                value.push(raw[j + 1]);
                j += 2;
            } else {
                value.push(raw[j]);
                j += 1;
            }
        }
        self.advance_to(i + 1);
        self.emit(
            Tk::ConstantEncapsedString,
            start,
            line,
            TokValue::Str(value),
        );
    }

    /// A double-quoted string; the opening quote is at `self.pos`. Without
    /// interpolation it is one token, else `"` and the double-quotes state.
    fn scan_double_quoted(&mut self, start: usize, line: u32) {
        let body = self.pos + 1;
        let mut i = body;
        let mut closed = false;
        while i < self.src.len() {
            match self.src[i] {
                b'"' => {
                    closed = true;
                    break;
                }
                b'\\' => i += 2,
                b'$' if self
                    .src
                    .get(i + 1)
                    .is_some_and(|&b| is_label_start(b) || b == b'{') =>
                {
                    break
                }
                b'{' if self.src.get(i + 1) == Some(&b'$') => break,
                _ => i += 1,
            }
        }
        if closed {
            let raw_line = self.line;
            let Some(value) = self.decode_escapes(body, i, Quoting::Double, raw_line) else {
                return;
            };
            self.advance_to(i + 1);
            self.emit(
                Tk::ConstantEncapsedString,
                start,
                line,
                TokValue::Str(value),
            );
            return;
        }
        self.advance_to(body);
        self.state = State::DoubleQuotes;
        self.emit(Tk::DoubleQuote, start, line, TokValue::None);
    }

    /// Decodes the escapes of `src[from..to]`; None after emitting an error.
    fn decode_escapes(
        &mut self,
        from: usize,
        to: usize,
        quoting: Quoting,
        line: u32,
    ) -> Option<Vec<u8>> {
        let raw = &self.src[from..to];
        let out = self.decode_escape_bytes(raw, quoting, line);
        match out {
            Ok(v) => Some(v),
            Err((message, err_line)) => {
                self.error(message, err_line);
                None
            }
        }
    }

    fn decode_escape_bytes(
        &mut self,
        raw: &[u8],
        quoting: Quoting,
        mut line: u32,
    ) -> Result<Vec<u8>, (String, u32)> {
        let mut out = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            let b = raw[i];
            if b == b'\n' || (b == b'\r' && raw.get(i + 1) != Some(&b'\n')) {
                line = line.saturating_add(1);
            }
            if b != b'\\' || i + 1 >= raw.len() {
                out.push(b);
                i += 1;
                continue;
            }
            let e = raw[i + 1];
            i += 2;
            match e {
                b'n' => out.push(b'\n'),
                b't' => out.push(b'\t'),
                b'r' => out.push(b'\r'),
                b'v' => out.push(0x0b),
                b'e' => out.push(0x1b),
                b'f' => out.push(0x0c),
                b'\\' => out.push(b'\\'),
                b'$' => out.push(b'$'),
                b'"' if quoting == Quoting::Double => out.push(b'"'),
                b'`' if quoting == Quoting::Backtick => out.push(b'`'),
                b'x' if raw.get(i).is_some_and(|b| b.is_ascii_hexdigit()) => {
                    let mut value = 0u32;
                    let mut n = 0;
                    while n < 2 && raw.get(i).is_some_and(|b| b.is_ascii_hexdigit()) {
                        value = value * 16 + (raw[i] as char).to_digit(16).unwrap_or(0);
                        i += 1;
                        n += 1;
                    }
                    out.push(value as u8);
                }
                b'0'..=b'7' => {
                    let digits_start = i - 1;
                    let mut value = u32::from(e - b'0');
                    let mut n = 1;
                    while n < 3 && matches!(raw.get(i), Some(b'0'..=b'7')) {
                        value = value * 8 + u32::from(raw[i] - b'0');
                        i += 1;
                        n += 1;
                    }
                    if value > 0xff {
                        let digits = String::from_utf8_lossy(&raw[digits_start..i]).into_owned();
                        self.warn(
                            format!(
                                "Octal escape sequence overflow \\{digits} is greater than \\377"
                            ),
                            line,
                        );
                    }
                    out.push(value as u8);
                }
                b'u' if raw.get(i) == Some(&b'{') => {
                    let digits_start = i + 1;
                    let mut j = digits_start;
                    while raw.get(j).is_some_and(|b| b.is_ascii_hexdigit()) {
                        j += 1;
                    }
                    if raw.get(j) != Some(&b'}') || j == digits_start {
                        return Err(("Invalid UTF-8 codepoint escape sequence".to_string(), line));
                    }
                    let digits = &raw[digits_start..j];
                    let significant = digits.iter().skip_while(|&&d| d == b'0').count();
                    let mut cp = 0u32;
                    for &d in digits {
                        cp = cp
                            .saturating_mul(16)
                            .saturating_add((d as char).to_digit(16).unwrap_or(0));
                    }
                    if significant > 6 || cp > 0x10FFFF {
                        return Err((
                            "Invalid UTF-8 codepoint escape sequence: Codepoint too large"
                                .to_string(),
                            line,
                        ));
                    }
                    push_utf8(&mut out, cp);
                    i = j + 1;
                }
                _ => {
                    // Unknown escapes keep their backslash.
                    out.push(b'\\');
                    i -= 1;
                }
            }
        }
        Ok(out)
    }

    /// A variable inside a string or heredoc: `$name`, then either an
    /// offset (`[`) or a property (`->name`) may follow.
    fn scan_string_variable(&mut self, start: usize, line: u32) {
        let end = self.label_end(start + 1);
        let name = self.src[start + 1..end].to_vec();
        let after = &self.src[end..];
        self.advance_to(end);
        if after.first() == Some(&b'[') {
            self.push_state(State::VarOffset);
        } else if (after.starts_with(b"->") && after.get(2).is_some_and(|&b| is_label_start(b)))
            || (after.starts_with(b"?->") && after.get(3).is_some_and(|&b| is_label_start(b)))
        {
            self.push_state(State::LookingForProperty);
        }
        self.emit(Tk::Variable, start, line, TokValue::Str(name));
    }

    /// The inside of a `"..."`, `` `...` `` or heredoc with interpolation.
    fn scan_interpolated(&mut self, quoting: Quoting) {
        if self.at_end() {
            self.emit_end();
            return;
        }
        let start = self.pos;
        let line = self.line;
        let c = self.peek_at(0);
        let c1 = self.peek_at(1);
        let closing = match quoting {
            Quoting::Double => Some((b'"', Tk::DoubleQuote)),
            Quoting::Backtick => Some((b'`', Tk::Backtick)),
            Quoting::Heredoc => None,
        };
        if let Some((quote, kind)) = closing {
            if c == quote {
                self.advance_to(start + 1);
                self.state = State::Scripting;
                self.emit(kind, start, line, TokValue::None);
                return;
            }
        }
        if c == b'$' && is_label_start(c1) {
            self.scan_string_variable(start, line);
            return;
        }
        if c == b'$' && c1 == b'{' {
            self.advance_to(start + 2);
            self.enter_nesting(b'{');
            self.push_state(State::LookingForVarname);
            self.emit(Tk::DollarOpenCurlyBraces, start, line, TokValue::None);
            return;
        }
        if c == b'{' && c1 == b'$' {
            self.advance_to(start + 1);
            self.enter_nesting(b'{');
            self.push_state(State::Scripting);
            self.emit(Tk::CurlyOpen, start, line, TokValue::None);
            return;
        }
        // Literal text up to the next interpolation, closing quote or marker.
        let mut i = start;
        let mut heredoc_end: Option<(usize, usize)> = None;
        while i < self.src.len() {
            let b = self.src[i];
            match b {
                b'\\' => {
                    i += 2;
                    continue;
                }
                b'$' if self
                    .src
                    .get(i + 1)
                    .is_some_and(|&b| is_label_start(b) || b == b'{') =>
                {
                    break
                }
                b'{' if self.src.get(i + 1) == Some(&b'$') => break,
                b'\n' | b'\r' if quoting == Quoting::Heredoc => {
                    let nl_len = if b == b'\r' && self.src.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    if let Some(marker) = self.closing_marker_at(i + nl_len) {
                        heredoc_end = Some((i, marker));
                        break;
                    }
                    i += nl_len;
                    continue;
                }
                _ => {}
            }
            if let Some((quote, _)) = closing {
                if b == quote {
                    break;
                }
            }
            i += 1;
        }
        let text_end = heredoc_end.map_or(i.min(self.src.len()), |(nl, _)| nl);
        let at_line_start = start > 0 && matches!(self.src[start - 1], b'\n' | b'\r');
        let value = if quoting == Quoting::Heredoc {
            let stripped = match self.strip_indentation(
                start,
                text_end,
                at_line_start,
                heredoc_end.is_some(),
                line,
            ) {
                Some(s) => s,
                None => return,
            };
            match self.decode_escape_bytes(&stripped, quoting, line) {
                Ok(v) => v,
                Err((message, err_line)) => {
                    self.error(message, err_line);
                    return;
                }
            }
        } else {
            match self.decode_escapes(start, text_end, quoting, line) {
                Some(v) => v,
                None => return,
            }
        };
        self.advance_to(text_end);
        self.emit(Tk::EncapsedAndWhitespace, start, line, TokValue::Str(value));
        if let Some((_, marker)) = heredoc_end {
            // The newline before the marker belongs to neither token.
            self.advance_to(marker);
            self.state = State::EndHeredoc;
        }
    }

    /// If a heredoc's closing marker starts the line at `line_start`, the
    /// position of the marker's first (indentation or label) byte.
    fn closing_marker_at(&self, line_start: usize) -> Option<usize> {
        let label = &self.heredocs.last()?.label;
        let mut i = line_start;
        while matches!(self.src.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        let rest = &self.src[i.min(self.src.len())..];
        // php wants at least one byte after the label, even at the end of the file.
        if rest.len() > label.len() && rest.starts_with(label) && !is_label_char(rest[label.len()])
        {
            Some(line_start)
        } else {
            None
        }
    }

    /// Removes the closing marker's indentation from each line of a heredoc
    /// piece `src[from..to]`; None after emitting php's error.
    fn strip_indentation(
        &mut self,
        from: usize,
        to: usize,
        at_line_start: bool,
        before_marker: bool,
        line: u32,
    ) -> Option<Vec<u8>> {
        let Some(doc) = self.heredocs.last() else {
            return Some(self.src[from..to].to_vec());
        };
        let (indentation, uses_spaces) = (doc.indentation, doc.indentation_uses_spaces);
        let text = &self.src[from..to];
        if indentation == 0 {
            return Some(text.to_vec());
        }
        let mut out = Vec::with_capacity(text.len());
        let mut pos = 0;
        let mut newline_count = 0u32;
        if !at_line_start {
            // The first line continues a line begun before an interpolation.
            match next_newline(text, 0) {
                None => return Some(text.to_vec()),
                Some((nl, len)) => {
                    out.extend_from_slice(&text[..nl + len]);
                    pos = nl + len;
                    newline_count += 1;
                }
            }
        }
        loop {
            let nl = next_newline(text, pos);
            // The last line before the marker lost its newline but is still a whole line.
            let line_end = nl.map(|(p, _)| p).or(if before_marker {
                Some(text.len())
            } else {
                None
            });
            let mut skipped = 0;
            while skipped < indentation {
                if Some(pos) == line_end {
                    break;
                }
                let b = text.get(pos).copied();
                if !matches!(b, Some(b' ' | b'\t')) {
                    self.error(
                        format!("Invalid body indentation level (expecting an indentation level of at least {indentation})"),
                        line.saturating_add(newline_count),
                    );
                    return None;
                }
                if (b == Some(b' ')) != uses_spaces {
                    self.error(
                        "Invalid indentation - tabs and spaces cannot be mixed".to_string(),
                        line.saturating_add(newline_count),
                    );
                    return None;
                }
                pos += 1;
                skipped += 1;
            }
            if pos >= text.len() {
                break;
            }
            match nl {
                Some((p, len)) => {
                    out.extend_from_slice(&text[pos..p + len]);
                    pos = p + len;
                    newline_count += 1;
                    if pos >= text.len() && !before_marker {
                        break;
                    }
                }
                None => {
                    out.extend_from_slice(&text[pos..]);
                    break;
                }
            }
        }
        Some(out)
    }

    /// `<<<LABEL`, `<<<"LABEL"` or `<<<'LABEL'` and a newline, at `self.pos`;
    /// false (consuming nothing) if this `<<<` does not start a heredoc.
    fn scan_heredoc_start(&mut self, start: usize, line: u32) -> bool {
        let mut i = self.pos + 3;
        while matches!(self.src.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        let quote = match self.src.get(i) {
            Some(&q @ (b'\'' | b'"')) => {
                i += 1;
                Some(q)
            }
            _ => None,
        };
        if !self.src.get(i).is_some_and(|&b| is_label_start(b)) {
            return false;
        }
        let label_start = i;
        let label_end = self.label_end(i);
        i = label_end;
        if let Some(q) = quote {
            if self.src.get(i) != Some(&q) {
                return false;
            }
            i += 1;
        }
        match self.src.get(i) {
            Some(b'\n') => i += 1,
            Some(b'\r') => {
                i += 1;
                if self.src.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            _ => return false,
        }
        let label = self.src[label_start..label_end].to_vec();
        let body = i;
        let nowdoc = quote == Some(b'\'');

        // Find the closing marker to learn the indentation to strip.
        let mut indentation = 0;
        let mut uses_spaces = true;
        let mut line_start = body;
        let mut marker_line = self
            .line
            .saturating_add(count_newlines(&self.src[self.pos..body]));
        loop {
            let mut j = line_start;
            while matches!(self.src.get(j), Some(b' ' | b'\t')) {
                j += 1;
            }
            let rest = &self.src[j.min(self.src.len())..];
            if rest.len() > label.len()
                && rest.starts_with(&label)
                && !is_label_char(rest[label.len()])
            {
                let indent = &self.src[line_start..j];
                indentation = indent.len();
                uses_spaces = indent.first() != Some(&b'\t');
                if indent.iter().any(|&b| b != indent[0]) {
                    self.error(
                        "Invalid indentation - tabs and spaces cannot be mixed".to_string(),
                        marker_line,
                    );
                    return true;
                }
                break;
            }
            match next_newline(self.src, line_start) {
                Some((p, len)) => {
                    line_start = p + len;
                    marker_line = marker_line.saturating_add(1);
                }
                None => break,
            }
        }

        self.advance_to(body);
        self.heredocs.push(HeredocLabel {
            label,
            indentation,
            indentation_uses_spaces: uses_spaces,
        });
        self.state = if self.closing_marker_at(body).is_some() {
            State::EndHeredoc
        } else if nowdoc {
            State::Nowdoc
        } else {
            State::Heredoc
        };
        self.emit(Tk::StartHeredoc, start, line, TokValue::None);
        true
    }

    fn scan_nowdoc(&mut self) {
        if self.at_end() {
            self.emit_end();
            return;
        }
        let start = self.pos;
        let line = self.line;
        let mut i = start;
        let mut end = None;
        while i < self.src.len() {
            let b = self.src[i];
            if b == b'\n' || b == b'\r' {
                let nl_len = if b == b'\r' && self.src.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                if let Some(marker) = self.closing_marker_at(i + nl_len) {
                    end = Some((i, marker));
                    break;
                }
                i += nl_len;
            } else {
                i += 1;
            }
        }
        let text_end = end.map_or(self.src.len(), |(nl, _)| nl);
        let Some(value) = self.strip_indentation(start, text_end, true, end.is_some(), line) else {
            return;
        };
        self.advance_to(text_end);
        self.emit(Tk::EncapsedAndWhitespace, start, line, TokValue::Str(value));
        if let Some((_, marker)) = end {
            self.advance_to(marker);
            self.state = State::EndHeredoc;
        }
    }

    fn scan_end_heredoc(&mut self) {
        let start = self.pos;
        let line = self.line;
        let label_len = self.heredocs.last().map_or(0, |h| h.label.len());
        let mut i = start;
        while matches!(self.src.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        self.advance_to(i + label_len);
        self.heredocs.pop();
        self.state = State::Scripting;
        self.emit(Tk::EndHeredoc, start, line, TokValue::None);
    }

    // ----- the small states inside strings -----

    /// After `->`: a name is always an identifier here, keywords included.
    fn scan_looking_for_property(&mut self) {
        let mut i = self.pos;
        while matches!(self.src.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        self.advance_to(i);
        let start = self.pos;
        let line = self.line;
        if self.starts_with(b"->") {
            self.advance_to(start + 2);
            self.emit(Tk::ObjectOperator, start, line, TokValue::None);
        } else if self.starts_with(b"?->") {
            self.advance_to(start + 3);
            self.emit(Tk::NullsafeObjectOperator, start, line, TokValue::None);
        } else if is_label_start(self.peek_at(0)) && !self.at_end() {
            let end = self.label_end(start);
            self.advance_to(end);
            self.pop_state();
            let name = self.src[start..end].to_vec();
            self.emit(Tk::Ident, start, line, TokValue::Str(name));
        } else {
            self.pop_state();
        }
    }

    /// After `${` in a string: `name` followed by `[` or `}` is a variable name.
    fn scan_looking_for_varname(&mut self) {
        let start = self.pos;
        let line = self.line;
        if is_label_start(self.peek_at(0)) && !self.at_end() {
            let end = self.label_end(start);
            if matches!(self.src.get(end), Some(b'[' | b'}')) {
                self.advance_to(end);
                self.state = State::Scripting;
                let name = self.src[start..end].to_vec();
                self.emit(Tk::StringVarname, start, line, TokValue::Str(name));
                return;
            }
        }
        self.state = State::Scripting;
    }

    /// Inside `"$a[...]"`: one simple offset.
    fn scan_var_offset(&mut self) {
        if self.at_end() {
            self.emit_end();
            return;
        }
        let start = self.pos;
        let line = self.line;
        let c = self.peek_at(0);
        if c.is_ascii_digit() {
            let is_dec = |b: u8| b.is_ascii_digit();
            let c1 = self.peek_at(1).to_ascii_lowercase();
            let c2 = self.peek_at(2);
            let end = if c == b'0' && c1 == b'x' && c2.is_ascii_hexdigit() {
                self.digits_end(start + 2, |b| b.is_ascii_hexdigit())
            } else if c == b'0' && c1 == b'b' && matches!(c2, b'0' | b'1') {
                self.digits_end(start + 2, |b| matches!(b, b'0' | b'1'))
            } else if c == b'0' && c1 == b'o' && matches!(c2, b'0'..=b'7') {
                self.digits_end(start + 2, |b| matches!(b, b'0'..=b'7'))
            } else {
                self.digits_end(start, is_dec)
            };
            self.advance_to(end);
            let text = &self.src[start..end];
            // Only a plain decimal (no leading zero) that fits is an integer key.
            let plain =
                text == b"0" || (text[0] != b'0' && text.iter().all(|b| b.is_ascii_digit()));
            let value = match (
                plain,
                std::str::from_utf8(text)
                    .ok()
                    .and_then(|s| s.parse::<i64>().ok()),
            ) {
                (true, Some(n)) => TokValue::Int(n),
                _ => TokValue::Str(text.to_vec()),
            };
            self.emit(Tk::NumString, start, line, value);
            return;
        }
        if c == b'$' && is_label_start(self.peek_at(1)) {
            let end = self.label_end(start + 1);
            self.advance_to(end);
            let name = self.src[start + 1..end].to_vec();
            self.emit(Tk::Variable, start, line, TokValue::Str(name));
            return;
        }
        if c == b']' {
            self.advance_to(start + 1);
            self.pop_state();
            self.emit(Tk::RBracket, start, line, TokValue::None);
            return;
        }
        if is_label_start(c) {
            let end = self.label_end(start);
            self.advance_to(end);
            let name = self.src[start..end].to_vec();
            self.emit(Tk::Ident, start, line, TokValue::Str(name));
            return;
        }
        if matches!(c, b' ' | b'\n' | b'\r' | b'\t' | b'\\' | b'\'' | b'#') {
            // php ends the offset here with an empty piece of string content.
            self.pop_state();
            self.emit(
                Tk::EncapsedAndWhitespace,
                start,
                line,
                TokValue::Str(Vec::new()),
            );
            return;
        }
        let single = match c {
            b'[' => Some(Tk::LBracket),
            b'(' => Some(Tk::LParen),
            b')' => Some(Tk::RParen),
            b'{' => Some(Tk::LBrace),
            b'}' => Some(Tk::RBrace),
            b'"' => Some(Tk::DoubleQuote),
            b'`' => Some(Tk::Backtick),
            _ => OPERATORS
                .iter()
                .find(|(op, _)| op.len() == 1 && op[0] == c)
                .map(|&(_, k)| {
                    if c == b'&' {
                        Tk::AmpNotFollowedByVar
                    } else {
                        k
                    }
                }),
        };
        self.advance_to(start + 1);
        let kind = match (c, single) {
            (b'&', _) => Tk::AmpNotFollowedByVar,
            (_, Some(k)) => k,
            (_, None) => Tk::BadCharacter,
        };
        self.emit(kind, start, line, TokValue::None);
    }
}

fn memfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The next newline at or after `from`: its position and length (2 for `\r\n`).
fn next_newline(text: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < text.len() {
        match text[i] {
            b'\n' => return Some((i, 1)),
            b'\r' => {
                return Some((
                    i,
                    if text.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    },
                ))
            }
            _ => i += 1,
        }
    }
    None
}

/// An integer literal's value: an Int, or a Float when it overflows i64, as php does.
fn int_or_float(digits: &[u8], base: u32) -> TokValue {
    let mut value: i64 = 0;
    let mut overflow = false;
    for &d in digits {
        let digit = (d as char).to_digit(base).unwrap_or(0) as i64;
        match value
            .checked_mul(base as i64)
            .and_then(|v| v.checked_add(digit))
        {
            Some(v) => value = v,
            None => {
                overflow = true;
                break;
            }
        }
    }
    if !overflow {
        return TokValue::Int(value);
    }
    if base == 10 {
        return TokValue::Float(parse_float(digits));
    }
    let mut f = 0.0f64;
    for &d in digits {
        f = f * f64::from(base) + f64::from((d as char).to_digit(base).unwrap_or(0));
    }
    TokValue::Float(f)
}

fn parse_float(text: &[u8]) -> f64 {
    std::str::from_utf8(text)
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .unwrap_or(0.0)
}

/// Encodes a code point as UTF-8, surrogates included (php allows them).
fn push_utf8(out: &mut Vec<u8>, cp: u32) {
    if cp < 0x80 {
        out.push(cp as u8);
    } else if cp < 0x800 {
        out.push(0xC0 | (cp >> 6) as u8);
        out.push(0x80 | (cp & 0x3F) as u8);
    } else if cp < 0x10000 {
        out.push(0xE0 | (cp >> 12) as u8);
        out.push(0x80 | ((cp >> 6) & 0x3F) as u8);
        out.push(0x80 | (cp & 0x3F) as u8);
    } else {
        out.push(0xF0 | (cp >> 18) as u8);
        out.push(0x80 | ((cp >> 12) & 0x3F) as u8);
        out.push(0x80 | ((cp >> 6) & 0x3F) as u8);
        out.push(0x80 | (cp & 0x3F) as u8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Tk> {
        tokenize(src.as_bytes())
            .tokens
            .iter()
            .map(|t| t.kind)
            .collect()
    }

    fn values(src: &str) -> Vec<TokValue> {
        tokenize(src.as_bytes())
            .tokens
            .into_iter()
            .map(|t| t.value)
            .collect()
    }

    fn str_value(src: &str) -> Vec<u8> {
        let lexed = tokenize(src.as_bytes());
        match &lexed.tokens[0].value {
            TokValue::Str(s) => s.clone(),
            other => panic!("{src}: {other:?} ({:?})", lexed.tokens),
        }
    }

    fn error(src: &str) -> (String, u32) {
        let lexed = tokenize(src.as_bytes());
        let last = lexed.tokens.last().unwrap();
        assert_eq!(last.kind, Tk::Error, "{src}: {:?}", lexed.tokens);
        (
            String::from_utf8(last.bytes().to_vec()).unwrap(),
            last.err_line,
        )
    }

    #[test]
    fn basic_tokens() {
        use Tk::*;
        assert_eq!(
            kinds("<?php $a = foo(1, 'x') + 2.5; ?>"),
            [
                Variable,
                Eq,
                Ident,
                LParen,
                LNumber,
                Comma,
                ConstantEncapsedString,
                RParen,
                Plus,
                DNumber,
                Semicolon,
                CloseTag,
                End
            ]
        );
        assert_eq!(
            kinds("<?php $a->b?->c::d ?? $e ??= ... <=> ** **= === !== <> && || << >>= ++ --"),
            [
                Variable,
                ObjectOperator,
                Ident,
                NullsafeObjectOperator,
                Ident,
                PaamayimNekudotayim,
                Ident,
                Coalesce,
                Variable,
                CoalesceEqual,
                Ellipsis,
                Spaceship,
                Pow,
                PowEqual,
                IsIdentical,
                IsNotIdentical,
                IsNotEqual,
                BooleanAnd,
                BooleanOr,
                Sl,
                SrEqual,
                Inc,
                Dec,
                End
            ]
        );
    }

    #[test]
    fn keywords_are_case_insensitive_but_names_after_arrow_are_not_keywords() {
        use Tk::*;
        assert_eq!(kinds("<?php ECHO If eLsE"), [Echo, If, Else, End]);
        assert_eq!(
            kinds("<?php $o->class; A::class"),
            [
                Variable,
                ObjectOperator,
                Ident,
                Semicolon,
                Ident,
                PaamayimNekudotayim,
                Class,
                End
            ]
        );
        assert_eq!(
            kinds("<?php yield  from $x; yield $y"),
            [YieldFrom, Variable, Semicolon, Yield, Variable, End]
        );
        assert_eq!(
            kinds("<?php enum Foo enum(1) enum extends"),
            [Enum, Ident, Ident, LParen, LNumber, RParen, Ident, Extends, End]
        );
        assert_eq!(
            kinds("<?php readonly(1); readonly class"),
            [Ident, LParen, LNumber, RParen, Semicolon, Readonly, Class, End]
        );
        assert_eq!(kinds("<?php die exit"), [Exit, Exit, End]);
    }

    #[test]
    fn names() {
        use Tk::*;
        assert_eq!(
            kinds(r"<?php \Foo Foo\Bar namespace\Baz \ Foo\ "),
            [
                NameFullyQualified,
                NameQualified,
                NameRelative,
                NsSeparator,
                Ident,
                NsSeparator,
                End
            ]
        );
        assert_eq!(str_value("<?php $abc_1"), b"abc_1");
        assert_eq!(str_value("<?php \u{e9}t\u{e9}"), "\u{e9}t\u{e9}".as_bytes());
    }

    #[test]
    fn a_shebang_line_is_skipped() {
        use Tk::*;
        assert_eq!(kinds("#!/usr/bin/php\n<?php 1;"), [LNumber, Semicolon, End]);
        assert_eq!(kinds("#!php\r\nhi"), [InlineHtml, End]);
        assert_eq!(kinds("#!php"), [End]);
        // Only on the first line.
        assert_eq!(kinds(" #!php"), [InlineHtml, End]);
        // The lines after it keep their numbers.
        let lexed = tokenize(b"#!php\n\n<?php x;");
        assert_eq!(lexed.tokens[1].line, 3);
    }

    #[test]
    fn casts_allow_spaces_and_reject_real() {
        use Tk::*;
        assert_eq!(
            kinds("<?php (int)(integer)( float )(double)(string)(binary)(array)(object)(bool)(boolean)(unset)(foo)"),
            [IntCast, IntCast, DoubleCast, DoubleCast, StringCast, StringCast, ArrayCast, ObjectCast, BoolCast, BoolCast, UnsetCast, LParen, Ident, RParen, End]
        );
        assert_eq!(
            error("<?php\n(real)$a;"),
            (
                "The (real) cast has been removed, use (float) instead".to_string(),
                2
            )
        );
    }

    #[test]
    fn ampersand_kinds() {
        use Tk::*;
        assert_eq!(
            kinds("<?php &$a & $b &...$c & 1 &= &&"),
            [
                AmpFollowedByVar,
                Variable,
                AmpFollowedByVar,
                Variable,
                AmpFollowedByVar,
                Ellipsis,
                Variable,
                AmpNotFollowedByVar,
                LNumber,
                AndEqual,
                BooleanAnd,
                End
            ]
        );
    }

    #[test]
    fn integers() {
        use TokValue::*;
        assert_eq!(
            values("<?php 0 42 0x1F 0X1f 0b101 0B1 017 0o17 0O17 1_000_000 0x7FFF_FFFF"),
            [
                Int(0),
                Int(42),
                Int(31),
                Int(31),
                Int(5),
                Int(1),
                Int(15),
                Int(15),
                Int(15),
                Int(1_000_000),
                Int(0x7fff_ffff),
                None
            ]
        );
        assert_eq!(values("<?php 9223372036854775807")[0], Int(i64::MAX));
        // Too big for an integer: a float, as in php.
        assert_eq!(
            values("<?php 9223372036854775808")[0],
            Float(9223372036854775808.0)
        );
        assert_eq!(
            values("<?php 0xFFFFFFFFFFFFFFFF")[0],
            Float(18446744073709551615.0)
        );
        assert_eq!(kinds("<?php 9223372036854775808")[0], Tk::DNumber);
        assert_eq!(
            error("<?php\n\n089;"),
            ("Invalid numeric literal".to_string(), 3)
        );
        // A separator must sit between digits.
        assert_eq!(kinds("<?php 1__0"), [Tk::LNumber, Tk::Ident, Tk::End]);
        assert_eq!(kinds("<?php 0x"), [Tk::LNumber, Tk::Ident, Tk::End]);
    }

    #[test]
    fn floats() {
        use TokValue::*;
        assert_eq!(
            values("<?php 1.5 .5 1. 1e3 1E-2 1.5e+2 1_0.5 1.e3"),
            [
                Float(1.5),
                Float(0.5),
                Float(1.0),
                Float(1000.0),
                Float(0.01),
                Float(150.0),
                Float(10.5),
                Float(1000.0),
                None
            ]
        );
        // `1..2` is `1.` then `.2`.
        assert_eq!(values("<?php 1..2"), [Float(1.0), Float(0.2), None]);
        // `1e` has no exponent: the integer 1 and the identifier `e`.
        assert_eq!(kinds("<?php 1e"), [Tk::LNumber, Tk::Ident, Tk::End]);
    }

    #[test]
    fn single_quoted_strings_know_two_escapes() {
        assert_eq!(str_value(r"<?php 'a\'b\\c\nd\\'"), br"a'b\c\nd\".to_vec());
        assert_eq!(str_value("<?php 'multi\nline'"), b"multi\nline");
        assert_eq!(str_value("<?php b'bin'"), b"bin");
    }

    #[test]
    fn double_quoted_escapes() {
        assert_eq!(
            str_value(r#"<?php "\n\t\r\v\e\f\\\$\"""#),
            b"\n\t\r\x0b\x1b\x0c\\$\""
        );
        assert_eq!(
            str_value(r#"<?php "\0\101\7777\x41\x4g\xZ""#),
            b"\x00A\xff7A\x04g\\xZ"
        );
        assert_eq!(
            str_value(r#"<?php "\u{41}\u{e9}\u{1F600}\u{0000041}""#),
            "A\u{e9}\u{1F600}A".as_bytes()
        );
        assert_eq!(
            str_value(r#"<?php "\u41 \q \{ \'""#),
            br"\u41 \q \{ \'".to_vec()
        );
    }

    #[test]
    fn escape_errors_and_warnings() {
        assert_eq!(
            error(r#"<?php "\u{110000}";"#),
            (
                "Invalid UTF-8 codepoint escape sequence: Codepoint too large".to_string(),
                1
            )
        );
        assert_eq!(
            error("<?php\n\"a\n\\u{zz}\";"),
            ("Invalid UTF-8 codepoint escape sequence".to_string(), 3)
        );
        assert_eq!(
            error(r#"<?php "\u{}";"#).0,
            "Invalid UTF-8 codepoint escape sequence"
        );
        assert_eq!(
            error(r#"<?php "\u{12";"#).0,
            "Invalid UTF-8 codepoint escape sequence"
        );
        let lexed = tokenize(b"<?php\n\"\\400\";");
        assert_eq!(lexed.tokens[0].value, TokValue::Str(vec![0]));
        assert_eq!(lexed.warnings.len(), 1);
        let (index, warning) = &lexed.warnings[0];
        assert_eq!(*index, 0);
        assert_eq!(
            warning.message,
            r"Octal escape sequence overflow \400 is greater than \377"
        );
        assert_eq!(warning.line, 2);
    }

    #[test]
    fn interpolation_tokens() {
        use Tk::*;
        assert_eq!(
            kinds(r#"<?php "a $b c""#),
            [
                DoubleQuote,
                EncapsedAndWhitespace,
                Variable,
                EncapsedAndWhitespace,
                DoubleQuote,
                End
            ]
        );
        assert_eq!(
            kinds(r#"<?php "$a[0]$a[k]$a[$i]$a[-1]""#),
            [
                DoubleQuote,
                Variable,
                LBracket,
                NumString,
                RBracket,
                Variable,
                LBracket,
                Ident,
                RBracket,
                Variable,
                LBracket,
                Variable,
                RBracket,
                Variable,
                LBracket,
                Minus,
                NumString,
                RBracket,
                DoubleQuote,
                End
            ]
        );
        assert_eq!(
            kinds(r#"<?php "$a->b $a?->c $a->""#),
            [
                DoubleQuote,
                Variable,
                ObjectOperator,
                Ident,
                EncapsedAndWhitespace,
                Variable,
                NullsafeObjectOperator,
                Ident,
                EncapsedAndWhitespace,
                Variable,
                EncapsedAndWhitespace,
                DoubleQuote,
                End
            ]
        );
        assert_eq!(
            kinds(r#"<?php "{$a['x']} ${b} ${c[1]}""#),
            [
                DoubleQuote,
                CurlyOpen,
                Variable,
                LBracket,
                ConstantEncapsedString,
                RBracket,
                RBrace,
                EncapsedAndWhitespace,
                DollarOpenCurlyBraces,
                StringVarname,
                RBrace,
                EncapsedAndWhitespace,
                DollarOpenCurlyBraces,
                StringVarname,
                LBracket,
                LNumber,
                RBracket,
                RBrace,
                DoubleQuote,
                End
            ]
        );
        // An escaped `$` or a lone `$`/`{` does not interpolate.
        assert_eq!(
            kinds(r#"<?php "\$a $ { $1 \{$a}""#),
            [
                DoubleQuote,
                EncapsedAndWhitespace,
                Variable,
                EncapsedAndWhitespace,
                DoubleQuote,
                End
            ]
        );
        assert_eq!(str_value(r#"<?php "\$a $ { $1""#), b"$a $ { $1");
        // Only plain decimals are integer offsets.
        assert_eq!(
            values(r#"<?php "$a[12]$a[012]$a[0x1]""#)[3],
            TokValue::Int(12)
        );
        assert_eq!(
            values(r#"<?php "$a[12]$a[012]$a[0x1]""#)[7],
            TokValue::Str(b"012".to_vec())
        );
        // A space ends the offset with an empty piece of string content.
        assert_eq!(
            kinds(r#"<?php "$a[ 1]""#)[..4],
            [DoubleQuote, Variable, LBracket, EncapsedAndWhitespace]
        );
    }

    #[test]
    fn heredoc_and_nowdoc() {
        use Tk::*;
        assert_eq!(
            kinds("<?php <<<EOT\na $b\nEOT;"),
            [
                StartHeredoc,
                EncapsedAndWhitespace,
                Variable,
                EncapsedAndWhitespace,
                EndHeredoc,
                Semicolon,
                End
            ]
        );
        assert_eq!(
            str_value_at("<?php <<<EOT\n  a\n    b\\t\n  EOT;", 1),
            b"a\n  b\t"
        );
        assert_eq!(
            str_value_at("<?php <<<'EOT'\n  a $b\\t\n  EOT;", 1),
            b"a $b\\t"
        );
        assert_eq!(
            str_value_at("<?php <<<\"EOT\"\nx\"y\\\"\nEOT;", 1),
            b"x\"y\\\""
        );
        assert_eq!(
            kinds("<?php <<<EOT\nEOT;"),
            [StartHeredoc, EndHeredoc, Semicolon, End]
        );
        // The closing marker may be followed by more code on its line.
        assert_eq!(
            kinds("<?php f(<<<A\n  x\n  A, 1);"),
            [
                Ident,
                LParen,
                StartHeredoc,
                EncapsedAndWhitespace,
                EndHeredoc,
                Comma,
                LNumber,
                RParen,
                Semicolon,
                End
            ]
        );
        assert_eq!(
            error("<?php\n<<<EOT\n  a\n b\n  EOT;"),
            (
                "Invalid body indentation level (expecting an indentation level of at least 2)"
                    .to_string(),
                4
            )
        );
        assert_eq!(
            error("<?php\n<<<EOT\n\ta\n  EOT;"),
            (
                "Invalid indentation - tabs and spaces cannot be mixed".to_string(),
                3
            )
        );
        // php needs a byte after the closing marker, even at the end of the file.
        assert_eq!(
            kinds("<?php <<<A\nx\nA"),
            [StartHeredoc, EncapsedAndWhitespace, End]
        );
    }

    fn str_value_at(src: &str, index: usize) -> Vec<u8> {
        tokenize(src.as_bytes()).tokens[index].bytes().to_vec()
    }

    #[test]
    fn inline_html_and_tags() {
        use Tk::*;
        assert_eq!(kinds("hello"), [InlineHtml, End]);
        assert_eq!(
            kinds("a<?php echo 1 ?>\nb<?= 2 ?>c"),
            [
                InlineHtml, Echo, LNumber, CloseTag, InlineHtml, Echo, LNumber, CloseTag,
                InlineHtml, End
            ]
        );
        // `?>` eats one newline.
        assert_eq!(str_value_at("<?php ?>\n\nx", 1), b"\nx");
        assert_eq!(str_value_at("<?php ?>\r\nx", 1), b"x");
        // Short open tags are on, as with `php -n`; `<?php` needs a blank after it.
        assert_eq!(kinds("<? echo 1;"), [Echo, LNumber, Semicolon, End]);
        assert_eq!(kinds("<?phpx"), [Ident, End]);
        assert_eq!(kinds("<?php"), [End]);
    }

    #[test]
    fn comments() {
        use Tk::*;
        assert_eq!(kinds("<?php # a\n// b\n/* c */ /** d */ 1"), [LNumber, End]);
        assert_eq!(
            kinds("<?php // comment ?>html"),
            [CloseTag, InlineHtml, End]
        );
        assert_eq!(kinds("<?php /* ?> */ 1"), [LNumber, End]);
        assert_eq!(kinds("<?php #[Attr]"), [Attribute, Ident, RBracket, End]);
        assert_eq!(
            error("<?php\n1;\n/* open\n\n"),
            ("Unterminated comment starting line 3".to_string(), 3)
        );
    }

    #[test]
    fn lines() {
        let lexed = tokenize(b"<?php\n$a = \"x\ny\" . 'p\nq';\n?>\n\nz");
        let lines: Vec<(Tk, u32, u32)> = lexed
            .tokens
            .iter()
            .map(|t| (t.kind, t.line, t.err_line))
            .collect();
        assert_eq!(
            lines,
            [
                (Tk::Variable, 2, 2),
                (Tk::Eq, 2, 2),
                (Tk::ConstantEncapsedString, 2, 3),
                (Tk::Dot, 3, 3),
                (Tk::ConstantEncapsedString, 3, 4),
                (Tk::Semicolon, 4, 4),
                // php counts the newline `?>` eats from the next token on.
                (Tk::CloseTag, 5, 5),
                (Tk::InlineHtml, 6, 7),
                (Tk::End, 7, 7),
            ]
        );
        // `\r\n` is one newline, a lone `\r` is one too.
        let lexed = tokenize(b"<?php\r\n1\r2");
        assert_eq!(lexed.tokens[1].line, 3);
    }

    #[test]
    fn bracket_nesting_errors() {
        assert_eq!(error("<?php\n}"), ("Unmatched '}'".to_string(), 2));
        assert_eq!(
            error("<?php\n(1]"),
            ("Unclosed '(' does not match ']'".to_string(), 2)
        );
        assert_eq!(
            error("<?php\n{\n(1]"),
            ("Unclosed '(' does not match ']'".to_string(), 3)
        );
        assert_eq!(
            error("<?php\nif (1) {\n\n"),
            ("Unclosed '{' on line 2".to_string(), 4)
        );
        assert_eq!(
            error("<?php\n[(\n]"),
            ("Unclosed '(' on line 2 does not match ']'".to_string(), 3)
        );
        // Brackets inside strings do not count, but `{$` does.
        assert_eq!(
            kinds("<?php '(' \"[\" \"{$a}\""),
            [
                Tk::ConstantEncapsedString,
                Tk::ConstantEncapsedString,
                Tk::DoubleQuote,
                Tk::CurlyOpen,
                Tk::Variable,
                Tk::RBrace,
                Tk::DoubleQuote,
                Tk::End
            ]
        );
    }

    #[test]
    fn unterminated_strings() {
        use Tk::*;
        // php hands out an unterminated single-quoted string as string content.
        let lexed = tokenize(b"<?php\n'abc\n\n");
        assert_eq!(lexed.tokens[0].kind, EncapsedAndWhitespace);
        assert_eq!(lexed.tokens[0].err_line, 2);
        assert_eq!(
            kinds("<?php \"abc"),
            [DoubleQuote, EncapsedAndWhitespace, End]
        );
    }

    #[test]
    fn token_descriptions_follow_php() {
        let describe = |src: &str, i: usize| {
            let lexed = tokenize(src.as_bytes());
            lexed.tokens[i].describe(src.as_bytes())
        };
        assert_eq!(describe("<?php ;", 0), "token \";\"");
        assert_eq!(describe("<?php ?>", 0), "token \";\"");
        assert_eq!(describe("<?php IF", 0), "token \"if\"");
        assert_eq!(describe("<?php <>", 0), "token \"!=\"");
        assert_eq!(describe("<?php (integer)", 0), "token \"(int)\"");
        assert_eq!(describe("<?php foo", 0), "identifier \"foo\"");
        assert_eq!(describe("<?php $x", 0), "variable \"$x\"");
        assert_eq!(describe("<?php 5", 0), "integer \"5\"");
        assert_eq!(describe("<?php .5", 0), "floating-point number \".5\"");
        assert_eq!(describe("<?php \"b\"", 0), "double-quoted string \"b\"");
        assert_eq!(describe("<?php 'b'", 0), "single-quoted string \"b\"");
        assert_eq!(describe("<?php \"a$b\"", 0), "double-quote mark");
        assert_eq!(describe("<?php \\", 0), "token \"\\\"");
        assert_eq!(describe("<?php \x01", 0), "character 0x01");
        assert_eq!(describe("<?php ", 0), "end of file");
        assert_eq!(
            describe("<?php 'abcdefghijklmnopqrstuvwxyz0123456789'", 0),
            "single-quoted string \"abcdefghijklmnopqrstuvwxyz0123...\""
        );
        assert_eq!(
            describe("<?php 'two\nlines'", 0),
            "single-quoted string \"two\""
        );
        assert_eq!(Tk::Variable.expected_name(), "variable");
        assert_eq!(Tk::Comma.expected_name(), "\",\"");
        assert_eq!(Tk::End.expected_name(), "end of file");
    }
}
