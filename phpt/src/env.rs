//! The ENV section: environment variables added for the case's run.

use crate::php;
use crate::subst;

/// The ENV section's variables, as run-tests.php reads them: nothing if the
/// section is empty (or `0`); else `{PWD}` replaced, split at `\n`, each
/// line trimmed and split at its first `=`. Lines without `=`, or with an
/// empty (or `0`) name, are skipped. Values are kept as written (after the
/// line trim), so `A= b` gives ` b`.
pub fn parse_env(text: &[u8], pwd: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
    if !php::is_truthy(text) {
        return Vec::new();
    }
    let text = subst::substitute_pwd(text, pwd);
    text.split(|&b| b == b'\n')
        .filter_map(|line| {
            let line = php::trim(line);
            let eq = line.iter().position(|&b| b == b'=')?;
            let (name, value) = (&line[..eq], &line[eq + 1..]);
            php::is_truthy(name).then(|| (name.to_vec(), value.to_vec()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_lines() {
        let got = parse_env(
            b"A=1\r\n  B = x y \nnoeq\n=v\n0=zero\nC={PWD}/d\nD=\nE=a=b",
            b"/p",
        );
        let want: Vec<(Vec<u8>, Vec<u8>)> = vec![
            (b"A".to_vec(), b"1".to_vec()),
            (b"B ".to_vec(), b" x y".to_vec()),
            (b"C".to_vec(), b"/p/d".to_vec()),
            (b"D".to_vec(), b"".to_vec()),
            (b"E".to_vec(), b"a=b".to_vec()),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn empty_env() {
        assert!(parse_env(b"", b"/p").is_empty());
        assert!(parse_env(b"0", b"/p").is_empty());
        assert!(parse_env(b"\n\n", b"/p").is_empty());
    }
}
