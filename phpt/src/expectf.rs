//! run-tests.php's translation of an EXPECTF text into a PCRE pattern:
//! `%r...%r` parts are kept as raw regex groups, everything else is
//! `preg_quote`d, and then the `%` placeholders are replaced everywhere,
//! inside the raw parts too (run-tests.php applies `strtr` to the whole
//! pattern).

use crate::php;

/// `%f`: run-tests.php's float pattern. Its lookahead is why the matcher
/// cannot always use the `regex` crate alone (see `pattern`).
pub const FLOAT_PCRE: &[u8] = br"[+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?";

/// The PCRE text of placeholder `%c`, for each `c` run-tests.php 8.2 knows.
/// `%%` is not one of them: it stays two literal percent signs.
pub fn placeholder(c: u8) -> Option<&'static [u8]> {
    Some(match c {
        // preg_quote(DIRECTORY_SEPARATOR, '/')
        b'e' => br"\/",
        b's' => br"[^\r\n]+",
        b'S' => br"[^\r\n]*",
        b'a' => b".+",
        b'A' => b".*",
        b'w' => br"\s*",
        b'i' => br"[+-]?\d+",
        b'd' => br"\d+",
        b'x' => b"[0-9a-fA-F]+",
        b'f' => FLOAT_PCRE,
        b'c' => b".",
        b'0' => br"\x00",
        _ => return None,
    })
}

/// `strtr($s, $placeholders)`: one left-to-right pass, so replaced text is
/// never looked at again.
fn replace_placeholders(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + s.len() / 2);
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'%' {
            if let Some(rep) = s.get(i + 1).and_then(|&c| placeholder(c)) {
                out.extend_from_slice(rep);
                i += 2;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

/// The PCRE pattern (without delimiters and anchors) run-tests.php builds
/// from an EXPECTF text that is already trimmed and CRLF-normalised.
///
/// `%r` pairs are taken left to right; an unpaired `%r` is literal text.
pub fn expectf_to_pcre(wanted: &[u8]) -> Vec<u8> {
    let len = wanted.len();
    let mut temp = Vec::with_capacity(len * 2);
    let mut offset = 0;
    while offset < len {
        let (start, end) = match php::find(wanted, b"%r", offset) {
            Some(start) => match php::find(wanted, b"%r", start + 2) {
                Some(end) => (start, end),
                None => (len, len),
            },
            None => (len, len),
        };
        temp.extend_from_slice(&php::preg_quote(&wanted[offset..start], b'/'));
        if end > start {
            temp.push(b'(');
            temp.extend_from_slice(&wanted[start + 2..end]);
            temp.push(b')');
        }
        offset = end + 2;
    }
    replace_placeholders(&temp)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> String {
        String::from_utf8(expectf_to_pcre(s.as_bytes())).unwrap()
    }

    #[test]
    fn literal_text_is_quoted() {
        assert_eq!(
            t("a.b (c) [d] {e} $f ^g | h? i* j+ k\\ #:-=!<>/"),
            r"a\.b \(c\) \[d\] \{e\} \$f \^g \| h\? i\* j\+ k\\ \#\:\-\=\!\<\>\/"
        );
        assert_eq!(t("nul\0"), r"nul\000");
    }

    #[test]
    fn every_placeholder() {
        assert_eq!(t("%e"), r"\/");
        assert_eq!(t("%s"), r"[^\r\n]+");
        assert_eq!(t("%S"), r"[^\r\n]*");
        assert_eq!(t("%a"), ".+");
        assert_eq!(t("%A"), ".*");
        assert_eq!(t("%w"), r"\s*");
        assert_eq!(t("%i"), r"[+-]?\d+");
        assert_eq!(t("%d"), r"\d+");
        assert_eq!(t("%x"), "[0-9a-fA-F]+");
        assert_eq!(t("%f"), r"[+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?");
        assert_eq!(t("%c"), ".");
        assert_eq!(t("%0"), r"\x00");
    }

    #[test]
    fn percent_that_is_not_a_placeholder() {
        assert_eq!(t("%%"), "%%");
        assert_eq!(t("100%"), "100%");
        assert_eq!(t("%z %."), r"%z %\.");
        // No escape for a literal %s: "%%s" is a percent and a %s.
        assert_eq!(t("%%s"), r"%[^\r\n]+");
    }

    #[test]
    fn raw_regex_parts() {
        assert_eq!(t("a%r[0-9]+%rb"), "a([0-9]+)b");
        assert_eq!(t("%r.*%r.%r\\d%r"), r"(.*)\.(\d)");
        // Placeholders are replaced inside raw parts too.
        assert_eq!(t("%r%d|x%r"), r"(\d+|x)");
        // An unpaired %r is literal.
        assert_eq!(t("a%rb"), "a%rb");
        assert_eq!(t("%r(a)%r %r."), r"((a)) %r\.");
        assert_eq!(t("%r%r"), "()");
    }
}
