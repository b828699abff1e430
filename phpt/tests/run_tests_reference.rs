//! End-to-end comparison with php 8.2's run-tests.php itself: cases whose
//! script prints a fixed output are run by run-tests.php, and its verdicts
//! and `.diff` files are compared with our matcher and `run_tests_diff`.
//! Skipped (with a note) when php or run-tests.php is not installed; set
//! `PHPT_PHP` / `PHPT_RUN_TESTS` to choose them.

use std::path::PathBuf;
use std::process::Command;

use phpt::{normalise, run_tests_diff, run_tests_log, ExpectKind, Matcher, DEFAULT_CONTEXT};

fn php_binary() -> Option<PathBuf> {
    let candidate = std::env::var_os("PHPT_PHP")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/php"));
    candidate.exists().then_some(candidate)
}

fn run_tests_script() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PHPT_RUN_TESTS") {
        return Some(PathBuf::from(p));
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/php")
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("build/run-tests.php"))
        .filter(|p| p.exists())
        .collect();
    found.sort();
    found.pop()
}

/// A small deterministic generator (xorshift64).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    /// `n` lines from a small alphabet, so that lines repeat and the
    /// diff's look-ahead has choices to make.
    fn lines(&mut self, n: u64) -> Vec<&'static str> {
        const WORDS: [&str; 10] = ["a", "b", "c", "d", "1", "22", "x y", "%d", "%s", "end"];
        (0..n)
            .map(|_| WORDS[self.below(WORDS.len() as u64) as usize])
            .collect()
    }
}

fn generated(count: usize) -> Vec<(ExpectKind, String, Vec<u8>)> {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    (0..count)
        .map(|i| {
            let kind = if i % 3 == 0 {
                ExpectKind::Expectf
            } else {
                ExpectKind::Expect
            };
            let expected_len = 1 + rng.below(14);
            let expected = rng.lines(expected_len).join("\n");
            let output_len = rng.below(16);
            let output = rng.lines(output_len).join("\n").replace('%', "");
            (kind, expected, output.into_bytes())
        })
        .collect()
}

/// (kind, expectation text, output the script prints)
fn cases() -> Vec<(ExpectKind, String, Vec<u8>)> {
    let mut all: Vec<_> = fixed()
        .into_iter()
        .map(|(k, e, o)| (k, e.to_string(), o.to_vec()))
        .collect();
    // PHPT_REF_GENERATED allows a deeper run by hand.
    let count = std::env::var("PHPT_REF_GENERATED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    all.extend(generated(count));
    all
}

fn fixed() -> Vec<(ExpectKind, &'static str, &'static [u8])> {
    use ExpectKind::{Expect as E, Expectf as F, Expectregex as R};
    vec![
        (E, "a\nb\nc\n", b"a\nx\nc\n"),
        (E, "a\nb\nc\n", b"a\nb\nc\n"),
        (E, "one\n", b"  one \r\n"),
        (
            E,
            "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
            b"1\n2\n3\n4\n5\nsix\n7\n8\n9\n10\n",
        ),
        (
            E,
            "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
            b"1\nx\n3\n4\n5\n6\n7\n8\n9\n10\ny\n12\n",
        ),
        (E, "a\nb\n", b"a\nb\nc\nd\n"),
        (E, "a\nb\nc\nd\n", b"c\nd\n"),
        (E, "", b"something\n"),
        (E, "x\n", b""),
        (
            E,
            "a\nb\nc\nd\ne\nf\ng\nh\n",
            b"a\nc\nb\nd\nf\ne\ng\nh\nextra\n",
        ),
        (
            F,
            "int(%d)\nstring(%d) \"%s\"\n",
            b"int(3)\nstring(2) \"ab\"\n",
        ),
        (
            F,
            "int(%d)\nstring(%d) \"%s\"\n",
            b"int(x)\nstring(2) \"ab\"\n",
        ),
        (F, "%a\nend\n", b"lots\nof\nlines\nend\n"),
        (F, "%a\nend\n", b"lots\nof\nlines\nnot the end\n"),
        (F, "float(%f)\n", b"float(1.5)\n"),
        (F, "float(%f)\n", b"float(abc)\n"),
        (F, "%r(a|b)%r\nx\ny\n", b"a\nx\nz\n"),
        (F, "%r(a\nb)%r\nc\n", b"a\nb\nd\n"),
        (
            F,
            "Warning: %s in %s on line %d\n",
            b"Warning: oops in /t/x.php on line 3\n",
        ),
        (
            F,
            "Warning: %s in %s on line %d\n",
            b"Notice: oops in /t/x.php on line 3\n",
        ),
        (R, "a+\nb*\n", b"aaa\nbb\n"),
        (R, "a+\nb*\n", b"aaa\nc\n"),
        (R, "a/b\n", b"a/b\n"),
        (
            E,
            "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n",
            b"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n21\n",
        ),
        (
            E,
            "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n",
            b"z\nb\nc\nd\ne\nf\ng\nh\ni\nj\ny\n",
        ),
        (F, "%s\n%s\n%s\n", b"a\n\nb\n"),
        (E, "x\ny\n", b"y\nx\n"),
    ]
}

#[test]
fn verdicts_and_diffs_match_run_tests_php() {
    let (Some(php), Some(script)) = (php_binary(), run_tests_script()) else {
        eprintln!("run_tests_reference: php or run-tests.php missing, skipped");
        return;
    };
    let dir = std::env::temp_dir().join(format!("phpt-reference-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let cases = cases();
    for (i, (kind, expected, output)) in cases.iter().enumerate() {
        std::fs::write(dir.join(format!("c{i:03}.txt")), output).unwrap();
        let src = format!(
            "--TEST--\ncase {i}\n--FILE--\n<?php readfile(__DIR__ . '/c{i:03}.txt');\n--{}--\n{expected}",
            kind.section_name()
        );
        std::fs::write(dir.join(format!("c{i:03}.phpt")), src).unwrap();
    }
    let status = Command::new(&php)
        .arg(&script)
        .args(["-q", "--no-color"])
        .arg(&dir)
        .env("TEST_PHP_EXECUTABLE", &php)
        .env("NO_INTERACTION", "1")
        .output()
        .expect("run run-tests.php");
    assert!(!status.stdout.is_empty(), "run-tests.php printed nothing");

    let mut problems = Vec::new();
    for (i, (kind, expected, output)) in cases.iter().enumerate() {
        let m = Matcher::from_text(*kind, expected.as_bytes()).unwrap();
        let output = output.as_slice();
        let out = normalise(output);
        let diff_file = dir.join(format!("c{i:03}.diff"));
        let theirs = std::fs::read(&diff_file).ok();
        let passed = m.matches_normalised(&out);
        if passed != theirs.is_none() {
            problems.push(format!(
                "case {i}: we say pass={passed}, run-tests.php disagrees"
            ));
            continue;
        }
        if let Some(theirs) = theirs {
            let log = std::fs::read(dir.join(format!("c{i:03}.log"))).unwrap_or_default();
            if run_tests_log(&m, &out) != log {
                problems.push(format!("case {i}: .log differs"));
            }
            let ours = run_tests_diff(&m, &out, DEFAULT_CONTEXT);
            if ours != theirs {
                problems.push(format!(
                    "case {i} diff differs:\n--- run-tests.php\n{}\n--- ours\n{}",
                    String::from_utf8_lossy(&theirs),
                    String::from_utf8_lossy(&ours)
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Lines a generated case file is made of: headers run-tests.php reads
/// (no external, redirect or code-running sections), near-headers, and
/// plain text.
const FILE_LINES: &[&str] = &[
    "--TEST--",
    "--FILE--",
    "--FILEEOF--",
    "--EXPECT--",
    "--EXPECTF--",
    "--EXPECTREGEX--",
    "--INI--",
    "--ENV--",
    "--DESCRIPTION--",
    "--CREDITS--",
    "--XFAIL--",
    "--CONFLICTS--",
    "--STDIN--",
    "--ARGS--",
    "--WHITESPACE_SENSITIVE--",
    "--FOO--",
    "--BAR_BAZ--",
    "--file--",
    "---FILE--",
    "--FILE--junk",
    "--EXPECT",
    "===DONE===",
    "===DONE=== ",
    "0",
    "text",
    "<?php echo 1;",
    "",
    "%d",
];

#[test]
fn borks_match_run_tests_php() {
    let (Some(php), Some(script)) = (php_binary(), run_tests_script()) else {
        eprintln!("run_tests_reference: php or run-tests.php missing, skipped");
        return;
    };
    let dir = std::env::temp_dir().join(format!("phpt-borks-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut rng = Rng(0x51_7CC1_B727_220A);
    // PHPT_REF_BORKS allows a deeper run by hand.
    let count = std::env::var("PHPT_REF_BORKS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    let mut files = Vec::new();
    for i in 0..count {
        let mut text = String::new();
        if rng.below(10) != 0 {
            text.push_str("--TEST--\n");
        }
        for _ in 0..rng.below(12) {
            text.push_str(FILE_LINES[rng.below(FILE_LINES.len() as u64) as usize]);
            // Mostly whole lines; sometimes a last line without newline.
            if rng.below(8) != 0 {
                text.push('\n');
            }
        }
        let name = format!("b{i:03}.phpt");
        std::fs::write(dir.join(&name), &text).unwrap();
        files.push((name, text));
    }
    let out = Command::new(&php)
        .arg(&script)
        .args(["-q", "--no-color", "--no-progress", "."])
        .current_dir(&dir)
        .env("TEST_PHP_EXECUTABLE", &php)
        .env("NO_INTERACTION", "1")
        .output()
        .expect("run run-tests.php");
    let stdout = String::from_utf8_lossy(&out.stdout);

    let mut problems = Vec::new();
    for (name, text) in &files {
        let tag = format!(" [{name}]");
        let theirs = stdout
            .split(['\n', '\r'])
            .filter(|l| l.contains(&tag))
            .find_map(|l| l.strip_prefix("BORK "))
            .map(|rest| {
                let reason = &rest[..rest.rfind(&tag).unwrap_or(rest.len())];
                // "tests must start with --TEST--" carries the path too.
                match reason.rfind(" [") {
                    Some(at) if reason.ends_with(']') => reason[..at].to_string(),
                    _ => reason.to_string(),
                }
            });
        let path = dir.join(name);
        let ours = phpt::Case::parse(&path, text.as_bytes(), &dir)
            .err()
            .map(|b| b.reason);
        if ours != theirs {
            problems.push(format!(
                "{name} {text:?}: run-tests.php {theirs:?}, ours {ours:?}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
