//! The value a malformed case turns into: run-tests.php's BORK verdict,
//! with the place in the file that caused it.

use std::fmt;
use std::path::PathBuf;

/// A case that cannot be run because the .phpt file itself is malformed.
///
/// Displays as `path:line: reason`, e.g.
/// `tests/foo.phpt:7: Unknown section "FOO"`. The reason uses
/// run-tests.php's wording wherever it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bork {
    /// The .phpt file, as the caller named it.
    pub file: PathBuf,
    /// 1-based line of the offending header or text; 1 when the problem is
    /// about the file as a whole (e.g. a missing section).
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl Bork {
    pub(crate) fn new(file: impl Into<PathBuf>, line: usize, reason: impl Into<String>) -> Bork {
        Bork {
            file: file.into(),
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Bork {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.reason)
    }
}

impl std::error::Error for Bork {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_file_line_reason() {
        let b = Bork::new("tests/foo.phpt", 7, "Unknown section \"FOO\"");
        assert_eq!(b.to_string(), "tests/foo.phpt:7: Unknown section \"FOO\"");
    }
}
