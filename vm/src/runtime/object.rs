//! Objects and classes. Objects are handles: a `Value::Object` is an `Rc` to
//! shared object data, so assignment copies the handle, never the object.
//! The [`ObjectStore`] is php's objects_store: it hands out object ids
//! (reusing freed ones), and queues objects whose last handle went away for
//! their `__destruct`, which the VM runs at its next safe point.

use super::array::PhpArray;
use super::string::PhpStr;
use super::value::Value;
use crate::constexpr::ConstExpr;
use crate::ext::ObjectHandlers;
use crate::ops::OpArray;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

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
    /// A default that is a constant expression, evaluated at each `new`.
    pub init: Option<Rc<ConstExpr>>,
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
    /// A default that is a constant expression, evaluated on first access.
    pub init: RefCell<Option<Rc<ConstExpr>>>,
}

/// A class constant or an enum case. Its value is computed on first
/// access, as php does: a constant expression may name classes declared
/// later, and an enum case is an object created once.
pub struct ClassConst {
    /// `Undef` until evaluated.
    pub value: RefCell<Value>,
    /// What to evaluate; taken while evaluating, so a constant that needs
    /// itself is noticed.
    pub init: RefCell<Option<ConstInit>>,
    /// The declaring class (what `self` means in the expression).
    pub class: PhpStr,
    pub visibility: crate::ast::Visibility,
    pub is_final: bool,
    pub is_case: bool,
}

#[derive(Clone)]
pub enum ConstInit {
    /// A literal, known at compile time.
    Value(Value),
    Expr(Rc<ConstExpr>),
    /// An enum case, with its backing value.
    Case(Option<Value>),
}

impl ClassConst {
    /// A public constant with a known value (built-in classes).
    pub fn value(class: &PhpStr, v: Value) -> Rc<ClassConst> {
        Rc::new(ClassConst {
            value: RefCell::new(v),
            init: RefCell::new(None),
            class: class.clone(),
            visibility: crate::ast::Visibility::Public,
            is_final: false,
            is_case: false,
        })
    }
}

/// What makes a class an enum: its cases in order and the backing type.
pub struct EnumInfo {
    pub cases: Vec<PhpStr>,
    /// `Some(true)` for `int`, `Some(false)` for `string`, None when pure.
    pub backing_int: Option<bool>,
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
    pub consts: HashMap<Vec<u8>, Rc<ClassConst>>,
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
    pub enum_info: Option<EnumInfo>,
    /// `__destruct`, own or inherited (looked up once: every object drop
    /// asks whether there is one).
    pub destructor: Option<Rc<Method>>,
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

    /// Whether releasing an object of the class runs code: a `__destruct`
    /// or a native `dtor` handler.
    #[inline]
    pub fn has_destructor(&self) -> bool {
        self.destructor.is_some() || self.handlers.dtor.is_some()
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
    /// Its destructor was called (or is queued): php calls it once only.
    pub destructed: Cell<bool>,
    /// The store of the VM that created it: where its id goes back and
    /// where it waits for its destructor.
    pub store: Rc<ObjectStore>,
}

pub type ObjRef = Rc<Object>;

/// php's objects_store, shared by a VM and every object it created (an
/// object's `Drop` cannot reach the VM).
#[derive(Default)]
pub struct ObjectStore {
    /// Objects were released whose destructor has not run yet: the flag the
    /// dispatch loop tests after every op, kept apart from the queue so the
    /// test is one load.
    pending_flag: Cell<bool>,
    pending: RefCell<Vec<ObjRef>>,
    next_id: Cell<u32>,
    /// Freed ids, reused last-freed first (php's free list).
    free_ids: RefCell<Vec<u32>>,
    /// Objects with a destructor not called yet, by id: the shutdown pass
    /// calls the destructors of those still alive in id order.
    live: RefCell<Vec<Option<Weak<Object>>>>,
    /// Set at the end of the script: objects released afterwards are freed
    /// without their destructor (php marks every object destructed then).
    closed: Cell<bool>,
}

impl ObjectStore {
    pub fn new() -> Rc<ObjectStore> {
        let store = ObjectStore::default();
        store.next_id.set(1);
        Rc::new(store)
    }

    /// The id for a new object: the last one freed, else a fresh one.
    pub fn allocate_id(&self) -> u32 {
        if let Some(id) = self.free_ids.borrow_mut().pop() {
            return id;
        }
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        id
    }

    /// Remembers an object whose class has a destructor, for the shutdown pass.
    pub fn register(&self, obj: &ObjRef) {
        let mut live = self.live.borrow_mut();
        let i = obj.id as usize;
        if live.len() <= i {
            live.resize(i + 1, None);
        }
        live[i] = Some(Rc::downgrade(obj));
    }

    fn unregister(&self, id: u32) {
        let old = self
            .live
            .borrow_mut()
            .get_mut(id as usize)
            .and_then(Option::take);
        drop(old);
    }

    /// Whether released objects wait for their destructor.
    #[inline(always)]
    pub fn has_pending(&self) -> bool {
        self.pending_flag.get()
    }

    /// The objects waiting for their destructor, in the order they were
    /// released.
    pub fn take_pending(&self) -> Vec<ObjRef> {
        self.pending_flag.set(false);
        std::mem::take(&mut *self.pending.borrow_mut())
    }

    /// The live objects whose destructor has not been called, in id order.
    pub fn undestructed(&self) -> Vec<ObjRef> {
        let live = self.live.borrow();
        live.iter()
            .flatten()
            .filter_map(Weak::upgrade)
            .filter(|o| !o.destructed.get())
            .collect()
    }

    /// From now on released objects are freed without their destructor.
    pub fn close(&self) {
        self.closed.set(true);
        // Objects still queued (a fatal error stopped the VM) hold the
        // store: freeing them now breaks that cycle.
        let queued = self.take_pending();
        drop(queued);
    }

    pub fn is_closed(&self) -> bool {
        self.closed.get()
    }
}

impl Object {
    /// Dropping it now would queue its destructor.
    pub fn needs_destructor(&self) -> bool {
        self.class.has_destructor() && !self.destructed.get() && !self.store.closed.get()
    }
}

impl Drop for Object {
    fn drop(&mut self) {
        if self.class.has_destructor() && !self.destructed.get() {
            self.store.unregister(self.id);
            if !self.store.closed.get() {
                // The last handle went away: the object lives on, with the
                // same id and contents, in the queue of objects whose
                // destructor the VM runs at its next safe point (php calls
                // it right here; user code cannot run inside a drop).
                let revived = Rc::new(Object {
                    id: self.id,
                    class: self.class.clone(),
                    props: RefCell::new(std::mem::take(self.props.get_mut())),
                    internal: RefCell::new(self.internal.get_mut().take()),
                    destructed: Cell::new(true),
                    store: self.store.clone(),
                });
                self.store.pending.borrow_mut().push(revived);
                self.store.pending_flag.set(true);
                return;
            }
        }
        // php frees an object's properties before its handle, so handles
        // freed by that come earlier on the free list.
        drop(std::mem::take(self.props.get_mut()));
        drop(self.internal.get_mut().take());
        self.store.free_ids.borrow_mut().push(self.id);
    }
}

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
    /// The initialized properties as an array (`(array)` cast): integer
    /// names (`$o->{'0'}`) become integer keys, as php's
    /// zend_proptable_to_symtable makes them.
    pub fn initialized_props(&self) -> PhpArray {
        let props = self.props.borrow();
        if !props.iter().any(|(k, v)| v.is_undef() || is_int_name(&k)) {
            return props.clone();
        }
        let mut out = PhpArray::new();
        for (k, v) in props.iter() {
            if !v.is_undef() {
                out.set(symtable_key(k), v.clone());
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

/// Whether a property name is an integer as an array key (`"0"`, `"-1"`).
fn is_int_name(k: &super::array::Key) -> bool {
    matches!(k, super::array::Key::Str(s) if super::array::canonical_int(s.as_bytes()).is_some())
}

/// A property name as an array key: an integer name becomes an integer.
pub fn symtable_key(k: super::array::Key) -> super::array::Key {
    match k {
        super::array::Key::Str(s) => super::array::Key::from_bytes(s.as_bytes()),
        k => k,
    }
}
