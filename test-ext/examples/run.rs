//! Runs a PHP file with `zend_test` loaded:
//! `cargo run -p test-ext --example run -- [--kind K] [-d name=value]... FILE`.

use vm::{Config, KindName, Vm};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut kind = KindName::default();
    let mut ini = Vec::new();
    let mut file = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--kind" => {
                kind = args
                    .next()
                    .and_then(|k| k.parse().ok())
                    .unwrap_or_else(|| usage())
            }
            "-d" => {
                let s = args.next().unwrap_or_else(|| usage());
                let (k, v) = s.split_once('=').unwrap_or((s.as_str(), "1"));
                ini.push((k.to_string(), v.to_string()));
            }
            _ => file = Some(a),
        }
    }
    let file = file.unwrap_or_else(|| usage());
    let mut vm = Vm::new(Config {
        kind,
        ini,
        ..Default::default()
    });
    vm.load_extension(test_ext::extension());
    std::process::exit(vm.run_file(&file));
}

fn usage() -> ! {
    eprintln!("usage: run [--kind call|switch|hybrid|tailcall] [-d name=value]... FILE");
    std::process::exit(1)
}
