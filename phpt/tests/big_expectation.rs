//! Big expectations build once and match in reasonable time, and the
//! matcher can be shared between threads.

use phpt::{Case, ExpectKind, LineMatcher, Matcher};

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn types_are_thread_safe() {
    assert_send_sync::<Matcher>();
    assert_send_sync::<Case>();
    assert_send_sync::<LineMatcher<'static>>();
}

#[test]
fn hundreds_of_lines() {
    let mut expected = String::new();
    let mut output = String::new();
    expected.push_str("%a\n");
    output.push_str("header\nlines\n");
    // About as big as php's PCRE accepts: it refuses compiled patterns over
    // 64 KiB (LINK_SIZE 2), which this one nearly reaches.
    for i in 0..300 {
        expected.push_str("line %d: %s [%f] %x\n");
        output.push_str(&format!("line {i}: text {i} [{i}.5] {i:x}\n"));
    }
    let start = std::time::Instant::now();
    let m = Matcher::from_text(ExpectKind::Expectf, expected.as_bytes()).unwrap();
    assert!(m.matches(output.as_bytes()));
    let changed = output.replace("[299.5]", "[x]");
    assert!(!m.matches(changed.as_bytes()));
    eprintln!(
        "300-line EXPECTF built and matched twice in {:?}",
        start.elapsed()
    );
}
