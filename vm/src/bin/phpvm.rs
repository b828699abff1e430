//! `phpvm`: runs a PHP file (or `-r CODE`) like the `php` command line,
//! on a chosen dispatch kind.

use std::io::Write;
use std::process::ExitCode;
use vm::{Config, KindName, Vm};

const USAGE: &str =
    "usage: phpvm [--kind call|switch|hybrid|tailcall] [-n] [-d name=value]... FILE [args...]
       phpvm [options] -r CODE [args...]
       phpvm --kinds";

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1).map(|a| a.into_encoded_bytes());
    let mut kind = KindName::default();
    let mut ini = Vec::new();
    let mut code: Option<Vec<u8>> = None;
    let mut file: Option<String> = None;
    while let Some(arg) = args.next() {
        let a = String::from_utf8_lossy(&arg).into_owned();
        match a.as_str() {
            "--kinds" => {
                for k in KindName::ALL {
                    println!("{k}");
                }
                return ExitCode::SUCCESS;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            // php's built-in defaults are ours already: -n changes nothing.
            "-n" => {}
            "--kind" => match args
                .next()
                .map(|k| String::from_utf8_lossy(&k).parse::<KindName>())
            {
                Some(Ok(k)) => kind = k,
                Some(Err(e)) => return usage_error(&e),
                None => return usage_error("--kind needs a value"),
            },
            "-d" => match args.next() {
                Some(setting) => ini.push(parse_setting(&String::from_utf8_lossy(&setting))),
                None => return usage_error("-d needs name=value"),
            },
            "-r" => match args.next() {
                Some(c) => {
                    code = Some(c);
                    break;
                }
                None => return usage_error("-r needs code"),
            },
            _ if a.starts_with("--kind=") => match a["--kind=".len()..].parse() {
                Ok(k) => kind = k,
                Err(e) => return usage_error(&e),
            },
            _ if a.starts_with("-d") && a.len() > 2 => ini.push(parse_setting(&a[2..])),
            "--" => {
                file = args
                    .next()
                    .map(|f| String::from_utf8_lossy(&f).into_owned());
                break;
            }
            _ if a.starts_with('-') && a.len() > 1 => {
                return usage_error(&format!("unknown option {a}"))
            }
            _ => {
                file = Some(a);
                break;
            }
        }
    }
    let rest: Vec<Vec<u8>> = args.collect();
    let stdout = Box::new(std::io::BufWriter::with_capacity(
        64 * 1024,
        std::io::stdout(),
    ));
    let config = Config {
        kind,
        ini,
        stdout,
        args: rest,
        stdin_from_process: true,
        ..Default::default()
    };
    let mut vm = Vm::new(config);
    let status = match (code, file) {
        (Some(code), _) => {
            let mut src = b"<?php ".to_vec();
            src.extend_from_slice(&code);
            vm.run_source(&src, "Command line code")
        }
        (None, Some(file)) => vm.run_file(&file),
        (None, None) => return usage_error("no input file"),
    };
    let _ = std::io::stdout().flush();
    ExitCode::from(status.clamp(0, 255) as u8)
}

fn parse_setting(s: &str) -> (String, String) {
    match s.split_once('=') {
        Some((k, v)) => (k.trim().to_string(), v.to_string()),
        None => (s.trim().to_string(), "1".to_string()),
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("phpvm: {msg}\n{USAGE}");
    ExitCode::from(1)
}
