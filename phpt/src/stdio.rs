//! The CAPTURE_STDIO section: which standard streams the run connects.

/// Which streams run-tests.php captures. Without a CAPTURE_STDIO section all
/// three are; with one, a stream is captured when its name (`STDIN`,
/// `STDOUT`, `STDERR`) occurs anywhere in the text, in any case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaptureStdio {
    /// Standard input is a pipe fed with STDIN's text (else inherited).
    pub stdin: bool,
    /// Standard output is read as the case's output.
    pub stdout: bool,
    /// Standard error is read as the case's output.
    pub stderr: bool,
}

impl Default for CaptureStdio {
    fn default() -> CaptureStdio {
        CaptureStdio {
            stdin: true,
            stdout: true,
            stderr: true,
        }
    }
}

impl CaptureStdio {
    /// From the CAPTURE_STDIO section's text, or the default without one.
    pub fn from_section(text: Option<&[u8]>) -> CaptureStdio {
        let Some(text) = text else {
            return CaptureStdio::default();
        };
        let has = |word: &[u8]| {
            text.windows(word.len())
                .any(|w| w.eq_ignore_ascii_case(word))
        };
        CaptureStdio {
            stdin: has(b"STDIN"),
            stdout: has(b"STDOUT"),
            stderr: has(b"STDERR"),
        }
    }

    /// Whether stderr goes into the same stream as stdout (`2>&1`).
    /// With only one of them captured, run-tests.php reads stdout if it is
    /// captured, else stderr.
    pub fn merges_stderr(&self) -> bool {
        self.stdout && self.stderr
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capture() {
        assert_eq!(CaptureStdio::from_section(None), CaptureStdio::default());
        let c = CaptureStdio::from_section(Some(b"stdin\nSTDERR\n"));
        assert_eq!(
            c,
            CaptureStdio {
                stdin: true,
                stdout: false,
                stderr: true
            }
        );
        assert!(!c.merges_stderr());
        let c = CaptureStdio::from_section(Some(b""));
        assert!(!c.stdin && !c.stdout && !c.stderr);
        assert!(CaptureStdio::default().merges_stderr());
    }
}
