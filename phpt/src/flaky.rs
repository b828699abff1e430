//! Which failures run-tests.php retries once: flaky cases, and outputs that
//! look like a transient error.

use std::sync::OnceLock;

use regex::bytes::Regex;

/// Whether the case is flaky by run-tests.php's `is_flaky()` rules, given
/// its sections: it has a FLAKY section, its SKIPIF mentions
/// `SKIP_PERF_SENSITIVE`, or its FILE calls a timing function
/// (`disk_free_space`, `hrtime`, `microtime`, `sleep`, `usleep`).
pub fn is_flaky(has_flaky: bool, skipif: Option<&[u8]>, file: Option<&[u8]>) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    if has_flaky {
        return true;
    }
    if skipif.is_some_and(|s| crate::php::find(s, b"SKIP_PERF_SENSITIVE", 0).is_some()) {
        return true;
    }
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i-u)\b(disk_free_space|hrtime|microtime|sleep|usleep)\(")
            .expect("a fixed, valid pattern")
    });
    file.is_some_and(|f| re.is_match(f))
}

/// run-tests.php's `is_flaky_output()`: the output mentions a transient
/// error (`404: page not found`, `address already in use`, `connection
/// refused`, `deadlock`, `mailbox already exists`, `timed out`).
pub fn is_flaky_output(output: &[u8]) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?i-u)\b(404: page not found|address already in use|connection refused|deadlock|mailbox already exists|timed out)\b",
        )
        .expect("a fixed, valid pattern")
    });
    re.is_match(output)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flaky_case() {
        assert!(is_flaky(true, None, None));
        assert!(is_flaky(false, Some(b"<?php SKIP_PERF_SENSITIVE"), None));
        assert!(is_flaky(false, None, Some(b"<?php usleep(10);")));
        assert!(is_flaky(false, None, Some(b"<?php $t = HRTIME(true);")));
        assert!(!is_flaky(
            false,
            None,
            Some(b"<?php my_sleep(1); sleep (1);")
        ));
        assert!(!is_flaky(false, Some(b"skip"), Some(b"<?php echo 1;")));
    }

    #[test]
    fn flaky_output() {
        assert!(is_flaky_output(b"Warning: Connection refused in x"));
        assert!(is_flaky_output(b"operation TIMED OUT"));
        assert!(!is_flaky_output(b"timed outside"));
        assert!(!is_flaky_output(b"all fine"));
    }
}
