//! Whole-case behaviour: every BORK reason, external sections, and the
//! typed accessors a runner uses.

use std::path::{Path, PathBuf};

use phpt::{Bork, CaptureStdio, Case, ExpectKind, Origin};

fn parse(src: &str) -> Result<Case, Bork> {
    Case::parse(
        Path::new("tests/x.phpt"),
        src.as_bytes(),
        Path::new("tests"),
    )
}

fn bork(src: &str) -> Bork {
    parse(src).expect_err("should bork")
}

/// A scratch folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("phpt-test-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const MINIMAL: &str = "--TEST--\nTitle\n--FILE--\n<?php echo 1;\n--EXPECT--\n1\n";

#[test]
fn minimal_case() {
    let case = parse(MINIMAL).unwrap();
    assert_eq!(case.title(), b"Title");
    assert_eq!(case.path(), Path::new("tests/x.phpt"));
    assert_eq!(case.pwd(), b"tests");
    let file = case.file().unwrap();
    assert_eq!(file.text, b"<?php echo 1;\n");
    assert_eq!((file.header_line, file.text_line), (3, 4));
    let exp = case.expectation().unwrap();
    assert_eq!(exp.kind, ExpectKind::Expect);
    assert_eq!(exp.text, b"1\n");
    assert_eq!(exp.line, 6);
    assert_eq!(exp.origin, Origin::Inline);
    assert!(case.matcher().unwrap().unwrap().matches(b"1"));
    assert!(!case.needs_cgi() && !case.needs_phpdbg() && !case.is_redirect());
    assert_eq!(case.skipif(), None);
    assert_eq!(case.args(), None);
    assert_eq!(case.stdin(), None);
    assert_eq!(case.capture_stdio(), CaptureStdio::default());
    assert!(case.extensions().is_empty());
    assert!(case.env().is_empty());
    assert!(case.ini(b"/tmp").is_empty());
    assert!(!case.is_flaky());
}

#[test]
fn bork_empty_file() {
    let b = bork("");
    assert_eq!(b.reason, "cannot read test");
    assert_eq!(b.to_string(), "tests/x.phpt:1: cannot read test");
}

#[test]
fn bork_first_line() {
    let b = bork("\n--TEST--\nx\n");
    assert_eq!(
        (b.line, b.reason.as_str()),
        (1, "tests must start with --TEST--")
    );
}

#[test]
fn bork_unknown_section() {
    let b = bork("--TEST--\nt\n--FILE--\nx\n--EXPECT--\n\n--BOGUS--\n");
    assert_eq!(b.to_string(), "tests/x.phpt:7: Unknown section \"BOGUS\"");
}

#[test]
fn bork_duplicated_section() {
    let b = bork("--TEST--\nt\n--FILE--\nx\n--INI--\na=1\n--INI--\nb=2\n--EXPECT--\n");
    assert_eq!(b.to_string(), "tests/x.phpt:7: duplicated INI section");
}

#[test]
fn bork_missing_file() {
    let b = bork("--TEST--\nt\n--EXPECT--\n1\n");
    assert_eq!((b.line, b.reason.as_str()), (1, "missing section --FILE--"));
}

#[test]
fn bork_several_files() {
    let b = bork("--TEST--\nt\n--FILE--\na\n--FILEEOF--\nb\n--EXPECT--\n");
    assert_eq!((b.line, b.reason.as_str()), (5, "missing section --FILE--"));
    let b = bork("--TEST--\nt\n--FILE_EXTERNAL--\na\n--FILE--\nb\n--EXPECT--\n");
    assert_eq!((b.line, b.reason.as_str()), (5, "missing section --FILE--"));
}

#[test]
fn bork_missing_expectation() {
    let b = bork("--TEST--\nt\n--FILE--\na\n");
    assert_eq!(
        b.reason,
        "missing section --EXPECT--, --EXPECTF-- or --EXPECTREGEX--"
    );
    assert_eq!(b.line, 1);
}

#[test]
fn bork_conflicting_expectations() {
    let b = bork("--TEST--\nt\n--FILE--\na\n--EXPECT--\n1\n--EXPECTF--\n%d\n");
    assert_eq!(
        b.reason,
        "missing section --EXPECT--, --EXPECTF-- or --EXPECTREGEX--"
    );
    assert_eq!(b.line, 7);
    let b = bork("--TEST--\nt\n--FILE--\na\n--EXPECTREGEX--\n1\n--EXPECTF--\n%d\n");
    assert_eq!(b.line, 7);
}

#[test]
fn bork_redirect_in_redirect() {
    let src = "--TEST--\nt\n--REDIRECTTEST--\nreturn [];\n";
    let case = parse(src).unwrap();
    assert!(case.is_redirect());
    assert!(case.expectation().is_none());
    assert!(case.file().is_none());
    let b =
        Case::parse_redirected(Path::new("r.phpt"), src.as_bytes(), Path::new(".")).unwrap_err();
    assert_eq!(
        b.to_string(),
        "r.phpt:3: Can't redirect a test from within a redirected test"
    );
}

#[test]
fn bork_unreadable_path() {
    let b = Case::load(Path::new("/nonexistent/dir/x.phpt")).unwrap_err();
    assert!(
        b.reason
            .starts_with("Cannot open test file: /nonexistent/dir/x.phpt"),
        "{b}"
    );
}

#[test]
fn bork_missing_external_files() {
    let dir = Scratch::new("missing");
    for key in [
        "FILE_EXTERNAL",
        "EXPECT_EXTERNAL",
        "EXPECTF_EXTERNAL",
        "EXPECTREGEX_EXTERNAL",
    ] {
        let file_part = if key == "FILE_EXTERNAL" {
            ""
        } else {
            "--FILE--\nx\n"
        };
        let exp_part = if key.starts_with("EXPECT") {
            ""
        } else {
            "--EXPECT--\n\n"
        };
        let src = format!("--TEST--\nt\n{file_part}--{key}--\n../nothere.txt\n{exp_part}");
        let b = Case::parse(&dir.0.join("c.phpt"), src.as_bytes(), &dir.0).unwrap_err();
        let want = format!("could not load --{key}-- {}//nothere.txt", dir.0.display());
        assert_eq!(b.reason, want);
        let line = if key == "FILE_EXTERNAL" { 4 } else { 6 };
        assert_eq!(b.line, line, "{key}");
    }
}

#[test]
fn external_sections_are_loaded() {
    let dir = Scratch::new("ext");
    dir.write(
        "code.inc",
        "<?php echo 'hi';\n===DONE===\nnot cut: the marker only applies inline\n",
    );
    dir.write("out.txt", "hi\n");
    dir.write("outf.txt", "%s\n");
    let src = "--TEST--\nt\n--FILE_EXTERNAL--\n  ../code.inc \n--EXPECTF_EXTERNAL--\noutf.txt\n";
    let path = dir.0.join("c.phpt");
    std::fs::write(&path, src).unwrap();
    let case = Case::load(&path).unwrap();
    let file = case.file().unwrap();
    assert!(file
        .text
        .ends_with(b"not cut: the marker only applies inline\n"));
    assert_eq!(file.origin, Origin::External(dir.0.join("code.inc")));
    assert_eq!(file.text_line, 4);
    assert!(case.has_section("FILE_EXTERNAL"));
    let exp = case.expectation().unwrap();
    assert_eq!(exp.kind, ExpectKind::Expectf);
    assert_eq!(exp.text, b"%s\n");
    assert_eq!(exp.line, 6);
    assert!(case.matcher().unwrap().unwrap().matches(b"anything\n"));
}

#[test]
fn external_expect_wins_over_inline_expect() {
    let dir = Scratch::new("wins");
    dir.write("out.txt", "from file\n");
    let src = "--TEST--\nt\n--FILE--\nx\n--EXPECT--\ninline\n--EXPECT_EXTERNAL--\nout.txt\n";
    let case = Case::parse(&dir.0.join("c.phpt"), src.as_bytes(), &dir.0).unwrap();
    let exp = case.expectation().unwrap();
    assert_eq!(exp.text, b"from file\n");
    assert!(matches!(exp.origin, Origin::External(_)));
    // And an external EXPECTF next to an inline EXPECT is two expectations.
    dir.write("f.txt", "%d\n");
    let src = "--TEST--\nt\n--FILE--\nx\n--EXPECT--\ninline\n--EXPECTF_EXTERNAL--\nf.txt\n";
    let b = Case::parse(&dir.0.join("c.phpt"), src.as_bytes(), &dir.0).unwrap_err();
    assert_eq!(b.line, 7);
}

#[test]
fn external_folder_reads_as_empty() {
    let dir = Scratch::new("folder");
    let src = "--TEST--\nt\n--FILE--\nx\n--EXPECT_EXTERNAL--\n\n";
    let case = Case::parse(&dir.0.join("c.phpt"), src.as_bytes(), &dir.0).unwrap();
    assert_eq!(case.expectation().unwrap().text, b"");
}

#[test]
fn fileeof_strips_trailing_newlines() {
    let case = parse("--TEST--\nt\n--FILEEOF--\n<?php echo 1;\r\n\n\n--EXPECT--\n1\n").unwrap();
    let file = case.file().unwrap();
    assert_eq!(file.text, b"<?php echo 1;");
    assert_eq!(file.origin, Origin::Derived("FILEEOF"));
    assert_eq!(file.header_line, 3);
    assert!(!case.has_section("FILEEOF"));
}

#[test]
fn done_marker_cuts_file() {
    let case = parse("--TEST--\nt\n--FILE--\n<?php\n===DONE===\n?>junk\n--EXPECT--\n===DONE===\n")
        .unwrap();
    assert_eq!(case.file().unwrap().text, b"<?php\n===DONE===\n");
}

#[test]
fn phpdbg_cases() {
    let case = parse("--TEST--\nt\n--PHPDBG--\nr\nq\n--EXPECT--\nx\n").unwrap();
    assert!(case.needs_phpdbg());
    assert!(case.file().is_none());
    let stdin = case.section("STDIN").unwrap();
    assert_eq!(stdin.text, b"r\nq\n\n");
    assert_eq!(stdin.origin, Origin::Derived("PHPDBG"));
    let case = parse("--TEST--\nt\n--PHPDBG--\nr\n--STDIN--\nin\n--EXPECT--\nx\n").unwrap();
    assert_eq!(case.stdin(), Some(&b"in\n"[..]));
}

#[test]
fn cgi_detection() {
    let with = |extra: &str| parse(&format!("{MINIMAL}{extra}")).unwrap().needs_cgi();
    assert!(with("--CGI--\n"));
    for name in [
        "GET",
        "POST",
        "POST_RAW",
        "GZIP_POST",
        "DEFLATE_POST",
        "PUT",
        "COOKIE",
        "EXPECTHEADERS",
    ] {
        assert!(with(&format!("--{name}--\nx\n")), "{name}");
        assert!(!with(&format!("--{name}--\n")), "{name} empty");
    }
    assert!(!with("--STDIN--\nx\n"));
}

#[test]
fn accessors() {
    let src = "--TEST--\n  Accessors \n--DESCRIPTION--\nlong text\n--CREDITS--\nme\n\
        --SKIPIF--\n<?php if (0) die('skip');\n--INI--\nprecision=10\ninclude_path={PWD}\n\
        --ENV--\nHOME={PWD}/home\n--EXTENSIONS--\njson\nmbstring\n--ARGS--\n-a 'b c'\n\
        --STDIN--\nline\n--CAPTURE_STDIO--\nSTDOUT\n--CONFLICTS--\nserver\n\
        --XFAIL--\nknown bug\n\n--CLEAN--\n\n<?php unlink('x');\n\n--FLAKY--\n\
        --WHITESPACE_SENSITIVE--\n--FILE--\n<?php\n--EXPECTREGEX--\n.*\n";
    let case = parse(src).unwrap();
    assert_eq!(case.title(), b"Accessors");
    assert_eq!(case.skipif(), Some(&b"<?php if (0) die('skip');\n"[..]));
    let ini = case.ini(b"/tmp");
    assert_eq!(
        ini,
        vec![
            (b"precision".to_vec(), b"10".to_vec()),
            (b"include_path".to_vec(), b"tests".to_vec())
        ]
    );
    let settings = case.ini_settings(b"/tmp");
    assert_eq!(settings.get(b"precision"), Some(&b"10"[..]));
    assert_eq!(settings.get(b"memory_limit"), Some(&b"128M"[..]));
    assert_eq!(case.env(), vec![(b"HOME".to_vec(), b"tests/home".to_vec())]);
    assert_eq!(
        case.extensions(),
        vec![b"json".to_vec(), b"mbstring".to_vec()]
    );
    assert_eq!(case.args(), Some(vec![b"-a".to_vec(), b"b c".to_vec()]));
    assert_eq!(case.args_text(), Some(&b"-a 'b c'\n"[..]));
    assert_eq!(case.stdin(), Some(&b"line\n"[..]));
    assert_eq!(
        case.capture_stdio(),
        CaptureStdio {
            stdin: false,
            stdout: true,
            stderr: false
        }
    );
    assert_eq!(case.conflicts(), vec![b"server".to_vec()]);
    assert_eq!(case.xfail(), Some(&b"known bug"[..]));
    assert_eq!(case.xleak(), None);
    assert_eq!(case.clean(), Some(&b"<?php unlink('x');"[..]));
    assert!(case.is_flaky());
    assert!(case.has_section("WHITESPACE_SENSITIVE"));
    assert!(!case.section_not_empty("WHITESPACE_SENSITIVE"));
    assert_eq!(case.expectation().unwrap().kind, ExpectKind::Expectregex);
    let names: Vec<_> = case.sections().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names[0], "TEST");
    assert_eq!(names[1], "DESCRIPTION");
}

#[test]
fn conflicts_fall_back_to_folder_file() {
    let dir = Scratch::new("conflicts");
    dir.write("CONFLICTS", "# comment\ndb\n");
    let path = dir.write("c.phpt", MINIMAL);
    let case = Case::load(&path).unwrap();
    assert_eq!(case.conflicts(), vec![b"db".to_vec()]);
}

#[test]
fn skipif_section_empty_means_none() {
    let case = parse(&format!("{MINIMAL}--SKIPIF--\n")).unwrap();
    assert!(case.has_section("SKIPIF"));
    assert_eq!(case.skipif(), None);
}

#[test]
fn flaky_by_file_contents() {
    let case = parse("--TEST--\nt\n--FILE--\n<?php usleep(1);\n--EXPECT--\n").unwrap();
    assert!(case.is_flaky());
}

#[test]
fn non_utf8_is_fine() {
    let src =
        b"--TEST--\n\xff\xfe title\n--FILE--\n<?php echo \"\xe9\";\n--EXPECTF--\n\xe9%s\n".to_vec();
    let case = Case::parse(Path::new("x.phpt"), &src, Path::new(".")).unwrap();
    assert_eq!(case.title(), b"\xff\xfe title");
    let m = case.matcher().unwrap().unwrap();
    assert!(m.matches(b"\xe9\xff\x80"));
    assert!(!m.matches(b"e\xff"));
}
