//! The interrupt machinery on every kind: which sites poll the flag (and
//! which do not), the timeout path, and flags raised from another thread.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::time::{Duration, Instant};
use vm::ext::{ClassDef, Extension, MethodDef, ObjectHandlers};
use vm::{Config, KindName, PollSite, Unwind, Value, Vm};

#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One serviced interrupt: the poll site, the frames (top first) and the
/// line the VM was at.
#[derive(Debug, Clone, PartialEq)]
struct Serviced {
    site: PollSite,
    frames: Vec<String>,
    line: u32,
}

#[derive(Default)]
struct Log(Vec<Serviced>);

fn compare_and_raise(vm: &mut Vm, a: &Value, b: &Value) -> Result<i32, Unwind> {
    vm.interrupt_handle().raise();
    let n = |v: &Value| match v {
        Value::Object(o) => o.prop(b"n").map(|v| v.to_int()).unwrap_or(0),
        v => v.to_int(),
    };
    Ok((n(a) - n(b)).signum() as i32)
}

/// A probe extension: `raise()` raises the flag inside an internal call;
/// `Raiser` objects raise it from their compare handler; every serviced
/// interrupt is logged with where it happened.
fn probe() -> Extension {
    let ctor = MethodDef {
        name: "__construct".into(),
        is_static: false,
        body: Rc::new(|_vm, this, args| {
            if let (Some(this), Some(v)) = (this, args.first()) {
                this.set_prop(b"n", v.clone());
            }
            Ok(Value::Null)
        }),
    };
    Extension::new("probe")
        .function("raise", |vm, _| {
            vm.interrupt_handle().raise();
            Ok(Value::Null)
        })
        .function("serviced", |vm, _| {
            Ok(Value::Int(vm.interrupts_serviced as i64))
        })
        .class(ClassDef {
            name: "Raiser".into(),
            parent: None,
            methods: vec![ctor],
            props: vec![("n".into(), Value::Int(0))],
            consts: Vec::new(),
            handlers: ObjectHandlers {
                compare: Some(compare_and_raise),
                ..ObjectHandlers::default()
            },
        })
        .on_startup(|vm| {
            vm.add_interrupt_function(Rc::new(|vm: &mut Vm, site| {
                let entry = Serviced {
                    site,
                    frames: vm.frame_names(),
                    line: vm.current_line(),
                };
                vm.ext_data::<Log>().0.push(entry);
                Ok(())
            }));
        })
}

fn run(
    kind: KindName,
    src: &str,
    ini: &[(&str, &str)],
    before: impl FnOnce(&Vm),
) -> (i32, String, Vec<Serviced>) {
    let out = Captured::default();
    let config = Config {
        kind,
        stdout: Box::new(out.clone()),
        stderr: Box::new(std::io::sink()),
        ini: ini
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        ..Default::default()
    };
    let mut vm = Vm::new(config);
    vm.load_extension(probe());
    before(&vm);
    let status = vm.run_source(src.as_bytes(), "probe.php");
    let log = std::mem::take(&mut vm.ext_data::<Log>().0);
    let text = String::from_utf8_lossy(&out.0.borrow()).into_owned();
    (status, text, log)
}

fn sites(log: &[Serviced]) -> Vec<(PollSite, u32, String)> {
    log.iter()
        .map(|s| (s.site, s.line, s.frames[0].clone()))
        .collect()
}

#[test]
fn internal_call_polls_with_the_callee_frame_on_top() {
    for kind in KindName::ALL {
        let (_, _, log) = run(kind, "<?php\n$a = 1;\nraise();\n", &[], |_| {});
        assert_eq!(
            sites(&log),
            vec![(PollSite::InternalCall, 3, "raise".to_string())],
            "kind {kind}"
        );
        assert_eq!(log[0].frames, vec!["raise", "{main}"], "kind {kind}");
    }
}

#[test]
fn executor_entry_polls() {
    for kind in KindName::ALL {
        let (_, _, log) = run(kind, "<?php\n\n$a = 1;\n", &[], |vm| {
            vm.interrupt_handle().raise()
        });
        assert_eq!(
            sites(&log),
            vec![(PollSite::ExecutorEntry, 3, "{main}".to_string())],
            "kind {kind}"
        );
    }
}

#[test]
fn taken_arm_of_a_fused_compare_and_branch_polls() {
    // 2 < 1 is false: the fused JMPZ jumps to the else arm, and polls there.
    let src = "<?php\n$a = new Raiser(2); $b = new Raiser(1);\nif ($a < $b) {\n  echo 'then';\n} else {\n  echo 'else';\n}\n";
    for kind in KindName::ALL {
        let (status, out, log) = run(kind, src, &[], |_| {});
        assert_eq!((status, out.as_str()), (0, "else"), "kind {kind}");
        assert_eq!(
            sites(&log),
            vec![(PollSite::Jump, 6, "{main}".to_string())],
            "kind {kind}"
        );
    }
}

#[test]
fn fall_through_and_straight_line_code_do_not_poll() {
    // 1 < 2 is true: no jump is taken, and nothing after it polls.
    let src = "<?php\n$a = new Raiser(1); $b = new Raiser(2);\nif ($a < $b) {\n  echo 'then';\n}\n$x = $a == $b;\n$y = 1 + 2;\necho $y;\n";
    for kind in KindName::ALL {
        let (status, out, log) = run(kind, src, &[], |_| {});
        assert_eq!((status, out.as_str()), (0, "then3"), "kind {kind}");
        assert!(log.is_empty(), "kind {kind}: serviced at {log:?}");
    }
}

#[test]
fn backward_jumps_of_loops_poll() {
    let src = "<?php\n$a = new Raiser(1); $b = new Raiser(2);\n$i = 0;\nwhile ($i < 3) {\n  $x = $a < $b;\n  $i++;\n}\n";
    for kind in KindName::ALL {
        let (_, _, log) = run(kind, src, &[], |_| {});
        // Each iteration raises the flag; the loop's taken back-edge JMPNZ
        // services it. The last one exits by falling through: no poll.
        assert_eq!(log.len(), 2, "kind {kind}: {log:?}");
        assert!(
            log.iter().all(|s| s.site == PollSite::Jump && s.line == 5),
            "kind {kind}: {log:?}"
        );
    }
}

#[test]
fn user_function_entry_polls() {
    let src = "<?php\nfunction f() {\n  return 1;\n}\n$a = new Raiser(1); $b = new Raiser(2);\n$x = $a < $b;\nf();\n";
    for kind in KindName::ALL {
        let (_, _, log) = run(kind, src, &[], |_| {});
        let expected_site = match kind {
            // ENTER returns to the executor loop, which polls.
            KindName::Call | KindName::Tailcall => PollSite::Loop,
            // ENTER polls itself.
            KindName::Switch | KindName::Hybrid => PollSite::FunctionEntry,
        };
        assert_eq!(
            sites(&log),
            vec![(expected_site, 3, "f".to_string())],
            "kind {kind}"
        );
    }
}

#[test]
fn return_to_the_caller_polls_on_call_and_tailcall_only() {
    // The callee's last comparison raises the flag (php-src #22265's shape).
    let src = "<?php\nfunction g($a, $b) {\n  $x = $a < $b;\n  return 1;\n}\n$a = new Raiser(1); $b = new Raiser(2);\n$r = g($a, $b);\necho $r;\nraise();\n";
    for kind in KindName::ALL {
        let (_, out, log) = run(kind, src, &[], |_| {});
        assert_eq!(out, "1", "kind {kind}");
        match kind {
            KindName::Call | KindName::Tailcall => {
                assert_eq!(log[0].site, PollSite::Loop, "kind {kind}");
                assert_eq!(
                    (log[0].line, log[0].frames[0].as_str()),
                    (7, "{main}"),
                    "kind {kind}"
                );
            }
            KindName::Switch | KindName::Hybrid => {
                // LEAVE does not poll: the flag waits for the next site.
                assert_eq!(log[0].site, PollSite::InternalCall, "kind {kind}");
            }
        }
    }
}

#[test]
fn max_execution_time_stops_an_endless_loop() {
    for kind in KindName::ALL {
        let start = Instant::now();
        let (status, out, _) = run(
            kind,
            "<?php\nwhile (true) {}\n",
            &[("max_execution_time", "1")],
            |_| {},
        );
        let took = start.elapsed();
        assert!(took < Duration::from_secs(2), "kind {kind} took {took:?}");
        assert_eq!(status, 255, "kind {kind}");
        assert_eq!(
            out,
            "\nFatal error: Maximum execution time of 1 second exceeded in probe.php on line 2\n",
            "kind {kind}"
        );
    }
}

#[test]
fn a_flag_raised_from_another_thread_is_serviced() {
    let src = "<?php\n$i = 0;\nwhile (serviced() == 0) {\n  $i++;\n}\necho 'woken';\n";
    for kind in KindName::ALL {
        let (status, out, log) = run(kind, src, &[], |vm| {
            let handle = vm.interrupt_handle();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(50));
                handle.raise();
            });
        });
        assert_eq!((status, out.as_str()), (0, "woken"), "kind {kind}");
        assert_eq!(log.len(), 1, "kind {kind}");
    }
}

#[test]
fn an_interrupt_function_that_throws_is_caught_by_the_script() {
    let src = "<?php\ntry {\n  raise();\n  echo 'not here';\n} catch (Exception $e) {\n  echo 'caught ', $e->getMessage();\n}\n";
    for kind in KindName::ALL {
        let out = Captured::default();
        let config = Config {
            kind,
            stdout: Box::new(out.clone()),
            ..Default::default()
        };
        let mut vm = Vm::new(config);
        vm.load_extension(probe());
        vm.add_interrupt_function(Rc::new(|vm: &mut Vm, _| {
            Err(vm.throw_error("Exception", "from interrupt"))
        }));
        let status = vm.run_source(src.as_bytes(), "t.php");
        assert_eq!(
            (status, String::from_utf8_lossy(&out.0.borrow()).as_ref()),
            (0, "caught from interrupt"),
            "kind {kind}"
        );
    }
}
