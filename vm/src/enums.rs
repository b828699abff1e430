//! Enums at run time. An enum is a final class whose cases are class
//! constants holding one object each (created on first access, see
//! [`crate::class::class_constant`]), with the readonly properties `name`
//! and, for a backed enum, `value`. This module adds what every enum gets
//! from the engine: `cases()`, and `from`/`tryFrom` for backed enums.

use crate::runtime::object::{Class, ClassRef, Method, MethodBody, Object};
use crate::runtime::string::PhpStr;
use crate::runtime::value::Value;
use crate::stdlib::args::Sig;
use crate::vm::{Unwind, Vm};
use std::rc::Rc;

/// The engine's methods of the enum `name`, by lowercased name.
pub fn methods(name: &PhpStr, backing_int: Option<bool>) -> Vec<(Vec<u8>, Rc<Method>)> {
    let lc = name.as_bytes().to_ascii_lowercase();
    let mut out = Vec::new();
    let method = |m: &str, body: crate::ext::NativeMethod| {
        (
            m.to_ascii_lowercase().into_bytes(),
            Rc::new(Method {
                name: PhpStr::from(m),
                body: MethodBody::Native(body),
                is_static: true,
                visibility: crate::ast::Visibility::Public,
                class: name.clone(),
            }),
        )
    };
    let class_of = lc.clone();
    out.push(method(
        "cases",
        Rc::new(move |vm: &mut Vm, _, args: &[Value]| {
            let class = enum_class(vm, &class_of);
            Sig::new("cases", 0, &[]).arity(vm, args)?;
            cases(vm, &class)
        }),
    ));
    let Some(is_int) = backing_int else {
        return out;
    };
    for (m, try_) in [("from", false), ("tryFrom", true)] {
        let class_of = lc.clone();
        // A Sig names its function statically; one per enum and method,
        // made once when the enum is declared.
        let shown: &'static str = Box::leak(format!("{}::{m}", name.to_lossy()).into_boxed_str());
        out.push(method(
            m,
            Rc::new(move |vm: &mut Vm, _, args: &[Value]| {
                let sig = Sig::new(shown, 1, &["value"]);
                sig.arity(vm, args)?;
                let key = if is_int {
                    Value::Int(sig.int(vm, args, 0)?)
                } else {
                    Value::Str(sig.str(vm, args, 0)?)
                };
                let class = enum_class(vm, &class_of);
                from(vm, &class, &key, try_)
            }),
        ));
    }
    out
}

fn enum_class(vm: &Vm, lc: &[u8]) -> ClassRef {
    vm.class(lc).expect("an enum is never undeclared")
}

/// `E::cases()`: every case object, in declaration order.
fn cases(vm: &mut Vm, class: &ClassRef) -> Result<Value, Unwind> {
    let mut out = crate::runtime::array::PhpArray::new();
    for name in case_names(class) {
        let v = crate::class::class_constant(vm, class, b"", name.as_bytes(), None)?;
        out.push(v);
    }
    Ok(Value::array(out))
}

fn case_names(class: &Class) -> Vec<PhpStr> {
    class
        .enum_info
        .as_ref()
        .map(|e| e.cases.clone())
        .unwrap_or_default()
}

/// `E::from($v)` and `E::tryFrom($v)`: the case backed by `key`.
fn from(vm: &mut Vm, class: &ClassRef, key: &Value, try_: bool) -> Result<Value, Unwind> {
    for name in case_names(class) {
        let case = crate::class::class_constant(vm, class, b"", name.as_bytes(), None)?;
        if let Value::Object(o) = &case {
            if o.prop(b"value")
                .is_some_and(|v| crate::runtime::value::identical(&v, key))
            {
                return Ok(case);
            }
        }
    }
    if try_ {
        return Ok(Value::Null);
    }
    let shown = match key {
        Value::Str(s) => format!("\"{}\"", s.to_lossy()),
        Value::Int(i) => i.to_string(),
        _ => String::new(),
    };
    let msg = format!(
        "{shown} is not a valid backing value for enum {}",
        class.name.shown()
    );
    Err(vm.throw_error("ValueError", &msg))
}

/// The name of an enum case object.
pub fn case_name(o: &Object) -> PhpStr {
    match o.prop(b"name") {
        Some(Value::Str(s)) => s,
        _ => PhpStr::default(),
    }
}
