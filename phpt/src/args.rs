//! The ARGS section: command-line arguments for the case's script.
//!
//! run-tests.php appends ` -- ` and the section's raw text to a shell
//! command line, so `/bin/sh` splits it into words. [`split_args`] does that
//! splitting without a shell.

/// Split ARGS text into argv words the way `sh` would: blanks separate
/// words; single quotes keep everything literally; double quotes keep
/// everything except `\` before `$`, `` ` ``, `"`, `\` or a newline;
/// outside quotes `\` takes the next byte literally and `\` + newline is a
/// line continuation; `#` at the start of a word comments out the rest of
/// the line; an unquoted newline ends the command (run-tests.php's own
/// `2>&1` lands after it, on a line of its own).
///
/// Not emulated: variable, command and glob expansion, and operators such
/// as `;`, `|` or `>` (they are kept as literal text). An unclosed quote
/// (a shell syntax error) keeps the rest of the text literally.
pub fn split_args(text: &[u8]) -> Vec<Vec<u8>> {
    let mut words = Vec::new();
    let mut word: Vec<u8> = Vec::new();
    // A word exists once any part of it was seen, even `''`.
    let mut in_word = false;
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        match b {
            b' ' | b'\t' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
                i += 1;
            }
            b'\n' => break,
            b'#' if !in_word => {
                while i < text.len() && text[i] != b'\n' {
                    i += 1;
                }
            }
            b'\\' => {
                match text.get(i + 1) {
                    Some(b'\n') => {}
                    Some(&next) => {
                        word.push(next);
                        in_word = true;
                    }
                    None => {
                        word.push(b'\\');
                        in_word = true;
                    }
                }
                i += 2;
            }
            b'\'' => {
                in_word = true;
                let end = text[i + 1..].iter().position(|&c| c == b'\'');
                match end {
                    Some(n) => {
                        word.extend_from_slice(&text[i + 1..i + 1 + n]);
                        i += n + 2;
                    }
                    None => {
                        word.extend_from_slice(&text[i + 1..]);
                        i = text.len();
                    }
                }
            }
            b'"' => {
                in_word = true;
                i += 1;
                while i < text.len() && text[i] != b'"' {
                    if text[i] == b'\\' {
                        match text.get(i + 1) {
                            Some(b'\n') => {
                                i += 2;
                                continue;
                            }
                            Some(&c @ (b'$' | b'`' | b'"' | b'\\')) => {
                                word.push(c);
                                i += 2;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    word.push(text[i]);
                    i += 1;
                }
                i += 1;
            }
            _ => {
                word.push(b);
                in_word = true;
                i += 1;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<String> {
        split_args(s.as_bytes())
            .into_iter()
            .map(|w| String::from_utf8(w).unwrap())
            .collect()
    }

    #[test]
    fn words() {
        assert_eq!(split("a b\tc\n"), ["a", "b", "c"]);
        assert_eq!(split("  a   b  "), ["a", "b"]);
        assert_eq!(split(""), Vec::<String>::new());
        assert_eq!(split("\n"), Vec::<String>::new());
    }

    #[test]
    fn quotes() {
        assert_eq!(
            split("--arg value --arg=\"value with spaces\" 'single \"q\"' x\"y\"z"),
            [
                "--arg",
                "value",
                "--arg=value with spaces",
                "single \"q\"",
                "xyz"
            ]
        );
        assert_eq!(split("'' \"\" a"), ["", "", "a"]);
        assert_eq!(split(r#""a\"b\\c\$d\e""#), [r#"a"b\c$d\e"#]);
        assert_eq!(split(r"a\ b \'c"), ["a b", "'c"]);
    }

    #[test]
    fn newline_comments_continuations() {
        assert_eq!(split("a b\nc d\n"), ["a", "b"]);
        assert_eq!(split("a \\\nb"), ["a", "b"]);
        assert_eq!(split("a #rest\nb"), ["a"]);
        assert_eq!(split("a#b"), ["a#b"]);
        assert_eq!(split("'a\nb'"), ["a\nb"]);
    }

    #[test]
    fn unclosed_quotes_keep_rest() {
        assert_eq!(split("a 'b c"), ["a", "b c"]);
        assert_eq!(split("a \"b c"), ["a", "b c"]);
        assert_eq!(split("a\\"), ["a\\"]);
    }
}
