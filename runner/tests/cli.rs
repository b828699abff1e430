//! The `phpt-runner` binary end to end: the robustness fixtures
//! (`tests/fixtures/robustness`: malformed cases, a VM panic, an endless
//! loop, unbounded recursion, huge and non-UTF-8 outputs) and the options
//! and reports (`-W`, `--junit`, `--keep-failed`, `--bless`, `--kind`,
//! `--list`, `--exact`, exit codes, the summary line). Cases that a run
//! would change are copied to a temporary folder first.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The workspace root (trial names are relative to it).
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("runner/ has a parent")
        .to_path_buf()
}

/// The fixture `name` as given on the command line (and as its trial
/// names start): relative to the workspace root.
fn fixture(name: &str) -> String {
    format!("runner/tests/fixtures/robustness/{name}.phpt")
}

/// What a run of the binary gave.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Run {
    fn succeeded(&self) -> bool {
        self.code == Some(0)
    }

    /// libtest's line for `trial`: `ok`, `FAILED` or `ignored`.
    fn result(&self, trial: &str) -> &str {
        let prefix = format!("test {trial} ");
        let line = self
            .stdout
            .lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no line for {trial}:\n{}", self.stdout));
        line.rsplit(" ... ").next().unwrap_or("").trim()
    }

    /// The failure text libtest printed for `trial`.
    fn failure(&self, trial: &str) -> &str {
        let header = format!("---- {trial} ----\n");
        let start = self
            .stdout
            .find(&header)
            .unwrap_or_else(|| panic!("no failure text for {trial}:\n{}", self.stdout))
            + header.len();
        let rest = &self.stdout[start..];
        let end = ["\n---- ", "\n\nfailures:\n"]
            .iter()
            .filter_map(|m| rest.find(m))
            .min()
            .unwrap_or(rest.len());
        rest[..end].trim_end()
    }

    /// Our summary: the last line of stdout.
    fn summary(&self) -> &str {
        self.stdout.lines().last().unwrap_or("")
    }

    /// How many trials libtest ran (`running N tests`).
    fn running(&self) -> usize {
        let line = self
            .stdout
            .lines()
            .find(|l| l.starts_with("running "))
            .unwrap_or_else(|| panic!("no 'running' line:\n{}", self.stdout));
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    }
}

/// Run `phpt-runner ARGS` in `dir`, without colours.
fn run_in(dir: &Path, args: &[&str]) -> Run {
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_phpt-runner"))
        .args(args)
        .args(["--color", "never"])
        .current_dir(dir)
        .env_remove("PHPT_KINDS")
        .output()
        .expect("phpt-runner starts");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        elapsed: started.elapsed(),
    }
}

/// Run `phpt-runner ARGS` from the workspace root.
fn run(args: &[&str]) -> Run {
    run_in(&workspace(), args)
}

/// A fresh folder under the system's temporary folder, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!(
            "phpt-runner-cli-{}-{n}-{label}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temporary folder");
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    /// Copy the robustness fixture `name` in; returns the copy's path.
    fn copy_fixture(&self, name: &str) -> PathBuf {
        let to = self.0.join(format!("{name}.phpt"));
        std::fs::copy(workspace().join(fixture(name)), &to).expect("copy a fixture");
        to
    }

    fn write(&self, file: &str, text: &str) -> PathBuf {
        let to = self.0.join(file);
        std::fs::write(&to, text).expect("write a case");
        to
    }

    fn read(&self, file: &str) -> Vec<u8> {
        std::fs::read(self.0.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }

    fn exists(&self, file: &str) -> bool {
        self.0.join(file).exists()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const KINDS: [&str; 4] = ["call", "switch", "hybrid", "tailcall"];

// --- Robustness ------------------------------------------------------------

#[test]
fn malformed_cases_are_borked_with_file_and_line() {
    let (missing, unknown, not_a_test) = (
        fixture("bork_missing_file"),
        fixture("bork_unknown_section"),
        fixture("bork_not_a_test"),
    );
    let r = run(&[&missing, &unknown, &not_a_test, "--kind", "call,switch"]);
    assert!(!r.succeeded(), "{}", r.stdout);
    for kind in ["call", "switch"] {
        let trial = |case: &str| format!("{case}::{kind}");
        assert_eq!(r.result(&trial(&missing)), "FAILED");
        assert_eq!(
            r.failure(&trial(&missing)),
            format!("BORK: {missing}:1: missing section --FILE--")
        );
        assert_eq!(
            r.failure(&trial(&unknown)),
            format!("BORK: {unknown}:5: Unknown section \"BOGUS\"")
        );
        assert_eq!(
            r.failure(&trial(&not_a_test)),
            format!("BORK: {not_a_test}:1: tests must start with --TEST--")
        );
    }
    // A BORKED case has nothing to compare between kinds.
    assert!(!r.stdout.contains("kinds-agree"), "{}", r.stdout);
    assert_eq!(r.running(), 6);
    assert_eq!(
        r.summary(),
        "phpt: 0 passed, 0 failed, 0 skipped, 6 borked (call: 3 borked; switch: 3 borked)"
    );
}

#[test]
fn a_vm_panic_fails_its_trials_and_the_others_still_run_and_pass() {
    let (panic, passes) = (fixture("vm_panic"), fixture("passes"));
    let r = run(&[&panic, &passes]);
    assert!(!r.succeeded());
    for kind in KINDS {
        let trial = format!("{panic}::{kind}");
        assert_eq!(r.result(&trial), "FAILED");
        let text = r.failure(&trial);
        assert!(
            text.starts_with(&format!(
                "FAIL: A panic inside the VM is a FAIL with the panic's message [{trial}]\n\
                 the VM panicked: phpt_runner_panic() was called (at "
            )),
            "{text}"
        );
        // The output up to the panic, without a trailing empty line.
        assert!(
            text.ends_with("\noutput so far (last lines):\n  before the panic"),
            "{text:?}"
        );
        assert_eq!(r.result(&format!("{passes}::{kind}")), "ok");
    }
    // Every kind panicked the same way.
    assert_eq!(r.result(&format!("{panic}::kinds-agree")), "ok");
    assert_eq!(r.result(&format!("{passes}::kinds-agree")), "ok");
    // The panic hook keeps the panic off stderr: the verdict says it all.
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert_eq!(
        r.summary(),
        "phpt: 6 passed, 4 failed, 0 skipped, 0 borked (call: 1 passed, 1 failed; \
         switch: 1 passed, 1 failed; hybrid: 1 passed, 1 failed; \
         tailcall: 1 passed, 1 failed; kinds-agree: 2 passed)"
    );
}

#[test]
fn a_vm_panic_after_a_huge_line_shows_the_output_so_far_cut() {
    let case = fixture("vm_panic_after_huge_output");
    let r = run(&[&case, "--kind", "call"]);
    assert!(!r.succeeded());
    let text = r.failure(&format!("{case}::call"));
    let cut = format!(
        "\noutput so far (last lines):\n  first\n  {}... ({} more bytes)\n  last",
        "\\x01".repeat(1000),
        10 * 1024 * 1024 - 1000
    );
    assert!(text.ends_with(&cut), "{}", &text[..text.len().min(2000)]);
    assert!(
        r.stdout.len() < 10_000,
        "{} bytes of output",
        r.stdout.len()
    );
}

#[test]
fn an_endless_loop_fails_at_the_time_limit() {
    let case = fixture("endless_loop");
    let r = run(&[&case, "--timeout", "1"]);
    assert!(!r.succeeded());
    // Four kinds of one second each, on however many threads.
    assert!(r.elapsed < Duration::from_secs(15), "took {:?}", r.elapsed);
    for kind in KINDS {
        let trial = format!("{case}::{kind}");
        assert_eq!(r.result(&trial), "FAILED");
        let text = r.failure(&trial);
        let folder = workspace().join("runner/tests/fixtures/robustness");
        let php = folder.canonicalize().unwrap().join("endless_loop.php");
        let fatal = format!(
            "Fatal error: Maximum execution time of 1 second exceeded in {} on line 3",
            php.display()
        );
        assert!(text.contains(&fatal), "{text}");
        assert!(text.contains("-  2     | done\n"), "{text}");
        assert!(
            text.ends_with("\n+      5 |  ** ERROR: process timed out **"),
            "{text}"
        );
    }
    assert_eq!(r.result(&format!("{case}::kinds-agree")), "ok");
}

#[test]
fn unbounded_recursion_is_a_php_style_fatal_error() {
    // The case's EXPECTF is the VM's "Maximum function nesting level"
    // fatal on line 2; php itself would run out of memory or stack.
    let case = fixture("unbounded_recursion");
    let r = run(&[&case]);
    assert!(r.succeeded(), "{}", r.stdout);
    for kind in KINDS {
        assert_eq!(r.result(&format!("{case}::{kind}")), "ok");
    }
    assert_eq!(r.result(&format!("{case}::kinds-agree")), "ok");
    assert_eq!(
        r.summary(),
        "phpt: 5 passed, 0 failed, 0 skipped, 0 borked (call: 1 passed; switch: 1 passed; \
         hybrid: 1 passed; tailcall: 1 passed; kinds-agree: 1 passed)"
    );
}

#[test]
fn fifty_megabytes_of_output_are_matched_and_diffed_quickly() {
    let (mismatch, lines, expectf) = (
        fixture("huge_output_mismatch"),
        fixture("huge_output_lines"),
        fixture("huge_output_expectf"),
    );
    let r = run(&[&mismatch, &lines, &expectf, "--kind", "call,tailcall"]);
    assert!(!r.succeeded());
    // A quadratic diff or matcher would take hours; a debug build takes
    // seconds.
    assert!(r.elapsed < Duration::from_secs(120), "took {:?}", r.elapsed);

    assert_eq!(r.result(&format!("{expectf}::call")), "ok");
    assert_eq!(r.result(&format!("{expectf}::tailcall")), "ok");
    for case in [&mismatch, &lines, &expectf] {
        assert_eq!(r.result(&format!("{case}::kinds-agree")), "ok");
    }

    // One 50 MB line: shown cut, with its length.
    let text = r.failure(&format!("{mismatch}::call"));
    assert!(text.contains("\n-  1     | not the output\n"), "{text}");
    let shown = format!(
        "\n+      1 | {}... ({} more bytes)",
        "x".repeat(1000),
        50 * 1024 * 1024 - 1000
    );
    assert!(text.contains(&shown), "{}", &text[..text.len().min(3000)]);
    assert!(text.len() < 4000, "{} bytes of diff", text.len());

    // Ten million lines: diffed around the first difference, and cut.
    let text = r.failure(&format!("{lines}::tailcall"));
    assert!(
        text.contains("(large texts: diffing lines 1-4 of 4 expected"),
        "{text}"
    );
    assert!(
        text.contains("and 1-2000 of 10485760 actual (tailcall) lines"),
        "{text}"
    );
    assert!(text.contains("\n-       3          | changed\n"), "{text}");
    assert!(text.contains("more diff lines not shown"), "{text}");
    assert!(text.lines().count() < 450, "{} lines", text.lines().count());
    assert_eq!(
        r.summary(),
        "phpt: 5 passed, 4 failed, 0 skipped, 0 borked (call: 1 passed, 2 failed; \
         tailcall: 1 passed, 2 failed; kinds-agree: 3 passed)"
    );
}

#[test]
fn invalid_utf8_is_escaped_in_diffs_and_kept_as_bytes() {
    let dir = TempDir::new("utf8");
    dir.copy_fixture("invalid_utf8");
    let r = run_in(
        dir.path(),
        &[
            "invalid_utf8.phpt",
            "--kind",
            "call",
            "--keep-failed",
            "--junit",
            "junit.xml",
        ],
    );
    assert!(!r.succeeded());
    let text = r.failure("invalid_utf8.phpt::call");
    assert!(text.contains("\n-  2     | valid text\n"), "{text}");
    assert!(text.contains("\n+      2 | \\xff\\xfe bytes\n"), "{text}");
    let junit = String::from_utf8(dir.read("junit.xml")).expect("the report is UTF-8");
    assert!(junit.contains("+      2 | \\xff\\xfe bytes"), "{junit}");
    // The kept output holds the bytes themselves.
    assert_eq!(dir.read("invalid_utf8.call.out"), b"ok\n\xff\xfe bytes");
}

#[test]
fn kinds_that_disagree_fail_the_agreement_trial() {
    let case = fixture("kinds_disagree");
    let r = run(&[&case, "--kind", "call,switch"]);
    assert!(!r.succeeded());
    assert_eq!(r.result(&format!("{case}::call")), "ok");
    assert_eq!(r.result(&format!("{case}::switch")), "FAILED");
    let trial = format!("{case}::kinds-agree");
    assert_eq!(r.result(&trial), "FAILED");
    let text = r.failure(&trial);
    assert!(
        text.starts_with(&format!(
            "FAIL: the kinds disagree [{trial}]\n  call: verdict PASSED\n  switch: verdict FAILED\n"
        )),
        "{text}"
    );
    assert!(text.contains("\n-  1     | phpt-call\n"), "{text}");
    assert!(text.contains("\n+      1 | phpt-switch\n"), "{text}");
}

// --- Options and reports ---------------------------------------------------

/// The cases of the report tests, in the order given.
fn report_cases() -> [String; 3] {
    [
        fixture("bork_unknown_section"),
        fixture("invalid_utf8"),
        fixture("passes"),
    ]
}

#[test]
fn status_file_has_one_line_per_trial() {
    let dir = TempDir::new("status");
    let status = dir.path().join("status.txt");
    let [bork, fail, pass] = report_cases();
    let r = run(&[&bork, &fail, &pass, "-W", status.to_str().unwrap()]);
    assert!(!r.succeeded());
    let mut want = String::new();
    for kind in KINDS {
        want.push_str(&format!("BORKED\t{bork}::{kind}\n"));
    }
    for kind in KINDS {
        want.push_str(&format!("FAILED\t{fail}::{kind}\n"));
    }
    want.push_str(&format!("PASSED\t{fail}::kinds-agree\n"));
    for kind in KINDS.iter().chain(&["kinds-agree"]) {
        want.push_str(&format!("PASSED\t{pass}::{kind}\n"));
    }
    assert_eq!(String::from_utf8(dir.read("status.txt")).unwrap(), want);
    assert_eq!(
        r.summary(),
        "phpt: 6 passed, 4 failed, 0 skipped, 4 borked (call: 1 passed, 1 failed, 1 borked; \
         switch: 1 passed, 1 failed, 1 borked; hybrid: 1 passed, 1 failed, 1 borked; \
         tailcall: 1 passed, 1 failed, 1 borked; kinds-agree: 2 passed)"
    );
}

#[test]
fn junit_report_lists_failures_and_borks() {
    let dir = TempDir::new("junit");
    let junit = dir.path().join("junit.xml");
    let [bork, fail, pass] = report_cases();
    let r = run(&[&bork, &fail, &pass, "--junit", junit.to_str().unwrap()]);
    assert!(!r.succeeded());
    let xml = String::from_utf8(dir.read("junit.xml")).expect("UTF-8");
    assert!(xml.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <testsuites name=\"phpt\" tests=\"14\" failures=\"4\" errors=\"4\" skipped=\"0\" time=\""
    ));
    assert!(xml.ends_with("  </testsuite>\n</testsuites>\n"), "{xml}");
    assert!(xml.contains(
        "<testsuite name=\"call\" tests=\"3\" failures=\"1\" errors=\"1\" skipped=\"0\" time=\""
    ));
    assert!(xml.contains(
        "<testsuite name=\"kinds-agree\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"0\" time=\""
    ));
    assert!(xml.contains(&format!(
        "<testcase name=\"{fail}\" classname=\"switch\" time=\""
    )));
    assert!(xml.contains(&format!(
        "<failure type=\"FAILED\" message=\"FAIL: Output that is not UTF-8 is shown escaped \
         in the diff [{fail}::switch]\">FAIL: Output that is not UTF-8"
    )));
    assert!(xml.contains(&format!(
        "<error type=\"BORK\" message=\"BORK: {bork}:5: Unknown section &quot;BOGUS&quot;\">"
    )));
    assert!(xml.contains(&format!(
        "<testcase name=\"{pass}\" classname=\"hybrid\" time=\""
    )));
    // Balanced, and nothing XML 1.0 cannot hold.
    let count = |s: &str| xml.matches(s).count();
    assert_eq!(count("<testsuite "), 5);
    assert_eq!(count("</testsuite>"), 5);
    assert_eq!(count("<testcase "), 14);
    assert_eq!(count("<failure "), count("</failure>"));
    assert_eq!(count("<failure "), 4);
    assert_eq!(count("<error "), 4);
    assert!(!xml
        .chars()
        .any(|c| (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r')));
}

#[test]
fn keep_failed_writes_files_next_to_the_failing_case_only() {
    let dir = TempDir::new("keep");
    dir.copy_fixture("invalid_utf8");
    dir.copy_fixture("passes");
    // Left by an earlier run, when `passes` failed: run-tests.php removes
    // them before running the case again.
    dir.write("passes.call.out", "stale");
    dir.write("passes.call.diff", "stale");
    let r = run_in(dir.path(), &[".", "--kind", "call", "--keep-failed"]);
    assert!(!r.succeeded());
    let text = r.failure("invalid_utf8.phpt::call");
    assert!(
        text.ends_with(
            "\nkept: invalid_utf8.call.php, invalid_utf8.call.out, invalid_utf8.call.exp, \
             invalid_utf8.call.diff, invalid_utf8.call.log"
        ),
        "{text}"
    );
    assert_eq!(
        dir.read("invalid_utf8.call.php"),
        b"<?php\necho \"ok\\n\";\necho \"\\xff\\xfe bytes\\n\";\n"
    );
    assert_eq!(dir.read("invalid_utf8.call.out"), b"ok\n\xff\xfe bytes");
    assert_eq!(dir.read("invalid_utf8.call.exp"), b"ok\nvalid text");
    let diff = dir.read("invalid_utf8.call.diff");
    // run-tests.php's format, the bytes as they are.
    assert_eq!(diff, b"     ok\n002+ \xff\xfe bytes\n002- valid text");
    let log = String::from_utf8_lossy(&dir.read("invalid_utf8.call.log")).into_owned();
    assert!(
        log.contains("---- EXPECTED OUTPUT\nok\nvalid text\n"),
        "{log}"
    );
    for ext in ["php", "out", "exp", "diff", "log"] {
        assert!(
            !dir.exists(&format!("passes.call.{ext}")),
            "passes.call.{ext}"
        );
    }
    // Nothing for kinds that did not run.
    assert!(!dir.exists("invalid_utf8.switch.out"));

    // Once the case passes, its files go too.
    dir.write(
        "invalid_utf8.phpt",
        "--TEST--\nfixed\n--FILE--\n<?php echo 'ok';\n--EXPECT--\nok\n",
    );
    let r = run_in(dir.path(), &[".", "--kind", "call", "--keep-failed"]);
    assert!(r.succeeded(), "{}", r.stdout);
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["invalid_utf8.phpt", "passes.phpt"]);
}

#[test]
fn without_keep_failed_nothing_is_written() {
    let dir = TempDir::new("nokeep");
    dir.copy_fixture("invalid_utf8");
    let r = run_in(dir.path(), &["invalid_utf8.phpt", "--kind", "call"]);
    assert!(!r.succeeded());
    assert!(!r.failure("invalid_utf8.phpt::call").contains("kept:"));
    let files = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(files, 1);
}

const BLESSABLE: &str = "--TEST--
Blessed from the actual output
--FILE--
<?php
echo \"one\\n\";
echo \"two\\n\";
--EXPECT--
one
old
--CLEAN--
<?php
";

#[test]
fn bless_rewrites_the_expectation_with_the_actual_output() {
    let dir = TempDir::new("bless");
    dir.write("case.phpt", BLESSABLE);
    let r = run_in(dir.path(), &["case.phpt", "--bless"]);
    assert!(!r.succeeded(), "the run that blesses still fails");
    assert!(r.stdout.ends_with("\nblessed case.phpt\n"), "{}", r.stdout);
    assert_eq!(
        String::from_utf8(dir.read("case.phpt")).unwrap(),
        BLESSABLE.replace("one\nold\n", "one\ntwo\n")
    );
    let r = run_in(dir.path(), &["case.phpt"]);
    assert!(r.succeeded(), "{}", r.stdout);
    // Nothing to bless in a passing run.
    let r = run_in(dir.path(), &["case.phpt", "--bless"]);
    assert!(r.succeeded());
    assert!(!r.stdout.contains("blessed"), "{}", r.stdout);
}

#[test]
fn bless_refuses_when_kinds_disagree_or_a_run_went_wrong() {
    let dir = TempDir::new("refuse");
    let originals: Vec<(&str, Vec<u8>)> = ["kinds_disagree", "endless_loop", "vm_panic"]
        .iter()
        .map(|name| {
            let path = dir.copy_fixture(name);
            (*name, std::fs::read(path).unwrap())
        })
        .collect();
    dir.write(
        "placeholders.phpt",
        "--TEST--\nEXPECTF\n--FILE--\n<?php echo 'a';\n--EXPECTF--\n%d\n",
    );
    let r = run_in(dir.path(), &[".", "--bless", "--timeout", "1"]);
    assert!(!r.succeeded());
    for line in [
        "not blessed endless_loop.phpt: a run was stopped at the time limit (--timeout)",
        "not blessed kinds_disagree.phpt: the kinds disagree on the output; fix that first",
        "not blessed placeholders.phpt: EXPECTF with placeholders (or output with %): update it by hand (--keep-failed writes NAME.out)",
        "not blessed vm_panic.phpt: a run ended abnormally",
    ] {
        assert!(r.stdout.lines().any(|l| l == line), "{line}\n{}", r.stdout);
    }
    for (name, original) in originals {
        assert_eq!(dir.read(&format!("{name}.phpt")), original, "{name}");
    }
    // One kind cannot disagree with itself.
    let r = run_in(
        dir.path(),
        &["kinds_disagree.phpt", "--bless", "--kind", "switch"],
    );
    assert!(
        r.stdout.ends_with("\nblessed kinds_disagree.phpt\n"),
        "{}",
        r.stdout
    );
    let blessed = String::from_utf8(dir.read("kinds_disagree.phpt")).unwrap();
    assert!(blessed.ends_with("--EXPECT--\nphpt-switch\n"), "{blessed}");
}

#[test]
fn kind_selects_the_embedded_kinds() {
    let pass = fixture("passes");
    let r = run(&[&pass, "--kind", "call"]);
    assert!(r.succeeded());
    assert_eq!(r.running(), 1);
    assert_eq!(r.result(&format!("{pass}::call")), "ok");
    // No agreement trial with a single kind.
    assert!(!r.stdout.contains("kinds-agree"));
    assert_eq!(
        r.summary(),
        "phpt: 1 passed, 0 failed, 0 skipped, 0 borked (call: 1 passed)"
    );

    let r = run(&[&pass, "--kind", "tailcall,hybrid"]);
    assert!(r.succeeded());
    assert_eq!(r.running(), 3);
    for trial in ["hybrid", "tailcall", "kinds-agree"] {
        assert_eq!(r.result(&format!("{pass}::{trial}")), "ok");
    }

    let r = run(&[&pass, "--kind", "goto"]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("unknown kind \"goto\""), "{}", r.stderr);
}

#[test]
fn list_names_every_trial_without_running_any() {
    let r = run(&["runner/tests/fixtures/robustness", "--list"]);
    assert!(r.succeeded(), "{}", r.stderr);
    // The endless loop and the huge outputs would take seconds to run.
    assert!(r.elapsed < Duration::from_secs(10), "took {:?}", r.elapsed);
    let lines: Vec<&str> = r.stdout.lines().filter(|l| !l.is_empty()).collect();
    assert!(lines.iter().all(|l| l.ends_with(": test")), "{}", r.stdout);
    let pass = fixture("passes");
    for trial in KINDS.iter().chain(&["kinds-agree"]) {
        let want = format!("{pass}::{trial}: test");
        assert!(lines.contains(&want.as_str()), "{want}\n{}", r.stdout);
    }
    let bork = format!("{}::kinds-agree: test", fixture("bork_missing_file"));
    assert!(!lines.contains(&bork.as_str()));
    // No summary: nothing ran.
    assert!(!r.stdout.contains("\nphpt: "), "{}", r.stdout);

    let r = run(&[&pass, "--list", "--kind", "switch"]);
    assert_eq!(r.stdout.trim(), format!("{pass}::switch: test"));
}

#[test]
fn exact_runs_the_one_trial_named() {
    let pass = fixture("passes");
    let dir = "runner/tests/fixtures/robustness";
    let r = run(&[dir, "--exact", &format!("{pass}::switch")]);
    assert!(r.succeeded(), "{}", r.stdout);
    assert_eq!(r.running(), 1);
    assert_eq!(r.result(&format!("{pass}::switch")), "ok");
    assert_eq!(
        r.summary(),
        "phpt: 1 passed, 0 failed, 0 skipped, 0 borked (switch: 1 passed)"
    );

    // The agreement trial runs every kind behind the scenes.
    let r = run(&[dir, "--exact", &format!("{pass}::kinds-agree")]);
    assert!(r.succeeded(), "{}", r.stdout);
    assert_eq!(r.running(), 1);
    assert_eq!(r.result(&format!("{pass}::kinds-agree")), "ok");

    // --exact wants the whole name; a run with nothing to run fails.
    let name = format!("{pass}::tail");
    let r = run(&[dir, "--exact", &name]);
    assert_eq!(r.running(), 0);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains(&format!("no trial matches {name:?}")),
        "{}",
        r.stderr
    );

    // The failing trial named: the exit code says so.
    let panic = fixture("vm_panic");
    let r = run(&[dir, "--exact", &format!("{panic}::hybrid")]);
    assert_ne!(r.code, Some(0));
    assert_eq!(r.running(), 1);
    assert_eq!(r.result(&format!("{panic}::hybrid")), "FAILED");

    // Without --exact, a name is a substring filter.
    let r = run(&[dir, "passes.phpt::tail"]);
    assert!(r.succeeded(), "{}", r.stdout);
    assert_eq!(r.running(), 1);
    assert_eq!(r.result(&format!("{pass}::tailcall")), "ok");
}

#[test]
fn exit_code_is_zero_only_when_every_trial_passes() {
    let r = run(&[&fixture("passes")]);
    assert_eq!(r.code, Some(0), "{}", r.stdout);
    let r = run(&[
        &fixture("passes"),
        &fixture("invalid_utf8"),
        "--kind",
        "call",
    ]);
    assert!(r.code.is_some_and(|c| c != 0), "{:?}", r.code);
    assert_eq!(r.result(&format!("{}::call", fixture("passes"))), "ok");
    let r = run(&[&fixture("bork_missing_file"), "--kind", "call"]);
    assert!(r.code.is_some_and(|c| c != 0), "{:?}", r.code);
}

#[test]
fn a_run_with_nothing_to_run_fails() {
    // A mistyped path is not on disk, so it is a name filter.
    let r = run(&["runner/tests/fixtures/robustness/pases.phpt"]);
    assert_eq!(r.code, Some(2), "{}", r.stdout);
    assert_eq!(r.running(), 0);
    assert!(
        r.stderr.starts_with(
            "phpt-runner: no trial matches \"runner/tests/fixtures/robustness/pases.phpt\", \
             which is not a path on disk either ("
        ),
        "{}",
        r.stderr
    );
    let r = run(&["runner/tests/fixtures/robustness/nothing-*.phpt"]);
    assert_eq!(r.code, Some(2));
    assert_eq!(r.stderr, "phpt-runner: no case found to run\n");
    let r = run(&[&fixture("passes"), "--skip", "passes"]);
    assert_eq!(r.code, Some(2));
    assert_eq!(r.stderr, "phpt-runner: every trial was filtered out (5)\n");
}

#[test]
fn an_unwritable_report_fails_before_the_run() {
    let dir = TempDir::new("unwritable");
    let status = dir.path().join("no/such/folder/status.txt");
    let r = run(&[
        &fixture("endless_loop"),
        "--timeout",
        "5",
        "-W",
        status.to_str().unwrap(),
    ]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr
            .starts_with(&format!("phpt-runner: cannot write {}: ", status.display())),
        "{}",
        r.stderr
    );
    // Nothing ran: the loop would take five seconds.
    assert!(!r.stdout.contains("running"), "{}", r.stdout);
    assert!(r.elapsed < Duration::from_secs(4), "took {:?}", r.elapsed);
}

#[test]
fn d_sets_ini_entries_under_the_cases_own() {
    let case = "runner/tests/fixtures/options/ini_from_command_line.phpt";
    let r = run(&[
        case,
        "-d",
        "zend_test.interrupt_marker=set by -d",
        "-d",
        "precision=9",
    ]);
    assert!(r.succeeded(), "{}", r.stdout);
    assert_eq!(r.result(&format!("{case}::tailcall")), "ok");

    // Without -d the entry keeps its default, and the case fails.
    let r = run(&[case, "--kind", "call"]);
    assert_eq!(r.code, Some(101), "{}", r.stdout);
    assert!(
        r.failure(&format!("{case}::call")).contains("interrupt"),
        "{}",
        r.stdout
    );

    let r = run(&[case, "-d", "=1"]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.contains("expected NAME=VALUE"), "{}", r.stderr);
}
