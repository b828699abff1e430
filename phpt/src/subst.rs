//! The placeholders run-tests.php replaces in INI and ENV sections:
//! `{PWD}` (the case's folder), `{TMP}` (the temporary folder) and
//! `{MAIL:file}` (a sendmail stand-in that writes the mail to `file`).

use crate::php;

/// Replace every `{PWD}` with `pwd` (run-tests.php passes `dirname()` of
/// the case's path as it was named, not a canonical path).
pub fn substitute_pwd(text: &[u8], pwd: &[u8]) -> Vec<u8> {
    php::replace(text, b"{PWD}", pwd)
}

/// Replace every `{TMP}` with `tmp` (run-tests.php uses `sys_get_temp_dir()`,
/// see [`default_tmp_dir`]).
pub fn substitute_tmp(text: &[u8], tmp: &[u8]) -> Vec<u8> {
    php::replace(text, b"{TMP}", tmp)
}

/// PCRE `\s` without the `u` flag.
fn is_pcre_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// `preg_replace('/{MAIL:(\S+)}/', 'tee $1 >/dev/null', $text)`: INI
/// sections use it for `sendmail_path`. The greedy `\S+` runs to the last
/// `}` before the next whitespace, as PCRE's backtracking would.
pub fn substitute_mail(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while let Some(at) = php::find(text, b"{MAIL:", i) {
        let start = at + 6;
        let run_end = text[start..]
            .iter()
            .position(|&b| is_pcre_space(b))
            .map_or(text.len(), |n| start + n);
        // The closing brace must leave at least one byte for `\S+`.
        let close = text[start..run_end]
            .iter()
            .rposition(|&b| b == b'}')
            .map(|n| start + n)
            .filter(|&c| c > start);
        match close {
            Some(close) => {
                out.extend_from_slice(&text[i..at]);
                out.extend_from_slice(b"tee ");
                out.extend_from_slice(&text[start..close]);
                out.extend_from_slice(b" >/dev/null");
                i = close + 1;
            }
            None => {
                out.extend_from_slice(&text[i..start]);
                i = start;
            }
        }
    }
    out.extend_from_slice(&text[i..]);
    out
}

/// PHP's `sys_get_temp_dir()` without an INI override: `$TMPDIR` less one
/// trailing slash when it is set and non-empty, else `/tmp`.
pub fn default_tmp_dir() -> Vec<u8> {
    use std::os::unix::ffi::OsStringExt;
    match std::env::var_os("TMPDIR").map(|v| v.into_vec()) {
        Some(mut dir) if !dir.is_empty() => {
            if dir.len() > 1 && dir.ends_with(b"/") {
                dir.pop();
            }
            dir
        }
        _ => b"/tmp".to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pwd_and_tmp() {
        assert_eq!(
            substitute_pwd(b"include_path={PWD}:{PWD}/lib", b"/t"),
            b"include_path=/t:/t/lib"
        );
        assert_eq!(
            substitute_tmp(b"x={TMP}/y {tmp}", b"/tmp"),
            b"x=/tmp/y {tmp}"
        );
        assert_eq!(
            substitute_pwd(b"no placeholders", b"/t"),
            b"no placeholders"
        );
    }

    #[test]
    fn mail() {
        assert_eq!(
            substitute_mail(b"sendmail_path={MAIL:{PWD}/m.eml}\n"),
            b"sendmail_path=tee {PWD}/m.eml >/dev/null\n"
        );
        assert_eq!(substitute_mail(b"{MAIL:a}b} c"), b"tee a}b >/dev/null c");
        assert_eq!(substitute_mail(b"{MAIL:} {MAIL:x"), b"{MAIL:} {MAIL:x");
        assert_eq!(substitute_mail(b"{MAIL:}x}"), b"tee }x >/dev/null");
    }

    #[test]
    fn tmp_dir_is_absolute() {
        assert!(default_tmp_dir().starts_with(b"/"));
    }
}
