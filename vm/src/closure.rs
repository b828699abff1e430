//! Closures: `function () use (...) {}` and `fn () => ...` values.
//!
//! A closure is an object of the built-in `Closure` class whose internal
//! state is a [`ClosureData`]: the compiled function, the values it
//! captured when it was created (references for `use (&$x)`), and the
//! `$this` and class scope it was created in. Calling it pushes a frame for
//! its op array and copies the captured values into its variable slots.

use crate::ext::{ClassDef, MethodDef, ObjectHandlers};
use crate::ops::OpArray;
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::object::{ClassRef, MethodBody, ObjRef};
use crate::runtime::value::Value;
use crate::vm::{Function, Unwind, Vm};
use std::rc::Rc;

pub struct ClosureData {
    pub code: Rc<OpArray>,
    /// One value per `code.captures` entry, in order.
    pub bound: Vec<Value>,
    pub this: Option<ObjRef>,
    pub scope: Option<ClassRef>,
    /// A Closure made by `f(...)` of something without an op array (an
    /// internal function or method, a call through `__call`): calls go to
    /// this callable instead of `code`.
    pub forward: Option<Value>,
}

/// `f(...)` / `Closure::fromCallable`: a Closure of a callable value, bound
/// to the object and scope it names (visibility is checked here, where
/// the Closure is created, as php does).
pub fn from_callable(vm: &mut Vm, callable: Value) -> Result<ObjRef, Unwind> {
    match callable.deref() {
        Value::Object(o) if closure_data(&o).is_some() => Ok(o),
        Value::Object(o) if o.class.find_method(b"__invoke").is_some() => {
            let class = o.class.clone();
            method_closure(vm, &class, Some(o), b"__invoke")
        }
        Value::Str(name) => {
            let bytes = name.as_bytes();
            if let Some(p) = bytes.windows(2).position(|w| w == b"::") {
                let class = crate::class::resolve_class(vm, &bytes[..p])?;
                return method_closure(vm, &class, None, &bytes[p + 2..]);
            }
            let bare = bytes.strip_prefix(b"\\").unwrap_or(bytes);
            match vm.functions.get(&bare.to_ascii_lowercase()) {
                Some(Function::User(code)) => {
                    let code = code.clone();
                    Ok(new_closure(vm, bound_to(code, None, None, None)))
                }
                Some(Function::Native(_)) => {
                    let code = Rc::new(named_stub(name.clone(), None));
                    let data = bound_to(code, None, None, Some(Value::Str(name)));
                    Ok(new_closure(vm, data))
                }
                None => {
                    let msg = format!("Call to undefined function {}()", name.to_lossy());
                    Err(vm.throw_error("Error", &msg))
                }
            }
        }
        Value::Array(a) if a.len() == 2 => {
            let target = a.get(&Key::Int(0)).map(|v| v.deref());
            let method = a.get(&Key::Int(1)).map(|v| v.deref());
            match (target, method) {
                (Some(Value::Object(o)), Some(Value::Str(m))) => {
                    let class = o.class.clone();
                    method_closure(vm, &class, Some(o), m.as_bytes())
                }
                (Some(Value::Str(c)), Some(Value::Str(m))) => {
                    let class = crate::class::resolve_class(vm, c.as_bytes())?;
                    method_closure(vm, &class, None, m.as_bytes())
                }
                _ => Err(vm.throw_error("Error", "Array callback must have exactly two elements")),
            }
        }
        other => {
            let msg = format!("Value of type {} is not callable", other.type_name());
            Err(vm.throw_error("Error", &msg))
        }
    }
}

/// A Closure of `class::method`, bound to `this` when given and the method
/// is not static.
pub fn method_closure(
    vm: &mut Vm,
    class: &ClassRef,
    this: Option<ObjRef>,
    method: &[u8],
) -> Result<ObjRef, Unwind> {
    let found = crate::handlers::lookup_method(vm, class, method);
    let magic: &[u8] = if this.is_some() {
        b"__call"
    } else {
        b"__callstatic"
    };
    if found.is_err() && class.find_method(magic).is_some() {
        // A method missing or not visible here: __call or __callStatic
        // answers it, so the Closure calls that.
        vm.take_exception();
        {
            let target = match &this {
                Some(o) => Value::Object(o.clone()),
                None => Value::Str(class.name.clone()),
            };
            let name = crate::runtime::string::PhpStr::from(method);
            let callable =
                Value::array(PhpArray::from_list(vec![target, Value::Str(name.clone())]));
            let code = Rc::new(named_stub(name, Some(class.name.clone())));
            let data = bound_to(code, this, Some(class.clone()), Some(callable));
            return Ok(new_closure(vm, data));
        }
    }
    let m = found?;
    let this = if m.is_static { None } else { this };
    if this.is_none() && !m.is_static {
        let msg = format!(
            "Non-static method {}::{}() cannot be called statically",
            m.class.shown(),
            m.name.to_lossy()
        );
        return Err(vm.throw_error("Error", &msg));
    }
    let data = match &m.body {
        MethodBody::User(code) => bound_to(code.clone(), this, Some(class.clone()), None),
        MethodBody::Native(_) => {
            let target = match &this {
                Some(o) => Value::Object(o.clone()),
                None => Value::Str(class.name.clone()),
            };
            let callable = Value::array(PhpArray::from_list(vec![
                target,
                Value::Str(m.name.clone()),
            ]));
            let code = Rc::new(named_stub(m.name.clone(), Some(m.class.clone())));
            bound_to(code, this, Some(class.clone()), Some(callable))
        }
    };
    Ok(new_closure(vm, data))
}

fn bound_to(
    code: Rc<OpArray>,
    this: Option<ObjRef>,
    scope: Option<ClassRef>,
    forward: Option<Value>,
) -> ClosureData {
    ClosureData {
        code,
        bound: Vec::new(),
        this,
        scope,
        forward,
    }
}

/// The op array a forwarding Closure carries: only its name is used.
fn named_stub(
    name: crate::runtime::string::PhpStr,
    class: Option<crate::runtime::string::PhpStr>,
) -> OpArray {
    let mut code = crate::compile::empty_op_array();
    code.name = name;
    code.class = class;
    code
}

/// The closure state of an object, if it is a closure.
pub fn closure_data(obj: &ObjRef) -> Option<Rc<ClosureData>> {
    obj.internal
        .borrow()
        .as_ref()
        .and_then(|b| b.downcast_ref::<Rc<ClosureData>>())
        .cloned()
}

/// Creates a closure object.
pub fn new_closure(vm: &mut Vm, data: ClosureData) -> ObjRef {
    let class = vm.class(b"Closure").expect("the Closure class is built in");
    let obj = vm.instantiate(&class);
    *obj.internal.borrow_mut() = Some(Box::new(Rc::new(data)));
    obj
}

/// Copies a closure's captured values into its frame's variable slots.
pub fn bind_captures(vm: &mut Vm, base: usize, data: &ClosureData) {
    for (&(cv, _), v) in data.code.captures.iter().zip(&data.bound) {
        vm.slots[base + cv as usize] = v.clone();
    }
}

/// The built-in `Closure` class (final, not constructible from PHP).
pub fn class_def() -> ClassDef {
    ClassDef {
        name: "Closure".into(),
        parent: None,
        methods: vec![
            MethodDef {
                name: "fromCallable".into(),
                is_static: true,
                body: Rc::new(|vm, _, args| {
                    let sig =
                        crate::stdlib::args::Sig::new("Closure::fromCallable", 1, &["callback"]);
                    sig.arity(vm, args)?;
                    if let Some(why) = vm.callable_error(&args[0]) {
                        let msg = format!("Failed to create closure from callable: {why}");
                        return Err(vm.throw_error("TypeError", &msg));
                    }
                    Ok(Value::Object(from_callable(vm, args[0].clone())?))
                }),
            },
            MethodDef {
                name: "bind".into(),
                is_static: true,
                body: Rc::new(|vm, _, args| {
                    let sig = crate::stdlib::args::Sig::new(
                        "Closure::bind",
                        2,
                        &["closure", "newThis", "newScope"],
                    );
                    sig.arity(vm, args)?;
                    let closure = match &args[0] {
                        Value::Object(o) if closure_data(o).is_some() => o.clone(),
                        v => return Err(sig.type_error(vm, 0, "Closure", v)),
                    };
                    rebind(vm, &closure, &args[1], args.get(2))
                }),
            },
            MethodDef {
                name: "bindTo".into(),
                is_static: false,
                body: Rc::new(|vm, this, args| {
                    let sig = crate::stdlib::args::Sig::new(
                        "Closure::bindTo",
                        1,
                        &["newThis", "newScope"],
                    );
                    sig.arity(vm, args)?;
                    let closure = this.expect("bindTo is called on a closure").clone();
                    rebind(vm, &closure, &args[0], args.get(1))
                }),
            },
            MethodDef {
                name: "call".into(),
                is_static: false,
                body: Rc::new(|vm, this, args| {
                    let sig =
                        crate::stdlib::args::Sig::new("Closure::call", 1, &["newThis", "...args"]);
                    sig.arity(vm, args)?;
                    let closure = this.expect("call is called on a closure").clone();
                    let Value::Object(target) = &args[0] else {
                        return Err(sig.type_error(vm, 0, "object", &args[0]));
                    };
                    // Bound to the object and its class for this one call.
                    let scope = Value::Object(target.clone());
                    let bound = rebind(vm, &closure, &args[0], Some(&scope))?;
                    vm.call_value(&bound, args[1..].to_vec(), "Closure::call()")
                }),
            },
            MethodDef {
                name: "__invoke".into(),
                is_static: false,
                body: Rc::new(|vm, this, args| match this {
                    Some(obj) => vm.call_value(
                        &Value::Object(obj.clone()),
                        args.to_vec(),
                        "Closure::__invoke()",
                    ),
                    None => Ok(Value::Null),
                }),
            },
        ],
        props: Vec::new(),
        consts: Vec::new(),
        handlers: ObjectHandlers::default(),
    }
}

/// `Closure::bind` / `bindTo`: a copy of the closure with `$this` and the
/// class scope replaced (`newScope` an object or class name; "static" or
/// absent keeps the scope), with php's warnings for what cannot be bound.
fn rebind(
    vm: &mut Vm,
    closure: &ObjRef,
    new_this: &Value,
    new_scope: Option<&Value>,
) -> Result<Value, Unwind> {
    let data = closure_data(closure).expect("a closure");
    let this = match new_this {
        Value::Object(o) => Some(o.clone()),
        _ => None,
    };
    if this.is_some() && data.code.is_static {
        vm.report(
            crate::vm::E_WARNING,
            "Cannot bind an instance to a static closure",
        );
        return Ok(Value::Null);
    }
    let scope = match new_scope {
        None => data.scope.clone(),
        Some(Value::Object(o)) => Some(o.class.clone()),
        Some(v) => {
            let name = vm.to_php_string(v)?;
            if name.as_bytes() == b"static" {
                data.scope.clone()
            } else {
                match vm.class(name.as_bytes()) {
                    Some(c) => Some(c),
                    None => {
                        let msg = format!("Class \"{}\" not found", name.to_lossy());
                        vm.report(crate::vm::E_WARNING, &msg);
                        return Ok(Value::Null);
                    }
                }
            }
        }
    };
    // The scope is the class the closure's code runs in (visibility,
    // `self`): a new scope gets its own copy of the op array, as php
    // duplicates the function (and its static variables) on bind.
    let scope_name = scope.as_ref().map(|c| c.name.clone());
    let code = if scope_name == data.code.class {
        data.code.clone()
    } else {
        let mut code = (*data.code).clone();
        code.class = scope_name;
        Rc::new(code)
    };
    let copy = ClosureData {
        code,
        bound: data.bound.clone(),
        this,
        scope,
        forward: data.forward.clone(),
    };
    Ok(Value::Object(new_closure(vm, copy)))
}
