//! Comparing a run's output with the case's expectation (EXPECT, EXPECTF or
//! EXPECTREGEX), as run-tests.php does, and the line views a runner needs to
//! draw run-tests.php-style diffs.

use std::sync::OnceLock;

use crate::expectf;
use crate::pattern::Compiled;
pub use crate::pattern::PatternError;
use crate::php;
use crate::section::Origin;

/// Which expectation section a case has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExpectKind {
    /// `--EXPECT--`: the output must equal the text.
    Expect,
    /// `--EXPECTF--`: the text with `%` placeholders.
    Expectf,
    /// `--EXPECTREGEX--`: the text is a PCRE pattern.
    Expectregex,
}

impl ExpectKind {
    /// The section name, e.g. `EXPECTF`.
    pub fn section_name(self) -> &'static str {
        match self {
            ExpectKind::Expect => "EXPECT",
            ExpectKind::Expectf => "EXPECTF",
            ExpectKind::Expectregex => "EXPECTREGEX",
        }
    }
}

/// A case's expectation: its kind and raw section text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expectation {
    /// Which section it is.
    pub kind: ExpectKind,
    /// The section text as read (or loaded from the external file).
    pub text: Vec<u8>,
    /// 1-based line where the text starts in the .phpt file (for an
    /// external one, the line of the file name).
    pub line: usize,
    /// Whether the text is inline or came from an `*_EXTERNAL` file.
    pub origin: Origin,
}

/// run-tests.php's output normalisation: trim whitespace (PHP `trim`: space,
/// \t, \n, \r, NUL, \v) at both ends, then turn `\r\n` into `\n` in one pass.
/// Expectation texts are normalised the same way.
pub fn normalise(output: &[u8]) -> Vec<u8> {
    php::crlf_to_lf(php::trim(output))
}

/// An expectation made ready for matching: built once per case, then used
/// for every run of it.
pub struct Matcher {
    kind: ExpectKind,
    wanted: Vec<u8>,
    pattern: Option<Vec<u8>>,
    /// The compiled pattern; `None` for EXPECT (byte equality).
    compiled: Option<Compiled>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("kind", &self.kind)
            .field("wanted", &String::from_utf8_lossy(&self.wanted))
            .finish_non_exhaustive()
    }
}

impl Matcher {
    /// Build the matcher for a case's expectation.
    pub fn new(expectation: &Expectation) -> Result<Matcher, PatternError> {
        Matcher::from_text(expectation.kind, &expectation.text)
    }

    /// Build a matcher from an expectation section's raw text.
    ///
    /// For EXPECT the wanted text is trimmed and CRLF-normalised. For EXPECTF
    /// and EXPECTREGEX it is trimmed (run-tests.php shows and saves it so),
    /// and the pattern is made from its CRLF-normalised form; EXPECTF is
    /// translated as run-tests.php does (see [`expectf::expectf_to_pcre`]).
    ///
    /// Errors only for patterns this crate cannot emulate. Patterns that
    /// php's PCRE would reject build a matcher that never matches (as
    /// `preg_match` fails in run-tests.php); see [`Matcher::invalid_reason`].
    pub fn from_text(kind: ExpectKind, text: &[u8]) -> Result<Matcher, PatternError> {
        let trimmed = php::trim(text);
        let (wanted, pattern) = match kind {
            ExpectKind::Expect => (php::crlf_to_lf(trimmed), None),
            ExpectKind::Expectf => {
                let re = expectf::expectf_to_pcre(&php::crlf_to_lf(trimmed));
                (trimmed.to_vec(), Some(re))
            }
            ExpectKind::Expectregex => (trimmed.to_vec(), Some(php::crlf_to_lf(trimmed))),
        };
        let compiled = match &pattern {
            None => None,
            Some(re) => Some(Compiled::new(&anchored(re))?),
        };
        Ok(Matcher {
            kind,
            wanted,
            pattern,
            compiled,
        })
    }

    /// The kind of expectation.
    pub fn kind(&self) -> ExpectKind {
        self.kind
    }

    /// Whether a run's raw output meets the expectation (normalising it
    /// first, see [`normalise`]).
    pub fn matches(&self, output: &[u8]) -> bool {
        self.matches_normalised(&normalise(output))
    }

    /// Whether already [`normalise`]d output meets the expectation.
    pub fn matches_normalised(&self, output: &[u8]) -> bool {
        match &self.compiled {
            None => output == self.wanted.as_slice(),
            Some(p) => p.is_match(output),
        }
    }

    /// run-tests.php's `$wanted`: the text it writes to `NAME.exp` and shows
    /// on the `-` lines of its diff.
    pub fn wanted(&self) -> &[u8] {
        &self.wanted
    }

    /// run-tests.php's `$wanted_re`: the PCRE pattern (without delimiters
    /// and anchors) for EXPECTF/EXPECTREGEX; `None` for EXPECT.
    pub fn pattern(&self) -> Option<&[u8]> {
        self.pattern.as_deref()
    }

    /// If php's `preg_match` would reject the pattern (so the case can
    /// never pass), why.
    pub fn invalid_reason(&self) -> Option<&str> {
        self.compiled.as_ref().and_then(Compiled::invalid_reason)
    }

    /// [`Matcher::wanted`] split at `\n`: the lines a diff shows as expected.
    pub fn expected_lines(&self) -> Vec<&[u8]> {
        self.wanted.split(|&b| b == b'\n').collect()
    }

    /// The lines a diff compares output lines with: the pattern split at
    /// `\n` for EXPECTF/EXPECTREGEX, else the expected lines. Line `i` here
    /// corresponds to line `i` of [`Matcher::expected_lines`].
    pub fn pattern_lines(&self) -> Vec<&[u8]> {
        match &self.pattern {
            Some(p) => p.split(|&b| b == b'\n').collect(),
            None => self.expected_lines(),
        }
    }

    /// A per-line comparer for diffs, as run-tests.php's `comp_line()`:
    /// byte equality for EXPECT, else `preg_match('/^LINE$/s', $out_line)`
    /// for pattern line `LINE`.
    pub fn line_matcher(&self) -> LineMatcher<'_> {
        let lines = self.pattern_lines();
        let cache = (0..lines.len()).map(|_| OnceLock::new()).collect();
        LineMatcher {
            lines,
            is_pattern: self.pattern.is_some(),
            cache,
        }
    }
}

/// `^` + pattern + `$`, as run-tests.php wraps it in `/^...$/s`.
fn anchored(pattern: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(pattern.len() + 2);
    out.push(b'^');
    out.extend_from_slice(pattern);
    out.push(b'$');
    out
}

/// Compares one expected line with one output line; see
/// [`Matcher::line_matcher`]. Each pattern line is compiled on first use.
pub struct LineMatcher<'m> {
    lines: Vec<&'m [u8]>,
    is_pattern: bool,
    cache: Vec<OnceLock<Option<Compiled>>>,
}

impl LineMatcher<'_> {
    /// Number of expected lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Whether there are no expected lines (never: an empty text is one
    /// empty line).
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Whether expected line `index` accepts `output_line`. A line that is
    /// not a valid pattern on its own (e.g. half of a multi-line `%r`
    /// group) accepts nothing, as `preg_match` fails on it. Out-of-range
    /// indexes accept nothing.
    pub fn line_matches(&self, index: usize, output_line: &[u8]) -> bool {
        let Some(line) = self.lines.get(index) else {
            return false;
        };
        if !self.is_pattern {
            return *line == output_line;
        }
        self.cache[index]
            .get_or_init(|| Compiled::new(&anchored(line)).ok())
            .as_ref()
            .is_some_and(|c| c.is_match(output_line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(kind: ExpectKind, text: &str) -> Matcher {
        Matcher::from_text(kind, text.as_bytes()).unwrap()
    }

    #[test]
    fn normalisation() {
        assert_eq!(normalise(b"\r\n  a\r\nb\r\r\n\0\x0B"), b"a\nb");
        assert_eq!(normalise(b"a\r\r\nb"), b"a\r\nb");
        assert_eq!(normalise(b"\x0Ca\x0C"), b"\x0Ca\x0C");
        assert_eq!(normalise(b""), b"");
    }

    #[test]
    fn expect_is_byte_equality() {
        let m = matcher(ExpectKind::Expect, "\nHello\r\nWorld\n\n");
        assert!(m.matches(b"Hello\nWorld"));
        assert!(m.matches(b"  Hello\r\nWorld\r\n"));
        assert!(!m.matches(b"Hello\n World"));
        assert!(!m.matches(b"Hello\nworld"));
        assert_eq!(m.wanted(), b"Hello\nWorld");
        assert_eq!(m.pattern(), None);
        assert!(m.invalid_reason().is_none());
    }

    #[test]
    fn expectf_placeholders() {
        // (EXPECTF text, outputs that match, outputs that do not)
        type Row<'a> = (&'a str, &'a [&'a [u8]], &'a [&'a [u8]]);
        let cases: &[Row] = &[
            ("a%eb", &[b"a/b"], &[b"a\\b", b"ab"]),
            ("<%s>", &[b"<x y>", b"<\t>"], &[b"<>", b"<a\nb>", b"<a\rb>"]),
            ("<%S>", &[b"<>", b"<xy>"], &[b"<a\nb>"]),
            ("<%a>", &[b"<a\nb>", b"<x>"], &[b"<>"]),
            ("<%A>", &[b"<>", b"<a\nb>"], &[b"<"]),
            ("<%w>", &[b"<>", b"< \t\n>", b"<\x0B>"], &[b"<x>"]),
            (
                "<%i>",
                &[b"<1>", b"<-12>", b"<+3>"],
                &[b"<>", b"<1.0>", b"<->"],
            ),
            ("<%d>", &[b"<0>", b"<123>"], &[b"<-1>", b"<>"]),
            ("<%x>", &[b"<dEadBEEF>", b"<0>"], &[b"<g>", b"<>"]),
            (
                "<%f>",
                &[b"<1.5>", b"<-0.5E+10>", b"<.5>", b"<3>"],
                &[b"<>", b"<1.>", b"<e3>"],
            ),
            ("<%c>", &[b"<x>", b"<\n>"], &[b"<>", b"<xy>"]),
            ("<%0>", &[b"<\0>"], &[b"<0>"]),
            ("100%%", &[b"100%%"], &[b"100%"]),
            ("%r[ab]+%r!", &[b"abba!"], &[b"c!"]),
            ("%r(x|y)%r.%d", &[b"x.1", b"y.22"], &[b"xy1"]),
        ];
        for (text, good, bad) in cases {
            let m = matcher(ExpectKind::Expectf, text);
            for g in *good {
                assert!(
                    m.matches_normalised(g),
                    "{text:?} should match {:?}",
                    String::from_utf8_lossy(g)
                );
            }
            for b in *bad {
                assert!(
                    !m.matches_normalised(b),
                    "{text:?} should not match {:?}",
                    String::from_utf8_lossy(b)
                );
            }
        }
    }

    #[test]
    fn expectf_literal_text_and_lines() {
        let m = matcher(ExpectKind::Expectf, "\nint(%d)\r\nstring(3) \"a.c\"\n");
        assert!(m.matches(b"int(5)\nstring(3) \"a.c\"\n"));
        assert!(!m.matches(b"int(5)\nstring(3) \"abc\""));
        assert_eq!(m.wanted(), b"int(%d)\r\nstring(3) \"a.c\"");
        assert_eq!(
            m.pattern(),
            Some(
                &br#"int\(\d+\)
string\(3\) "a\.c""#[..]
            )
        );
        assert_eq!(
            m.expected_lines(),
            vec![&b"int(%d)\r"[..], b"string(3) \"a.c\""]
        );
        let lm = m.line_matcher();
        assert_eq!(lm.len(), 2);
        assert!(lm.line_matches(0, b"int(42)"));
        assert!(!lm.line_matches(0, b"int(x)"));
        assert!(lm.line_matches(1, b"string(3) \"a.c\""));
        assert!(!lm.line_matches(2, b""));
    }

    #[test]
    fn expectregex() {
        let m = matcher(ExpectKind::Expectregex, "a+b?\r\n(c|d)");
        assert!(m.matches(b"aa\nc"));
        assert!(m.matches(b"ab\nd\n"));
        assert!(!m.matches(b"b\nc"));
        assert!(!m.matches(b"xaa\nc"));
        assert_eq!(m.pattern(), Some(&b"a+b?\n(c|d)"[..]));
    }

    #[test]
    fn regex_with_unescaped_slash_never_matches() {
        let m = matcher(ExpectKind::Expectregex, "a/b");
        assert!(m.invalid_reason().is_some());
        assert!(!m.matches(b"a/b"));
        // In EXPECTF a slash is quoted.
        assert!(matcher(ExpectKind::Expectf, "a/b").matches(b"a/b"));
    }

    #[test]
    fn trailing_backslash_escapes_the_end_anchor() {
        // run-tests.php builds /^a\$/s: a literal "$" and no end anchor.
        let m = matcher(ExpectKind::Expectregex, "a\\");
        assert!(m.matches(b"a$"));
        assert!(m.matches(b"a$ and more"));
        assert!(!m.matches(b"a"));
    }

    #[test]
    fn line_matcher_on_split_group_fails_softly() {
        let m = matcher(ExpectKind::Expectf, "%r(a\nb)%r");
        assert!(m.matches(b"a\nb"));
        let lm = m.line_matcher();
        assert!(!lm.line_matches(0, b"a"));
        assert!(!lm.line_matches(1, b"b"));
    }
}
