//! Conflict keys: cases sharing a key never run at the same time. They come
//! from the case's CONFLICTS section or, without one, from a `CONFLICTS`
//! file in the case's folder.

use std::path::Path;
use std::sync::OnceLock;

use regex::bytes::Regex;

/// The key that keeps a case away from every other case: run-tests.php
/// runs such cases on their own, after the parallel ones.
pub const CONFLICT_ALL: &[u8] = b"all";

/// The CONFLICTS keys of a .phpt file, found as run-tests.php finds them:
/// with `/^--CONFLICTS--(.+?)^--/ms` on the raw file, not from the parsed
/// sections. `None` when that finds nothing (use [`dir_conflicts`] then).
pub fn conflicts_in_file(contents: &[u8]) -> Option<Vec<Vec<u8>>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?ms-u)^--CONFLICTS--(.+?)^--").expect("a fixed, valid pattern")
    });
    let caps = re.captures(contents)?;
    Some(parse_conflicts(caps.get(1)?.as_bytes()))
}

/// run-tests.php's `parse_conflicts()`: `#` comments removed, the text
/// trimmed and split at `\n`, each key trimmed. An empty text gives one
/// empty key, as in run-tests.php.
pub fn parse_conflicts(text: &[u8]) -> Vec<Vec<u8>> {
    let mut stripped = Vec::with_capacity(text.len());
    let mut in_comment = false;
    for &b in text {
        if b == b'\n' {
            in_comment = false;
        } else if b == b'#' {
            in_comment = true;
        }
        if !in_comment {
            stripped.push(b);
        }
    }
    crate::php::trim(&stripped)
        .split(|&b| b == b'\n')
        .map(|key| crate::php::trim(key).to_vec())
        .collect()
}

/// Keys from the `CONFLICTS` file in `dir`; none if there is no such file.
pub fn dir_conflicts(dir: &Path) -> Vec<Vec<u8>> {
    match std::fs::read(dir.join("CONFLICTS")) {
        Ok(text) => parse_conflicts(&text),
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_file_text() {
        let file = b"--TEST--\nt\n--CONFLICTS--\nserver # why\n  db\n--FILE--\n";
        assert_eq!(
            conflicts_in_file(file),
            Some(vec![b"server".to_vec(), b"db".to_vec()])
        );
        assert_eq!(conflicts_in_file(b"--TEST--\nt\n--FILE--\n"), None);
        // An empty section still yields one (empty) key.
        assert_eq!(
            conflicts_in_file(b"--TEST--\n--CONFLICTS--\n--FILE--\n"),
            Some(vec![Vec::new()])
        );
        // Text on the header line counts, as the pattern starts right after it.
        assert_eq!(
            conflicts_in_file(b"--CONFLICTS-- all\n--FILE--\n"),
            Some(vec![b"all".to_vec()])
        );
        // Nothing ends the section: no match.
        assert_eq!(conflicts_in_file(b"--TEST--\n--CONFLICTS--\nx\n"), None);
    }

    #[test]
    fn parse() {
        assert_eq!(
            parse_conflicts(b"a#c\n\n b \n"),
            vec![b"a".to_vec(), b"".to_vec(), b"b".to_vec()]
        );
        assert_eq!(parse_conflicts(b""), vec![Vec::<u8>::new()]);
    }

    #[test]
    fn dir_file() {
        let dir = std::env::temp_dir().join(format!("phpt-conflicts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(dir_conflicts(&dir).is_empty());
        std::fs::write(dir.join("CONFLICTS"), "all\n").unwrap();
        assert_eq!(dir_conflicts(&dir), vec![b"all".to_vec()]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
