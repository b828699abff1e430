//! The extension API: what an extension may register with a VM.
//!
//! Functions, classes with object handlers, constants, INI entries, observers
//! and interrupt functions. The standard library (`stdlib`) is built on this
//! same API, and so is the `zend_test` extension of the `test-ext` crate.

use crate::interrupt::PollSite;
use crate::runtime::object::ObjRef;
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm};
use std::rc::Rc;

/// A native function: gets the VM and the arguments, returns a value or
/// unwinds (an exception is pending in the VM, or it is bailing out).
pub type NativeFn = Rc<dyn Fn(&mut Vm, &[Value]) -> Result<Value, Unwind>>;

/// A registered internal function.
pub struct NativeFunction {
    /// The name as registered (for frames and messages).
    pub name: Rc<str>,
    pub run: NativeFn,
    /// Bit `i` set: parameter `i` is by reference (`sort(array &$array)`);
    /// its argument arrives as a [`Value::Ref`] the function writes through.
    pub by_ref: u64,
    /// Bit `i` set: parameter `i` is by reference when given a variable,
    /// and takes any other value as it is (php's ZEND_SEND_PREFER_REF,
    /// `extract(array &$array)`). Its bit in `by_ref` is set too.
    pub prefer_ref: u64,
}

impl NativeFunction {
    pub fn param_by_ref(&self, i: u32) -> bool {
        i < 64 && self.by_ref & (1 << i) != 0
    }
    pub fn param_prefer_ref(&self, i: u32) -> bool {
        i < 64 && self.prefer_ref & (1 << i) != 0
    }
}

/// A native method: like a function, plus `$this` (None for static calls).
pub type NativeMethod = Rc<dyn Fn(&mut Vm, Option<&ObjRef>, &[Value]) -> Result<Value, Unwind>>;

/// Orders two values at least one of which is an object of the class:
/// negative, zero, positive (php's `compare` object handler).
pub type CompareHandler = fn(&mut Vm, &Value, &Value) -> Result<i32, Unwind>;

/// Converts an object to a string (php's `cast_object` for strings).
pub type CastStringHandler = fn(&mut Vm, &ObjRef) -> Result<Vec<u8>, Unwind>;

/// Runs when an object's last handle goes away, where a user class's
/// `__destruct` would (php's `dtor_obj`); may throw.
pub type DtorHandler = fn(&mut Vm, &ObjRef);

/// Object handlers a native class may override.
#[derive(Clone, Copy, Default)]
pub struct ObjectHandlers {
    pub compare: Option<CompareHandler>,
    pub cast_string: Option<CastStringHandler>,
    pub dtor: Option<DtorHandler>,
}

/// Called when a user function begins or ends (php's observer API).
/// Gets the function's display name.
pub type ObserverFn = Rc<dyn Fn(&mut Vm, &str)>;

/// Called by the interrupt helper; may throw (set an exception and return Err).
pub type InterruptFn = Rc<dyn Fn(&mut Vm, PollSite) -> Result<(), Unwind>>;

/// Runs when a script starts, after INI settings are final.
pub type StartupFn = Rc<dyn Fn(&mut Vm)>;

/// A native class.
pub struct ClassDef {
    pub name: String,
    pub parent: Option<String>,
    pub methods: Vec<MethodDef>,
    /// Declared properties with their defaults, in order.
    pub props: Vec<(String, Value)>,
    pub consts: Vec<(String, Value)>,
    pub handlers: ObjectHandlers,
}

pub struct MethodDef {
    pub name: String,
    pub is_static: bool,
    pub body: NativeMethod,
}

/// Everything an extension registers. Build one with the methods below and
/// hand it to [`Vm::load_extension`].
#[derive(Default)]
pub struct Extension {
    /// The name `extension_loaded()` and `--EXTENSIONS--` sections use.
    pub name: String,
    pub functions: Vec<NativeFunction>,
    pub classes: Vec<ClassDef>,
    pub constants: Vec<(String, Value)>,
    /// INI entries and their defaults.
    pub ini: Vec<(String, String)>,
    /// Runs once the extension's INI entries have their final values (php's
    /// MINIT/RINIT): the place to install observers and interrupt functions
    /// depending on settings.
    pub startup: Option<StartupFn>,
}

impl Extension {
    pub fn new(name: &str) -> Self {
        Extension {
            name: name.into(),
            ..Default::default()
        }
    }
    pub fn function(
        self,
        name: &str,
        f: impl Fn(&mut Vm, &[Value]) -> Result<Value, Unwind> + 'static,
    ) -> Self {
        self.function_by_ref(name, &[], f)
    }
    /// A function some of whose parameters (0-based) are by reference.
    pub fn function_by_ref(
        mut self,
        name: &str,
        by_ref: &[u32],
        f: impl Fn(&mut Vm, &[Value]) -> Result<Value, Unwind> + 'static,
    ) -> Self {
        self.functions.push(NativeFunction {
            name: Rc::from(name),
            run: Rc::new(f),
            by_ref: by_ref.iter().fold(0, |m, i| m | 1 << i),
            prefer_ref: 0,
        });
        self
    }
    /// A function some of whose parameters bind a variable by reference but
    /// also take values that are not variables (see `prefer_ref`).
    pub fn function_prefer_ref(
        mut self,
        name: &str,
        prefer_ref: &[u32],
        f: impl Fn(&mut Vm, &[Value]) -> Result<Value, Unwind> + 'static,
    ) -> Self {
        let bits = prefer_ref.iter().fold(0, |m, i| m | 1 << i);
        self.functions.push(NativeFunction {
            name: Rc::from(name),
            run: Rc::new(f),
            by_ref: bits,
            prefer_ref: bits,
        });
        self
    }
    pub fn class(mut self, class: ClassDef) -> Self {
        self.classes.push(class);
        self
    }
    pub fn constant(mut self, name: &str, value: Value) -> Self {
        self.constants.push((name.into(), value));
        self
    }
    pub fn ini(mut self, name: &str, default: &str) -> Self {
        self.ini.push((name.into(), default.into()));
        self
    }
    pub fn on_startup(mut self, f: impl Fn(&mut Vm) + 'static) -> Self {
        self.startup = Some(Rc::new(f));
        self
    }
}
