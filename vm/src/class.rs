//! Classes at run time: declaring user classes, resolving names, property
//! access with php's checks, the built-in classes (`stdClass` and the
//! `Throwable` hierarchy) and how throwables print (messages and traces).

use crate::ast::{TypeHint, Visibility};
use crate::compile::ClassUnit;
use crate::ext::{ClassDef, MethodDef, ObjectHandlers};
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::object::{
    Class, ClassConst, ClassRef, ConstInit, EnumInfo, Method, MethodBody, ObjRef, PropInfo,
    StaticProp,
};
use crate::runtime::string::PhpStr;
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm, E_DEPRECATED, E_NOTICE, E_WARNING};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Declares a compiled user class (its parent must already exist).
pub fn declare_class(vm: &mut Vm, unit: &ClassUnit) -> Result<(), String> {
    let lc = unit.name.as_bytes().to_ascii_lowercase();
    let what = if unit.is_interface {
        "interface"
    } else {
        "class"
    };
    if vm.classes.contains_key(&lc) {
        return Err(format!(
            "Cannot declare {what} {}, because the name is already in use",
            unit.name.shown()
        ));
    }
    let parent = match &unit.parent {
        Some(p) => match vm.class(p.as_bytes()) {
            Some(c) if c.is_interface => {
                return Err(format!(
                    "Class {} cannot extend interface {}",
                    unit.name.shown(),
                    c.name.shown()
                ))
            }
            Some(c) => Some(c),
            None => return Err(format!("Class \"{}\" not found", p.to_lossy())),
        },
        None => None,
    };
    let mut interfaces: Vec<ClassRef> = parent
        .as_ref()
        .map(|p| p.interfaces.clone())
        .unwrap_or_default();
    for i in &unit.interfaces {
        let Some(iface) = vm.class(i.as_bytes()) else {
            return Err(format!("Interface \"{}\" not found", i.to_lossy()));
        };
        if !iface.is_interface {
            return Err(format!(
                "{} cannot implement {} - it is not an interface",
                unit.name.shown(),
                iface.name.shown()
            ));
        }
        if !unit.is_interface && iface.name.as_bytes().eq_ignore_ascii_case(b"Throwable") {
            return Err(format!(
                "Class {} cannot implement interface Throwable, extend Exception or Error instead",
                unit.name.shown()
            ));
        }
        add_interface(&mut interfaces, &iface);
    }
    if unit
        .methods
        .iter()
        .any(|m| m.code.name.as_bytes().eq_ignore_ascii_case(b"__tostring"))
    {
        if let Some(s) = vm.class(b"stringable") {
            add_interface(&mut interfaces, &s);
        }
    }
    let mut methods: HashMap<Vec<u8>, Rc<Method>> = parent
        .as_ref()
        .map(|p| p.methods.clone())
        .unwrap_or_default();
    if unit.enum_cases.is_some() {
        // Every enum is a UnitEnum; a backed one a BackedEnum, with the
        // engine's methods those interfaces declare.
        let iface: &[u8] = match unit.enum_backing_int {
            Some(_) => b"backedenum",
            None => b"unitenum",
        };
        if let Some(i) = vm.class(iface) {
            add_interface(&mut interfaces, &i);
        }
        methods.extend(crate::enums::methods(&unit.name, unit.enum_backing_int));
    }
    for m in &unit.methods {
        methods.insert(
            m.code.name.as_bytes().to_ascii_lowercase(),
            Rc::new(Method {
                name: m.code.name.clone(),
                body: MethodBody::User(m.code.clone()),
                is_static: m.is_static,
                visibility: m.visibility,
                class: unit.name.clone(),
            }),
        );
    }
    let mut method_order: Vec<Vec<u8>> = unit
        .methods
        .iter()
        .map(|m| m.code.name.as_bytes().to_ascii_lowercase())
        .collect();
    if unit.enum_cases.is_some() {
        let engine: &[&[u8]] = match unit.enum_backing_int {
            Some(_) => &[b"cases", b"from", b"tryfrom"],
            None => &[b"cases"],
        };
        method_order.extend(engine.iter().map(|m| m.to_vec()));
    }
    for lc in parent.iter().flat_map(|p| p.method_order.iter()) {
        if !method_order.contains(lc) {
            method_order.push(lc.clone());
        }
    }
    let mut props: Vec<PropInfo> = Vec::new();
    if unit.enum_cases.is_some() {
        let backed = unit.enum_backing_int.map(|int| (&b"value"[..], int));
        for (name, int) in std::iter::once((&b"name"[..], false)).chain(backed) {
            let ty = if int { &b"int"[..] } else { b"string" };
            props.push(PropInfo {
                name: PhpStr::from(name),
                default: Value::Undef,
                init: None,
                visibility: Visibility::Public,
                ty: Some(TypeHint::Named(ty.to_vec())),
                readonly: true,
            });
        }
    }
    if let Some(p) = &parent {
        for info in &p.props {
            props.push(PropInfo {
                name: info.name.clone(),
                default: info.default.clone(),
                init: info.init.clone(),
                visibility: info.visibility,
                ty: info.ty.clone(),
                readonly: info.readonly,
            });
        }
    }
    // A subclass shares its parent's static cells unless it redeclares them.
    let mut statics = parent
        .as_ref()
        .map(|p| p.static_props.clone())
        .unwrap_or_default();
    for p in &unit.props {
        if p.is_static {
            statics.insert(
                p.name.as_bytes().to_vec(),
                Rc::new(StaticProp {
                    cell: RefCell::new(Rc::new(RefCell::new(p.default.clone()))),
                    visibility: p.visibility,
                    class: unit.name.clone(),
                    ty: p.ty.clone(),
                    init: RefCell::new(p.init.clone()),
                }),
            );
            continue;
        }
        match props.iter_mut().find(|q| q.name == p.name) {
            Some(q) => {
                q.default = p.default.clone();
                q.init = p.init.clone();
                q.visibility = p.visibility;
                q.ty = p.ty.clone();
                q.readonly = p.is_readonly;
            }
            None => props.push(PropInfo {
                name: p.name.clone(),
                default: p.default.clone(),
                init: p.init.clone(),
                visibility: p.visibility,
                ty: p.ty.clone(),
                readonly: p.is_readonly,
            }),
        }
    }
    let mut consts = parent
        .as_ref()
        .map(|p| p.consts.clone())
        .unwrap_or_default();
    for i in &interfaces {
        for (k, v) in &i.consts {
            consts.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
    for k in &unit.consts {
        let (value, init) = match &k.init {
            ConstInit::Value(v) => (v.clone(), None),
            init => (Value::Undef, Some(init.clone())),
        };
        consts.insert(
            k.name.as_bytes().to_vec(),
            Rc::new(ClassConst {
                value: RefCell::new(value),
                init: RefCell::new(init),
                class: unit.name.clone(),
                visibility: k.visibility,
                is_final: k.is_final,
                is_case: matches!(k.init, ConstInit::Case(_)),
            }),
        );
    }
    // What is still abstract, in php's order: the class's own abstract
    // methods, its parent's, then its interfaces'.
    let mut abstract_methods: Vec<(Vec<u8>, String)> = Vec::new();
    let own = unit.abstract_methods.iter().map(|m| {
        let lc = m.as_bytes().to_ascii_lowercase();
        (lc, format!("{}::{}", unit.name.shown(), m.to_lossy()))
    });
    let inherited = parent
        .iter()
        .flat_map(|p| p.abstract_methods.iter().cloned())
        .chain(
            interfaces
                .iter()
                .flat_map(|i| i.abstract_methods.iter().cloned()),
        );
    for (lc, shown) in own.chain(inherited) {
        if !methods.contains_key(&lc) && !abstract_methods.iter().any(|(n, _)| *n == lc) {
            abstract_methods.push((lc, shown));
        }
    }
    if !unit.is_abstract && !unit.is_interface && !abstract_methods.is_empty() {
        let n = abstract_methods.len();
        let mut listed: Vec<&str> = abstract_methods
            .iter()
            .take(3)
            .map(|(_, s)| s.as_str())
            .collect();
        if n > 3 {
            listed.push("...");
        }
        return Err(format!(
            "Class {} contains {n} abstract method{} and must therefore be declared abstract or implement the remaining methods ({})",
            unit.name.shown(),
            if n == 1 { "" } else { "s" },
            listed.join(", ")
        ));
    }
    let handlers = parent.as_ref().map(|p| p.handlers).unwrap_or_default();
    let destructor = methods.get(&b"__destruct"[..]).cloned();
    let class = Rc::new(Class {
        name: unit.name.clone(),
        parent,
        is_abstract: unit.is_abstract,
        is_interface: unit.is_interface,
        interfaces,
        abstract_methods,
        consts,
        props,
        static_props: statics,
        methods,
        method_order,
        handlers,
        enum_info: unit.enum_cases.as_ref().map(|cases| EnumInfo {
            cases: cases.clone(),
            backing_int: unit.enum_backing_int,
        }),
        destructor,
    });
    vm.classes.insert(lc, class);
    Ok(())
}

/// Adds an interface and the ones it extends to a class's list, once each.
pub fn add_interface(list: &mut Vec<ClassRef>, iface: &ClassRef) {
    for i in std::iter::once(iface).chain(iface.interfaces.iter()) {
        if !list.iter().any(|c| Rc::ptr_eq(c, i)) {
            list.push(i.clone());
        }
    }
}

/// The interfaces php defines, as names with their abstract methods (no
/// engine behaviour is attached to them yet).
pub fn register_builtin_interfaces(vm: &mut Vm) {
    let defs: &[(&str, &[&str], &[&str])] = &[
        ("Traversable", &[], &[]),
        (
            "Iterator",
            &["Traversable"],
            &["current", "next", "key", "valid", "rewind"],
        ),
        ("IteratorAggregate", &["Traversable"], &["getIterator"]),
        (
            "ArrayAccess",
            &[],
            &["offsetExists", "offsetGet", "offsetSet", "offsetUnset"],
        ),
        ("Countable", &[], &["count"]),
        ("Stringable", &[], &["__toString"]),
        ("Throwable", &["Stringable"], &[]),
        ("JsonSerializable", &[], &["jsonSerialize"]),
        ("UnitEnum", &[], &["cases"]),
        ("BackedEnum", &["UnitEnum"], &["from", "tryFrom"]),
    ];
    for (name, parents, methods) in defs {
        let mut interfaces = Vec::new();
        for p in *parents {
            if let Some(c) = vm.class(p.as_bytes()) {
                add_interface(&mut interfaces, &c);
            }
        }
        let class = Rc::new(Class {
            name: PhpStr::from(*name),
            parent: None,
            is_abstract: false,
            is_interface: true,
            interfaces,
            abstract_methods: methods
                .iter()
                .map(|m| (m.to_ascii_lowercase().into_bytes(), format!("{name}::{m}")))
                .collect(),
            consts: HashMap::new(),
            props: Vec::new(),
            static_props: HashMap::new(),
            methods: HashMap::new(),
            method_order: Vec::new(),
            handlers: ObjectHandlers::default(),
            enum_info: None,
            destructor: None,
        });
        vm.classes.insert(class.lc_name(), class);
    }
}

/// Resolves a class name as written (`self`, `parent`, `static` included).
pub fn resolve_class(vm: &mut Vm, name: &[u8]) -> Result<ClassRef, Unwind> {
    let scope = vm.code.class.clone();
    resolve_class_in(vm, name, scope.as_ref())
}

/// A class name as written, with `self` and `parent` meaning those of
/// `scope` (`static` too, when no object or called class is at hand).
pub fn resolve_class_in(
    vm: &mut Vm,
    name: &[u8],
    scope: Option<&PhpStr>,
) -> Result<ClassRef, Unwind> {
    let lc = name.to_ascii_lowercase();
    let resolved = match lc.as_slice() {
        b"self" => scope.and_then(|s| vm.class(s.as_bytes())),
        b"static" => vm
            .frames
            .last()
            .and_then(|f| {
                f.this
                    .as_ref()
                    .map(|t| t.class.clone())
                    .or_else(|| f.class.clone())
            })
            .or_else(|| scope.and_then(|s| vm.class(s.as_bytes()))),
        b"parent" => scope
            .and_then(|s| vm.class(s.as_bytes()))
            .and_then(|c| c.parent.clone()),
        _ => vm.class(&lc),
    };
    match resolved {
        Some(c) => Ok(c),
        None => {
            let msg = match lc.as_slice() {
                b"self" | b"static" | b"parent" if scope.is_none() => format!(
                    "Cannot access \"{}\" when no class scope is active",
                    String::from_utf8_lossy(&lc)
                ),
                b"parent" => {
                    "Cannot access \"parent\" when current class scope has no parent".to_string()
                }
                _ => format!("Class \"{}\" not found", String::from_utf8_lossy(name)),
            };
            Err(vm.throw_error("Error", &msg))
        }
    }
}

pub fn is_throwable(class: &Class) -> bool {
    class.is_subclass_of(b"exception") || class.is_subclass_of(b"error")
}

/// Whether the object's class implements an interface (lowercased name).
pub fn implements(obj: &ObjRef, lc_iface: &[u8]) -> bool {
    obj.class.is_subclass_of(lc_iface)
        || match lc_iface {
            b"throwable" => is_throwable(&obj.class),
            b"stringable" => obj.class.find_method(b"__tostring").is_some(),
            _ => false,
        }
}

/// Calls a method (lowercased name) of an object from a handler or a
/// native function, as the engine does for interfaces such as Iterator.
pub fn call_method(
    vm: &mut Vm,
    obj: &ObjRef,
    lc_name: &[u8],
    args: Vec<Value>,
) -> Result<Value, Unwind> {
    let Some(m) = obj.class.find_method(lc_name) else {
        let msg = format!(
            "Call to undefined method {}::{}()",
            obj.class.name.shown(),
            String::from_utf8_lossy(lc_name)
        );
        return Err(vm.throw_error("Error", &msg));
    };
    match &m.body {
        MethodBody::User(code) => vm.call_user(
            code.clone(),
            Some(obj.clone()),
            Some(obj.class.clone()),
            args,
        ),
        MethodBody::Native(f) => f.clone()(vm, Some(obj), &args),
    }
}

/// The Iterator `foreach` walks for a Traversable object: the object, or
/// what `getIterator()` gives (until it is an Iterator).
pub fn object_iterator(vm: &mut Vm, obj: &ObjRef) -> Result<ObjRef, Unwind> {
    let mut cur = obj.clone();
    while !cur.class.is_subclass_of(b"iterator") {
        let next = call_method(vm, &cur, b"getiterator", Vec::new())?;
        match next {
            Value::Object(o) if o.class.is_subclass_of(b"traversable") => cur = o,
            _ => {
                let msg = format!(
                    "Objects returned by {}::getIterator() must be traversable or implement interface Iterator",
                    cur.class.name.shown()
                );
                return Err(vm.throw_error("Exception", &msg));
            }
        }
    }
    Ok(cur)
}

/// Whether code of class `scope` may use a member declared by `declaring`
/// with visibility `vis`, reached through class `class`.
pub(crate) fn member_visible(
    vm: &Vm,
    class: &Class,
    vis: Visibility,
    declaring: &PhpStr,
    scope: Option<&PhpStr>,
) -> bool {
    match (vis, scope) {
        (Visibility::Public, _) => true,
        (_, None) => false,
        (Visibility::Private, Some(s)) => s.as_bytes().eq_ignore_ascii_case(declaring.as_bytes()),
        (Visibility::Protected, Some(s)) => {
            let s = s.as_bytes().to_ascii_lowercase();
            class.is_subclass_of(&s)
                || vm
                    .class(&s)
                    .map(|c| c.is_subclass_of(&declaring.as_bytes().to_ascii_lowercase()))
                    .unwrap_or(false)
        }
    }
}

/// `clone $obj` from the current scope: a private or protected `__clone`
/// must be visible.
pub fn check_clone_visibility(vm: &mut Vm, class: &Class, m: &Method) -> Result<(), Unwind> {
    let scope = vm.code.class.clone();
    if member_visible(vm, class, m.visibility, &m.class, scope.as_ref()) {
        return Ok(());
    }
    let vis = if m.visibility == Visibility::Private {
        "private"
    } else {
        "protected"
    };
    let from = match &scope {
        Some(s) => format!("scope {}", s.to_lossy()),
        None => "global scope".to_string(),
    };
    let msg = format!("Call to {vis} {}::__clone() from {from}", m.class.shown());
    Err(vm.throw_error("Error", &msg))
}

/// `A::$name`: the static property's cell. `quiet` (isset, `??`): an
/// undeclared or invisible property is `None` instead of an Error.
pub fn static_prop(
    vm: &mut Vm,
    class: &ClassRef,
    name: &[u8],
    quiet: bool,
) -> Result<Option<crate::runtime::value::RefCell>, Unwind> {
    Ok(static_prop_info(vm, class, name, quiet)?.map(|p| p.cell.borrow().clone()))
}

/// The static property `A::$name` itself, checked as [`static_prop`] does.
pub fn static_prop_info(
    vm: &mut Vm,
    class: &ClassRef,
    name: &[u8],
    quiet: bool,
) -> Result<Option<Rc<StaticProp>>, Unwind> {
    let Some(p) = class.static_props.get(name).cloned() else {
        if quiet {
            return Ok(None);
        }
        let msg = format!(
            "Access to undeclared static property {}::${}",
            class.name.shown(),
            String::from_utf8_lossy(name)
        );
        return Err(vm.throw_error("Error", &msg));
    };
    let scope = vm.code.class.clone();
    if !member_visible(vm, class, p.visibility, &p.class, scope.as_ref()) {
        if quiet {
            return Ok(None);
        }
        let member = format!("${}", String::from_utf8_lossy(name));
        return Err(inaccessible(vm, p.visibility, "property", class, &member));
    }
    let pending = p.init.borrow_mut().take();
    if let Some(init) = pending {
        match crate::constexpr::eval(vm, &init) {
            Ok(v) => *p.cell.borrow().borrow_mut() = v,
            Err(u) => {
                *p.init.borrow_mut() = Some(init);
                return Err(u);
            }
        }
    }
    Ok(Some(p))
}

/// php's Error for a private or protected static property or constant
/// used where it is not visible.
fn inaccessible(vm: &mut Vm, vis: Visibility, what: &str, class: &Class, member: &str) -> Unwind {
    let vis = if vis == Visibility::Private {
        "private"
    } else {
        "protected"
    };
    let msg = format!(
        "Cannot access {vis} {what} {}::{member}",
        class.name.shown()
    );
    vm.throw_error("Error", &msg)
}

/// `Class::NAME`, evaluating the constant on first access. `written` is
/// the class as the source names it (php's self-reference message shows
/// it); visibility is checked from `scope`.
pub fn class_constant(
    vm: &mut Vm,
    class: &ClassRef,
    written: &[u8],
    name: &[u8],
    scope: Option<&PhpStr>,
) -> Result<Value, Unwind> {
    let Some(k) = class.consts.get(name).cloned() else {
        let msg = format!(
            "Undefined constant {}::{}",
            class.name.shown(),
            String::from_utf8_lossy(name)
        );
        return Err(vm.throw_error("Error", &msg));
    };
    if !member_visible(vm, class, k.visibility, &k.class, scope) {
        let member = String::from_utf8_lossy(name);
        return Err(inaccessible(vm, k.visibility, "constant", class, &member));
    }
    let v = k.value.borrow().clone();
    if !v.is_undef() {
        return Ok(v);
    }
    let init = k.init.borrow_mut().take();
    let v = match init {
        None => {
            let msg = format!(
                "Cannot declare self-referencing constant {}::{}",
                String::from_utf8_lossy(written),
                String::from_utf8_lossy(name)
            );
            return Err(vm.throw_error("Error", &msg));
        }
        Some(ConstInit::Value(v)) => v,
        Some(ConstInit::Expr(e)) => match crate::constexpr::eval(vm, &e) {
            Ok(v) => v,
            Err(u) => {
                *k.init.borrow_mut() = Some(ConstInit::Expr(e));
                return Err(u);
            }
        },
        Some(ConstInit::Case(backing)) => {
            let enum_class = vm
                .class(k.class.as_bytes())
                .unwrap_or_else(|| class.clone());
            let obj = vm.instantiate(&enum_class);
            obj.set_prop(b"name", Value::str(name));
            if let Some(b) = backing {
                obj.set_prop(b"value", b);
            }
            Value::Object(obj)
        }
    };
    *k.value.borrow_mut() = v.clone();
    Ok(v)
}

/// Evaluates the property defaults that are constant expressions for a
/// new object (php does this once per class; the values cannot change).
pub fn init_props(vm: &mut Vm, obj: &ObjRef) -> Result<(), Unwind> {
    let class = obj.class.clone();
    for p in class.props.iter() {
        if let Some(init) = &p.init {
            let v = crate::constexpr::eval(vm, init)?;
            obj.set_prop(p.name.as_bytes(), v);
        }
    }
    Ok(())
}

fn visibility_of(obj: &ObjRef, name: &[u8]) -> Option<(Visibility, PhpStr)> {
    declared_visibility(&obj.class, name)
}

/// A declared instance property's visibility and declaring class.
pub(crate) fn declared_visibility(class: &ClassRef, name: &[u8]) -> Option<(Visibility, PhpStr)> {
    let mut c = Some(class);
    // The declaring class is the first one along the chain that lists it
    // without a parent listing it too.
    let mut found = None;
    while let Some(cls) = c {
        if let Some(p) = cls.props.iter().find(|p| p.name.as_bytes() == name) {
            found = Some((p.visibility, cls.name.clone()));
        }
        c = cls.parent.as_ref();
    }
    found
}

/// A declared property's type and readonly flag, with the class that
/// declared it (for messages).
fn typed_info(obj: &ObjRef, name: &[u8]) -> Option<(Option<TypeHint>, bool, PhpStr)> {
    let info = obj.class.props.iter().find(|p| p.name.as_bytes() == name)?;
    let ty = info.ty.clone()?;
    let declaring = visibility_of(obj, name)
        .map(|(_, c)| c)
        .unwrap_or_else(|| obj.class.name.clone());
    Some((Some(ty), info.readonly, declaring))
}

fn uninitialized_error(vm: &mut Vm, obj: &ObjRef, name: &[u8]) -> Unwind {
    let declaring = visibility_of(obj, name)
        .map(|(_, c)| c)
        .unwrap_or_else(|| obj.class.name.clone());
    let msg = format!(
        "Typed property {}::${} must not be accessed before initialization",
        declaring.shown(),
        String::from_utf8_lossy(name)
    );
    vm.throw_error("Error", &msg)
}

fn check_visibility(vm: &mut Vm, obj: &ObjRef, name: &[u8]) -> Result<(), Unwind> {
    let Some((vis, declaring)) = visibility_of(obj, name) else {
        return Ok(());
    };
    if vis == Visibility::Public {
        return Ok(());
    }
    let scope = vm.code.class.clone();
    let ok = match &scope {
        None => false,
        Some(s) if vis == Visibility::Private => {
            s.as_bytes().eq_ignore_ascii_case(declaring.as_bytes())
        }
        Some(s) => {
            let s = s.as_bytes().to_ascii_lowercase();
            obj.class.is_subclass_of(&s)
                || vm
                    .class(&s)
                    .map(|c| c.is_subclass_of(&declaring.as_bytes().to_ascii_lowercase()))
                    .unwrap_or(false)
        }
    };
    if ok {
        return Ok(());
    }
    let msg = format!(
        "Cannot access {} property {}::${}",
        if vis == Visibility::Private {
            "private"
        } else {
            "protected"
        },
        obj.class.name.shown(),
        String::from_utf8_lossy(name)
    );
    Err(vm.throw_error("Error", &msg))
}

/// The kinds of magic property call, for the recursion guard.
const MAGIC_GET: u8 = 0;
const MAGIC_SET: u8 = 1;
const MAGIC_ISSET: u8 = 2;
const MAGIC_UNSET: u8 = 3;

/// Whether `$obj->name` goes to a magic method from the current scope:
/// the property is missing (or was unset) or not accessible.
fn wants_magic(vm: &mut Vm, o: &ObjRef, name: &[u8]) -> bool {
    match visibility_of(o, name) {
        Some((vis, declaring)) => {
            let scope = vm.code.class.clone();
            if !member_visible(vm, &o.class, vis, &declaring, scope.as_ref()) {
                return true;
            }
            // A typed property never initialized is not magic; one unset is.
            matches!(o.prop(name), Some(Value::Undef) | None) && typed_info(o, name).is_none()
        }
        None => o.prop(name).is_none(),
    }
}

/// The magic method (`__get`...) to call for `$obj->name`, if any: the
/// class has it, the property needs it and no call of that kind runs for
/// the same property.
fn magic_method(vm: &mut Vm, o: &ObjRef, name: &[u8], kind: u8) -> Option<Rc<Method>> {
    let lc: &[u8] = match kind {
        MAGIC_GET => b"__get",
        MAGIC_SET => b"__set",
        MAGIC_ISSET => b"__isset",
        _ => b"__unset",
    };
    let m = o.class.find_method(lc)?;
    if vm
        .magic_guards
        .iter()
        .any(|(id, n, k)| *id == o.id && *k == kind && n == name)
    {
        return None;
    }
    wants_magic(vm, o, name).then_some(m)
}

/// Calls a magic property method under its recursion guard.
fn call_magic(
    vm: &mut Vm,
    o: &ObjRef,
    name: &[u8],
    kind: u8,
    lc_method: &[u8],
    mut args: Vec<Value>,
) -> Result<Value, Unwind> {
    args.insert(0, Value::Str(PhpStr::from(name)));
    vm.magic_guards.push((o.id, name.to_vec(), kind));
    let r = call_method(vm, o, lc_method, args);
    if let Some(i) = vm
        .magic_guards
        .iter()
        .rposition(|(id, n, k)| *id == o.id && *k == kind && n == name)
    {
        vm.magic_guards.remove(i);
    }
    r.map(|v| v.deref())
}

/// `isset($obj->name)` (`empty` when `empty`): true when set and not null
/// (for empty: when missing or falsy); `__isset` (then `__get` for empty)
/// for a property the scope cannot see.
pub fn isset_property(vm: &mut Vm, obj: &Value, name: &[u8], empty: bool) -> Result<bool, Unwind> {
    if let Value::Object(o) = obj {
        if o.class.find_method(b"__isset").is_some() && wants_magic(vm, o, name) {
            let Some(_) = magic_method(vm, o, name, MAGIC_ISSET) else {
                return Ok(empty);
            };
            let set = call_magic(vm, o, name, MAGIC_ISSET, b"__isset", Vec::new())?.to_bool();
            if !empty {
                return Ok(set);
            }
            if !set {
                return Ok(true);
            }
            if magic_method(vm, o, name, MAGIC_GET).is_some() {
                let v = call_magic(vm, o, name, MAGIC_GET, b"__get", Vec::new())?;
                return Ok(!v.to_bool());
            }
            return Ok(false);
        }
        if wants_magic(vm, o, name) {
            // No __isset: a missing or inaccessible property is not set.
            return Ok(empty);
        }
    }
    let v = read_property(vm, obj, name, true)?;
    Ok(if empty {
        !v.to_bool()
    } else {
        !matches!(v, Value::Null | Value::Undef)
    })
}

/// `$obj->name` for reading.
pub fn read_property(vm: &mut Vm, obj: &Value, name: &[u8], quiet: bool) -> Result<Value, Unwind> {
    let Value::Object(o) = obj else {
        if !quiet {
            let t = match obj {
                Value::Undef | Value::Null => "null".to_string(),
                v => v.type_name(),
            };
            let msg = format!(
                "Attempt to read property \"{}\" on {t}",
                String::from_utf8_lossy(until_nul(name))
            );
            vm.report(E_WARNING, &msg);
        }
        return Ok(Value::Null);
    };
    if magic_method(vm, o, name, MAGIC_GET).is_some() {
        // `??`: __isset first, when the class has it.
        if quiet && magic_method(vm, o, name, MAGIC_ISSET).is_some() {
            let set = call_magic(vm, o, name, MAGIC_ISSET, b"__isset", Vec::new())?;
            if !set.to_bool() {
                return Ok(Value::Null);
            }
        }
        return call_magic(vm, o, name, MAGIC_GET, b"__get", Vec::new());
    }
    if quiet {
        if visibility_of(o, name)
            .map(|(v, _)| v != Visibility::Public)
            .unwrap_or(false)
            && check_visibility(vm, o, name).is_err()
        {
            vm.exception = None;
            return Ok(Value::Null);
        }
    } else {
        check_visibility(vm, o, name)?;
    }
    match o.prop(name) {
        // A typed property not initialized yet.
        Some(Value::Undef) if quiet => Ok(Value::Null),
        Some(Value::Undef) if typed_info(o, name).is_some() => {
            Err(uninitialized_error(vm, o, name))
        }
        Some(v) if !v.is_undef() => Ok(v),
        // Missing, or a declared property that was unset.
        _ => {
            if !quiet {
                let msg = format!(
                    "Undefined property: {}::${}",
                    o.class.name.shown(),
                    String::from_utf8_lossy(name)
                );
                vm.report(E_WARNING, &msg);
            }
            Ok(Value::Null)
        }
    }
}

/// `$obj->name = v`.
/// Gives the value stored (a typed property's coerced value).
/// `step`: 1 or 2 when the value is a `++` or `--` of the property.
pub fn write_property(
    vm: &mut Vm,
    obj: &Value,
    name: &[u8],
    v: Value,
    step: u8,
) -> Result<Value, Unwind> {
    let Value::Object(o) = obj else {
        return Err(not_an_object(vm, "assign", obj, name));
    };
    if magic_method(vm, o, name, MAGIC_SET).is_some() {
        call_magic(vm, o, name, MAGIC_SET, b"__set", vec![v.clone()])?;
        return Ok(v);
    }
    check_visibility(vm, o, name)?;
    if let Some((ty, readonly, declaring)) = typed_info(o, name) {
        let shown = format!("{}::${}", declaring.shown(), String::from_utf8_lossy(name));
        if readonly {
            let scope = vm.code.class.clone();
            let initialized = !matches!(o.prop(name), Some(Value::Undef));
            let msg = if initialized {
                Some(format!("Cannot modify readonly property {shown}"))
            } else {
                match &scope {
                    Some(s) if s.as_bytes().eq_ignore_ascii_case(declaring.as_bytes()) => None,
                    Some(s) => Some(format!(
                        "Cannot initialize readonly property {shown} from scope {}",
                        s.to_lossy()
                    )),
                    None => Some(format!(
                        "Cannot initialize readonly property {shown} from global scope"
                    )),
                }
            };
            if let Some(msg) = msg {
                return Err(vm.throw_error("Error", &msg));
            }
        }
        let ty = ty.expect("typed");
        // `++`/`--` of an int past its range gives a float: php's overflow
        // error unless the type takes floats.
        let text = crate::handlers::type_text(&ty);
        let takes_float = text.contains("float") || text.contains("mixed");
        if matches!(v, Value::Float(_)) && matches!(step, 1 | 2) && !takes_float {
            let msg = if step == 1 {
                format!("Cannot increment property {shown} of type {text} past its maximal value")
            } else {
                format!("Cannot decrement property {shown} of type {text} past its minimal value")
            };
            return Err(vm.throw_error("TypeError", &msg));
        }
        let strict = vm.code.strict_types;
        let v = match crate::handlers::coerce(vm, &ty, v, strict) {
            Ok(v) => v,
            Err(_) if vm.exception.is_some() => return Err(Unwind),
            Err(given) => {
                let msg = format!("Cannot assign {given} to property {shown} of type {text}");
                return Err(vm.throw_error("TypeError", &msg));
            }
        };
        o.set_prop(name, v.clone());
        return Ok(v);
    }
    check_dynamic_property(vm, o, name)?;
    o.set_prop(name, v.clone());
    Ok(v)
}

/// A write that would create a property the class does not declare:
/// php 8.2's deprecation (none for stdClass), an Error for an enum.
fn check_dynamic_property(vm: &mut Vm, o: &ObjRef, name: &[u8]) -> Result<(), Unwind> {
    if o.prop(name).is_some()
        || visibility_of(o, name).is_some()
        || o.class.name.as_bytes().eq_ignore_ascii_case(b"stdClass")
    {
        return Ok(());
    }
    let shown = format!(
        "{}::${}",
        o.class.name.shown(),
        String::from_utf8_lossy(name)
    );
    if o.class.enum_info.is_some() {
        let msg = format!("Cannot create dynamic property {shown}");
        return Err(vm.throw_error("Error", &msg));
    }
    vm.report(
        E_DEPRECATED,
        &format!("Creation of dynamic property {shown} is deprecated"),
    );
    Ok(())
}

/// `unset($obj->name)`: a declared property keeps its place, unset (typed
/// ones become uninitialized); a dynamic one goes.
pub fn unset_property(vm: &mut Vm, obj: &Value, name: &[u8]) -> Result<(), Unwind> {
    let Value::Object(o) = obj else {
        return Ok(());
    };
    if magic_method(vm, o, name, MAGIC_UNSET).is_some() {
        call_magic(vm, o, name, MAGIC_UNSET, b"__unset", Vec::new())?;
        return Ok(());
    }
    check_visibility(vm, o, name)?;
    let declared = visibility_of(o, name).is_some();
    if let Some((_, true, declaring)) = typed_info(o, name) {
        if !matches!(o.prop(name), Some(Value::Undef) | None) {
            let msg = format!(
                "Cannot unset readonly property {}::${}",
                declaring.shown(),
                String::from_utf8_lossy(name)
            );
            return Err(vm.throw_error("Error", &msg));
        }
    }
    let key = Key::Str(PhpStr::from(name));
    let old = if declared {
        o.props
            .borrow_mut()
            .get_mut(&key)
            .map(|slot| std::mem::replace(slot, Value::Undef))
    } else {
        o.props.borrow_mut().remove(&key)
    };
    // A destructor-free drop, after the borrow ends.
    drop(old);
    Ok(())
}

/// php's Error for a property written on a non-object (`verb`: assign, modify).
fn not_an_object(vm: &mut Vm, verb: &str, obj: &Value, name: &[u8]) -> Unwind {
    let t = match obj {
        Value::Undef | Value::Null => "null".to_string(),
        v => v.type_name(),
    };
    let msg = format!(
        "Attempt to {verb} property \"{}\" on {t}",
        String::from_utf8_lossy(until_nul(name))
    );
    vm.throw_error("Error", &msg)
}

/// A name as php's `%s` prints it: up to a NUL byte (`$n->{"\0p"}`).
fn until_nul(name: &[u8]) -> &[u8] {
    name.split(|&b| b == 0).next().unwrap_or(name)
}

/// The cell of a property about to be written through (`$o->p[k] = v`):
/// the property becomes a reference for the write (created, with php's
/// deprecation, if the class does not declare it).
pub fn property_cell(
    vm: &mut Vm,
    obj: &Value,
    name: &[u8],
) -> Result<crate::runtime::value::RefCell, Unwind> {
    let Value::Object(o) = obj else {
        return Err(not_an_object(vm, "modify", obj, name));
    };
    if magic_method(vm, o, name, MAGIC_GET).is_some() {
        // The write goes to a copy of what __get gives.
        let v = call_magic(vm, o, name, MAGIC_GET, b"__get", Vec::new())?;
        if !matches!(v, Value::Object(_)) {
            let msg = format!(
                "Indirect modification of overloaded property {}::${} has no effect",
                o.class.name.shown(),
                String::from_utf8_lossy(name)
            );
            vm.report(E_NOTICE, &msg);
        }
        return Ok(Rc::new(std::cell::RefCell::new(v)));
    }
    check_visibility(vm, o, name)?;
    check_dynamic_property(vm, o, name)?;
    let mut props = o.props.borrow_mut();
    let slot = props.entry(Key::Str(PhpStr::from(name)));
    Ok(crate::handlers::make_ref(slot))
}

/// Undoes `property_cell` once the write is done: a reference nothing
/// else shares goes back to being a plain value.
pub fn release_property_cell(obj: &ObjRef, name: &[u8]) {
    let mut props = obj.props.borrow_mut();
    if let Some(slot) = props.get_mut(&Key::Str(PhpStr::from(name))) {
        if let Value::Ref(cell) = slot {
            if std::rc::Rc::strong_count(cell) == 1 {
                let v = std::mem::take(&mut *cell.borrow_mut());
                *slot = v;
            }
        }
    }
}

/// The properties `foreach` sees from the current scope.
pub fn visible_props(vm: &Vm, obj: &ObjRef) -> PhpArray {
    let scope = vm.code.class.clone();
    let mut out = PhpArray::new();
    for (k, v) in obj.props.borrow().iter() {
        if v.is_undef() {
            continue;
        }
        let visible = match &k {
            Key::Str(name) => match visibility_of(obj, name.as_bytes()) {
                None => true,
                Some((vis, declaring)) => {
                    member_visible(vm, &obj.class, vis, &declaring, scope.as_ref())
                }
            },
            Key::Int(_) => true,
        };
        if visible {
            out.set(k, v.clone());
        }
    }
    out
}

/// Objects without a compare handler: same class compares properties,
/// otherwise they are uncomparable (1); an object is greater than a scalar.
pub fn compare_objects(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    open: &mut Vec<u32>,
) -> Result<i32, Unwind> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(0);
            }
            // Enum cases are equal only to themselves, and never ordered.
            if !Rc::ptr_eq(&x.class, &y.class) || x.class.enum_info.is_some() {
                return Ok(1);
            }
            if open.contains(&x.id) {
                return Err(vm.fatal("Nesting level too deep - recursive dependency?"));
            }
            let (px, py) = (x.props.borrow().clone(), y.props.borrow().clone());
            open.push(x.id);
            let c = vm.compare_nested(&Value::array(px), &Value::array(py), open);
            open.pop();
            c
        }
        (Value::Object(o), other) | (other, Value::Object(o)) => {
            let flip = matches!(b, Value::Object(_)) && !matches!(a, Value::Object(_));
            let c = match other {
                Value::Null | Value::Undef => 1,
                Value::Bool(bv) => (true as i32) - (*bv as i32),
                Value::Str(s) if o.class.find_method(b"__tostring").is_some() => {
                    let os = object_to_string(vm, o)?;
                    os.as_bytes().cmp(s.as_bytes()) as i32
                }
                _ => 1,
            };
            Ok(if flip { -c } else { c })
        }
        _ => Ok(0),
    }
}

/// `(string)$obj`: `__toString`, or php's Error.
pub fn object_to_string(vm: &mut Vm, o: &ObjRef) -> Result<PhpStr, Unwind> {
    if let Some(cast) = o.class.handlers.cast_string {
        return cast(vm, o).map(PhpStr::new);
    }
    match o.class.find_method(b"__tostring") {
        Some(m) => {
            let r = match &m.body {
                MethodBody::User(code) => vm.call_user(
                    code.clone(),
                    Some(o.clone()),
                    Some(o.class.clone()),
                    Vec::new(),
                )?,
                MethodBody::Native(f) => f(vm, Some(o), &[])?,
            };
            match r {
                Value::Str(s) => Ok(s),
                other => {
                    let msg = format!(
                        "{}::__toString(): Return value must be of type string, {} returned",
                        o.class.name.shown(),
                        other.type_name()
                    );
                    Err(vm.throw_error("TypeError", &msg))
                }
            }
        }
        None => {
            let msg = format!(
                "Object of class {} could not be converted to string",
                o.class.name.shown()
            );
            Err(vm.throw_error("Error", &msg))
        }
    }
}

// ---- Backtraces ---------------------------------------------------------------

/// The backtrace php records in a throwable: one entry per frame below the
/// top `skip` frames, innermost first, each with the caller's file and line.
pub fn backtrace(vm: &Vm, skip: usize) -> Value {
    backtrace_with(vm, skip, false)
}

/// [`backtrace`], with each method frame's object when `with_object`
/// (debug_backtrace's DEBUG_BACKTRACE_PROVIDE_OBJECT).
pub fn backtrace_with(vm: &Vm, skip: usize, with_object: bool) -> Value {
    let mut out = PhpArray::new();
    let n = vm.frames.len();
    for i in (0..n.saturating_sub(skip)).rev() {
        let f = &vm.frames[i];
        // The script's own frame is not a call; a bottom frame that is a
        // function was called by the engine (an exception handler).
        let is_main = f
            .code
            .as_ref()
            .is_some_and(|c| c.name.as_bytes() == b"{main}");
        if (i == 0 && (is_main || f.code.is_none())) || is_compiled_away(f) {
            continue;
        }
        let mut e = PhpArray::new();
        // Where the call was made: the frame below, unless an internal
        // function made it (php's "[internal function]").
        let below = vm.frames[..i].iter().rev().find(|c| !is_compiled_away(c));
        if let Some(caller) = below.filter(|c| c.code.is_some()) {
            let code = caller.code.as_ref().expect("user frame");
            let line = code
                .ops
                .get(caller.ip as usize)
                .map(|o| o.line)
                .unwrap_or(0);
            e.set(
                Key::Str("file".into()),
                Value::Str(PhpStr::from(&*code.file)),
            );
            e.set(Key::Str("line".into()), Value::Int(line as i64));
        }
        let (func, class, is_static) = match (&f.code, &f.native_name) {
            // An included file: `include('/path')`.
            (Some(_), Some(name)) if f.included => (name.to_string(), None, false),
            (Some(code), _) => (
                code.name.to_lossy(),
                code.class.as_ref().map(|c| c.shown()),
                code.is_static,
            ),
            (None, Some(name)) => match name.split_once("::") {
                Some((c, m)) => (m.to_string(), Some(c.to_string()), f.this.is_none()),
                None => (name.to_string(), None, false),
            },
            _ => ("?".into(), None, false),
        };
        e.set(Key::Str("function".into()), Value::str(func));
        if let Some(c) = class {
            e.set(Key::Str("class".into()), Value::str(c));
            if let (true, Some(this)) = (with_object, &f.this) {
                e.set(Key::Str("object".into()), Value::Object(this.clone()));
            }
            e.set(
                Key::Str("type".into()),
                Value::str(if is_static { "::" } else { "->" }),
            );
        }
        let mut args = PhpArray::new();
        if let (Some(code), false) = (&f.code, f.included) {
            let declared = (code.params.len() as u32).min(f.num_args);
            for a in 0..declared {
                args.push(
                    vm.slots
                        .get(f.base + a as usize)
                        .cloned()
                        .unwrap_or(Value::Null)
                        .deref_undef(),
                );
            }
        }
        for v in f
            .extra_args
            .iter()
            .chain(f.native_args.iter().flat_map(|a| a.iter()))
        {
            args.push(v.clone());
        }
        e.set(Key::Str("args".into()), Value::array(args));
        out.push(Value::array(e));
    }
    Value::array(out)
}

/// php compiles `call_user_func(...)` and `call_user_func_array(...)` to
/// opcodes, so they are no frame of their own in a trace.
fn is_compiled_away(f: &crate::vm::Frame) -> bool {
    f.native_name
        .as_deref()
        .is_some_and(|n| n == "call_user_func" || n == "call_user_func_array")
}

/// How php shows one argument in a trace string.
fn trace_arg(v: &Value, max_len: usize) -> String {
    match v {
        Value::Ref(r) => trace_arg(&r.borrow(), max_len),
        Value::Undef | Value::Null => "NULL".into(),
        Value::Bool(true) => "true".into(),
        Value::Bool(false) => "false".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => {
            let mut text =
                String::from_utf8_lossy(&crate::runtime::string::float_to_bytes(*f, None))
                    .into_owned();
            // Trace arguments show a float as one even when it is whole.
            if f.is_finite() && !text.contains(['.', 'E']) {
                text.push_str(".0");
            }
            text
        }
        Value::Str(s) => {
            let b = s.as_bytes();
            if b.len() > max_len {
                format!("'{}...'", String::from_utf8_lossy(&b[..max_len]))
            } else {
                format!("'{}'", String::from_utf8_lossy(b))
            }
        }
        Value::Array(_) => "Array".into(),
        Value::Object(o) => format!("Object({})", o.class.name.shown()),
    }
}

/// `getTraceAsString()`.
pub fn trace_as_string(vm: &Vm, trace: &Value) -> String {
    let (mut s, n) = trace_lines(vm, trace);
    s.push_str(&format!("#{n} {{main}}"));
    s
}

/// One `#N file(line): f(args)` line per frame of a trace, and how many.
pub fn trace_lines(vm: &Vm, trace: &Value) -> (String, usize) {
    let max_len = vm
        .ini_int("zend.exception_string_param_max_len")
        .clamp(0, 1_000_000) as usize;
    let mut s = String::new();
    let mut n = 0;
    if let Value::Array(frames) = trace {
        for (_, f) in frames.iter() {
            let Value::Array(f) = f else { continue };
            let get = |k: &str| f.get(&Key::Str(k.into())).cloned();
            let loc = match (get("file"), get("line")) {
                (Some(Value::Str(file)), Some(Value::Int(line))) => {
                    format!("{}({})", file.to_lossy(), line)
                }
                _ => "[internal function]".into(),
            };
            let class = match (get("class"), get("type")) {
                (Some(Value::Str(c)), Some(Value::Str(t))) => {
                    format!("{}{}", c.shown(), t.to_lossy())
                }
                _ => String::new(),
            };
            let func = get("function")
                .map(|v| String::from_utf8_lossy(&v.to_bytes_scalar(None)).into_owned())
                .unwrap_or_default();
            let args = match get("args") {
                Some(Value::Array(a)) => a
                    .values()
                    .map(|v| trace_arg(v, max_len))
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => String::new(),
            };
            s.push_str(&format!("#{n} {loc}: {class}{func}({args})\n"));
            n += 1;
        }
    }
    (s, n)
}

/// A throwable as `(string)$e` and the uncaught-exception message show it:
/// `Class: message in file:line` + `Stack trace:` block.
pub fn throwable_to_string(vm: &mut Vm, ex: &ObjRef) -> Vec<u8> {
    // php starts with the innermost previous exception, then each outer
    // one after "Next ".
    let mut chain = vec![ex.clone()];
    while let Some(Value::Object(prev)) = chain.last().and_then(|e| e.prop(b"previous")) {
        if chain.len() > 256 || chain.iter().any(|e| Rc::ptr_eq(e, &prev)) {
            break;
        }
        chain.push(prev);
    }
    let mut s = Vec::new();
    for (i, e) in chain.iter().rev().enumerate() {
        if i > 0 {
            s.extend_from_slice(b"\n\nNext ");
        }
        s.extend(one_throwable_to_string(vm, e));
    }
    s
}

fn one_throwable_to_string(vm: &mut Vm, ex: &ObjRef) -> Vec<u8> {
    let prop = |k: &[u8]| ex.prop(k).unwrap_or(Value::Null);
    let msg = prop(b"message").to_bytes_scalar(None);
    let file = prop(b"file").to_bytes_scalar(None);
    let line = prop(b"line").to_int();
    let trace = trace_as_string(vm, &prop(b"trace"));
    let mut s = ex.class.name.as_bytes().to_vec();
    if !msg.is_empty() {
        s.extend_from_slice(b": ");
        s.extend_from_slice(&msg);
    }
    // php names where a user function with a bad argument was defined.
    let cls = ex.class.name.as_bytes();
    if (cls == b"TypeError" || cls == b"ArgumentCountError")
        && msg.windows(12).any(|w| w == b", called in ")
    {
        s.extend_from_slice(b" and defined");
    }
    s.extend_from_slice(b" in ");
    s.extend_from_slice(&file);
    s.extend_from_slice(format!(":{line}\nStack trace:\n{trace}").as_bytes());
    s
}

// ---- Built-in classes -------------------------------------------------------------

fn native(
    name: &str,
    f: impl Fn(&mut Vm, Option<&ObjRef>, &[Value]) -> Result<Value, Unwind> + 'static,
) -> MethodDef {
    MethodDef {
        name: name.into(),
        is_static: false,
        body: Rc::new(f),
    }
}

fn getter(name: &str, prop: &'static [u8]) -> MethodDef {
    native(name, move |_vm, this, _| {
        Ok(this.and_then(|t| t.prop(prop)).unwrap_or(Value::Null))
    })
}

const EXCEPTION_CTOR: crate::stdlib::args::Sig = crate::stdlib::args::Sig::new(
    "Exception::__construct",
    0,
    &["message", "code", "previous"],
);
const ERROR_CTOR: crate::stdlib::args::Sig =
    crate::stdlib::args::Sig::new("Error::__construct", 0, &["message", "code", "previous"]);

fn throwable_class(name: &str, parent: Option<&str>) -> ClassDef {
    let name_is_exception = name == "Exception";
    let methods = if parent.is_none() {
        vec![
            native("__construct", move |vm, this, args| {
                let Some(this) = this else {
                    return Ok(Value::Null);
                };
                // Errors name the declaring class, Exception or Error.
                let sig = if name_is_exception {
                    &EXCEPTION_CTOR
                } else {
                    &ERROR_CTOR
                };
                sig.arity(vm, args)?;
                if !args.is_empty() {
                    let m = sig.str(vm, args, 0)?;
                    this.set_prop(b"message", Value::Str(m));
                }
                if args.len() > 1 {
                    let c = sig.int(vm, args, 1)?;
                    this.set_prop(b"code", Value::Int(c));
                }
                match args.get(2).map(Value::deref) {
                    None | Some(Value::Null) => {}
                    Some(Value::Object(p)) if is_throwable(&p.class) => {
                        this.set_prop(b"previous", Value::Object(p));
                    }
                    Some(other) => return Err(sig.type_error(vm, 2, "?Throwable", &other)),
                }
                Ok(Value::Null)
            }),
            getter("getMessage", b"message"),
            getter("getCode", b"code"),
            getter("getPrevious", b"previous"),
            getter("getFile", b"file"),
            getter("getLine", b"line"),
            getter("getTrace", b"trace"),
            native("getTraceAsString", |vm, this, _| {
                let trace = this.and_then(|t| t.prop(b"trace")).unwrap_or(Value::Null);
                Ok(Value::str(trace_as_string(vm, &trace)))
            }),
            native("__toString", |vm, this, _| match this {
                Some(t) => Ok(Value::Str(PhpStr::new(throwable_to_string(vm, t)))),
                None => Ok(Value::Null),
            }),
        ]
    } else {
        Vec::new()
    };
    let props = if parent.is_none() {
        vec![
            ("message".to_string(), Value::str("")),
            ("string".to_string(), Value::str("")),
            ("code".to_string(), Value::Int(0)),
            ("file".to_string(), Value::str("")),
            ("line".to_string(), Value::Int(0)),
            ("trace".to_string(), Value::array(PhpArray::new())),
            ("previous".to_string(), Value::Null),
        ]
    } else {
        Vec::new()
    };
    ClassDef {
        name: name.into(),
        parent: parent.map(Into::into),
        methods,
        props,
        consts: Vec::new(),
        handlers: ObjectHandlers::default(),
    }
}

/// `ErrorException`: an Exception with a severity, whose constructor also
/// takes the file and line (php's order: message, code, severity, filename,
/// line, previous).
fn error_exception_class() -> ClassDef {
    let mut class = throwable_class("ErrorException", Some("Exception"));
    class
        .props
        .push(("severity".to_string(), Value::Int(crate::vm::E_ERROR)));
    class.methods = vec![
        native("__construct", |vm, this, args| {
            let Some(this) = this else {
                return Ok(Value::Null);
            };
            if let Some(m) = args.first() {
                let s = vm.to_php_string(m)?;
                this.set_prop(b"message", Value::Str(s));
            }
            if let Some(c) = args.get(1) {
                this.set_prop(b"code", Value::Int(c.to_int()));
            }
            if let Some(sev) = args.get(2) {
                this.set_prop(b"severity", Value::Int(sev.to_int()));
            }
            if let Some(f) = args.get(3).filter(|f| !matches!(f, Value::Null)) {
                let s = vm.to_php_string(f)?;
                this.set_prop(b"file", Value::Str(s));
            }
            if let Some(l) = args.get(4).filter(|l| !matches!(l, Value::Null)) {
                this.set_prop(b"line", Value::Int(l.to_int()));
            }
            if let Some(p) = args.get(5) {
                this.set_prop(b"previous", p.clone());
            }
            Ok(Value::Null)
        }),
        getter("getSeverity", b"severity"),
    ];
    class
}

/// Registers `stdClass` and the Throwable hierarchy.
pub fn builtin_classes() -> Vec<ClassDef> {
    let mut v = vec![ClassDef {
        name: "stdClass".into(),
        parent: None,
        methods: Vec::new(),
        props: Vec::new(),
        consts: Vec::new(),
        handlers: ObjectHandlers::default(),
    }];
    v.push(throwable_class("Exception", None));
    v.push(throwable_class("Error", None));
    v.push(error_exception_class());
    for (name, parent) in [
        ("RuntimeException", "Exception"),
        ("LogicException", "Exception"),
        ("InvalidArgumentException", "LogicException"),
        ("DomainException", "LogicException"),
        ("LengthException", "LogicException"),
        ("OutOfRangeException", "LogicException"),
        ("OutOfBoundsException", "RuntimeException"),
        ("RangeException", "RuntimeException"),
        ("OverflowException", "RuntimeException"),
        ("UnderflowException", "RuntimeException"),
        ("UnexpectedValueException", "RuntimeException"),
        ("BadFunctionCallException", "LogicException"),
        ("BadMethodCallException", "BadFunctionCallException"),
        ("TypeError", "Error"),
        ("ValueError", "Error"),
        ("ArithmeticError", "Error"),
        ("DivisionByZeroError", "ArithmeticError"),
        ("ArgumentCountError", "TypeError"),
        ("UnhandledMatchError", "Error"),
        ("CompileError", "Error"),
        ("ParseError", "CompileError"),
    ] {
        v.push(throwable_class(name, Some(parent)));
    }
    v
}
