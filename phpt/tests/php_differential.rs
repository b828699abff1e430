//! Differential test against the real thing: php 8.2's `preg_match` on the
//! pattern run-tests.php would build, versus our `Matcher`, for handwritten
//! and pseudo-random EXPECTF/EXPECTREGEX texts. Skipped (with a note) when
//! no `php` binary is available; set `PHPT_PHP` to choose one.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use phpt::{ExpectKind, Matcher};

fn php_binary() -> Option<PathBuf> {
    let candidate = std::env::var_os("PHPT_PHP")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/php"));
    candidate.exists().then_some(candidate)
}

/// Reads length-prefixed (pattern, subject) pairs on stdin and prints one
/// result byte per pair: 1 match, 0 no match, E preg_match failed.
const HARNESS: &str = r#"
$in = stream_get_contents(STDIN);
$pos = 0;
$out = '';
while ($pos < strlen($in)) {
    $n = unpack('N', $in, $pos)[1]; $pos += 4;
    $re = substr($in, $pos, $n); $pos += $n;
    $n = unpack('N', $in, $pos)[1]; $pos += 4;
    $subject = substr($in, $pos, $n); $pos += $n;
    $r = @preg_match('/^' . $re . '$/s', $subject);
    $out .= $r === false ? 'E' : (string) $r;
}
echo $out;
"#;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a>(&mut self, items: &[&'a [u8]]) -> &'a [u8] {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PATTERN_PIECES: &[&[u8]] = &[
    b"a",
    b"b",
    b"1",
    b".",
    b"-",
    b" ",
    b"\n",
    b"/",
    b"\\",
    b"$",
    b"^",
    b"%",
    b"%%",
    b"%d",
    b"%i",
    b"%s",
    b"%S",
    b"%a",
    b"%A",
    b"%w",
    b"%x",
    b"%f",
    b"%c",
    b"%e",
    b"%0",
    b"%r",
    b"(",
    b")",
    b"|",
    b"*",
    b"+",
    b"?",
    b"{2}",
    b"{1,}",
    b"{,2}",
    b"{",
    b"}",
    b"[",
    b"]",
    b"[a-c]",
    b"[^a]",
    b"[[:digit:]]",
    b"\\d",
    b"\\s",
    b"\\w",
    b"\\b",
    b"\\h",
    b"\\v",
    b"\\R",
    b"\\N",
    b"\\Q.\\E",
    b"\\x41",
    b"\\101",
    b"\\0",
    b"\\1",
    b"(?i)",
    b"(?:",
    b"(?=a)",
    b"(?!b)",
    b"(?<=a)",
    b"(?>a)",
    b"a*+",
    b"#",
    b"\xe9",
    b"\\.",
    b"\\/",
    b"\\z",
    b"\\Z",
    b"\\A",
    b"\\G",
    b"(?x)",
    b"(?#c)",
    b"(?=a)*",
    b"(?<n>",
    b"\\k<n>",
    b"[\\d-]",
    b"[a\\-z]",
    b"[\\Qa-\\E]",
    b"[[:alpha:]-z]",
    b"\\x{e9}",
    b"\\o{101}",
    b"\\cA",
    b"(?i:",
    b"(?-i)",
    b"(?^)",
    b"{0}",
    b"{0,1}",
    b"[^\\n]",
    b"\\12",
    b"\\g1",
    b"\\g{-1}",
    b"[\\h]",
    b"[\\V]",
    b"[\\b]",
    b"[\\0]",
    b"\\e",
    b"(?U)",
];

const SUBJECT_PIECES: &[&[u8]] = &[
    b"a", b"b", b"A", b"1", b"12", b"-3", b"1.5", b".5", b"1e5", b" ", b"\t", b"\n", b"/", b"\\",
    b"%", b".", b"$", b"\0", b"\xe9", b"\r", b"ab", b"x", b"\x0b",
];

/// Handwritten (kind, text, subject) rows around known corners.
fn handwritten() -> Vec<(ExpectKind, Vec<u8>, Vec<u8>)> {
    use ExpectKind::{Expectf as F, Expectregex as R};
    let rows: &[(ExpectKind, &[u8], &[u8])] = &[
        (F, b"%f.5", b".5"),
        (F, b"%f.5", b"-.5"),
        (F, b"%f%s", b".5x"),
        (F, b"%f", b""),
        (F, b"%f", b"1."),
        (F, b"%f", b"-1.5e-10"),
        (F, b"a%rb|c%rd", b"acd"),
        (F, b"a%rb|c%rd", b"abd"),
        (F, b"%r(a)%r\\1", b"aa"),
        (F, b"%r%d%r", b"12"),
        (F, b"%r[%s]%r", b"x"),
        (F, b"%%s", b"%x"),
        (F, b"%e", b"/"),
        (F, b"%0", b"\0"),
        (F, b"100%", b"100%"),
        (F, b"[%d]", b"[3]"),
        (F, b"a\\", b"a\\"),
        (R, b"a\\", b"a$"),
        (R, b"a\\", b"a$xyz"),
        (R, b"a/b", b"a/b"),
        (R, b"a\\/b", b"a/b"),
        (R, b"[/]", b"/"),
        (R, b"a{,2}", b"a{,2}"),
        (R, b"a{2,1}", b"aa"),
        (R, b"[\\d-z]", b"-"),
        (R, b"[a-]", b"-"),
        (R, b"[]a]", b"]"),
        (R, b"[^]a]", b"b"),
        (R, b"\\h\\v", b" \n"),
        (R, b"\\h", b"\xa0"),
        (R, b"\\R", b"\r\n"),
        (R, b"\\s", b"\x0b"),
        (R, b"\\w", b"\xe9"),
        (R, b"(?i)\xe9", b"\xc9"),
        (R, b"(?i)[a-c]", b"B"),
        (R, b"[[:alpha:]]+", b"ab"),
        (R, b"[[:^digit:]]", b"a"),
        (R, b"\\x{41}\\o{102}", b"AB"),
        (R, b"\\cA", b"\x01"),
        (R, b"\\12", b"\n"),
        (R, b"(a)\\12", b"a\n"),
        (
            R,
            b"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)\\12",
            b"abcdefghijkll",
        ),
        (R, b"\\Q.*\\E", b".*"),
        (R, b"[\\Q]\\E]", b"]"),
        (R, b"(?x) a b # comment", b"ab"),
        (R, b"(?x) [ ] ", b" "),
        (R, b"a(?#x)+", b"aa"),
        (R, b"(?<n>a)\\k<n>", b"aa"),
        (R, b"(a)\\g{-1}", b"aa"),
        (R, b"(?|(a)|(b))", b"a"),
        (R, b"a\\Kb", b"ab"),
        (R, b"\\Aab\\z", b"ab"),
        (R, b"ab\\Z", b"ab"),
        (R, b"(?m)a$\nb", b"a\nb"),
        (R, b"(?s-s).", b"\n"),
        (R, b"\\N", b"\n"),
        (R, b"a++a", b"aa"),
        (R, b"(?>a+)a", b"aa"),
        (R, b"\\i", b"i"),
        (R, b"\\_", b"_"),
        (R, b"x{3}", b"xxx"),
        (R, b"}", b"}"),
        (R, b"]", b"]"),
        (R, b"a{1,3}?", b"aa"),
        (R, b"\\p{L}", b"a"),
        (R, b"(?U)a+", b"aa"),
        (R, b"[\\w-]", b"-"),
        (R, b"[--0]", b"/"),
        (R, b"\\0", b"\0"),
        (R, b"\\x", b"\0"),
        (R, b"\\e", b"\x1b"),
        (R, b"[\\b]", b"\x08"),
        (R, b"\\8", b"8"),
        (R, b"[\\g]", b"g"),
        (R, b"[\\g1\\Q.\\E[^a][\\V]", b".$"),
    ];
    rows.iter()
        .map(|(k, t, s)| (*k, t.to_vec(), s.to_vec()))
        .collect()
}

fn random_rows(count: usize, seed: u64) -> Vec<(ExpectKind, Vec<u8>, Vec<u8>)> {
    let mut rng = Rng(seed | 1);
    let mut rows = Vec::with_capacity(count);
    for i in 0..count {
        let kind = if i % 2 == 0 {
            ExpectKind::Expectf
        } else {
            ExpectKind::Expectregex
        };
        let mut text = Vec::new();
        for _ in 0..(1 + rng.next() % 6) {
            text.extend_from_slice(rng.pick(PATTERN_PIECES));
        }
        let mut subject = Vec::new();
        for _ in 0..(rng.next() % 6) {
            subject.extend_from_slice(rng.pick(SUBJECT_PIECES));
        }
        rows.push((kind, text, subject));
    }
    rows
}

#[test]
fn matches_like_php_preg_match() {
    let Some(php) = php_binary() else {
        eprintln!("php_differential: no php binary, skipped");
        return;
    };
    let mut rows = handwritten();
    // PHPT_DIFF_ROWS / PHPT_DIFF_SEED allow deeper runs by hand.
    let env_number = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let count = env_number("PHPT_DIFF_ROWS", 4000) as usize;
    rows.extend(random_rows(
        count,
        env_number("PHPT_DIFF_SEED", 0x9E37_79B9_7F4A_7C15),
    ));

    // Build our side first; rows we cannot emulate are left out.
    let mut input = Vec::new();
    let mut ours = Vec::new();
    let mut unsupported = 0;
    for (kind, text, subject) in &rows {
        let Ok(m) = Matcher::from_text(*kind, text) else {
            unsupported += 1;
            continue;
        };
        // Outputs reach the matcher normalised, so compare on those.
        let subject = phpt::normalise(subject);
        let pattern = m.pattern().unwrap();
        input.extend_from_slice(&(pattern.len() as u32).to_be_bytes());
        input.extend_from_slice(pattern);
        input.extend_from_slice(&(subject.len() as u32).to_be_bytes());
        input.extend_from_slice(&subject);
        ours.push((m.matches_normalised(&subject), kind, text.clone(), subject));
    }

    let mut child = Command::new(php)
        .args(["-n", "-r", HARNESS])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start php");
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.stdout.len(),
        ours.len(),
        "php harness output: {}",
        String::from_utf8_lossy(&out.stdout)
    );

    let mut mismatches = Vec::new();
    for (theirs, (mine, kind, text, subject)) in out.stdout.iter().zip(&ours) {
        let php_matched = *theirs == b'1';
        if php_matched != *mine {
            mismatches.push(format!(
                "{kind:?} {:?} on {:?}: php {} ours {}",
                String::from_utf8_lossy(text),
                String::from_utf8_lossy(subject),
                *theirs as char,
                mine
            ));
        }
    }
    eprintln!(
        "php_differential: {} rows compared, {unsupported} unsupported",
        ours.len()
    );
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}
