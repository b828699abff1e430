//! The built-in functions, classes and constants, registered through the
//! same extension API any extension uses (`Extension`, `Vm::load_extension`).

use crate::class::builtin_classes;
use crate::ext::Extension;
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::string::PhpStr;
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm};

pub mod args;
mod arrays;
pub(crate) mod classes;
mod errors;
mod functions;
mod math;
mod output;
mod paths;
mod printf;
mod strings;
mod time;
mod types;
mod vars;

pub use args::{arg_count_error, Sig};
pub(crate) use types::constant_key;

pub fn register(vm: &mut Vm) {
    crate::class::register_builtin_interfaces(vm);
    let mut core = Extension::new("Core");
    core.classes = builtin_classes();
    core.classes.push(crate::closure::class_def());
    core.classes.push(crate::generator::class_def());
    let core = core
        .constant("PHP_EOL", Value::str("\n"))
        .constant("PHP_INT_MAX", Value::Int(i64::MAX))
        .constant("PHP_INT_MIN", Value::Int(i64::MIN))
        .constant("PHP_INT_SIZE", Value::Int(8))
        .constant("PHP_FLOAT_EPSILON", Value::Float(f64::EPSILON))
        .constant("PHP_FLOAT_MAX", Value::Float(f64::MAX))
        .constant("PHP_FLOAT_MIN", Value::Float(f64::MIN_POSITIVE))
        .constant("PHP_FLOAT_DIG", Value::Int(15))
        .constant("NAN", Value::Float(f64::NAN))
        .constant("INF", Value::Float(f64::INFINITY))
        .constant("PHP_VERSION", Value::str("8.2.36"))
        .constant("PHP_MAJOR_VERSION", Value::Int(8))
        .constant("PHP_MINOR_VERSION", Value::Int(2))
        .constant("PHP_RELEASE_VERSION", Value::Int(36))
        .constant("PHP_VERSION_ID", Value::Int(80236))
        .constant("PHP_EXTRA_VERSION", Value::str(""))
        .constant("PHP_DEBUG", Value::Int(0))
        .constant("PHP_MAXPATHLEN", Value::Int(4096))
        .constant("DIRECTORY_SEPARATOR", Value::str("/"))
        .constant("PATH_SEPARATOR", Value::str(":"))
        .constant("PHP_OS", Value::str("Linux"))
        .constant("PHP_OS_FAMILY", Value::str("Linux"))
        .constant("E_ERROR", Value::Int(1))
        .constant("E_WARNING", Value::Int(2))
        .constant("E_PARSE", Value::Int(4))
        .constant("E_NOTICE", Value::Int(8))
        .constant("E_CORE_ERROR", Value::Int(16))
        .constant("E_CORE_WARNING", Value::Int(32))
        .constant("E_COMPILE_ERROR", Value::Int(64))
        .constant("E_COMPILE_WARNING", Value::Int(128))
        .constant("E_USER_ERROR", Value::Int(256))
        .constant("E_USER_WARNING", Value::Int(512))
        .constant("E_USER_NOTICE", Value::Int(1024))
        .constant("E_STRICT", Value::Int(2048))
        .constant("E_RECOVERABLE_ERROR", Value::Int(4096))
        .constant("E_DEPRECATED", Value::Int(8192))
        .constant("E_USER_DEPRECATED", Value::Int(16384))
        .constant("E_ALL", Value::Int(32767))
        .function("get_class", |vm, args| match args.first() {
            Some(Value::Object(o)) => Ok(Value::Str(o.class.name.clone())),
            Some(v) => {
                let msg = format!(
                    "get_class(): Argument #1 ($object) must be of type object, {} given",
                    v.type_name()
                );
                Err(vm.throw_error("TypeError", &msg))
            }
            None => match vm
                .frames
                .iter()
                .rev()
                .find_map(|f| f.code.as_ref().and_then(|c| c.class.clone()))
            {
                Some(c) => Ok(Value::Str(c)),
                None => Err(vm.throw_error(
                    "Error",
                    "get_class() without arguments must be called from within a class",
                )),
            },
        })
        .function("var_dump", |vm, args| {
            if args.is_empty() {
                return Err(arg_count(vm, "var_dump", 1, 0, true));
            }
            for a in args {
                let mut out = Vec::new();
                var_dump(vm, a, 0, &mut out);
                vm.echo(&out);
            }
            Ok(Value::Null)
        })
        .function("extension_loaded", |vm, args| {
            let name = string_arg(vm, "extension_loaded", args, 0)?;
            Ok(Value::Bool(vm.is_extension_loaded(&name.to_lossy())))
        })
        .function("function_exists", |vm, args| {
            let name = string_arg(vm, "function_exists", args, 0)?;
            // A name in a string may start with `\`, as a fully qualified one.
            let bytes = name.as_bytes();
            let bytes = bytes.strip_prefix(b"\\").unwrap_or(bytes);
            Ok(Value::Bool(
                vm.functions.contains_key(&bytes.to_ascii_lowercase()),
            ))
        })
        .function("ini_get", |vm, args| {
            let name = string_arg(vm, "ini_get", args, 0)?;
            Ok(match vm.ini_get_registered(&name.to_lossy()) {
                Some(v) => Value::str(v),
                None => Value::Bool(false),
            })
        })
        .function("ini_set", |vm, args| {
            let name = string_arg(vm, "ini_set", args, 0)?.to_lossy();
            let value = match args.get(1) {
                Some(v) => vm.to_php_string(v)?.to_lossy(),
                None => return Err(arg_count(vm, "ini_set", 2, args.len(), false)),
            };
            let old = vm.ini_get_registered(&name).map(str::to_string);
            match old {
                Some(old) => {
                    vm.ini_set(&name, &value);
                    Ok(Value::str(old))
                }
                None => Ok(Value::Bool(false)),
            }
        })
        .function("getenv", |vm, args| {
            let name = string_arg(vm, "getenv", args, 0)?;
            Ok(vm
                .env
                .iter()
                .find(|(k, _)| k.as_slice() == name.as_bytes())
                .map(|(_, v)| Value::str(v.as_slice()))
                .unwrap_or(Value::Bool(false)))
        })
        .function("file_get_contents", |vm, args| {
            let name = string_arg(vm, "file_get_contents", args, 0)?;
            if name.as_bytes() == b"php://stdin" {
                return Ok(Value::str(vm.read_stdin()));
            }
            match std::fs::read(name.to_lossy()) {
                Ok(bytes) => Ok(Value::str(bytes)),
                Err(e) => {
                    let msg = format!(
                        "file_get_contents({}): Failed to open stream: {}",
                        name.to_lossy(),
                        io_error_text(&e)
                    );
                    vm.report(crate::vm::E_WARNING, &msg);
                    Ok(Value::Bool(false))
                }
            }
        });
    vm.load_extension(core);
    // Generator is an Iterator (and so Traversable).
    if let Some(iterator) = vm.class(b"Iterator") {
        if let Some(gen) = vm
            .classes
            .get_mut(&b"generator"[..])
            .and_then(std::rc::Rc::get_mut)
        {
            crate::class::add_interface(&mut gen.interfaces, &iterator);
        }
    }

    // ext/standard: each area adds its functions.
    let mut standard = Extension::new("standard");
    for add in [
        strings::add,
        printf::add,
        arrays::add,
        functions::add,
        errors::add,
        classes::add,
        math::add,
        types::add,
        time::add,
        output::add,
        vars::add,
        paths::add,
    ] {
        standard = add(standard);
    }
    vm.load_extension(standard);
}

/// The text php's stream layer gives for an I/O error.
fn io_error_text(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory",
        std::io::ErrorKind::PermissionDenied => "Permission denied",
        _ => "Input/output error",
    }
}

/// php's ArgumentCountError for internal functions.
pub fn arg_count(vm: &mut Vm, name: &str, expected: usize, given: usize, at_least: bool) -> Unwind {
    let msg = format!(
        "{name}() expects {} {expected} argument{}, {given} given",
        if at_least { "at least" } else { "exactly" },
        if expected == 1 { "" } else { "s" }
    );
    vm.throw_error("ArgumentCountError", &msg)
}

/// A string parameter of an internal function (coercive typing mode).
pub fn string_arg(vm: &mut Vm, func: &str, args: &[Value], i: usize) -> Result<PhpStr, Unwind> {
    match args.get(i) {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_))) => vm.to_php_string(v),
        Some(Value::Object(o)) if o.class.find_method(b"__tostring").is_some() => {
            vm.to_php_string(&Value::Object(o.clone()))
        }
        Some(v) => {
            let t = match v {
                Value::Null | Value::Undef => "null".to_string(),
                v => v.type_name(),
            };
            if matches!(v, Value::Null | Value::Undef) {
                let msg = format!(
                    "{func}(): Passing null to parameter #{} of type string is deprecated",
                    i + 1
                );
                vm.report(crate::vm::E_DEPRECATED, &msg);
                return Ok(PhpStr::default());
            }
            let msg = format!(
                "{func}(): Argument #{} must be of type string, {t} given",
                i + 1
            );
            Err(vm.throw_error("TypeError", &msg))
        }
        None => Err(arg_count(vm, func, i + 1, args.len(), false)),
    }
}

/// `var_dump` of one value, php's format, at `indent` spaces.
pub fn var_dump(vm: &Vm, v: &Value, indent: usize, out: &mut Vec<u8>) {
    dump_value(vm, v, indent, out, &mut Vec::new());
}

/// An array or object being dumped around the current value.
#[derive(PartialEq)]
enum Open {
    Array(*const PhpArray),
    Object(u32),
}

/// `open` holds the arrays and objects being dumped around this value: one
/// met again inside itself (an object, or an array through a reference)
/// prints `*RECURSION*`, as php does.
fn dump_value(vm: &Vm, v: &Value, indent: usize, out: &mut Vec<u8>, open: &mut Vec<Open>) {
    let pad = " ".repeat(indent);
    out.extend_from_slice(pad.as_bytes());
    match v {
        Value::Ref(r) => {
            // php marks a reference shared with another place with `&`.
            let mut inner = Vec::new();
            dump_value(vm, &r.borrow(), indent, &mut inner, open);
            // php prints the recursion marker without the `&`.
            let recursion = inner[pad.len()..].starts_with(b"*RECURSION*");
            if std::rc::Rc::strong_count(r) > 1 && !recursion {
                out.push(b'&');
            }
            out.extend_from_slice(&inner[pad.len()..]);
        }
        Value::Undef | Value::Null => out.extend_from_slice(b"NULL\n"),
        Value::Bool(b) => out.extend_from_slice(format!("bool({b})\n").as_bytes()),
        Value::Int(i) => out.extend_from_slice(format!("int({i})\n").as_bytes()),
        Value::Float(f) => {
            let prec = match vm.ini_int("serialize_precision") {
                p if p <= 0 => None,
                p => Some(p as usize),
            };
            out.extend_from_slice(b"float(");
            out.extend_from_slice(&crate::runtime::string::float_to_bytes(*f, prec));
            out.extend_from_slice(b")\n");
        }
        Value::Str(s) => {
            out.extend_from_slice(format!("string({}) \"", s.len()).as_bytes());
            out.extend_from_slice(s.as_bytes());
            out.extend_from_slice(b"\"\n");
        }
        Value::Array(a) if open.contains(&Open::Array(std::rc::Rc::as_ptr(a))) => {
            out.extend_from_slice(b"*RECURSION*\n")
        }
        Value::Array(a) => {
            out.extend_from_slice(format!("array({}) {{\n", a.len()).as_bytes());
            open.push(Open::Array(std::rc::Rc::as_ptr(a)));
            dump_entries(
                vm,
                a,
                indent,
                out,
                open,
                |_| String::new(),
                |_| String::new(),
            );
            open.pop();
            out.extend_from_slice(pad.as_bytes());
            out.extend_from_slice(b"}\n");
        }
        Value::Object(o) if open.contains(&Open::Object(o.id)) => {
            out.extend_from_slice(b"*RECURSION*\n")
        }
        Value::Object(o) if o.class.enum_info.is_some() => {
            out.extend_from_slice(b"enum(");
            out.extend_from_slice(o.class.name.as_bytes());
            out.extend_from_slice(b"::");
            out.extend_from_slice(crate::enums::case_name(o).as_bytes());
            out.extend_from_slice(b")\n");
        }
        Value::Object(o) => {
            // A property left a reference that nothing else shares is a
            // plain value to php; the copy here must not count as a second
            // holder.
            let mut props = PhpArray::new();
            for (k, v) in o.props.borrow().iter() {
                let v = match v {
                    Value::Ref(r) if std::rc::Rc::strong_count(r) == 1 => r.borrow().clone(),
                    v => v.clone(),
                };
                props.set(k, v);
            }
            open.push(Open::Object(o.id));
            out.extend_from_slice(
                format!(
                    "object({})#{} ({}) {{\n",
                    o.class.name.shown(),
                    o.id,
                    props.values().filter(|v| !v.is_undef()).count()
                )
                .as_bytes(),
            );
            let class = o.class.clone();
            let type_of = |name: &[u8]| {
                class
                    .props
                    .iter()
                    .find(|p| p.name.as_bytes() == name)
                    .and_then(|p| p.ty.as_ref())
                    .map(crate::handlers::type_text)
                    .unwrap_or_default()
            };
            let annotate = |name: &[u8]| {
                let mut c = Some(&class);
                let mut found = None;
                while let Some(cls) = c {
                    if let Some(p) = cls.props.iter().find(|p| p.name.as_bytes() == name) {
                        found = Some((p.visibility, cls.name.clone()));
                    }
                    c = cls.parent.as_ref();
                }
                match found {
                    Some((crate::ast::Visibility::Protected, _)) => ":protected".into(),
                    Some((crate::ast::Visibility::Private, c)) => {
                        format!(":\"{}\":private", c.shown())
                    }
                    _ => String::new(),
                }
            };
            dump_entries(vm, &props, indent, out, open, annotate, type_of);
            open.pop();
            out.extend_from_slice(pad.as_bytes());
            out.extend_from_slice(b"}\n");
        }
    }
}

fn k_bytes(k: &Key) -> &[u8] {
    match k {
        Key::Str(s) => s.as_bytes(),
        Key::Int(_) => b"",
    }
}

fn dump_entries(
    vm: &Vm,
    a: &PhpArray,
    indent: usize,
    out: &mut Vec<u8>,
    open: &mut Vec<Open>,
    annotate: impl Fn(&[u8]) -> String,
    uninitialized: impl Fn(&[u8]) -> String,
) {
    let pad = " ".repeat(indent + 2);
    for (k, v) in a.iter() {
        if v.is_undef() && uninitialized(k_bytes(&k)).is_empty() {
            // A declared untyped property that was unset.
            continue;
        }
        out.extend_from_slice(pad.as_bytes());
        match &k {
            Key::Int(i) => out.extend_from_slice(format!("[{i}]=>\n").as_bytes()),
            Key::Str(s) => {
                out.extend_from_slice(b"[\"");
                out.extend_from_slice(s.as_bytes());
                out.extend_from_slice(b"\"");
                out.extend_from_slice(annotate(s.as_bytes()).as_bytes());
                out.extend_from_slice(b"]=>\n");
            }
        }
        if v.is_undef() {
            // Only an object's typed property not initialized yet.
            out.extend_from_slice(pad.as_bytes());
            out.extend_from_slice(b"uninitialized(");
            if let Key::Str(s) = &k {
                out.extend_from_slice(uninitialized(s.as_bytes()).as_bytes());
            }
            out.extend_from_slice(b")\n");
            continue;
        }
        dump_value(vm, v, indent + 2, out, open);
    }
}
