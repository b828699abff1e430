//! Targets a case runs on: the embedded VM in one of its dispatch kinds, or
//! an external php binary. A target runs one script (SKIPIF, FILE or CLEAN)
//! at a time and hands back its output; verdicts are `run`'s business.

pub mod embedded;
pub mod php;

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use phpt::{CaptureStdio, IniSettings};

pub use php::PhpBinary;

/// A dispatch kind of the embedded VM.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A loop calls one handler function per op.
    Call,
    /// A `match` loop.
    Switch,
    /// Hot handlers inline in a `match`, cold ones called.
    Hybrid,
    /// Every handler tail-calls the next one.
    Tailcall,
}

impl Kind {
    /// Every kind, in the order trials and summaries list them.
    pub const ALL: [Kind; 4] = [Kind::Call, Kind::Switch, Kind::Hybrid, Kind::Tailcall];

    /// The kind's name as trials and `--kind` spell it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Call => "call",
            Kind::Switch => "switch",
            Kind::Hybrid => "hybrid",
            Kind::Tailcall => "tailcall",
        }
    }

    /// Position in [`Kind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl FromStr for Kind {
    type Err = String;

    fn from_str(s: &str) -> Result<Kind, String> {
        Kind::ALL
            .into_iter()
            .find(|k| k.name() == s)
            .ok_or_else(|| {
                format!("unknown kind {s:?} (expected call, switch, hybrid or tailcall)")
            })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where a case runs.
#[derive(Clone, Debug)]
pub enum Target {
    /// The VM in-process, in one dispatch kind.
    Embedded(Kind),
    /// An external php binary, one process per script.
    Php(Arc<PhpBinary>),
}

/// The trial-name suffix of the php target.
pub const PHP_TARGET: &str = "php";

impl Target {
    /// The name in trial names (`path::NAME`) and reports.
    pub fn name(&self) -> &'static str {
        match self {
            Target::Embedded(kind) => kind.name(),
            Target::Php(_) => PHP_TARGET,
        }
    }

    /// The embedded kind, if it is one.
    pub fn kind(&self) -> Option<Kind> {
        match self {
            Target::Embedded(kind) => Some(*kind),
            Target::Php(_) => None,
        }
    }

    /// Extensions among `wanted` this target cannot provide (run-tests.php's
    /// check, without running any case code), and INI lines that load the
    /// others (`extension=...` for php).
    pub fn check_extensions(&self, wanted: &[Vec<u8>]) -> ExtensionCheck {
        match self {
            Target::Embedded(_) => embedded::check_extensions(wanted),
            Target::Php(php) => php.check_extensions(wanted),
        }
    }

    /// Run one script.
    pub fn run(&self, script: &Script<'_>) -> Execution {
        match self {
            Target::Embedded(kind) => embedded::run(*kind, script),
            Target::Php(php) => php.run(script),
        }
    }
}

/// What [`Target::check_extensions`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtensionCheck {
    /// Names the target lacks.
    pub missing: Vec<Vec<u8>>,
    /// Settings that load the available ones which are not loaded yet
    /// (`extension` / `zend_extension` with a file), in order.
    pub load: Vec<(Vec<u8>, Vec<u8>)>,
}

/// Which of a case's code sections a script is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// SKIPIF: runs first, decides whether the case runs.
    Skipif,
    /// FILE: the case itself.
    Main,
    /// CLEAN: runs afterwards; its output only matters if not empty.
    Clean,
}

/// One script to run, with everything run-tests.php would hand php.
#[derive(Clone, Debug)]
pub struct Script<'a> {
    /// Which section this is.
    pub role: Role,
    /// The PHP code.
    pub code: &'a [u8],
    /// The file the code runs as (`NAME.php`, `NAME.skip.php`,
    /// `NAME.clean.php` next to the case), absolute.
    pub path: PathBuf,
    /// Every INI setting, run-tests.php's defaults included.
    pub ini: IniSettings,
    /// The environment the script sees.
    pub env: Vec<(Vec<u8>, Vec<u8>)>,
    /// Arguments after the script name; `None` without an ARGS section.
    pub args: Option<Vec<Vec<u8>>>,
    /// The ARGS section's raw text (php gets it through a shell).
    pub args_text: Option<&'a [u8]>,
    /// Standard input; `None` means empty.
    pub stdin: Option<&'a [u8]>,
    /// Which streams make the output.
    pub capture: CaptureStdio,
    /// How long the script may run.
    pub timeout: Duration,
    /// Extensions the case asked for (the embedded target loads optional
    /// ones only on request).
    pub extensions: Vec<Vec<u8>>,
}

/// What running a script gave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Execution {
    /// The captured output, as run-tests.php would read it (for php, with
    /// its timeout and `Termsig=` notes appended).
    pub output: Vec<u8>,
    /// Exit status, if the script ended by itself.
    pub status: Option<i32>,
    /// The VM panicked, with this message.
    pub panic: Option<String>,
    /// The script ran past its time limit.
    pub timed_out: bool,
    /// The VM did not stop by itself after its time limit.
    pub hung: bool,
    /// The script could not be started at all.
    pub error: Option<String>,
}

impl Execution {
    /// Whether the run ended abnormally in a way that is a failure whatever
    /// the output (a panic, a hang, or failing to start).
    pub fn abnormal(&self) -> Option<String> {
        if let Some(p) = &self.panic {
            return Some(format!("the VM panicked: {p}"));
        }
        if self.hung {
            return Some(format!(
                "the VM did not stop within its time limit plus {} s of grace (its interrupt was ignored); the run was abandoned",
                embedded::GRACE.as_secs()
            ));
        }
        self.error.clone()
    }
}
