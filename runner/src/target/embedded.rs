//! The embedded target: a fresh VM per script, on a thread of its own with a
//! large stack, output captured in memory, the time limit enforced by the
//! VM's own interrupt machinery, and panics caught and reported with their
//! message (a quiet panic hook keeps them off stderr).

use std::cell::RefCell;
use std::io::Write;
use std::sync::{Arc, Mutex, Once};
use std::time::Duration;

use super::{Execution, ExtensionCheck, Kind, Role, Script};

/// How long past its time limit a VM may take to stop before the run is
/// abandoned (a VM that ignores its interrupt must not hang the suite).
pub const GRACE: Duration = Duration::from_secs(10);

/// Native stack for a VM thread. PHP calls do not recurse natively, but
/// the parser and callbacks from native code do.
const VM_STACK: usize = 64 * 1024 * 1024;

/// The runner's own extension, loaded when a case lists it in EXTENSIONS:
/// hooks for the runner's robustness tests (`phpt_runner_panic()` panics
/// inside the VM, as a VM bug would).
pub const RUNNER_EXTENSION: &str = "phpt_runner";

thread_local! {
    /// Set while this thread runs a VM: panics are then recorded, not printed.
    static IN_VM: RefCell<bool> = const { RefCell::new(false) };
    /// The last panic on this thread: message and location.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Install (once) a panic hook that records panics on VM threads quietly
/// and leaves every other panic to the previous hook.
fn install_quiet_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if IN_VM.with(|v| *v.borrow()) {
                let message = panic_message(info.payload());
                let text = match info.location() {
                    Some(l) => format!("{message} (at {}:{}:{})", l.file(), l.line(), l.column()),
                    None => message,
                };
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(text));
            } else {
                previous(info);
            }
        }));
    });
}

/// The text of a panic payload.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

/// A `Write` into a buffer the harness can read afterwards, even while the
/// VM thread is stuck.
#[derive(Clone)]
struct SharedBuf(Arc<Mutex<Option<Vec<u8>>>>);

impl SharedBuf {
    fn new() -> SharedBuf {
        SharedBuf(Arc::new(Mutex::new(Some(Vec::new()))))
    }

    /// What was written; later writes fail, so a VM abandoned while
    /// printing in a loop cannot fill the memory of the rest of the run.
    fn close(&self) -> Vec<u8> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
            .unwrap_or_default()
    }
}

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut *self.0.lock().unwrap_or_else(|p| p.into_inner()) {
            Some(out) => {
                out.extend_from_slice(buf);
                Ok(buf.len())
            }
            None => Err(std::io::Error::new(
                std::io::ErrorKind::BrokenPipe,
                "the run was abandoned",
            )),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Which streams make a script's output.
fn captured(script: &Script<'_>) -> phpt::CaptureStdio {
    match script.role {
        Role::Main => script.capture,
        // SKIPIF and CLEAN output is read from stdout only.
        _ => phpt::CaptureStdio {
            stdin: true,
            stdout: true,
            stderr: false,
        },
    }
}

/// The VM's stdout and stderr: the buffer for captured streams, else a
/// sink.
fn writers(capture: phpt::CaptureStdio, buf: &SharedBuf) -> (Box<dyn Write>, Box<dyn Write>) {
    let stream = |yes: bool| -> Box<dyn Write> {
        if yes {
            Box::new(buf.clone())
        } else {
            Box::new(std::io::sink())
        }
    };
    (stream(capture.stdout), stream(capture.stderr))
}

/// Run `script` on a fresh VM of `kind`, on a new thread.
pub fn run(kind: Kind, script: &Script<'_>) -> Execution {
    install_quiet_panic_hook();
    let buf = SharedBuf::new();
    let vm_buf = buf.clone();
    let capture = captured(script);
    let job = Job::new(kind, script);
    let timeout = script.timeout;
    // Taken before the thread starts, so the VM's own timer can never
    // fire before `timeout` has passed on this clock.
    let started = std::time::Instant::now();
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(format!("phpt-{kind}"))
        .stack_size(VM_STACK)
        .spawn(move || {
            IN_VM.with(|v| *v.borrow_mut() = true);
            LAST_PANIC.with(|p| p.borrow_mut().take());
            let (stdout, stderr) = writers(capture, &vm_buf);
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job.run(stdout, stderr)));
            let outcome = result.map_err(|payload| {
                LAST_PANIC
                    .with(|p| p.borrow_mut().take())
                    .unwrap_or_else(|| panic_message(payload.as_ref()))
            });
            let _ = tx.send(outcome);
        });
    if let Err(e) = spawned {
        return Execution {
            error: Some(format!("cannot start a VM thread: {e}")),
            ..Execution::default()
        };
    }
    let mut execution = Execution::default();
    match rx.recv_timeout(timeout + GRACE) {
        Ok(Ok(Ok(status))) => execution.status = Some(status),
        Ok(Ok(Err(error))) => execution.error = Some(error),
        Ok(Err(panic)) => execution.panic = Some(panic),
        // The thread is left behind: a stuck VM cannot be stopped from
        // outside. The process ends it when the suite is over.
        Err(_) => execution.hung = true,
    }
    execution.timed_out = execution.hung || started.elapsed() >= timeout;
    execution.output = buf.close();
    if execution.timed_out {
        // As run-tests.php (and the php target) do for a script killed at
        // the time limit: whatever it printed, the run fails, and `--bless`
        // can tell.
        execution
            .output
            .extend_from_slice(phpt::reasons::TIMED_OUT_MARKER.as_bytes());
    }
    execution
}

/// Everything a VM thread needs, owned (the script borrows from the case).
struct Job {
    kind: Kind,
    code: Vec<u8>,
    path: String,
    ini: Vec<(String, String)>,
    env: Vec<(Vec<u8>, Vec<u8>)>,
    args: Vec<Vec<u8>>,
    stdin: Vec<u8>,
    timeout: Duration,
    runner_extension: bool,
}

impl Job {
    fn new(kind: Kind, script: &Script<'_>) -> Job {
        let lossy = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        Job {
            kind,
            code: script.code.to_vec(),
            path: script.path.to_string_lossy().into_owned(),
            ini: script
                .ini
                .entries()
                .iter()
                .filter(|(n, _)| !phpt::is_opcache_setting(n))
                .map(|(n, v)| (lossy(n), lossy(v)))
                .collect(),
            env: script.env.clone(),
            args: if script.role == Role::Main {
                script.args.clone().unwrap_or_default()
            } else {
                Vec::new()
            },
            stdin: if script.role == Role::Main {
                script.stdin.unwrap_or_default().to_vec()
            } else {
                Vec::new()
            },
            timeout: script.timeout,
            runner_extension: script
                .extensions
                .iter()
                .any(|e| e.eq_ignore_ascii_case(RUNNER_EXTENSION.as_bytes())),
        }
    }
}

mod engine {
    //! The part that talks to the `vm` crate.

    use std::collections::HashMap;
    use std::io::Write;
    use std::sync::{Mutex, OnceLock};

    use super::{Job, Kind, RUNNER_EXTENSION};

    fn kind_name(kind: Kind) -> vm::KindName {
        match kind {
            Kind::Call => vm::KindName::Call,
            Kind::Switch => vm::KindName::Switch,
            Kind::Hybrid => vm::KindName::Hybrid,
            Kind::Tailcall => vm::KindName::Tailcall,
        }
    }

    fn runner_extension() -> vm::ext::Extension {
        vm::ext::Extension::new(RUNNER_EXTENSION).function("phpt_runner_panic", |_, _| {
            panic!("phpt_runner_panic() was called")
        })
    }

    impl Job {
        pub(super) fn run(
            self,
            stdout: Box<dyn Write>,
            stderr: Box<dyn Write>,
        ) -> Result<i32, String> {
            let mut machine = vm::Vm::new(vm::Config {
                kind: kind_name(self.kind),
                ini: self.ini,
                stdout,
                stderr,
                args: self.args,
                time_limit: Some(self.timeout),
                env: self.env,
                stdin: self.stdin,
                ..Default::default()
            });
            machine.load_extension(test_ext::extension());
            if self.runner_extension {
                machine.load_extension(runner_extension());
            }
            Ok(machine.run_source(&self.code, &self.path))
        }
    }

    /// Whether the VM (with the extensions the runner loads) has `name`.
    pub fn has_extension(name: &[u8]) -> bool {
        static KNOWN: OnceLock<Mutex<HashMap<Vec<u8>, bool>>> = OnceLock::new();
        let known = KNOWN.get_or_init(Default::default);
        let mut known = known.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(&has) = known.get(name) {
            return has;
        }
        let text = String::from_utf8_lossy(name);
        let has = text.eq_ignore_ascii_case(RUNNER_EXTENSION) || {
            let mut machine = vm::Vm::new(vm::Config {
                stdout: Box::new(std::io::sink()),
                stderr: Box::new(std::io::sink()),
                ..Default::default()
            });
            machine.load_extension(test_ext::extension());
            machine.is_extension_loaded(&text)
        };
        known.insert(name.to_vec(), has);
        has
    }
}

/// Which of `wanted` the VM lacks (nothing needs loading: the VM's
/// extensions are built in).
pub fn check_extensions(wanted: &[Vec<u8>]) -> ExtensionCheck {
    ExtensionCheck {
        missing: wanted
            .iter()
            .filter(|name| !engine::has_extension(name))
            .cloned()
            .collect(),
        load: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn script(code: &[u8], timeout: Duration) -> Script<'_> {
        Script {
            role: Role::Main,
            code,
            path: PathBuf::from("/tmp/embedded-unit.php"),
            ini: phpt::IniSettings::with_defaults(),
            env: Vec::new(),
            args: None,
            args_text: None,
            stdin: None,
            capture: phpt::CaptureStdio::default(),
            timeout,
            extensions: Vec::new(),
        }
    }

    #[test]
    fn a_run_past_its_time_limit_is_marked_timed_out() {
        let code = b"<?php echo 'a'; while (true) {}";
        let execution = run(Kind::Call, &script(code, Duration::from_millis(300)));
        assert!(execution.timed_out && !execution.hung, "{execution:?}");
        let output = String::from_utf8_lossy(&execution.output);
        assert!(
            output.starts_with("a\nFatal error: Maximum execution time of 1 second exceeded"),
            "{output}"
        );
        assert!(
            output.ends_with(phpt::reasons::TIMED_OUT_MARKER),
            "{output}"
        );
    }

    #[test]
    fn a_run_within_its_time_limit_is_not() {
        let execution = run(
            Kind::Switch,
            &script(b"<?php echo 1;", Duration::from_secs(30)),
        );
        assert_eq!(execution.output, b"1");
        assert_eq!(execution.status, Some(0));
        assert!(!execution.timed_out);
    }

    #[test]
    fn a_closed_buffer_refuses_writes() {
        let buf = SharedBuf::new();
        let mut writer = buf.clone();
        writer.write_all(b"kept").unwrap();
        assert_eq!(buf.close(), b"kept");
        assert!(writer.write_all(b"dropped").is_err());
        assert_eq!(buf.close(), b"");
    }
}
