//! The external php target: one subprocess per script, started the way
//! run-tests.php starts it (a shell command line with `-d "name=value"`
//! flags, the FILE written to NAME.php next to the case), killed on timeout,
//! with stdout and stderr drained on threads so no pipe can fill up.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use wait_timeout::ChildExt;

use super::{Execution, ExtensionCheck, Role, Script};

/// run-tests.php's `$no_file_cache`.
const NO_FILE_CACHE: &str = "-d opcache.file_cache= -d opcache.file_cache_only=0";

/// Extensions whose presence adds settings to every run, as run-tests.php's
/// `$info_params_ex` does.
const EXTENSION_SETTINGS: &[(&str, &str, &str)] = &[
    ("session", "session.auto_start", "0"),
    ("tidy", "tidy.clean_output", "0"),
    ("zlib", "zlib.output_compression", "Off"),
    ("xdebug", "xdebug.mode", "off"),
];

/// A php binary and what run-tests.php learns about it before running cases.
#[derive(Debug)]
pub struct PhpBinary {
    path: PathBuf,
    /// Pass `-n` (no php.ini), as run-tests.php's `-n` does.
    no_ini: bool,
    ext_dir: Vec<u8>,
    /// Loaded extensions, lower-cased (`opcache` for Zend OPcache).
    loaded: Vec<Vec<u8>>,
    /// run-tests.php's `$ini_overwrites`: its defaults plus settings for
    /// some extensions the binary has.
    ini_overwrites: Vec<(Vec<u8>, Vec<u8>)>,
    /// Whether run-tests.php would add `opcache.preload_user=root`.
    as_root: bool,
}

/// The probe run once per binary: the extension folder, the loaded
/// extensions, and (after them) the ones `dl()` could load.
const PROBE: &str = r#"echo ini_get("extension_dir"), "\n", str_replace("Zend OPcache", "opcache", implode(",", get_loaded_extensions())), "\n";
$ext_dir = ini_get("extension_dir");
foreach (@scandir($ext_dir) ?: [] as $file) {
    if (!preg_match('/^(?:php_)?([_a-zA-Z0-9]+)\.(?:so|dll)$/', $file, $matches)) {
        continue;
    }
    $ext = $matches[1];
    if (!extension_loaded($ext) && @dl($file)) {
        echo ",", $ext;
    }
}"#;

impl PhpBinary {
    /// Probe the binary at `path`; an error says why it cannot be used.
    pub fn new(path: &Path, no_ini: bool) -> Result<PhpBinary, String> {
        let mut cmd = Command::new(path);
        if no_ini {
            cmd.arg("-n");
        }
        cmd.args(phpt::IniSettings::with_defaults().to_php_args());
        cmd.args(NO_FILE_CACHE.split(' '));
        cmd.arg("-r").arg(PROBE);
        let out = cmd
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run php at {}: {e}", path.display()))?;
        if !out.status.success() {
            return Err(format!(
                "php at {} failed to start ({}): {}",
                path.display(),
                out.status,
                String::from_utf8_lossy(&out.stdout).trim()
            ));
        }
        let mut lines = out.stdout.split(|&b| b == b'\n');
        let ext_dir = lines.next().unwrap_or_default().to_vec();
        let rest = lines.collect::<Vec<_>>().join(&b'\n');
        let mut all: Vec<Vec<u8>> = rest
            .split(|&b| b == b',' || b == b'\n')
            .map(|s| s.to_ascii_lowercase())
            .collect();
        let loaded_line = out.stdout.split(|&b| b == b'\n').nth(1).unwrap_or_default();
        let mut loaded: Vec<Vec<u8>> = loaded_line
            .split(|&b| b == b',')
            .map(|s| s.to_ascii_lowercase())
            .collect();
        if loaded.iter().any(|e| e == b"opcache") {
            loaded.push(b"zend opcache".to_vec());
        }
        all.retain(|e| !e.is_empty());
        let mut ini_overwrites: Vec<(Vec<u8>, Vec<u8>)> = phpt::INI_DEFAULTS
            .iter()
            .map(|(n, v)| (n.as_bytes().to_vec(), v.as_bytes().to_vec()))
            .collect();
        for (ext, name, value) in EXTENSION_SETTINGS {
            if all.iter().any(|e| e == ext.as_bytes()) {
                ini_overwrites.push((name.as_bytes().to_vec(), value.as_bytes().to_vec()));
            }
        }
        Ok(PhpBinary {
            path: path.to_path_buf(),
            no_ini,
            ext_dir,
            loaded,
            ini_overwrites,
            as_root: running_as_root(),
        })
    }

    /// run-tests.php's `$pass_options`.
    pub fn pass_options(&self) -> &'static [u8] {
        if self.no_ini {
            b" -n"
        } else {
            b""
        }
    }

    /// The binary's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// run-tests.php's `$ini_overwrites` for this binary.
    pub fn ini_overwrites(&self) -> &[(Vec<u8>, Vec<u8>)] {
        &self.ini_overwrites
    }

    /// Whether run-tests.php (running as root with posix) would add
    /// `opcache.preload_user=root` to the FILE run.
    pub fn adds_preload_user(&self) -> bool {
        self.as_root
    }

    /// run-tests.php's EXTENSIONS check: an extension that is not loaded
    /// is loaded from `extension_dir` if its file is readable, else missing.
    pub fn check_extensions(&self, wanted: &[Vec<u8>]) -> ExtensionCheck {
        let mut check = ExtensionCheck::default();
        for name in wanted {
            if self.loaded.contains(&name.to_ascii_lowercase()) {
                continue;
            }
            let mut file = self.ext_dir.clone();
            file.push(b'/');
            file.extend_from_slice(name);
            file.extend_from_slice(b".so");
            let key: &[u8] = if name == b"opcache" || name == b"xdebug" {
                b"zend_extension"
            } else {
                b"extension"
            };
            let readable =
                std::fs::File::open(Path::new(std::ffi::OsStr::from_bytes(&file))).is_ok();
            check.load.push((key.to_vec(), file));
            if !readable {
                check.missing.push(name.clone());
            }
        }
        check
    }

    /// The shell command run-tests.php would build for `script`.
    fn command_line(&self, script: &Script<'_>) -> Vec<u8> {
        let mut cmd = Vec::new();
        if script.role != Role::Main {
            cmd.extend_from_slice(
                b"unset REQUEST_METHOD; unset QUERY_STRING; unset PATH_TRANSLATED; unset SCRIPT_FILENAME; unset REQUEST_METHOD; ",
            );
        }
        // No `exec`: the shell runs php as run-tests.php's does, so when it
        // does not exec php itself (with `2>&1` it does not), php dying of
        // a signal gets the shell's note ("Killed") into the output and the
        // shell's exit status 128+N. On timeout the whole tree is killed.
        cmd.extend_from_slice(&shell_word(self.path.as_os_str().as_bytes()));
        if self.no_ini {
            cmd.extend_from_slice(b" -n");
        }
        let file = script.path.as_os_str().as_bytes();
        match script.role {
            Role::Skipif => {
                cmd.extend_from_slice(b" -q");
                cmd.extend_from_slice(&settings_to_params(script.ini.entries()));
                cmd.extend_from_slice(b" ");
                cmd.extend_from_slice(NO_FILE_CACHE.as_bytes());
                cmd.extend_from_slice(b" -d display_errors=1 -d display_startup_errors=0 \"");
                cmd.extend_from_slice(file);
                cmd.push(b'"');
            }
            Role::Clean => {
                cmd.extend_from_slice(b" -q");
                cmd.extend_from_slice(&settings_to_params(script.ini.entries()));
                cmd.extend_from_slice(b" ");
                cmd.extend_from_slice(NO_FILE_CACHE.as_bytes());
                cmd.extend_from_slice(b" \"");
                cmd.extend_from_slice(file);
                cmd.push(b'"');
            }
            Role::Main => {
                cmd.extend_from_slice(&settings_to_params(script.ini.entries()));
                cmd.extend_from_slice(b" -f \"");
                cmd.extend_from_slice(file);
                cmd.extend_from_slice(b"\" ");
                if let Some(args) = script.args_text {
                    cmd.extend_from_slice(b" -- ");
                    cmd.extend_from_slice(args);
                }
                if script.capture.merges_stderr() {
                    cmd.extend_from_slice(b" 2>&1");
                }
            }
        }
        cmd
    }

    /// Write the script next to the case, run it, remove it again.
    pub fn run(&self, script: &Script<'_>) -> Execution {
        if let Err(e) = std::fs::write(&script.path, script.code) {
            return Execution {
                error: Some(format!("cannot write {}: {e}", script.path.display())),
                ..Execution::default()
            };
        }
        let execution = self.spawn_and_wait(script);
        let _ = std::fs::remove_file(&script.path);
        execution
    }

    fn spawn_and_wait(&self, script: &Script<'_>) -> Execution {
        let line = self.command_line(script);
        if line.contains(&0) {
            return Execution {
                error: Some("the command line would contain a NUL byte".into()),
                ..Execution::default()
            };
        }
        let mut cmd = Command::new("/bin/sh");
        cmd.arg("-c").arg(OsString::from_vec(line));
        cmd.env_clear();
        for (name, value) in &script.env {
            if !name.is_empty()
                && !name.contains(&b'=')
                && !name.contains(&0)
                && !value.contains(&0)
            {
                cmd.env(
                    OsString::from_vec(name.clone()),
                    OsString::from_vec(value.clone()),
                );
            }
        }
        // Every script gets all three pipes, except that the main script
        // gets only the streams CAPTURE_STDIO names.
        let capture = match script.role {
            Role::Main => script.capture,
            _ => phpt::CaptureStdio::default(),
        };
        let pipe = |yes: bool| if yes { Stdio::piped() } else { Stdio::null() };
        cmd.stdin(pipe(capture.stdin))
            .stdout(pipe(capture.stdout))
            .stderr(pipe(capture.stderr));
        let started = Instant::now();
        let mut child = match cmd.spawn() {
            Ok(child) => child,
            Err(e) => {
                return Execution {
                    error: Some(format!("cannot start {}: {e}", self.path.display())),
                    ..Execution::default()
                }
            }
        };
        let stdin_feeder = child.stdin.take().map(|mut stdin| {
            let data = if script.role == Role::Main {
                script.stdin.unwrap_or_default().to_vec()
            } else {
                Vec::new()
            };
            thread::spawn(move || {
                let _ = stdin.write_all(&data);
            })
        });
        let stdout = child.stdout.take().map(Drain::start);
        let stderr = child.stderr.take().map(Drain::start);
        let status = wait_or_kill(&mut child, script.timeout);
        // After the child is gone, give readers a moment to reach EOF
        // (a grandchild may still hold a pipe open).
        let linger = script
            .timeout
            .saturating_sub(started.elapsed())
            .max(Duration::from_secs(1));
        let out = stdout.map(|d| d.finish(linger)).unwrap_or_default();
        let err = stderr.map(|d| d.finish(linger)).unwrap_or_default();
        if let Some(feeder) = stdin_feeder {
            // The child is gone, so the write has ended one way or another.
            let _ = feeder.join();
        }
        let mut output = if capture.stdout {
            out
        } else if capture.stderr {
            err
        } else {
            Vec::new()
        };
        let mut execution = Execution::default();
        match status {
            None => {
                output.extend_from_slice(phpt::reasons::TIMED_OUT_MARKER.as_bytes());
                execution.timed_out = true;
            }
            Some(status) => {
                execution.status = status.code();
                let termsig = status.signal().or_else(|| {
                    status
                        .code()
                        .filter(|c| (129..160).contains(c))
                        .map(|c| c - 128)
                });
                if let Some(sig) = termsig {
                    output.extend_from_slice(format!("\nTermsig={sig}\n").as_bytes());
                }
            }
        }
        execution.output = output;
        execution
    }
}

/// Wait for the child up to `timeout`; past that, kill it and everything
/// it started, and return `None`.
fn wait_or_kill(child: &mut Child, timeout: Duration) -> Option<std::process::ExitStatus> {
    match child.wait_timeout(timeout) {
        Ok(Some(status)) => Some(status),
        Ok(None) | Err(_) => {
            // The shell's descendants first: once it is gone they would be
            // handed to another parent and could no longer be found.
            for pid in descendants(child.id()) {
                if let Ok(pid) = libc::pid_t::try_from(pid) {
                    // SAFETY: kill() has no memory-safety preconditions; a
                    // pid that has gone away meanwhile just fails (ESRCH).
                    unsafe {
                        libc::kill(pid, libc::SIGKILL);
                    }
                }
            }
            let _ = child.kill();
            let _ = child.wait();
            None
        }
    }
}

/// The parent of each process, from `/proc/PID/stat`.
fn process_parents() -> Vec<(u32, u32)> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pid = entry.file_name().to_str()?.parse::<u32>().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            Some((pid, parent_in_stat(&stat)?))
        })
        .collect()
}

/// The parent pid in a `/proc/PID/stat` line: `pid (comm) state ppid ...`,
/// where comm may itself hold spaces and parentheses.
fn parent_in_stat(stat: &str) -> Option<u32> {
    let after_comm = &stat[stat.rfind(')')? + 1..];
    after_comm.split_whitespace().nth(1)?.parse().ok()
}

/// Every descendant of `pid` (children before grandchildren).
fn descendants(pid: u32) -> Vec<u32> {
    let parents = process_parents();
    let mut found: Vec<u32> = Vec::new();
    let mut next = 0;
    let mut current = pid;
    loop {
        for &(child, parent) in &parents {
            if parent == current && child != pid && !found.contains(&child) {
                found.push(child);
            }
        }
        let Some(&pid) = found.get(next) else {
            return found;
        };
        current = pid;
        next += 1;
    }
}

/// A thread reading a pipe to its end into a shared buffer.
struct Drain {
    buffer: Arc<Mutex<Vec<u8>>>,
    done: mpsc::Receiver<()>,
}

impl Drain {
    fn start(mut pipe: impl Read + Send + 'static) -> Drain {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let (tx, done) = mpsc::channel();
        let shared = Arc::clone(&buffer);
        thread::spawn(move || {
            let mut chunk = vec![0u8; 64 * 1024];
            loop {
                match pipe.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => shared
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .extend_from_slice(&chunk[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
            let _ = tx.send(());
        });
        Drain { buffer, done }
    }

    /// What was read, waiting at most `linger` for the end of the pipe.
    fn finish(self, linger: Duration) -> Vec<u8> {
        let _ = self.done.recv_timeout(linger);
        std::mem::take(&mut *self.buffer.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// PHP's `addslashes()`.
fn addslashes(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &b in s {
        match b {
            b'\'' | b'"' | b'\\' => {
                out.push(b'\\');
                out.push(b);
            }
            0 => out.extend_from_slice(b"\\0"),
            _ => out.push(b),
        }
    }
    out
}

/// run-tests.php's `settings2params()`: ` -d "name=value"` per setting.
pub(crate) fn settings_to_params(entries: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, value) in entries {
        out.extend_from_slice(b" -d \"");
        out.extend_from_slice(name);
        out.push(b'=');
        out.extend_from_slice(&addslashes(value));
        out.push(b'"');
    }
    out
}

/// A word for `sh`: as is when it is plainly safe, else single-quoted.
fn shell_word(word: &[u8]) -> Vec<u8> {
    let safe = !word.is_empty()
        && word
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || b"/._-+:,@%".contains(b));
    if safe {
        return word.to_vec();
    }
    let mut out = vec![b'\''];
    for &b in word {
        if b == b'\'' {
            out.extend_from_slice(b"'\\''");
        } else {
            out.push(b);
        }
    }
    out.push(b'\'');
    out
}

/// Whether this process runs as root (run-tests.php then adds
/// `opcache.preload_user=root`).
fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .and_then(|l| l.split_whitespace().nth(2).map(|uid| uid == "0"))
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_like_run_tests() {
        let entries = vec![
            (b"a".to_vec(), b"".to_vec()),
            (b"b".to_vec(), b"it's \"x\" \\ y".to_vec()),
        ];
        assert_eq!(
            String::from_utf8(settings_to_params(&entries)).unwrap(),
            r#" -d "a=" -d "b=it\'s \"x\" \\ y""#
        );
    }

    fn binary(path: &str) -> PhpBinary {
        PhpBinary {
            path: PathBuf::from(path),
            no_ini: false,
            ext_dir: Vec::new(),
            loaded: Vec::new(),
            ini_overwrites: Vec::new(),
            as_root: false,
        }
    }

    fn script(role: Role, args_text: Option<&'static [u8]>) -> Script<'static> {
        let mut ini = phpt::IniSettings::new();
        ini.set(b"precision", b"14");
        Script {
            role,
            code: b"",
            path: PathBuf::from("/t/case.php"),
            ini,
            env: Vec::new(),
            args: None,
            args_text,
            stdin: None,
            capture: phpt::CaptureStdio::default(),
            timeout: Duration::from_secs(1),
            extensions: Vec::new(),
        }
    }

    #[test]
    fn command_lines_like_run_tests() {
        let php = binary("/usr/bin/php");
        let line = |s: &Script<'_>| String::from_utf8(php.command_line(s)).unwrap();
        // No `exec`: with `2>&1` the shell runs php as a child, as under
        // run-tests.php, and notes a death by signal in the output.
        assert_eq!(
            line(&script(Role::Main, None)),
            r#"/usr/bin/php -d "precision=14" -f "/t/case.php"  2>&1"#
        );
        // The ARGS text goes in raw; its newline ends the command before
        // the `2>&1`, as it does in run-tests.php.
        assert_eq!(
            line(&script(Role::Main, Some(b"a $B\n"))),
            "/usr/bin/php -d \"precision=14\" -f \"/t/case.php\"  -- a $B\n 2>&1"
        );
        let skipif = line(&script(Role::Skipif, None));
        assert!(
            skipif.starts_with("unset REQUEST_METHOD; ")
                && skipif.contains("; /usr/bin/php -q -d \"precision=14\" -d opcache.file_cache=")
                && skipif
                    .ends_with(" -d display_errors=1 -d display_startup_errors=0 \"/t/case.php\""),
            "{skipif}"
        );
    }

    #[test]
    fn parent_pids_from_stat() {
        assert_eq!(parent_in_stat("42 (php) S 7 42 42 0 -1"), Some(7));
        assert_eq!(parent_in_stat("42 (a b) (c)) R 9 1 1"), Some(9));
        assert_eq!(parent_in_stat("garbage"), None);
    }

    #[test]
    fn descendants_of_a_shell() {
        let mut child = Command::new("/bin/sh")
            .arg("-c")
            .arg("sleep 30 & sleep 30; :")
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        let mut found = Vec::new();
        while found.len() < 2 && started.elapsed() < Duration::from_secs(10) {
            thread::sleep(Duration::from_millis(20));
            found = descendants(child.id());
        }
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(wait_or_kill(&mut child, Duration::from_millis(1)), None);
        // Each is gone, or a zombie waiting for init to reap it.
        let dead = |pid: u32| {
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .map_or(true, |s| s.contains(") Z ") || s.contains(") X "))
        };
        let started = Instant::now();
        while !found.iter().all(|&pid| dead(pid)) && started.elapsed() < Duration::from_secs(10) {
            thread::sleep(Duration::from_millis(20));
        }
        assert!(found.iter().all(|&pid| dead(pid)), "{found:?} live on");
    }

    #[test]
    fn shell_words() {
        assert_eq!(shell_word(b"/usr/bin/php"), b"/usr/bin/php");
        assert_eq!(shell_word(b"/a b/it's"), b"'/a b/it'\\''s'");
    }
}
