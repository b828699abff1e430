//! Reports after (and during) a run: the run-tests.php-style status file,
//! JUnit XML, the files kept next to a failing case, `--bless`, and the
//! summary printed after libtest's own.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Duration;

use crate::run::{CaseFile, RunOutcome};
use crate::target::Target;

/// One trial's verdict, as the reports need it.
#[derive(Clone, Debug)]
pub struct Record {
    /// Position in the trial list.
    pub order: usize,
    /// Trial name (`path::target`).
    pub name: String,
    /// Index of the case in the plan.
    pub case: usize,
    /// Target name (or `kinds-agree`).
    pub target: &'static str,
    /// run-tests.php's status word (PASSED, FAILED, ...).
    pub status: &'static str,
    /// Plain failure text (for JUnit).
    pub message: Option<String>,
    /// Reason or note (SKIP reason, XFAIL reason, warnings, info).
    pub note: Option<String>,
    /// Wall time.
    pub duration: Duration,
    /// The normalised output, when the case ran (for `--bless`).
    pub output: Option<Vec<u8>>,
    /// The run ended abnormally (panic, hang, start failure).
    pub abnormal: bool,
    /// The run was stopped at the time limit.
    pub timed_out: bool,
}

impl Record {
    /// A trial skipped at listing time that will not run.
    pub fn skipped(
        order: usize,
        name: &str,
        case: usize,
        target: &'static str,
        reason: &str,
    ) -> Record {
        Record {
            order,
            name: name.to_string(),
            case,
            target,
            status: "SKIPPED",
            message: None,
            note: Some(reason.to_string()),
            duration: Duration::ZERO,
            output: None,
            abnormal: false,
            timed_out: false,
        }
    }
}

/// `-W FILE`: `STATUS<TAB>path::target` per trial, in trial order.
pub fn status_file(records: &[Record]) -> String {
    let mut out = String::new();
    for r in records {
        let _ = writeln!(out, "{}\t{}", r.status, r.name);
    }
    out
}

/// Text for XML: escaped, and characters XML 1.0 cannot hold shown as
/// `\xNN`.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// `--junit FILE`: one testsuite per target, one testcase per trial.
pub fn junit(records: &[Record], total: Duration) -> String {
    let mut suites: BTreeMap<&str, Vec<&Record>> = BTreeMap::new();
    for r in records {
        suites.entry(r.target).or_default().push(r);
    }
    let count = |rs: &[&Record], f: &dyn Fn(&Record) -> bool| rs.iter().filter(|r| f(r)).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"phpt\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{:.3}\">",
        records.len(),
        records.iter().filter(|r| is_failed(r)).count(),
        records.iter().filter(|r| r.status == "BORKED").count(),
        records.iter().filter(|r| r.status == "SKIPPED").count(),
        total.as_secs_f64()
    );
    for (target, rs) in &suites {
        let time: Duration = rs.iter().map(|r| r.duration).sum();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{:.3}\">",
            xml_escape(target),
            rs.len(),
            count(rs, &|r| is_failed(r)),
            count(rs, &|r| r.status == "BORKED"),
            count(rs, &|r| r.status == "SKIPPED"),
            time.as_secs_f64()
        );
        for r in rs {
            let case_name = r.name.rsplit_once("::").map_or(r.name.as_str(), |(p, _)| p);
            let _ = write!(
                out,
                "    <testcase name=\"{}\" classname=\"{}\" time=\"{:.3}\"",
                xml_escape(case_name),
                xml_escape(target),
                r.duration.as_secs_f64()
            );
            let message = r.message.as_deref().unwrap_or("");
            let note = r.note.as_deref().unwrap_or("");
            match r.status {
                "SKIPPED" => {
                    let _ = writeln!(
                        out,
                        ">\n      <skipped message=\"{}\"/>\n    </testcase>",
                        xml_escape(note)
                    );
                }
                "BORKED" => {
                    let _ = writeln!(
                        out,
                        ">\n      <error type=\"BORK\" message=\"{}\">{}</error>\n    </testcase>",
                        xml_escape(first_line(message)),
                        xml_escape(message)
                    );
                }
                _ if is_failed(r) => {
                    let _ = writeln!(
                        out,
                        ">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>",
                        r.status,
                        xml_escape(first_line(message)),
                        xml_escape(message)
                    );
                }
                _ if !note.is_empty() => {
                    let _ = writeln!(
                        out,
                        ">\n      <system-out>{}</system-out>\n    </testcase>",
                        xml_escape(note)
                    );
                }
                _ => {
                    let _ = writeln!(out, "/>");
                }
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

/// Whether a record counts as failed (FAILED, and WARNED when it failed).
fn is_failed(r: &Record) -> bool {
    r.status == "FAILED" || (r.status == "WARNED" && r.message.is_some())
}

/// Counts per status word.
#[derive(Default, Clone, Copy)]
struct Counts {
    passed: usize,
    failed: usize,
    skipped: usize,
    borked: usize,
    xfailed: usize,
    warned: usize,
}

impl Counts {
    fn add(&mut self, r: &Record) {
        match r.status {
            "PASSED" => self.passed += 1,
            "FAILED" => self.failed += 1,
            "SKIPPED" => self.skipped += 1,
            "BORKED" => self.borked += 1,
            "XFAILED" | "XLEAKED" => self.xfailed += 1,
            _ => self.warned += 1,
        }
    }

    /// Only the non-zero counts.
    fn short(&self) -> String {
        let all = [
            (self.passed, "passed"),
            (self.failed, "failed"),
            (self.skipped, "skipped"),
            (self.borked, "borked"),
            (self.xfailed, "xfailed"),
            (self.warned, "warned"),
        ];
        let parts: Vec<String> = all
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect();
        parts.join(", ")
    }

    fn text(&self) -> String {
        let mut parts = vec![
            format!("{} passed", self.passed),
            format!("{} failed", self.failed),
            format!("{} skipped", self.skipped),
            format!("{} borked", self.borked),
        ];
        if self.xfailed > 0 {
            parts.push(format!("{} xfailed", self.xfailed));
        }
        if self.warned > 0 {
            parts.push(format!("{} warned", self.warned));
        }
        parts.join(", ")
    }
}

/// The summary line printed after libtest's, with counts per target.
pub fn summary(records: &[Record]) -> String {
    let mut all = Counts::default();
    let mut per: Vec<(&str, Counts)> = Vec::new();
    for r in records {
        all.add(r);
        match per.iter_mut().find(|(t, _)| *t == r.target) {
            Some((_, c)) => c.add(r),
            None => {
                let mut c = Counts::default();
                c.add(r);
                per.push((r.target, c));
            }
        }
    }
    let details: Vec<String> = per
        .iter()
        .map(|(t, c)| format!("{t}: {}", c.short()))
        .collect();
    if details.is_empty() {
        format!("phpt: {}", all.text())
    } else {
        format!("phpt: {} ({})", all.text(), details.join("; "))
    }
}

/// Notes worth reading after a run: XFAIL and WARN reasons, SKIPIF info,
/// and skip reasons (grouped when there are many).
pub fn notes(records: &[Record]) -> String {
    let mut out = String::new();
    for r in records {
        if matches!(r.status, "XFAILED" | "XLEAKED" | "WARNED" | "PASSED") {
            if let Some(note) = &r.note {
                let _ = writeln!(out, "  {} {}: {}", r.status, r.name, note.trim());
            }
        }
    }
    let mut reasons: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in records.iter().filter(|r| r.status == "SKIPPED") {
        reasons
            .entry(r.note.as_deref().unwrap_or("").trim())
            .or_default()
            .push(&r.name);
    }
    for (reason, names) in reasons {
        if names.len() <= 3 {
            for n in names {
                let _ = writeln!(out, "  SKIPPED {n}: {reason}");
            }
        } else {
            let _ = writeln!(
                out,
                "  SKIPPED {} trials ({}, ...): {reason}",
                names.len(),
                names[0]
            );
        }
    }
    out
}

/// The files [`keep_failed`] writes for `target`, as run-tests.php names
/// them (NAME.KIND.* for embedded kinds). For the php target NAME.php is
/// left out: the target itself writes and removes it.
fn kept_files(case: &CaseFile, target: &Target) -> Vec<PathBuf> {
    match target {
        Target::Php(_) => ["out", "exp", "diff", "log"]
            .iter()
            .map(|ext| case.sibling(ext))
            .collect(),
        Target::Embedded(kind) => ["php", "out", "exp", "diff", "log"]
            .iter()
            .map(|ext| case.sibling(&format!("{}.{ext}", kind.name())))
            .collect(),
    }
}

/// Remove what an earlier `--keep-failed` run left for `target`, as
/// run-tests.php does before each case: a case that passes now leaves
/// nothing behind, and a failure never shows a stale .diff.
pub fn clear_kept(case: &CaseFile, target: &Target) -> std::io::Result<()> {
    for path in kept_files(case, target) {
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    Ok(())
}

/// `--keep-failed`: write NAME.php, NAME.out, NAME.exp, NAME.diff and
/// NAME.log next to the case (run-tests.php's names for the php target,
/// NAME.KIND.* for embedded kinds). Returns the file names written.
pub fn keep_failed(
    case: &CaseFile,
    target: &Target,
    outcome: &RunOutcome,
) -> std::io::Result<Vec<String>> {
    let Ok(parsed) = &case.parsed else {
        return Ok(Vec::new());
    };
    let suffix = |ext: &str| match target {
        Target::Php(_) => case.sibling(ext),
        Target::Embedded(kind) => case.sibling(&format!("{}.{ext}", kind.name())),
    };
    let mut written = Vec::new();
    let mut write = |path: PathBuf, data: &[u8]| -> std::io::Result<()> {
        std::fs::write(&path, data)?;
        written.push(
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
        Ok(())
    };
    if let Some(file) = parsed.file() {
        write(suffix("php"), &file.text)?;
    }
    let output = outcome.normalised().unwrap_or_default();
    write(suffix("out"), &output)?;
    if let Some(Ok(matcher)) = case.matcher() {
        write(suffix("exp"), matcher.wanted())?;
        write(
            suffix("diff"),
            &phpt::run_tests_diff(matcher, &output, phpt::DEFAULT_CONTEXT),
        )?;
        write(suffix("log"), &phpt::run_tests_log(matcher, &output))?;
    }
    Ok(written)
}

/// What `--bless` did for one case.
#[derive(Debug, PartialEq, Eq)]
pub enum BlessResult {
    /// The expectation was rewritten.
    Blessed,
    /// Left alone, with the reason.
    Refused(String),
}

/// `--bless`: rewrite the expectation of each case that failed with the
/// output its targets agree on.
///
/// - EXPECT (inline or `EXPECT_EXTERNAL`) is rewritten with the output.
/// - EXPECTF is rewritten only when it holds no `%` at all and the output
///   has none either (then it is plain text, and stays EXPECTF); otherwise
///   refused, as placeholders can't be recovered from an output.
/// - EXPECTREGEX is always refused.
/// - Refused when targets disagree on the output, or a run ended
///   abnormally, or the output has a line that would start a section.
pub fn bless(cases: &[std::sync::Arc<CaseFile>], records: &[Record]) -> Vec<(String, BlessResult)> {
    let mut by_case: BTreeMap<usize, Vec<&Record>> = BTreeMap::new();
    for r in records {
        by_case.entry(r.case).or_default().push(r);
    }
    let mut results = Vec::new();
    for (index, rs) in by_case {
        if !rs.iter().any(|r| r.status == "FAILED") {
            continue;
        }
        let case = &cases[index];
        let result = bless_case(case, &rs);
        results.push((case.name.clone(), result));
    }
    results
}

fn bless_case(case: &CaseFile, records: &[&Record]) -> BlessResult {
    let refuse = |why: &str| BlessResult::Refused(why.to_string());
    if records
        .iter()
        .any(|r| r.target == crate::trials::KINDS_AGREE && r.status == "FAILED")
    {
        return refuse("the kinds disagree on the output; fix that first");
    }
    let ran: Vec<&&Record> = records
        .iter()
        .filter(|r| {
            r.target != crate::trials::KINDS_AGREE && matches!(r.status, "PASSED" | "FAILED")
        })
        .collect();
    if ran.iter().any(|r| r.abnormal) {
        return refuse("a run ended abnormally");
    }
    if ran.iter().any(|r| r.timed_out) {
        return refuse("a run was stopped at the time limit (--timeout)");
    }
    let outputs: Vec<(&str, &Vec<u8>)> = ran
        .iter()
        .filter_map(|r| r.output.as_ref().map(|o| (r.target, o)))
        .collect();
    let Some((_, output)) = outputs.first() else {
        return refuse("no output to bless");
    };
    if let Some((target, _)) = outputs.iter().find(|(_, o)| o != output) {
        return refuse(&format!(
            "the targets disagree on the output ({} and {target}); bless from one with --kind",
            outputs[0].0
        ));
    }
    let Ok(parsed) = &case.parsed else {
        return refuse("the case is BORKED");
    };
    if parsed.xfail().is_some() {
        return refuse("the case has an XFAIL section");
    }
    let Some(expectation) = parsed.expectation() else {
        return refuse("the case has no expectation");
    };
    match expectation.kind {
        phpt::ExpectKind::Expect => {}
        phpt::ExpectKind::Expectf => {
            if expectation.text.contains(&b'%') || output.contains(&b'%') {
                return refuse("EXPECTF with placeholders (or output with %): update it by hand (--keep-failed writes NAME.out)");
            }
        }
        phpt::ExpectKind::Expectregex => {
            return refuse("EXPECTREGEX: update it by hand (--keep-failed writes NAME.out)")
        }
    }
    if output
        .split(|&b| b == b'\n')
        .any(|l| phpt::header_name(l).is_some())
    {
        return refuse("the output has a line that would start a section");
    }
    match rewrite_expectation(case, parsed, output) {
        Ok(()) => BlessResult::Blessed,
        Err(e) => BlessResult::Refused(e),
    }
}

/// Replace the expectation's text with `output` (plus a newline), checking
/// the rewritten case matches it; the file is restored otherwise.
fn rewrite_expectation(case: &CaseFile, parsed: &phpt::Case, output: &[u8]) -> Result<(), String> {
    let Some(expectation) = parsed.expectation() else {
        return Err("no expectation".into());
    };
    let mut text = output.to_vec();
    text.push(b'\n');
    let original = std::fs::read(&case.path).map_err(|e| format!("cannot read the case: {e}"))?;
    match &expectation.origin {
        phpt::Origin::External(file) => {
            let path = case.dir().join(file);
            let before = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
            if !verify(case, output) {
                let _ = std::fs::write(&path, before);
                return Err("the rewritten case would not pass; left unchanged".into());
            }
            Ok(())
        }
        _ => {
            let name = expectation.kind.section_name();
            let section = parsed
                .sections()
                .iter()
                .find(|s| s.name == name)
                .ok_or("no expectation section")?;
            // Lines before the text, the new text, then whatever followed
            // the section (the next header onward).
            let lines: Vec<&[u8]> = original.split_inclusive(|&b| b == b'\n').collect();
            let start = section.text_line - 1;
            let end = (start..lines.len())
                .find(|&i| phpt::header_name(lines[i]).is_some())
                .unwrap_or(lines.len());
            let mut rewritten: Vec<u8> = lines[..start.min(lines.len())].concat();
            if !rewritten.is_empty() && !rewritten.ends_with(b"\n") {
                rewritten.push(b'\n');
            }
            rewritten.extend_from_slice(&text);
            rewritten.extend_from_slice(&lines[end..].concat());
            std::fs::write(&case.path, &rewritten)
                .map_err(|e| format!("cannot write the case: {e}"))?;
            if !verify(case, output) {
                let _ = std::fs::write(&case.path, original);
                return Err("the rewritten case would not pass; left unchanged".into());
            }
            Ok(())
        }
    }
}

fn verify(case: &CaseFile, output: &[u8]) -> bool {
    phpt::Case::load(&case.path)
        .ok()
        .and_then(|c| c.matcher())
        .and_then(Result::ok)
        .is_some_and(|m| m.matches_normalised(output))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(name: &str, target: &'static str, status: &'static str) -> Record {
        Record {
            order: 0,
            name: name.into(),
            case: 0,
            target,
            status,
            message: (status == "FAILED").then(|| "FAIL: x <y> & \u{1b}".to_string()),
            note: None,
            duration: Duration::from_millis(5),
            output: None,
            abnormal: false,
            timed_out: false,
        }
    }

    #[test]
    fn bless_refuses_outputs_it_cannot_trust() {
        let dir = std::env::temp_dir().join(format!("runner-bless-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("case.phpt");
        let text = "--TEST--\nt\n--FILE--\n<?php echo 'a';\n--EXPECT--\nold\n";
        std::fs::write(&path, text).unwrap();
        let cases = [std::sync::Arc::new(CaseFile::load(
            "case.phpt".into(),
            path.clone(),
        ))];
        let ran = |target: &'static str, output: &[u8]| Record {
            output: Some(output.to_vec()),
            ..rec("case.phpt::x", target, "FAILED")
        };
        let refused = |records: &[Record], why: &str| {
            assert_eq!(
                bless(&cases, records),
                [(
                    "case.phpt".to_string(),
                    BlessResult::Refused(why.to_string())
                )]
            );
            assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        };
        refused(
            &[
                ran("call", b"a"),
                ran("switch", b"b"),
                rec(
                    "case.phpt::kinds-agree",
                    crate::trials::KINDS_AGREE,
                    "FAILED",
                ),
            ],
            "the kinds disagree on the output; fix that first",
        );
        refused(
            &[ran("call", b"a"), ran("php", b"b")],
            "the targets disagree on the output (call and php); bless from one with --kind",
        );
        let timed_out = Record {
            timed_out: true,
            ..ran("call", b"a")
        };
        refused(
            &[timed_out],
            "a run was stopped at the time limit (--timeout)",
        );
        let abnormal = Record {
            abnormal: true,
            ..ran("call", b"a")
        };
        refused(&[abnormal], "a run ended abnormally");
        assert_eq!(
            bless(&cases, &[ran("call", b"a"), ran("php", b"a")]),
            [("case.phpt".to_string(), BlessResult::Blessed)]
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            text.replace("old", "a")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn status_lines() {
        let rs = [
            rec("a.phpt::call", "call", "PASSED"),
            rec("b.phpt::php", "php", "SKIPPED"),
        ];
        assert_eq!(
            status_file(&rs),
            "PASSED\ta.phpt::call\nSKIPPED\tb.phpt::php\n"
        );
    }

    #[test]
    fn junit_is_escaped() {
        let rs = [
            rec("a&b.phpt::call", "call", "FAILED"),
            rec("c.phpt::call", "call", "PASSED"),
        ];
        let xml = junit(&rs, Duration::from_secs(1));
        assert!(xml.contains("name=\"a&amp;b.phpt\""), "{xml}");
        assert!(xml.contains("FAIL: x &lt;y&gt; &amp; \\x1b"), "{xml}");
        assert!(xml.contains("failures=\"1\""), "{xml}");
        assert!(!xml.contains('\u{1b}'));
    }

    #[test]
    fn summary_counts_per_target() {
        let rs = [
            rec("a::call", "call", "PASSED"),
            rec("a::switch", "switch", "FAILED"),
            rec("b::call", "call", "SKIPPED"),
            rec("c::call", "call", "BORKED"),
        ];
        assert_eq!(
            summary(&rs),
            "phpt: 1 passed, 1 failed, 1 skipped, 1 borked (call: 1 passed, 1 skipped, 1 borked; switch: 1 failed)"
        );
    }
}
