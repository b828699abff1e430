//! Every kind runs long loops and deep PHP call chains without growing the
//! native stack: user calls never recurse natively, and the tailcall kind's
//! handler-to-handler calls are sibling calls (the vm package is optimised
//! in every profile, see the workspace Cargo.toml).

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use vm::{Config, KindName, Vm};

/// A Write that keeps what the script printed.
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

/// Runs `src` on `kind` on a thread with a 256 KiB native stack.
fn run_small_stack(kind: KindName, src: &'static str) -> (i32, String) {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let out = Captured::default();
            let config = Config {
                kind,
                stdout: Box::new(out.clone()),
                stderr: Box::new(std::io::sink()),
                ..Default::default()
            };
            let mut vm = Vm::new(config);
            let status = vm.run_source(src.as_bytes(), "stack.php");
            let text = String::from_utf8_lossy(&out.0.borrow()).into_owned();
            (status, text)
        })
        .expect("spawn")
        .join()
        .expect("the VM thread must not overflow its stack")
}

#[test]
fn ten_million_iterations_on_every_kind() {
    let src = "<?php $s = 0; for ($i = 0; $i < 10000000; $i++) { $s += $i & 3; } echo $s;";
    for kind in KindName::ALL {
        let (status, out) = run_small_stack(kind, src);
        assert_eq!((status, out.as_str()), (0, "15000000"), "kind {kind}");
    }
}

#[test]
fn hundred_thousand_frames_on_every_kind() {
    let src = "<?php function down($n) { if ($n == 0) { return 0; } return 1 + down($n - 1); } echo down(100000);";
    for kind in KindName::ALL {
        let (status, out) = run_small_stack(kind, src);
        assert_eq!((status, out.as_str()), (0, "100000"), "kind {kind}");
    }
}

#[test]
fn unbounded_recursion_is_a_php_fatal_error_not_a_crash() {
    let src = "<?php function f($n) { return f($n + 1); } f(0);";
    for kind in KindName::ALL {
        let (status, out) = run_small_stack(kind, src);
        assert_eq!(status, 255, "kind {kind}");
        assert!(out.contains("Fatal error: "), "kind {kind}: {out}");
    }
}
