//! Byte-string helpers that behave like the PHP built-ins run-tests.php
//! applies to section texts and outputs (`trim`, `empty`, `str_replace`,
//! `preg_quote`, ...). Keeping them in one place makes the places where
//! PHP semantics matter easy to audit.

/// The characters PHP's `trim()` strips by default: space, tab, LF, CR,
/// NUL and vertical tab. Note: not form feed.
pub const TRIM_CHARS: &[u8] = b" \t\n\r\0\x0B";

fn is_trim_char(b: u8) -> bool {
    TRIM_CHARS.contains(&b)
}

/// PHP `trim()`.
pub fn trim(s: &[u8]) -> &[u8] {
    rtrim(ltrim(s))
}

/// PHP `ltrim()`.
pub fn ltrim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&b| !is_trim_char(b)).unwrap_or(s.len());
    &s[start..]
}

/// PHP `rtrim()`.
pub fn rtrim(s: &[u8]) -> &[u8] {
    let end = s
        .iter()
        .rposition(|&b| !is_trim_char(b))
        .map_or(0, |i| i + 1);
    &s[..end]
}

/// PHP truthiness of a string: `""` and `"0"` are false. run-tests.php's
/// `sectionNotEmpty()` and its duplicate-section check use it, so a section
/// whose whole text is `0` counts as empty.
pub fn is_truthy(s: &[u8]) -> bool {
    !(s.is_empty() || s == b"0")
}

/// Position of `needle` in `hay` at or after `from` (PHP `strpos`).
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || from > hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// PHP `str_replace()` with one search string.
pub fn replace(hay: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    if needle.is_empty() {
        return hay.to_vec();
    }
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while let Some(at) = find(hay, needle, i) {
        out.extend_from_slice(&hay[i..at]);
        out.extend_from_slice(with);
        i = at + needle.len();
    }
    out.extend_from_slice(&hay[i..]);
    out
}

/// `preg_replace('/\r\n/', "\n", $s)`: one left-to-right pass, so `\r\r\n`
/// becomes `\r\n`, exactly as PHP does.
pub fn crlf_to_lf(s: &[u8]) -> Vec<u8> {
    replace(s, b"\r\n", b"\n")
}

/// `preg_split("/[\n\r]+/", $s)`: split on runs of CR/LF. An empty input
/// yields one empty piece, as in PHP.
pub fn split_newline_runs(s: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'\n' || s[i] == b'\r' {
            out.push(&s[start..i]);
            while i < s.len() && (s[i] == b'\n' || s[i] == b'\r') {
                i += 1;
            }
            start = i;
        } else {
            i += 1;
        }
    }
    out.push(&s[start..]);
    out
}

/// ASCII case-insensitive prefix test (PHP `strncasecmp($p, $s, strlen($p)) == 0`).
pub fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// PHP `preg_quote($s, $delimiter)` (8.x): a backslash before every PCRE
/// meta character and the delimiter, and NUL written as `\000`.
pub fn preg_quote(s: &[u8], delimiter: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 2);
    for &b in s {
        match b {
            b'.' | b'\\' | b'+' | b'*' | b'?' | b'[' | b'^' | b']' | b'$' | b'(' | b')' | b'{'
            | b'}' | b'=' | b'!' | b'<' | b'>' | b'|' | b':' | b'-' | b'#' => {
                out.push(b'\\');
                out.push(b);
            }
            0 => out.extend_from_slice(b"\\000"),
            _ if b == delimiter => {
                out.push(b'\\');
                out.push(b);
            }
            _ => out.push(b),
        }
    }
    out
}

/// PHP `dirname()` of a path given as text: `"."` for a bare file name.
pub fn dirname(path: &std::path::Path) -> std::path::PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        Some(_) => std::path::PathBuf::from("."),
        None => path.to_path_buf(),
    }
}

/// A path as bytes, for substitution into section texts.
pub fn path_bytes(path: &std::path::Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_like_php() {
        assert_eq!(trim(b" \t\n\r\0\x0Bx y\x0B\0 "), b"x y");
        // Form feed is not in PHP's default trim set.
        assert_eq!(trim(b"\x0Cx\x0C"), b"\x0Cx\x0C");
        assert_eq!(trim(b"   "), b"");
        assert_eq!(ltrim(b"  a "), b"a ");
        assert_eq!(rtrim(b"  a "), b"  a");
    }

    #[test]
    fn truthiness() {
        assert!(!is_truthy(b""));
        assert!(!is_truthy(b"0"));
        assert!(is_truthy(b"0\n"));
        assert!(is_truthy(b"00"));
        assert!(is_truthy(b" "));
    }

    #[test]
    fn crlf_is_one_pass() {
        assert_eq!(crlf_to_lf(b"a\r\nb\r\r\nc\n\r"), b"a\nb\r\nc\n\r");
    }

    #[test]
    fn splits_on_newline_runs() {
        assert_eq!(split_newline_runs(b""), vec![&b""[..]]);
        assert_eq!(
            split_newline_runs(b"a\r\n\nb\rc"),
            vec![&b"a"[..], b"b", b"c"]
        );
        assert_eq!(split_newline_runs(b"a\n"), vec![&b"a"[..], b""]);
    }

    #[test]
    fn quotes_like_preg_quote() {
        assert_eq!(preg_quote(b"a\0b.#/-:", b'/'), b"a\\000b\\.\\#\\/\\-\\:");
        assert_eq!(preg_quote(b"%s", b'/'), b"%s");
    }

    #[test]
    fn replaces_and_finds() {
        assert_eq!(replace(b"{PWD}/x/{PWD}", b"{PWD}", b"/d"), b"/d/x//d");
        assert_eq!(find(b"abcabc", b"bc", 2), Some(4));
        assert_eq!(find(b"abc", b"", 0), None);
        assert_eq!(find(b"abc", b"c", 9), None);
    }

    #[test]
    fn dirname_of_bare_name_is_dot() {
        use std::path::Path;
        assert_eq!(dirname(Path::new("x.phpt")), Path::new("."));
        assert_eq!(dirname(Path::new("a/b/x.phpt")), Path::new("a/b"));
    }
}
