//! The cargo test harness: every .phpt case of the workspace (each
//! package's `tests/` folder, fixtures excluded) on every VM kind, and on
//! php when one is found (`PHPT_PHP`, or `php` on PATH). Works with
//! `cargo test`, libtest's filters and options, and `cargo nextest run`.

fn main() -> std::process::ExitCode {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.parent().unwrap_or(manifest);
    runner::main_harness(root)
}
