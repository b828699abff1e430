//! Error handling: `set_error_handler`, `set_exception_handler` and their
//! `restore_*`, `trigger_error`, `error_reporting`.

use super::args::Sig;
use crate::ext::Extension;
use crate::runtime::value::Value;
use crate::vm::{
    Unwind, Vm, E_ALL, E_USER_DEPRECATED, E_USER_ERROR, E_USER_NOTICE, E_USER_WARNING,
};

const SET_ERROR_HANDLER: Sig = Sig::new("set_error_handler", 1, &["callback", "error_levels"]);
const SET_EXCEPTION_HANDLER: Sig = Sig::new("set_exception_handler", 1, &["callback"]);
const TRIGGER_ERROR: Sig = Sig::new("trigger_error", 1, &["message", "error_level"]);
const USER_ERROR: Sig = Sig::new("user_error", 1, &["message", "error_level"]);
const ERROR_REPORTING: Sig = Sig::new("error_reporting", 0, &["error_level"]);

pub(super) fn add(ext: Extension) -> Extension {
    ext.function("set_error_handler", |vm, args| {
        let sig = &SET_ERROR_HANDLER;
        sig.arity(vm, args)?;
        let handler = callable_or_null(vm, sig, &args[0])?;
        let levels = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(E_ALL);
        let previous = vm.error_handlers.last().map(|(h, _)| h.clone());
        vm.error_handlers.push((handler, levels));
        Ok(previous.unwrap_or(Value::Null))
    })
    .function("restore_error_handler", |vm, args| {
        Sig::new("restore_error_handler", 0, &[]).arity(vm, args)?;
        vm.error_handlers.pop();
        Ok(Value::Bool(true))
    })
    .function("set_exception_handler", |vm, args| {
        let sig = &SET_EXCEPTION_HANDLER;
        sig.arity(vm, args)?;
        let handler = callable_or_null(vm, sig, &args[0])?;
        let previous = vm.exception_handlers.last().cloned();
        vm.exception_handlers.push(handler);
        Ok(previous.unwrap_or(Value::Null))
    })
    .function("restore_exception_handler", |vm, args| {
        Sig::new("restore_exception_handler", 0, &[]).arity(vm, args)?;
        vm.exception_handlers.pop();
        Ok(Value::Bool(true))
    })
    .function("trigger_error", |vm, args| {
        trigger(vm, &TRIGGER_ERROR, args)
    })
    .function("user_error", |vm, args| trigger(vm, &USER_ERROR, args))
    .function("error_reporting", |vm, args| {
        let sig = &ERROR_REPORTING;
        sig.arity(vm, args)?;
        let old = vm.error_reporting();
        if let Some(level) = sig.opt_nullable(vm, args, 0, Sig::int)? {
            vm.ini_set("error_reporting", &level.to_string());
        }
        Ok(Value::Int(old))
    })
}

fn trigger(vm: &mut Vm, sig: &Sig, args: &[Value]) -> Result<Value, Unwind> {
    sig.arity(vm, args)?;
    let message = sig.str(vm, args, 0)?;
    let level = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(E_USER_NOTICE);
    if ![
        E_USER_ERROR,
        E_USER_WARNING,
        E_USER_NOTICE,
        E_USER_DEPRECATED,
    ]
    .contains(&level)
    {
        return Err(sig.value_error(
            vm,
            1,
            "must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED",
        ));
    }
    vm.report(level, &message.to_lossy());
    if vm.halted {
        return Err(Unwind);
    }
    Ok(Value::Bool(true))
}

/// A handler argument: a valid callback, or null for none.
fn callable_or_null(vm: &mut Vm, sig: &Sig, v: &Value) -> Result<Value, Unwind> {
    let v = v.deref();
    if matches!(v, Value::Null) {
        return Ok(v);
    }
    match vm.callable_error(&v) {
        None => Ok(v),
        Some(why) => {
            let msg = format!(
                "{} must be a valid callback or null, {why}",
                sig.arg_prefix(0)
            );
            Err(vm.throw_error("TypeError", &msg))
        }
    }
}
