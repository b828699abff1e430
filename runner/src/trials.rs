//! libtest-mimic trials: one per (case, target), named `path::target`, plus
//! `path::kinds-agree` comparing the embedded kinds' outputs. Runs of an
//! embedded kind are shared between its own trial and the agreement trial,
//! so each runs once; verdicts are recorded for the reports.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use libtest_mimic::{Arguments, Completion, Failed, Trial};

use crate::diff::{self, DiffStyle};
use crate::report::{self, Record};
use crate::run::{self, CaseFile, Failure, RunOutcome, RunSettings, Verdict};
use crate::target::{embedded, Kind, Target};

/// The name suffix of the agreement trials.
pub const KINDS_AGREE: &str = "kinds-agree";

/// What every trial shares.
pub struct Shared {
    /// How runs are made.
    pub settings: RunSettings,
    /// How diffs are drawn in failure messages.
    pub style: DiffStyle,
    /// Write NAME.out etc. for failures.
    pub keep_failed: bool,
    /// Render plain failure texts for the JUnit report.
    pub plain_messages: bool,
    /// Keep each run's output in its record, for `--bless`.
    pub keep_outputs: bool,
    /// Verdicts so far.
    pub records: Mutex<Vec<Record>>,
}

impl Shared {
    fn record(&self, record: Record) {
        self.records
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(record);
    }
}

/// What to run.
pub struct Plan {
    /// The cases, in order.
    pub cases: Vec<Arc<CaseFile>>,
    /// The targets, embedded kinds first.
    pub targets: Vec<Target>,
    /// Leave out php trials of cases needing extensions php lacks (the
    /// cargo test harness), instead of reporting them as skipped.
    pub php_only_with_extensions: bool,
}

/// A run of one case on one embedded kind, made once and handed to every
/// trial that needs it.
struct Memo {
    state: Mutex<MemoState>,
    ready: Condvar,
    /// Trials still to read it; the outcome is dropped after the last.
    consumers: AtomicUsize,
}

enum MemoState {
    Empty,
    Running,
    Done(Arc<RunOutcome>),
}

impl Memo {
    fn new() -> Memo {
        Memo {
            state: Mutex::new(MemoState::Empty),
            ready: Condvar::new(),
            consumers: AtomicUsize::new(0),
        }
    }

    fn get(&self, run: impl FnOnce() -> RunOutcome) -> Arc<RunOutcome> {
        let lock = || self.state.lock().unwrap_or_else(|p| p.into_inner());
        let mut state = lock();
        loop {
            match &*state {
                MemoState::Done(outcome) => {
                    let outcome = Arc::clone(outcome);
                    self.release(&mut state);
                    return outcome;
                }
                MemoState::Running => {
                    state = self.ready.wait(state).unwrap_or_else(|p| p.into_inner());
                }
                MemoState::Empty => break,
            }
        }
        *state = MemoState::Running;
        drop(state);
        let outcome = Arc::new(guarded(run));
        let mut state = lock();
        *state = MemoState::Done(Arc::clone(&outcome));
        self.release(&mut state);
        drop(state);
        self.ready.notify_all();
        outcome
    }

    fn release(&self, state: &mut MemoState) {
        if self.consumers.fetch_sub(1, Ordering::SeqCst) <= 1 {
            self.consumers.store(0, Ordering::SeqCst);
            *state = MemoState::Empty;
        }
    }
}

/// Run `run`, turning a panic of the runner itself into a failed outcome.
fn guarded(run: impl FnOnce() -> RunOutcome) -> RunOutcome {
    catch_unwind(AssertUnwindSafe(run)).unwrap_or_else(|payload| {
        let message = embedded::panic_message(payload.as_ref());
        run::RunOutcome::of(Verdict::Fail(Failure::Abnormal(format!(
            "the runner panicked: {message}"
        ))))
    })
}

/// Build the trials of `plan`. Trials that are skipped at listing time
/// and will not run are recorded right away.
pub fn build(plan: &Plan, shared: &Arc<Shared>, args: &Arguments) -> Vec<Trial> {
    let kinds: Vec<Kind> = plan.targets.iter().filter_map(Target::kind).collect();
    let mut trials = Vec::new();
    let mut order = 0;
    for (case_index, case) in plan.cases.iter().enumerate() {
        let memos: Vec<Arc<Memo>> = kinds.iter().map(|_| Arc::new(Memo::new())).collect();
        let mut memo_users: Vec<Vec<usize>> = vec![Vec::new(); kinds.len()];
        let mut embedded_static = None;
        for target in &plan.targets {
            let fixed = run::static_verdict(case, target);
            if let (Target::Php(_), true, Some(Verdict::Skip(_))) =
                (target, plan.php_only_with_extensions, &fixed)
            {
                let missing = case
                    .parsed
                    .as_ref()
                    .map(|p| !target.check_extensions(&p.extensions()).missing.is_empty())
                    .unwrap_or(false);
                if missing {
                    continue;
                }
            }
            let name = format!("{}::{}", case.name, target.name());
            let memo = target
                .kind()
                .and_then(|k| kinds.iter().position(|&x| x == k))
                .map(|i| {
                    memo_users[i].push(trials.len());
                    Arc::clone(&memos[i])
                });
            if target.kind().is_some() {
                embedded_static = Some(fixed.clone());
            }
            let ctx = TrialContext {
                shared: Arc::clone(shared),
                case: Arc::clone(case),
                case_index,
                order,
                name: name.clone(),
            };
            let runner_target = target.clone();
            let trial = Trial::ignorable_test(name.clone(), move || {
                let outcome = match memo {
                    Some(memo) => {
                        memo.get(|| run::run_case(&ctx.case, &runner_target, &ctx.shared.settings))
                    }
                    None => Arc::new(guarded(|| {
                        run::run_case(&ctx.case, &runner_target, &ctx.shared.settings)
                    })),
                };
                ctx.conclude(&runner_target, &outcome)
            });
            let trial = match &fixed {
                Some(Verdict::Skip(reason)) => {
                    let trial = trial.with_ignored_flag(true);
                    if !args.is_filtered_out(&trial) && args.is_ignored(&trial) {
                        shared.record(Record::skipped(
                            order,
                            &name,
                            case_index,
                            target.name(),
                            reason,
                        ));
                    }
                    trial
                }
                _ => trial,
            };
            trials.push(trial);
            order += 1;
        }
        // The agreement trial, for cases that run on two or more kinds.
        if kinds.len() >= 2 && matches!(embedded_static, Some(None)) {
            let name = format!("{}::{KINDS_AGREE}", case.name);
            for users in &mut memo_users {
                users.push(trials.len());
            }
            let ctx = TrialContext {
                shared: Arc::clone(shared),
                case: Arc::clone(case),
                case_index,
                order,
                name: name.clone(),
            };
            let agree_memos = memos.clone();
            let agree_kinds = kinds.clone();
            trials.push(Trial::ignorable_test(name, move || {
                let outcomes: Vec<(Kind, Arc<RunOutcome>)> = agree_kinds
                    .iter()
                    .zip(&agree_memos)
                    .map(|(&kind, memo)| {
                        let target = Target::Embedded(kind);
                        (
                            kind,
                            memo.get(|| run::run_case(&ctx.case, &target, &ctx.shared.settings)),
                        )
                    })
                    .collect();
                ctx.agree(&outcomes)
            }));
            order += 1;
        }
        // Each memo is read by the trials that will actually run.
        for (memo, users) in memos.iter().zip(&memo_users) {
            let running = users
                .iter()
                .filter(|&&i| {
                    let t = &trials[i];
                    !args.is_filtered_out(t) && !args.is_ignored(t)
                })
                .count();
            memo.consumers.store(running, Ordering::SeqCst);
        }
    }
    trials
}

/// What a trial knows about itself.
struct TrialContext {
    shared: Arc<Shared>,
    case: Arc<CaseFile>,
    case_index: usize,
    order: usize,
    name: String,
}

impl TrialContext {
    fn record(
        &self,
        target: &'static str,
        outcome: Option<&RunOutcome>,
        status: &'static str,
    ) -> Record {
        Record {
            order: self.order,
            name: self.name.clone(),
            case: self.case_index,
            target,
            status,
            message: None,
            note: None,
            duration: outcome.map_or(Duration::ZERO, |o| o.duration),
            output: None,
            abnormal: outcome
                .is_some_and(|o| matches!(o.verdict.failure(), Some(Failure::Abnormal(_)))),
            timed_out: outcome.is_some_and(|o| {
                o.output
                    .as_deref()
                    .is_some_and(|out| out.ends_with(phpt::reasons::TIMED_OUT_MARKER.as_bytes()))
            }),
        }
    }

    /// Turn an outcome into the trial's result, and record it.
    fn conclude(&self, target: &Target, outcome: &RunOutcome) -> Result<Completion, Failed> {
        let verdict = &outcome.verdict;
        let mut record = self.record(target.name(), Some(outcome), verdict.status());
        // Normalised once: on a huge output each pass is costly.
        let wants_output =
            self.shared.keep_outputs || matches!(verdict.failure(), Some(Failure::Mismatch));
        let normalised = if wants_output {
            outcome.normalised()
        } else {
            None
        };
        if self.shared.keep_outputs {
            record.output = normalised.clone();
        }
        let normalised = normalised.unwrap_or_default();
        let info = outcome.info.as_ref().map(|i| format!(" (info: {i})"));
        let mut kept = String::new();
        if self.shared.keep_failed {
            if let Err(e) = report::clear_kept(&self.case, target) {
                kept = format!("\ncould not remove the files an earlier run kept: {e}");
            }
        }
        let result = match verdict {
            Verdict::Pass => {
                record.note = info;
                Ok(Completion::Completed)
            }
            Verdict::Skip(reason) => {
                record.note = Some(reason.clone());
                Ok(Completion::ignored_with(reason))
            }
            Verdict::Xfail(reason) | Verdict::Xleak(reason) => {
                record.note = Some(format!("{}: {reason}", &verdict.status()[..5]));
                Ok(Completion::Completed)
            }
            Verdict::Warn {
                reason,
                failure: None,
            } => {
                record.note = Some(format!("WARN: {reason}"));
                Ok(Completion::Completed)
            }
            Verdict::Bork(reason) => {
                let text = format!("BORK: {reason}");
                record.message = Some(text.clone());
                Err(Failed::from(text))
            }
            Verdict::Fail(failure)
            | Verdict::Warn {
                failure: Some(failure),
                ..
            } => {
                let heading = match verdict {
                    Verdict::Warn { reason, .. } => format!("WARN&FAIL (warn: {reason})"),
                    _ => "FAIL".to_string(),
                };
                if self.shared.keep_failed && kept.is_empty() {
                    match report::keep_failed(&self.case, target, outcome) {
                        Ok(files) if !files.is_empty() => {
                            kept = format!("\nkept: {}", files.join(", "));
                        }
                        Ok(_) => {}
                        Err(e) => kept = format!("\ncould not keep the failure's files: {e}"),
                    }
                }
                let text = self.failure_text(
                    &heading,
                    target,
                    failure,
                    outcome,
                    &normalised,
                    &self.shared.style,
                );
                if self.shared.plain_messages {
                    record.message = Some(if self.shared.style.color {
                        self.failure_text(
                            &heading,
                            target,
                            failure,
                            outcome,
                            &normalised,
                            &DiffStyle::default(),
                        )
                    } else {
                        text.clone()
                    });
                }
                Err(Failed::from(format!("{}{kept}", text.trim_end())))
            }
        };
        self.shared.record(record);
        result
    }

    fn failure_text(
        &self,
        heading: &str,
        target: &Target,
        failure: &Failure,
        outcome: &RunOutcome,
        normalised: &[u8],
        style: &DiffStyle,
    ) -> String {
        let title = self
            .case
            .parsed
            .as_ref()
            .map(|c| String::from_utf8_lossy(c.title()).into_owned())
            .unwrap_or_default();
        let mut text = format!("{heading}: {title} [{}]\n", self.name);
        match failure {
            Failure::Abnormal(problem) => {
                text.push_str(problem);
                text.push('\n');
                if let Some(output) = outcome.output.as_deref().filter(|o| !o.is_empty()) {
                    text.push_str("output so far (last lines):\n");
                    let output = output.strip_suffix(b"\n").unwrap_or(output);
                    // From the end: the output may be huge, and so may
                    // each line, which is shown cut.
                    let mut lines: Vec<&[u8]> = output.rsplit(|&b| b == b'\n').take(20).collect();
                    lines.reverse();
                    for line in lines {
                        text.push_str("  ");
                        text.push_str(&diff::shown_line(line));
                        text.push('\n');
                    }
                }
            }
            Failure::Mismatch => {
                let Some(Ok(matcher)) = self.case.matcher() else {
                    return text;
                };
                let expectation = self.case.parsed.as_ref().ok().and_then(|c| c.expectation());
                let expected_label = match expectation {
                    Some(e) => format!(
                        "expected ({}, {}:{})",
                        e.kind.section_name(),
                        self.case.name,
                        e.line
                    ),
                    None => "expected".to_string(),
                };
                let actual_label = format!("actual ({})", target.name());
                text.push_str(&diff::expectation_diff(
                    matcher,
                    normalised,
                    &expected_label,
                    &actual_label,
                    style,
                ));
                if let Some(reason) = matcher.invalid_reason() {
                    text.push_str(&format!(
                        "note: php's preg_match rejects this pattern, so the case can never pass: {reason}\n"
                    ));
                }
            }
        }
        text
    }

    /// The agreement trial's result: all kinds must produce the same
    /// SKIPIF output and the same output.
    fn agree(&self, outcomes: &[(Kind, Arc<RunOutcome>)]) -> Result<Completion, Failed> {
        // Group kinds by what they printed (and whether they ended
        // abnormally).
        let mut groups: Vec<(Vec<Kind>, &RunOutcome)> = Vec::new();
        let observable = |o: &RunOutcome| {
            (
                o.skipif_output.clone(),
                o.output.clone(),
                matches!(o.verdict, Verdict::Fail(Failure::Abnormal(_))),
            )
        };
        for (kind, outcome) in outcomes {
            match groups
                .iter_mut()
                .find(|(_, o)| observable(o) == observable(outcome))
            {
                Some((kinds, _)) => kinds.push(*kind),
                None => groups.push((vec![*kind], outcome)),
            }
        }
        let mut record = self.record(KINDS_AGREE, None, "PASSED");
        record.duration = outcomes.iter().map(|(_, o)| o.duration).sum();
        let result = if groups.len() <= 1 {
            if outcomes
                .iter()
                .all(|(_, o)| matches!(o.verdict, Verdict::Skip(_)))
            {
                record.status = "SKIPPED";
                record.note = Some("skipped on every kind".into());
                Ok(Completion::ignored_with("skipped on every kind"))
            } else {
                Ok(Completion::Completed)
            }
        } else {
            record.status = "FAILED";
            let text = self
                .disagreement(&groups, &self.shared.style)
                .trim_end()
                .to_string();
            if self.shared.plain_messages {
                record.message = Some(self.disagreement(&groups, &DiffStyle::default()));
            }
            Err(Failed::from(text))
        };
        self.shared.record(record);
        result
    }

    fn disagreement(&self, groups: &[(Vec<Kind>, &RunOutcome)], style: &DiffStyle) -> String {
        let names = |kinds: &[Kind]| {
            kinds
                .iter()
                .map(|k| k.name())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let describe = |o: &RunOutcome| match &o.verdict {
            Verdict::Fail(Failure::Abnormal(p)) => format!("ended abnormally: {p}"),
            v => format!("verdict {}", v.status()),
        };
        let mut text = format!("FAIL: the kinds disagree [{}]\n", self.name);
        for (kinds, outcome) in groups {
            text.push_str(&format!("  {}: {}\n", names(kinds), describe(outcome)));
        }
        let (base_kinds, base) = &groups[0];
        for (kinds, other) in &groups[1..] {
            if base.skipif_output != other.skipif_output {
                text.push_str(&diff::output_diff(
                    &format!("SKIPIF output ({})", names(base_kinds)),
                    base.skipif_output.as_deref().unwrap_or_default(),
                    &format!("SKIPIF output ({})", names(kinds)),
                    other.skipif_output.as_deref().unwrap_or_default(),
                    style,
                ));
            }
            let (a, b) = (
                base.output.as_deref().unwrap_or_default(),
                other.output.as_deref().unwrap_or_default(),
            );
            if a != b {
                text.push_str(&diff::output_diff(
                    &format!("output ({})", names(base_kinds)),
                    a,
                    &format!("output ({})", names(kinds)),
                    b,
                    style,
                ));
            }
        }
        text
    }
}
