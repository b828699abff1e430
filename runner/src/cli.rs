//! Command-line options: ours (targets, reports, bless) parsed by clap next
//! to libtest's own, which go on to libtest-mimic. Positional arguments are
//! paths when they exist, include patterns when they look like globs, and
//! otherwise libtest's name filter.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Parser;
use libtest_mimic::{Arguments, ColorSetting};

use crate::target::{Kind, PHP_TARGET};

/// Default per-script time limit.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The longest time limit (about 31 years): longer ones would overflow the
/// clocks that enforce them.
const MAX_TIMEOUT_SECS: f64 = 1e9;

#[derive(Parser, Debug)]
#[command(
    name = "phpt-runner",
    about = "Run .phpt cases on every VM kind and on a php binary",
    help_template = "{about}\n\nUsage: phpt-runner [OPTIONS] [PATHS|GLOB|FILTER]...\n\n{all-args}{after-help}",
    after_help = "\nPositional arguments that exist on disk are paths to search (default: every \
tests/ folder of the workspace, without tests/fixtures); ones with glob characters are \
include patterns; any other is libtest's name filter. Trials are named path/to/case.phpt::TARGET \
(TARGET: call, switch, hybrid, tailcall, php, kinds-agree)."
)]
struct Cli {
    #[command(flatten)]
    libtest: Arguments,

    /// Embedded VM kinds to run (call, switch, hybrid, tailcall, all; php
    /// for the php target). Default: all four, or none when --php is given.
    #[arg(long, value_name = "K[,K...]", value_delimiter = ',')]
    kind: Vec<String>,

    /// Also run every case on this php binary (target `php`), as
    /// run-tests.php would.
    #[arg(long, value_name = "PATH")]
    php: Option<PathBuf>,

    /// Run php with -n (no php.ini), as run-tests.php's -n does.
    #[arg(long = "php-no-ini")]
    php_no_ini: bool,

    /// Time limit per script, in seconds [default: 60].
    #[arg(long, value_name = "SECS")]
    timeout: Option<f64>,

    /// An INI setting for every script on every target, as run-tests.php's
    /// -d (a case's own --INI-- still wins). `-d NAME` means NAME=1.
    #[arg(short = 'd', value_name = "NAME=VALUE")]
    define: Vec<String>,

    /// Write a run-tests.php-style status file: STATUS<TAB>path::target.
    #[arg(short = 'W', value_name = "FILE")]
    status_file: Option<PathBuf>,

    /// Write a JUnit XML report.
    #[arg(long, value_name = "FILE")]
    junit: Option<PathBuf>,

    /// Keep NAME.php, .out, .exp, .diff and .log next to each failing case
    /// (NAME.KIND.* for embedded kinds).
    #[arg(long)]
    keep_failed: bool,

    /// Rewrite the EXPECT section of failing cases with the actual output.
    #[arg(long)]
    bless: bool,

    /// Only cases whose path matches this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    include: Vec<String>,

    /// Leave out cases whose path matches this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,

    /// Paths to search, globs to include, or a name filter.
    #[arg(value_name = "PATHS", index = 2)]
    paths: Vec<String>,
}

/// Where the options come from.
#[derive(Clone, Debug)]
pub enum Mode {
    /// The `phpt-runner` binary.
    Cli,
    /// The cargo test harness, with the workspace root it was built in:
    /// positional arguments are name filters; `PHPT_*` variables and a php
    /// on PATH are looked at.
    Harness(PathBuf),
}

/// Everything the runner was asked to do.
#[derive(Debug)]
pub struct Options {
    /// libtest's options (filter, --exact, --list, ...).
    pub libtest: Arguments,
    /// Where the options came from.
    pub mode: Mode,
    /// Paths to search; empty for the default case folders.
    pub paths: Vec<PathBuf>,
    /// `--include` patterns.
    pub include: Vec<String>,
    /// `--exclude` patterns.
    pub exclude: Vec<String>,
    /// Embedded kinds to run.
    pub kinds: Vec<Kind>,
    /// Whether the kinds were asked for explicitly.
    pub kinds_explicit: bool,
    /// The php binary to run, if any.
    pub php: Option<PathBuf>,
    /// Whether the php binary was asked for explicitly.
    pub php_explicit: bool,
    /// `--php-no-ini`.
    pub php_no_ini: bool,
    /// Per-script time limit.
    pub timeout: Duration,
    /// `-d` settings, in order.
    pub ini: Vec<(Vec<u8>, Vec<u8>)>,
    /// `-W`.
    pub status_file: Option<PathBuf>,
    /// `--junit`.
    pub junit: Option<PathBuf>,
    /// `--keep-failed`.
    pub keep_failed: bool,
    /// `--bless`.
    pub bless: bool,
}

impl Options {
    /// Whether diffs are coloured (`--color`, else a terminal without
    /// `NO_COLOR`).
    pub fn color(&self) -> bool {
        use std::io::IsTerminal;
        match self.libtest.color {
            Some(ColorSetting::Always) => true,
            Some(ColorSetting::Never) => false,
            _ => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }
}

fn looks_like_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// `php` on PATH.
pub fn php_on_path() -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("php"))
        .find(|p| {
            p.metadata()
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

fn env_text(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// Parse `argv` (program name first). `Err` holds clap's error (help and
/// version included), to be shown and exited with.
pub fn parse(mode: Mode, argv: Vec<OsString>) -> Result<Options, ParseError> {
    use clap::{CommandFactory, FromArgMatches};
    // libtest's FILTER is one of our positionals; its doc would replace ours.
    let command = Cli::command()
        .long_about(None)
        .about("Run .phpt cases on every VM kind and on a php binary")
        .mut_arg("filter", |a| a.hide(true).index(1));
    let matches = command
        .try_get_matches_from(argv)
        .map_err(ParseError::Clap)?;
    let cli = Cli::from_arg_matches(&matches).map_err(ParseError::Clap)?;
    let mut libtest = cli.libtest;
    let mut positionals: Vec<String> = libtest.filter.take().into_iter().collect();
    positionals.extend(cli.paths);

    let mut paths = Vec::new();
    let mut include = cli.include;
    let mut filters = Vec::new();
    for p in positionals {
        match mode {
            Mode::Cli if Path::new(&p).exists() => paths.push(PathBuf::from(p)),
            Mode::Cli if looks_like_glob(&p) => include.push(p),
            _ => filters.push(p),
        }
    }
    if filters.len() > 1 {
        return Err(ParseError::Usage(format!(
            "only one name filter may be given, got {}: {} (paths must exist)",
            filters.len(),
            filters.join(", ")
        )));
    }
    libtest.filter = filters.pop();

    let mut kind_words = cli.kind;
    if kind_words.is_empty() {
        if let (Mode::Harness(_), Some(kinds)) = (&mode, env_text("PHPT_KINDS")) {
            kind_words = kinds.split(',').map(str::to_string).collect();
        }
    }
    let kinds_explicit = !kind_words.is_empty();
    let mut kinds = Vec::new();
    let mut php_kind = false;
    for word in kind_words
        .iter()
        .map(|w| w.trim())
        .filter(|w| !w.is_empty())
    {
        match word {
            "all" => kinds.extend(Kind::ALL),
            PHP_TARGET => php_kind = true,
            _ => kinds.push(word.parse::<Kind>().map_err(ParseError::Usage)?),
        }
    }
    kinds.sort();
    kinds.dedup();

    let mut php = cli.php.clone();
    let mut php_explicit = php.is_some();
    if let Mode::Harness(_) = mode {
        if php.is_none() {
            match env_text("PHPT_PHP").as_deref() {
                Some("0" | "none" | "no") => {}
                Some(path) => {
                    php = Some(PathBuf::from(path));
                    php_explicit = true;
                }
                None => php = php_on_path(),
            }
        }
    }
    if php_kind && php.is_none() {
        php = php_on_path();
        if php.is_none() {
            return Err(ParseError::Usage(
                "--kind php: no php binary given (--php) or found on PATH".into(),
            ));
        }
        php_explicit = true;
    }
    let php_only = matches!(mode, Mode::Cli) && cli.php.is_some();
    if !kinds_explicit && !php_only {
        kinds = Kind::ALL.to_vec();
    }

    let timeout_secs = match cli.timeout {
        Some(secs) => Some(secs),
        None => match (&mode, env_text("PHPT_TIMEOUT")) {
            (Mode::Harness(_), Some(t)) => Some(
                t.trim()
                    .parse::<f64>()
                    .map_err(|e| ParseError::Usage(format!("PHPT_TIMEOUT={t:?}: {e}")))?,
            ),
            _ => None,
        },
    };
    let timeout = match timeout_secs {
        Some(secs) if secs.is_finite() && secs > 0.0 && secs <= MAX_TIMEOUT_SECS => {
            Duration::from_secs_f64(secs)
        }
        Some(secs) => {
            return Err(ParseError::Usage(format!(
                "--timeout must be a positive number of seconds, at most {MAX_TIMEOUT_SECS}, got {secs}"
            )))
        }
        None => DEFAULT_TIMEOUT,
    };
    let php_no_ini = cli.php_no_ini
        || (matches!(mode, Mode::Harness(_)) && env_text("PHPT_PHP_NO_INI").is_some());

    let mut ini = Vec::new();
    for setting in &cli.define {
        let (name, value) = setting.split_once('=').unwrap_or((setting.as_str(), "1"));
        if name.trim().is_empty() {
            return Err(ParseError::Usage(format!(
                "-d {setting:?}: expected NAME=VALUE"
            )));
        }
        ini.push((name.trim().as_bytes().to_vec(), value.as_bytes().to_vec()));
    }

    Ok(Options {
        libtest,
        mode,
        paths,
        include,
        exclude: cli.exclude,
        kinds,
        kinds_explicit,
        php,
        php_explicit,
        php_no_ini,
        timeout,
        ini,
        status_file: cli.status_file,
        junit: cli.junit,
        keep_failed: cli.keep_failed,
        bless: cli.bless,
    })
}

/// Why the arguments could not be used.
#[derive(Debug)]
pub enum ParseError {
    /// clap's own error (also `--help`).
    Clap(clap::Error),
    /// Ours.
    Usage(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cli(args: &[&str]) -> Options {
        let mut argv = vec![OsString::from("phpt-runner")];
        argv.extend(args.iter().map(OsString::from));
        parse(Mode::Cli, argv).unwrap()
    }

    #[test]
    fn positionals_are_paths_globs_or_a_filter() {
        let dir = env!("CARGO_MANIFEST_DIR");
        let o = cli(&[dir, "tests/**/*.phpt", "arrays", "--exact"]);
        assert_eq!(o.paths, vec![PathBuf::from(dir)]);
        assert_eq!(o.include, vec!["tests/**/*.phpt".to_string()]);
        assert_eq!(o.libtest.filter.as_deref(), Some("arrays"));
        assert!(o.libtest.exact);
        let mut argv = vec![OsString::from("x"), "a".into(), "b".into()];
        assert!(parse(Mode::Cli, argv.clone()).is_err());
        argv.truncate(2);
        assert!(parse(Mode::Cli, argv).is_ok());
    }

    #[test]
    fn kinds_and_php() {
        let o = cli(&[]);
        assert_eq!(o.kinds, Kind::ALL.to_vec());
        assert!(o.php.is_none());
        let o = cli(&["--php", "/usr/bin/php"]);
        assert!(o.kinds.is_empty());
        assert_eq!(o.php.as_deref(), Some(Path::new("/usr/bin/php")));
        let o = cli(&["--php", "/usr/bin/php", "--kind", "tailcall,call"]);
        assert_eq!(o.kinds, vec![Kind::Call, Kind::Tailcall]);
        assert!(parse(Mode::Cli, vec!["x".into(), "--kind".into(), "goto".into()]).is_err());
    }

    #[test]
    fn our_options_and_libtest_options_mix() {
        let o = cli(&[
            "--timeout",
            "2.5",
            "-W",
            "status.txt",
            "--junit",
            "j.xml",
            "--keep-failed",
            "--bless",
            "--color",
            "never",
            "--test-threads",
            "1",
            "--skip",
            "big",
            "--list",
            "--format",
            "terse",
            "--exclude",
            "*slow*",
        ]);
        assert_eq!(o.timeout, Duration::from_millis(2500));
        assert_eq!(o.status_file.as_deref(), Some(Path::new("status.txt")));
        assert!(o.keep_failed && o.bless && o.libtest.list);
        assert_eq!(o.libtest.test_threads, Some(1));
        assert_eq!(o.libtest.skip, vec!["big".to_string()]);
        assert!(!o.color());
        assert_eq!(o.exclude, vec!["*slow*".to_string()]);
        assert!(parse(Mode::Cli, vec!["x".into(), "--timeout".into(), "0".into()]).is_err());
        // Out of range: Duration::from_secs_f64 used to panic on 1e20.
        for secs in ["1e20", "inf", "NaN", "1000000001"] {
            let argv = vec!["x".into(), "--timeout".into(), secs.into()];
            assert!(
                matches!(parse(Mode::Cli, argv), Err(ParseError::Usage(_))),
                "{secs}"
            );
        }
        assert_eq!(
            cli(&["--timeout", "1e9"]).timeout,
            Duration::from_secs(1_000_000_000)
        );
    }

    #[test]
    fn harness_positionals_are_filters() {
        let argv = vec![
            OsString::from("phpt"),
            "--exact".into(),
            "vm/tests/a.phpt::call".into(),
            "--nocapture".into(),
        ];
        let o = parse(Mode::Harness(PathBuf::from("/")), argv).unwrap();
        assert_eq!(o.libtest.filter.as_deref(), Some("vm/tests/a.phpt::call"));
        assert!(o.paths.is_empty());
    }
}
