//! One case on one target, as run-tests.php's `run_test()` does it: the
//! checks that need no code (BORK, CGI, EXTENSIONS), then SKIPIF, FILE and
//! CLEAN, then the comparison and the verdict, with one retry for flaky
//! cases.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use phpt::{Bork, Matcher, PatternError, SkipifVerdict};

use crate::conflicts::ConflictLocks;
use crate::target::{Execution, Role, Script, Target};

/// A case file, read and validated once.
pub struct CaseFile {
    /// The trial name's path part.
    pub name: String,
    /// Canonical path.
    pub path: PathBuf,
    /// The validated case, or why it is BORKED.
    pub parsed: Result<phpt::Case, Bork>,
    matcher: OnceLock<Option<Result<Matcher, PatternError>>>,
}

impl CaseFile {
    /// Read the case at `path` (a read error is a BORK too).
    pub fn load(name: String, path: PathBuf) -> CaseFile {
        let parsed = phpt::Case::load(&path).map_err(|mut bork| {
            bork.file = PathBuf::from(&name);
            bork
        });
        CaseFile {
            name,
            path,
            parsed,
            matcher: OnceLock::new(),
        }
    }

    /// The expectation's matcher, built on first use.
    pub fn matcher(&self) -> Option<&Result<Matcher, PatternError>> {
        self.matcher
            .get_or_init(|| self.parsed.as_ref().ok().and_then(|c| c.matcher()))
            .as_ref()
    }

    /// The folder of the case.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// The case's file name without `.phpt`: run-tests.php's base for
    /// NAME.php, NAME.out and the rest.
    pub fn stem(&self) -> String {
        let file = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        file.strip_suffix(".phpt").unwrap_or(&file).to_string()
    }

    /// `NAME.suffix` next to the case.
    pub fn sibling(&self, suffix: &str) -> PathBuf {
        self.dir().join(format!("{}.{suffix}", self.stem()))
    }
}

/// How a run failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The output does not meet the expectation.
    Mismatch,
    /// The run ended abnormally (a panic, a hang, a start failure).
    Abnormal(String),
}

/// run-tests.php's verdicts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The output met the expectation.
    Pass,
    /// It did not.
    Fail(Failure),
    /// Not run, with the reason.
    Skip(String),
    /// The case itself is malformed (or its SKIPIF/CLEAN misbehaved).
    Bork(String),
    /// Failed as its XFAIL section says it does (the reason).
    Xfail(String),
    /// Failed, and has an XLEAK section (the reason).
    Xleak(String),
    /// Passed with a warning, or failed after SKIPIF warned (`WARN&FAIL`).
    Warn {
        /// The warning.
        reason: String,
        /// Set when the case failed too.
        failure: Option<Failure>,
    },
}

impl Verdict {
    /// The `-W` status word.
    pub fn status(&self) -> &'static str {
        match self {
            Verdict::Pass => "PASSED",
            Verdict::Fail(_) => "FAILED",
            Verdict::Skip(_) => "SKIPPED",
            Verdict::Bork(_) => "BORKED",
            Verdict::Xfail(_) => "XFAILED",
            Verdict::Xleak(_) => "XLEAKED",
            Verdict::Warn { .. } => "WARNED",
        }
    }

    /// Whether the trial fails (FAIL, BORK, and WARN&FAIL).
    pub fn is_failure(&self) -> bool {
        matches!(
            self,
            Verdict::Fail(_)
                | Verdict::Bork(_)
                | Verdict::Warn {
                    failure: Some(_),
                    ..
                }
        )
    }

    /// The failure, for FAIL and WARN&FAIL.
    pub fn failure(&self) -> Option<&Failure> {
        match self {
            Verdict::Fail(f) => Some(f),
            Verdict::Warn { failure, .. } => failure.as_ref(),
            _ => None,
        }
    }
}

/// Everything a run of a case produced.
#[derive(Clone, Debug)]
pub struct RunOutcome {
    /// The verdict.
    pub verdict: Verdict,
    /// SKIPIF's trimmed output, if it ran.
    pub skipif_output: Option<Vec<u8>>,
    /// The FILE run's raw output, if it ran.
    pub output: Option<Vec<u8>>,
    /// `info` text from SKIPIF.
    pub info: Option<String>,
    /// Whether the case was retried.
    pub retried: bool,
    /// Wall time.
    pub duration: Duration,
}

impl RunOutcome {
    /// An outcome with just a verdict.
    pub fn of(verdict: Verdict) -> RunOutcome {
        RunOutcome {
            verdict,
            skipif_output: None,
            output: None,
            info: None,
            retried: false,
            duration: Duration::ZERO,
        }
    }

    /// The output as compared: trimmed, CRLF made LF.
    pub fn normalised(&self) -> Option<Vec<u8>> {
        self.output.as_deref().map(phpt::normalise)
    }
}

/// Settings shared by every run.
pub struct RunSettings {
    /// Per-script time limit.
    pub timeout: Duration,
    /// INI settings for every script (`-d`), over the target's defaults and
    /// under each case's own.
    pub ini_overwrites: Vec<(Vec<u8>, Vec<u8>)>,
    /// The environment every script starts from (this process's, plus
    /// what run-tests.php adds for the whole run).
    pub base_env: Vec<(Vec<u8>, Vec<u8>)>,
    /// `{TMP}`.
    pub tmp: Vec<u8>,
    /// Conflict keys held by running cases.
    pub conflicts: ConflictLocks,
}

impl RunSettings {
    /// Settings with the process environment and run-tests.php's globals.
    pub fn new(timeout: Duration, php: Option<&Path>) -> RunSettings {
        use std::os::unix::ffi::{OsStrExt, OsStringExt};
        let mut env = EnvMap::default();
        for (k, v) in std::env::vars_os() {
            env.set(&k.into_vec(), &v.into_vec());
        }
        for name in ["SSH_CLIENT", "SSH_AUTH_SOCK", "SSH_TTY", "SSH_CONNECTION"] {
            env.set(name.as_bytes(), b"deleted");
        }
        let tmp = phpt::default_tmp_dir();
        if env.get(b"TEMP").is_none_or(|v| v.is_empty()) {
            env.set(b"TEMP", &tmp);
        }
        if let Some(php) = php {
            env.set(b"TEST_PHP_EXECUTABLE", php.as_os_str().as_bytes());
        }
        env.set(b"TEST_PHP_CGI_EXECUTABLE", b"");
        env.set(b"TEST_PHPDBG_EXECUTABLE", b"");
        RunSettings {
            timeout,
            ini_overwrites: Vec::new(),
            base_env: env.0,
            tmp,
            conflicts: ConflictLocks::default(),
        }
    }
}

/// An ordered environment where setting a name again replaces its value.
#[derive(Clone, Debug, Default)]
struct EnvMap(Vec<(Vec<u8>, Vec<u8>)>);

impl EnvMap {
    fn set(&mut self, name: &[u8], value: &[u8]) {
        match self.0.iter_mut().find(|(n, _)| n == name) {
            Some(entry) => entry.1 = value.to_vec(),
            None => self.0.push((name.to_vec(), value.to_vec())),
        }
    }

    fn get(&self, name: &[u8]) -> Option<&[u8]> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }

    fn remove(&mut self, name: &[u8]) {
        self.0.retain(|(n, _)| n != name);
    }

    /// The environment a script sees. run-tests.php starts scripts with
    /// proc_open(), which leaves out variables whose value is empty: its
    /// `$env['QUERY_STRING'] = ''` and an ENV line `NAME=` unset NAME.
    fn for_child(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        self.0
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .cloned()
            .collect()
    }
}

/// The verdict a case gets on `target` without running any code, if any
/// (BORK, SKIP for CGI/phpdbg/REDIRECTTEST or missing extensions).
pub fn static_verdict(case: &CaseFile, target: &Target) -> Option<Verdict> {
    let parsed = match &case.parsed {
        Ok(parsed) => parsed,
        Err(bork) => return Some(Verdict::Bork(bork.to_string())),
    };
    if parsed.needs_cgi() {
        return Some(Verdict::Skip(phpt::reasons::CGI_NOT_AVAILABLE.into()));
    }
    if parsed.needs_phpdbg() {
        return Some(Verdict::Skip(phpt::reasons::PHPDBG_NOT_AVAILABLE.into()));
    }
    let extensions = parsed.extensions();
    if !extensions.is_empty() {
        let check = target.check_extensions(&extensions);
        if !check.missing.is_empty() {
            return Some(Verdict::Skip(phpt::missing_extensions_reason(
                &check.missing,
            )));
        }
    }
    if parsed.is_redirect() {
        return Some(Verdict::Skip(
            "REDIRECTTEST is not supported by phpt-runner".into(),
        ));
    }
    if let Some(Err(e)) = case.matcher() {
        return Some(Verdict::Bork(format!(
            "{}: the expectation cannot be matched: {e}",
            case.name
        )));
    }
    None
}

/// Run `case` on `target`: run-tests.php's `run_test()`.
pub fn run_case(case: &CaseFile, target: &Target, settings: &RunSettings) -> RunOutcome {
    let started = Instant::now();
    if let Some(verdict) = static_verdict(case, target) {
        return RunOutcome::of(verdict);
    }
    let parsed = match &case.parsed {
        Ok(parsed) => parsed,
        Err(bork) => return RunOutcome::of(Verdict::Bork(bork.to_string())),
    };
    let _held = settings.conflicts.acquire(parsed.conflicts());
    let mut retried = false;
    let mut skipif_cache = SkipifCache::new(settings);
    loop {
        let (mut outcome, flaky) =
            attempt(case, parsed, target, settings, retried, &mut skipif_cache);
        // run-tests.php's error_may_be_retried(): any output that did not
        // pass, of a flaky case or with a transient-looking error.
        let unpassed = matches!(
            outcome.verdict,
            Verdict::Fail(Failure::Mismatch)
                | Verdict::Xfail(_)
                | Verdict::Xleak(_)
                | Verdict::Warn {
                    failure: Some(_),
                    ..
                }
        );
        let may_retry = !retried
            && unpassed
            && (flaky
                || parsed.is_flaky()
                || outcome
                    .normalised()
                    .is_some_and(|o| phpt::is_flaky_output(&o)));
        if may_retry {
            retried = true;
            continue;
        }
        outcome.retried = retried;
        outcome.duration = started.elapsed();
        return outcome;
    }
}

/// The part of run-tests.php's SKIPIF cache that is deterministic: within
/// one case, a retry reuses the first attempt's SKIPIF output instead of
/// running SKIPIF again. (run-tests.php also shares the output between
/// cases of a folder with the same SKIPIF code and settings, which
/// depends on the order the cases run in; that is not emulated.)
struct SkipifCache {
    enabled: bool,
    output: Option<Vec<u8>>,
}

impl SkipifCache {
    /// run-tests.php caches unless `DISABLE_SKIP_CACHE` is truthy.
    fn new(settings: &RunSettings) -> SkipifCache {
        let disabled = settings
            .base_env
            .iter()
            .any(|(n, v)| n == b"DISABLE_SKIP_CACHE" && phpt::php_truthy(v));
        SkipifCache {
            enabled: !disabled,
            output: None,
        }
    }

    /// The trimmed output of an earlier run, if cached.
    fn get(&self) -> Option<Vec<u8>> {
        self.output.clone()
    }

    /// Remember a run's trimmed output; run-tests.php never caches output
    /// that starts with `nocache`.
    fn put(&mut self, trimmed: &[u8]) {
        if self.enabled && !trimmed.starts_with(b"nocache") {
            self.output = Some(trimmed.to_vec());
        }
    }
}

/// Environment variables run-tests.php unsets (in the shell) for SKIPIF
/// and CLEAN.
const UNSET_FOR_HELPERS: [&str; 4] = [
    "REQUEST_METHOD",
    "QUERY_STRING",
    "PATH_TRANSLATED",
    "SCRIPT_FILENAME",
];

fn helper_env(env: &EnvMap) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut env = env.clone();
    for name in UNSET_FOR_HELPERS {
        env.remove(name.as_bytes());
    }
    env.for_child()
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// One go at a case; also says whether SKIPIF made it flaky.
fn attempt(
    case: &CaseFile,
    parsed: &phpt::Case,
    target: &Target,
    settings: &RunSettings,
    retried: bool,
    skipif_cache: &mut SkipifCache,
) -> (RunOutcome, bool) {
    let extensions = parsed.extensions();
    let check = target.check_extensions(&extensions);

    // run-tests.php's `$orig_ini_settings` (SKIPIF and CLEAN get these)
    // and `$ini_settings` (FILE).
    let mut orig_ini = phpt::IniSettings::new();
    orig_ini.extend(check.load.iter().cloned());
    match target {
        Target::Php(php) => orig_ini.extend(php.ini_overwrites().iter().cloned()),
        Target::Embedded(_) => {
            orig_ini.extend(phpt::IniSettings::with_defaults().entries().to_vec())
        }
    }
    orig_ini.extend(settings.ini_overwrites.iter().cloned());
    let mut ini = orig_ini.clone();
    let mut pass_options: &[u8] = b"";
    if let Target::Php(php) = target {
        if php.adds_preload_user() {
            ini.set(b"opcache.preload_user", b"root");
        }
        pass_options = php.pass_options();
    }
    ini.extend(parsed.ini(&settings.tmp));

    let mut env = EnvMap(settings.base_env.clone());
    for name in [
        "REDIRECT_STATUS",
        "QUERY_STRING",
        "PATH_TRANSLATED",
        "SCRIPT_FILENAME",
        "REQUEST_METHOD",
        "CONTENT_TYPE",
        "CONTENT_LENGTH",
        "TZ",
    ] {
        env.set(name.as_bytes(), b"");
    }
    for (name, value) in parsed.env() {
        env.set(&name, &value);
    }
    let mut extra_args = pass_options.to_vec();
    extra_args.push(b' ');
    extra_args.extend_from_slice(&crate::target::php::settings_to_params(ini.entries()));
    env.set(b"TEST_PHP_EXTRA_ARGS", &extra_args);

    let script = |role: Role, path: PathBuf| Script {
        role,
        code: b"",
        path,
        ini: orig_ini.clone(),
        env: Vec::new(),
        args: None,
        args_text: None,
        stdin: None,
        capture: phpt::CaptureStdio::default(),
        timeout: settings.timeout,
        extensions: extensions.clone(),
    };

    // SKIPIF
    let mut info = None;
    let mut warn = None;
    let mut xfail = parsed.xfail().map(lossy);
    let mut flaky = false;
    let mut skipif_output = None;
    if let Some(code) = parsed.skipif() {
        let trimmed = match skipif_cache.get() {
            Some(cached) => cached,
            None => {
                let run = Script {
                    code,
                    env: helper_env(&env),
                    ..script(Role::Skipif, case.sibling("skip.php"))
                };
                let execution = target.run(&run);
                if let Some(problem) = execution.abnormal() {
                    let verdict = Verdict::Fail(Failure::Abnormal(format!("SKIPIF: {problem}")));
                    return (RunOutcome::of(verdict), false);
                }
                let trimmed = phpt::php_trim(&execution.output).to_vec();
                skipif_cache.put(&trimmed);
                trimmed
            }
        };
        match phpt::interpret_skipif(&trimmed) {
            SkipifVerdict::Run => {}
            SkipifVerdict::Skip(reason) => {
                let mut outcome = RunOutcome::of(Verdict::Skip(lossy(&reason)));
                outcome.skipif_output = Some(trimmed);
                return (outcome, false);
            }
            SkipifVerdict::Info(text) => info = Some(lossy(&text)),
            SkipifVerdict::Warn(text) => warn = Some(lossy(&text)),
            SkipifVerdict::Xfail(text) => xfail = Some(lossy(&text)),
            SkipifVerdict::Flaky(_) => flaky = true,
            SkipifVerdict::Bork(text) => {
                let mut outcome = RunOutcome::of(Verdict::Bork(format!(
                    "{}: {}: {}",
                    case.name,
                    phpt::SKIPIF_BORK_REASON,
                    lossy(&text)
                )));
                outcome.skipif_output = Some(trimmed);
                return (outcome, false);
            }
        }
        skipif_output = Some(trimmed);
    }

    // FILE
    let Some(file) = parsed.file() else {
        let verdict = Verdict::Bork(format!("{}: no FILE section", case.name));
        return (RunOutcome::of(verdict), false);
    };
    let test_file = case.sibling("php");
    let test_file_bytes = {
        use std::os::unix::ffi::OsStrExt;
        test_file.as_os_str().as_bytes().to_vec()
    };
    env.set(b"REDIRECT_STATUS", b"1");
    for name in ["PATH_TRANSLATED", "SCRIPT_FILENAME"] {
        // PHP's empty(): "" and "0" are empty.
        if !env.get(name.as_bytes()).is_some_and(phpt::php_truthy) {
            env.set(name.as_bytes(), &test_file_bytes);
        }
    }
    env.set(b"HTTP_COOKIE", b"");
    env.set(b"REQUEST_METHOD", b"GET");
    env.set(b"CONTENT_TYPE", b"");
    env.set(b"CONTENT_LENGTH", b"");
    let main = Script {
        code: &file.text,
        ini,
        env: env.for_child(),
        args: parsed.args(),
        args_text: parsed.args_text(),
        stdin: parsed.stdin(),
        capture: parsed.capture_stdio(),
        ..script(Role::Main, test_file)
    };
    let execution = target.run(&main);
    let mut outcome = RunOutcome::of(Verdict::Pass);
    outcome.skipif_output = skipif_output;
    outcome.info = info;

    // CLEAN
    let mut clean_output = None;
    if let Some(code) = parsed.clean() {
        let run = Script {
            code,
            env: helper_env(&env),
            ..script(Role::Clean, case.sibling("clean.php"))
        };
        let cleaned: Execution = target.run(&run);
        if let Some(problem) = cleaned.abnormal() {
            outcome.output = Some(execution.output);
            outcome.verdict = Verdict::Fail(Failure::Abnormal(format!("CLEAN: {problem}")));
            return (outcome, flaky);
        }
        clean_output = Some(cleaned.output);
    }

    if let Some(problem) = execution.abnormal() {
        outcome.output = Some(execution.output);
        outcome.verdict = Verdict::Fail(Failure::Abnormal(problem));
        return (outcome, flaky);
    }
    let normalised = phpt::normalise(&execution.output);
    outcome.output = Some(execution.output);
    let passed = match case.matcher() {
        Some(Ok(matcher)) => matcher.matches_normalised(&normalised),
        _ => false,
    };
    outcome.verdict = if passed {
        if let Some(clean) = clean_output.filter(|c| phpt::clean_output_borks(c)) {
            Verdict::Bork(format!(
                "{}: {}: {}",
                case.name,
                phpt::CLEAN_BORK_REASON,
                lossy(&clean)
            ))
        } else if xfail.is_some() {
            Verdict::Warn {
                reason: phpt::reasons::XFAIL_BUT_PASSES.into(),
                failure: None,
            }
        } else if parsed.xleak().is_some() {
            Verdict::Warn {
                reason: phpt::reasons::XLEAK_BUT_PASSES.into(),
                failure: None,
            }
        } else if retried {
            Verdict::Warn {
                reason: phpt::reasons::PASSED_ON_RETRY.into(),
                failure: None,
            }
        } else {
            Verdict::Pass
        }
    } else if let Some(reason) = warn {
        // run-tests.php reports WARN&FAIL, counted as WARNED.
        Verdict::Warn {
            reason,
            failure: Some(Failure::Mismatch),
        }
    } else if let Some(reason) = xfail {
        Verdict::Xfail(reason)
    } else if let Some(reason) = parsed.xleak() {
        Verdict::Xleak(lossy(reason))
    } else {
        Verdict::Fail(Failure::Mismatch)
    };
    (outcome, flaky)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings_with(env: &[(&[u8], &[u8])]) -> RunSettings {
        let mut settings = RunSettings::new(Duration::from_secs(1), None);
        settings.base_env = env.iter().map(|(n, v)| (n.to_vec(), v.to_vec())).collect();
        settings
    }

    #[test]
    fn skipif_output_is_kept_for_the_retry() {
        let mut cache = SkipifCache::new(&settings_with(&[]));
        assert_eq!(cache.get(), None);
        cache.put(b"nocache");
        assert_eq!(cache.get(), None, "nocache output is never kept");
        cache.put(b"");
        assert_eq!(cache.get(), Some(Vec::new()));
        let mut cache = SkipifCache::new(&settings_with(&[(b"DISABLE_SKIP_CACHE", b"1")]));
        cache.put(b"info x");
        assert_eq!(cache.get(), None);
        // "0" is falsy in PHP: the cache stays on.
        let mut cache = SkipifCache::new(&settings_with(&[(b"DISABLE_SKIP_CACHE", b"0")]));
        cache.put(b"xfail later");
        assert_eq!(cache.get(), Some(b"xfail later".to_vec()));
    }

    #[test]
    fn empty_values_are_left_out_as_proc_open_does() {
        let mut env = EnvMap::default();
        env.set(b"KEPT", b"value");
        env.set(b"EMPTY", b"");
        env.set(b"CLEARED", b"was set");
        env.set(b"CLEARED", b"");
        env.set(b"SPACE", b" ");
        assert_eq!(
            env.for_child(),
            vec![
                (b"KEPT".to_vec(), b"value".to_vec()),
                (b"SPACE".to_vec(), b" ".to_vec())
            ]
        );
        env.set(b"REQUEST_METHOD", b"GET");
        let helper = helper_env(&env);
        assert!(helper.iter().all(|(n, _)| n != b"REQUEST_METHOD"));
        assert!(helper.iter().any(|(n, _)| n == b"KEPT"));
    }
}
