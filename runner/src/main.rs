//! `phpt-runner`: run .phpt cases on the embedded VM's kinds and on php.
//! See `phpt-runner --help`; the work is done in the library.

fn main() -> std::process::ExitCode {
    runner::main_cli()
}
