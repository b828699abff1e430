//! The phpt runner: finds .phpt cases, runs each on every selected target
//! (the embedded VM's dispatch kinds and, optionally, a php binary) as
//! libtest trials, and reports like run-tests.php.
//!
//! Entry points: [`main_cli`] for the `phpt-runner` binary and
//! [`main_harness`] for the cargo test target (`tests/phpt.rs`).

pub mod cli;
pub mod conflicts;
pub mod diff;
pub mod discover;
pub mod report;
pub mod run;
pub mod target;
pub mod trials;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use cli::{Mode, Options, ParseError};
use discover::Filters;
use run::{CaseFile, RunSettings};
use target::{Kind, PhpBinary, Target, PHP_TARGET};
use trials::{Plan, Shared, KINDS_AGREE};

/// `main` of the `phpt-runner` binary.
pub fn main_cli() -> ExitCode {
    main_with(Mode::Cli, std::env::args_os().collect())
}

/// `main` of the cargo test harness: every case of the workspace rooted at
/// `workspace_root`, on every kind (and on php when one is found).
pub fn main_harness(workspace_root: &Path) -> ExitCode {
    main_with(
        Mode::Harness(workspace_root.to_path_buf()),
        std::env::args_os().collect(),
    )
}

/// Run with explicit arguments (program name first).
pub fn main_with(mode: Mode, argv: Vec<OsString>) -> ExitCode {
    let options = match cli::parse(mode, argv) {
        Ok(options) => options,
        Err(ParseError::Clap(e)) => e.exit(),
        Err(ParseError::Usage(message)) => {
            eprintln!("phpt-runner: {message}");
            return ExitCode::from(2);
        }
    };
    match run_all(options) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("phpt-runner: {message}");
            ExitCode::from(2)
        }
    }
}

/// The targets to run, in trial order (embedded kinds, then php).
fn targets(options: &Options, quiet: bool) -> Result<Vec<Target>, String> {
    let harness = matches!(options.mode, Mode::Harness(_));
    let mut targets = Vec::new();
    targets.extend(options.kinds.iter().map(|&k| Target::Embedded(k)));
    match &options.php {
        Some(path) => match PhpBinary::new(path, options.php_no_ini) {
            Ok(php) => targets.push(Target::Php(Arc::new(php))),
            Err(e) if harness && !options.php_explicit => {
                if !quiet {
                    eprintln!("phpt: notice: {e}; the php target is skipped");
                }
            }
            Err(e) => return Err(e),
        },
        None if harness && !quiet => eprintln!(
            "phpt: notice: no php binary found (set PHPT_PHP or put php on PATH); the php target is skipped"
        ),
        None => {}
    }
    Ok(targets)
}

/// Under nextest (`--exact NAME`), the one case and target NAME names,
/// found without walking the case folders.
fn exact_trial(options: &Options, root: &Path) -> Option<(PathBuf, String)> {
    if !options.libtest.exact || options.libtest.list {
        return None;
    }
    let name = options.libtest.filter.as_deref()?;
    let (path, target) = name.rsplit_once("::")?;
    let path = Path::new(path);
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        root.join(path)
    };
    Some((path, target.to_string()))
}

/// Why a run of the binary had no trial to run.
fn nothing_ran(options: &Options, filtered_out: u64) -> String {
    match &options.libtest.filter {
        Some(filter) => format!(
            "phpt-runner: no trial matches {filter:?}, which is not a path on disk either \
             ({filtered_out} trials filtered out)"
        ),
        None if filtered_out > 0 => {
            format!("phpt-runner: every trial was filtered out ({filtered_out})")
        }
        None => "phpt-runner: no case found to run".to_string(),
    }
}

fn run_all(mut options: Options) -> Result<ExitCode, String> {
    let started = Instant::now();
    let root = match &options.mode {
        Mode::Harness(root) => root.canonicalize().unwrap_or_else(|_| root.clone()),
        Mode::Cli => {
            let cwd = std::env::current_dir().map_err(|e| format!("no current folder: {e}"))?;
            discover::workspace_root(&cwd)
        }
    };
    let filters = Filters::new(&options.include, &options.exclude).map_err(|e| e.to_string())?;
    // A report that cannot be written is an error before the run, not
    // after it.
    if !options.libtest.list {
        for path in [&options.status_file, &options.junit].into_iter().flatten() {
            std::fs::File::create(path)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
    }
    let search: Vec<PathBuf> = if options.paths.is_empty() {
        discover::default_case_dirs(&root)
    } else {
        options.paths.clone()
    };

    // nextest runs one trial per process: build only that one.
    let exact = exact_trial(&options, &root);
    if let Some((_, target)) = &exact {
        match target.as_str() {
            PHP_TARGET => options.kinds.clear(),
            KINDS_AGREE => options.php = None,
            kind => {
                if let Ok(kind) = kind.parse::<Kind>() {
                    options.kinds.retain(|&k| k == kind);
                }
                options.php = None;
            }
        }
    }
    let quiet = options.libtest.list || exact.is_some();
    let targets = targets(&options, quiet)?;

    let found = match &exact {
        Some((path, _)) => match path.canonicalize() {
            Ok(path) if discover::selects(&root, &search, &filters, &path) => {
                vec![discover::Found {
                    name: discover::case_name(&root, &path),
                    path,
                }]
            }
            _ => Vec::new(),
        },
        None => discover::discover(&root, &search, &filters).map_err(|e| e.to_string())?,
    };
    let cases: Vec<Arc<CaseFile>> = found
        .into_iter()
        .map(|f| Arc::new(CaseFile::load(f.name, f.path)))
        .collect();

    let php_path = targets.iter().find_map(|t| match t {
        Target::Php(php) => Some(php.path().to_path_buf()),
        _ => None,
    });
    let color = options.color();
    let shared = Arc::new(Shared {
        settings: RunSettings {
            ini_overwrites: options.ini.clone(),
            ..RunSettings::new(options.timeout, php_path.as_deref())
        },
        style: diff::DiffStyle {
            color,
            ..diff::DiffStyle::default()
        },
        keep_failed: options.keep_failed,
        plain_messages: options.junit.is_some() || options.bless,
        keep_outputs: options.bless,
        records: Mutex::new(Vec::new()),
    });
    let plan = Plan {
        cases,
        targets,
        php_only_with_extensions: matches!(options.mode, Mode::Harness(_)) && !options.php_explicit,
    };
    let trials = trials::build(&plan, &shared, &options.libtest);
    let conclusion = libtest_mimic::run(&options.libtest, trials);
    if options.libtest.list {
        return Ok(conclusion.exit_code());
    }

    let mut records =
        std::mem::take(&mut *shared.records.lock().unwrap_or_else(|p| p.into_inner()));
    records.sort_by_key(|r| r.order);
    if let Some(path) = &options.status_file {
        std::fs::write(path, report::status_file(&records))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if let Some(path) = &options.junit {
        std::fs::write(path, report::junit(&records, started.elapsed()))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let notes = report::notes(&records);
    if !notes.is_empty() && exact.is_none() {
        println!("phpt notes:\n{notes}");
    }
    println!("{}", report::summary(&records));
    let ran = conclusion.num_passed + conclusion.num_failed + conclusion.num_ignored;
    if matches!(options.mode, Mode::Cli) && ran == 0 {
        // A mistyped path becomes a name filter matching nothing: a run
        // that checks nothing must not look like one that passed.
        eprintln!("{}", nothing_ran(&options, conclusion.num_filtered_out));
        return Ok(ExitCode::from(2));
    }
    if options.bless {
        for (name, result) in report::bless(&plan.cases, &records) {
            match result {
                report::BlessResult::Blessed => println!("blessed {name}"),
                report::BlessResult::Refused(why) => println!("not blessed {name}: {why}"),
            }
        }
    }
    Ok(conclusion.exit_code())
}
