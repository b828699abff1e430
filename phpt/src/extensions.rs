//! The EXTENSIONS section: extensions a case needs, and the SKIP reason
//! run-tests.php gives when some are missing.

use crate::php;

/// `preg_split("/[\n\r]+/", trim($text))`: one name per line. Names are not
/// trimmed further, and an empty section yields one empty name, exactly as
/// run-tests.php sees them (it then reports that empty name as missing).
pub fn parse_extensions(text: &[u8]) -> Vec<Vec<u8>> {
    php::split_newline_runs(php::trim(text))
        .into_iter()
        .map(<[u8]>::to_vec)
        .collect()
}

/// Whether `name` is among `loaded` (run-tests.php lower-cases the loaded
/// list, and `Zend OPcache` also counts as `opcache`).
pub fn is_loaded(name: &[u8], loaded: &[&[u8]]) -> bool {
    let want = name.to_ascii_lowercase();
    loaded.iter().any(|l| {
        let l = l.to_ascii_lowercase();
        l == want || (want == b"opcache" && l == b"zend opcache")
    })
}

/// run-tests.php's SKIP reason: `Required extension missing: a` or
/// `Required extensions missing: a, b`.
pub fn missing_extensions_reason<S: AsRef<[u8]>>(missing: &[S]) -> String {
    let names: Vec<String> = missing
        .iter()
        .map(|m| String::from_utf8_lossy(m.as_ref()).into_owned())
        .collect();
    let plural = if names.len() > 1 { "s" } else { "" };
    format!("Required extension{plural} missing: {}", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lines() {
        assert_eq!(
            parse_extensions(b"\na\n json\r\n\nmbstring \n"),
            vec![b"a".to_vec(), b" json".to_vec(), b"mbstring".to_vec()]
        );
        assert_eq!(parse_extensions(b"  \n"), vec![Vec::<u8>::new()]);
    }

    #[test]
    fn loaded_check() {
        let loaded: [&[u8]; 2] = [b"Core", b"Zend OPcache"];
        assert!(is_loaded(b"core", &loaded));
        assert!(is_loaded(b"opcache", &loaded));
        assert!(!is_loaded(b"json", &loaded));
    }

    #[test]
    fn reasons() {
        assert_eq!(
            missing_extensions_reason(&["gd"]),
            "Required extension missing: gd"
        );
        assert_eq!(
            missing_extensions_reason(&["gd", "intl"]),
            "Required extensions missing: gd, intl"
        );
    }
}
