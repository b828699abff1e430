//! Whole-file rules, as run-tests.php's `TestFile::validateAndProcess()`
//! applies them after reading: which sections must exist, loading the
//! `*_EXTERNAL` files, and turning FILEEOF/PHPDBG into FILE/STDIN.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::path::{Path, PathBuf};

use crate::bork::Bork;
use crate::expect::{ExpectKind, Expectation};
use crate::php;
use crate::section::{Origin, Section};

/// The sections run-tests.php counts as "the FILE".
const FILE_SECTIONS: [&str; 3] = ["FILE", "FILEEOF", "FILE_EXTERNAL"];
/// The expectation sections, of which exactly one must remain after the
/// external ones are loaded.
const EXPECT_SECTIONS: [&str; 3] = ["EXPECT", "EXPECTF", "EXPECTREGEX"];

/// The result of validation: run-tests.php's processed section list and the
/// case's expectation (none only for REDIRECTTEST cases).
pub(crate) struct Validated {
    pub sections: Vec<Section>,
    pub expectation: Option<Expectation>,
}

fn find<'a>(sections: &'a [Section], name: &str) -> Option<&'a Section> {
    sections.iter().find(|s| s.name == name)
}

/// Put `section` in place of the one with the same name (keeping its
/// position, as a PHP array assignment does), or at the end.
fn set(sections: &mut Vec<Section>, section: Section) {
    match sections.iter_mut().find(|s| s.name == section.name) {
        Some(slot) => *slot = section,
        None => sections.push(section),
    }
}

/// The line to blame when exactly one of `names` must be present: the
/// second such header if there are several, else the start of the file.
fn count_and_blame(sections: &[Section], names: &[&str]) -> (usize, usize) {
    let mut lines: Vec<usize> = sections
        .iter()
        .filter(|s| names.contains(&s.name.as_str()))
        .map(|s| s.header_line)
        .collect();
    lines.sort_unstable();
    (lines.len(), lines.get(1).copied().unwrap_or(1))
}

/// Where an `X_EXTERNAL` section points: the case's folder, `/`, and the
/// trimmed text with every `..` removed. Built by concatenation, as PHP
/// does, so a leading `/` (from `../x`) stays inside the folder.
pub fn external_path(base_dir: &Path, text: &[u8]) -> PathBuf {
    let name = php::replace(text, b"..", b"");
    let mut bytes = php::path_bytes(base_dir);
    bytes.push(b'/');
    bytes.extend_from_slice(php::trim(&name));
    PathBuf::from(OsString::from_vec(bytes))
}

/// Contents of an existing external file as `file_get_contents()` gives
/// them: a folder or an unreadable file reads as empty text.
fn read_external(path: &Path) -> Option<Vec<u8>> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.is_dir() {
        return Some(Vec::new());
    }
    Some(std::fs::read(path).unwrap_or_default())
}

pub(crate) fn validate(
    file: &Path,
    mut sections: Vec<Section>,
    base_dir: &Path,
    in_redirect: bool,
) -> Result<Validated, Bork> {
    // A redirect case is a pointer to other cases: run-tests.php checks
    // nothing else about it.
    if let Some(redirect) = find(&sections, "REDIRECTTEST") {
        if in_redirect {
            return Err(Bork::new(
                file,
                redirect.header_line,
                "Can't redirect a test from within a redirected test",
            ));
        }
        return Ok(Validated {
            sections,
            expectation: None,
        });
    }

    let (files, blame) = count_and_blame(&sections, &FILE_SECTIONS);
    if find(&sections, "PHPDBG").is_none() && files != 1 {
        return Err(Bork::new(file, blame, "missing section --FILE--"));
    }

    if let Some(pos) = sections.iter().position(|s| s.name == "FILEEOF") {
        let eof = sections.remove(pos);
        let keep = eof
            .text
            .iter()
            .rposition(|&b| b != b'\r' && b != b'\n')
            .map_or(0, |i| i + 1);
        set(
            &mut sections,
            Section {
                name: "FILE".to_string(),
                text: eof.text[..keep].to_vec(),
                origin: Origin::Derived("FILEEOF"),
                ..eof
            },
        );
    }

    for prefix in ["FILE", "EXPECT", "EXPECTF", "EXPECTREGEX"] {
        let key = format!("{prefix}_EXTERNAL");
        let Some(external) = find(&sections, &key) else {
            continue;
        };
        let path = external_path(base_dir, &external.text);
        let Some(text) = read_external(&path) else {
            return Err(Bork::new(
                file,
                external.text_line,
                format!("could not load --{key}-- {}", path.display()),
            ));
        };
        let loaded = Section {
            name: prefix.to_string(),
            header_line: external.header_line,
            text_line: external.text_line,
            text,
            origin: Origin::External(path),
        };
        set(&mut sections, loaded);
    }

    let (expects, blame) = count_and_blame(&sections, &EXPECT_SECTIONS);
    if expects != 1 {
        return Err(Bork::new(
            file,
            blame,
            "missing section --EXPECT--, --EXPECTF-- or --EXPECTREGEX--",
        ));
    }
    let expectation = sections.iter().find_map(|s| {
        let kind = match s.name.as_str() {
            "EXPECT" => ExpectKind::Expect,
            "EXPECTF" => ExpectKind::Expectf,
            "EXPECTREGEX" => ExpectKind::Expectregex,
            _ => return None,
        };
        Some(Expectation {
            kind,
            text: s.text.clone(),
            line: s.text_line,
            origin: s.origin.clone(),
        })
    });

    if find(&sections, "STDIN").is_none() {
        if let Some(phpdbg) = find(&sections, "PHPDBG") {
            let mut text = phpdbg.text.clone();
            text.push(b'\n');
            let stdin = Section {
                name: "STDIN".to_string(),
                text,
                origin: Origin::Derived("PHPDBG"),
                ..phpdbg.clone()
            };
            sections.push(stdin);
        }
    }

    Ok(Validated {
        sections,
        expectation,
    })
}
