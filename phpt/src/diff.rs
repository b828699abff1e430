//! run-tests.php's reports for a failing case. Mainly its own diff (the
//! `NAME.diff` file):
//! expected lines marked `NNN- `, output lines `NNN+ `, unchanged context
//! lines indented, `--` where context was cut. Line pairing uses the same
//! greedy look-ahead as run-tests.php, and for EXPECTF/EXPECTREGEX an
//! output line pairs with an expected line when it matches that line's
//! pattern on its own.

use crate::expect::{LineMatcher, Matcher};

/// run-tests.php's default number of context lines (`--context N`).
pub const DEFAULT_CONTEXT: usize = 3;

struct Differ<'a> {
    lines: LineMatcher<'a>,
    wanted: Vec<&'a [u8]>,
    output: Vec<&'a [u8]>,
}

impl Differ<'_> {
    fn same(&self, i1: usize, i2: usize) -> bool {
        self.lines.line_matches(i1, self.output[i2])
    }

    /// run-tests.php's `count_array_diff()`: how many lines agree when the
    /// comparison restarts at (`i1`, `i2`), looking a few lines ahead.
    fn count(&self, mut i1: usize, mut i2: usize, mut steps: i64) -> i64 {
        let (n1, n2) = (self.lines.len(), self.output.len());
        let mut equal = 0;
        while i1 < n1 && i2 < n2 && self.same(i1, i2) {
            i1 += 1;
            i2 += 1;
            equal += 1;
            steps -= 1;
        }
        steps -= 1;
        if steps > 0 {
            // PHP computes `$steps / 2` as a float and truncates it when
            // passing it on, so an odd count gets one more try.
            let mut eq1 = 0;
            let mut st = steps as f64 / 2.0;
            let mut ofs1 = i1 + 1;
            while ofs1 < n1 && st > 0.0 {
                st -= 1.0;
                eq1 = eq1.max(self.count(ofs1, i2, st.trunc() as i64));
                ofs1 += 1;
            }
            let mut eq2 = 0;
            let mut st = steps;
            let mut ofs2 = i2 + 1;
            while ofs2 < n2 && st > 0 {
                st -= 1;
                eq2 = eq2.max(self.count(i1, ofs2, st));
                ofs2 += 1;
            }
            if eq1 > eq2 {
                equal += eq1;
            } else if eq2 > 0 {
                equal += eq2;
            }
        }
        equal
    }
}

fn numbered(width: usize, index: usize, sign: char, line: &[u8]) -> Vec<u8> {
    let mut out = format!("{:0width$}{sign} ", index + 1).into_bytes();
    out.extend_from_slice(line);
    out
}

/// Writes context lines between changes, as run-tests.php's
/// `$add_context_lines` closure does.
struct Context<'a> {
    wanted: &'a [&'a [u8]],
    lines: usize,
    width: usize,
    /// run-tests.php's `$old_k1`: the next expected line not yet shown.
    next: i64,
}

impl Context<'_> {
    fn add(&mut self, diff: &mut Vec<Vec<u8>>, new_k1: i64) {
        if self.next >= new_k1 || self.lines == 0 {
            return;
        }
        let ctx = self.lines as i64;
        let end = new_k1 - 1;
        let range_end = end.min(self.next + ctx);
        if self.next >= 0 {
            while self.next < range_end {
                diff.push(self.context_line(self.next));
                self.next += 1;
            }
        }
        if end - ctx > self.next {
            self.next = end - ctx;
            if self.next > 0 {
                diff.push(b"--".to_vec());
            }
        }
        self.next = self.next.max(0);
        while self.next < end {
            diff.push(self.context_line(self.next));
            self.next += 1;
        }
        self.next = new_k1;
    }

    fn context_line(&self, index: i64) -> Vec<u8> {
        let mut line = vec![b' '; self.width + 2];
        let at = usize::try_from(index).unwrap_or(0);
        line.extend_from_slice(self.wanted.get(at).copied().unwrap_or_default());
        line
    }
}

/// The diff run-tests.php writes for a failing case, given the case's
/// matcher and the run's normalised output (see [`crate::normalise`]),
/// with `context` lines of context ([`DEFAULT_CONTEXT`] by default). Lines
/// are joined with `\n`, with no newline at the end.
pub fn run_tests_diff(matcher: &Matcher, output: &[u8], context: usize) -> Vec<u8> {
    let differ = Differ {
        lines: matcher.line_matcher(),
        wanted: matcher.expected_lines(),
        output: output.split(|&b| b == b'\n').collect(),
    };
    let (n1, n2) = (differ.lines.len(), differ.output.len());
    let width = 3.max((n1.max(n2) + 1).to_string().len());

    // Pair lines greedily, remembering what was dropped on either side and,
    // for each output line, the expected line it was compared with. The
    // dropped lines are keyed by index + 1: run-tests.php writes
    // `$old1[$idx1] = ... $w[$idx1++]`, and PHP reads the key after the
    // increment on the right.
    let mut old1: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut old2: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut mapping = vec![None; n2 + 1];
    let (mut i1, mut i2) = (0, 0);
    while i1 < n1 && i2 < n2 {
        mapping[i2] = Some(i1);
        if differ.same(i1, i2) {
            i1 += 1;
            i2 += 1;
            continue;
        }
        let c1 = differ.count(i1 + 1, i2, 10);
        let c2 = differ.count(i1, i2 + 1, 10);
        if c1 > c2 {
            old1.push((i1 + 1, numbered(width, i1, '-', differ.wanted[i1])));
            i1 += 1;
        } else if c2 > 0 {
            old2.push((i2 + 1, numbered(width, i2, '+', differ.output[i2])));
            i2 += 1;
        } else {
            old1.push((i1 + 1, numbered(width, i1, '-', differ.wanted[i1])));
            old2.push((i2 + 1, numbered(width, i2, '+', differ.output[i2])));
            i1 += 1;
            i2 += 1;
        }
    }
    mapping[i2] = Some(i1);
    let map = |k2: usize| mapping.get(k2).copied().flatten().map_or(0, |m| m as i64);

    let mut diff: Vec<Vec<u8>> = Vec::new();
    let mut ctx = Context {
        wanted: &differ.wanted,
        lines: context,
        width,
        next: -1,
    };
    let (mut a, mut b) = (0, 0);
    let (mut l1, mut l2): (i64, i64) = (-2, -2);
    while a < old1.len() || b < old2.len() {
        let k1 = old1.get(a).map(|(k, _)| *k as i64);
        let k2 = old2.get(b).map(|(k, _)| *k as i64);
        // run-tests.php's four branches; only the first one also resets
        // `$old_k1` when no context was written.
        let (first, reset) = match (k1, k2) {
            (Some(k1), k2) if k1 == l1 + 1 || k2.is_none() => (true, true),
            (None, _) | (Some(_), None) => (false, false),
            (Some(_), Some(k2)) if k2 == l2 + 1 => (false, false),
            (Some(k1), Some(k2)) => (k1 < map(k2 as usize), false),
        };
        if first {
            let k1 = k1.unwrap_or_default();
            ctx.add(&mut diff, k1);
            l1 = k1;
            diff.push(old1[a].1.clone());
            if reset {
                ctx.next = k1;
            }
            a += 1;
        } else {
            let k2 = k2.unwrap_or_default();
            ctx.add(&mut diff, map(k2 as usize));
            l2 = k2;
            diff.push(old2[b].1.clone());
            b += 1;
        }
    }

    while i1 < n1 {
        ctx.add(&mut diff, i1 as i64 + 1);
        diff.push(numbered(width, i1, '-', differ.wanted[i1]));
        i1 += 1;
    }
    while i2 < n2 {
        if let Some(m) = mapping[i2] {
            ctx.add(&mut diff, m as i64 + 1);
        }
        diff.push(numbered(width, i2, '+', differ.output[i2]));
        i2 += 1;
    }
    let last = (ctx.next + context as i64 + 1).min(n1 as i64 + 1);
    ctx.add(&mut diff, last);
    if context > 0 && ctx.next < n1 as i64 + 1 {
        diff.push(b"--".to_vec());
    }
    diff.join(&b'\n')
}

/// The `NAME.log` text run-tests.php writes for a failing case: the wanted
/// text ([`Matcher::wanted`]) and the normalised output under headings.
pub fn run_tests_log(matcher: &Matcher, output: &[u8]) -> Vec<u8> {
    let mut log = b"\n---- EXPECTED OUTPUT\n".to_vec();
    log.extend_from_slice(matcher.wanted());
    log.extend_from_slice(b"\n---- ACTUAL OUTPUT\n");
    log.extend_from_slice(output);
    log.extend_from_slice(b"\n---- FAILED\n");
    log
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expect::ExpectKind;

    fn diff(kind: ExpectKind, expected: &str, output: &str) -> String {
        let m = Matcher::from_text(kind, expected.as_bytes()).unwrap();
        let out = crate::normalise(output.as_bytes());
        String::from_utf8(run_tests_diff(&m, &out, DEFAULT_CONTEXT)).unwrap()
    }

    #[test]
    fn log_file() {
        let m = Matcher::from_text(ExpectKind::Expectf, b"%d\n").unwrap();
        assert_eq!(
            run_tests_log(&m, b"x"),
            b"\n---- EXPECTED OUTPUT\n%d\n---- ACTUAL OUTPUT\nx\n---- FAILED\n"
        );
    }

    #[test]
    fn one_changed_line() {
        assert_eq!(
            diff(ExpectKind::Expect, "a\nb\nc\n", "a\nx\nc\n"),
            "     a\n002+ x\n002- b\n     c"
        );
    }
}
