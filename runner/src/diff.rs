//! Diffs for people: expected against actual, line-numbered on both sides,
//! with word-level highlights (colour on a terminal, `^` marks otherwise).
//! For EXPECTF/EXPECTREGEX a line that matches its pattern line counts as
//! equal. Bytes that are not printable UTF-8 are shown escaped (`\xff`).
//! Huge outputs are diffed around their first difference only.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use similar::algorithms::{myers, Capture, Replace};
use similar::{DiffOp, DiffTag};

/// How to draw a diff.
#[derive(Clone, Copy, Debug)]
pub struct DiffStyle {
    /// ANSI colours.
    pub color: bool,
    /// Unchanged lines around each change.
    pub context: usize,
    /// Diff lines to show at most.
    pub max_lines: usize,
}

impl Default for DiffStyle {
    fn default() -> DiffStyle {
        DiffStyle {
            color: false,
            context: 3,
            max_lines: 400,
        }
    }
}

/// Texts with more lines than this are diffed in a window around their
/// first difference.
const FULL_DIFF_LINES: usize = 20_000;
/// The window's size, in lines per side.
const WINDOW_LINES: usize = 2_000;
/// Longer lines are cut when shown.
const MAX_SHOWN_BYTES: usize = 1_000;
/// Time the line diff may take before similar approximates.
const DIFF_DEADLINE: Duration = Duration::from_secs(2);

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const CYAN: &str = "\x1b[36m";
const DIM: &str = "\x1b[2m";
const EMPHASIS_ON: &str = "\x1b[1;7m";
const EMPHASIS_OFF: &str = "\x1b[22;27m";
const RESET: &str = "\x1b[0m";

/// Show bytes as text: printable UTF-8 as is, tabs kept, everything else
/// (invalid UTF-8, control characters) as `\xNN`.
pub fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.is_control() && c != '\t' {
                if (c as u32) < 0x80 {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                } else {
                    let _ = write!(out, "\\u{{{:x}}}", c as u32);
                }
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out
}

/// One side of a diff.
struct Side<'a> {
    label: &'a str,
    lines: Vec<&'a [u8]>,
    /// Index of `lines[0]` in the whole text.
    offset: usize,
    total: usize,
}

fn count_lines(text: &[u8]) -> usize {
    text.iter().filter(|&&b| b == b'\n').count() + 1
}

/// Whether old line number `i` (0-based, in the whole text), whose text is
/// the second argument, accepts a new line.
type SameLine<'s> = &'s dyn Fn(usize, &[u8], &[u8]) -> bool;

/// An old line, compared through `same`.
struct Old<'s> {
    index: usize,
    line: &'s [u8],
    same: SameLine<'s>,
}

struct New<'s> {
    line: &'s [u8],
}

impl<'s> PartialEq<Old<'s>> for New<'s> {
    fn eq(&self, old: &Old<'s>) -> bool {
        (old.same)(old.index, old.line, self.line)
    }
}

/// Diff `old` against `new` line by line, `same` saying whether an old
/// line accepts a new one.
fn render(
    old_label: &str,
    old: &[u8],
    new_label: &str,
    new: &[u8],
    same: SameLine<'_>,
    style: &DiffStyle,
) -> String {
    let (old_total, new_total) = (count_lines(old), count_lines(new));
    let mut note = None;
    let (old_side, new_side) = if old_total.max(new_total) <= FULL_DIFF_LINES {
        (
            Side {
                label: old_label,
                lines: old.split(|&b| b == b'\n').collect(),
                offset: 0,
                total: old_total,
            },
            Side {
                label: new_label,
                lines: new.split(|&b| b == b'\n').collect(),
                offset: 0,
                total: new_total,
            },
        )
    } else {
        // Find the first difference without holding every line.
        let first = old
            .split(|&b| b == b'\n')
            .zip(new.split(|&b| b == b'\n'))
            .enumerate()
            .position(|(i, (o, n))| !same(i, o, n))
            .unwrap_or(old_total.min(new_total));
        let start = first.saturating_sub(style.context);
        fn window(text: &[u8], start: usize) -> Vec<&[u8]> {
            text.split(|&b| b == b'\n')
                .skip(start)
                .take(WINDOW_LINES)
                .collect()
        }
        let (o, n) = (window(old, start), window(new, start));
        note = Some(format!(
            "(large texts: diffing lines {}-{} of {} {old_label} and {}-{} of {} {new_label} lines, from the first difference)",
            start + 1,
            start + o.len(),
            old_total,
            start + 1,
            start + n.len(),
            new_total,
        ));
        (
            Side {
                label: old_label,
                lines: o,
                offset: start,
                total: old_total,
            },
            Side {
                label: new_label,
                lines: n,
                offset: start,
                total: new_total,
            },
        )
    };

    let olds: Vec<Old<'_>> = old_side
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| Old {
            index: old_side.offset + i,
            line,
            same,
        })
        .collect();
    let news: Vec<New<'_>> = new_side.lines.iter().map(|line| New { line }).collect();
    let mut hook = Replace::new(Capture::new());
    let deadline = Instant::now() + DIFF_DEADLINE;
    let _ = myers::diff_deadline_raw(
        &mut hook,
        &olds,
        0..olds.len(),
        &news,
        0..news.len(),
        Some(deadline),
    );
    let ops = hook.into_inner().into_ops();
    Renderer::new(&old_side, &new_side, style).render(ops, note)
}

struct Renderer<'a> {
    old: &'a Side<'a>,
    new: &'a Side<'a>,
    style: &'a DiffStyle,
    width: usize,
    out: String,
    lines: usize,
    cut: usize,
}

impl<'a> Renderer<'a> {
    fn new(old: &'a Side<'a>, new: &'a Side<'a>, style: &'a DiffStyle) -> Renderer<'a> {
        let width = (old.total.max(new.total)).to_string().len().max(3);
        Renderer {
            old,
            new,
            style,
            width,
            out: String::new(),
            lines: 0,
            cut: 0,
        }
    }

    fn paint(&self, color: &str, text: &str) -> String {
        if self.style.color {
            format!("{color}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    fn push_line(&mut self, line: String) {
        if self.lines >= self.style.max_lines {
            self.cut += 1;
            return;
        }
        self.lines += 1;
        self.out.push_str(&line);
        self.out.push('\n');
    }

    fn numbers(&self, old: Option<usize>, new: Option<usize>) -> String {
        let num = |n: Option<usize>| match n {
            Some(n) => format!("{:>w$}", n + 1, w = self.width),
            None => " ".repeat(self.width),
        };
        let text = format!("{} {} | ", num(old), num(new));
        if self.style.color {
            format!("{DIM}{text}{RESET}")
        } else {
            text
        }
    }

    fn render(mut self, ops: Vec<DiffOp>, note: Option<String>) -> String {
        let header = format!("--- {}\n+++ {}", self.old.label, self.new.label);
        let header = self.paint(CYAN, &header);
        self.out.push_str(&header);
        self.out.push('\n');
        if let Some(note) = note {
            self.out.push_str(&note);
            self.out.push('\n');
        }
        let groups = similar::group_diff_ops(ops, self.style.context);
        if groups.is_empty() {
            self.out.push_str("(no line differs)\n");
        }
        for group in groups {
            let (first, last) = (&group[0], &group[group.len() - 1]);
            let (o0, n0) = (first.old_range().start, first.new_range().start);
            let (o1, n1) = (last.old_range().end, last.new_range().end);
            let hunk = format!(
                "@@ -{},{} +{},{} @@",
                self.old.offset + o0 + 1,
                o1 - o0,
                self.new.offset + n0 + 1,
                n1 - n0
            );
            let hunk = self.paint(CYAN, &hunk);
            self.push_line(hunk);
            for op in group {
                let (tag, old_range, new_range) = op.as_tag_tuple();
                match tag {
                    DiffTag::Equal => {
                        for (i, j) in old_range.zip(new_range) {
                            self.equal(i, j);
                        }
                    }
                    DiffTag::Delete => {
                        for i in old_range {
                            self.changed('-', i, None);
                        }
                    }
                    DiffTag::Insert => {
                        for j in new_range {
                            self.changed('+', j, None);
                        }
                    }
                    DiffTag::Replace => {
                        let pairs = old_range.len().min(new_range.len());
                        let old_start = old_range.start;
                        let new_start = new_range.start;
                        for i in old_range {
                            let partner =
                                (i - old_start < pairs).then(|| new_start + i - old_start);
                            self.changed('-', i, partner);
                        }
                        for j in new_range {
                            let partner =
                                (j - new_start < pairs).then(|| old_start + j - new_start);
                            self.changed('+', j, partner);
                        }
                    }
                }
            }
        }
        if self.cut > 0 {
            let _ = writeln!(self.out, "... {} more diff lines not shown", self.cut);
        }
        self.out
    }

    fn equal(&mut self, i: usize, j: usize) {
        let numbers = self.numbers(Some(self.old.offset + i), Some(self.new.offset + j));
        // A line matching its pattern is shown as printed.
        let text = shown(self.new.lines[j]).0;
        self.push_line(format!(" {numbers}{text}"));
    }

    /// A `-` line (index into old) or `+` line (index into new), with word
    /// highlights against its partner on the other side.
    fn changed(&mut self, sign: char, index: usize, partner: Option<usize>) {
        let (line, other, numbers, color) = if sign == '-' {
            (
                self.old.lines[index],
                partner.map(|j| self.new.lines[j]),
                self.numbers(Some(self.old.offset + index), None),
                RED,
            )
        } else {
            (
                self.new.lines[index],
                partner.map(|i| self.old.lines[i]),
                self.numbers(None, Some(self.new.offset + index)),
                GREEN,
            )
        };
        let spans = match other {
            Some(other) if line.len() <= MAX_SHOWN_BYTES && other.len() <= MAX_SHOWN_BYTES => {
                word_spans(line, other)
            }
            _ => vec![(false, line)],
        };
        let mut text = String::new();
        let mut marks = String::new();
        let mut any_mark = false;
        for (emphasised, bytes) in &spans {
            let (shown_text, _) = shown(bytes);
            if self.style.color && *emphasised {
                text.push_str(EMPHASIS_ON);
                text.push_str(&shown_text);
                text.push_str(EMPHASIS_OFF);
            } else {
                text.push_str(&shown_text);
            }
            for c in shown_text.chars() {
                marks.push(match (emphasised, c) {
                    (_, '\t') => '\t',
                    (true, _) => '^',
                    (false, _) => ' ',
                });
            }
            any_mark |= emphasised;
        }
        if spans.len() == 1 {
            text = shown(line).0;
            if self.style.color {
                text = text.to_string();
            }
        }
        let line_text = if self.style.color {
            format!("{color}{sign}{RESET}{numbers}{color}{text}{RESET}")
        } else {
            format!("{sign}{numbers}{text}")
        };
        self.push_line(line_text);
        if any_mark && !self.style.color && !marks.trim().is_empty() {
            let indent = " ".repeat(1 + self.width * 2 + 4);
            self.push_line(format!("{indent}{}", marks.trim_end()));
        }
    }
}

/// A line as diffs show it: escaped, and cut after 1,000 bytes with a
/// note of how many more there were.
pub fn shown_line(line: &[u8]) -> String {
    shown(line).0
}

/// A line as shown: escaped, cut if very long.
fn shown(line: &[u8]) -> (String, bool) {
    if line.len() > MAX_SHOWN_BYTES {
        let mut text = escape_bytes(&line[..MAX_SHOWN_BYTES]);
        let _ = write!(text, "... ({} more bytes)", line.len() - MAX_SHOWN_BYTES);
        (text, true)
    } else {
        (escape_bytes(line), false)
    }
}

/// Split a line into words, runs of spaces and single other bytes.
fn tokens(line: &[u8]) -> Vec<&[u8]> {
    let class = |b: u8| {
        if b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80 {
            0
        } else if b == b' ' || b == b'\t' {
            1
        } else {
            2
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=line.len() {
        let boundary =
            i == line.len() || class(line[i]) != class(line[i - 1]) || class(line[i]) == 2;
        if boundary {
            out.push(&line[start..i]);
            start = i;
        }
    }
    out
}

/// `line` as spans, `true` for the words that differ from `other`.
fn word_spans<'l>(line: &'l [u8], other: &[u8]) -> Vec<(bool, &'l [u8])> {
    let (mine, theirs) = (tokens(line), tokens(other));
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &theirs, &mine);
    let mut spans: Vec<(bool, &[u8])> = Vec::new();
    for op in ops {
        let (tag, _, range) = op.as_tag_tuple();
        let emphasised = tag != DiffTag::Equal;
        for token in &mine[range] {
            match spans.last_mut() {
                Some((e, bytes)) if *e == emphasised => {
                    // Tokens are consecutive slices of `line`: extend.
                    let start = bytes.as_ptr() as usize - line.as_ptr() as usize;
                    *bytes = &line[start..start + bytes.len() + token.len()];
                }
                _ => spans.push((emphasised, token)),
            }
        }
    }
    if spans.is_empty() {
        spans.push((false, line));
    }
    spans
}

/// The diff between a case's expectation and a run's normalised output.
pub fn expectation_diff(
    matcher: &phpt::Matcher,
    output: &[u8],
    expected_label: &str,
    actual_label: &str,
    style: &DiffStyle,
) -> String {
    let lines = matcher.line_matcher();
    let same = |i: usize, _: &[u8], out: &[u8]| lines.line_matches(i, out);
    render(
        expected_label,
        matcher.wanted(),
        actual_label,
        output,
        &same,
        style,
    )
}

/// The diff between two outputs (raw bytes), e.g. of two kinds.
pub fn output_diff(a_label: &str, a: &[u8], b_label: &str, b: &[u8], style: &DiffStyle) -> String {
    let same = |_: usize, x: &[u8], y: &[u8]| x == y;
    render(a_label, a, b_label, b, &same, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain() -> DiffStyle {
        DiffStyle::default()
    }

    #[test]
    fn escapes_what_is_not_printable() {
        assert_eq!(escape_bytes(b"a\tb"), "a\tb");
        assert_eq!(
            escape_bytes(b"\xff\xfeok\x1b[0m\0"),
            "\\xff\\xfeok\\x1b[0m\\x00"
        );
        assert_eq!(escape_bytes("é€".as_bytes()), "é€");
        assert_eq!(escape_bytes(b"\xe2\x82"), "\\xe2\\x82");
    }

    #[test]
    fn expect_diff_has_numbers_and_marks() {
        let m = phpt::Matcher::from_text(phpt::ExpectKind::Expect, b"a\nb c d\ne\n").unwrap();
        let d = expectation_diff(&m, b"a\nb X d\ne", "expected", "actual", &plain());
        assert!(
            d.starts_with("--- expected\n+++ actual\n@@ -1,3 +1,3 @@\n"),
            "{d}"
        );
        assert!(d.contains("\n-  2     | b c d\n"), "{d}");
        assert!(d.contains("\n+      2 | b X d\n"), "{d}");
        assert!(d.contains("^\n"), "{d}");
        assert!(d.contains("\n   1   1 | a\n"), "{d}");
    }

    #[test]
    fn expectf_lines_matching_their_pattern_are_equal() {
        let m =
            phpt::Matcher::from_text(phpt::ExpectKind::Expectf, b"int(%d)\nstring(%d) \"x\"\nend")
                .unwrap();
        let d = expectation_diff(&m, b"int(42)\nstring(1) \"y\"\nend", "e", "a", &plain());
        assert!(d.contains("\n   1   1 | int(42)\n"), "{d}");
        assert!(d.contains("\n-  2     | string(%d) \"x\"\n"), "{d}");
        assert!(d.contains("\n+      2 | string(1) \"y\"\n"), "{d}");
        assert!(d.contains("\n   3   3 | end"), "{d}");
    }

    #[test]
    fn invalid_utf8_is_escaped_not_lost() {
        let d = output_diff("call", b"ok\n\xff\xfe", "switch", b"ok\n\xfe", &plain());
        assert!(d.contains("\\xff\\xfe"), "{d}");
        assert!(d.contains("+      2 | \\xfe"), "{d}");
    }

    #[test]
    fn colour_only_when_asked() {
        let m = phpt::Matcher::from_text(phpt::ExpectKind::Expect, b"a b").unwrap();
        let style = DiffStyle {
            color: true,
            ..plain()
        };
        let d = expectation_diff(&m, b"a c", "e", "a", &style);
        assert!(
            d.contains(EMPHASIS_ON) && d.contains(RED) && d.contains(GREEN),
            "{d}"
        );
        assert!(!expectation_diff(&m, b"a c", "e", "a", &plain()).contains('\x1b'));
    }

    #[test]
    fn huge_outputs_are_diffed_around_the_first_difference() {
        let mut big = b"line\n".repeat(300_000);
        big.extend_from_slice(b"oops\n");
        big.extend_from_slice(&b"line\n".repeat(10));
        let m =
            phpt::Matcher::from_text(phpt::ExpectKind::Expect, &b"line\n".repeat(300_011)).unwrap();
        let out = phpt::normalise(&big);
        let started = Instant::now();
        let d = expectation_diff(&m, &out, "expected", "actual", &plain());
        assert!(started.elapsed() < Duration::from_secs(20));
        assert!(d.contains("+       300001 | oops"), "{d}");
        assert!(d.contains("large texts"), "{d}");
        assert!(d.lines().count() < 500);
    }

    #[test]
    fn long_runs_of_changes_are_cut() {
        let m = phpt::Matcher::from_text(phpt::ExpectKind::Expect, b"x").unwrap();
        let out = b"y\n".repeat(1000);
        let d = expectation_diff(&m, &phpt::normalise(&out), "e", "a", &plain());
        assert!(d.contains("more diff lines not shown"), "{d}");
    }
}
