//! Parse errors checked against php 8.2 (`php -n -l FILE` printed each
//! message and line below), and robustness: deep nesting and random or
//! mangled input must give an error, never a panic or a stack overflow.

use proptest::prelude::*;
use vm::parser::{parse, ParseError, ParseErrorKind};

#[derive(Debug, Clone, Copy)]
enum Kind {
    Syntax,
    Fatal,
}
use Kind::{Fatal, Syntax};

/// (php source, what php reports, its message, its line), as printed by
/// `php -n -l` 8.2 ("Parse error: MESSAGE in FILE on line N" for Syntax,
/// "Fatal error: ..." for Fatal). Some put a construct outside the subset
/// before the error: php reports the error, and so must we.
const PHP_ERRORS: &[(&str, Kind, &str, u32)] = &[
    (
        "<?php\necho \"a\" \"b\";",
        Syntax,
        "syntax error, unexpected double-quoted string \"b\", expecting \",\" or \";\"",
        2,
    ),
    (
        "<?php\necho 1",
        Syntax,
        "syntax error, unexpected end of file, expecting \",\" or \";\"",
        2,
    ),
    (
        "<?php\n$a = 1\n$b = 2;",
        Syntax,
        "syntax error, unexpected variable \"$b\"",
        3,
    ),
    (
        "<?php\nfunction foo( {}",
        Syntax,
        "syntax error, unexpected token \"{\", expecting variable",
        2,
    ),
    (
        "<?php\nif ($a) {\n  echo 1;\n",
        Syntax,
        "Unclosed '{' on line 2",
        4,
    ),
    (
        "<?php\necho 1;\n}",
        Syntax,
        "Unmatched '}'",
        3,
    ),
    (
        "<?php\nfoo(1 2);",
        Syntax,
        "syntax error, unexpected integer \"2\", expecting \")\"",
        2,
    ),
    (
        "<?php\n$a = ;",
        Syntax,
        "syntax error, unexpected token \";\"",
        2,
    ),
    (
        "<?php\n$a = [1, 2;",
        Syntax,
        "syntax error, unexpected token \";\", expecting \"]\"",
        2,
    ),
    (
        "<?php\n$a = array(1, 2;",
        Syntax,
        "syntax error, unexpected token \";\", expecting \")\"",
        2,
    ),
    (
        "<?php\nfor ($i = 0; $i < 10 $i++) {}",
        Syntax,
        "syntax error, unexpected variable \"$i\", expecting \";\"",
        2,
    ),
    (
        "<?php\nwhile {}",
        Syntax,
        "syntax error, unexpected token \"{\", expecting \"(\"",
        2,
    ),
    (
        "<?php\nclass { }",
        Syntax,
        "syntax error, unexpected token \"{\", expecting identifier",
        2,
    ),
    (
        "<?php\nclass A { $x; }",
        Syntax,
        "syntax error, unexpected variable \"$x\", expecting \"function\" or \"const\"",
        2,
    ),
    (
        "<?php\n$a->;",
        Syntax,
        "syntax error, unexpected token \";\", expecting identifier or variable or \"{\" or \"$\"",
        2,
    ),
    (
        "<?php\n$a = 1);",
        Syntax,
        "Unmatched ')'",
        2,
    ),
    (
        "<?php\nelse {}",
        Syntax,
        "syntax error, unexpected token \"else\", expecting end of file",
        2,
    ),
    (
        "<?php\nreturn return;",
        Syntax,
        "syntax error, unexpected token \"return\", expecting \";\"",
        2,
    ),
    (
        "<?php\nfoo bar;",
        Syntax,
        "syntax error, unexpected identifier \"bar\"",
        2,
    ),
    (
        "<?php\nfunction f($a $b) {}",
        Syntax,
        "syntax error, unexpected variable \"$b\", expecting \")\"",
        2,
    ),
    (
        "<?php\nfunction f($a,,) {}",
        Syntax,
        "syntax error, unexpected token \",\", expecting variable",
        2,
    ),
    (
        "<?php\nwhile (1) { break }",
        Syntax,
        "syntax error, unexpected token \"}\", expecting \";\"",
        2,
    ),
    (
        "<?php\nif (1):\necho 1;",
        Syntax,
        "syntax error, unexpected end of file, expecting \"elseif\" or \"else\" or \"endif\"",
        3,
    ),
    (
        "<?php\nclass A { public $a = 1 }",
        Syntax,
        "syntax error, unexpected token \"}\", expecting \",\" or \";\"",
        2,
    ),
    (
        "<?php\nfunction f() {\n  return 1\n}",
        Syntax,
        "syntax error, unexpected token \"}\", expecting \";\"",
        4,
    ),
    (
        "<?php\n$a = 'abc;",
        Syntax,
        "syntax error, unexpected string content \"abc;\"",
        2,
    ),
    (
        "<?php\n/* abc\n\n",
        Syntax,
        "Unterminated comment starting line 2",
        2,
    ),
    (
        "<?php\n$a = 0x;",
        Syntax,
        "syntax error, unexpected identifier \"x\"",
        2,
    ),
    (
        "<?php\n$a = 1..2;",
        Syntax,
        "syntax error, unexpected floating-point number \".2\"",
        2,
    ),
    (
        "<?php\nconst A;",
        Syntax,
        "syntax error, unexpected token \";\", expecting \"=\"",
        2,
    ),
    (
        "<?php\nunset($a;",
        Syntax,
        "syntax error, unexpected token \";\", expecting \"->\" or \"?->\" or \"{\" or \"[\"",
        2,
    ),
    (
        "<?php\n$a = 1 < 2 < 3;",
        Syntax,
        "syntax error, unexpected token \"<\"",
        2,
    ),
    (
        "<?php\n$a = \"abc$b\";\n$c = \"def",
        Syntax,
        "syntax error, unexpected end of file, expecting variable or \"${\" or \"{$\"",
        3,
    ),
    (
        "<?php\n$a = 089;",
        Syntax,
        "Invalid numeric literal",
        2,
    ),
    (
        "<?php\n$a = \"\\u{110000}\";",
        Syntax,
        "Invalid UTF-8 codepoint escape sequence: Codepoint too large",
        2,
    ),
    (
        "<?php\n$a = \"$a[ 1]\";",
        Syntax,
        "syntax error, unexpected string content \"\", expecting \"-\" or identifier or variable or number",
        2,
    ),
    (
        "<?php\ndo { } while (1)",
        Syntax,
        "syntax error, unexpected end of file, expecting \";\"",
        2,
    ),
    (
        "<?php\nif (1): else if (2): endif;",
        Syntax,
        "syntax error, unexpected token \"if\", expecting \":\"",
        2,
    ),
    (
        "<?php\nclass A B {}",
        Syntax,
        "syntax error, unexpected identifier \"B\", expecting \"{\"",
        2,
    ),
    (
        "<?php\nclass A { function f() x }",
        Syntax,
        "syntax error, unexpected identifier \"x\", expecting \";\" or \"{\"",
        2,
    ),
    (
        "<?php\nglobal 1;",
        Syntax,
        "syntax error, unexpected integer \"1\", expecting variable or \"$\"",
        2,
    ),
    (
        "<?php\n$a = array;",
        Syntax,
        "syntax error, unexpected token \";\", expecting \"(\"",
        2,
    ),
    (
        "<?php\ndo echo 1; foo;",
        Syntax,
        "syntax error, unexpected identifier \"foo\", expecting \"while\"",
        2,
    ),
    (
        "<?php\nif (1) class A {}",
        Syntax,
        "syntax error, unexpected token \"class\"",
        2,
    ),
    (
        "<?php\nstatic;",
        Syntax,
        "syntax error, unexpected token \";\", expecting \"::\"",
        2,
    ),
    (
        "<?php\n$a = <<<EOT\n\tabc\n  EOT;",
        Syntax,
        "Invalid indentation - tabs and spaces cannot be mixed",
        3,
    ),
    (
        "<?php\n$a = <<<EOT\n  a\n b\n  EOT;",
        Syntax,
        "Invalid body indentation level (expecting an indentation level of at least 2)",
        4,
    ),
    (
        "<?php\n$a = <<<EOT\nabc",
        Syntax,
        "syntax error, unexpected end of file, expecting variable or heredoc end or \"${\" or \"{$\"",
        3,
    ),
    (
        "<?php\nf(1,, 2);",
        Syntax,
        "syntax error, unexpected token \",\", expecting \")\"",
        2,
    ),
    (
        "<?php\ntry {} catch (A $e, $f) {}",
        Syntax,
        "syntax error, unexpected token \",\", expecting \")\"",
        2,
    ),
    (
        "<?php\n(real)$a;",
        Syntax,
        "The (real) cast has been removed, use (float) instead",
        2,
    ),
    (
        "<?php\n$a = \x01;",
        Syntax,
        "syntax error, unexpected character 0x01",
        2,
    ),
    (
        "<?php\necho \"{$a + 1}\";",
        Syntax,
        "syntax error, unexpected token \"+\", expecting \"->\" or \"?->\" or \"{\" or \"[\"",
        2,
    ),
    (
        "<?php\nabstract function f();",
        Syntax,
        "syntax error, unexpected token \"function\", expecting \"abstract\" or \"final\" or \"readonly\" or \"class\"",
        2,
    ),
    (
        "<?php\n$a = $b ? 1 : 2 ? 3 : 4;",
        Fatal,
        "Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`",
        2,
    ),
    (
        "<?php\n$a = (unset)$b;",
        Fatal,
        "The (unset) cast is no longer supported",
        2,
    ),
    (
        "<?php\n$this = 1;",
        Fatal,
        "Cannot re-assign $this",
        2,
    ),
    (
        "<?php\nwhile (1) { break 2; }",
        Fatal,
        "Cannot 'break' 2 levels",
        2,
    ),
    (
        "<?php\nclass A { public public $a; }",
        Fatal,
        "Multiple access type modifiers are not allowed",
        2,
    ),
    (
        "<?php\nclass A { function f(); }",
        Fatal,
        "Non-abstract method A::f() must contain body",
        2,
    ),
    (
        "<?php\n$a = [1, , 2];",
        Fatal,
        "Cannot use empty array elements in arrays",
        2,
    ),
    (
        "<?php\nf(a: 1, 2);",
        Fatal,
        "Cannot use positional argument after named argument",
        2,
    ),
    (
        "<?php\nfunction f($a, $a) {}",
        Fatal,
        "Redefinition of parameter $a",
        2,
    ),
    (
        "<?php\ntry {}",
        Fatal,
        "Cannot use try without catch or finally",
        2,
    ),
    (
        "<?php\nf() = 1;",
        Fatal,
        "Can't use function return value in write context",
        2,
    ),
    (
        "<?php\n$a{0};",
        Fatal,
        "Array and string offset access syntax with curly braces is no longer supported",
        2,
    ),
    (
        "<?php\nclass A { abstract function f(); }",
        Fatal,
        "Class A contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (A::f)",
        2,
    ),
    (
        "<?php\nswitch ($a) {\n  case 1: echo 1;\n}\n$b = ;",
        Syntax,
        "syntax error, unexpected token \";\"",
        5,
    ),
    (
        "<?php\nnamespace Foo;\nfunction f() {\n  return 1\n}",
        Syntax,
        "syntax error, unexpected token \"}\", expecting \";\"",
        5,
    ),
    (
        "<?php\n$f = function ($x) use ($y) {\n  return $x +;\n};",
        Syntax,
        "syntax error, unexpected token \";\"",
        3,
    ),
    (
        "<?php\n$f = fn($x) => ;",
        Syntax,
        "syntax error, unexpected token \";\"",
        2,
    ),
    (
        "<?php\n$r = match ($x) {\n  1, 2 => 'a',\n  default => 'b'\n} 1;",
        Syntax,
        "syntax error, unexpected integer \"1\"",
        5,
    ),
    (
        "<?php\nlist($a, $b) = [1, 2]\necho $a;",
        Syntax,
        "syntax error, unexpected token \"echo\"",
        3,
    ),
    (
        "<?php\nuse Foo\\Bar;\nclass A extends {}",
        Syntax,
        "syntax error, unexpected token \"{\"",
        3,
    ),
    (
        "<?php\n$a = $$b;\n$c = ;",
        Syntax,
        "syntax error, unexpected token \";\"",
        3,
    ),
    (
        "<?php\nforeach ($a as $k 1) {}",
        Syntax,
        "syntax error, unexpected integer \"1\", expecting \"->\" or \"?->\" or \"{\" or \"[\"",
        2,
    ),
    (
        "<?php\n$x = array(1, and 2);",
        Syntax,
        "syntax error, unexpected token \"and\", expecting \")\"",
        2,
    ),
    (
        "<?php\nf(else 1);",
        Syntax,
        "syntax error, unexpected integer \"1\", expecting \":\"",
        2,
    ),
    (
        "<?php\n$a = new ($b;",
        Syntax,
        "syntax error, unexpected token \";\"",
        2,
    ),
    (
        "<?php\nfunction f(): int { return; }",
        Fatal,
        "A function with return type must return a value",
        2,
    ),
    (
        "<?php\nfunction f(): void { return 1; }",
        Fatal,
        "A void function must not return a value",
        2,
    ),
    (
        "<?php\necho $a[];",
        Fatal,
        "Cannot use [] for reading",
        2,
    ),
    (
        "<?php\nunset($a[]);",
        Fatal,
        "Cannot use [] for unsetting",
        2,
    ),
    (
        "<?php\nfunction f() {\n  $x = 1;\n  if ($x) {\n    echo $x;\n  \n}",
        Syntax,
        "Unclosed '{' on line 2",
        7,
    ),
    (
        "<?php\n$x = [\n  'a' => 1,\n  'b' => 2\n  'c' => 3,\n];",
        Syntax,
        "syntax error, unexpected single-quoted string \"c\", expecting \"]\"",
        5,
    ),
    (
        "<?php\nclass A {\n  public function f() {\n    echo 1;\n  }\n  public function g()\n    echo 2;\n  }\n}",
        Syntax,
        "syntax error, unexpected token \"echo\", expecting \";\" or \"{\"",
        7,
    ),
    (
        "<?php\necho \"unterminated;\n$x = 1;\n",
        Syntax,
        "syntax error, unexpected end of file",
        4,
    ),
    (
        "<?php\n$s = <<<EOT\n  a\n b\n  EOT;",
        Syntax,
        "Invalid body indentation level (expecting an indentation level of at least 2)",
        4,
    ),
    (
        "<?php\nwhile ($i < 10) {\n  $i++\n}",
        Syntax,
        "syntax error, unexpected token \"}\"",
        4,
    ),
    (
        "<?php\nif ($a) {\n} elseif {\n}",
        Syntax,
        "syntax error, unexpected token \"{\", expecting \"(\"",
        3,
    ),
    (
        "<?php\n$a = [1, 2, 3];\nforeach ($a as $v {\n}",
        Syntax,
        "syntax error, unexpected token \"}\"",
        4,
    ),
];

#[test]
fn errors_match_php() {
    let mut failures = Vec::new();
    for &(src, kind, message, line) in PHP_ERRORS {
        let expected = ParseError {
            kind: match kind {
                Syntax => ParseErrorKind::Syntax(message.to_string()),
                Fatal => ParseErrorKind::Fatal(message.to_string()),
            },
            line,
        };
        match parse(src.as_bytes()) {
            Err(actual) if actual == expected => {}
            other => failures.push(format!(
                "{src:?}\n  expected {expected:?}\n  got      {other:?}"
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Valid PHP outside the supported subset is reported as such, at its line.
#[test]
fn unsupported_constructs_are_named() {
    let cases: &[(&str, &str, u32)] = &[
        ("<?php\ndeclare(ticks=1);", "declare statement", 2),
        ("<?php\n$a = `ls`;", "backtick operator", 2),
        ("<?php\n#[Attr]\nfunction f() {}", "attribute", 2),
    ];
    for &(src, what, line) in cases {
        let expected = ParseError {
            kind: ParseErrorKind::Unsupported(what.to_string()),
            line,
        };
        assert_eq!(parse(src.as_bytes()), Err(expected), "{src:?}");
    }
}

fn parse_on_small_stack(src: Vec<u8>) -> Result<vm::ast::Program, ParseError> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || parse(&src))
        .expect("spawn")
        .join()
        .expect("parser thread panicked")
}

fn nested(open: &str, inner: &str, close: &str, depth: usize) -> Vec<u8> {
    format!(
        "<?php {}{inner}{};",
        open.repeat(depth),
        close.repeat(depth)
    )
    .into_bytes()
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let depth = 100_000;
    let cases = [
        nested("$a = (", "1", ")", depth),
        nested("$a = [", "1", "]", depth),
        nested("$a = f(", "1", ")", depth),
        nested("$a = ", "1", "", depth),
        nested("$a = -", "1", "", depth),
        nested("$a = !", "1", "", depth),
        nested("$a = 1 ? ", "1", " : 1", depth),
        nested("$a = $a[", "1", "]", depth),
        nested("{", "", "}", depth),
        nested("if (1) ", "echo 1", "", depth),
        nested("function f() {", "", "}", depth),
        nested("$a = \"{$a[", "1", "]}\"", depth),
        // Long chains build deep trees without recursing while parsing.
        format!("<?php $a = 1{};", " + 1".repeat(depth)).into_bytes(),
        format!("<?php $a = $a{};", "->b".repeat(depth)).into_bytes(),
        format!("<?php $a = $a{};", "[0]".repeat(depth)).into_bytes(),
    ];
    for src in cases {
        let err = parse_on_small_stack(src).expect_err("too deep");
        assert!(
            matches!(err.kind, ParseErrorKind::Unsupported(_)),
            "{err:?}"
        );
    }
    // Ordinary nesting is fine.
    assert!(parse_on_small_stack(nested("$a = (", "1", ")", 200)).is_ok());
    assert!(
        parse_on_small_stack(format!("<?php $a = 1{};", " . 'x'".repeat(500)).into_bytes()).is_ok()
    );
}

/// Programs to mangle in the property tests: together they use most of
/// the syntax the parser knows.
const VALID_PROGRAMS: &[&str] = &[
    "<?php\nnamespace A\\B;\nuse C\\{D, E as F, function g, const H};\nuse function I\\j;\nclass K extends D implements F { function m(\\X $x): namespace\\Y { return new $x(g(), j(), H, \\K::class); } }\nnamespace List;\nconst Z = PHP_EOL;\n",
    "<?php\ntrait T { use U { f as protected g; } }\ninterface I extends J, K { const C = 1; function f(); }\n",
    "<?php\nlist($a, list(, $b)) = $c; ['j' => $d, 'k' => [$e]] = $f;\nforeach ($g as [$h, $i]) {}\n",
    "<?php\n$f = static function (&$a) use (&$b): ?int { return $a; };\n$g = fn($x) => $x * 2;\n$m = match ($v) { 1, 2 => 'a', default => 'b' };\n",
    "<?php\necho 'a', \"b $c {$d[1]} ${e}\", 1.5e3, 0x1F;\n",
    "<?php\nfunction f(int $a, ?string &$b = null, ...$rest): ?int {\n  static $n = 0;\n  global $g;\n  return $a <=> $b ?? $n++;\n}\n",
    "<?php\nabstract class A extends B implements C {\n  const X = 1;\n  public static ?int $p = null;\n  abstract protected function g();\n  final public function h() { return self::X . static::$p; }\n}\n",
    "<?php\nfor ($i = 0; $i < 10; $i++): if ($i % 2): continue; endif; echo $i; endfor;\nforeach ($a as $k => &$v) { unset($a[$k]); }\n",
    "<?php\ntry { throw new E('x'); } catch (A|B $e) { echo $e->getMessage(); } finally { $x = @$y[0]; }\n",
    "<?php\n$s = <<<EOT\n  a $b\n   {$c->d()}\n  EOT;\n$t = <<<'X'\nraw\nX;\n?>\n<p><?= $s ?></p>\n",
    "<?php\nwhile (true) { do { break 2; } while (0); }\n$a = [1, 'k' => [2, 3], ...$b];\n$o?->p->q(1, ...$args)->r(named: 2);\n",
    "<?php\n$x = !$a instanceof B && (int)$c ** -2 || print 'y' and $z = $w ? 1 : (2 ?: 3);\n",
    "<?php\nswitch ($a): case 1; echo 1; break; default: echo 2; endswitch;\nwhile (1) { switch ($b) { case 'x': { continue 2; } } }\n",
    "<?php\nenum E: string implements I { case A = 'a'; const C = self::A; public function f() {} }\n",
    "<?php\n$j = $$k; $l = ${'m'}; $n->$o(); $p::$q; new $r; new class(1) extends S {};\n",
];

/// Programs using constructs outside the subset, which the parser still
/// reads for their syntax: mangled too in the property tests.
const OUTSIDE_PROGRAMS: &[&str] = &[
    "<?php\ndeclare(ticks=1);\nnamespace A\\B;\nuse C\\{D, E as F};\n#[Attr(1)]\nclass K { function __construct(#[X] public int $p, A&B $q, (C&D)|null $r) {} }\n",
    "<?php\ndeclare(ticks=1);\ngoto a; a: echo `ls $x`, include 'f.php', clone $y, exit(1);\nfunction gen() { yield 1; yield $k => $v; yield from g(); }\n",
];

fn mutate(src: &[u8], edits: &[(usize, u8, usize)]) -> Vec<u8> {
    let mut out = src.to_vec();
    for &(at, byte, action) in edits {
        if out.is_empty() {
            out.push(byte);
            continue;
        }
        let at = at % out.len();
        match action % 4 {
            0 => {
                out.remove(at);
            }
            1 => out.insert(at, byte),
            2 => out[at] = byte,
            _ => {
                // Duplicate a short run, e.g. a bracket or a keyword.
                let end = (at + 1 + byte as usize % 8).min(out.len());
                let run = out[at..end].to_vec();
                out.splice(at..at, run);
            }
        }
    }
    out
}

/// Bytes that matter to the lexer, to hit its edge cases more often.
fn interesting_byte() -> impl Strategy<Value = u8> {
    prop_oneof![
        any::<u8>(),
        prop::sample::select(
            b"<?php>=$\"'`{}[]()\\;:,.+-*/%!~^|&?@#=\n\t 0123456789abexuEOT_".to_vec()
        ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_bytes_never_panic(src in prop::collection::vec(interesting_byte(), 0..200)) {
        let _ = parse(&src);
        let mut with_tag = b"<?php ".to_vec();
        with_tag.extend_from_slice(&src);
        let _ = parse(&with_tag);
    }

    #[test]
    fn mutated_programs_never_panic(
        program in 0..VALID_PROGRAMS.len() + OUTSIDE_PROGRAMS.len(),
        edits in prop::collection::vec((any::<usize>(), interesting_byte(), any::<usize>()), 1..6),
    ) {
        let program = VALID_PROGRAMS.iter().chain(OUTSIDE_PROGRAMS).nth(program).unwrap();
        let src = mutate(program.as_bytes(), &edits);
        let _ = parse(&src);
    }
}

#[test]
fn valid_programs_parse() {
    for src in VALID_PROGRAMS {
        assert!(
            parse(src.as_bytes()).is_ok(),
            "{src}: {:?}",
            parse(src.as_bytes())
        );
    }
    // The others are valid PHP, so the answer is the first construct
    // outside the subset, not a syntax error.
    for src in OUTSIDE_PROGRAMS {
        let result = parse(src.as_bytes());
        assert!(
            matches!(
                &result,
                Err(ParseError {
                    kind: ParseErrorKind::Unsupported(_),
                    line: 2
                })
            ),
            "{src}: {result:?}"
        );
    }
}
