//! Structures and callbacks nested deeper than the native stack can follow
//! end cleanly: deep arrays and object chains are freed without recursion,
//! too-deep comparisons and endless callbacks from internal code are fatal
//! errors (php 8.2 itself would crash on some of these), on every kind.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use vm::{Config, KindName, Vm};

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

/// Runs `src` on every kind, on a thread with a 2 MiB native stack (a
/// quarter of a main thread's), and returns status and output per kind.
fn run_everywhere(src: &'static str) -> Vec<(KindName, i32, String)> {
    KindName::ALL
        .into_iter()
        .map(|kind| {
            std::thread::Builder::new()
                .stack_size(2 * 1024 * 1024)
                .spawn(move || {
                    let out = Captured::default();
                    let mut vm = Vm::new(Config {
                        kind,
                        stdout: Box::new(out.clone()),
                        stderr: Box::new(std::io::sink()),
                        ..Default::default()
                    });
                    let status = vm.run_source(src.as_bytes(), "deep.php");
                    drop(vm);
                    let text = String::from_utf8_lossy(&out.0.borrow()).into_owned();
                    (kind, status, text)
                })
                .expect("spawn")
                .join()
                .expect("the VM thread must not overflow its stack")
        })
        .collect()
}

#[test]
fn deep_arrays_and_object_chains_are_freed_without_recursion() {
    let src = "<?php
        $a = [];
        for ($i = 0; $i < 300000; $i++) { $a = [$a, 'k' => $i]; }
        $o = null;
        for ($i = 0; $i < 300000; $i++) { $n = new stdClass; $n->next = $o; $o = $n; }
        echo count($a), ' ', get_class($o), \"\\n\";
        $a = null;
        $o = null;
        echo \"freed\\n\";";
    for (kind, status, out) in run_everywhere(src) {
        assert_eq!(
            (status, out.as_str()),
            (0, "2 stdClass\nfreed\n"),
            "kind {kind}"
        );
    }
}

#[test]
fn comparing_too_deep_arrays_is_a_fatal_error() {
    let src = "<?php
        $a = []; $b = [];
        for ($i = 0; $i < 100000; $i++) { $a = [$a]; $b = [$b]; }
        echo \"built\\n\";
        var_dump($a == $b);";
    let expected = "built\n\nFatal error: Nesting level too deep - recursive dependency? in deep.php on line 5\n";
    for (kind, status, out) in run_everywhere(src) {
        assert_eq!((status, out.as_str()), (255, expected), "kind {kind}");
    }
}

#[test]
fn endless_callbacks_from_internal_code_are_a_fatal_error() {
    let src = "<?php
        class A { function __toString(): string { return (string)$this; } }
        echo 'start', \"\\n\";
        echo new A;";
    let expected = format!(
        "start\n\nFatal error: Maximum nesting of PHP code called from internal code ({}) reached, infinite recursion? in deep.php on line 2\n",
        vm::MAX_NATIVE_REENTRIES
    );
    for (kind, status, out) in run_everywhere(src) {
        assert_eq!(
            (status, out.as_str()),
            (255, expected.as_str()),
            "kind {kind}"
        );
    }
}
