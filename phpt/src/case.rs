//! A parsed and validated .phpt case, with typed access to what a runner
//! needs from its sections.

use std::path::{Path, PathBuf};

use crate::args;
use crate::bork::Bork;
use crate::conflicts;
use crate::env;
use crate::expect::{Expectation, Matcher, PatternError};
use crate::extensions;
use crate::flaky;
use crate::ini::{self, IniSettings};
use crate::php;
use crate::section::{self, Section};
use crate::stdio::CaptureStdio;
use crate::validate;

/// A valid .phpt case.
///
/// Sections are kept as run-tests.php holds them after validation: FILEEOF
/// is replaced by FILE (trailing newlines removed), each `X_EXTERNAL` has
/// also produced section X from its file, and a PHPDBG case without STDIN
/// has one made from PHPDBG.
#[derive(Clone, Debug)]
pub struct Case {
    path: PathBuf,
    dir: PathBuf,
    sections: Vec<Section>,
    expectation: Option<Expectation>,
    conflicts: Option<Vec<Vec<u8>>>,
}

impl Case {
    /// Read and validate the file at `path`; external files are looked up
    /// in its folder. A file that cannot be read is a [`Bork`] too.
    pub fn load(path: &Path) -> Result<Case, Bork> {
        let contents = std::fs::read(path).map_err(|e| {
            Bork::new(
                path,
                1,
                format!("Cannot open test file: {} ({e})", path.display()),
            )
        })?;
        Case::parse(path, &contents, &php::dirname(path))
    }

    /// Parse and validate `contents`. `path` names the case (in borks and
    /// for `{PWD}`); `base_dir` is the folder `*_EXTERNAL` names are
    /// relative to (normally the folder of `path`), read with `std::fs`.
    pub fn parse(path: &Path, contents: &[u8], base_dir: &Path) -> Result<Case, Bork> {
        Case::parse_inner(path, contents, base_dir, false)
    }

    /// As [`Case::parse`], for a case reached through another case's
    /// REDIRECTTEST: a REDIRECTTEST in it is then a BORK.
    pub fn parse_redirected(path: &Path, contents: &[u8], base_dir: &Path) -> Result<Case, Bork> {
        Case::parse_inner(path, contents, base_dir, true)
    }

    fn parse_inner(
        path: &Path,
        contents: &[u8],
        base_dir: &Path,
        in_redirect: bool,
    ) -> Result<Case, Bork> {
        let sections = section::read_sections(path, contents)?;
        let validated = validate::validate(path, sections, base_dir, in_redirect)?;
        Ok(Case {
            path: path.to_path_buf(),
            dir: base_dir.to_path_buf(),
            sections: validated.sections,
            expectation: validated.expectation,
            conflicts: conflicts::conflicts_in_file(contents),
        })
    }

    /// The path the case was named by.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The folder external files are read from.
    pub fn base_dir(&self) -> &Path {
        &self.dir
    }

    /// What run-tests.php substitutes for `{PWD}`: `dirname()` of the path
    /// as named (`.` for a bare file name).
    pub fn pwd(&self) -> Vec<u8> {
        php::path_bytes(&php::dirname(&self.path))
    }

    /// The TEST section, trimmed: the case's title.
    pub fn title(&self) -> &[u8] {
        self.section("TEST").map_or(&[][..], |s| php::trim(&s.text))
    }

    /// Every section, in file order (with derived ones where run-tests.php
    /// puts them).
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// The section called `name` (run-tests.php's `hasSection`/`getSection`).
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }

    /// Whether the case has section `name`, even an empty one.
    pub fn has_section(&self, name: &str) -> bool {
        self.section(name).is_some()
    }

    /// run-tests.php's `sectionNotEmpty`: present, and not empty or `0`.
    pub fn section_not_empty(&self, name: &str) -> bool {
        self.section(name).is_some_and(Section::is_not_empty)
    }

    fn text(&self, name: &str) -> Option<&[u8]> {
        self.section(name).map(|s| s.text.as_slice())
    }

    /// The script to run (FILE, from FILEEOF or FILE_EXTERNAL too). `None`
    /// only for REDIRECTTEST and some PHPDBG cases.
    pub fn file(&self) -> Option<&Section> {
        self.section("FILE")
    }

    /// The expectation; `None` only for a REDIRECTTEST case.
    pub fn expectation(&self) -> Option<&Expectation> {
        self.expectation.as_ref()
    }

    /// Build the expectation's [`Matcher`] (`None` without an expectation).
    pub fn matcher(&self) -> Option<Result<Matcher, PatternError>> {
        self.expectation.as_ref().map(Matcher::new)
    }

    /// SKIPIF code to run first, if the section is not empty.
    pub fn skipif(&self) -> Option<&[u8]> {
        self.section("SKIPIF")
            .filter(|s| s.is_not_empty())
            .map(|s| s.text.as_slice())
    }

    /// CLEAN code to run afterwards, if the section is not empty; trimmed,
    /// as run-tests.php saves it.
    pub fn clean(&self) -> Option<&[u8]> {
        self.section("CLEAN")
            .filter(|s| s.is_not_empty())
            .map(|s| php::trim(&s.text))
    }

    /// The XFAIL reason (right-trimmed) if the case has an XFAIL section.
    pub fn xfail(&self) -> Option<&[u8]> {
        self.text("XFAIL").map(php::rtrim)
    }

    /// The XLEAK reason (right-trimmed) if the case has an XLEAK section.
    pub fn xleak(&self) -> Option<&[u8]> {
        self.text("XLEAK").map(php::rtrim)
    }

    /// Whether run-tests.php would retry a failure of this case once
    /// (FLAKY section, `SKIP_PERF_SENSITIVE` in SKIPIF, timing functions in
    /// FILE). A SKIPIF verdict of `flaky` also makes a case flaky.
    pub fn is_flaky(&self) -> bool {
        flaky::is_flaky(
            self.has_section("FLAKY"),
            self.text("SKIPIF"),
            self.text("FILE"),
        )
    }

    /// Standard input for the script: the STDIN section as is; `None`
    /// means empty standard input.
    pub fn stdin(&self) -> Option<&[u8]> {
        self.text("STDIN")
    }

    /// The ARGS section's raw text.
    pub fn args_text(&self) -> Option<&[u8]> {
        self.text("ARGS")
    }

    /// Arguments for the script (passed after `--`), split as `sh` would.
    /// `None` without an ARGS section (then no `--` is passed either).
    pub fn args(&self) -> Option<Vec<Vec<u8>>> {
        self.args_text().map(args::split_args)
    }

    /// Which standard streams to capture.
    pub fn capture_stdio(&self) -> CaptureStdio {
        CaptureStdio::from_section(self.text("CAPTURE_STDIO"))
    }

    /// Extensions the case needs (see [`extensions::parse_extensions`]);
    /// empty without an EXTENSIONS section.
    pub fn extensions(&self) -> Vec<Vec<u8>> {
        self.text("EXTENSIONS")
            .map(extensions::parse_extensions)
            .unwrap_or_default()
    }

    /// ENV variables, with `{PWD}` replaced by [`Case::pwd`].
    pub fn env(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        self.text("ENV")
            .map(|t| env::parse_env(t, &self.pwd()))
            .unwrap_or_default()
    }

    /// The INI section's settings, `{PWD}` replaced by [`Case::pwd`] and
    /// `{TMP}` by `tmp`.
    pub fn ini(&self, tmp: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
        self.text("INI")
            .map(|t| ini::parse_ini_section(t, &self.pwd(), tmp))
            .unwrap_or_default()
    }

    /// The settings for a run: run-tests.php's defaults, then the INI
    /// section on top.
    pub fn ini_settings(&self, tmp: &[u8]) -> IniSettings {
        let mut settings = IniSettings::with_defaults();
        settings.extend(self.ini(tmp));
        settings
    }

    /// Conflict keys from the file's CONFLICTS section, or else from a
    /// `CONFLICTS` file in the case's folder.
    pub fn conflicts(&self) -> Vec<Vec<u8>> {
        match &self.conflicts {
            Some(keys) => keys.clone(),
            None => conflicts::dir_conflicts(&php::dirname(&self.path)),
        }
    }

    /// run-tests.php's `isCGI()`: a CGI section, or a non-empty GET, POST,
    /// GZIP_POST, DEFLATE_POST, POST_RAW, PUT, COOKIE or EXPECTHEADERS.
    /// Such cases need php-cgi; without it run-tests.php SKIPs them
    /// ("CGI not available").
    pub fn needs_cgi(&self) -> bool {
        self.has_section("CGI")
            || [
                "GET",
                "POST",
                "GZIP_POST",
                "DEFLATE_POST",
                "POST_RAW",
                "PUT",
                "COOKIE",
                "EXPECTHEADERS",
            ]
            .iter()
            .any(|name| self.section_not_empty(name))
    }

    /// Whether the case runs under phpdbg (SKIP "phpdbg not available"
    /// without it).
    pub fn needs_phpdbg(&self) -> bool {
        self.has_section("PHPDBG")
    }

    /// Whether the case is a REDIRECTTEST (runs other cases).
    pub fn is_redirect(&self) -> bool {
        self.has_section("REDIRECTTEST")
    }
}
