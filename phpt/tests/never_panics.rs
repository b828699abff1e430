//! Property tests: no input makes the parser, validator, matcher builder,
//! matcher or section interpreters panic, and literal EXPECTF text matches
//! exactly itself.

use std::path::Path;

use proptest::prelude::*;

use phpt::{Case, ExpectKind, Matcher};

const VALID: &[u8] = b"--TEST--\nA case\n--INI--\nprecision=14\n--ENV--\nA={PWD}\n\
--SKIPIF--\n<?php echo 'skip';\n--ARGS--\n-a 'b c'\n--FILE--\n<?php\necho 1.5;\n===DONE===\n\
--EXPECTF--\n%f\n%s%r\\d+%r\n--CLEAN--\n<?php\n";

/// Bytes that steer the parser and the pattern translator into their
/// interesting branches.
fn special_bytes() -> impl Strategy<Value = Vec<u8>> {
    let alphabet: Vec<u8> =
        b"\\[](){}?*+|^$.-:=!<>#%rsSdfaAwixce0123459PkgQE',\n\r\t _-ATESX".to_vec();
    prop::collection::vec(prop::sample::select(alphabet), 0..64)
}

fn exercise(case: &Case) {
    let _ = case.title();
    let _ = case.ini_settings(b"/tmp");
    let _ = case.env();
    let _ = case.args();
    let _ = case.extensions();
    let _ = case.capture_stdio();
    let _ = case.conflicts();
    let _ = case.is_flaky();
    let _ = case.needs_cgi();
    if let Some(Ok(m)) = case.matcher() {
        let _ = m.matches(b"1.5\nabc123");
        let lm = m.line_matcher();
        for i in 0..lm.len() {
            let _ = lm.line_matches(i, b"abc");
        }
    }
}

fn parse(bytes: &[u8]) {
    let base = Path::new("/nonexistent-phpt-proptest");
    if let Ok(case) = Case::parse(&base.join("x.phpt"), bytes, base) {
        exercise(&case);
    }
    let _ = phpt::conflicts_in_file(bytes);
}

#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Replace(usize, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), special_bytes()).prop_map(|(at, b)| Mutation::Insert(at, b)),
        (any::<usize>(), 0usize..16).prop_map(|(at, n)| Mutation::Delete(at, n)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Replace(at, b)),
    ]
}

fn apply(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        match m {
            Mutation::Insert(at, b) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, b.iter().copied());
            }
            Mutation::Delete(at, n) => {
                if !bytes.is_empty() {
                    let at = at % bytes.len();
                    let end = (at + n).min(bytes.len());
                    bytes.drain(at..end);
                }
            }
            Mutation::Replace(at, b) => {
                if !bytes.is_empty() {
                    let at = at % bytes.len();
                    bytes[at] = *b;
                }
            }
        }
    }
    bytes
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        parse(&bytes);
        let mut with_header = b"--TEST--\n".to_vec();
        with_header.extend_from_slice(&bytes);
        parse(&with_header);
    }

    #[test]
    fn mutated_valid_files_never_panic(mutations in prop::collection::vec(mutation(), 1..8)) {
        parse(&apply(VALID.to_vec(), &mutations));
    }

    #[test]
    fn arbitrary_patterns_never_panic(
        text in prop_oneof![special_bytes(), prop::collection::vec(any::<u8>(), 0..64)],
        subject in prop_oneof![special_bytes(), prop::collection::vec(any::<u8>(), 0..64)],
    ) {
        for kind in [ExpectKind::Expect, ExpectKind::Expectf, ExpectKind::Expectregex] {
            if let Ok(m) = Matcher::from_text(kind, &text) {
                let _ = m.matches(&subject);
                let _ = m.matches(&text);
                let lm = m.line_matcher();
                for i in 0..lm.len() {
                    let _ = lm.line_matches(i, &subject);
                }
            }
        }
    }

    #[test]
    fn interpreters_never_panic(bytes in prop_oneof![special_bytes(), prop::collection::vec(any::<u8>(), 0..128)]) {
        let _ = phpt::interpret_skipif(&bytes);
        let _ = phpt::split_args(&bytes);
        let _ = phpt::parse_env(&bytes, b"/p");
        let _ = phpt::parse_ini_section(&bytes, b"/p", b"/tmp");
        let _ = phpt::parse_extensions(&bytes);
        let _ = phpt::parse_conflicts(&bytes);
        let _ = phpt::substitute_mail(&bytes);
        let _ = phpt::CaptureStdio::from_section(Some(&bytes));
    }

    #[test]
    fn literal_expectf_matches_exactly_itself(
        text in prop::collection::vec(any::<u8>().prop_filter("no placeholders", |b| *b != b'%'), 0..64),
        other in prop::collection::vec(any::<u8>(), 0..64),
    ) {
        let m = Matcher::from_text(ExpectKind::Expectf, &text).unwrap();
        let wanted = phpt::normalise(&text);
        prop_assert!(m.matches_normalised(&wanted));
        prop_assert_eq!(m.matches_normalised(&other), other == wanted);
        let e = Matcher::from_text(ExpectKind::Expect, &text).unwrap();
        prop_assert!(e.matches(&text));
        prop_assert_eq!(e.matches_normalised(&other), other == wanted);
    }
}
