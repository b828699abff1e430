//! Expressions: precedence climbing over php's operator table, dereference
//! chains (`$a[1]->b()`), assignments, literals, arrays, calls and
//! interpolated strings.

use super::names::NameKind;
use super::outside::placeholder;
use super::{PResult, Parser, WriteUse};
use crate::ast::{
    Arg, ArrayItem, BinOp, CastType, Expr, ExprKind, IncDecOp, InterpPart, ListItem, Name, NameRef,
    UnaryOp,
};
use crate::lexer::{Tk, TokValue};
use crate::parser::{DiagnosticLevel, ParseErrorKind};

// Binding powers from php's precedence declarations (zend_language_parser.y),
// lowest first. Prefix operators parse their operand with the power just
// above their own.
const BP_OR: u8 = 2;
const BP_XOR: u8 = 4;
const BP_AND: u8 = 6;
const BP_PRINT: u8 = 8;
const BP_YIELD: u8 = 9;
const BP_ASSIGN: u8 = 10;
const BP_TERNARY: u8 = 12;
const BP_COALESCE: u8 = 14;
const BP_BOOL_OR: u8 = 16;
const BP_BOOL_AND: u8 = 18;
const BP_BIT_OR: u8 = 20;
const BP_BIT_XOR: u8 = 22;
const BP_BIT_AND: u8 = 24;
const BP_EQUALITY: u8 = 26;
const BP_COMPARISON: u8 = 28;
const BP_CONCAT: u8 = 30;
const BP_SHIFT: u8 = 32;
const BP_ADD: u8 = 34;
const BP_MUL: u8 = 36;
const BP_NOT: u8 = 38;
const BP_INSTANCEOF: u8 = 40;
const BP_UNARY: u8 = 42;
const BP_POW: u8 = 44;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Assoc {
    Left,
    Right,
    /// `1 < 2 < 3` is a syntax error.
    Non,
}

#[derive(Clone, Copy)]
enum Infix {
    Binary(BinOp),
    Ternary,
    InstanceOf,
}

fn infix(kind: Tk) -> Option<(u8, Assoc, Infix)> {
    use Assoc::{Left, Non, Right};
    use Infix::Binary;
    Some(match kind {
        Tk::LogicalOr => (BP_OR, Left, Binary(BinOp::Or)),
        Tk::LogicalXor => (BP_XOR, Left, Binary(BinOp::Xor)),
        Tk::LogicalAnd => (BP_AND, Left, Binary(BinOp::And)),
        Tk::Question => (BP_TERNARY, Left, Infix::Ternary),
        Tk::Coalesce => (BP_COALESCE, Right, Binary(BinOp::Coalesce)),
        Tk::BooleanOr => (BP_BOOL_OR, Left, Binary(BinOp::Or)),
        Tk::BooleanAnd => (BP_BOOL_AND, Left, Binary(BinOp::And)),
        Tk::Pipe => (BP_BIT_OR, Left, Binary(BinOp::BitOr)),
        Tk::Caret => (BP_BIT_XOR, Left, Binary(BinOp::BitXor)),
        Tk::AmpFollowedByVar | Tk::AmpNotFollowedByVar => (BP_BIT_AND, Left, Binary(BinOp::BitAnd)),
        Tk::IsEqual => (BP_EQUALITY, Non, Binary(BinOp::Eq)),
        Tk::IsNotEqual => (BP_EQUALITY, Non, Binary(BinOp::NotEq)),
        Tk::IsIdentical => (BP_EQUALITY, Non, Binary(BinOp::Identical)),
        Tk::IsNotIdentical => (BP_EQUALITY, Non, Binary(BinOp::NotIdentical)),
        Tk::Spaceship => (BP_EQUALITY, Non, Binary(BinOp::Spaceship)),
        Tk::Lt => (BP_COMPARISON, Non, Binary(BinOp::Lt)),
        Tk::IsSmallerOrEqual => (BP_COMPARISON, Non, Binary(BinOp::LtEq)),
        Tk::Gt => (BP_COMPARISON, Non, Binary(BinOp::Gt)),
        Tk::IsGreaterOrEqual => (BP_COMPARISON, Non, Binary(BinOp::GtEq)),
        Tk::Dot => (BP_CONCAT, Left, Binary(BinOp::Concat)),
        Tk::Sl => (BP_SHIFT, Left, Binary(BinOp::Shl)),
        Tk::Sr => (BP_SHIFT, Left, Binary(BinOp::Shr)),
        Tk::Plus => (BP_ADD, Left, Binary(BinOp::Add)),
        Tk::Minus => (BP_ADD, Left, Binary(BinOp::Sub)),
        Tk::Star => (BP_MUL, Left, Binary(BinOp::Mul)),
        Tk::Slash => (BP_MUL, Left, Binary(BinOp::Div)),
        Tk::Percent => (BP_MUL, Left, Binary(BinOp::Mod)),
        Tk::Instanceof => (BP_INSTANCEOF, Left, Infix::InstanceOf),
        Tk::Pow => (BP_POW, Right, Binary(BinOp::Pow)),
        _ => return None,
    })
}

fn compound_assign_op(kind: Tk) -> Option<BinOp> {
    Some(match kind {
        Tk::PlusEqual => BinOp::Add,
        Tk::MinusEqual => BinOp::Sub,
        Tk::MulEqual => BinOp::Mul,
        Tk::DivEqual => BinOp::Div,
        Tk::ConcatEqual => BinOp::Concat,
        Tk::ModEqual => BinOp::Mod,
        Tk::PowEqual => BinOp::Pow,
        Tk::AndEqual => BinOp::BitAnd,
        Tk::OrEqual => BinOp::BitOr,
        Tk::XorEqual => BinOp::BitXor,
        Tk::SlEqual => BinOp::Shl,
        Tk::SrEqual => BinOp::Shr,
        Tk::CoalesceEqual => BinOp::Coalesce,
        _ => return None,
    })
}

fn cast_type(kind: Tk) -> Option<CastType> {
    Some(match kind {
        Tk::IntCast => CastType::Int,
        Tk::DoubleCast => CastType::Float,
        Tk::StringCast => CastType::String,
        Tk::BoolCast => CastType::Bool,
        Tk::ArrayCast => CastType::Array,
        Tk::ObjectCast => CastType::Object,
        Tk::UnsetCast => CastType::Unset,
        _ => return None,
    })
}

/// Whether a token can begin an expression.
pub(super) fn can_start_expr(kind: Tk) -> bool {
    use Tk::*;
    matches!(
        kind,
        Variable
            | Dollar
            | LNumber
            | DNumber
            | ConstantEncapsedString
            | DoubleQuote
            | StartHeredoc
            | Backtick
            | LBracket
            | Array
            | List
            | LParen
            | Ident
            | NameFullyQualified
            | NameQualified
            | NameRelative
            | Static
            | Isset
            | Empty
            | Exit
            | Function
            | Fn
            | Match
            | Include
            | IncludeOnce
            | Require
            | RequireOnce
            | Eval
            | Yield
            | YieldFrom
            | Clone
            | New
            | Throw
            | Print
            | LineC
            | FileC
            | DirC
            | ClassC
            | TraitC
            | MethodC
            | FuncC
            | NsC
            | Bang
            | Tilde
            | Minus
            | Plus
            | At
            | IntCast
            | DoubleCast
            | StringCast
            | ArrayCast
            | ObjectCast
            | BoolCast
            | UnsetCast
            | Inc
            | Dec
            | Attribute
    )
}

/// Whether a token can begin a `variable` (something assignable).
fn can_start_variable(kind: Tk) -> bool {
    use Tk::*;
    matches!(
        kind,
        Variable
            | Dollar
            | Ident
            | NameFullyQualified
            | NameQualified
            | NameRelative
            | Static
            | LParen
            | LBracket
            | Array
            | ConstantEncapsedString
            | DoubleQuote
            | LineC
            | FileC
            | DirC
            | ClassC
            | TraitC
            | MethodC
            | FuncC
            | NsC
    )
}

/// What may follow an expression, per php's grammar.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Form {
    /// A `variable`: assignable and dereferenceable (`$a`, `$a[1]`, `f()`).
    Variable,
    /// Dereferenceable only: `(expr)`, `"str"`, `[1]`, `FOO`, `A::B`.
    Dereferenceable,
    /// Neither: `1`, `new A`, `-$x`, heredocs...
    Plain,
}

/// The name in `->{expr}` or `::{expr}`: a string literal is the name
/// itself (php folds it too), unless it is one php rejects at run time.
fn braced_name(e: Expr) -> NameRef {
    match e.kind {
        ExprKind::String(s) if !s.starts_with(b"\0") => NameRef::Lit(s),
        _ => NameRef::Dyn(boxed(e)),
    }
}

/// The property named by `A::$x` (`x`) or `A::$$x` (the value of `$x`).
fn static_prop_name(var: Expr) -> NameRef {
    match var.kind {
        ExprKind::Var(name) => NameRef::Lit(name),
        ExprKind::VarVar(inner) => NameRef::Dyn(inner),
        _ => NameRef::Dyn(boxed(var)),
    }
}

fn boxed(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl Parser<'_> {
    pub(super) fn parse_expr(&mut self) -> PResult<Expr> {
        self.parse_expr_bp(0)
    }

    /// An expression whose operators all bind at least as tightly as `min`.
    fn parse_expr_bp(&mut self, min: u8) -> PResult<Expr> {
        self.enter()?;
        let result = self.parse_expr_bp_inner(min);
        self.leave();
        result
    }

    fn parse_expr_bp_inner(&mut self, min: u8) -> PResult<Expr> {
        let start = self.pos;
        let mut left = self.parse_unary()?;
        // Whether `left` is a ternary built here, i.e. not in parentheses.
        let mut bare_ternary = false;
        let mut nonassoc_level = None;
        let mut chain = 0;
        while let Some((level, assoc, op)) = infix(self.kind()) {
            if level < min {
                break;
            }
            chain += 1;
            self.check_chain(chain)?;
            if nonassoc_level == Some(level) {
                return self.unexpected();
            }
            self.bump();
            let line = left.line;
            match op {
                Infix::Binary(op) => {
                    let right_min = if assoc == Assoc::Right {
                        level
                    } else {
                        level + 1
                    };
                    let recorded = (self.deferred_fatals.len(), self.compile_diagnostics.len());
                    let right = self.parse_expr_bp(right_min)?;
                    if short_circuits_at_compile_time(op, &left) {
                        // php folds `false && x` and never compiles `x`.
                        self.deferred_fatals.truncate(recorded.0);
                        self.compile_diagnostics.truncate(recorded.1);
                    }
                    left = Expr {
                        kind: ExprKind::Binary {
                            op,
                            left: boxed(left),
                            right: boxed(right),
                        },
                        line,
                    };
                    bare_ternary = false;
                }
                Infix::Ternary => {
                    let then = if self.eat(Tk::Colon) {
                        None
                    } else {
                        let then = self.parse_expr_bp(0)?;
                        self.expect(Tk::Colon, &[])?;
                        Some(boxed(then))
                    };
                    let else_ = self.parse_expr_bp(level + 1)?;
                    if bare_ternary {
                        self.check_nested_ternary(&left, then.is_some(), start);
                    }
                    left = Expr {
                        kind: ExprKind::Ternary {
                            cond: boxed(left),
                            then,
                            else_: boxed(else_),
                        },
                        line,
                    };
                    bare_ternary = true;
                }
                Infix::InstanceOf => {
                    let kind = match self.parse_instanceof_class()? {
                        Ok(class) => ExprKind::InstanceOf {
                            expr: boxed(left),
                            class,
                        },
                        Err(class) => ExprKind::InstanceOfDynamic {
                            expr: boxed(left),
                            class: boxed(class),
                        },
                    };
                    left = Expr { kind, line };
                    bare_ternary = false;
                }
            }
            nonassoc_level = (assoc == Assoc::Non).then_some(level);
        }
        Ok(left)
    }

    /// php 8 rejects an unparenthesized ternary as the condition of another.
    fn check_nested_ternary(&mut self, inner: &Expr, outer_has_middle: bool, at: usize) {
        let ExprKind::Ternary { then, .. } = &inner.kind else {
            return;
        };
        let message = match (then.is_some(), outer_has_middle) {
            (true, true) => "Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`",
            (true, false) => "Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`",
            (false, true) => "Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)`",
            // `(a ?: b) ?: c` means the same as `a ?: (b ?: c)`.
            (false, false) => return,
        };
        self.fatal_later(message, inner.line, at);
    }

    fn parse_unary(&mut self) -> PResult<Expr> {
        let line = self.line();
        let start = self.pos;
        let kind = self.kind();
        let unary = |op, operand: Expr| Expr {
            kind: ExprKind::Unary {
                op,
                operand: boxed(operand),
            },
            line,
        };
        match kind {
            Tk::Bang => {
                self.bump();
                Ok(unary(UnaryOp::Not, self.parse_expr_bp(BP_NOT + 1)?))
            }
            Tk::Tilde | Tk::Minus | Tk::Plus => {
                self.bump();
                let op = match kind {
                    Tk::Tilde => UnaryOp::BitNot,
                    Tk::Minus => UnaryOp::Neg,
                    _ => UnaryOp::Plus,
                };
                Ok(unary(op, self.parse_expr_bp(BP_UNARY + 1)?))
            }
            Tk::At => {
                self.bump();
                let operand = self.parse_expr_bp(BP_UNARY + 1)?;
                Ok(Expr {
                    kind: ExprKind::Silence(boxed(operand)),
                    line,
                })
            }
            Tk::Inc | Tk::Dec => {
                self.bump();
                let target_start = self.pos;
                let target = self.parse_variable()?;
                self.append_written(target_start);
                self.check_writable(&target, start);
                let op = if kind == Tk::Inc {
                    IncDecOp::PreInc
                } else {
                    IncDecOp::PreDec
                };
                Ok(Expr {
                    kind: ExprKind::IncDec {
                        op,
                        target: boxed(target),
                    },
                    line,
                })
            }
            Tk::Print => {
                self.bump();
                let operand = self.parse_expr_bp(BP_PRINT + 1)?;
                Ok(Expr {
                    kind: ExprKind::Print(boxed(operand)),
                    line,
                })
            }
            Tk::Throw => {
                self.bump();
                let operand = self.parse_expr_bp(0)?;
                Ok(Expr {
                    kind: ExprKind::Throw(boxed(operand)),
                    line,
                })
            }
            Tk::New => self.parse_new(),
            Tk::Clone => {
                self.bump();
                let operand = self.parse_expr_bp(BP_POW + 1)?;
                Ok(Expr {
                    kind: ExprKind::Clone(boxed(operand)),
                    line,
                })
            }
            Tk::Include | Tk::IncludeOnce | Tk::Require | Tk::RequireOnce => {
                self.bump();
                // The operand takes in even `or`: `include 'a' or die()`.
                let path = self.parse_expr_bp(BP_OR)?;
                Ok(Expr {
                    kind: ExprKind::Include {
                        once: matches!(kind, Tk::IncludeOnce | Tk::RequireOnce),
                        require: matches!(kind, Tk::Require | Tk::RequireOnce),
                        path: boxed(path),
                    },
                    line,
                })
            }
            Tk::Yield | Tk::YieldFrom => {
                self.scope.yields = true;
                // A generator may `return;` whatever its declared type.
                let returns = std::mem::take(&mut self.scope.return_errors);
                self.deferred_fatals
                    .retain(|((at, _), _)| !returns.contains(at));
                if !self.scope.in_body {
                    self.fatal_later(
                        "The \"yield\" expression can only be used inside a function",
                        line,
                        start,
                    );
                }
                self.bump();
                if kind == Tk::YieldFrom {
                    let source = self.parse_expr_bp(BP_YIELD)?;
                    return Ok(Expr {
                        kind: ExprKind::YieldFrom(boxed(source)),
                        line,
                    });
                }
                let (mut key, mut value) = (None, None);
                if can_start_expr(self.kind()) {
                    let first = self.parse_expr_bp(BP_YIELD)?;
                    if self.eat(Tk::DoubleArrow) {
                        key = Some(boxed(first));
                        value = Some(boxed(self.parse_expr_bp(BP_YIELD)?));
                    } else {
                        value = Some(boxed(first));
                    }
                }
                Ok(Expr {
                    kind: ExprKind::Yield { key, value },
                    line,
                })
            }
            _ => {
                if let Some(to) = cast_type(kind) {
                    self.bump();
                    if to == CastType::Unset {
                        self.fatal_later("The (unset) cast is no longer supported", line, start);
                    }
                    let operand = self.parse_expr_bp(BP_UNARY + 1)?;
                    return Ok(Expr {
                        kind: ExprKind::Cast {
                            to,
                            expr: boxed(operand),
                        },
                        line,
                    });
                }
                self.parse_postfix_expr(true).map(|(e, _)| e)
            }
        }
    }

    /// An expression that must be a `variable` in php's grammar (the
    /// operand of `++`, the right side of `=&`, a foreach target...).
    pub(super) fn parse_variable(&mut self) -> PResult<Expr> {
        if !can_start_variable(self.kind()) {
            return self.unexpected();
        }
        let (e, form) = self.parse_postfix_expr(false)?;
        if form != Form::Variable {
            if form == Form::Dereferenceable {
                // `FOO`, `"str"` or `(expr)` become variables only by a dereference.
                return self.expected(&[
                    Tk::ObjectOperator,
                    Tk::NullsafeObjectOperator,
                    Tk::LBrace,
                    Tk::LBracket,
                ]);
            }
            return self.unexpected();
        }
        Ok(e)
    }

    /// A primary expression with its dereferences (`[...]`, `->`, calls),
    /// then, if it is a variable, an assignment or a postfix `++`/`--`.
    fn parse_postfix_expr(&mut self, allow_assign: bool) -> PResult<(Expr, Form)> {
        let start = self.pos;
        let (mut e, mut form) = self.parse_primary()?;
        let mut chain = 0;
        // Whether an append (`$a[]`) is in the chain: fine only if written to.
        let mut append = false;
        while form != Form::Plain {
            let line = e.line;
            match self.kind() {
                Tk::LBracket => {
                    self.bump();
                    let index = if can_start_expr(self.kind()) {
                        Some(boxed(self.parse_expr()?))
                    } else {
                        append = true;
                        None
                    };
                    self.expect(Tk::RBracket, &[Tk::RBracket])?;
                    e = Expr {
                        kind: ExprKind::Index {
                            base: boxed(e),
                            index,
                        },
                        line,
                    };
                }
                Tk::LBrace => {
                    // `$a{0}` still parses in php 8, then fails to compile.
                    self.bump();
                    let index = self.parse_expr()?;
                    self.expect(Tk::RBrace, &[])?;
                    self.fatal_later(
                        "Array and string offset access syntax with curly braces is no longer supported",
                        line,
                        start,
                    );
                    e = Expr {
                        kind: ExprKind::Index {
                            base: boxed(e),
                            index: Some(boxed(index)),
                        },
                        line,
                    };
                }
                Tk::ObjectOperator | Tk::NullsafeObjectOperator => {
                    let nullsafe = self.kind() == Tk::NullsafeObjectOperator;
                    self.bump();
                    let name = match self.kind() {
                        Tk::Ident => NameRef::Lit(self.bump().bytes().to_vec()),
                        Tk::LBrace => {
                            self.bump();
                            let name = self.parse_expr()?;
                            self.expect(Tk::RBrace, &[])?;
                            braced_name(name)
                        }
                        Tk::Variable | Tk::Dollar => {
                            NameRef::Dyn(boxed(self.parse_simple_variable()?))
                        }
                        _ => {
                            return self.expected(&[
                                Tk::Ident,
                                Tk::Variable,
                                Tk::LBrace,
                                Tk::Dollar,
                            ])
                        }
                    };
                    e = if self.kind() == Tk::LParen {
                        if std::mem::take(&mut append) {
                            // The object a method is called on is read.
                            self.fatal_later("Cannot use [] for reading", line, start);
                        }
                        let args = self.parse_args()?;
                        if nullsafe && self.callable_args.is_some() {
                            return self.fatal_now(
                                "Cannot combine nullsafe operator with Closure creation",
                                line,
                            );
                        }
                        self.callable_ref(Expr {
                            kind: ExprKind::MethodCall {
                                obj: boxed(e),
                                method: name,
                                args,
                                nullsafe,
                            },
                            line,
                        })
                    } else {
                        Expr {
                            kind: ExprKind::Prop {
                                obj: boxed(e),
                                name,
                                nullsafe,
                            },
                            line,
                        }
                    };
                }
                // Calls of anything but a name: `$f()`, `(expr)()`, `"f"()`.
                Tk::LParen => {
                    let args = self.parse_args()?;
                    e = self.callable_ref(Expr {
                        kind: ExprKind::DynCall {
                            callee: Box::new(e),
                            args,
                        },
                        line,
                    });
                }
                // `$class::X`, `$obj::m()`, `f()::$p`: the class is a
                // string or an object's class at run time.
                Tk::PaamayimNekudotayim => {
                    let (member, _) = self.parse_class_member(NameRef::Dyn(boxed(e)), line)?;
                    e = member;
                }
                _ => break,
            }
            form = Form::Variable;
            chain += 1;
            self.check_chain(chain)?;
        }
        let line = e.line;
        let kind = self.kind();
        let written = allow_assign
            && form == Form::Variable
            && (matches!(kind, Tk::Eq | Tk::Inc | Tk::Dec)
                || compound_assign_op(kind).is_some_and(|op| op != BinOp::Coalesce));
        if append && !written {
            self.unwritten_appends.push((line, start));
        }
        if !allow_assign || form != Form::Variable {
            return Ok((e, form));
        }
        let assigned = match kind {
            Tk::Eq => {
                self.bump();
                self.check_writable(&e, start);
                if matches!(self.kind(), Tk::AmpFollowedByVar | Tk::AmpNotFollowedByVar) {
                    self.bump();
                    let value_start = self.pos;
                    let value = self.parse_variable()?;
                    self.check_write_context(&value, WriteUse::RefSource, value_start);
                    self.append_written(value_start);
                    ExprKind::AssignRef {
                        target: boxed(e),
                        value: boxed(value),
                    }
                } else {
                    let value = self.parse_expr_bp(BP_ASSIGN + 1)?;
                    ExprKind::Assign {
                        target: boxed(e),
                        value: boxed(value),
                    }
                }
            }
            Tk::Inc | Tk::Dec => {
                self.bump();
                self.check_writable(&e, start);
                let op = if kind == Tk::Inc {
                    IncDecOp::PostInc
                } else {
                    IncDecOp::PostDec
                };
                ExprKind::IncDec {
                    op,
                    target: boxed(e),
                }
            }
            _ => match compound_assign_op(kind) {
                Some(op) => {
                    self.bump();
                    self.check_writable(&e, start);
                    let value = self.parse_expr_bp(BP_ASSIGN + 1)?;
                    ExprKind::CompoundAssign {
                        op,
                        target: boxed(e),
                        value: boxed(value),
                    }
                }
                None => return Ok((e, form)),
            },
        };
        Ok((
            Expr {
                kind: assigned,
                line,
            },
            Form::Plain,
        ))
    }

    fn parse_primary(&mut self) -> PResult<(Expr, Form)> {
        let line = self.line();
        let at = |kind| Expr { kind, line };
        match self.kind() {
            Tk::Variable => {
                let t = self.bump();
                self.compile_line = line;
                Ok((at(ExprKind::Var(t.bytes().to_vec())), Form::Variable))
            }
            Tk::Dollar => {
                let v = self.parse_simple_variable()?;
                self.compile_line = line;
                Ok((v, Form::Variable))
            }
            Tk::LNumber | Tk::DNumber => {
                let t = self.bump();
                let kind = match t.value {
                    TokValue::Int(n) => ExprKind::Int(n),
                    TokValue::Float(f) => ExprKind::Float(f),
                    _ => ExprKind::Int(0),
                };
                Ok((at(kind), Form::Plain))
            }
            Tk::ConstantEncapsedString => {
                let t = self.bump();
                Ok((
                    at(ExprKind::String(t.bytes().to_vec())),
                    Form::Dereferenceable,
                ))
            }
            Tk::DoubleQuote => {
                self.bump();
                let parts = self.parse_interpolation(Tk::DoubleQuote)?;
                Ok((at(interpolated(parts)), Form::Dereferenceable))
            }
            Tk::StartHeredoc => {
                self.bump();
                let parts = self.parse_interpolation(Tk::EndHeredoc)?;
                Ok((at(interpolated(parts)), Form::Plain))
            }
            Tk::Backtick => {
                self.note_unsupported("backtick operator", line);
                self.bump();
                self.parse_interpolation(Tk::Backtick)?;
                Ok((placeholder(line), Form::Plain))
            }
            Tk::LBracket => self.parse_array_literal(Tk::RBracket),
            Tk::Array => {
                self.bump();
                if self.kind() != Tk::LParen {
                    return self.expected(&[Tk::LParen]);
                }
                self.parse_array_literal(Tk::RParen)
            }
            Tk::List => Ok((self.parse_list(false)?, Form::Plain)),
            Tk::LParen => {
                self.bump();
                let e = self.parse_expr()?;
                self.expect(Tk::RParen, &[])?;
                Ok((e, Form::Dereferenceable))
            }
            Tk::Ident | Tk::NameFullyQualified | Tk::NameQualified | Tk::NameRelative => {
                self.parse_name_expr()
            }
            Tk::Static => match self.nth_kind(1) {
                Tk::PaamayimNekudotayim => {
                    self.bump();
                    self.parse_class_member(NameRef::Lit(b"static".to_vec()), line)
                }
                Tk::Function => {
                    self.bump();
                    Ok((self.parse_closure(line, true)?, Form::Plain))
                }
                Tk::Fn => {
                    self.bump();
                    Ok((self.parse_arrow_function(line, true)?, Form::Plain))
                }
                _ => {
                    self.bump();
                    self.expected(&[Tk::PaamayimNekudotayim])
                }
            },
            Tk::Isset => self.parse_isset(),
            Tk::Empty => {
                self.bump();
                self.expect(Tk::LParen, &[Tk::LParen])?;
                let operand = self.parse_expr()?;
                self.expect(Tk::RParen, &[])?;
                Ok((at(ExprKind::Empty(boxed(operand))), Form::Plain))
            }
            Tk::Exit => {
                self.bump();
                let mut status = None;
                if self.eat(Tk::LParen) {
                    if self.kind() != Tk::RParen {
                        status = Some(boxed(self.parse_expr()?));
                    }
                    self.expect(Tk::RParen, &[])?;
                }
                Ok((at(ExprKind::Exit(status)), Form::Plain))
            }
            Tk::Function => Ok((self.parse_closure(line, false)?, Form::Plain)),
            Tk::Fn => Ok((self.parse_arrow_function(line, false)?, Form::Plain)),
            Tk::Match => Ok((self.parse_match(line)?, Form::Plain)),
            Tk::Eval => {
                self.note_unsupported("eval", line);
                self.bump();
                self.expect(Tk::LParen, &[Tk::LParen])?;
                self.parse_expr()?;
                self.expect(Tk::RParen, &[])?;
                Ok((placeholder(line), Form::Plain))
            }
            Tk::Attribute => {
                // Attributes may precede a closure.
                self.parse_attributes()?;
                match self.kind() {
                    Tk::Function | Tk::Fn | Tk::Static => self.parse_primary(),
                    _ => self.unexpected(),
                }
            }
            Tk::LineC => {
                self.bump();
                Ok((at(ExprKind::Int(i64::from(line))), Form::Dereferenceable))
            }
            Tk::FileC | Tk::DirC | Tk::ClassC | Tk::MethodC | Tk::FuncC => {
                let t = self.bump();
                let name = self.text(&t).to_ascii_uppercase();
                Ok((at(ExprKind::Const(name)), Form::Dereferenceable))
            }
            Tk::NsC => {
                self.bump();
                let ns = self.ns.current.clone();
                Ok((at(ExprKind::String(ns)), Form::Dereferenceable))
            }
            // Traits are flattened into their classes: always empty.
            Tk::TraitC => {
                self.bump();
                Ok((at(ExprKind::String(Vec::new())), Form::Dereferenceable))
            }
            _ => self.unexpected(),
        }
    }

    /// A name: a function call, a class member (`A::b`) or a constant. Not
    /// inlined: its locals (names, imports looked up) would grow the frame
    /// of `parse_primary`, which every nesting level of an expression uses.
    #[inline(never)]
    fn parse_name_expr(&mut self) -> PResult<(Expr, Form)> {
        let t = self.bump();
        let line = t.line;
        match self.kind() {
            Tk::LParen => {
                let (name, fallback) = self.ns.resolve(t.kind, t.bytes(), NameKind::Function);
                let args = self.parse_args()?;
                let call = Expr {
                    kind: ExprKind::Call {
                        name,
                        args,
                        fallback: fallback.map(Box::new),
                    },
                    line,
                };
                Ok((self.callable_ref(call), Form::Variable))
            }
            Tk::PaamayimNekudotayim => {
                let class = self.name_from(&t)?;
                self.parse_class_member(NameRef::Lit(class), line)
            }
            _ => {
                // `true`, `false` and `null` (also `\true`) are literals in
                // any namespace.
                let bare = match t.kind {
                    Tk::Ident => t.bytes(),
                    Tk::NameFullyQualified => &t.bytes()[1..],
                    _ => b"",
                };
                let kind = match bare.to_ascii_lowercase().as_slice() {
                    b"true" => ExprKind::Bool(true),
                    b"false" => ExprKind::Bool(false),
                    b"null" => ExprKind::Null,
                    _ => match self.ns.resolve(t.kind, t.bytes(), NameKind::Const) {
                        (name, None) => ExprKind::Const(name),
                        (name, Some(fallback)) => ExprKind::NsConst { name, fallback },
                    },
                };
                Ok((Expr { kind, line }, Form::Dereferenceable))
            }
        }
    }

    /// After a class name, at `::`: a static property, method call or constant.
    fn parse_class_member(&mut self, class: NameRef, line: u32) -> PResult<(Expr, Form)> {
        if let NameRef::Lit(name) = &class {
            self.check_class_ref(name, line, self.pos - 1);
        }
        self.bump();
        let at = |kind| Expr { kind, line };
        match self.kind() {
            Tk::Variable | Tk::Dollar => {
                let var = self.parse_simple_variable()?;
                if self.kind() == Tk::LParen {
                    // `A::$m()`: the method named by the variable's value.
                    let call = self.static_call(class, NameRef::Dyn(boxed(var)), line)?;
                    return Ok((call, Form::Variable));
                }
                let name = static_prop_name(var);
                Ok((at(ExprKind::StaticProp { class, name }), Form::Variable))
            }
            k if k == Tk::Ident || k.is_semi_reserved() => {
                let t = self.bump();
                let name = self.text(&t);
                if self.kind() == Tk::LParen {
                    let call = self.static_call(class, NameRef::Lit(name), line)?;
                    return Ok((call, Form::Variable));
                }
                let kind = match class {
                    NameRef::Lit(class)
                        if name.eq_ignore_ascii_case(b"class")
                            && !matches!(
                                class.to_ascii_lowercase().as_slice(),
                                b"self" | b"static" | b"parent"
                            ) =>
                    {
                        // The name is resolved already: `Foo::class` is a literal.
                        ExprKind::String(class)
                    }
                    class => ExprKind::ClassConst { class, name },
                };
                Ok((at(kind), Form::Dereferenceable))
            }
            Tk::LBrace => {
                // `A::{expr}()`: php 8.2 allows a computed name only for calls.
                self.bump();
                let name = self.parse_expr()?;
                self.expect(Tk::RBrace, &[])?;
                if self.kind() != Tk::LParen {
                    return self.expected(&[Tk::LParen]);
                }
                let call = self.static_call(class, braced_name(name), line)?;
                Ok((call, Form::Variable))
            }
            _ => self.unexpected(),
        }
    }

    /// `class::method(args)`, the arguments next.
    fn static_call(&mut self, class: NameRef, method: NameRef, line: u32) -> PResult<Expr> {
        let args = self.parse_args()?;
        let call = Expr {
            kind: ExprKind::StaticCall {
                class,
                method,
                args,
            },
            line,
        };
        Ok(self.callable_ref(call))
    }

    /// `new Foo(args)` or `new Foo`. Not inlined, for the same reason as
    /// `parse_name_expr`.
    #[inline(never)]
    fn parse_new(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        let class_at = self.pos;
        let class = match self.kind() {
            Tk::Class => return self.parse_anonymous_class(line),
            Tk::Attribute => {
                self.parse_attributes()?;
                if self.kind() != Tk::Class {
                    return self.unexpected();
                }
                return self.parse_anonymous_class(line);
            }
            Tk::Ident | Tk::NameFullyQualified | Tk::NameQualified | Tk::NameRelative => {
                let t = self.bump();
                self.name_from(&t)?
            }
            Tk::Static => {
                self.bump();
                b"static".to_vec()
            }
            // `new $class`, `new $a['c']`, `new $o->c`, `new A::$c` and
            // `new (expr)`: the class named by a string (a fully
            // qualified name) or an object's class, at run time.
            Tk::Variable | Tk::Dollar => {
                let class = self.parse_new_variable(None)?;
                return self.finish_dynamic_new(class, line);
            }
            Tk::LParen => {
                self.bump();
                let class = self.parse_expr()?;
                self.expect(Tk::RParen, &[])?;
                return self.finish_dynamic_new(class, line);
            }
            _ => return self.unexpected(),
        };
        self.check_class_ref(&class, line, class_at);
        if self.kind() == Tk::PaamayimNekudotayim {
            let class = self.parse_new_variable(Some(class))?;
            return self.finish_dynamic_new(class, line);
        }
        let args = if self.kind() == Tk::LParen {
            self.parse_args()?
        } else {
            Vec::new()
        };
        if self.callable_args.take().is_some() {
            return self.fatal_now("Cannot create Closure for new expression", line);
        }
        Ok(Expr {
            kind: ExprKind::New { class, args },
            line,
        })
    }

    /// A call just parsed, as a Closure of its callee when its arguments
    /// were `(...)` (first-class callable syntax).
    fn callable_ref(&mut self, call: Expr) -> Expr {
        match self.callable_args.take() {
            Some(_) => Expr {
                line: call.line,
                kind: ExprKind::CallableRef(Box::new(call)),
            },
            None => call,
        }
    }

    /// The arguments of `new` with a class given by an expression.
    fn finish_dynamic_new(&mut self, class: Expr, line: u32) -> PResult<Expr> {
        let args = if self.kind() == Tk::LParen {
            self.parse_args()?
        } else {
            Vec::new()
        };
        Ok(Expr {
            kind: ExprKind::NewDynamic {
                class: Box::new(class),
                args,
            },
            line,
        })
    }

    /// The class operand of `instanceof`: a name, or (Err) a variable
    /// holding a class name or an object. Not inlined, for the same reason
    /// as `parse_name_expr`.
    #[inline(never)]
    fn parse_instanceof_class(&mut self) -> PResult<Result<Name, Expr>> {
        let line = self.line();
        let class_at = self.pos;
        let class = match self.kind() {
            Tk::Variable | Tk::Dollar => return Ok(Err(self.parse_new_variable(None)?)),
            Tk::LParen => {
                self.bump();
                let class = self.parse_expr()?;
                self.expect(Tk::RParen, &[])?;
                return Ok(Err(class));
            }
            Tk::Ident | Tk::NameFullyQualified | Tk::NameQualified | Tk::NameRelative => {
                let t = self.bump();
                self.name_from(&t)?
            }
            Tk::Static => {
                self.bump();
                b"static".to_vec()
            }
            _ => return self.unexpected(),
        };
        self.check_class_ref(&class, line, class_at);
        if self.kind() == Tk::PaamayimNekudotayim {
            return Ok(Err(self.parse_new_variable(Some(class))?));
        }
        Ok(Ok(class))
    }

    /// A class given by a variable in `new` or `instanceof` (php's
    /// new_variable): `$c`, `$$c`, `$a['c']`, `$o->c`, `A::$c`, `$o::$c`;
    /// `class` is the name already read before `A::$c`. Unlike elsewhere,
    /// a call does not belong to it: `new $o->c()` calls the constructor.
    fn parse_new_variable(&mut self, class: Option<Name>) -> PResult<Expr> {
        let start = self.pos;
        let line = self.line();
        let mut e = match class {
            Some(class) => {
                self.expect(Tk::PaamayimNekudotayim, &[])?;
                let name = static_prop_name(self.parse_simple_variable()?);
                Expr {
                    kind: ExprKind::StaticProp {
                        class: NameRef::Lit(class),
                        name,
                    },
                    line,
                }
            }
            None => self.parse_simple_variable()?,
        };
        let mut chain = 0;
        loop {
            let line = self.line();
            let kind = match self.kind() {
                Tk::LBracket => {
                    self.bump();
                    let index = if can_start_expr(self.kind()) {
                        Some(boxed(self.parse_expr()?))
                    } else {
                        self.fatal_later("Cannot use [] for reading", line, start);
                        None
                    };
                    self.expect(Tk::RBracket, &[Tk::RBracket])?;
                    ExprKind::Index {
                        base: boxed(e),
                        index,
                    }
                }
                Tk::ObjectOperator | Tk::NullsafeObjectOperator => {
                    let nullsafe = self.kind() == Tk::NullsafeObjectOperator;
                    self.bump();
                    let name = match self.kind() {
                        Tk::Ident => NameRef::Lit(self.bump().bytes().to_vec()),
                        Tk::LBrace => {
                            self.bump();
                            let name = self.parse_expr()?;
                            self.expect(Tk::RBrace, &[])?;
                            braced_name(name)
                        }
                        _ => NameRef::Dyn(boxed(self.parse_simple_variable()?)),
                    };
                    ExprKind::Prop {
                        obj: boxed(e),
                        name,
                        nullsafe,
                    }
                }
                Tk::PaamayimNekudotayim => {
                    self.bump();
                    let name = static_prop_name(self.parse_simple_variable()?);
                    ExprKind::StaticProp {
                        class: NameRef::Dyn(boxed(e)),
                        name,
                    }
                }
                _ => return Ok(e),
            };
            e = Expr { kind, line };
            chain += 1;
            self.check_chain(chain)?;
        }
    }

    /// `(args)`: positional, named (`name: v`) and spread (`...$a`) arguments.
    pub(super) fn parse_args(&mut self) -> PResult<Vec<Arg>> {
        let open_line = self.line();
        self.bump();
        if self.kind() == Tk::Ellipsis && self.nth_kind(1) == Tk::RParen {
            // `f(...)`: the caller wraps its call in a CallableRef.
            self.callable_args = Some(open_line);
            self.bump();
            self.bump();
            return Ok(Vec::new());
        }
        let mut args = Vec::new();
        let (mut seen_named, mut seen_unpack) = (false, false);
        while self.kind() != Tk::RParen {
            let kind = self.kind();
            let can_start_arg = can_start_expr(kind)
                || kind == Tk::Ellipsis
                || kind == Tk::Ident
                || kind.is_semi_reserved();
            if !args.is_empty() && !can_start_arg {
                // After a comma only `)` may end the list.
                return self.expected(&[Tk::RParen]);
            }
            if kind.is_semi_reserved() && !can_start_expr(kind) && self.nth_kind(1) != Tk::Colon {
                // Only a named argument can start with this keyword.
                self.bump();
                return self.expected(&[Tk::Colon]);
            }
            if kind == Tk::Static
                && !matches!(
                    self.nth_kind(1),
                    Tk::Colon | Tk::PaamayimNekudotayim | Tk::Function | Tk::Fn
                )
            {
                self.bump();
                return self.expected(&[Tk::Colon]);
            }
            let line = self.line();
            let arg_start = self.pos;
            let arg = if self.eat(Tk::Ellipsis) {
                let value = self.parse_expr()?;
                if seen_named {
                    self.fatal_later(
                        "Cannot use argument unpacking after named arguments",
                        line,
                        arg_start,
                    );
                }
                seen_unpack = true;
                Arg {
                    value,
                    unpack: true,
                    name: None,
                }
            } else if (self.kind() == Tk::Ident || self.kind().is_semi_reserved())
                && self.nth_kind(1) == Tk::Colon
            {
                let t = self.bump();
                self.bump();
                let value_start = self.pos;
                let value = self.parse_expr()?;
                self.arg_written(&value, value_start);
                seen_named = true;
                Arg {
                    value,
                    unpack: false,
                    name: Some(self.text(&t)),
                }
            } else {
                let value = self.parse_expr()?;
                self.arg_written(&value, arg_start);
                if seen_named {
                    self.fatal_later(
                        "Cannot use positional argument after named argument",
                        line,
                        arg_start,
                    );
                } else if seen_unpack {
                    self.fatal_later(
                        "Cannot use positional argument after argument unpacking",
                        line,
                        arg_start,
                    );
                }
                Arg {
                    value,
                    unpack: false,
                    name: None,
                }
            };
            args.push(arg);
            if !self.eat(Tk::Comma) && self.kind() != Tk::RParen {
                return self.expected(&[Tk::RParen]);
            }
        }
        self.bump();
        Ok(args)
    }

    /// An argument that is a variable may be passed by reference, which
    /// php only knows when calling: `$a[]` is fine there.
    fn arg_written(&mut self, value: &Expr, at: usize) {
        if matches!(
            value.kind,
            ExprKind::Index { .. } | ExprKind::Prop { .. } | ExprKind::StaticProp { .. }
        ) {
            self.append_written(at);
        }
    }

    fn parse_isset(&mut self) -> PResult<(Expr, Form)> {
        let line = self.line();
        self.bump();
        self.expect(Tk::LParen, &[Tk::LParen])?;
        let mut operands = Vec::new();
        loop {
            if !operands.is_empty() && !can_start_expr(self.kind()) {
                return self.expected(&[Tk::RParen]);
            }
            let operand_start = self.pos;
            let operand = self.parse_expr()?;
            if !matches!(
                operand.kind,
                ExprKind::Var(_)
                    | ExprKind::VarVar(_)
                    | ExprKind::Index { .. }
                    | ExprKind::Prop { .. }
                    | ExprKind::StaticProp { .. }
            ) {
                self.fatal_later(
                    "Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)",
                    operand.line, operand_start,
                );
            }
            operands.push(operand);
            if self.eat(Tk::Comma) {
                if self.kind() == Tk::RParen {
                    break;
                }
                continue;
            }
            if self.kind() != Tk::RParen {
                return self.expected(&[Tk::RParen]);
            }
            break;
        }
        self.bump();
        Ok((
            Expr {
                kind: ExprKind::Isset(operands),
                line,
            },
            Form::Plain,
        ))
    }

    /// `[...]` or `array(...)`, at the opening bracket.
    fn parse_array_literal(&mut self, close: Tk) -> PResult<(Expr, Form)> {
        let line = self.line();
        let start = self.pos;
        self.bump();
        // None marks an empty element: valid only in a destructuring.
        let mut items: Vec<Option<ArrayItem>> = Vec::new();
        let mut empty_element = None;
        while self.kind() != close {
            if self.kind() == Tk::Comma {
                empty_element.get_or_insert(self.pos);
                items.push(None);
                self.bump();
                continue;
            }
            let kind = self.kind();
            if !(can_start_expr(kind) || self.at_ampersand() || kind == Tk::Ellipsis) {
                return self.expected(&[close]);
            }
            items.push(Some(self.parse_array_item()?));
            if !self.eat(Tk::Comma) && self.kind() != close {
                return self.expected(&[close]);
            }
        }
        self.bump();
        if close == Tk::RBracket && self.kind() == Tk::Eq {
            // `[...] = value`: the literal was a list of targets; what its
            // nested literals said about empty elements no longer holds.
            self.forget_empty_element_errors(start);
            let target = self.list_from_items(items, line, start);
            self.bump();
            let value = self.parse_expr_bp(BP_ASSIGN + 1)?;
            return Ok((
                Expr {
                    kind: ExprKind::Assign {
                        target: Box::new(target),
                        value: Box::new(value),
                    },
                    line,
                },
                Form::Plain,
            ));
        }
        if let Some(at) = empty_element {
            self.fatal_later("Cannot use empty array elements in arrays", line, at);
            // Kept as a list, in case an enclosing literal is a destructuring.
            if let Some(list) = self.try_list(&items) {
                return Ok((
                    Expr {
                        kind: ExprKind::List(list),
                        line,
                    },
                    Form::Plain,
                ));
            }
        }
        let items = items.into_iter().flatten().collect();
        Ok((
            Expr {
                kind: ExprKind::Array(items),
                line,
            },
            Form::Dereferenceable,
        ))
    }

    /// Drops the "empty array elements" errors of literals from token
    /// `start` on: they turned out to be destructuring targets.
    pub(super) fn forget_empty_element_errors(&mut self, start: usize) {
        self.deferred_fatals.retain(|((at, _), e)| {
            !(*at >= start
                && matches!(&e.kind, ParseErrorKind::Fatal(m) if m == "Cannot use empty array elements in arrays"))
        });
    }

    /// The targets of a destructuring written as array items, or None if
    /// some item cannot be a target.
    fn try_list(&self, items: &[Option<ArrayItem>]) -> Option<Vec<Option<ListItem>>> {
        items
            .iter()
            .map(|item| {
                let Some(item) = item else { return Some(None) };
                if item.unpack {
                    return None;
                }
                let target = match &item.value.kind {
                    ExprKind::Array(inner) => {
                        let inner: Vec<Option<ArrayItem>> =
                            inner.iter().cloned().map(Some).collect();
                        Expr {
                            kind: ExprKind::List(self.try_list(&inner)?),
                            line: item.value.line,
                        }
                    }
                    ExprKind::List(_)
                    | ExprKind::Var(_)
                    | ExprKind::VarVar(_)
                    | ExprKind::Index { .. }
                    | ExprKind::Prop { .. }
                    | ExprKind::StaticProp { .. } => item.value.clone(),
                    _ => return None,
                };
                Some(Some(ListItem {
                    key: item.key.clone(),
                    target,
                    by_ref: item.by_ref,
                }))
            })
            .collect()
    }

    /// `[...]` on the left of `=`: the list of targets, with php's
    /// compile-time errors for what cannot be one.
    fn list_from_items(&mut self, items: Vec<Option<ArrayItem>>, line: u32, start: usize) -> Expr {
        if items.iter().any(|i| i.as_ref().is_some_and(|i| i.unpack)) {
            self.fatal_later(
                "Spread operator is not supported in assignments",
                line,
                start,
            );
            return placeholder(line);
        }
        match self.try_list(&items) {
            Some(list) => {
                self.check_list(&list, line, start);
                Expr {
                    kind: ExprKind::List(list),
                    line,
                }
            }
            None => {
                self.fatal_later(
                    "Assignments can only happen to writable values",
                    line,
                    start,
                );
                placeholder(line)
            }
        }
    }

    /// php's checks of a list of targets: not empty, keys on all or none.
    pub(super) fn check_list(&mut self, list: &[Option<ListItem>], line: u32, start: usize) {
        if list.iter().all(Option::is_none) {
            self.fatal_later("Cannot use empty list", line, start);
            return;
        }
        let keyed = list.iter().flatten().filter(|i| i.key.is_some()).count();
        if keyed != 0
            && (keyed != list.iter().flatten().count() || list.iter().any(Option::is_none))
        {
            self.fatal_later(
                "Cannot mix keyed and unkeyed array entries in assignments",
                line,
                start,
            );
        }
        for item in list.iter().flatten() {
            if let ExprKind::List(inner) = &item.target.kind {
                self.check_list(inner, item.target.line, start);
            }
        }
    }

    fn at_ampersand(&self) -> bool {
        matches!(self.kind(), Tk::AmpFollowedByVar | Tk::AmpNotFollowedByVar)
    }

    fn parse_array_item(&mut self) -> PResult<ArrayItem> {
        if self.eat(Tk::Ellipsis) {
            let value = self.parse_expr()?;
            return Ok(ArrayItem {
                key: None,
                value,
                by_ref: false,
                unpack: true,
            });
        }
        if self.at_ampersand() {
            self.bump();
            let value_start = self.pos;
            let value = self.parse_variable()?;
            self.check_write_context(&value, WriteUse::RefSource, value_start);
            return Ok(ArrayItem {
                key: None,
                value,
                by_ref: true,
                unpack: false,
            });
        }
        let first = self.parse_expr()?;
        if !self.eat(Tk::DoubleArrow) {
            return Ok(ArrayItem {
                key: None,
                value: first,
                by_ref: false,
                unpack: false,
            });
        }
        let by_ref = self.at_ampersand();
        let value = if by_ref {
            self.bump();
            let value_start = self.pos;
            let value = self.parse_variable()?;
            self.check_write_context(&value, WriteUse::RefSource, value_start);
            value
        } else {
            self.parse_expr()?
        };
        Ok(ArrayItem {
            key: Some(first),
            value,
            by_ref,
            unpack: false,
        })
    }

    /// The parts of a `"..."` string or heredoc, up to and including `close`.
    fn parse_interpolation(&mut self, close: Tk) -> PResult<Vec<InterpPart>> {
        let mut parts = Vec::new();
        let (mut has_var, mut has_text) = (false, false);
        // php compiles the string at the line of its first part.
        self.compile_line = self.line();
        loop {
            match self.kind() {
                k if k == close => {
                    self.bump();
                    return Ok(parts);
                }
                Tk::EncapsedAndWhitespace => {
                    let t = self.bump();
                    parts.push(InterpPart::Lit(t.bytes().to_vec()));
                    has_text = true;
                    continue;
                }
                Tk::Variable => {
                    let e = self.parse_simple_interpolation()?;
                    parts.push(InterpPart::Expr(e));
                }
                Tk::DollarOpenCurlyBraces => {
                    let e = self.parse_dollar_brace_interpolation()?;
                    parts.push(InterpPart::Expr(e));
                }
                Tk::CurlyOpen => {
                    self.bump();
                    let e = self.parse_variable()?;
                    if !self.eat(Tk::RBrace) {
                        return self.expected(&[
                            Tk::ObjectOperator,
                            Tk::NullsafeObjectOperator,
                            Tk::LBrace,
                            Tk::LBracket,
                        ]);
                    }
                    parts.push(InterpPart::Expr(e));
                }
                _ => {
                    // What php's grammar still accepts at this point.
                    let expecting: &[Tk] = match (close, has_var, has_text) {
                        (_, true, _) => &[],
                        (Tk::DoubleQuote, false, true) => {
                            &[Tk::Variable, Tk::DollarOpenCurlyBraces, Tk::CurlyOpen]
                        }
                        (Tk::DoubleQuote, false, false) => &[
                            Tk::EncapsedAndWhitespace,
                            Tk::Variable,
                            Tk::DollarOpenCurlyBraces,
                            Tk::CurlyOpen,
                        ],
                        (_, false, true) => &[
                            Tk::Variable,
                            Tk::EndHeredoc,
                            Tk::DollarOpenCurlyBraces,
                            Tk::CurlyOpen,
                        ],
                        (_, false, false) => &[],
                    };
                    return self.expected(expecting);
                }
            }
            has_var = true;
        }
    }

    /// `$name`, `$name[offset]` or `$name->prop` inside a string.
    fn parse_simple_interpolation(&mut self) -> PResult<Expr> {
        let t = self.bump();
        let line = t.line;
        self.compile_line = line;
        let var = Expr {
            kind: ExprKind::Var(t.bytes().to_vec()),
            line,
        };
        match self.kind() {
            Tk::LBracket => {
                self.bump();
                let offset_line = self.line();
                let offset = match self.kind() {
                    Tk::Ident => ExprKind::String(self.bump().bytes().to_vec()),
                    Tk::NumString => num_string(&self.bump().value, false),
                    Tk::Variable => ExprKind::Var(self.bump().bytes().to_vec()),
                    Tk::Minus if self.nth_kind(1) == Tk::NumString => {
                        self.bump();
                        num_string(&self.bump().value, true)
                    }
                    Tk::Minus => {
                        self.bump();
                        return self.expected(&[Tk::NumString]);
                    }
                    _ => {
                        return self.expected(&[Tk::Minus, Tk::Ident, Tk::Variable, Tk::NumString])
                    }
                };
                self.expect(Tk::RBracket, &[Tk::RBracket])?;
                Ok(Expr {
                    kind: ExprKind::Index {
                        base: boxed(var),
                        index: Some(boxed(Expr {
                            kind: offset,
                            line: offset_line,
                        })),
                    },
                    line,
                })
            }
            Tk::ObjectOperator | Tk::NullsafeObjectOperator => {
                let nullsafe = self.bump().kind == Tk::NullsafeObjectOperator;
                let name = self.expect(Tk::Ident, &[Tk::Ident])?.bytes().to_vec();
                Ok(Expr {
                    kind: ExprKind::Prop {
                        obj: boxed(var),
                        name: NameRef::Lit(name),
                        nullsafe,
                    },
                    line,
                })
            }
            _ => Ok(var),
        }
    }

    /// `${name}` or `${name[expr]}` inside a string (deprecated in php 8.2).
    fn parse_dollar_brace_interpolation(&mut self) -> PResult<Expr> {
        let line = self.line();
        let start = self.pos;
        self.bump();
        if self.kind() != Tk::StringVarname {
            if !can_start_expr(self.kind()) {
                return self.unexpected();
            }
            // Reported, like `${var}`, at the line compiled before it.
            let at = self.compile_line;
            let name = self.parse_expr()?;
            self.expect(Tk::RBrace, &[])?;
            self.diagnostic_later(
                DiagnosticLevel::Deprecated,
                "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead"
                    .to_string(),
                at,
                start,
            );
            self.compile_line = line;
            return Ok(Expr {
                kind: ExprKind::VarVar(boxed(name)),
                line,
            });
        }
        let name = self.bump().bytes().to_vec();
        let var = Expr {
            kind: ExprKind::Var(name),
            line,
        };
        let e = if self.eat(Tk::LBracket) {
            let index = self.parse_expr()?;
            self.expect(Tk::RBracket, &[])?;
            Expr {
                kind: ExprKind::Index {
                    base: boxed(var),
                    index: Some(boxed(index)),
                },
                line,
            }
        } else {
            var
        };
        self.expect(Tk::RBrace, &[])?;
        // php reports it before compiling the variable, so at the line of
        // whatever it compiled last.
        self.diagnostic_later(
            DiagnosticLevel::Deprecated,
            "Using ${var} in strings is deprecated, use {$var} instead".to_string(),
            self.compile_line,
            start,
        );
        self.compile_line = line;
        Ok(e)
    }
}

/// Whether php's compiler decides `left op right` from a literal `left`
/// alone and so never compiles `right`.
fn short_circuits_at_compile_time(op: BinOp, left: &Expr) -> bool {
    let truthy = match &left.kind {
        ExprKind::Bool(b) => *b,
        ExprKind::Null => false,
        ExprKind::Int(n) => *n != 0,
        ExprKind::Float(f) => *f != 0.0,
        ExprKind::String(s) => !(s.is_empty() || s == b"0"),
        _ => return false,
    };
    match op {
        BinOp::And => !truthy,
        BinOp::Or => truthy,
        _ => false,
    }
}

/// The key of `"$a[12]"`, `"$a[-3]"` or `"$a[012]"`.
fn num_string(value: &TokValue, negative: bool) -> ExprKind {
    match (value, negative) {
        (TokValue::Int(n), false) => ExprKind::Int(*n),
        // `-0` is not an integer key in php: it stays the string "-0".
        (TokValue::Int(0), true) => ExprKind::String(b"-0".to_vec()),
        (TokValue::Int(n), true) => ExprKind::Int(-n),
        (TokValue::Str(s), false) => ExprKind::String(s.clone()),
        (TokValue::Str(s), true) => {
            let mut key = b"-".to_vec();
            key.extend_from_slice(s);
            ExprKind::String(key)
        }
        _ => ExprKind::String(Vec::new()),
    }
}

/// Joins adjacent literal parts; a string without expressions is a plain String.
fn interpolated(parts: Vec<InterpPart>) -> ExprKind {
    let mut merged: Vec<InterpPart> = Vec::with_capacity(parts.len());
    for part in parts {
        match (merged.last_mut(), part) {
            (_, InterpPart::Lit(text)) if text.is_empty() => {}
            (Some(InterpPart::Lit(prev)), InterpPart::Lit(text)) => prev.extend_from_slice(&text),
            (_, part) => merged.push(part),
        }
    }
    if merged.iter().all(|p| matches!(p, InterpPart::Lit(_))) {
        let mut text = Vec::new();
        for part in merged {
            if let InterpPart::Lit(t) = part {
                text.extend_from_slice(&t);
            }
        }
        return ExprKind::String(text);
    }
    ExprKind::Interp(merged)
}
