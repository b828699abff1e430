//! Class and object introspection: `class_exists`, `method_exists`,
//! `get_object_vars`, `is_a`, `spl_object_id`, `iterator_to_array`, ...

use super::args::Sig;
use crate::ast::Visibility;
use crate::ext::Extension;
use crate::runtime::array::PhpArray;
use crate::runtime::object::{ClassRef, ObjRef};
use crate::runtime::string::PhpStr;
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm, E_DEPRECATED, E_WARNING};

const METHOD_EXISTS: Sig = Sig::new("method_exists", 2, &["object_or_class", "method"]);
const PROPERTY_EXISTS: Sig = Sig::new("property_exists", 2, &["object_or_class", "property"]);
const CLASS_EXISTS: Sig = Sig::new("class_exists", 1, &["class", "autoload"]);
const INTERFACE_EXISTS: Sig = Sig::new("interface_exists", 1, &["interface", "autoload"]);
const TRAIT_EXISTS: Sig = Sig::new("trait_exists", 1, &["trait", "autoload"]);
const ENUM_EXISTS: Sig = Sig::new("enum_exists", 1, &["enum", "autoload"]);
const GET_OBJECT_VARS: Sig = Sig::new("get_object_vars", 1, &["object"]);
const GET_CLASS_METHODS: Sig = Sig::new("get_class_methods", 1, &["object_or_class"]);
const GET_PARENT_CLASS: Sig = Sig::new("get_parent_class", 0, &["object_or_class"]);
const IS_A: Sig = Sig::new("is_a", 2, &["object_or_class", "class", "allow_string"]);
const IS_SUBCLASS_OF: Sig = Sig::new(
    "is_subclass_of",
    2,
    &["object_or_class", "class", "allow_string"],
);
const SPL_OBJECT_ID: Sig = Sig::new("spl_object_id", 1, &["object"]);
const SPL_OBJECT_HASH: Sig = Sig::new("spl_object_hash", 1, &["object"]);
const GET_CALLED_CLASS: Sig = Sig::new("get_called_class", 0, &[]);
const CLASS_IMPLEMENTS: Sig = Sig::new("class_implements", 1, &["object_or_class", "autoload"]);
const ITERATOR_TO_ARRAY: Sig = Sig::new("iterator_to_array", 1, &["iterator", "preserve_keys"]);
const ITERATOR_COUNT: Sig = Sig::new("iterator_count", 1, &["iterator"]);

pub(super) fn add(ext: Extension) -> Extension {
    ext.function("method_exists", |vm, args| {
        let sig = &METHOD_EXISTS;
        sig.arity(vm, args)?;
        let class = object_or_class(vm, sig, args)?;
        let name = sig.str(vm, args, 1)?;
        let lc = name.as_bytes().to_ascii_lowercase();
        let Some(c) = class else {
            return Ok(Value::Bool(false));
        };
        // A class name leaves out the private methods of its ancestors.
        let found = match c.methods.get(&lc) {
            Some(m) => {
                matches!(args[0], Value::Object(_))
                    || m.visibility != Visibility::Private
                    || m.class.as_bytes().eq_ignore_ascii_case(c.name.as_bytes())
            }
            None => c.abstract_methods.iter().any(|(n, _)| *n == lc),
        };
        Ok(Value::Bool(found))
    })
    .function("property_exists", |vm, args| {
        let sig = &PROPERTY_EXISTS;
        sig.arity(vm, args)?;
        let class = object_or_class(vm, sig, args)?;
        let name = sig.str(vm, args, 1)?;
        let name = name.as_bytes();
        let Some(class) = class else {
            return Ok(Value::Bool(false));
        };
        // A private property of an ancestor does not count.
        let declared = match crate::class::declared_visibility(&class, name) {
            Some((vis, declaring)) => {
                vis != Visibility::Private
                    || declaring
                        .as_bytes()
                        .eq_ignore_ascii_case(class.name.as_bytes())
            }
            None => class.static_props.get(name).is_some_and(|p| {
                p.visibility != Visibility::Private
                    || p.class
                        .as_bytes()
                        .eq_ignore_ascii_case(class.name.as_bytes())
            }),
        };
        let dynamic = match &args[0] {
            Value::Object(o) => {
                o.prop(name).is_some() && crate::class::declared_visibility(&class, name).is_none()
            }
            _ => false,
        };
        Ok(Value::Bool(declared || dynamic))
    })
    .function("class_exists", |vm, args| {
        exists(vm, &CLASS_EXISTS, args, |c| !c.is_interface)
    })
    .function("interface_exists", |vm, args| {
        exists(vm, &INTERFACE_EXISTS, args, |c| c.is_interface)
    })
    // Traits are copied into their users at compile time: never a
    // registered class.
    .function("trait_exists", |vm, args| {
        exists(vm, &TRAIT_EXISTS, args, |_| false)
    })
    .function("enum_exists", |vm, args| {
        exists(vm, &ENUM_EXISTS, args, |c| c.enum_info.is_some())
    })
    .function("get_object_vars", |vm, args| {
        let sig = &GET_OBJECT_VARS;
        sig.arity(vm, args)?;
        let o = object(vm, sig, args, 0)?;
        let mut out = PhpArray::new();
        for (k, v) in crate::class::visible_props(vm, &o).iter() {
            out.set(crate::runtime::object::symtable_key(k), v.deref());
        }
        Ok(Value::array(out))
    })
    .function("get_class_methods", |vm, args| {
        let sig = &GET_CLASS_METHODS;
        sig.arity(vm, args)?;
        let Some(class) = class_arg(vm, sig, args) else {
            return Err(not_a_class(vm, sig, &args[0]));
        };
        let scope = vm.code.class.clone();
        let mut out = PhpArray::new();
        for lc in &class.method_order {
            let Some(m) = class.methods.get(lc) else {
                continue;
            };
            if crate::class::member_visible(vm, &class, m.visibility, &m.class, scope.as_ref()) {
                out.push(Value::Str(m.name.clone()));
            }
        }
        Ok(Value::array(out))
    })
    .function("get_parent_class", |vm, args| {
        let sig = &GET_PARENT_CLASS;
        sig.arity(vm, args)?;
        let class = if args.is_empty() {
            let scope = vm.code.class.clone();
            scope.and_then(|s| vm.class(s.as_bytes()))
        } else {
            match class_arg(vm, sig, args) {
                Some(c) => Some(c),
                None => return Err(not_a_class(vm, sig, &args[0])),
            }
        };
        Ok(match class.and_then(|c| c.parent.clone()) {
            Some(p) => Value::Str(p.name.clone()),
            None => Value::Bool(false),
        })
    })
    .function("is_a", |vm, args| instance_check(vm, &IS_A, args, false))
    .function("is_subclass_of", |vm, args| {
        instance_check(vm, &IS_SUBCLASS_OF, args, true)
    })
    .function("spl_object_id", |vm, args| {
        let sig = &SPL_OBJECT_ID;
        sig.arity(vm, args)?;
        let o = object(vm, sig, args, 0)?;
        Ok(Value::Int(i64::from(o.id)))
    })
    .function("spl_object_hash", |vm, args| {
        let sig = &SPL_OBJECT_HASH;
        sig.arity(vm, args)?;
        let o = object(vm, sig, args, 0)?;
        Ok(Value::str(format!("{:016x}{:016x}", o.id, 0)))
    })
    .function("get_called_class", |vm, args| {
        GET_CALLED_CLASS.arity(vm, args)?;
        // The top frame is this function's own; the caller is below.
        let called = vm.frames.len().checked_sub(2).and_then(|i| {
            let f = &vm.frames[i];
            f.this
                .as_ref()
                .map(|t| t.class.clone())
                .or_else(|| f.class.clone())
        });
        match called {
            Some(c) => Ok(Value::Str(c.name.clone())),
            None => Err(vm.throw_error(
                "Error",
                "get_called_class() must be called from within a class",
            )),
        }
    })
    .function("class_implements", |vm, args| {
        let sig = &CLASS_IMPLEMENTS;
        sig.arity(vm, args)?;
        let Some(class) = object_or_class(vm, sig, args)? else {
            let name = vm.to_php_string(&args[0])?;
            let msg = format!(
                "class_implements(): Class {} does not exist and could not be loaded",
                name.to_lossy()
            );
            vm.report(E_WARNING, &msg);
            return Ok(Value::Bool(false));
        };
        let mut order: Vec<ClassRef> = Vec::new();
        for i in &class.interfaces {
            parents_first(i, &mut order);
        }
        let mut out = PhpArray::new();
        for i in order {
            out.set(
                crate::runtime::array::Key::Str(i.name.clone()),
                Value::Str(i.name.clone()),
            );
        }
        Ok(Value::array(out))
    })
    .function("iterator_to_array", |vm, args| {
        let sig = &ITERATOR_TO_ARRAY;
        sig.arity(vm, args)?;
        let preserve = sig.opt(vm, args, 1, Sig::bool)?.unwrap_or(true);
        let mut out = PhpArray::new();
        match traversable(vm, sig, args)? {
            Err(a) if preserve => return Ok(Value::Array(a)),
            Err(a) => {
                for v in a.values() {
                    out.push(v.deref());
                }
            }
            Ok(o) => walk(vm, &o, preserve, false, |vm, k, v| {
                match k {
                    None => {
                        out.push(v);
                    }
                    Some(k) => {
                        let Some(key) = crate::runtime::value::to_key(&k) else {
                            return Err(vm.throw_error("TypeError", "Illegal offset type"));
                        };
                        if let Some(msg) = crate::runtime::value::float_key_deprecation(&k) {
                            vm.report(E_DEPRECATED, &msg);
                        }
                        out.set(key, v);
                    }
                }
                Ok(())
            })?,
        }
        Ok(Value::array(out))
    })
    .function("iterator_count", |vm, args| {
        let sig = &ITERATOR_COUNT;
        sig.arity(vm, args)?;
        let mut n = 0i64;
        match traversable(vm, sig, args)? {
            Err(a) => n = a.len() as i64,
            Ok(o) => walk(vm, &o, false, true, |_, _, _| {
                n += 1;
                Ok(())
            })?,
        }
        Ok(Value::Int(n))
    })
}

/// An interface's parents (recursively), then the interface, once each.
fn parents_first(i: &ClassRef, out: &mut Vec<ClassRef>) {
    if out.iter().any(|c| std::rc::Rc::ptr_eq(c, i)) {
        return;
    }
    for p in &i.interfaces {
        parents_first(p, out);
    }
    if !out.iter().any(|c| std::rc::Rc::ptr_eq(c, i)) {
        out.push(i.clone());
    }
}

/// A class name as functions take it: a leading `\` is allowed.
fn lookup(vm: &Vm, name: &PhpStr) -> Option<ClassRef> {
    let b = name.as_bytes();
    vm.class(b.strip_prefix(b"\\").unwrap_or(b))
}

/// The first argument as `object|string`: its class, or None for an
/// unknown class name.
fn object_or_class(vm: &mut Vm, sig: &Sig, args: &[Value]) -> Result<Option<ClassRef>, Unwind> {
    match &args[0] {
        Value::Object(o) => Ok(Some(o.class.clone())),
        Value::Str(s) => Ok(lookup(vm, s)),
        v => Err(sig.type_error(vm, 0, "object|string", v)),
    }
}

/// An object or the name of a class (`Z_PARAM_OBJ_OR_CLASS_NAME`).
fn class_arg(vm: &mut Vm, _sig: &Sig, args: &[Value]) -> Option<ClassRef> {
    match &args[0] {
        Value::Object(o) => Some(o.class.clone()),
        Value::Str(s) => lookup(vm, s),
        _ => None,
    }
}

fn not_a_class(vm: &mut Vm, sig: &Sig, given: &Value) -> Unwind {
    let msg = format!(
        "{} must be an object or a valid class name, {} given",
        sig.arg_prefix(0),
        super::args::zpp_type_name(given)
    );
    vm.throw_error("TypeError", &msg)
}

fn object(vm: &mut Vm, sig: &Sig, args: &[Value], i: usize) -> Result<ObjRef, Unwind> {
    match &args[i] {
        Value::Object(o) => Ok(o.clone()),
        v => Err(sig.type_error(vm, i, "object", v)),
    }
}

fn exists(
    vm: &mut Vm,
    sig: &Sig,
    args: &[Value],
    kind: fn(&crate::runtime::object::Class) -> bool,
) -> Result<Value, Unwind> {
    sig.arity(vm, args)?;
    let name = sig.str(vm, args, 0)?;
    sig.opt(vm, args, 1, Sig::bool)?;
    Ok(Value::Bool(lookup(vm, &name).is_some_and(|c| kind(&c))))
}

/// `is_a` and `is_subclass_of` (which leaves out the class itself).
fn instance_check(vm: &mut Vm, sig: &Sig, args: &[Value], strict: bool) -> Result<Value, Unwind> {
    sig.arity(vm, args)?;
    let target = sig.str(vm, args, 1)?;
    let allow_string = sig.opt(vm, args, 2, Sig::bool)?.unwrap_or(strict);
    let class = match &args[0] {
        Value::Object(o) => o.class.clone(),
        Value::Str(s) if allow_string => match lookup(vm, s) {
            Some(c) => c,
            None => return Ok(Value::Bool(false)),
        },
        _ => return Ok(Value::Bool(false)),
    };
    let t = target.as_bytes();
    let lc = t.strip_prefix(b"\\").unwrap_or(t).to_ascii_lowercase();
    if strict && class.lc_name() == lc {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(class.is_subclass_of(&lc)))
}

/// The `Traversable|array` argument: `Ok` an object, `Err` an array.
fn traversable(
    vm: &mut Vm,
    sig: &Sig,
    args: &[Value],
) -> Result<Result<ObjRef, std::rc::Rc<PhpArray>>, Unwind> {
    match &args[0] {
        Value::Array(a) => Ok(Err(a.clone())),
        Value::Object(o) if o.class.is_subclass_of(b"traversable") => Ok(Ok(o.clone())),
        v => Err(sig.type_error(vm, 0, "Traversable|array", v)),
    }
}

/// Walks a Traversable as `foreach` does, giving each key (when asked
/// for) and value.
pub(crate) fn walk(
    vm: &mut Vm,
    obj: &ObjRef,
    keys: bool,
    keys_only_count: bool,
    mut each: impl FnMut(&mut Vm, Option<Value>, Value) -> Result<(), Unwind>,
) -> Result<(), Unwind> {
    use crate::class::call_method;
    let it = crate::class::object_iterator(vm, obj)?;
    call_method(vm, &it, b"rewind", Vec::new())?;
    loop {
        if !call_method(vm, &it, b"valid", Vec::new())?.to_bool() {
            return Ok(());
        }
        // iterator_count never asks for the values.
        let v = if keys_only_count {
            Value::Null
        } else {
            call_method(vm, &it, b"current", Vec::new())?.deref()
        };
        let k = if keys {
            Some(call_method(vm, &it, b"key", Vec::new())?.deref())
        } else {
            None
        };
        each(vm, k, v)?;
        call_method(vm, &it, b"next", Vec::new())?;
    }
}
