//! Output functions: output buffering (`ob_*`), `print_r`, `var_export`, `flush`.
//!
//! The buffers themselves live in the VM's output layer (`crate::output`);
//! this module keeps each buffer's handler (its name and user callback) in
//! a stack of the same depth, and runs php's handler operations
//! (main/output.c): flush, clean and final, with their flags and notices.

use super::args::Sig;
use crate::ext::Extension;
use crate::output::{
    HANDLER_CLEANABLE, HANDLER_DISABLED, HANDLER_FLUSHABLE, HANDLER_PROCESSED, HANDLER_REMOVABLE,
    HANDLER_STARTED, HANDLER_STDFLAGS,
};
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::object::ClassRef;
use crate::runtime::string::PhpStr;
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm, E_NOTICE, E_WARNING};
use std::rc::Rc;

/// The handler operations (`PHP_OUTPUT_HANDLER_*`), as passed to callbacks.
const OP_START: i64 = 0x01;
const OP_CLEAN: i64 = 0x02;
const OP_FLUSH: i64 = 0x04;
const OP_FINAL: i64 = 0x08;
/// The flag of a buffer with a user handler.
const HANDLER_USER: u32 = 0x01;

/// The handler of one active buffer.
#[derive(Clone)]
struct Handler {
    name: PhpStr,
    callback: Option<Value>,
}

/// The handlers of the active buffers, outermost first, and whether one is
/// running (what it prints goes to a scratch buffer above them).
#[derive(Default)]
struct Handlers {
    stack: Vec<Handler>,
    running: bool,
    /// What the running handler was given (its buffer's contents
    /// meanwhile) and its buffer's level.
    running_input: Vec<u8>,
    running_level: usize,
}

fn handlers(vm: &mut Vm) -> &mut Vec<Handler> {
    &mut vm.ext_data::<Handlers>().stack
}

fn running(vm: &mut Vm) -> &mut bool {
    &mut vm.ext_data::<Handlers>().running
}

pub(super) fn add(ext: Extension) -> Extension {
    let ext = [
        ("PHP_OUTPUT_HANDLER_START", OP_START),
        ("PHP_OUTPUT_HANDLER_WRITE", 0),
        ("PHP_OUTPUT_HANDLER_FLUSH", OP_FLUSH),
        ("PHP_OUTPUT_HANDLER_CLEAN", OP_CLEAN),
        ("PHP_OUTPUT_HANDLER_FINAL", OP_FINAL),
        ("PHP_OUTPUT_HANDLER_CONT", 0),
        ("PHP_OUTPUT_HANDLER_END", OP_FINAL),
        ("PHP_OUTPUT_HANDLER_CLEANABLE", HANDLER_CLEANABLE as i64),
        ("PHP_OUTPUT_HANDLER_FLUSHABLE", HANDLER_FLUSHABLE as i64),
        ("PHP_OUTPUT_HANDLER_REMOVABLE", HANDLER_REMOVABLE as i64),
        ("PHP_OUTPUT_HANDLER_STDFLAGS", HANDLER_STDFLAGS as i64),
        ("PHP_OUTPUT_HANDLER_STARTED", HANDLER_STARTED as i64),
        ("PHP_OUTPUT_HANDLER_DISABLED", HANDLER_DISABLED as i64),
    ]
    .into_iter()
    .fold(ext, |ext, (name, v)| ext.constant(name, Value::Int(v)));
    let ext = add_buffering(ext);
    add_printing(ext)
}

/// Functions of no parameters.
fn no_args(vm: &mut Vm, args: &[Value], name: &'static str) -> Result<(), Unwind> {
    Sig {
        name,
        params: &[],
        required: 0,
    }
    .arity(vm, args)
}

fn add_buffering(ext: Extension) -> Extension {
    ext.function("ob_start", ob_start)
        .function("ob_get_level", |vm, args| {
            no_args(vm, args, "ob_get_level")?;
            run_pending(vm)?;
            let scratch = *running(vm) as usize;
            Ok(Value::Int(vm.out.level().saturating_sub(scratch) as i64))
        })
        .function("ob_get_contents", |vm, args| {
            no_args(vm, args, "ob_get_contents")?;
            run_pending(vm)?;
            Ok(match contents(vm) {
                Some(b) => Value::str(b),
                None => Value::Bool(false),
            })
        })
        .function("ob_get_length", |vm, args| {
            no_args(vm, args, "ob_get_length")?;
            run_pending(vm)?;
            Ok(match contents(vm) {
                Some(b) => Value::Int(b.len() as i64),
                None => Value::Bool(false),
            })
        })
        .function("ob_flush", |vm, args| {
            no_args(vm, args, "ob_flush")?;
            locked(vm, "ob_flush")?;
            run_pending(vm)?;
            if vm.out.level() == 0 {
                vm.report(
                    E_NOTICE,
                    "ob_flush(): Failed to flush buffer. No buffer to flush",
                );
                return Ok(Value::Bool(false));
            }
            if top_flags(vm) & HANDLER_FLUSHABLE == 0 {
                let msg = format!("ob_flush(): Failed to flush buffer of {}", top_name(vm));
                vm.report(E_NOTICE, &msg);
                return Ok(Value::Bool(false));
            }
            let out = handler_op(vm, OP_FLUSH);
            vm.out.write_below_top(&out);
            raised(vm)?;
            Ok(Value::Bool(true))
        })
        .function("ob_clean", |vm, args| {
            no_args(vm, args, "ob_clean")?;
            locked(vm, "ob_clean")?;
            run_pending(vm)?;
            if vm.out.level() == 0 {
                vm.report(
                    E_NOTICE,
                    "ob_clean(): Failed to delete buffer. No buffer to delete",
                );
                return Ok(Value::Bool(false));
            }
            if top_flags(vm) & HANDLER_CLEANABLE == 0 {
                let msg = format!("ob_clean(): Failed to delete buffer of {}", top_name(vm));
                vm.report(E_NOTICE, &msg);
                return Ok(Value::Bool(false));
            }
            handler_op(vm, OP_CLEAN);
            raised(vm)?;
            Ok(Value::Bool(true))
        })
        .function("ob_end_flush", |vm, args| {
            no_args(vm, args, "ob_end_flush")?;
            locked(vm, "ob_end_flush")?;
            run_pending(vm)?;
            if vm.out.level() == 0 {
                vm.report(
                    E_NOTICE,
                    "ob_end_flush(): Failed to delete and flush buffer. No buffer to delete or flush",
                );
                return Ok(Value::Bool(false));
            }
            Ok(Value::Bool(pop(vm, "ob_end_flush", false)?))
        })
        .function("ob_end_clean", |vm, args| {
            no_args(vm, args, "ob_end_clean")?;
            locked(vm, "ob_end_clean")?;
            run_pending(vm)?;
            if vm.out.level() == 0 {
                vm.report(
                    E_NOTICE,
                    "ob_end_clean(): Failed to delete buffer. No buffer to delete",
                );
                return Ok(Value::Bool(false));
            }
            Ok(Value::Bool(pop(vm, "ob_end_clean", true)?))
        })
        .function("ob_get_flush", |vm, args| {
            no_args(vm, args, "ob_get_flush")?;
            locked(vm, "ob_get_flush")?;
            run_pending(vm)?;
            let Some(contents) = vm.out.buffer_contents().map(<[u8]>::to_vec) else {
                vm.report(
                    E_NOTICE,
                    "ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush",
                );
                return Ok(Value::Bool(false));
            };
            if !pop(vm, "ob_get_flush", false)? {
                let msg = format!("ob_get_flush(): Failed to delete buffer of {}", top_name(vm));
                vm.report(E_NOTICE, &msg);
            }
            Ok(Value::str(contents))
        })
        .function("ob_get_clean", |vm, args| {
            no_args(vm, args, "ob_get_clean")?;
            locked(vm, "ob_get_clean")?;
            run_pending(vm)?;
            let Some(contents) = vm.out.buffer_contents().map(<[u8]>::to_vec) else {
                return Ok(Value::Bool(false));
            };
            if !pop(vm, "ob_get_clean", true)? {
                let msg = format!("ob_get_clean(): Failed to delete buffer of {}", top_name(vm));
                vm.report(E_NOTICE, &msg);
            }
            Ok(Value::str(contents))
        })
        .function("ob_list_handlers", |vm, args| {
            no_args(vm, args, "ob_list_handlers")?;
            run_pending(vm)?;
            let names = handlers(vm)
                .iter()
                .map(|h| Value::Str(h.name.clone()))
                .collect();
            Ok(Value::array(PhpArray::from_list(names)))
        })
        .function("ob_get_status", |vm, args| {
            let sig = Sig::new("ob_get_status", 0, &["full_status"]);
            sig.arity(vm, args)?;
            let full = sig.opt(vm, args, 0, Sig::bool)?.unwrap_or(false);
            run_pending(vm)?;
            let levels = vm.out.level() - *running(vm) as usize;
            if full {
                let list = (0..levels).map(|l| status(vm, l)).collect();
                Ok(Value::array(PhpArray::from_list(list)))
            } else if levels == 0 {
                Ok(Value::array(PhpArray::new()))
            } else {
                Ok(status(vm, levels - 1))
            }
        })
        .function("ob_implicit_flush", |vm, args| {
            let sig = Sig::new("ob_implicit_flush", 0, &["enable"]);
            sig.arity(vm, args)?;
            sig.opt(vm, args, 0, Sig::bool)?;
            Ok(Value::Null)
        })
        .function("flush", |vm, args| {
            no_args(vm, args, "flush")?;
            run_pending(vm)?;
            let _ = vm.out.sink().flush();
            Ok(Value::Null)
        })
}

/// `ob_start(callable $callback = null, int $chunk_size = 0, int $flags = PHP_OUTPUT_HANDLER_STDFLAGS)`.
fn ob_start(vm: &mut Vm, args: &[Value]) -> Result<Value, Unwind> {
    let sig = Sig::new("ob_start", 0, &["callback", "chunk_size", "flags"]);
    sig.arity(vm, args)?;
    locked(vm, "ob_start")?;
    run_pending(vm)?;
    let callback = args.first().map(Value::deref).unwrap_or(Value::Null);
    let chunk_size = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(0).max(0) as usize;
    let flags = sig
        .opt(vm, args, 2, Sig::int)?
        .unwrap_or(HANDLER_STDFLAGS as i64) as u32
        & 0xfff0;
    let handler = match callback {
        Value::Null => Handler {
            name: PhpStr::from("default output handler"),
            callback: None,
        },
        cb => {
            if let Some(why) = vm.callable_error(&cb) {
                vm.report(E_WARNING, &format!("ob_start(): {why}"));
                vm.report(E_NOTICE, "ob_start(): Failed to create buffer");
                return Ok(Value::Bool(false));
            }
            Handler {
                name: callable_name(&cb),
                callback: Some(cb),
            }
        }
    };
    let user = handler.callback.is_some();
    if user {
        vm.output_end = Some(end_all);
    }
    vm.out.start_buffer_with(
        chunk_size,
        flags | if user { HANDLER_USER } else { 0 },
        user,
    );
    handlers(vm).push(handler);
    Ok(Value::Bool(true))
}

/// Output buffering operations are php's fatal error inside a handler
/// (and output buffering is turned off first).
fn locked(vm: &mut Vm, name: &str) -> Result<(), Unwind> {
    if !*running(vm) {
        return Ok(());
    }
    while vm.out.end_buffer().is_some() {}
    handlers(vm).clear();
    let msg = format!("{name}(): Cannot use output buffering in output buffering display handlers");
    Err(vm.fatal(&msg))
}

/// The contents of the innermost buffer as PHP code sees them: inside a
/// handler, what the handler is working on.
fn contents(vm: &mut Vm) -> Option<Vec<u8>> {
    if *running(vm) {
        return Some(vm.ext_data::<Handlers>().running_input.clone());
    }
    vm.out.buffer_contents().map(<[u8]>::to_vec)
}

/// The name php gives a user handler: the function, `Class::method` or
/// `Closure::__invoke`.
fn callable_name(cb: &Value) -> PhpStr {
    match cb {
        Value::Str(s) => s.clone(),
        Value::Object(o) => {
            let mut name = o.class.name.as_bytes().to_vec();
            name.extend_from_slice(b"::__invoke");
            PhpStr::new(name)
        }
        Value::Array(a) => {
            let class = match a.get(&Key::Int(0)).map(Value::deref) {
                Some(Value::Object(o)) => o.class.name.as_bytes().to_vec(),
                Some(v) => v.to_bytes_scalar(None),
                None => Vec::new(),
            };
            let method = a
                .get(&Key::Int(1))
                .map(|v| v.deref().to_bytes_scalar(None))
                .unwrap_or_default();
            let mut name = class;
            name.extend_from_slice(b"::");
            name.extend_from_slice(&method);
            PhpStr::new(name)
        }
        other => PhpStr::new(other.to_bytes_scalar(None)),
    }
}

fn top_flags(vm: &mut Vm) -> u32 {
    vm.out.top_buffer().map(|b| b.flags).unwrap_or(0)
}

/// `name (level)` of the innermost buffer, for notices.
fn top_name(vm: &mut Vm) -> String {
    let level = vm.out.level().saturating_sub(1);
    let name = handlers(vm)
        .last()
        .map(|h| h.name.to_lossy())
        .unwrap_or_default();
    format!("{name} ({level})")
}

/// Runs the innermost buffer's handler on its contents (php's
/// php_output_handler_op) and returns what it outputs; the buffer is empty
/// afterwards.
fn handler_op(vm: &mut Vm, op: i64) -> Vec<u8> {
    let Some(level) = vm.out.level().checked_sub(1) else {
        return Vec::new();
    };
    let data = std::mem::take(&mut vm.out.buffer_mut(level).expect("active").data);
    run_handler(vm, level, data, op)
}

/// Runs the handler of buffer `level` on `data` and returns what it
/// outputs. A handler that fails (returns false or throws) is disabled and
/// its input passes through; an exception it threw stays pending for the
/// caller to raise once the operation is done.
fn run_handler(vm: &mut Vm, level: usize, data: Vec<u8>, mut op: i64) -> Vec<u8> {
    let callback = handlers(vm).get(level).and_then(|h| h.callback.clone());
    let Some(b) = vm.out.buffer_mut(level) else {
        return Vec::new();
    };
    if b.flags & HANDLER_DISABLED != 0 {
        return data;
    }
    if b.flags & HANDLER_STARTED == 0 {
        op |= OP_START;
    }
    b.flags |= HANDLER_STARTED;
    let Some(cb) = callback else {
        b.flags |= HANDLER_PROCESSED;
        return data;
    };
    // What the handler itself prints is discarded, as in php.
    vm.out.start_buffer();
    *running(vm) = true;
    vm.ext_data::<Handlers>().running_input = data.clone();
    vm.ext_data::<Handlers>().running_level = level;
    let result = vm.call_value(
        &cb,
        vec![Value::str(data.clone()), Value::Int(op)],
        "ob_start(): Argument #1 ($callback)",
    );
    *running(vm) = false;
    vm.ext_data::<Handlers>().running_input = Vec::new();
    let result = match result {
        Ok(Value::Bool(false)) => None,
        Ok(Value::Bool(true)) => Some(Vec::new()),
        Ok(v) => vm.to_php_string(&v).map(|s| s.as_bytes().to_vec()).ok(),
        Err(_) => None,
    };
    if vm.halted {
        // Output buffering was turned off.
        return Vec::new();
    }
    vm.out.end_buffer();
    let Some(b) = vm.out.buffer_mut(level) else {
        return Vec::new();
    };
    match result {
        Some(out) => {
            b.flags |= HANDLER_PROCESSED;
            out
        }
        None => {
            // The handler's buffer goes with its input.
            b.flags |= HANDLER_DISABLED;
            b.size = 0;
            data
        }
    }
}

/// Runs user handlers on the chunks their buffers filled (the output layer
/// only queues them), innermost first, passing their output down.
fn run_pending(vm: &mut Vm) -> Result<(), Unwind> {
    // Buffers the output layer flushed by itself (a previous script's)
    // leave no handlers behind.
    let level = vm.out.level();
    handlers(vm).truncate(level);
    loop {
        let level = (0..vm.out.level())
            .rev()
            .find(|&l| !vm.out.buffers()[l].pending.is_empty());
        let Some(level) = level else {
            return Ok(());
        };
        let chunks = std::mem::take(&mut vm.out.buffer_mut(level).expect("active").pending);
        // A handler that throws is disabled: the rest passes through.
        for chunk in chunks {
            let out = run_handler(vm, level, chunk, 0);
            vm.out.write_below(level, &out);
        }
        raised(vm)?;
    }
}

/// Raises the exception a handler threw.
fn raised(vm: &mut Vm) -> Result<(), Unwind> {
    if vm.has_exception() || vm.halted {
        Err(Unwind)
    } else {
        Ok(())
    }
}

/// Ends the innermost buffer (php_output_stack_pop): its handler runs a
/// final time and its output goes to the next level, unless `discard`.
/// False, with php's notice, when the buffer is not removable.
fn pop(vm: &mut Vm, name: &str, discard: bool) -> Result<bool, Unwind> {
    if top_flags(vm) & HANDLER_REMOVABLE == 0 {
        let msg = format!(
            "{name}(): Failed to {} buffer of {}",
            if discard { "discard" } else { "send" },
            top_name(vm)
        );
        vm.report(E_NOTICE, &msg);
        return Ok(false);
    }
    let op = OP_FINAL | if discard { OP_CLEAN } else { 0 };
    let out = handler_op(vm, op);
    vm.out.end_buffer();
    handlers(vm).pop();
    if !discard {
        vm.out.write(&out);
    }
    raised(vm)?;
    Ok(true)
}

/// The end of the script: every buffer's handler runs a final time, the
/// innermost first, and passes its output down (php_output_end_all).
fn end_all(vm: &mut Vm) {
    while vm.out.level() > 0 {
        if run_pending(vm).is_err() {
            bail_out(vm);
            break;
        }
        let out = handler_op(vm, OP_FINAL);
        vm.out.end_buffer();
        handlers(vm).pop();
        // An exception from a handler at shutdown ends the output there,
        // unreported (php bails out of the handler).
        if vm.has_exception() {
            bail_out(vm);
            break;
        }
        vm.out.write(&out);
    }
}

/// An exception from a handler at shutdown: the output ends there.
fn bail_out(vm: &mut Vm) {
    vm.take_exception();
    vm.exit_status = 255;
    while vm.out.end_buffer().is_some() {}
    handlers(vm).clear();
}

/// `ob_get_status()`'s array for the buffer at `level`.
fn status(vm: &mut Vm, level: usize) -> Value {
    let h = handlers(vm).get(level).cloned();
    let state = vm.ext_data::<Handlers>();
    let running_input =
        (state.running && state.running_level == level).then_some(state.running_input.len());
    let b = &vm.out.buffers()[level];
    let used = running_input.unwrap_or(b.data.len());
    let mut a = PhpArray::new();
    let mut set = |k: &str, v: Value| a.set(Key::Str(PhpStr::from(k)), v);
    let (name, user) = match h {
        Some(h) => (h.name, h.callback.is_some()),
        None => (PhpStr::from("default output handler"), false),
    };
    set("name", Value::Str(name));
    set("type", Value::Int(user as i64));
    set("flags", Value::Int(b.flags as i64));
    set("level", Value::Int(level as i64));
    set("chunk_size", Value::Int(b.chunk_size as i64));
    set("buffer_size", Value::Int(b.size as i64));
    set("buffer_used", Value::Int(used as i64));
    Value::array(a)
}

// ---- print_r and var_export -------------------------------------------------

fn add_printing(ext: Extension) -> Extension {
    ext.function("print_r", |vm, args| {
        let sig = Sig::new("print_r", 1, &["value", "return"]);
        sig.arity(vm, args)?;
        let ret = sig.opt(vm, args, 1, Sig::bool)?.unwrap_or(false);
        let mut out = Vec::new();
        print_r(vm, &args[0], 0, &mut out, &mut Vec::new())?;
        if ret {
            Ok(Value::str(out))
        } else {
            vm.echo(&out);
            Ok(Value::Bool(true))
        }
    })
    .function("var_export", |vm, args| {
        let sig = Sig::new("var_export", 1, &["value", "return"]);
        sig.arity(vm, args)?;
        let ret = sig.opt(vm, args, 1, Sig::bool)?.unwrap_or(false);
        let mut out = Vec::new();
        var_export(vm, &args[0], 1, &mut out, &mut Vec::new());
        if ret {
            Ok(Value::str(out))
        } else {
            vm.echo(&out);
            Ok(Value::Null)
        }
    })
}

/// How deep values may nest before printing stops, for the native stack.
const MAX_DEPTH: usize = 4096;

/// An array or object being printed around the current value: meeting it
/// again inside itself (through a reference, or an object's handle) is
/// recursion.
#[derive(PartialEq)]
enum Open {
    Array(*const PhpArray),
    Object(u32),
}

/// An object property's visibility suffix: `:protected` or `:Class:private`
/// in print_r (the class that declares it).
fn prop_annotation(class: &ClassRef, name: &[u8]) -> String {
    let mut c = Some(class);
    let mut found = None;
    while let Some(cls) = c {
        if let Some(p) = cls.props.iter().find(|p| p.name.as_bytes() == name) {
            found = Some((p.visibility, cls.name.clone()));
        }
        c = cls.parent.as_ref();
    }
    match found {
        Some((crate::ast::Visibility::Protected, _)) => ":protected".into(),
        Some((crate::ast::Visibility::Private, c)) => format!(":{}:private", c.shown()),
        _ => String::new(),
    }
}

/// php's print_r: nested arrays and objects are indented by 8 spaces a
/// level, their entries by 4 more. `open` holds the objects being printed
/// around this value.
fn print_r(
    vm: &mut Vm,
    v: &Value,
    indent: usize,
    out: &mut Vec<u8>,
    open: &mut Vec<Open>,
) -> Result<(), Unwind> {
    match v {
        Value::Ref(r) => {
            let inner = r.borrow().clone();
            print_r(vm, &inner, indent, out, open)
        }
        Value::Array(a) => {
            out.extend_from_slice(b"Array\n");
            let me = Open::Array(Rc::as_ptr(a));
            if open.contains(&me) || open.len() >= MAX_DEPTH {
                out.extend_from_slice(b" *RECURSION*");
                return Ok(());
            }
            open.push(me);
            let r = print_hash(vm, a, indent, out, open, None);
            open.pop();
            r
        }
        Value::Object(o) => {
            out.extend_from_slice(o.class.name.shown_bytes());
            match o.class.enum_info.as_ref().map(|e| e.backing_int) {
                None => out.extend_from_slice(b" Object\n"),
                Some(None) => out.extend_from_slice(b" Enum\n"),
                Some(Some(int)) => out.extend_from_slice(if int {
                    b" Enum:int\n"
                } else {
                    b" Enum:string\n"
                }),
            }
            if open.contains(&Open::Object(o.id)) || open.len() >= MAX_DEPTH {
                out.extend_from_slice(b" *RECURSION*");
                return Ok(());
            }
            // __debugInfo() replaces the properties, as in var_dump.
            let (props, class) = match o.class.find_method(b"__debuginfo") {
                Some(_) => {
                    let callable = Value::array(PhpArray::from_list(vec![
                        Value::Object(o.clone()),
                        Value::str("__debugInfo"),
                    ]));
                    match vm.call_value(&callable, Vec::new(), "print_r()")? {
                        Value::Array(a) => ((*a).clone(), None),
                        Value::Null => (PhpArray::new(), None),
                        _ => return Err(vm.fatal("__debuginfo() must return an array")),
                    }
                }
                None => (o.props.borrow().clone(), Some(&o.class)),
            };
            open.push(Open::Object(o.id));
            let r = print_hash(vm, &props, indent, out, open, class);
            open.pop();
            r
        }
        Value::Str(s) => {
            out.extend_from_slice(s.as_bytes());
            Ok(())
        }
        other => {
            let s = vm.to_php_string(other)?;
            out.extend_from_slice(s.as_bytes());
            Ok(())
        }
    }
}

fn print_hash(
    vm: &mut Vm,
    a: &PhpArray,
    indent: usize,
    out: &mut Vec<u8>,
    open: &mut Vec<Open>,
    class: Option<&ClassRef>,
) -> Result<(), Unwind> {
    let pad = |out: &mut Vec<u8>, n: usize| out.resize(out.len() + n, b' ');
    pad(out, indent);
    out.extend_from_slice(b"(\n");
    for (k, v) in a.iter() {
        if v.is_undef() {
            // An uninitialized typed (or unset) property is not shown.
            continue;
        }
        pad(out, indent + 4);
        out.push(b'[');
        match &k {
            Key::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
            Key::Str(s) => {
                out.extend_from_slice(s.as_bytes());
                if let Some(c) = class {
                    out.extend_from_slice(prop_annotation(c, s.as_bytes()).as_bytes());
                }
            }
        }
        out.extend_from_slice(b"] => ");
        print_r(vm, v, indent + 8, out, open)?;
        out.push(b'\n');
    }
    pad(out, indent);
    out.extend_from_slice(b")\n");
    Ok(())
}

/// A string as a php literal: `'...'` with `'` and `\` escaped, NUL bytes
/// spliced in as `' . "\0" . '`.
fn export_string(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'\'');
    for &b in s {
        match b {
            b'\'' | b'\\' => {
                out.push(b'\\');
                out.push(b);
            }
            0 => out.extend_from_slice(b"' . \"\\0\" . '"),
            _ => out.push(b),
        }
    }
    out.push(b'\'');
}

/// php's var_export at nesting `level` (1 at the top).
fn var_export(vm: &mut Vm, v: &Value, level: usize, out: &mut Vec<u8>, open: &mut Vec<Open>) {
    let pad = |out: &mut Vec<u8>, n: usize| out.resize(out.len() + n, b' ');
    match v {
        Value::Ref(r) => {
            let inner = r.borrow().clone();
            var_export(vm, &inner, level, out, open)
        }
        Value::Undef | Value::Null => out.extend_from_slice(b"NULL"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        // PHP_INT_MIN as a literal would be a float.
        Value::Int(i64::MIN) => out.extend_from_slice(b"-9223372036854775807-1"),
        Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Value::Float(f) => {
            let precision = match vm.ini_int("serialize_precision") {
                -1 => -1,
                0 => 1,
                p => p.clamp(1, 500) as i32,
            };
            let text = super::printf::gcvt(*f, precision, b'E');
            out.extend_from_slice(&text);
            if f.is_finite() && !text.contains(&b'.') {
                out.extend_from_slice(b".0");
            }
        }
        Value::Str(s) => export_string(s.as_bytes(), out),
        Value::Array(a) => {
            let me = Open::Array(Rc::as_ptr(a));
            if open.contains(&me) || open.len() >= MAX_DEPTH {
                out.extend_from_slice(b"NULL");
                vm.report(E_WARNING, "var_export does not handle circular references");
                return;
            }
            if level > 1 {
                out.push(b'\n');
                pad(out, level - 1);
            }
            out.extend_from_slice(b"array (\n");
            open.push(me);
            for (k, v) in a.iter() {
                pad(out, level + 1);
                match &k {
                    Key::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
                    Key::Str(s) => export_string(s.as_bytes(), out),
                }
                out.extend_from_slice(b" => ");
                var_export(vm, v, level + 2, out, open);
                out.extend_from_slice(b",\n");
            }
            open.pop();
            if level > 1 {
                pad(out, level - 1);
            }
            out.push(b')');
        }
        Value::Object(o) => {
            if open.contains(&Open::Object(o.id)) || open.len() >= MAX_DEPTH {
                out.extend_from_slice(b"NULL");
                vm.report(E_WARNING, "var_export does not handle circular references");
                return;
            }
            if level > 1 {
                out.push(b'\n');
                pad(out, level - 1);
            }
            if o.class.enum_info.is_some() {
                out.push(b'\\');
                out.extend_from_slice(o.class.name.as_bytes());
                out.extend_from_slice(b"::");
                out.extend_from_slice(crate::enums::case_name(o).as_bytes());
                return;
            }
            let std_class = o.class.name.as_bytes().eq_ignore_ascii_case(b"stdClass");
            if std_class {
                out.extend_from_slice(b"(object) array(\n");
            } else {
                out.push(b'\\');
                out.extend_from_slice(o.class.name.as_bytes());
                out.extend_from_slice(b"::__set_state(array(\n");
            }
            let props = o.props.borrow().clone();
            open.push(Open::Object(o.id));
            for (k, v) in props.iter() {
                if v.is_undef() {
                    // An uninitialized typed (or unset) property is not shown.
                    continue;
                }
                pad(out, level + 2);
                // Property names are strings, even digits (`(object) [2 => 1]`).
                match &k {
                    Key::Int(i) => export_string(i.to_string().as_bytes(), out),
                    Key::Str(s) => export_string(s.as_bytes(), out),
                }
                out.extend_from_slice(b" => ");
                var_export(vm, v, level + 2, out, open);
                out.extend_from_slice(b",\n");
            }
            open.pop();
            if level > 1 {
                pad(out, level - 1);
            }
            out.extend_from_slice(if std_class { b")" } else { b"))" });
        }
    }
}
