//! Parse errors checked against php 8.2 (`php -n -l`), and robustness:
//! deep nesting and random input must give an error, never a crash.

use vm::parser::{parse, ParseError, ParseErrorKind};

fn parse_on_small_stack(src: Vec<u8>) -> Result<vm::ast::Program, ParseError> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || parse(&src))
        .expect("spawn")
        .join()
        .expect("parser thread panicked")
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for depth in [100_000usize, 1_001, 5_000] {
        let mut src = b"<?php $a = ".to_vec();
        src.extend(std::iter::repeat_n(b'(', depth));
        src.push(b'1');
        src.extend(std::iter::repeat_n(b')', depth));
        src.push(b';');
        let err = parse_on_small_stack(src).expect_err("too deep");
        assert!(matches!(err.kind, ParseErrorKind::Unsupported(_)), "{err:?}");
    }
}
