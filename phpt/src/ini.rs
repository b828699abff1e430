//! INI settings: run-tests.php's defaults for every run, the INI
//! section's `name=value` lines on top, and the `-d` flags that hand them to
//! a php binary.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use crate::php;
use crate::subst;

/// run-tests.php 8.2's `$ini_overwrites`, in its order: every case runs
/// with these (php is started with `-n`, so no php.ini applies).
/// `error_reporting` is `E_ALL`, 32767 in php 8.
pub const INI_DEFAULTS: &[(&str, &str)] = &[
    ("output_handler", ""),
    ("open_basedir", ""),
    ("disable_functions", ""),
    ("output_buffering", "Off"),
    ("error_reporting", "32767"),
    ("display_errors", "1"),
    ("display_startup_errors", "1"),
    ("log_errors", "0"),
    ("html_errors", "0"),
    ("track_errors", "0"),
    ("report_memleaks", "1"),
    ("report_zend_debug", "0"),
    ("docref_root", ""),
    ("docref_ext", ".html"),
    ("error_prepend_string", ""),
    ("error_append_string", ""),
    ("auto_prepend_file", ""),
    ("auto_append_file", ""),
    ("ignore_repeated_errors", "0"),
    ("precision", "14"),
    ("serialize_precision", "-1"),
    ("memory_limit", "128M"),
    ("opcache.fast_shutdown", "0"),
    ("opcache.file_update_protection", "0"),
    ("opcache.revalidate_freq", "0"),
    ("opcache.jit_hot_loop", "1"),
    ("opcache.jit_hot_func", "1"),
    ("opcache.jit_hot_return", "1"),
    ("opcache.jit_hot_side_exit", "1"),
    ("zend.assertions", "1"),
    ("zend.exception_ignore_args", "0"),
    ("zend.exception_string_param_max_len", "15"),
    ("short_open_tag", "0"),
];

/// Whether a setting belongs to opcache (which an embedded VM may ignore).
pub fn is_opcache_setting(name: &[u8]) -> bool {
    name.starts_with(b"opcache.")
}

/// Settings that accumulate instead of replacing each other.
fn is_list_setting(name: &[u8]) -> bool {
    name == b"extension" || name == b"zend_extension"
}

/// An ordered set of INI settings, built as run-tests.php's
/// `settings2array()` builds its array: a later value replaces an earlier one
/// in place, except `extension` and `zend_extension`, which collect values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IniSettings {
    entries: Vec<(Vec<u8>, Vec<u8>)>,
}

impl IniSettings {
    /// No settings at all.
    pub fn new() -> IniSettings {
        IniSettings::default()
    }

    /// run-tests.php's [`INI_DEFAULTS`], opcache ones included.
    pub fn with_defaults() -> IniSettings {
        let mut ini = IniSettings::new();
        for (name, value) in INI_DEFAULTS {
            ini.set(name.as_bytes(), value.as_bytes());
        }
        ini
    }

    /// Set `name` to `value` (appending for `extension`/`zend_extension`).
    pub fn set(&mut self, name: &[u8], value: &[u8]) {
        if is_list_setting(name) {
            // Keep a setting's values together, where the first one was.
            let at = self
                .entries
                .iter()
                .rposition(|(n, _)| n == name)
                .map_or(self.entries.len(), |i| i + 1);
            self.entries.insert(at, (name.to_vec(), value.to_vec()));
        } else if let Some(entry) = self.entries.iter_mut().find(|(n, _)| n == name) {
            entry.1 = value.to_vec();
        } else {
            self.entries.push((name.to_vec(), value.to_vec()));
        }
    }

    /// Apply one `name=value` line (both sides trimmed); a line without `=`
    /// is ignored, as in run-tests.php.
    pub fn apply_line(&mut self, line: &[u8]) {
        if let Some((name, value)) = split_setting(line) {
            self.set(name, value);
        }
    }

    /// Apply pairs from [`parse_ini_section`] or elsewhere, in order.
    pub fn extend<N: AsRef<[u8]>, V: AsRef<[u8]>>(
        &mut self,
        pairs: impl IntoIterator<Item = (N, V)>,
    ) {
        for (name, value) in pairs {
            self.set(name.as_ref(), value.as_ref());
        }
    }

    /// Drop every opcache setting.
    pub fn without_opcache(mut self) -> IniSettings {
        self.entries.retain(|(n, _)| !is_opcache_setting(n));
        self
    }

    /// The last value of `name`.
    pub fn get(&self, name: &[u8]) -> Option<&[u8]> {
        self.entries
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }

    /// Every `(name, value)` in order (list settings once per value).
    pub fn entries(&self) -> &[(Vec<u8>, Vec<u8>)] {
        &self.entries
    }

    /// Arguments for a php binary: `-d name=value` for each entry. These are
    /// passed without a shell, so no quoting is needed.
    pub fn to_php_args(&self) -> Vec<OsString> {
        let mut args = Vec::with_capacity(self.entries.len() * 2);
        for (name, value) in &self.entries {
            args.push(OsString::from("-d"));
            let mut kv = name.clone();
            kv.push(b'=');
            kv.extend_from_slice(value);
            args.push(OsString::from_vec(kv));
        }
        args
    }
}

/// `settings2array()` on one line: split at the first `=`, trim both sides.
fn split_setting(line: &[u8]) -> Option<(&[u8], &[u8])> {
    let eq = line.iter().position(|&b| b == b'=')?;
    Some((php::trim(&line[..eq]), php::trim(&line[eq + 1..])))
}

/// The INI section's settings, in order: `{PWD}`, `{TMP}` and `{MAIL:f}`
/// replaced, split at runs of CR/LF, lines without `=` ignored, name and
/// value trimmed. Lines whose name starts with `;` are dropped: run-tests.php
/// passes them on, but php's INI parser reads them as comments.
pub fn parse_ini_section(text: &[u8], pwd: &[u8], tmp: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
    let text = subst::substitute_pwd(text, pwd);
    let text = subst::substitute_tmp(&text, tmp);
    let text = subst::substitute_mail(&text);
    php::split_newline_runs(&text)
        .into_iter()
        .filter_map(split_setting)
        .filter(|(name, _)| !name.starts_with(b";"))
        .map(|(n, v)| (n.to_vec(), v.to_vec()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &[(Vec<u8>, Vec<u8>)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(n, v)| {
                (
                    String::from_utf8_lossy(n).into_owned(),
                    String::from_utf8_lossy(v).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn defaults_are_run_tests_list() {
        let ini = IniSettings::with_defaults();
        assert_eq!(ini.entries().len(), INI_DEFAULTS.len());
        assert_eq!(ini.get(b"precision"), Some(&b"14"[..]));
        assert_eq!(ini.get(b"serialize_precision"), Some(&b"-1"[..]));
        assert_eq!(ini.get(b"error_reporting"), Some(&b"32767"[..]));
        assert_eq!(ini.get(b"output_handler"), Some(&b""[..]));
        assert_eq!(ini.get(b"short_open_tag"), Some(&b"0"[..]));
        let no_opcache = ini.without_opcache();
        assert!(no_opcache
            .entries()
            .iter()
            .all(|(n, _)| !n.starts_with(b"opcache.")));
        assert_eq!(no_opcache.entries().len(), INI_DEFAULTS.len() - 7);
    }

    #[test]
    fn section_lines() {
        let text =
            b"\n; a comment=1\nprecision = 3 \r\n\r\nno equals here\ninclude_path={PWD}/inc\n\
            error_log={TMP}/e.log\nsendmail_path={MAIL:{PWD}/mail.out}\nx=a=b\n";
        let got = pairs(&parse_ini_section(text, b"/case", b"/tmp"));
        let want = [
            ("precision", "3"),
            ("include_path", "/case/inc"),
            ("error_log", "/tmp/e.log"),
            ("sendmail_path", "tee /case/mail.out >/dev/null"),
            ("x", "a=b"),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn section_overrides_defaults_in_place() {
        let mut ini = IniSettings::with_defaults();
        ini.extend(parse_ini_section(
            b"precision=5\nnew.one=1\n",
            b".",
            b"/tmp",
        ));
        let pos = |name: &[u8]| ini.entries().iter().position(|(n, _)| n == name).unwrap();
        assert_eq!(ini.get(b"precision"), Some(&b"5"[..]));
        assert_eq!(pos(b"precision"), 19);
        assert_eq!(pos(b"new.one"), INI_DEFAULTS.len());
    }

    #[test]
    fn extensions_accumulate() {
        let mut ini = IniSettings::new();
        ini.apply_line(b"extension=a.so");
        ini.apply_line(b"x=1");
        ini.apply_line(b"extension = b.so");
        ini.apply_line(b"x=2");
        ini.apply_line(b"junk");
        let got: Vec<_> = ini
            .entries()
            .iter()
            .map(|(n, v)| (n.clone(), v.clone()))
            .collect();
        assert_eq!(
            pairs(&got),
            [("extension", "a.so"), ("extension", "b.so"), ("x", "2")]
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect::<Vec<_>>()
        );
        let args = ini.to_php_args();
        assert_eq!(args.len(), 6);
        assert_eq!(args[0], "-d");
        assert_eq!(args[1], "extension=a.so");
        assert_eq!(args[5], "x=2");
    }
}
