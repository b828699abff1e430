//! What a SKIPIF section's output means, as run-tests.php 8.2 reads it.

use crate::php;

/// run-tests.php's BORK reason for SKIPIF output it does not understand.
pub const SKIPIF_BORK_REASON: &str = "invalid output from SKIPIF";

/// The verdict of a SKIPIF run. Texts are bytes because SKIPIF code may
/// print anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipifVerdict {
    /// Run the case (empty output, or output starting with `nocache`).
    Run,
    /// SKIP the case; the reason may be empty (plain `skip`).
    Skip(Vec<u8>),
    /// Run the case and show this text with its result.
    Info(Vec<u8>),
    /// Run the case with this warning. Note run-tests.php 8.2 still reports
    /// a pass as PASS; only a failure is reported as `WARN&FAIL` (counted
    /// as WARNED), with the warning shown.
    Warn(Vec<u8>),
    /// Run the case as if it had an XFAIL section holding this text.
    Xfail(Vec<u8>),
    /// Run the case as if it had a FLAKY section holding this text.
    Flaky(Vec<u8>),
    /// BORK the case ([`SKIPIF_BORK_REASON`]); the trimmed output is kept.
    Bork(Vec<u8>),
}

/// The text after `word` and PCRE `\s*` (or `\s+` when `need_space`), up to
/// the end of its line: the `(.+)` of run-tests.php's `/^word\s*(.+)/i`.
/// `None` if that is empty, i.e. the pattern does not match.
fn rest_of_line(output: &[u8], word_len: usize, need_space: bool) -> Option<Vec<u8>> {
    let after = &output[word_len..];
    let spaces = after
        .iter()
        .take_while(|&&b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r'))
        .count();
    if need_space && spaces == 0 {
        return None;
    }
    // The output is trimmed, so spaces never run to its end: what follows
    // is a non-space byte, and `.` stops only at `\n`.
    let rest = &after[spaces..];
    let line = rest.split(|&b| b == b'\n').next().unwrap_or_default();
    (!line.is_empty()).then(|| line.to_vec())
}

/// Interpret SKIPIF output exactly as run-tests.php 8.2 does:
///
/// 1. The output is trimmed (PHP `trim`); if it then starts with `nocache`
///    (case-sensitive) it is discarded and the case runs.
/// 2. Starts with `skip` (any case): SKIP; the reason is the rest of that
///    line after any whitespace (which may span lines), or empty.
/// 3. `info` + optional whitespace + text: INFO with the rest of the line.
/// 4. `warn` + whitespace + text: a warning with the rest of the line
///    (see [`SkipifVerdict::Warn`] for what run-tests.php does with it).
/// 5. Starts with `xfail` / `flaky`: the rest, left-trimmed, all lines.
/// 6. Anything else that is not empty (including a bare `info` or `warn`,
///    or `warning: ...`): BORK.
pub fn interpret_skipif(output: &[u8]) -> SkipifVerdict {
    let output = php::trim(output);
    if output.starts_with(b"nocache") || output.is_empty() {
        return SkipifVerdict::Run;
    }
    if php::starts_with_ci(output, b"skip") {
        // The reason run-tests.php shows (its JUnit report drops a "0").
        return SkipifVerdict::Skip(rest_of_line(output, 4, false).unwrap_or_default());
    }
    if php::starts_with_ci(output, b"info") {
        if let Some(text) = rest_of_line(output, 4, false) {
            return SkipifVerdict::Info(text);
        }
    } else if php::starts_with_ci(output, b"warn") {
        if let Some(text) = rest_of_line(output, 4, true) {
            return SkipifVerdict::Warn(text);
        }
    } else if php::starts_with_ci(output, b"xfail") {
        return SkipifVerdict::Xfail(php::ltrim(&output[5..]).to_vec());
    } else if php::starts_with_ci(output, b"flaky") {
        return SkipifVerdict::Flaky(php::ltrim(&output[5..]).to_vec());
    }
    SkipifVerdict::Bork(output.to_vec())
}

/// run-tests.php's BORK reason for a passing case whose CLEAN printed
/// something.
pub const CLEAN_BORK_REASON: &str = "invalid output from CLEAN";

/// Whether CLEAN's output turns a pass into a BORK: any output that PHP
/// deems true (so not empty and not exactly `0`; it is not trimmed).
pub fn clean_output_borks(output: &[u8]) -> bool {
    php::is_truthy(output)
}

#[cfg(test)]
mod tests {
    use super::SkipifVerdict::*;
    use super::*;

    fn v(s: &str) -> SkipifVerdict {
        interpret_skipif(s.as_bytes())
    }

    fn b(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }

    #[test]
    fn run() {
        assert_eq!(v(""), Run);
        assert_eq!(v(" \n\t\0"), Run);
        assert_eq!(v("nocache"), Run);
        assert_eq!(v("  nocache skip this"), Run);
        assert_eq!(v("NOCACHE"), Bork(b("NOCACHE")));
    }

    #[test]
    fn skip() {
        assert_eq!(v("skip"), Skip(b("")));
        assert_eq!(v("skip no gd"), Skip(b("no gd")));
        assert_eq!(v("SKIP: no gd\nmore"), Skip(b(": no gd")));
        assert_eq!(v("Skipped"), Skip(b("ped")));
        assert_eq!(
            v("skip \n\n  reason on line 3\r\nx"),
            Skip(b("reason on line 3\r"))
        );
        assert_eq!(v("\n  skip why  \n"), Skip(b("why")));
        assert_eq!(v("skip 0"), Skip(b("0")));
    }

    #[test]
    fn info_and_warn() {
        assert_eq!(v("info some text\nmore"), Info(b("some text")));
        assert_eq!(v("INFOtext"), Info(b("text")));
        assert_eq!(v("info"), Bork(b("info")));
        assert_eq!(v("warn careful"), Warn(b("careful")));
        assert_eq!(v("WARN\tcareful"), Warn(b("careful")));
        assert_eq!(v("warn"), Bork(b("warn")));
        assert_eq!(v("warning: x"), Bork(b("warning: x")));
    }

    #[test]
    fn xfail_and_flaky() {
        assert_eq!(v("xfail  known bug\nline 2"), Xfail(b("known bug\nline 2")));
        assert_eq!(v("XFAIL"), Xfail(b("")));
        assert_eq!(v("flaky timing"), Flaky(b("timing")));
        assert_eq!(v("Flakyness"), Flaky(b("ness")));
    }

    #[test]
    fn bork() {
        assert_eq!(v("Fatal error: x"), Bork(b("Fatal error: x")));
        assert_eq!(v("  sk ip "), Bork(b("sk ip")));
    }

    #[test]
    fn clean() {
        assert!(!clean_output_borks(b""));
        assert!(!clean_output_borks(b"0"));
        assert!(clean_output_borks(b"\n"));
        assert!(clean_output_borks(b"removed"));
    }
}
