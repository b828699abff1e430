//! Unit tests of the parser: operator precedence (checked against php 8.2 by
//! evaluating fully parenthesized forms), every statement form, lines, and
//! the compile-time errors php reports.

use super::*;
use crate::ast::*;

/// An expression as a compact S-expression: `(+ 1 (* 2 3))`.
fn sexp(e: &Expr) -> String {
    let s = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    // A dynamic name prints as its expression in braces.
    let nr = |n: &NameRef| match n {
        NameRef::Lit(b) => s(b),
        NameRef::Dyn(e) => format!("{{{}}}", sexp(e)),
    };
    let list = |items: &[Expr]| items.iter().map(sexp).collect::<Vec<_>>().join(" ");
    let args = |args: &[Arg]| {
        args.iter()
            .map(|a| {
                let prefix = match (&a.name, a.unpack) {
                    (Some(n), _) => format!("{}:", s(n)),
                    (None, true) => "...".to_string(),
                    (None, false) => String::new(),
                };
                format!("{prefix}{}", sexp(&a.value))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    match &e.kind {
        ExprKind::Int(n) => n.to_string(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::String(b) => format!("{:?}", s(b)),
        ExprKind::Interp(parts) => {
            let parts: Vec<String> = parts
                .iter()
                .map(|p| match p {
                    InterpPart::Lit(b) => format!("{:?}", s(b)),
                    InterpPart::Expr(e) => sexp(e),
                })
                .collect();
            format!("(interp {})", parts.join(" "))
        }
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::Null => "null".to_string(),
        ExprKind::Var(n) => format!("${}", s(n)),
        ExprKind::VarVar(e) => format!("(varvar {})", sexp(e)),
        ExprKind::Include {
            once,
            require,
            path,
        } => format!(
            "({}{} {})",
            if *require { "require" } else { "include" },
            if *once { "_once" } else { "" },
            sexp(path)
        ),
        ExprKind::Array(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|i| {
                    let mut out = String::new();
                    if let Some(k) = &i.key {
                        out += &format!("{} => ", sexp(k));
                    }
                    if i.by_ref {
                        out += "&";
                    }
                    if i.unpack {
                        out += "...";
                    }
                    out + &sexp(&i.value)
                })
                .collect();
            format!("[{}]", items.join(", "))
        }
        ExprKind::Index { base, index } => match index {
            Some(i) => format!("{}[{}]", sexp(base), sexp(i)),
            None => format!("{}[]", sexp(base)),
        },
        ExprKind::Prop {
            obj,
            name,
            nullsafe,
        } => {
            format!(
                "{}{}{}",
                sexp(obj),
                if *nullsafe { "?->" } else { "->" },
                nr(name)
            )
        }
        ExprKind::StaticProp { class, name } => format!("{}::${}", nr(class), nr(name)),
        ExprKind::ClassConst { class, name } => format!("{}::{}", nr(class), s(name)),
        ExprKind::CallableRef(call) => format!("(callable {})", sexp(call)),
        ExprKind::Const(n) => s(n),
        ExprKind::Assign { target, value } => format!("(= {} {})", sexp(target), sexp(value)),
        ExprKind::AssignRef { target, value } => format!("(=& {} {})", sexp(target), sexp(value)),
        ExprKind::CompoundAssign { op, target, value } => {
            format!("({}= {} {})", op_str(*op), sexp(target), sexp(value))
        }
        ExprKind::Binary { op, left, right } => {
            format!("({} {} {})", op_str(*op), sexp(left), sexp(right))
        }
        ExprKind::Unary { op, operand } => {
            let op = match op {
                UnaryOp::Neg => "neg",
                UnaryOp::Plus => "plus",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "~",
            };
            format!("({op} {})", sexp(operand))
        }
        ExprKind::IncDec { op, target } => format!("({op:?} {})", sexp(target)),
        ExprKind::Ternary { cond, then, else_ } => match then {
            Some(t) => format!("(? {} {} {})", sexp(cond), sexp(t), sexp(else_)),
            None => format!("(?: {} {})", sexp(cond), sexp(else_)),
        },
        ExprKind::Call {
            name,
            args: a,
            fallback: None,
        } => format!("{}({})", s(name), args(a)),
        ExprKind::Call {
            name,
            args: a,
            fallback: Some(global),
        } => format!("{}|{}({})", s(name), s(global), args(a)),
        ExprKind::NsConst { name, fallback } => format!("{}|{}", s(name), s(fallback)),
        ExprKind::New { class, args: a } => format!("(new {}({}))", s(class), args(a)),
        ExprKind::NewAnonymous { class, args: a } => {
            let implements: Vec<String> = class.interfaces.iter().map(|i| s(i)).collect();
            let members: Vec<String> =
                (class.consts.iter().map(|k| format!("const {}", s(&k.name))))
                    .chain(class.props.iter().map(|p| format!("${}", s(&p.name))))
                    .chain(
                        class
                            .methods
                            .iter()
                            .map(|m| format!("{}()", s(&m.func.name))),
                    )
                    .collect();
            format!(
                "(new {} extends {} implements [{}] {{{}}}({}))",
                s(&class.name),
                class.parent.as_deref().map_or("-".into(), s),
                implements.join(", "),
                members.join(", "),
                args(a)
            )
        }
        ExprKind::InstanceOfDynamic { expr, class } => {
            format!("(instanceof {} {})", sexp(expr), sexp(class))
        }
        ExprKind::NewDynamic { class, args: a } => format!("(new {}({}))", sexp(class), args(a)),
        ExprKind::MethodCall {
            obj,
            method,
            args: a,
            nullsafe,
        } => format!(
            "{}{}{}({})",
            sexp(obj),
            if *nullsafe { "?->" } else { "->" },
            nr(method),
            args(a)
        ),
        ExprKind::StaticCall {
            class,
            method,
            args: a,
        } => format!("{}::{}({})", nr(class), nr(method), args(a)),
        ExprKind::Print(e) => format!("(print {})", sexp(e)),
        ExprKind::Throw(e) => format!("(throw {})", sexp(e)),
        ExprKind::Isset(v) => format!("(isset {})", list(v)),
        ExprKind::Empty(e) => format!("(empty {})", sexp(e)),
        ExprKind::Cast { to, expr } => format!("({to:?} {})", sexp(expr)),
        ExprKind::InstanceOf { expr, class } => {
            format!("(instanceof {} {})", sexp(expr), s(class))
        }
        ExprKind::Silence(e) => format!("(@ {})", sexp(e)),
        ExprKind::Clone(e) => format!("(clone {})", sexp(e)),
        ExprKind::Match { subject, arms } => {
            let arms: Vec<String> = arms
                .iter()
                .map(|a| match &a.conds {
                    Some(c) => format!("({} => {})", list(c), sexp(&a.body)),
                    None => format!("(default => {})", sexp(&a.body)),
                })
                .collect();
            format!("(match {} {})", sexp(subject), arms.join(" "))
        }
        ExprKind::Closure(c) => {
            let params: Vec<String> = c
                .func
                .params
                .iter()
                .map(|p| format!("${}", s(&p.name)))
                .collect();
            let uses: Vec<String> = c
                .uses
                .iter()
                .map(|(n, by_ref)| format!("{}${}", if *by_ref { "&" } else { "" }, s(n)))
                .collect();
            format!(
                "({}{} ({}) use ({}) {} stmts)",
                if c.is_static { "static " } else { "" },
                if c.arrow { "fn" } else { "function" },
                params.join(" "),
                uses.join(" "),
                c.func.body.len()
            )
        }
        ExprKind::List(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|i| match i {
                    None => "_".to_string(),
                    Some(i) => format!(
                        "{}{}{}",
                        i.key
                            .as_ref()
                            .map(|k| format!("{} => ", sexp(k)))
                            .unwrap_or_default(),
                        if i.by_ref { "&" } else { "" },
                        sexp(&i.target)
                    ),
                })
                .collect();
            format!("(list {})", items.join(" "))
        }
        ExprKind::Yield { key, value } => match (key, value) {
            (Some(k), Some(v)) => format!("(yield {} => {})", sexp(k), sexp(v)),
            (_, Some(v)) => format!("(yield {})", sexp(v)),
            _ => "(yield)".to_string(),
        },
        ExprKind::Exit(Some(e)) => format!("(exit {})", sexp(e)),
        ExprKind::Exit(None) => "(exit)".to_string(),
        ExprKind::YieldFrom(e) => format!("(yield-from {})", sexp(e)),
        ExprKind::DynCall { callee, args: a } => format!("(call {} ({}))", sexp(callee), args(a)),
    }
}

fn op_str(op: BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Mod => "%",
        Pow => "**",
        Concat => ".",
        BitAnd => "&",
        BitOr => "|",
        BitXor => "^",
        Shl => "<<",
        Shr => ">>",
        And => "&&",
        Or => "||",
        Xor => "xor",
        Coalesce => "??",
        Eq => "==",
        NotEq => "!=",
        Identical => "===",
        NotIdentical => "!==",
        Lt => "<",
        LtEq => "<=",
        Gt => ">",
        GtEq => ">=",
        Spaceship => "<=>",
    }
}

fn program(src: &str) -> Program {
    match parse(src.as_bytes()) {
        Ok(p) => p,
        Err(e) => panic!("{src}: {e:?}"),
    }
}

/// The expression of `<?php EXPR;`.
fn expr(src: &str) -> String {
    let p = program(&format!("<?php {src};"));
    match &p.stmts[..] {
        [Stmt {
            kind: StmtKind::Expr(e),
            ..
        }] => sexp(e),
        other => panic!("{src}: {other:?}"),
    }
}

fn error(src: &str) -> ParseError {
    match parse(src.as_bytes()) {
        Ok(p) => panic!("{src}: parsed as {p:?}"),
        Err(e) => e,
    }
}

fn syntax(message: &str, line: u32) -> ParseError {
    ParseError {
        kind: ParseErrorKind::Syntax(message.to_string()),
        line,
    }
}

fn fatal(message: &str, line: u32) -> ParseError {
    ParseError {
        kind: ParseErrorKind::Fatal(message.to_string()),
        line,
    }
}

fn unsupported(what: &str, line: u32) -> ParseError {
    ParseError {
        kind: ParseErrorKind::Unsupported(what.to_string()),
        line,
    }
}

#[test]
fn arithmetic_precedence() {
    assert_eq!(expr("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(expr("1 - 2 - 3"), "(- (- 1 2) 3)");
    assert_eq!(expr("2 ** 3 ** 2"), "(** 2 (** 3 2))");
    assert_eq!(expr("-2 ** 2"), "(neg (** 2 2))");
    assert_eq!(expr("2 ** -1"), "(** 2 (neg 1))");
    assert_eq!(expr("-$a * 2"), "(* (neg $a) 2)");
    assert_eq!(expr("1 % 2 / 3"), "(/ (% 1 2) 3)");
    // php 8: `.` binds looser than `+`, `-` and the shifts.
    assert_eq!(expr("'a' . 1 + 2"), "(. \"a\" (+ 1 2))");
    assert_eq!(expr("1 + 2 . 'a'"), "(. (+ 1 2) \"a\")");
    assert_eq!(expr("'a' . 1 << 2"), "(. \"a\" (<< 1 2))");
    assert_eq!(expr("1 << 2 + 3"), "(<< 1 (+ 2 3))");
}

#[test]
fn comparison_and_logic_precedence() {
    assert_eq!(expr("1 < 2 == 3 < 4"), "(== (< 1 2) (< 3 4))");
    assert_eq!(expr("$a & $b == $c"), "(& $a (== $b $c))");
    assert_eq!(expr("$a | $b ^ $c & $d"), "(| $a (^ $b (& $c $d)))");
    assert_eq!(expr("$a || $b && $c"), "(|| $a (&& $b $c))");
    assert_eq!(expr("$a ?? $b ?? $c"), "(?? $a (?? $b $c))");
    assert_eq!(expr("$a ?? $b || $c"), "(?? $a (|| $b $c))");
    assert_eq!(
        expr("$a or $b xor $c and $d"),
        "(|| $a (xor $b (&& $c $d)))"
    );
    assert_eq!(expr("$a <=> $b"), "(<=> $a $b)");
    assert_eq!(expr("$a <> $b"), "(!= $a $b)");
    // `!` binds tighter than comparisons but looser than instanceof.
    assert_eq!(expr("!$a == $b"), "(== (! $a) $b)");
    assert_eq!(expr("!$a instanceof B"), "(! (instanceof $a B))");
    assert_eq!(expr("-$a instanceof B"), "(instanceof (neg $a) B)");
    assert_eq!(expr("$a instanceof \\B"), "(instanceof $a B)");
}

#[test]
fn non_associative_comparisons_are_syntax_errors() {
    assert_eq!(
        error("<?php 1 < 2 < 3;"),
        syntax("syntax error, unexpected token \"<\"", 1)
    );
    assert_eq!(
        error("<?php 1 == 2 != 3;"),
        syntax("syntax error, unexpected token \"!=\"", 1)
    );
    assert_eq!(
        error("<?php echo 1 <= 2 >= 3;"),
        syntax("syntax error, unexpected token \">=\"", 1)
    );
}

#[test]
fn assignment_binds_loosely_and_takes_a_variable() {
    assert_eq!(expr("$a = $b = 1 + 2"), "(= $a (= $b (+ 1 2)))");
    assert_eq!(expr("$a = 1 and 2"), "(&& (= $a 1) 2)");
    assert_eq!(expr("$a = 1 && 2"), "(= $a (&& 1 2))");
    // The target is a variable, so `=` reaches into an operand.
    assert_eq!(expr("$a + $b = 3"), "(+ $a (= $b 3))");
    assert_eq!(expr("!$a = f()"), "(! (= $a f()))");
    assert_eq!(expr("$a ? $b : $c = 1"), "(? $a $b (= $c 1))");
    assert_eq!(expr("$a = $b ? 1 : 2"), "(= $a (? $b 1 2))");
    assert_eq!(expr("$a = &$b"), "(=& $a $b)");
    assert_eq!(expr("$a = &$b + 1"), "(+ (=& $a $b) 1)");
    assert_eq!(expr("$a = &f()"), "(=& $a f())");
    assert_eq!(expr("$a .= 'x'"), "(.= $a \"x\")");
    assert_eq!(expr("$a ??= $b ?? 1"), "(??= $a (?? $b 1))");
    assert_eq!(expr("$a **= 2"), "(**= $a 2)");
    assert_eq!(expr("$a <<= 1"), "(<<= $a 1)");
    assert_eq!(expr("$a[] = 1"), "(= $a[] 1)");
    assert_eq!(expr("$o->p[1]->q = 2"), "(= $o->p[1]->q 2)");
    assert_eq!(expr("A::$p = 1"), "(= A::$p 1)");
    assert_eq!(
        error("<?php 1 = 2;"),
        syntax("syntax error, unexpected token \"=\"", 1)
    );
    assert_eq!(
        error("<?php $a++ = 2;"),
        syntax("syntax error, unexpected token \"=\"", 1)
    );
}

#[test]
fn unary_prefix_and_postfix() {
    assert_eq!(expr("$a++ + ++$b"), "(+ (PostInc $a) (PreInc $b))");
    assert_eq!(expr("-$a--"), "(neg (PostDec $a))");
    assert_eq!(expr("--$a[0]"), "(PreDec $a[0])");
    assert_eq!(expr("(int)$a ** 2"), "(Int (** $a 2))");
    assert_eq!(expr("(string)$a . 'x'"), "(. (String $a) \"x\")");
    assert_eq!(expr("@$a[0] + 1"), "(+ (@ $a[0]) 1)");
    assert_eq!(expr("@$a = 1"), "(@ (= $a 1))");
    assert_eq!(expr("~$a & 1"), "(& (~ $a) 1)");
    assert_eq!(expr("+$a"), "(plus $a)");
    assert_eq!(
        expr("(integer)1 . (double)1 . (boolean)1 . (array)1 . (object)1"),
        "(. (. (. (. (Int 1) (Float 1)) (Bool 1)) (Array 1)) (Object 1))"
    );
    assert_eq!(
        error("<?php ++1;"),
        syntax("syntax error, unexpected integer \"1\"", 1)
    );
}

#[test]
fn print_and_throw_bind_loosely() {
    assert_eq!(expr("print 1 . 2"), "(print (. 1 2))");
    assert_eq!(expr("print $a and $b"), "(&& (print $a) $b)");
    assert_eq!(expr("1 + print 2"), "(+ 1 (print 2))");
    assert_eq!(expr("throw $e"), "(throw $e)");
    assert_eq!(
        expr("$a ?? throw new E('x')"),
        "(?? $a (throw (new E(\"x\"))))"
    );
}

#[test]
fn ternaries() {
    assert_eq!(expr("$a ? 1 : 2"), "(? $a 1 2)");
    assert_eq!(expr("$a ?: 2"), "(?: $a 2)");
    assert_eq!(expr("$a ?: $b ?: $c"), "(?: (?: $a $b) $c)");
    assert_eq!(expr("$a ? $b ? 1 : 2 : 3"), "(? $a (? $b 1 2) 3)");
    assert_eq!(expr("($a ? 1 : 2) ? 3 : 4"), "(? (? $a 1 2) 3 4)");
    assert_eq!(expr("$a ? 1 : ($b ? 2 : 3)"), "(? $a 1 (? $b 2 3))");
    assert_eq!(expr("$a ?? $b ? 1 : 2"), "(? (?? $a $b) 1 2)");
    assert_eq!(expr("$a ? 1 and 2 : 3"), "(? $a (&& 1 2) 3)");
    let message = "Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`";
    assert_eq!(error("<?php\n$x = $a\n? 1 : 2 ? 3 : 4;"), fatal(message, 2));
    assert_eq!(
        error("<?php $a ? 1 : 2 ?: 3;"),
        fatal("Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`", 1)
    );
    assert_eq!(
        error("<?php $a ?: 1 ? 2 : 3;"),
        fatal("Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)`", 1)
    );
    // php reports the outermost one first.
    assert_eq!(
        error("<?php $a ? 1 : 2 ? 3 : 4 ?: 5;"),
        fatal("Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`", 1)
    );
    // ...but not in code php's compiler folds away.
    assert!(parse(b"<?php false && ($a ?: 1 ? 2 : 3);").is_ok());
}

#[test]
fn literals() {
    assert_eq!(
        expr("0x10 + 0b11 + 017 + 0o17 + 1_000"),
        "(+ (+ (+ (+ 16 3) 15) 15) 1000)"
    );
    assert_eq!(expr("9223372036854775807"), "9223372036854775807");
    assert_eq!(expr("9223372036854775808"), "9.223372036854776e18");
    assert_eq!(expr("-9223372036854775808"), "(neg 9.223372036854776e18)");
    assert_eq!(expr("1.5e3"), "1500.0");
    assert_eq!(
        expr("TRUE . False . null . NULL"),
        "(. (. (. true false) null) null)"
    );
    assert_eq!(expr("\\true"), "true");
    assert_eq!(expr("PHP_EOL"), "PHP_EOL");
    assert_eq!(expr("\\PHP_EOL"), "PHP_EOL");
    assert_eq!(expr("'a\\'b'"), "\"a'b\"");
    assert_eq!(expr("\"a\\tb\""), "\"a\\tb\"");
}

#[test]
fn magic_constants() {
    let p = program(
        "<?php\n\n__LINE__; __FILE__; __dir__; __FUNCTION__; __CLASS__; __METHOD__; __NAMESPACE__;",
    );
    let got: Vec<String> = p
        .stmts
        .iter()
        .map(|s| match &s.kind {
            StmtKind::Expr(e) => sexp(e),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        got,
        [
            "3",
            "__FILE__",
            "__DIR__",
            "__FUNCTION__",
            "__CLASS__",
            "__METHOD__",
            "\"\""
        ]
    );
}

#[test]
fn interpolated_strings() {
    assert_eq!(expr("\"a $b c\""), "(interp \"a \" $b \" c\")");
    assert_eq!(
        expr("\"$a[0] $a[key] $a[$i] $a[-1] $a[012]\""),
        "(interp $a[0] \" \" $a[\"key\"] \" \" $a[$i] \" \" $a[-1] \" \" $a[\"012\"])"
    );
    assert_eq!(expr("\"$a->b $a?->c\""), "(interp $a->b \" \" $a?->c)");
    assert_eq!(
        expr("\"{$a->b()[1]} {$a['k']}\""),
        "(interp $a->b()[1] \" \" $a[\"k\"])"
    );
    assert_eq!(expr("\"${a}${b[1 + 1]}\""), "(interp $a $b[(+ 1 1)])");
    assert_eq!(expr("\"$a->b->c\""), "(interp $a->b \"->c\")");
    assert_eq!(expr("\"$a[0][1]\""), "(interp $a[0] \"[1]\")");
    assert_eq!(expr("\"\\$a {$b}\\n\""), "(interp \"$a \" $b \"\\n\")");
    assert_eq!(expr("\"$\""), "\"$\"");
    assert_eq!(expr("\"abc\"[1]"), "\"abc\"[1]");
}

#[test]
fn heredocs() {
    assert_eq!(
        expr("<<<EOT\n  a $b\n    c\n  EOT"),
        "(interp \"a \" $b \"\\n  c\")"
    );
    assert_eq!(expr("<<<'EOT'\n  a $b\n  EOT"), "\"a $b\"");
    assert_eq!(expr("<<<EOT\nEOT"), "\"\"");
    assert_eq!(
        error("<?php\n$a = <<<EOT\nabc"),
        syntax("syntax error, unexpected end of file, expecting variable or heredoc end or \"${\" or \"{$\"", 3)
    );
}

#[test]
fn arrays() {
    assert_eq!(
        expr("[1, 'k' => 2, ...$a, &$b, 3 => &$c,]"),
        "[1, \"k\" => 2, ...$a, &$b, 3 => &$c]"
    );
    assert_eq!(expr("array(1, array())"), "[1, []]");
    assert_eq!(expr("[[1]][0][0]"), "[[1]][0][0]");
    assert_eq!(
        error("<?php\n$a = [1, , 2];"),
        fatal("Cannot use empty array elements in arrays", 2)
    );
    assert_eq!(
        error("<?php [,];"),
        fatal("Cannot use empty array elements in arrays", 1)
    );
    assert_eq!(expr("[$a, , $b[1]] = $c"), "(= (list $a _ $b[1]) $c)");
    assert_eq!(
        expr("['k' => $a, 2 => [, $b]] = $c"),
        "(= (list \"k\" => $a 2 => (list _ $b)) $c)"
    );
    assert_eq!(
        expr("list($a, list(, &$b)) = $c"),
        "(= (list $a (list _ &$b)) $c)"
    );
    assert_eq!(error("<?php [] = $a;"), fatal("Cannot use empty list", 1));
    assert_eq!(
        error("<?php [$a, 'k' => $b] = $c;"),
        fatal(
            "Cannot mix keyed and unkeyed array entries in assignments",
            1
        )
    );
    assert_eq!(
        error("<?php [...$a] = $b;"),
        fatal("Spread operator is not supported in assignments", 1)
    );
    assert_eq!(
        error("<?php [1, $a] = $b;"),
        fatal("Assignments can only happen to writable values", 1)
    );
}

#[test]
fn dynamic_member_and_class_names() {
    assert_eq!(expr("$o->$p"), "$o->{$p}");
    assert_eq!(expr("$o->{'a' . 'b'}"), "$o->{(. \"a\" \"b\")}");
    // A string literal in braces is the name itself.
    assert_eq!(expr("$o->{'a b'}?->{'0'}"), "$o->a b?->0");
    assert_eq!(expr("$o->$p[0]"), "$o->{$p}[0]");
    assert_eq!(expr("$o->$$p->$m(1)"), "$o->{(varvar $p)}->{$m}(1)");
    assert_eq!(expr("$c::X . $o::class"), "(. {$c}::X {$o}::class)");
    assert_eq!(expr("$c::m() . $c::$s"), "(. {$c}::m() {$c}::$s)");
    assert_eq!(
        expr("A::$m() . A::{'m' . 'x'}()"),
        "(. A::{$m}() A::{(. \"m\" \"x\")}())"
    );
    assert_eq!(expr("A::$$n"), "A::${$n}");
    assert_eq!(expr("f()::C"), "{f()}::C");
    assert_eq!(expr("new $a['k']($x)"), "(new $a[\"k\"]($x))");
    assert_eq!(expr("new $o->c"), "(new $o->c())");
    assert_eq!(expr("new A::$c"), "(new A::$c())");
    assert_eq!(expr("new $o::$c[1]"), "(new {$o}::$c[1]())");
    assert_eq!(expr("$x instanceof $o->c"), "(instanceof $x $o->c)");
    assert_eq!(expr("$x instanceof ($c)"), "(instanceof $x $c)");
}

#[test]
fn calls_and_members() {
    assert_eq!(expr("f(1, ...$a)"), "f(1 ...$a)");
    assert_eq!(expr("f(a: 1, list: 2)"), "f(a:1 list:2)");
    assert_eq!(expr("\\strlen('x')"), "strlen(\"x\")");
    assert_eq!(expr("$o->m(1)->p?->q()"), "$o->m(1)->p?->q()");
    assert_eq!(expr("$o->class->list()"), "$o->class->list()");
    assert_eq!(
        expr("A::f() . parent::g() . self::$p . static::C"),
        "(. (. (. A::f() parent::g()) self::$p) static::C)"
    );
    assert_eq!(expr("A::class . static::class"), "(. \"A\" static::class)");
    assert_eq!(expr("A::new()"), "A::new()");
    assert_eq!(expr("new A"), "(new A())");
    assert_eq!(expr("new \\A(1)"), "(new A(1))");
    assert_eq!(expr("new static"), "(new static())");
    assert_eq!(
        expr("new class {}"),
        "(new class@anonymous extends - implements [] {}())"
    );
    assert_eq!(
        expr("new class($a, 2) extends P implements I, J { use T; const C = 1; public $p; function m() {} }"),
        "(new P@anonymous extends P implements [I, J] {const C, $p, m()}($a 2))"
    );
    assert_eq!(
        expr("new class implements I {}"),
        "(new I@anonymous extends - implements [I] {}())"
    );
    assert_eq!(expr("f()[0]->p"), "f()[0]->p");
    assert_eq!(
        expr("isset($a, $b[1]) || empty($c)"),
        "(|| (isset $a $b[1]) (empty $c))"
    );
    assert_eq!(
        error("<?php $a = new A()->b;"),
        syntax("syntax error, unexpected token \"->\"", 1)
    );
    assert_eq!(
        error("<?php f(a: 1, 2);"),
        fatal("Cannot use positional argument after named argument", 1)
    );
    assert_eq!(
        error("<?php f(...$a, 2);"),
        fatal("Cannot use positional argument after argument unpacking", 1)
    );
    assert_eq!(
        error("<?php f(a: 1, ...$b);"),
        fatal("Cannot use argument unpacking after named arguments", 1)
    );
    assert_eq!(expr("$f(1, ...$a)"), "(call $f (1 ...$a))");
    assert_eq!(expr("$a[0]()()"), "(call (call $a[0] ()) ())");
    assert_eq!(expr("f(...)"), "(callable f())");
    assert_eq!(expr("$o->m(...)"), "(callable $o->m())");
    assert_eq!(
        error("<?php new A(...);"),
        fatal("Cannot create Closure for new expression", 1)
    );
    assert_eq!(
        error("<?php $o?->m(...);"),
        fatal("Cannot combine nullsafe operator with Closure creation", 1)
    );
    assert_eq!(expr("Foo\\bar()"), "Foo\\bar()");
    assert_eq!(expr("\\Foo\\bar()"), "Foo\\bar()");
}

/// The expression of the last statement of a file.
fn last_expr(src: &str) -> String {
    match program(src).stmts.last() {
        Some(Stmt {
            kind: StmtKind::Expr(e),
            ..
        }) => sexp(e),
        other => panic!("{src}: {other:?}"),
    }
}

#[test]
fn names_resolve_through_namespace_and_imports() {
    let ns = |e: &str| {
        last_expr(&format!("<?php namespace A\\B; use X\\Y; use X\\Z as W; use function F\\g; use const C\\K; {e};"))
    };
    // Unqualified functions and constants keep a global fallback.
    assert_eq!(ns("f()"), "A\\B\\f|f()");
    assert_eq!(ns("K2"), "A\\B\\K2|K2");
    // Imported ones do not, nor qualified ones.
    assert_eq!(ns("g()"), "F\\g()");
    assert_eq!(ns("K"), "C\\K");
    assert_eq!(ns("\\f()"), "f()");
    assert_eq!(ns("namespace\\f()"), "A\\B\\f()");
    assert_eq!(ns("Y\\f()"), "X\\Y\\f()");
    assert_eq!(ns("C\\f()"), "A\\B\\C\\f()");
    // Classes resolve through the class imports, with no fallback.
    assert_eq!(ns("new Y"), "(new X\\Y())");
    assert_eq!(ns("new w"), "(new X\\Z())");
    assert_eq!(ns("new V"), "(new A\\B\\V())");
    assert_eq!(
        ns("new class extends Y implements V {}"),
        "(new X\\Y@anonymous extends X\\Y implements [A\\B\\V] {}())"
    );
    assert_eq!(ns("Y::class"), r#""X\\Y""#);
    assert_eq!(ns("__NAMESPACE__"), r#""A\\B""#);
    assert_eq!(ns("true"), "true");
}

fn stmts(src: &str) -> Vec<Stmt> {
    program(src).stmts
}

#[test]
fn echo_print_and_inline_html() {
    let s = stmts("a<?php echo 1, 2 ?>\nb<?= $x ?>");
    assert_eq!(s.len(), 4);
    assert!(matches!(&s[0].kind, StmtKind::InlineHtml(t) if t == b"a"));
    assert!(matches!(&s[1].kind, StmtKind::Echo(v) if v.len() == 2));
    assert!(matches!(&s[2].kind, StmtKind::InlineHtml(t) if t == b"b"));
    assert!(matches!(&s[3].kind, StmtKind::Echo(v) if v.len() == 1));
    assert_eq!(
        stmts("just text"),
        [Stmt {
            kind: StmtKind::InlineHtml(b"just text".to_vec()),
            line: 1
        }]
    );
    assert_eq!(
        stmts("<?php ;"),
        [Stmt {
            kind: StmtKind::Nop,
            line: 1
        }]
    );
    assert!(stmts("<?php").is_empty());
}

#[test]
fn if_forms() {
    let s = stmts(
        "<?php if ($a) echo 1; elseif ($b) { echo 2; echo 3; } else if ($c) echo 4; else echo 5;",
    );
    let StmtKind::If {
        cond,
        then,
        elseifs,
        else_,
    } = &s[0].kind
    else {
        panic!("{s:?}")
    };
    assert_eq!(sexp(cond), "$a");
    assert_eq!(then.len(), 1);
    assert_eq!(elseifs.len(), 1);
    assert_eq!(elseifs[0].1.len(), 2);
    // `else if` is an `if` inside the `else`.
    let else_ = else_.as_ref().unwrap();
    assert!(matches!(
        &else_[0].kind,
        StmtKind::If { else_: Some(_), .. }
    ));

    let s = stmts("<?php if ($a): echo 1; elseif ($b): echo 2; else: echo 3; echo 4; endif;");
    let StmtKind::If { elseifs, else_, .. } = &s[0].kind else {
        panic!("{s:?}")
    };
    assert_eq!(elseifs.len(), 1);
    assert_eq!(else_.as_ref().unwrap().len(), 2);
    assert_eq!(
        error("<?php\nif (1):\necho 1;"),
        syntax(
            "syntax error, unexpected end of file, expecting \"elseif\" or \"else\" or \"endif\"",
            3
        )
    );
    assert_eq!(
        error("<?php if (1): else if (2): endif;"),
        syntax("syntax error, unexpected token \"if\", expecting \":\"", 1)
    );
}

#[test]
fn loops() {
    let s =
        stmts("<?php while ($i < 3) $i++; while (1): break; endwhile; do { continue; } while (0);");
    assert!(matches!(&s[0].kind, StmtKind::While { body, .. } if body.len() == 1));
    assert!(
        matches!(&s[1].kind, StmtKind::While { body, .. } if body == &[Stmt { kind: StmtKind::Break(1), line: 1 }])
    );
    assert!(matches!(&s[2].kind, StmtKind::DoWhile { body, .. } if body.len() == 1));

    let s = stmts("<?php for ($i = 0, $j = 1; ; $i++, $j--) {} for (;;): endfor;");
    let StmtKind::For {
        init,
        cond,
        step,
        body,
    } = &s[0].kind
    else {
        panic!("{s:?}")
    };
    assert_eq!(
        (init.len(), cond.len(), step.len(), body.len()),
        (2, 0, 2, 0)
    );
    assert!(matches!(&s[1].kind, StmtKind::For { init, .. } if init.is_empty()));

    let s = stmts("<?php foreach ($a as $v) {} foreach ($a as $k => &$v) {} foreach (f() as $o->p): endforeach;");
    assert!(matches!(
        &s[0].kind,
        StmtKind::Foreach {
            key: None,
            by_ref: false,
            ..
        }
    ));
    let StmtKind::Foreach {
        subject,
        key,
        value,
        by_ref,
        ..
    } = &s[1].kind
    else {
        panic!()
    };
    assert_eq!(
        (sexp(subject), key.as_ref().map(sexp), sexp(value), *by_ref),
        ("$a".into(), Some("$k".into()), "$v".into(), true)
    );
    assert!(matches!(
        &s[2].kind,
        StmtKind::Foreach {
            value: Expr {
                kind: ExprKind::Prop { .. },
                ..
            },
            ..
        }
    ));
    program("<?php foreach ($a as $k => [$x, [, $y]]) {}");
    assert_eq!(
        error("<?php foreach ($a as [, ]) {}"),
        fatal("Cannot use empty list", 1)
    );
    assert_eq!(
        error("<?php foreach ($a as &$k => $v) {}"),
        fatal("Key element cannot be a reference", 1)
    );
}

#[test]
fn break_and_continue_levels() {
    let s = stmts("<?php while (1) { while (1) { break 2; continue (1); } }");
    let StmtKind::While { body, .. } = &s[0].kind else {
        panic!()
    };
    let StmtKind::While { body, .. } = &body[0].kind else {
        panic!()
    };
    assert_eq!(body[0].kind, StmtKind::Break(2));
    assert_eq!(body[1].kind, StmtKind::Continue(1));
    assert_eq!(
        error("<?php\nbreak;"),
        fatal("'break' not in the 'loop' or 'switch' context", 2)
    );
    assert_eq!(
        error("<?php while (1) { continue 2; }"),
        fatal("Cannot 'continue' 2 levels", 1)
    );
    assert_eq!(
        error("<?php while (1) { break 0; }"),
        fatal("'break' operator accepts only positive integers", 1)
    );
    assert_eq!(
        error("<?php while (1) { break $a; }"),
        fatal(
            "'break' operator with non-integer operand is no longer supported",
            1
        )
    );
    // A function body starts a new loop context.
    assert_eq!(
        error("<?php while (1) { function f() { break; } }"),
        fatal("'break' not in the 'loop' or 'switch' context", 1)
    );
}

#[test]
fn simple_statements() {
    let s = stmts("<?php global $a, $b; static $c = 1, $d; unset($a, $b[1],); return; return 1; const X = 1, Y = X;");
    assert_eq!(
        s[0].kind,
        StmtKind::Global(vec![
            Expr {
                kind: ExprKind::Var(b"a".to_vec()),
                line: 1
            },
            Expr {
                kind: ExprKind::Var(b"b".to_vec()),
                line: 1
            }
        ])
    );
    assert!(
        matches!(&s[1].kind, StmtKind::Static(v) if v.len() == 2 && v[0].1.is_some() && v[1].1.is_none())
    );
    assert!(matches!(&s[2].kind, StmtKind::Unset(v) if v.len() == 2));
    assert_eq!(s[3].kind, StmtKind::Return(None));
    assert!(matches!(&s[4].kind, StmtKind::Return(Some(_))));
    assert!(matches!(&s[5].kind, StmtKind::Const(v) if v.len() == 2));
    assert!(matches!(&stmts("<?php { echo 1; }")[0].kind, StmtKind::Block(b) if b.len() == 1));
    assert!(matches!(
        &stmts("<?php static::f();")[0].kind,
        StmtKind::Expr(_)
    ));
    assert_eq!(
        error("<?php if (1) { const A = 1; }"),
        syntax("syntax error, unexpected token \"const\"", 1)
    );
}

#[test]
fn try_catch_finally() {
    let s = stmts("<?php try { f(); } catch (A | \\B $e) { } catch (C) { } finally { g(); }");
    let StmtKind::Try {
        body,
        catches,
        finally,
    } = &s[0].kind
    else {
        panic!()
    };
    assert_eq!(body.len(), 1);
    assert_eq!(catches[0].types, [b"A".to_vec(), b"B".to_vec()]);
    assert_eq!(catches[0].var, Some(b"e".to_vec()));
    assert_eq!(catches[1].var, None);
    assert_eq!(finally.as_ref().map(Vec::len), Some(1));
    assert_eq!(
        error("<?php\ntry { }"),
        fatal("Cannot use try without catch or finally", 2)
    );
}

#[test]
fn functions() {
    let s = stmts(
        "<?php\nfunction &f(int $a, ?A $b = null, &$c, int|string ...$d): ?int {\n  return 1;\n}\n",
    );
    let StmtKind::FunctionDecl(f) = &s[0].kind else {
        panic!()
    };
    assert_eq!(f.name, b"f");
    assert!(f.by_ref_return);
    assert_eq!((f.line, f.end_line), (2, 4));
    assert_eq!(f.ret, Some(TypeHint::Nullable(b"int".to_vec())));
    let p = &f.params;
    assert_eq!(p[0].ty, Some(TypeHint::Named(b"int".to_vec())));
    assert_eq!(p[1].ty, Some(TypeHint::Nullable(b"A".to_vec())));
    assert!(matches!(
        p[1].default,
        Some(Expr {
            kind: ExprKind::Null,
            ..
        })
    ));
    assert!(p[2].by_ref && p[2].ty.is_none());
    assert!(p[3].variadic);
    assert_eq!(
        p[3].ty,
        Some(TypeHint::Union(vec![b"int".to_vec(), b"string".to_vec()]))
    );
    assert_eq!(
        error("<?php function f($a, $a) {}"),
        fatal("Redefinition of parameter $a", 1)
    );
    assert_eq!(
        error("<?php function f(...$a, $b) {}"),
        fatal("Only the last parameter can be variadic", 1)
    );
    assert_eq!(
        error("<?php function f(): static {}"),
        fatal("Cannot use \"static\" when no class scope is active", 1)
    );
    assert_eq!(
        error("<?php function f(A&B $x) {}"),
        unsupported("intersection type", 1)
    );
    assert_eq!(
        expr("$f = function ($a) use ($b, &$c) { return 1; }"),
        "(= $f (function ($a) use ($b &$c) 1 stmts))"
    );
    assert_eq!(
        expr("static fn($x) => $x + $y"),
        "(static fn ($x) use () 1 stmts)"
    );
    let p = program(
        "<?php function g() { $x = yield; yield 1; yield $k => $v; return yield from h(); }",
    );
    let StmtKind::FunctionDecl(f) = &p.stmts[0].kind else {
        panic!("a function")
    };
    let shown: Vec<String> = f
        .body
        .iter()
        .map(|s| match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => sexp(e),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        shown,
        [
            "(= $x (yield))",
            "(yield 1)",
            "(yield $k => $v)",
            "(yield-from h())"
        ]
    );
    assert_eq!(expr("exit"), "(exit)");
    assert_eq!(expr("die('x')"), "(exit \"x\")");
    assert_eq!(expr("exit(1 + 2)"), "(exit (+ 1 2))");
    assert_eq!(
        error("<?php yield 1;"),
        fatal(
            "The \"yield\" expression can only be used inside a function",
            1
        )
    );
    assert_eq!(
        error("<?php function () use ($a, $a) {};"),
        fatal("Cannot use variable $a twice", 1)
    );
    assert_eq!(
        error("<?php function list() {}"),
        syntax(
            "syntax error, unexpected token \"list\", expecting \"(\"",
            1
        )
    );
}

#[test]
fn optional_before_required_is_deprecated() {
    let out = parse_with_diagnostics(b"<?php\nfunction f($a = 1, int $b = null, $c) {}");
    assert!(out.result.is_ok());
    assert_eq!(
        out.diagnostics,
        [Diagnostic {
            level: DiagnosticLevel::Deprecated,
            message: "Optional parameter $a declared before required parameter $c is implicitly treated as a required parameter".to_string(),
            line: 2,
        }]
    );
    // Compile-time diagnostics are not printed when parsing fails.
    let out = parse_with_diagnostics(b"<?php\n$a = \"${b}\";\n$c = ;");
    assert!(out.result.is_err());
    assert!(out.diagnostics.is_empty());
    let out = parse_with_diagnostics(b"<?php\n$a = \"${b}\";");
    assert_eq!(
        out.diagnostics[0].message,
        "Using ${var} in strings is deprecated, use {$var} instead"
    );
    // ...but scan-time warnings are, if php got that far.
    let out = parse_with_diagnostics(b"<?php\n$a = \"\\400\";\n$c = ;");
    assert_eq!(out.diagnostics.len(), 1);
    assert_eq!(out.diagnostics[0].level, DiagnosticLevel::Warning);
}

#[test]
fn clone_binds_tighter_than_binary_operators() {
    assert_eq!(expr("clone $a"), "(clone $a)");
    assert_eq!(expr("clone $a . $b"), "(. (clone $a) $b)");
    assert_eq!(expr("clone $a->b"), expr("clone ($a->b)"));
}

#[test]
fn interfaces() {
    let s = stmts(
        "<?php\ninterface I extends J, K {\n  const C = 1;\n  public static function f($x);\n}\n",
    );
    let StmtKind::ClassDecl(c) = &s[0].kind else {
        panic!()
    };
    assert_eq!((c.name.as_slice(), c.line), (&b"I"[..], 2));
    assert!(c.is_interface && !c.is_abstract && c.parent.is_none());
    assert_eq!(c.interfaces, [b"J".to_vec(), b"K".to_vec()]);
    assert_eq!(c.consts.len(), 1);
    assert_eq!(c.methods.len(), 1);
    assert!(c.methods[0].is_abstract && c.methods[0].is_static);
    assert_eq!(
        error("<?php interface I { function f() {} }"),
        fatal("Interface function I::f() cannot contain body", 1)
    );
    assert_eq!(
        error("<?php interface I { private $p; }"),
        fatal("Interfaces may not include properties", 1)
    );
}

#[test]
fn classes() {
    let src = "<?php\nabstract class A extends B implements C, D {\n  const X = 1, Y = 2;\n  public $a = 1, $b;\n  protected static ?int $c = null;\n  var $d;\n  private array $e = [];\n  abstract protected function f();\n  final public static function g($x) { return $x; }\n  function list() {}\n}\n";
    let s = stmts(src);
    let StmtKind::ClassDecl(c) = &s[0].kind else {
        panic!()
    };
    assert_eq!((c.name.as_slice(), c.line), (&b"A"[..], 2));
    assert_eq!(c.parent.as_deref(), Some(&b"B"[..]));
    assert_eq!(c.interfaces, [b"C".to_vec(), b"D".to_vec()]);
    assert!(c.is_abstract && !c.is_final);
    assert_eq!(c.consts.len(), 2);
    let props: Vec<(&[u8], Visibility, bool, u32)> = c
        .props
        .iter()
        .map(|p| (&p.name[..], p.visibility, p.is_static, p.line))
        .collect();
    assert_eq!(
        props,
        [
            (&b"a"[..], Visibility::Public, false, 4),
            (b"b", Visibility::Public, false, 4),
            (b"c", Visibility::Protected, true, 5),
            (b"d", Visibility::Public, false, 6),
            (b"e", Visibility::Private, false, 7),
        ]
    );
    assert_eq!(c.props[2].ty, Some(TypeHint::Nullable(b"int".to_vec())));
    let m = &c.methods;
    assert!(
        m[0].is_abstract && m[0].visibility == Visibility::Protected && m[0].func.body.is_empty()
    );
    assert!(m[1].is_final && m[1].is_static && m[1].func.body.len() == 1);
    assert_eq!(m[2].func.name, b"list");
    assert_eq!(m[2].visibility, Visibility::Public);
    assert!(
        matches!(&stmts("<?php final class F {}")[0].kind, StmtKind::ClassDecl(c) if c.is_final)
    );
}

#[test]
fn class_errors() {
    assert_eq!(
        error("<?php class A { public private $a; }"),
        fatal("Multiple access type modifiers are not allowed", 1)
    );
    assert_eq!(
        error("<?php class A { static static function f() {} }"),
        fatal("Multiple static modifiers are not allowed", 1)
    );
    assert_eq!(
        error("<?php final abstract class A {}"),
        fatal("Cannot use the final modifier on an abstract class", 1)
    );
    assert_eq!(
        error("<?php class A { function f(); }"),
        fatal("Non-abstract method A::f() must contain body", 1)
    );
    assert_eq!(
        error("<?php abstract class A { abstract function f() {} }"),
        fatal("Abstract function A::f() cannot contain body", 1)
    );
    assert_eq!(
        error("<?php\nclass A {\n  abstract function f();\n  abstract function g();\n}"),
        fatal("Class A contains 2 abstract methods and must therefore be declared abstract or implement the remaining methods (A::f, A::g)", 2)
    );
    assert_eq!(
        error("<?php class A { function f() { parent::f(); } }"),
        fatal(
            "Cannot use \"parent\" when current class scope has no parent",
            1
        )
    );
    assert_eq!(
        error("<?php class A { $x; }"),
        syntax(
            "syntax error, unexpected variable \"$x\", expecting \"function\" or \"const\"",
            1
        )
    );
    let p = program(
        "<?php class A { use T, U { T::f insteadof U; U::f as protected g; h as private; } }",
    );
    let StmtKind::ClassDecl(c) = &p.stmts[0].kind else {
        panic!("a class")
    };
    assert_eq!(c.uses.len(), 1);
    assert_eq!(c.uses[0].traits, [b"T".to_vec(), b"U".to_vec()]);
    assert_eq!(
        c.uses[0].rules,
        [
            TraitRule::Insteadof {
                trait_name: b"T".to_vec(),
                method: b"f".to_vec(),
                instead_of: vec![b"U".to_vec()],
            },
            TraitRule::Alias {
                trait_name: Some(b"U".to_vec()),
                method: b"f".to_vec(),
                visibility: Some(Visibility::Protected),
                alias: Some(b"g".to_vec()),
            },
            TraitRule::Alias {
                trait_name: None,
                method: b"h".to_vec(),
                visibility: Some(Visibility::Private),
                alias: None,
            },
        ]
    );
    let s = stmts("<?php class A { private const X = 1; final protected const Y = 2; }");
    let StmtKind::ClassDecl(c) = &s[0].kind else {
        panic!()
    };
    assert_eq!(
        c.consts
            .iter()
            .map(|k| (k.name.clone(), k.visibility, k.is_final))
            .collect::<Vec<_>>(),
        vec![
            (b"X".to_vec(), Visibility::Private, false),
            (b"Y".to_vec(), Visibility::Protected, true)
        ]
    );
    assert_eq!(
        error("<?php class A { case X; }"),
        fatal("Case can only be used in enums", 1)
    );
    assert_eq!(
        error("<?php enum E: int { case X; }"),
        fatal("Case X of backed enum E must have a value", 1)
    );
    assert_eq!(
        error("<?php class A { public readonly $x; }"),
        fatal("Readonly property A::$x must have type", 1)
    );
    assert_eq!(
        error("<?php class A { readonly int $x = 1; }"),
        fatal("Readonly property A::$x cannot have default value", 1)
    );
}

#[test]
fn readonly_and_promoted_properties() {
    let s = stmts("<?php class A { public readonly int $x; function __construct(private readonly ?int $y = null, protected $z, readonly string $w) {} }");
    let StmtKind::ClassDecl(c) = &s[0].kind else {
        panic!()
    };
    assert!(c.props[0].is_readonly);
    let promoted: Vec<_> = c.methods[0].func.params.iter().map(|p| p.promote).collect();
    assert_eq!(
        promoted,
        [
            Some((Visibility::Private, true)),
            Some((Visibility::Protected, false)),
            Some((Visibility::Public, true))
        ]
    );
}

#[test]
fn write_context_checks() {
    assert_eq!(
        error("<?php\n$this = 1;"),
        fatal("Cannot re-assign $this", 2)
    );
    assert_eq!(
        error("<?php f() = 1;"),
        fatal("Can't use function return value in write context", 1)
    );
    assert_eq!(
        error("<?php $a->f()++;"),
        fatal("Can't use method return value in write context", 1)
    );
    assert_eq!(
        error("<?php FOO[0] = 1;"),
        fatal("Cannot use temporary expression in write context", 1)
    );
    assert_eq!(error("<?php unset($this);"), fatal("Cannot unset $this", 1));
    assert_eq!(
        error("<?php global $this;"),
        fatal("Cannot use $this as global variable", 1)
    );
    assert_eq!(
        error("<?php $a = (unset)$b;"),
        fatal("The (unset) cast is no longer supported", 1)
    );
    assert_eq!(
        error("<?php $a{0};"),
        fatal(
            "Array and string offset access syntax with curly braces is no longer supported",
            1
        )
    );
    assert_eq!(
        error("<?php isset(f());"),
        fatal("Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)", 1)
    );
    // Fine: writing into what a call returns.
    assert!(parse(b"<?php f()[0] = 1; $a = &f(); ($a)[0] = 1;").is_ok());
}

#[test]
fn a_syntax_error_anywhere_wins_over_compile_errors() {
    assert_eq!(
        error("<?php\n$this = 1;\n$a = ;"),
        syntax("syntax error, unexpected token \";\"", 3)
    );
    // A compile error before an unsupported construct is what php reports.
    assert_eq!(
        error("<?php\n$this = 1;\nnamespace A;"),
        fatal("Cannot re-assign $this", 2)
    );
}

#[test]
fn lines_of_statements_and_expressions() {
    let p = program("<?php\n\necho\n  1 +\n  2;\n?>\nhtml\n<?php\nf(\n  $x\n);\n");
    assert_eq!(p.stmts[0].line, 3);
    let StmtKind::Echo(v) = &p.stmts[0].kind else {
        panic!()
    };
    assert_eq!(v[0].line, 4);
    let ExprKind::Binary { right, .. } = &v[0].kind else {
        panic!()
    };
    assert_eq!(right.line, 5);
    assert_eq!(p.stmts[1].line, 7);
    assert_eq!(p.stmts[2].line, 9);
    let StmtKind::Expr(Expr {
        kind: ExprKind::Call { args, .. },
        line: 9,
    }) = &p.stmts[2].kind
    else {
        panic!("{:?}", p.stmts[2])
    };
    assert_eq!(args[0].value.line, 10);
    assert_eq!(p.last_line, 12);
}

#[test]
fn top_level_errors_expect_the_end_of_file() {
    assert_eq!(
        error("<?php\n\nelse {}"),
        syntax(
            "syntax error, unexpected token \"else\", expecting end of file",
            3
        )
    );
    assert_eq!(
        error("<?php\nif (1) { else }"),
        syntax("syntax error, unexpected token \"else\"", 2)
    );
    assert_eq!(error("<?php\n}"), syntax("Unmatched '}'", 2));
    assert_eq!(
        error("<?php\nfunction f() {\n"),
        syntax("Unclosed '{' on line 2", 3)
    );
}

#[test]
fn unsupported_constructs() {
    for (src, what) in [
        ("<?php eval('1;');", "eval"),
        ("<?php __halt_compiler();", "__halt_compiler()"),
        ("<?php readonly class A {}", "readonly class"),
    ] {
        assert_eq!(error(src), unsupported(what, 1), "{src}");
    }
}

#[test]
fn strict_types() {
    assert!(program("<?php\ndeclare(strict_types=1);\necho 1;").strict_types);
    assert!(!program("<?php\ndeclare(strict_types=0);").strict_types);
    assert!(!program("<?php\necho 1;").strict_types);
    assert_eq!(
        error("<?php\necho 1;\ndeclare(strict_types=1);"),
        fatal(
            "strict_types declaration must be the very first statement in the script",
            3
        )
    );
}

#[test]
fn goto_and_labels() {
    let s = stmts("<?php\nl:\ngoto l;");
    assert_eq!(s[0].kind, StmtKind::Label(b"l".to_vec()));
    assert_eq!((&s[1].kind, s[1].line), (&StmtKind::Goto(b"l".to_vec()), 3));
}

#[test]
fn constructs_outside_the_subset_do_not_hide_later_errors() {
    // php reads the whole file: a syntax error anywhere is what it reports.
    assert_eq!(
        error("<?php\nlist($a) = $b;\n$b = ;"),
        syntax("syntax error, unexpected token \";\"", 3)
    );
    assert_eq!(
        error("<?php\n$f = function () {\n  return 1 +;\n};"),
        syntax("syntax error, unexpected token \";\"", 3)
    );
    // Else the first construct outside the subset is named.
    assert_eq!(
        error("<?php\n$f = fn() => 2;\necho `ls`;\neval('');"),
        unsupported("backtick operator", 3)
    );
    // A compile-time error is what php reports for a valid file.
    assert_eq!(
        error("<?php\nlist($a) = $b;\n$this = 2;"),
        fatal("Cannot re-assign $this", 3)
    );
    // `break` may leave a switch.
    program("<?php switch (1) { case 1: break; }");
}

#[test]
fn return_and_append_checks() {
    assert_eq!(
        error("<?php function f(): int { return; }"),
        fatal("A function with return type must return a value", 1)
    );
    assert_eq!(
        error("<?php function f(): ?int { return; }"),
        fatal(
            "A function with return type must return a value (did you mean \"return null;\" instead of \"return;\"?)",
            1
        )
    );
    assert_eq!(
        error("<?php function f(): void { return null; }"),
        fatal(
            "A void function must not return a value (did you mean \"return;\" instead of \"return null;\"?)",
            1
        )
    );
    assert!(parse(b"<?php function f(): void { return; } function g() { return; }").is_ok());
    assert_eq!(
        error("<?php echo $a[];"),
        fatal("Cannot use [] for reading", 1)
    );
    assert_eq!(
        error("<?php unset($a[]);"),
        fatal("Cannot use [] for unsetting", 1)
    );
    assert_eq!(
        error("<?php $a[]->m();"),
        fatal("Cannot use [] for reading", 1)
    );
    assert!(parse(
        b"<?php $a[] = 1; $a[][] = 2; $a[]++; f($a[]); foreach ($b as $a[]) {} $x = &$a[];"
    )
    .is_ok());
}

#[test]
fn match_arms_keep_their_conditions_and_order() {
    assert_eq!(
        expr("match ($x) { 1, 2 => 'a', default => 'b', 3 => $y + 1, }"),
        "(match $x (1 2 => \"a\") (default => \"b\") (3 => (+ $y 1)))"
    );
    assert_eq!(expr("match (true) {}"), "(match true )");
}

#[test]
fn switch_cases_keep_their_bodies_and_default() {
    let p = program("<?php switch ($a) { case 1: case 2: echo 1; break; default: echo 2; }");
    let [Stmt {
        kind: StmtKind::Switch { subject, cases },
        ..
    }] = &p.stmts[..]
    else {
        panic!("{:?}", p.stmts);
    };
    assert_eq!(sexp(subject), "$a");
    let shape: Vec<(Option<String>, usize)> = cases
        .iter()
        .map(|c| (c.cond.as_ref().map(sexp), c.body.len()))
        .collect();
    assert_eq!(
        shape,
        vec![(Some("1".into()), 0), (Some("2".into()), 2), (None, 1)]
    );
    // The alternative syntax gives the same tree.
    let alt =
        program("<?php switch ($a): case 1: case 2: echo 1; break; default: echo 2; endswitch;");
    assert_eq!(alt.stmts, p.stmts);
}

#[test]
fn variable_variables_and_includes() {
    // php 7+: `$$a[0]` indexes the variable variable.
    assert_eq!(expr("$$a[0]"), "(varvar $a)[0]");
    assert_eq!(expr("${$a[0]}"), "(varvar $a[0])");
    assert_eq!(expr("$$$a"), "(varvar (varvar $a))");
    assert_eq!(expr("${'a' . 'b'}"), "(varvar (. \"a\" \"b\"))");
    assert_eq!(expr("$${'a'}"), "(varvar (varvar \"a\"))");
    assert_eq!(expr("$$a = 1"), "(= (varvar $a) 1)");
    // The operand of include takes in even `or`.
    assert_eq!(expr("include 'a' . 'b'"), "(include (. \"a\" \"b\"))");
    assert_eq!(expr("require_once $f"), "(require_once $f)");
    assert_eq!(expr("include_once 'x' or 1"), "(include_once (|| \"x\" 1))");
}
