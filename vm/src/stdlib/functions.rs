//! Function handling: `call_user_func`, `call_user_func_array`,
//! `is_callable`, `func_get_args`, `func_num_args`; the call stack:
//! `debug_backtrace`, `debug_print_backtrace`; and the garbage
//! collector's `gc_collect_cycles` and `gc_enabled`.

use super::args::Sig;
use crate::ext::Extension;
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm};

const CALL_USER_FUNC: Sig = Sig::new("call_user_func", 1, &["callback", "...args"]);
const CALL_USER_FUNC_ARRAY: Sig = Sig::new("call_user_func_array", 2, &["callback", "args"]);
const DEBUG_BACKTRACE: Sig = Sig::new("debug_backtrace", 0, &["options", "limit"]);
const DEBUG_PRINT_BACKTRACE: Sig = Sig::new("debug_print_backtrace", 0, &["options", "limit"]);
const PROVIDE_OBJECT: i64 = 1;
const IGNORE_ARGS: i64 = 2;
const IS_CALLABLE: Sig = Sig::new("is_callable", 1, &["value", "syntax_only", "callable_name"]);

const FUNC_GET_ARG: Sig = Sig::new("func_get_arg", 1, &["position"]);

pub(super) fn add(ext: Extension) -> Extension {
    ext.function("call_user_func", |vm, args| {
        CALL_USER_FUNC.arity(vm, args)?;
        check_callable(vm, &CALL_USER_FUNC, &args[0])?;
        vm.call_value(&args[0], args[1..].to_vec(), &CALL_USER_FUNC.arg_prefix(0))
    })
    .function("call_user_func_array", |vm, args| {
        CALL_USER_FUNC_ARRAY.arity(vm, args)?;
        check_callable(vm, &CALL_USER_FUNC_ARRAY, &args[0])?;
        let list = CALL_USER_FUNC_ARRAY.array(vm, args, 1)?;
        if list.iter().any(|(k, _)| matches!(k, Key::Str(_))) {
            let msg = "Named arguments are not supported by phpvm in call_user_func_array()";
            return Err(vm.throw_error("Error", msg));
        }
        let values = list.values().map(Value::deref).collect();
        vm.call_value(&args[0], values, &CALL_USER_FUNC_ARRAY.arg_prefix(0))
    })
    .function("is_callable", |vm, args| {
        IS_CALLABLE.arity(vm, args)?;
        Ok(Value::Bool(vm.is_callable(&args[0])))
    })
    .function("func_get_args", |vm, args| {
        no_args(vm, "func_get_args", args)?;
        let values = caller_args(vm, "func_get_args")?;
        let mut out = PhpArray::new();
        for v in values {
            out.push(v);
        }
        Ok(Value::array(out))
    })
    .function("func_get_arg", |vm, args| {
        let sig = &FUNC_GET_ARG;
        sig.arity(vm, args)?;
        let position = sig.int(vm, args, 0)?;
        let values = caller_args(vm, "func_get_arg")?;
        if position < 0 {
            return Err(sig.value_error(vm, 0, "must be greater than or equal to 0"));
        }
        match values.into_iter().nth(position as usize) {
            Some(v) => Ok(v),
            None => Err(sig.value_error(
                vm,
                0,
                "must be less than the number of the arguments passed to the currently executed function",
            )),
        }
    })
    .constant("DEBUG_BACKTRACE_PROVIDE_OBJECT", Value::Int(PROVIDE_OBJECT))
    .constant("DEBUG_BACKTRACE_IGNORE_ARGS", Value::Int(IGNORE_ARGS))
    .function("debug_backtrace", |vm, args| {
        let sig = &DEBUG_BACKTRACE;
        sig.arity(vm, args)?;
        let options = sig.opt(vm, args, 0, Sig::int)?.unwrap_or(PROVIDE_OBJECT);
        let limit = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(0);
        Ok(call_stack(vm, options, limit))
    })
    .function("debug_print_backtrace", |vm, args| {
        let sig = &DEBUG_PRINT_BACKTRACE;
        sig.arity(vm, args)?;
        let options = sig.opt(vm, args, 0, Sig::int)?.unwrap_or(0);
        let limit = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(0);
        let trace = call_stack(vm, options & IGNORE_ARGS, limit);
        let (lines, _) = crate::class::trace_lines(vm, &trace);
        vm.echo(lines.as_bytes());
        Ok(Value::Null)
    })
    .function("func_num_args", |vm, args| {
        no_args(vm, "func_num_args", args)?;
        Ok(Value::Int(caller_args(vm, "func_num_args")?.len() as i64))
    })
    // phpvm has no cycle collector: objects in reference cycles live until
    // the end of the script (where php's shutdown calls their destructors
    // too), so a collection frees nothing.
    .function("gc_collect_cycles", |vm, args| {
        no_args(vm, "gc_collect_cycles", args)?;
        Ok(Value::Int(0))
    })
    .function("gc_enabled", |vm, args| {
        no_args(vm, "gc_enabled", args)?;
        Ok(Value::Bool(true))
    })
}

/// php's TypeError for an argument that is not a valid callback.
fn check_callable(vm: &mut Vm, sig: &Sig, v: &Value) -> Result<(), Unwind> {
    match vm.callable_error(v) {
        None => Ok(()),
        Some(why) => {
            let msg = format!("{} must be a valid callback, {why}", sig.arg_prefix(0));
            Err(vm.throw_error("TypeError", &msg))
        }
    }
}

fn no_args(vm: &mut Vm, name: &str, args: &[Value]) -> Result<(), Unwind> {
    if args.is_empty() {
        return Ok(());
    }
    Err(super::args::arg_count_error(
        vm,
        name,
        0,
        args.len(),
        true,
        false,
    ))
}

/// The arguments of the user function calling `name` (current values of
/// its parameters, then the extra arguments).
fn caller_args(vm: &mut Vm, name: &str) -> Result<Vec<Value>, Unwind> {
    // The top frame is the internal function's own; the caller is below.
    let caller = vm.frames.len().checked_sub(2).map(|i| &vm.frames[i]);
    match caller.and_then(|f| f.code.as_ref().map(|c| (f, c))) {
        Some((f, code)) if code.name.as_bytes() != b"{main}" => {
            // A variadic parameter holds its arguments as an array.
            let variadic = code.params.last().is_some_and(|p| p.variadic);
            let fixed = code.params.len() - usize::from(variadic);
            let declared = fixed.min(f.num_args as usize);
            let mut out: Vec<Value> = (0..declared)
                .map(|i| vm.slots[f.base + i].deref().deref_undef())
                .collect();
            if let (true, Value::Array(rest)) = (variadic, vm.slots[f.base + fixed].deref()) {
                out.extend(rest.iter().map(|(_, v)| v.deref()));
            }
            out.extend(f.extra_args.iter().cloned());
            Ok(out)
        }
        _ => {
            let msg = format!("{name}() cannot be called from the global scope");
            Err(vm.throw_error("Error", &msg))
        }
    }
}

/// The calls leading to the caller of debug_backtrace (its own frame
/// left out), as php's option bits and limit (0 for all) shape them.
fn call_stack(vm: &Vm, options: i64, limit: i64) -> Value {
    let trace = crate::class::backtrace_with(vm, 1, options & PROVIDE_OBJECT != 0);
    let Value::Array(frames) = trace else {
        return trace;
    };
    let mut out = PhpArray::new();
    for f in frames.values() {
        if limit > 0 && out.len() as i64 >= limit {
            break;
        }
        let mut f = f.clone();
        if options & IGNORE_ARGS != 0 {
            if let Value::Array(a) = &mut f {
                std::rc::Rc::make_mut(a).remove(&Key::Str("args".into()));
            }
        }
        out.push(f);
    }
    Value::array(out)
}
