//! The .phpt test file format, as php 8.2's run-tests.php implements it.
//!
//! This crate knows nothing about any VM: it reads and validates case
//! files, interprets their sections, and decides whether an output meets
//! the expectation. Running code is the runner's business.
//!
//! ```
//! use std::path::Path;
//! use phpt::{Case, SkipifVerdict, interpret_skipif};
//!
//! let src = b"--TEST--\nadds\n--FILE--\n<?php echo 1 + 1;\n--EXPECTF--\n%d\n";
//! let case = Case::parse(Path::new("t/add.phpt"), src, Path::new("t")).unwrap();
//! assert_eq!(case.title(), b"adds");
//! let matcher = case.matcher().unwrap().unwrap();
//! assert!(matcher.matches(b"2\n"));
//! assert_eq!(interpret_skipif(b"skip no gd"), SkipifVerdict::Skip(b"no gd".to_vec()));
//! ```

#![warn(missing_docs)]

mod args;
mod bork;
mod case;
mod conflicts;
mod diff;
mod env;
mod expect;
mod expectf;
mod extensions;
mod flaky;
mod ini;
mod pattern;
mod pcre;
mod php;
pub mod reasons;
mod section;
mod skipif;
mod stdio;
mod subst;
mod validate;

pub use args::split_args;
pub use bork::Bork;
pub use case::Case;
pub use conflicts::{conflicts_in_file, dir_conflicts, parse_conflicts, CONFLICT_ALL};
pub use diff::{run_tests_diff, run_tests_log, DEFAULT_CONTEXT};
pub use env::parse_env;
pub use expect::{normalise, ExpectKind, Expectation, LineMatcher, Matcher, PatternError};
pub use expectf::{expectf_to_pcre, placeholder as expectf_placeholder, FLOAT_PCRE};
pub use extensions::{is_loaded, missing_extensions_reason, parse_extensions};
pub use flaky::{is_flaky, is_flaky_output};
pub use ini::{is_opcache_setting, parse_ini_section, IniSettings, INI_DEFAULTS};
pub use php::{is_truthy as php_truthy, trim as php_trim};
pub use section::{header_name, is_allowed, read_sections, Origin, Section, ALLOWED_SECTIONS};
pub use skipif::{
    clean_output_borks, interpret_skipif, SkipifVerdict, CLEAN_BORK_REASON, SKIPIF_BORK_REASON,
};
pub use stdio::CaptureStdio;
pub use subst::{default_tmp_dir, substitute_mail, substitute_pwd, substitute_tmp};
pub use validate::external_path;
