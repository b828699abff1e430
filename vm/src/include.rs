//! `include`, `require` and their `_once` forms: php's path resolution,
//! compiling the file when the statement runs, and the frame it runs in,
//! which shares the variables of the including scope (`scope.rs`).

use crate::compile::CompileError;
use crate::ops::include_kind;
use crate::runtime::string::PhpStr;
use crate::runtime::value::Value;
use crate::vm::{CallTarget, PendingCall, Unwind, Vm, E_WARNING};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// php's default `include_path` (what Debian's php prints under `php -n`).
pub const DEFAULT_INCLUDE_PATH: &str = ".:/usr/share/php";

/// What an include statement does next.
pub(crate) enum Included {
    /// Its value is ready (a failed include's false, `_once`'s true).
    Value(Value),
    /// The file's frame was pushed: the executor enters it.
    Entered,
}

/// Finds the file an include names, as php_resolve_path does: absolute
/// paths and `./`, `../` paths as they are (relative to the working
/// directory); other paths in each folder of `include_path`, then in the
/// folder of the file that is including.
fn resolve(name: &str, include_path: &str, including_file: &str) -> Option<PathBuf> {
    let exists = |p: &Path| -> Option<PathBuf> {
        if p.is_file() {
            std::fs::canonicalize(p).ok()
        } else {
            None
        }
    };
    let explicit = name.starts_with('/')
        || name.starts_with("./")
        || name.starts_with("../")
        || name == "."
        || name == "..";
    if explicit {
        return exists(Path::new(name));
    }
    for dir in include_path.split(':').filter(|d| !d.is_empty()) {
        if let Some(p) = exists(&Path::new(dir).join(name)) {
            return Some(p);
        }
    }
    let dir = Path::new(including_file).parent()?;
    exists(&dir.join(name))
}

/// php's text for why a file could not be opened.
fn open_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// Runs include statement `kind` for `name` (result slot `ret_slot`).
pub(crate) fn include(
    vm: &mut Vm,
    kind: u32,
    name: &[u8],
    ret_slot: u32,
) -> Result<Included, Unwind> {
    let word = include_kind::NAMES[kind as usize];
    if name.is_empty() {
        return Err(vm.throw_error("ValueError", "Path cannot be empty"));
    }
    let once = matches!(
        kind,
        include_kind::INCLUDE_ONCE | include_kind::REQUIRE_ONCE
    );
    let require = matches!(kind, include_kind::REQUIRE | include_kind::REQUIRE_ONCE);
    let name_text = String::from_utf8_lossy(name).into_owned();
    let include_path = vm
        .ini_get("include_path")
        .unwrap_or(DEFAULT_INCLUDE_PATH)
        .to_string();
    // A file already included under exactly this name (the main script
    // too, which a host may run without a file on disk).
    if once && vm.included_files.iter().any(|f| f.as_bytes() == name) {
        return Ok(Included::Value(Value::Bool(true)));
    }
    let including = vm.current_file();
    let resolved = if name.contains(&0) {
        None
    } else {
        resolve(&name_text, &include_path, &including)
    };
    let (path, src) = match resolved.map(|p| {
        let read = std::fs::read(&p);
        (p, read)
    }) {
        Some((p, Ok(src))) => (p.to_string_lossy().into_owned(), src),
        failed => {
            let why = match failed {
                Some((_, Err(e))) => open_error_text(&e),
                _ => "No such file or directory".to_string(),
            };
            let msg = format!("{word}({name_text}): Failed to open stream: {why}");
            vm.report(E_WARNING, &msg);
            if vm.exception.is_some() || vm.halted {
                return Err(Unwind);
            }
            if require {
                let msg = format!(
                    "Failed opening required '{name_text}' (include_path='{include_path}')"
                );
                return Err(vm.throw_error("Error", &msg));
            }
            let msg = format!(
                "{word}(): Failed opening '{name_text}' for inclusion (include_path='{include_path}')"
            );
            vm.report(E_WARNING, &msg);
            if vm.exception.is_some() || vm.halted {
                return Err(Unwind);
            }
            return Ok(Included::Value(Value::Bool(false)));
        }
    };
    if once && vm.included_files.iter().any(|f| **f == *path) {
        return Ok(Included::Value(Value::Bool(true)));
    }
    if !vm.included_files.iter().any(|f| **f == *path) {
        vm.included_files.push(Rc::from(path.as_str()));
    }
    let mut unit = match vm.compile(&src, &path) {
        Ok(unit) => unit,
        Err(CompileError::Parse(msg, line)) => {
            // php 7+: a ParseError the includer may catch, naming the file.
            let ex = vm.create_exception("ParseError", &msg);
            ex.set_prop(b"file", Value::str(path.as_str()));
            ex.set_prop(b"line", Value::Int(line as i64));
            return Err(vm.throw(ex));
        }
        Err(CompileError::Fatal(msg, line)) => {
            vm.emit_error("Fatal error", &msg, &path, line);
            vm.halted = true;
            vm.exit_status = 255;
            return Err(Unwind);
        }
    };
    // Code included by a method runs in its class scope (private members,
    // `self::`).
    if let (Some(class), Some(main)) = (vm.code.class.clone(), Rc::get_mut(&mut unit.main)) {
        main.class = Some(class);
    }
    vm.declare_unit(&unit);
    if vm.halted {
        return Err(Unwind);
    }
    let (this, class) = vm
        .frames
        .last()
        .map(|f| (f.this.clone(), f.class.clone()))
        .unwrap_or_default();
    let call = PendingCall {
        target: CallTarget::User(unit.main.clone()),
        base: vm.slots.len(),
        this,
        class,
        nargs: 0,
        ctor: None,
        frame_depth: vm.frames.len(),
        closure: None,
        magic: None,
    };
    vm.push_user_frame(call, ret_slot, false)?;
    let f = vm.frames.last_mut().expect("the include frame");
    f.included = true;
    f.native_name = Some(Rc::from(word));
    f.extra_args = vec![Value::Str(PhpStr::from(path.as_str()))];
    vm.attach_include_vars();
    Ok(Included::Entered)
}
