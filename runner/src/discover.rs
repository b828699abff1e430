//! Finding cases: the workspace root, its default case folders (every
//! `tests/` folder of a workspace package), and the `.phpt` files under the
//! given paths, walked in a stable order and filtered by glob patterns.

use std::collections::HashSet;
use std::fmt;
use std::path::{Component, Path, PathBuf};

use glob::{MatchOptions, Pattern};

/// A case file found on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Canonical absolute path.
    pub path: PathBuf,
    /// The name trials use: relative to the workspace root with `/`
    /// separators when under it, else the canonical path.
    pub name: String,
}

/// A problem with the paths or patterns given.
#[derive(Debug)]
pub struct DiscoverError(pub String);

impl fmt::Display for DiscoverError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DiscoverError {}

/// Include and exclude patterns, matched against a case's name (and, for a
/// pattern without `/`, against its file name too).
#[derive(Clone, Debug, Default)]
pub struct Filters {
    include: Vec<Pattern>,
    exclude: Vec<Pattern>,
}

impl Filters {
    /// Compile the patterns; a bad one is an error naming it.
    pub fn new(include: &[String], exclude: &[String]) -> Result<Filters, DiscoverError> {
        let compile = |p: &String| {
            Pattern::new(p).map_err(|e| DiscoverError(format!("bad glob pattern {p:?}: {e}")))
        };
        Ok(Filters {
            include: include.iter().map(compile).collect::<Result<_, _>>()?,
            exclude: exclude.iter().map(compile).collect::<Result<_, _>>()?,
        })
    }

    fn matches(pattern: &Pattern, name: &str) -> bool {
        let options = MatchOptions {
            case_sensitive: true,
            require_literal_separator: true,
            require_literal_leading_dot: false,
        };
        if pattern.matches_with(name, options) {
            return true;
        }
        let file_name = name.rsplit('/').next().unwrap_or(name);
        !pattern.as_str().contains('/') && pattern.matches_with(file_name, options)
    }

    /// Whether a case named `name` is selected.
    pub fn accepts(&self, name: &str) -> bool {
        (self.include.is_empty() || self.include.iter().any(|p| Self::matches(p, name)))
            && !self.exclude.iter().any(|p| Self::matches(p, name))
    }
}

/// The workspace root above `start`: the nearest folder whose Cargo.toml
/// has a `[workspace]` table; `start` itself when there is none.
pub fn workspace_root(start: &Path) -> PathBuf {
    let start = start.canonicalize().unwrap_or_else(|_| start.to_path_buf());
    for dir in start.ancestors() {
        if let Ok(text) = std::fs::read_to_string(dir.join("Cargo.toml")) {
            if text.lines().any(|l| l.trim() == "[workspace]") {
                return dir.to_path_buf();
            }
        }
    }
    start
}

/// The `members` of the root Cargo.toml's `[workspace]` table, with globs
/// expanded; every folder holding a Cargo.toml if the list can't be read.
fn workspace_members(root: &Path) -> Vec<PathBuf> {
    let text = std::fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    let mut members = Vec::new();
    if let Some(list) = members_list(&text) {
        for member in list {
            let pattern = root.join(&member);
            match glob::glob(&pattern.to_string_lossy()) {
                Ok(paths) => members.extend(paths.flatten().filter(|p| p.is_dir())),
                Err(_) => members.push(pattern),
            }
        }
    } else if let Ok(entries) = std::fs::read_dir(root) {
        members.extend(
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.join("Cargo.toml").is_file()),
        );
    }
    members.sort();
    members.dedup();
    members
}

/// The strings of `members = [...]` in the `[workspace]` table (a small
/// reader for the one key we need, so the runner needs no TOML parser).
fn members_list(toml: &str) -> Option<Vec<String>> {
    let mut in_workspace = false;
    let mut collecting = false;
    let mut list = String::new();
    for line in toml.lines() {
        let trimmed = line.trim();
        if !collecting && trimmed.starts_with('[') {
            in_workspace = trimmed == "[workspace]";
            continue;
        }
        if in_workspace && !collecting {
            if let Some(rest) = trimmed.strip_prefix("members") {
                let rest = rest.trim_start();
                if let Some(rest) = rest.strip_prefix('=') {
                    collecting = true;
                    list.push_str(rest);
                }
            }
        } else if collecting {
            list.push_str(trimmed.split('#').next().unwrap_or(""));
        }
        if collecting && list.contains(']') {
            break;
        }
    }
    if !collecting {
        return None;
    }
    let body = list.split(']').next()?.split('[').nth(1)?;
    Some(
        body.split(',')
            .map(|s| s.trim().trim_matches('"').trim_matches('\'').to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    )
}

/// The default case folders: each workspace package's `tests/` folder.
pub fn default_case_dirs(root: &Path) -> Vec<PathBuf> {
    workspace_members(root)
        .into_iter()
        .map(|m| m.join("tests"))
        .filter(|t| t.is_dir())
        .collect()
}

/// Whether `path` is a `tests/fixtures` folder (or inside one): fixtures
/// are cases for the runner's own tests and never run by default.
fn is_fixtures_dir(path: &Path) -> bool {
    let names: Vec<_> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n),
            _ => None,
        })
        .collect();
    names
        .windows(2)
        .any(|w| w[0] == "tests" && w[1] == "fixtures")
}

/// The trial name of a canonical path.
pub fn case_name(root: &Path, path: &Path) -> String {
    match path.strip_prefix(root) {
        Ok(rel) => rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"),
        Err(_) => path.to_string_lossy().into_owned(),
    }
}

fn is_case_file(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy());
    name.is_some_and(|n| n.ends_with(".phpt") && !n.starts_with('.'))
}

/// Every case under `paths` (files are taken as they are), in a stable
/// order: each path in turn, each folder walked sorted by file name.
/// `tests/fixtures` folders are left out unless a given path is inside one.
pub fn discover(
    root: &Path,
    paths: &[PathBuf],
    filters: &Filters,
) -> Result<Vec<Found>, DiscoverError> {
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    for given in paths {
        let canonical = given
            .canonicalize()
            .map_err(|e| DiscoverError(format!("{}: {e}", given.display())))?;
        let mut push = |path: PathBuf| {
            let name = case_name(root, &path);
            if filters.accepts(&name) && seen.insert(path.clone()) {
                found.push(Found { path, name });
            }
        };
        if canonical.is_file() {
            push(canonical);
            continue;
        }
        let inside_fixtures = is_fixtures_dir(&canonical);
        let walker = walkdir::WalkDir::new(&canonical)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || !e.file_type().is_dir()
                    || inside_fixtures
                    || !is_fixtures_dir(e.path())
            });
        for entry in walker {
            let entry =
                entry.map_err(|e| DiscoverError(format!("walking {}: {e}", given.display())))?;
            if entry.file_type().is_file() && is_case_file(entry.path()) {
                push(entry.into_path());
            }
        }
    }
    Ok(found)
}

/// Whether [`discover`] on `paths` with `filters` would find the case at
/// the canonical `path` (the nextest fast path checks one case this way
/// instead of walking every folder).
pub fn selects(root: &Path, paths: &[PathBuf], filters: &Filters, path: &Path) -> bool {
    if !is_case_file(path) || !filters.accepts(&case_name(root, path)) {
        return false;
    }
    paths.iter().any(|given| {
        let Ok(given) = given.canonicalize() else {
            return false;
        };
        if given == path {
            return true;
        }
        let Ok(rel) = path.strip_prefix(&given) else {
            return false;
        };
        if is_fixtures_dir(&given) {
            return true;
        }
        // A fixtures folder between the search path and the case hides it.
        let mut dir = given.clone();
        for part in rel.parent().into_iter().flat_map(Path::components) {
            dir.push(part);
            if is_fixtures_dir(&dir) {
                return false;
            }
        }
        true
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_members() {
        let toml = "[package]\nmembers = [\"no\"]\n[workspace]\nresolver = \"2\"\nmembers = [\n  \"vm\", # the engine\n  \"crates/*\",\n]\n[x]\n";
        assert_eq!(members_list(toml).unwrap(), vec!["vm", "crates/*"]);
        assert_eq!(
            members_list("[workspace]\nmembers=['a','b']"),
            Some(vec!["a".into(), "b".into()])
        );
        assert_eq!(members_list("[package]\nname = \"x\""), None);
    }

    #[test]
    fn fixtures_dirs() {
        assert!(is_fixtures_dir(Path::new("/w/runner/tests/fixtures")));
        assert!(is_fixtures_dir(Path::new("/w/runner/tests/fixtures/a")));
        assert!(!is_fixtures_dir(Path::new("/w/runner/tests/lang")));
        assert!(!is_fixtures_dir(Path::new("/w/fixtures/tests")));
    }

    #[test]
    fn filters() {
        let f = Filters::new(&["vm/tests/**/*.phpt".into()], &["*big*".into()]).unwrap();
        assert!(f.accepts("vm/tests/lang/a.phpt"));
        assert!(f.accepts("vm/tests/a.phpt"));
        assert!(!f.accepts("vm/tests/lang/big_output.phpt"));
        assert!(!f.accepts("test-ext/tests/a.phpt"));
        let only_name = Filters::new(&["a*.phpt".into()], &[]).unwrap();
        assert!(only_name.accepts("x/y/abc.phpt"));
        assert!(!only_name.accepts("x/a/bc.phpt"));
        assert!(Filters::new(&["[".into()], &[]).is_err());
    }

    #[test]
    fn walks_in_order_and_skips_fixtures() {
        let dir = std::env::temp_dir().join(format!("runner-discover-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for f in [
            "tests/b.phpt",
            "tests/a/z.phpt",
            "tests/a.phpt",
            "tests/.hidden.phpt",
            "tests/notes.txt",
            "tests/fixtures/f.phpt",
        ] {
            let p = dir.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "--TEST--\n").unwrap();
        }
        let root = dir.canonicalize().unwrap();
        let names = |paths: &[PathBuf]| -> Vec<String> {
            discover(&root, paths, &Filters::default())
                .unwrap()
                .into_iter()
                .map(|f| f.name)
                .collect()
        };
        assert_eq!(
            names(&[dir.join("tests")]),
            ["tests/a/z.phpt", "tests/a.phpt", "tests/b.phpt"]
        );
        assert_eq!(
            names(&[dir.join("tests/fixtures")]),
            ["tests/fixtures/f.phpt"]
        );
        assert_eq!(
            names(&[dir.join("tests/b.phpt"), dir.join("tests")]),
            ["tests/b.phpt", "tests/a/z.phpt", "tests/a.phpt"]
        );
        assert!(discover(&root, &[dir.join("missing")], &Filters::default()).is_err());
        let tests = [dir.join("tests")];
        let none = Filters::default();
        assert!(selects(&root, &tests, &none, &root.join("tests/a/z.phpt")));
        assert!(!selects(
            &root,
            &tests,
            &none,
            &root.join("tests/fixtures/f.phpt")
        ));
        assert!(!selects(
            &root,
            &tests,
            &none,
            &root.join("tests/notes.txt")
        ));
        let fixtures = [dir.join("tests/fixtures")];
        assert!(selects(
            &root,
            &fixtures,
            &none,
            &root.join("tests/fixtures/f.phpt")
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
