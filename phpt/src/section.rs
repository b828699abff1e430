//! Reading a .phpt file into its sections, as run-tests.php's
//! `TestFile::readFile()` does: line by line, a header line `--NAME--`
//! starts a section, everything else is appended to the current one.
//!
//! Only the problems run-tests.php detects while reading are reported here
//! (first line, unknown and duplicated sections); whole-file rules live in
//! `validate`.

use std::path::{Path, PathBuf};

use crate::bork::Bork;
use crate::php;

/// Every section name run-tests.php 8.2 accepts in a header. `TEST` is not
/// among them: it is only the first line of a file, and a later
/// `--TEST--` line is an unknown section (or a duplicated one, if the title
/// is not empty, as that check comes first).
pub const ALLOWED_SECTIONS: &[&str] = &[
    "EXPECT",
    "EXPECTF",
    "EXPECTREGEX",
    "EXPECTREGEX_EXTERNAL",
    "EXPECT_EXTERNAL",
    "EXPECTF_EXTERNAL",
    "EXPECTHEADERS",
    "POST",
    "POST_RAW",
    "GZIP_POST",
    "DEFLATE_POST",
    "PUT",
    "GET",
    "COOKIE",
    "ARGS",
    "FILE",
    "FILEEOF",
    "FILE_EXTERNAL",
    "REDIRECTTEST",
    "CAPTURE_STDIO",
    "STDIN",
    "CGI",
    "PHPDBG",
    "INI",
    "ENV",
    "EXTENSIONS",
    "SKIPIF",
    "XFAIL",
    "XLEAK",
    "CLEAN",
    "CREDITS",
    "DESCRIPTION",
    "CONFLICTS",
    "WHITESPACE_SENSITIVE",
    "FLAKY",
];

/// Whether `name` may head a section after the first line.
pub fn is_allowed(name: &str) -> bool {
    ALLOWED_SECTIONS.contains(&name)
}

/// Where a section's text came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Written under its own header in the .phpt file.
    Inline,
    /// Loaded from this file, named by the `NAME_EXTERNAL` section whose
    /// lines the section carries.
    External(PathBuf),
    /// Made from another section of the file (FILE from FILEEOF, STDIN
    /// from PHPDBG), whose lines the section carries.
    Derived(&'static str),
}

/// One section of a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Upper-case name, e.g. `EXPECTF`.
    pub name: String,
    /// 1-based line of the `--NAME--` header (the last one, if an empty
    /// section was declared again).
    pub header_line: usize,
    /// 1-based line where the text starts (the line after the header).
    pub text_line: usize,
    /// The text, newlines included, exactly as run-tests.php holds it.
    pub text: Vec<u8>,
    /// Where the text came from.
    pub origin: Origin,
}

impl Section {
    /// run-tests.php's `sectionNotEmpty()`: the text is neither empty nor `0`.
    pub fn is_not_empty(&self) -> bool {
        php::is_truthy(&self.text)
    }
}

/// The name of a section header line: `--NAME--` at the start of the line
/// with NAME in `[_A-Z]+`; the rest of the line is ignored.
pub fn header_name(line: &[u8]) -> Option<&str> {
    let rest = line.strip_prefix(b"--")?;
    let len = rest
        .iter()
        .position(|&b| !(b == b'_' || b.is_ascii_uppercase()))
        .unwrap_or(rest.len());
    if len == 0 || !rest[len..].starts_with(b"--") {
        return None;
    }
    // Only `_` and A-Z were accepted, so this is ASCII.
    std::str::from_utf8(&rest[..len]).ok()
}

/// `preg_match('/^===DONE===\s*$/', $line)`: the line ends a FILE section.
fn is_done_line(line: &[u8]) -> bool {
    match line.strip_prefix(b"===DONE===") {
        // PCRE's \s: space, \t, \n, \v, \f, \r.
        Some(rest) => rest
            .iter()
            .all(|&b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')),
        None => false,
    }
}

/// Whether the section's text stops at a `===DONE===` line.
fn ends_at_done(name: &str) -> bool {
    matches!(name, "FILE" | "FILEEOF" | "FILE_EXTERNAL")
}

/// Split a .phpt file into its sections, in the order they first appear.
///
/// `file` only names the case in a [`Bork`]. Lines end at `\n` only, as
/// PHP's `fgets()` reads them.
pub fn read_sections(file: &Path, contents: &[u8]) -> Result<Vec<Section>, Bork> {
    let mut lines = contents.split_inclusive(|&b| b == b'\n');
    let first = match lines.next() {
        Some(line) => line,
        // run-tests.php's fgets() on an empty file fails before its own
        // "empty test" check can see the end of file.
        None => return Err(Bork::new(file, 1, "cannot read test")),
    };
    if !first.starts_with(b"--TEST--") {
        return Err(Bork::new(file, 1, "tests must start with --TEST--"));
    }

    let mut sections = vec![Section {
        name: "TEST".to_string(),
        header_line: 1,
        text_line: 2,
        text: Vec::new(),
        origin: Origin::Inline,
    }];
    let mut current = 0;
    let mut done = false;

    for (index, line) in lines.enumerate() {
        let line_no = index + 2;
        if let Some(name) = header_name(line) {
            let existing = sections.iter().position(|s| s.name == name);
            // Duplicates are checked before unknown names, as run-tests.php does.
            if let Some(i) = existing {
                if php::is_truthy(&sections[i].text) {
                    return Err(Bork::new(
                        file,
                        line_no,
                        format!("duplicated {name} section"),
                    ));
                }
            }
            if !is_allowed(name) {
                return Err(Bork::new(
                    file,
                    line_no,
                    format!("Unknown section \"{name}\""),
                ));
            }
            current = match existing {
                // An empty section declared again starts over in its old place.
                Some(i) => {
                    let s = &mut sections[i];
                    s.text.clear();
                    s.header_line = line_no;
                    s.text_line = line_no + 1;
                    i
                }
                None => {
                    sections.push(Section {
                        name: name.to_string(),
                        header_line: line_no,
                        text_line: line_no + 1,
                        text: Vec::new(),
                        origin: Origin::Inline,
                    });
                    sections.len() - 1
                }
            };
            done = false;
            continue;
        }
        if !done {
            sections[current].text.extend_from_slice(line);
        }
        // The ===DONE=== line itself is kept; what follows it is dropped.
        if ends_at_done(&sections[current].name) && is_done_line(line) {
            done = true;
        }
    }
    Ok(sections)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Result<Vec<Section>, Bork> {
        read_sections(Path::new("t.phpt"), s.as_bytes())
    }

    fn text<'a>(sections: &'a [Section], name: &str) -> &'a str {
        let s = sections.iter().find(|s| s.name == name).unwrap();
        std::str::from_utf8(&s.text).unwrap()
    }

    #[test]
    fn header_names() {
        assert_eq!(header_name(b"--FILE--\n"), Some("FILE"));
        assert_eq!(header_name(b"--FILE-- trailing junk\n"), Some("FILE"));
        assert_eq!(header_name(b"--EXPECT---\n"), Some("EXPECT"));
        assert_eq!(header_name(b"--A_B--"), Some("A_B"));
        assert_eq!(header_name(b"--file--\n"), None);
        assert_eq!(header_name(b"---FILE--\n"), None);
        assert_eq!(header_name(b"--FILE-\n"), None);
        assert_eq!(header_name(b"----\n"), None);
        assert_eq!(header_name(b" --FILE--\n"), None);
        assert_eq!(header_name(b"--FILE1--\n"), None);
    }

    #[test]
    fn reads_sections_with_lines() {
        let s = read("--TEST-- ignored\nTitle\n--FILE--\n<?php\necho 1;\n--EXPECT--\n1\n").unwrap();
        let names: Vec<_> = s.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["TEST", "FILE", "EXPECT"]);
        assert_eq!(text(&s, "TEST"), "Title\n");
        assert_eq!(text(&s, "FILE"), "<?php\necho 1;\n");
        assert_eq!(text(&s, "EXPECT"), "1\n");
        assert_eq!((s[0].header_line, s[0].text_line), (1, 2));
        assert_eq!((s[1].header_line, s[1].text_line), (3, 4));
        assert_eq!((s[2].header_line, s[2].text_line), (6, 7));
    }

    #[test]
    fn lines_end_at_lf_only() {
        let s = read("--TEST--\r\nT\r\n--FILE--\r\na\rb\r\n--EXPECT--\r\nx").unwrap();
        assert_eq!(text(&s, "TEST"), "T\r\n");
        assert_eq!(text(&s, "FILE"), "a\rb\r\n");
        assert_eq!(text(&s, "EXPECT"), "x");
    }

    #[test]
    fn done_ends_file_sections_only() {
        let s = read(
            "--TEST--\nT\n--FILE--\n<?php\n===DONE=== \t\ndropped\n--EXPECT--\n===DONE===\nkept\n",
        )
        .unwrap();
        assert_eq!(text(&s, "FILE"), "<?php\n===DONE=== \t\n");
        assert_eq!(text(&s, "EXPECT"), "===DONE===\nkept\n");
        let s = read("--TEST--\nT\n--FILEEOF--\na\n===DONE===\nb\n").unwrap();
        assert_eq!(text(&s, "FILEEOF"), "a\n===DONE===\n");
        let s = read("--TEST--\nT\n--FILE_EXTERNAL--\na\n===DONE===x\nb\n").unwrap();
        assert_eq!(text(&s, "FILE_EXTERNAL"), "a\n===DONE===x\nb\n");
        let s = read("--TEST--\nT\n--FILE--\n ===DONE===\nb\n").unwrap();
        assert_eq!(text(&s, "FILE"), " ===DONE===\nb\n");
    }

    #[test]
    fn empty_and_first_line() {
        assert_eq!(read("").unwrap_err().reason, "cannot read test");
        let b = read("hello\n--TEST--\n").unwrap_err();
        assert_eq!(
            (b.line, b.reason.as_str()),
            (1, "tests must start with --TEST--")
        );
        let b = read(" --TEST--\n").unwrap_err();
        assert_eq!(b.reason, "tests must start with --TEST--");
        assert!(read("--TEST--").is_ok());
        assert!(read("--TEST--anything").is_ok());
    }

    #[test]
    fn unknown_section() {
        let b = read("--TEST--\nT\n--FILE--\nx\n--FOO--\n").unwrap_err();
        assert_eq!(b.line, 5);
        assert_eq!(b.reason, "Unknown section \"FOO\"");
        assert_eq!(b.to_string(), "t.phpt:5: Unknown section \"FOO\"");
        // Lower-case "headers" are just text.
        let s = read("--TEST--\nT\n--FILE--\n--foo--\n").unwrap();
        assert_eq!(text(&s, "FILE"), "--foo--\n");
    }

    #[test]
    fn duplicated_section() {
        let b = read("--TEST--\nT\n--FILE--\nx\n--EXPECT--\n1\n--EXPECT--\n1\n").unwrap_err();
        assert_eq!(
            (b.line, b.reason.as_str()),
            (7, "duplicated EXPECT section")
        );
        let b = read("--TEST--\nT\n--TEST--\nU\n").unwrap_err();
        assert_eq!(b.reason, "duplicated TEST section");
        // Duplicates are found before unknown names (both checks agree here).
        let b = read("--TEST--\nT\n--EXPECT--\n0\n--EXPECT--\n").unwrap_err();
        assert_eq!(b.reason, "duplicated EXPECT section");
    }

    #[test]
    fn second_test_header() {
        let b = read("--TEST--\n--TEST--\nT\n").unwrap_err();
        assert_eq!((b.line, b.reason.as_str()), (2, "Unknown section \"TEST\""));
        let b = read("--TEST--\nT\n--TEST--\n").unwrap_err();
        assert_eq!((b.line, b.reason.as_str()), (3, "duplicated TEST section"));
    }

    #[test]
    fn empty_section_may_be_declared_again() {
        let s = read("--TEST--\nT\n--FILE--\n--EXPECT--\n--FILE--\nx\n").unwrap();
        let names: Vec<_> = s.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["TEST", "FILE", "EXPECT"]);
        assert_eq!(text(&s, "TEST"), "T\n");
        assert_eq!(text(&s, "FILE"), "x\n");
        let file = s.iter().find(|s| s.name == "FILE").unwrap();
        assert_eq!((file.header_line, file.text_line), (5, 6));
    }

    #[test]
    fn every_allowed_name_is_a_section() {
        for name in ALLOWED_SECTIONS {
            let src = format!("--TEST--\nT\n--{name}--\nbody\n");
            let s = read(&src).unwrap();
            assert_eq!(text(&s, name), "body\n", "{name}");
        }
    }
}
