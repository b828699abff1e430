//! A compiled `preg_match('/^...$/s', ...)`: the PCRE text run-tests.php
//! would hand to PHP, checked the way PHP checks it and translated (see
//! `pcre`) for the `regex` crate, with `fancy-regex` only where needed.
//!
//! `%f` contains a lookahead. Rather than running every `%f` pattern on the
//! backtracking engine, two `regex` versions bracket it: a strict one
//! (without the lookahead branch, so it accepts less) and a loose one (the
//! branch as an empty match, so it accepts more). A strict match or a loose
//! mismatch is the exact answer; only outputs in between are decided by the
//! exact pattern on `fancy-regex`.
//!
//! Known differences from php: php's PCRE refuses patterns whose compiled
//! form passes 64 KiB (about 300-400 EXPECTF lines full of placeholders)
//! and gives up on matches past its backtracking/JIT-stack limits; in both
//! cases `preg_match` fails and run-tests.php reports FAIL, whereas we still
//! decide the match. Not emulated at all (a [`PatternError`]): Unicode
//! properties, `\X`, recursion and subroutine calls, conditional groups,
//! branch reset groups, backtracking verbs, `(?n)`, `(?J)`, `(?xx)` and
//! `[[:<:]]`/`[[:>:]]`.

use std::fmt;
use std::sync::OnceLock;

use crate::pcre::{self, Flavour, Problem};

/// Compiled-program budget for the `regex` crate: big EXPECTF sections
/// (thousands of lines) exceed the default 10 MiB.
const SIZE_LIMIT: usize = 512 << 20;
const DFA_SIZE_LIMIT: usize = 64 << 20;
const NEST_LIMIT: u32 = 1000;
/// php's default `pcre.backtrack_limit`.
const BACKTRACK_LIMIT: usize = 1_000_000;

/// An expectation pattern this crate cannot emulate (a PCRE feature it
/// does not translate, or a translated pattern the engines reject).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternError {
    /// What is not supported.
    pub message: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot emulate this expectation pattern: {}",
            self.message
        )
    }
}

impl std::error::Error for PatternError {}

fn error(message: impl Into<String>) -> PatternError {
    PatternError {
        message: message.into(),
    }
}

enum Engine {
    /// PHP's preg_match would fail on the pattern: nothing matches.
    Never(String),
    Regex(regex::bytes::Regex),
    /// `%f` patterns: the loose and exact versions are only built when
    /// an output fails the strict one.
    Float {
        strict: regex::bytes::Regex,
        loose_src: String,
        loose: OnceLock<Option<regex::bytes::Regex>>,
        exact_src: String,
        exact: OnceLock<Option<fancy_regex::Regex>>,
    },
    Fancy(fancy_regex::Regex),
}

/// A PCRE pattern compiled for matching whole outputs.
pub(crate) struct Compiled {
    engine: Engine,
}

/// The first `/` that PHP's delimiter scan would take as the end of
/// `/^...$/s`, if it is not the final one: then the rest is read as
/// modifiers (always including an invalid `$`), and preg_match fails.
fn early_delimiter(pattern: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < pattern.len() {
        match pattern[i] {
            b'\\' if i + 1 < pattern.len() => i += 1,
            b'/' => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

fn build_regex(pattern: &str) -> Result<regex::bytes::Regex, PatternError> {
    regex::bytes::RegexBuilder::new(pattern)
        .unicode(false)
        .dot_matches_new_line(true)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        .nest_limit(NEST_LIMIT)
        .build()
        .map_err(|e| error(format!("regex: {e}")))
}

fn build_fancy(pattern: &str) -> Result<fancy_regex::Regex, PatternError> {
    fancy_regex::RegexBuilder::new(pattern)
        .bytes_mode(fancy_regex::BytesMode::Ascii)
        .dot_matches_new_line(true)
        .backtrack_limit(BACKTRACK_LIMIT)
        .delegate_size_limit(SIZE_LIMIT)
        .delegate_dfa_size_limit(DFA_SIZE_LIMIT)
        .build()
        .map_err(|e| error(format!("fancy-regex: {e}")))
}

/// An engine's refusal of our translation is something we cannot emulate.
fn built<T>(r: Result<T, PatternError>) -> Result<T, Problem> {
    r.map_err(|e| Problem::Unsupported(e.message))
}

fn translate(src: &[u8], flavour: Flavour) -> Result<pcre::Translation, Problem> {
    pcre::translate(src, flavour)
}

impl Compiled {
    /// Compile `pcre` (the text between the delimiters of `/.../s`, anchors
    /// included).
    pub(crate) fn new(pcre: &[u8]) -> Result<Compiled, PatternError> {
        if let Some(at) = early_delimiter(pcre) {
            return Ok(Compiled {
                engine: Engine::Never(format!(
                    "unescaped \"/\" at byte {at} of the pattern ends php's /.../s delimiters early, so preg_match fails (Unknown modifier)"
                )),
            });
        }
        let engine = match Compiled::engine(pcre) {
            Ok(engine) => engine,
            Err(Problem::Invalid(why)) => {
                Engine::Never(format!("php's PCRE rejects the pattern: {why}"))
            }
            Err(Problem::Unsupported(what)) => return Err(error(what)),
            Err(Problem::NeedsFancy) => return Err(error("needs a backtracking engine")),
        };
        Ok(Compiled { engine })
    }

    /// Translate (the Fancy pass sees the whole pattern even where the
    /// Strict pass stopped early, so it may find it invalid) and build.
    fn engine(pcre: &[u8]) -> Result<Engine, Problem> {
        Ok(match translate(pcre, Flavour::Strict) {
            Ok(strict) if strict.has_float => {
                let loose = translate(pcre, Flavour::Loose)?;
                let exact = translate(pcre, Flavour::Fancy)?;
                Engine::Float {
                    strict: built(build_regex(&strict.pattern))?,
                    loose_src: loose.pattern,
                    loose: OnceLock::new(),
                    exact_src: exact.pattern,
                    exact: OnceLock::new(),
                }
            }
            Ok(strict) => Engine::Regex(built(build_regex(&strict.pattern))?),
            Err(Problem::NeedsFancy) => {
                let exact = translate(pcre, Flavour::Fancy)?;
                Engine::Fancy(built(build_fancy(&exact.pattern))?)
            }
            Err(other) => return Err(other),
        })
    }

    /// Why php's `preg_match` would fail on this pattern, if it would.
    pub(crate) fn invalid_reason(&self) -> Option<&str> {
        match &self.engine {
            Engine::Never(why) => Some(why),
            _ => None,
        }
    }

    /// Whether `subject` matches, as `preg_match()` returning 1. Errors
    /// (a backtracking limit) count as no match, as PHP's `false` does.
    pub(crate) fn is_match(&self, subject: &[u8]) -> bool {
        match &self.engine {
            Engine::Never(_) => false,
            Engine::Regex(re) => re.is_match(subject),
            Engine::Fancy(re) => re.is_match(subject).unwrap_or(false),
            Engine::Float {
                strict,
                loose_src,
                loose,
                exact_src,
                exact,
            } => {
                if strict.is_match(subject) {
                    return true;
                }
                let loose = loose.get_or_init(|| build_regex(loose_src).ok());
                if loose.as_ref().is_some_and(|re| !re.is_match(subject)) {
                    return false;
                }
                exact
                    .get_or_init(|| build_fancy(exact_src).ok())
                    .as_ref()
                    .is_some_and(|re| re.is_match(subject).unwrap_or(false))
            }
        }
    }
}

impl fmt::Debug for Compiled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &self.engine {
            Engine::Never(_) => "Never",
            Engine::Regex(_) => "Regex",
            Engine::Float { .. } => "Float",
            Engine::Fancy(_) => "Fancy",
        };
        f.debug_struct("Compiled").field("engine", &kind).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, subject: &[u8]) -> bool {
        Compiled::new(pattern.as_bytes()).unwrap().is_match(subject)
    }

    #[test]
    fn delimiter_scan() {
        assert_eq!(early_delimiter(br"^a\/b$"), None);
        assert_eq!(early_delimiter(br"^a/b$"), Some(2));
        assert_eq!(early_delimiter(br"^[/]$"), Some(2));
        assert_eq!(early_delimiter(br"^a\\/b$"), Some(4));
        let c = Compiled::new(b"^a/b$").unwrap();
        assert!(c.invalid_reason().is_some());
        assert!(!c.is_match(b"a/b"));
    }

    #[test]
    fn plain_regex() {
        assert!(m(r"^a.c$", b"a\nc"));
        assert!(m(r"^\d+$", b"123"));
        assert!(!m(r"^\d+$", b"12a"));
        assert!(m("^\\xE9$", b"\xE9"));
        assert!(m("^.$", b"\xFF"));
        assert!(m(r"^(?i)abc$", b"ABC"));
        assert!(m(r"^\s$", b"\x0B"));
    }

    #[test]
    fn invalid_never_matches() {
        let c = Compiled::new(b"^(a$").unwrap();
        assert!(c.invalid_reason().is_some());
        assert!(!c.is_match(b"(a"));
    }

    #[test]
    fn fancy_when_needed() {
        assert!(m(r"^(a)\1$", b"aa"));
        assert!(!m(r"^(a|b)\1$", b"ab"));
        assert!(m(r"^a(?=b)b$", b"ab"));
        assert!(m(r"^a(?<=a)$", b"a"));
        assert!(!m(r"^a(?<!a)$", b"a"));
        assert!(m("^(\\xE9)\\1$", b"\xE9\xE9"));
        assert!(m("^[\\xE9]+(?=x)x$", b"\xE9\xE9x"));
        assert!(m("^\\xE9(?=x)x$", b"\xE9x"));
        assert!(m(r"^a*+b$", b"aab"));
        assert!(!m(r"^a*+a$", b"aa"));
    }

    #[test]
    fn float_cascade() {
        let f = std::str::from_utf8(crate::expectf::FLOAT_PCRE).unwrap();
        let p = format!("^{f}$");
        for ok in [&b"1"[..], b"-1.5", b".5", b"+2e10", b"1.0E-3", b"12"] {
            assert!(m(&p, ok), "{}", String::from_utf8_lossy(ok));
        }
        for bad in [&b"1."[..], b"e5", b"abc", b"1.5.5"] {
            assert!(!m(&p, bad), "{}", String::from_utf8_lossy(bad));
        }
        // Only the lookahead branch can match an empty float before ".5".
        let p = format!("^x{f}\\.5$");
        assert!(m(&p, b"x.5"));
        assert!(m(&p, b"x-.5"));
        assert!(m(&p, b"x1.5"));
        assert!(!m(&p, b"x-"));
        // The empty branch needs the lookahead to hold.
        let p = format!("^x{f}y$");
        assert!(!m(&p, b"xy"));
    }
}
