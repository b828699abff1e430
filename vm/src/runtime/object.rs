//! Objects and classes. Objects are handles: a `Value::Object` is an `Rc` to
//! shared object data, so assignment copies the handle, never the object.

use super::array::PhpArray;
use super::string::PhpStr;
use super::value::Value;
use crate::ext::ObjectHandlers;
use crate::ops::OpArray;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub type ClassRef = Rc<Class>;

/// A method: user code or a native function of an extension.
#[derive(Clone)]
pub enum MethodBody {
    User(Rc<OpArray>),
    Native(crate::ext::NativeMethod),
}

#[derive(Clone)]
pub struct Method {
    pub name: PhpStr,
    pub body: MethodBody,
    pub is_static: bool,
    pub visibility: crate::ast::Visibility,
    /// The class that declared the method (for `parent::` and error texts).
    pub class: PhpStr,
}

pub struct PropInfo {
    pub name: PhpStr,
    /// `Undef` for a typed property without a default (uninitialized).
    pub default: Value,
    pub visibility: crate::ast::Visibility,
    pub ty: Option<crate::ast::TypeHint>,
    pub readonly: bool,
}

/// A static property: its cell (shared with subclasses that do not
/// redeclare it; `A::$p = &$x` rebinds it), visibility and declaring class.
pub struct StaticProp {
    pub cell: RefCell<super::value::RefCell>,
    pub visibility: crate::ast::Visibility,
    pub class: PhpStr,
    pub ty: Option<crate::ast::TypeHint>,
}

pub struct Class {
    pub name: PhpStr,
    pub parent: Option<ClassRef>,
    pub is_abstract: bool,
    pub is_interface: bool,
    /// Every interface the class implements (or an interface extends),
    /// inherited ones included.
    pub interfaces: Vec<ClassRef>,
    /// Abstract methods without an implementation, in php's order: the
    /// lowercased name and how messages show it (`I::f`).
    pub abstract_methods: Vec<(Vec<u8>, String)>,
    pub consts: HashMap<Vec<u8>, Value>,
    /// Instance properties in declaration order, parents' first.
    pub props: Vec<PropInfo>,
    /// Static properties by name, inherited ones included.
    pub static_props: HashMap<Vec<u8>, Rc<StaticProp>>,
    /// Methods by lowercased name, inherited ones included.
    pub methods: HashMap<Vec<u8>, Rc<Method>>,
    /// Lowercased method names in php's order (own methods as declared,
    /// then inherited ones), for `get_class_methods`.
    pub method_order: Vec<Vec<u8>>,
    pub handlers: ObjectHandlers,
}

impl Class {
    pub fn lc_name(&self) -> Vec<u8> {
        self.name.as_bytes().to_ascii_lowercase()
    }

    /// True when `self` is `other`, inherits from it or implements it.
    pub fn is_subclass_of(&self, other_lc: &[u8]) -> bool {
        let mut c = Some(self);
        while let Some(cls) = c {
            if cls.name.as_bytes().eq_ignore_ascii_case(other_lc) {
                return true;
            }
            c = cls.parent.as_deref();
        }
        self.interfaces
            .iter()
            .any(|i| i.name.as_bytes().eq_ignore_ascii_case(other_lc))
    }

    pub fn find_method(&self, lc_name: &[u8]) -> Option<Rc<Method>> {
        self.methods.get(lc_name).cloned()
    }

    /// The first native `handlers` field set along the inheritance chain.
    pub fn compare_handler(&self) -> Option<crate::ext::CompareHandler> {
        self.handlers.compare
    }
}

pub struct Object {
    pub id: u32,
    pub class: ClassRef,
    pub props: RefCell<PhpArray>,
    /// Native state of an extension class (for example the int of a
    /// `VmInterruptComparable`).
    pub internal: RefCell<Option<Box<dyn Any>>>,
}

pub type ObjRef = Rc<Object>;

impl Object {
    /// A property's value (through the reference a write may have left).
    pub fn prop(&self, name: &[u8]) -> Option<Value> {
        self.props
            .borrow()
            .get(&super::array::Key::Str(PhpStr::from(name)))
            .map(Value::deref)
    }
    /// The properties with a value (typed ones not yet initialized are
    /// left out), as `(array)` and `foreach` see them.
    pub fn initialized_props(&self) -> PhpArray {
        let props = self.props.borrow();
        if !props.values().any(Value::is_undef) {
            return props.clone();
        }
        let mut out = PhpArray::new();
        for (k, v) in props.iter() {
            if !v.is_undef() {
                out.set(k, v.clone());
            }
        }
        out
    }
    pub fn set_prop(&self, name: &[u8], v: Value) {
        self.props
            .borrow_mut()
            .set(super::array::Key::Str(PhpStr::from(name)), v);
    }
}
