//! The abstract syntax tree the parser produces and the compiler lowers.
//!
//! Names and string literals are byte strings (PHP source is bytes, not UTF-8).
//! Every statement and expression carries the line it starts on, for error
//! messages, backtraces and the `line` of each op.

/// A name as written in the source: a variable name without `$`, a function,
/// class, method, property or constant name.
pub type Name = Vec<u8>;

/// A whole file.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    pub stmts: Vec<Stmt>,
    /// `declare(strict_types=1);` opens the file.
    pub strict_types: bool,
    /// The line of the end of the file (php reports some errors there).
    pub last_line: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// `echo a, b;`
    Echo(Vec<Expr>),
    /// Text outside `<?php ... ?>`.
    InlineHtml(Vec<u8>),
    /// An expression used as a statement: `f();`, `$a = 1;`.
    Expr(Expr),
    If {
        cond: Expr,
        then: Vec<Stmt>,
        /// `elseif (cond) { ... }` arms, in order.
        elseifs: Vec<(Expr, Vec<Stmt>)>,
        else_: Option<Vec<Stmt>>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
    },
    DoWhile {
        body: Vec<Stmt>,
        cond: Expr,
    },
    /// `for (init; cond; step) body`: each part is a comma list; the
    /// condition's value is that of its last expression (empty means true).
    For {
        init: Vec<Expr>,
        cond: Vec<Expr>,
        step: Vec<Expr>,
        body: Vec<Stmt>,
    },
    /// `foreach (subject as [key =>] [&]value) body`
    Foreach {
        subject: Expr,
        key: Option<Expr>,
        value: Expr,
        by_ref: bool,
        body: Vec<Stmt>,
    },
    /// `goto label;`
    Goto(Name),
    /// `label:`
    Label(Name),
    /// `break N;` (N is 1 when omitted).
    Break(u32),
    /// `continue N;` (N is 1 when omitted).
    Continue(u32),
    Return(Option<Expr>),
    FunctionDecl(FunctionDecl),
    ClassDecl(ClassDecl),
    Try {
        body: Vec<Stmt>,
        catches: Vec<Catch>,
        finally: Option<Vec<Stmt>>,
    },
    /// `{ ... }`
    Block(Vec<Stmt>),
    /// `global $a, $$b;`: plain variables, or variable variables
    /// (`ExprKind::VarVar`).
    Global(Vec<Expr>),
    /// `static $a = 1, $b;`
    Static(Vec<(Name, Option<Expr>)>),
    /// `unset($a, $b[1]);`
    Unset(Vec<Expr>),
    /// `const A = 1;` at the top level.
    Const(Vec<(Name, Expr)>),
    /// An empty statement `;`.
    Nop,
    /// `switch (subject) { case x: ... default: ... }`
    Switch {
        subject: Expr,
        cases: Vec<SwitchCase>,
    },
}

/// One `case x:` (or `default:` when `cond` is None) and the statements
/// up to the next label.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchCase {
    pub cond: Option<Expr>,
    pub body: Vec<Stmt>,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClosureDecl {
    /// Named `{closure}`, with params, return type and body.
    pub func: FunctionDecl,
    /// `use ($a, &$b)`: names and whether by reference.
    pub uses: Vec<(Name, bool)>,
    pub is_static: bool,
    /// `fn () => expr`: captures by value, quietly, what its body uses.
    pub arrow: bool,
}

/// One arm of a `match`: `a, b => x` (or `default => x` when `conds` is None).
#[derive(Debug, Clone, PartialEq)]
pub struct MatchArm {
    pub conds: Option<Vec<Expr>>,
    pub body: Expr,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catch {
    /// `catch (A | B $e)`: the class names as written.
    pub types: Vec<Name>,
    /// The variable, if any (`catch (Exception)` is allowed since PHP 8.0).
    pub var: Option<Name>,
    pub body: Vec<Stmt>,
    pub line: u32,
}

/// A declared type: `int`, `?Foo`, `int|string`.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeHint {
    /// One type name as written (`int`, `array`, `Foo`, `mixed`, `void`...).
    Named(Name),
    /// `?T`
    Nullable(Name),
    /// `A|B|...`
    Union(Vec<Name>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: Name,
    pub ty: Option<TypeHint>,
    pub default: Option<Expr>,
    pub by_ref: bool,
    pub variadic: bool,
    /// Constructor promotion (`public readonly int $x`): the property's
    /// visibility and whether it is readonly.
    pub promote: Option<(Visibility, bool)>,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDecl {
    pub name: Name,
    pub params: Vec<Param>,
    pub ret: Option<TypeHint>,
    pub by_ref_return: bool,
    pub body: Vec<Stmt>,
    /// Line of the `function` keyword.
    pub line: u32,
    /// Line of the closing brace.
    pub end_line: u32,
    /// Its body yields: calling it makes a Generator.
    pub is_generator: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    Public,
    Protected,
    Private,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDecl {
    pub name: Name,
    pub parent: Option<Name>,
    /// `implements` (for an interface: `extends`).
    pub interfaces: Vec<Name>,
    pub is_interface: bool,
    pub is_abstract: bool,
    pub is_final: bool,
    pub consts: Vec<ClassConstDecl>,
    pub props: Vec<PropDecl>,
    pub methods: Vec<MethodDecl>,
    pub line: u32,
    /// A `trait`: its members are copied into the classes that use it.
    pub is_trait: bool,
    /// `use T1, T2 { rules }` in the body.
    pub uses: Vec<TraitUse>,
    /// An `enum`: its cases in order, and the backing type (`int` or
    /// `string`) of a backed enum.
    pub enum_cases: Option<Vec<EnumCase>>,
    pub enum_backing: Option<TypeHint>,
}

/// `[final] [visibility] const NAME = expr;` in a class body.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassConstDecl {
    pub name: Name,
    pub value: Expr,
    pub visibility: Visibility,
    pub is_final: bool,
    pub line: u32,
}

/// `case NAME [= value];` in an enum.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumCase {
    pub name: Name,
    pub value: Option<Expr>,
    pub line: u32,
}

/// `use A, B { A::f insteadof B; B::f as g; f as protected; }`
#[derive(Debug, Clone, PartialEq)]
pub struct TraitUse {
    pub traits: Vec<Name>,
    pub rules: Vec<TraitRule>,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TraitRule {
    /// `T::method insteadof U, V`
    Insteadof {
        trait_name: Name,
        method: Name,
        instead_of: Vec<Name>,
    },
    /// `[T::]method as [visibility] [alias]`
    Alias {
        trait_name: Option<Name>,
        method: Name,
        visibility: Option<Visibility>,
        alias: Option<Name>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct PropDecl {
    pub name: Name,
    pub default: Option<Expr>,
    pub ty: Option<TypeHint>,
    pub visibility: Visibility,
    pub is_static: bool,
    pub is_readonly: bool,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MethodDecl {
    pub func: FunctionDecl,
    pub visibility: Visibility,
    pub is_static: bool,
    pub is_abstract: bool,
    pub is_final: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    /// A string with every escape already decoded.
    String(Vec<u8>),
    /// A double-quoted string with interpolation: literal parts and
    /// expressions (simple `$var`, later `$a[k]`, `$o->p`, `{$expr}`).
    Interp(Vec<InterpPart>),
    Bool(bool),
    Null,
    /// `$name`
    Var(Name),
    /// A variable variable: `$$e` or `${e}`, the variable named by the
    /// string value of `e`.
    VarVar(Box<Expr>),
    /// `[a, k => b]` or `array(...)`
    Array(Vec<ArrayItem>),
    /// `base[index]`; `index` is `None` for the append form `base[]`.
    Index {
        base: Box<Expr>,
        index: Option<Box<Expr>>,
    },
    /// `obj->name` (or `obj?->name` when `nullsafe`), also `obj->$name`
    /// and `obj->{expr}`.
    Prop {
        obj: Box<Expr>,
        name: NameRef,
        nullsafe: bool,
    },
    /// `Class::$name`, also `$class::$name` and `Class::$$name`.
    StaticProp {
        class: NameRef,
        name: NameRef,
    },
    /// `Class::NAME`, also `$class::NAME` (the name is always literal).
    ClassConst {
        class: NameRef,
        name: Name,
    },
    /// A bare constant such as `PHP_EOL` or `E_ALL` (fully qualified).
    Const(Name),
    /// An unqualified constant inside a namespace: `name` (namespaced) if
    /// defined when evaluated, else the global `fallback`.
    NsConst {
        name: Name,
        fallback: Name,
    },
    /// `target = value`
    Assign {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    /// `target = &value`
    AssignRef {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    /// `target op= value`, for the arithmetic, `.`, bitwise and `??` operators.
    CompoundAssign {
        op: BinOp,
        target: Box<Expr>,
        value: Box<Expr>,
    },
    Binary {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    IncDec {
        op: IncDecOp,
        target: Box<Expr>,
    },
    /// `cond ? then : else_`; `then` is `None` for `cond ?: else_`.
    Ternary {
        cond: Box<Expr>,
        then: Option<Box<Expr>>,
        else_: Box<Expr>,
    },
    /// `name(args)`; `name` is fully qualified. An unqualified name inside a
    /// namespace falls back to the global function `fallback` when the
    /// namespaced one does not exist when called (boxed: the parser's
    /// frames hold many expressions, which must stay small).
    Call {
        name: Name,
        args: Vec<Arg>,
        fallback: Option<Box<Name>>,
    },
    /// `new Class(args)`
    New {
        class: Name,
        args: Vec<Arg>,
    },
    /// `new class(args) extends P implements I { ... }`: the class is
    /// declared when the expression first runs (boxed: see `Call`).
    NewAnonymous {
        class: Box<ClassDecl>,
        args: Vec<Arg>,
    },
    /// `new $class(args)`, `new (expr)(args)`: a class name string or an
    /// object whose class to instantiate.
    NewDynamic {
        class: Box<Expr>,
        args: Vec<Arg>,
    },
    /// `obj->method(args)` (or `?->`), also `obj->$m(args)`.
    MethodCall {
        obj: Box<Expr>,
        method: NameRef,
        args: Vec<Arg>,
        nullsafe: bool,
    },
    /// `Class::method(args)`, also `parent::`, `self::`, `static::`,
    /// `$class::method()`, `Class::$m()` and `Class::{expr}()`.
    StaticCall {
        class: NameRef,
        method: NameRef,
        args: Vec<Arg>,
    },
    /// `print expr` (an expression with value 1).
    Print(Box<Expr>),
    /// `throw expr` (an expression since PHP 8.0).
    Throw(Box<Expr>),
    Isset(Vec<Expr>),
    Empty(Box<Expr>),
    Cast {
        to: CastType,
        expr: Box<Expr>,
    },
    InstanceOf {
        expr: Box<Expr>,
        class: Name,
    },
    /// `expr instanceof $class`: a class name string or an object.
    InstanceOfDynamic {
        expr: Box<Expr>,
        class: Box<Expr>,
    },
    /// `@expr`
    Silence(Box<Expr>),
    /// `clone expr`
    Clone(Box<Expr>),
    /// `function (params) use ($a, &$b) { body }` and `fn (params) => expr`
    /// (an arrow function's body is `return expr;`, its uses are implicit).
    Closure(Box<ClosureDecl>),
    /// A call of anything but a name: `$f(args)`, `(expr)(args)`.
    DynCall {
        callee: Box<Expr>,
        args: Vec<Arg>,
    },
    /// `[$a, 'k' => $b, , [$c]]` or `list(...)` on the left of `=` or as a
    /// foreach target; None is a skipped position.
    List(Vec<Option<ListItem>>),
    /// `yield`, `yield v`, `yield k => v`
    Yield {
        key: Option<Box<Expr>>,
        value: Option<Box<Expr>>,
    },
    /// `yield from expr`
    YieldFrom(Box<Expr>),
    /// `include`, `include_once`, `require`, `require_once` of a path.
    Include {
        once: bool,
        require: bool,
        path: Box<Expr>,
    },
    /// `exit`/`die`, with a status code or a message.
    Exit(Option<Box<Expr>>),
    /// `f(...)`, `$o->m(...)`, `A::m(...)`, `$f(...)`: a Closure of the
    /// callee of the call inside (which has no arguments).
    CallableRef(Box<Expr>),
    /// `match (subject) { arms }`
    Match {
        subject: Box<Expr>,
        arms: Vec<MatchArm>,
    },
}

/// A class or member name: as written in the source, or the value of an
/// expression at run time (`$o->$p`, `$o->{expr}`, `$class::X`).
#[derive(Debug, Clone, PartialEq)]
pub enum NameRef {
    Lit(Name),
    Dyn(Box<Expr>),
}

impl NameRef {
    /// The name, when written in the source.
    pub fn lit(&self) -> Option<&Name> {
        match self {
            NameRef::Lit(n) => Some(n),
            NameRef::Dyn(_) => None,
        }
    }

    /// Whether this is the literal name `n` (ASCII case-insensitive).
    pub fn is(&self, n: &[u8]) -> bool {
        self.lit().is_some_and(|l| l.eq_ignore_ascii_case(n))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum InterpPart {
    Lit(Vec<u8>),
    Expr(Expr),
}

/// One target of a destructuring: `$a`, `'k' => $a`, `&$a`, or a nested
/// list (a `target` of kind `List`).
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub key: Option<Expr>,
    pub target: Expr,
    pub by_ref: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArrayItem {
    pub key: Option<Expr>,
    pub value: Expr,
    pub by_ref: bool,
    /// `...$other`
    pub unpack: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub value: Expr,
    /// `...$args`
    pub unpack: bool,
    /// `name: value`
    pub name: Option<Name>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Concat,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    /// `&&` and `and`
    And,
    /// `||` and `or`
    Or,
    /// `xor`
    Xor,
    Coalesce,
    Eq,
    NotEq,
    Identical,
    NotIdentical,
    Lt,
    LtEq,
    Gt,
    GtEq,
    Spaceship,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Plus,
    /// `!x`
    Not,
    /// `~x`
    BitNot,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncDecOp {
    PreInc,
    PreDec,
    PostInc,
    PostDec,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CastType {
    Int,
    Float,
    String,
    Bool,
    Array,
    Object,
    Unset,
}
