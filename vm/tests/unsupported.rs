//! Constructs outside the supported subset are a compile-time fatal error
//! that names the construct and its line, on every kind: never a panic,
//! never a silent miscompile, and nothing of the script runs (php would run
//! these programs, so a partial run would be a wrong result).

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use vm::{Config, KindName, Vm};

#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn run(kind: KindName, src: &str) -> (i32, String) {
    let out = Captured::default();
    let mut vm = Vm::new(Config {
        kind,
        stdout: Box::new(out.clone()),
        stderr: Box::new(std::io::sink()),
        ..Default::default()
    });
    let status = vm.run_source(src.as_bytes(), "case.php");
    let text = String::from_utf8_lossy(&out.0.borrow()).into_owned();
    (status, text)
}

/// (program, construct named in the message, line of the construct).
/// Each program prints first, so a message after partial output would show.
const CASES: &[(&str, &str, u32)] = &[
    (
        "echo 1;\nforeach ([1] as &$v) {}",
        "foreach by reference over an expression other than a variable",
        2,
    ),
    (
        "echo 1;\n$o = new stdClass;\n$o->p = &$x;",
        "this kind of assignment by reference",
        3,
    ),
    (
        "echo 1;\nfunction &r() { static $x; return $x; }",
        "return by reference",
        2,
    ),
    ("echo 1;\necho `ls`;", "backtick operator", 2),
    ("echo 1;\ndeclare(ticks=1);", "declare statement", 2),
];

#[test]
fn unsupported_constructs_are_fatal_errors_naming_construct_and_line() {
    for kind in KindName::ALL {
        for (body, what, line) in CASES {
            let src = format!("<?php\n{body}\n");
            let (status, out) = run(kind, &src);
            let expected = format!(
                "\nFatal error: {what} is not supported by phpvm in case.php on line {}\n",
                line + 1
            );
            assert_eq!(
                (status, out.as_str()),
                (255, expected.as_str()),
                "kind {kind}, program:\n{src}"
            );
        }
    }
}
