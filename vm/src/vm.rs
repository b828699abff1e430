//! The VM state: frames, slots, pending calls, the function and class
//! tables, output and error reporting, and the entry points that run a
//! script. The opcode semantics are in `handlers`, the control flow of each
//! dispatch kind in `dispatch`.

use crate::compile::{self, CompileError};
use crate::dispatch::{self, KindName};
use crate::ext::{Extension, InterruptFn, NativeFunction, NativeMethod, ObserverFn};
use crate::interrupt::{InterruptHandle, Timer};
use crate::ops::{OpArray, Opcode, NO_SLOT};
use crate::output::Output;
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::object::{Class, ClassRef, MethodBody, ObjRef, Object};
use crate::runtime::string::PhpStr;
use crate::runtime::value::Value;

/// How deep native code may nest calls back into PHP (each level holds an
/// executor and native frames on the native stack; 256 levels fit in a
/// debug build's 8 MiB main thread).
pub const MAX_NATIVE_REENTRIES: usize = 256;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use std::time::Duration;

/// A native call did not return normally: an exception is pending in the VM
/// (`vm.exception`), or the VM is bailing out after a fatal error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unwind;

/// A callable function.
#[derive(Clone)]
pub enum Function {
    User(Rc<OpArray>),
    Native(Rc<NativeFunction>),
}

/// What a pending call (between INIT and DO_FCALL) will run.
#[derive(Clone)]
pub enum CallTarget {
    User(Rc<OpArray>),
    Native(Rc<NativeFunction>),
    NativeMethod(NativeMethod, Rc<str>),
    /// `new C` where C has no constructor: arguments are evaluated and dropped.
    Nothing,
}

/// What a callable value resolved to.
enum Callee {
    Function(Vec<u8>),
    Method(ClassRef, Option<ObjRef>, Rc<crate::runtime::object::Method>),
    /// A method the class does not have, called through `__call` or
    /// `__callStatic` (the last field) with the name and the arguments.
    Magic(
        ClassRef,
        Option<ObjRef>,
        Rc<crate::runtime::object::Method>,
        PhpStr,
    ),
    Closure(Rc<crate::closure::ClosureData>),
}

/// A call being set up: INIT_* pushed it, SEND fills its arguments in the
/// slots from `base`, DO_FCALL runs it.
pub struct PendingCall {
    pub target: CallTarget,
    pub base: usize,
    pub this: Option<ObjRef>,
    /// The class for static calls (late static binding).
    pub class: Option<ClassRef>,
    pub nargs: u32,
    /// A constructor call: the call's result is the new object.
    pub ctor: Option<ObjRef>,
    pub frame_depth: usize,
    /// Calling a closure: its captured values go into the new frame.
    pub closure: Option<Rc<crate::closure::ClosureData>>,
    /// A call routed to `__call`/`__callStatic`: the name called; the
    /// arguments become an array when the call is made.
    pub magic: Option<PhpStr>,
}

/// A call frame. User frames run op arrays; native frames exist only while
/// an internal function runs, so that backtraces and interrupt functions see
/// them on top (php-src #14627).
pub struct Frame {
    pub code: Option<Rc<OpArray>>,
    pub native_name: Option<Rc<str>>,
    /// The saved op index (Zend's EX(opline)).
    pub ip: u32,
    pub base: usize,
    /// Where the caller wants the return value (a slot of the caller).
    pub ret_slot: u32,
    pub this: Option<ObjRef>,
    pub class: Option<ClassRef>,
    pub num_args: u32,
    /// Arguments past the declared parameters.
    pub extra_args: Vec<Value>,
    /// A native frame's arguments (for backtraces).
    pub native_args: Option<Rc<[Value]>>,
    /// Entered from native code: returning from it leaves the executor.
    pub boundary: bool,
    /// A constructor frame: the caller gets this object, not the return value.
    pub ctor: Option<ObjRef>,
    /// A generator's frame: yield and return go to its state.
    pub generator: Option<crate::generator::GenRef>,
    /// An included file's frame: its variables are the scope's below it
    /// (`scope.rs`); `native_name` says which of include/require it was.
    pub included: bool,
    /// Variables of this call that no compiled variable names (`$$n`,
    /// `extract`), made on first use.
    pub vars: Option<Box<PhpArray>>,
}

/// Settings a host gives when creating a VM.
pub struct Config {
    pub kind: KindName,
    /// INI settings on top of the defaults (`-d name=value`).
    pub ini: Vec<(String, String)>,
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
    /// `$argv` after the script name.
    pub args: Vec<Vec<u8>>,
    /// A hard time limit independent of `max_execution_time` (hosts such as
    /// the test runner use it); ends the script with php's timeout error.
    pub time_limit: Option<Duration>,
    /// The most nested user calls allowed before a fatal error.
    pub max_depth: usize,
    /// Environment variables the script sees (`getenv`), on top of none.
    pub env: Vec<(Vec<u8>, Vec<u8>)>,
    /// What the script reads from standard input.
    pub stdin: Vec<u8>,
    /// Read the process's own standard input instead, when the script asks.
    pub stdin_from_process: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            kind: KindName::default(),
            ini: Vec::new(),
            stdout: Box::new(std::io::stdout()),
            stderr: Box::new(std::io::stderr()),
            args: Vec::new(),
            time_limit: None,
            max_depth: 1_000_000,
            env: Vec::new(),
            stdin: Vec::new(),
            stdin_from_process: false,
        }
    }
}

/// php's built-in INI defaults for the settings the VM reads (what `php -n` uses).
const INI_DEFAULTS: &[(&str, &str)] = &[
    ("display_errors", "1"),
    ("log_errors", "0"),
    ("error_reporting", ""),
    ("precision", "14"),
    ("serialize_precision", "-1"),
    ("max_execution_time", "0"),
    ("memory_limit", "128M"),
    ("html_errors", "0"),
    ("output_buffering", "0"),
    ("zend.exception_ignore_args", "0"),
    ("zend.exception_string_param_max_len", "15"),
    ("error_prepend_string", ""),
    ("error_append_string", ""),
    ("include_path", crate::include::DEFAULT_INCLUDE_PATH),
];

pub const E_ERROR: i64 = 1;
pub const E_WARNING: i64 = 2;
pub const E_PARSE: i64 = 4;
pub const E_NOTICE: i64 = 8;
pub const E_COMPILE_ERROR: i64 = 64;
pub const E_USER_ERROR: i64 = 256;
pub const E_USER_WARNING: i64 = 512;
pub const E_USER_NOTICE: i64 = 1024;
pub const E_DEPRECATED: i64 = 8192;
pub const E_USER_DEPRECATED: i64 = 16384;
/// What `@` leaves of `error_reporting` (php 8): the fatal levels.
pub const E_FATAL_ERRORS: i64 = 1 | 4 | 16 | 64 | 256 | 4096;
pub const E_ALL: i64 = 32767;

pub struct Vm {
    // Hot state of the current user frame (cached from `frames`).
    pub(crate) code: Rc<OpArray>,
    pub(crate) base: usize,
    pub(crate) slots: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) calls: Vec<PendingCall>,
    pub(crate) exception: Option<ObjRef>,
    pub(crate) interrupt: InterruptHandle,
    pub(crate) kind: KindName,
    /// Set by a fatal error or `exit`: every executor returns.
    pub(crate) halted: bool,
    pub(crate) exit_status: i32,
    /// The property a FETCH_OBJ_W made a reference, until its write is done.
    pub(crate) prop_write: Option<(ObjRef, PhpStr)>,
    /// Magic property calls running (object id, property name, kind): php's
    /// recursion guard, under which the property is accessed directly.
    pub(crate) magic_guards: Vec<(u32, Vec<u8>, u8)>,
    /// `exit` ended the script (its status stands, even 0).
    pub(crate) exited: bool,
    /// The value of the last boundary frame that returned.
    pub(crate) native_return: Value,

    // Looked up on every call: a fast hash (names are not attacker-chosen
    // keys worth SipHash's cost here).
    pub(crate) functions: FxHashMap<Vec<u8>, Function>,
    pub(crate) classes: FxHashMap<Vec<u8>, ClassRef>,
    pub(crate) constants: FxHashMap<Vec<u8>, Value>,
    pub(crate) ini: HashMap<String, String>,
    /// The INI names extensions registered. Others may be set (`-d`,
    /// a case's INI) and extensions loaded later still see them, but PHP
    /// code does not: php's `ini_get` gives false for them.
    pub(crate) ini_registered: std::collections::HashSet<String>,
    pub(crate) extensions: Vec<String>,
    pub(crate) startups: Vec<crate::ext::StartupFn>,
    pub(crate) interrupt_fns: Vec<InterruptFn>,
    pub(crate) observers_begin: Vec<ObserverFn>,
    pub(crate) observers_end: Vec<ObserverFn>,
    pub(crate) out: Output,
    /// Ends the output buffers at the end of the script, before what is
    /// left in them is flushed (set by `ob_start` for user handlers).
    pub(crate) output_end: Option<fn(&mut Vm)>,
    pub(crate) err: Box<dyn Write>,
    pub(crate) silence: u32,
    /// `set_error_handler` stack: the handler and the levels it takes.
    pub(crate) error_handlers: Vec<(Value, i64)>,
    /// `set_exception_handler` stack.
    pub(crate) exception_handlers: Vec<Value>,
    /// A user error handler is running (errors inside it are not passed to it).
    pub(crate) in_error_handler: bool,
    /// Object ids and objects waiting for their destructor.
    pub(crate) objects: Rc<crate::runtime::object::ObjectStore>,
    /// The main script: its variables are the globals, which outlive its
    /// return and are destroyed at shutdown.
    pub(crate) main_code: Option<Rc<OpArray>>,
    pub(crate) main_base: usize,
    pub(crate) script_path: Rc<str>,
    /// The main script and the files included so far, by real path
    /// (`get_included_files`, `include_once`).
    pub(crate) included_files: Vec<Rc<str>>,
    /// Classes of loaded files that could not be declared with their file
    /// (a parent not there yet), waiting for their DECLARE_CLASS.
    pub(crate) pending_classes: Vec<(Rc<str>, compile::ClassUnit)>,
    /// php's CG(rtd_key_counter) (see `compile::CompileEnv::rtd_keys`).
    rtd_keys: u32,
    pub(crate) args: Vec<Vec<u8>>,
    pub(crate) env: Vec<(Vec<u8>, Vec<u8>)>,
    /// Standard input not yet read by the script.
    pub(crate) stdin: Vec<u8>,
    pub(crate) stdin_from_process: bool,
    pub(crate) time_limit: Option<Duration>,
    pub(crate) max_depth: usize,
    /// How many executors native code has re-entered (callbacks such as
    /// `__toString`): each costs native stack, unlike PHP-to-PHP calls.
    pub(crate) native_reentries: usize,
    /// Per-extension state, keyed by the extension's choice of type.
    pub(crate) ext_data: HashMap<std::any::TypeId, Box<dyn std::any::Any>>,
    /// What an unused operand reads as.
    pub(crate) null: Value,
    /// Keys recorded by FETCH_DIM_W for the nested write that follows.
    pub(crate) dim_path: Vec<Option<Value>>,
    /// Global variables the main script has no compiled variable for
    /// (created by `global $x` in a function, `$GLOBALS['x']`, `$$n`),
    /// in the order they were made.
    pub(crate) globals: PhpArray,
    /// How many interrupts the helper has serviced (not counting timeouts).
    pub interrupts_serviced: u64,
}

impl Vm {
    pub fn new(config: Config) -> Vm {
        let empty = Rc::new(compile::empty_op_array());
        let mut vm = Vm {
            code: empty,
            base: 0,
            slots: Vec::with_capacity(1024),
            frames: Vec::new(),
            calls: Vec::new(),
            exception: None,
            interrupt: InterruptHandle::new(),
            kind: config.kind,
            halted: false,
            exit_status: 0,
            exited: false,
            prop_write: None,
            magic_guards: Vec::new(),
            native_return: Value::Null,
            functions: FxHashMap::default(),
            classes: FxHashMap::default(),
            constants: FxHashMap::default(),
            ini: INI_DEFAULTS
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ini_registered: INI_DEFAULTS.iter().map(|(k, _)| k.to_string()).collect(),
            extensions: Vec::new(),
            startups: Vec::new(),
            interrupt_fns: Vec::new(),
            observers_begin: Vec::new(),
            observers_end: Vec::new(),
            out: Output::new(config.stdout),
            output_end: None,
            err: config.stderr,
            silence: 0,
            error_handlers: Vec::new(),
            exception_handlers: Vec::new(),
            in_error_handler: false,
            objects: crate::runtime::object::ObjectStore::new(),
            main_code: None,
            main_base: 0,
            script_path: Rc::from(""),
            included_files: Vec::new(),
            pending_classes: Vec::new(),
            rtd_keys: 0,
            args: config.args,
            env: config.env,
            stdin: config.stdin,
            stdin_from_process: config.stdin_from_process,
            time_limit: config.time_limit,
            max_depth: config.max_depth,
            native_reentries: 0,
            ext_data: HashMap::new(),
            null: Value::Null,
            dim_path: Vec::new(),
            globals: PhpArray::new(),
            interrupts_serviced: 0,
        };
        crate::stdlib::register(&mut vm);
        for (k, v) in config.ini {
            vm.ini.insert(k, v);
        }
        vm
    }

    /// The dispatch kind this VM runs.
    pub fn kind(&self) -> KindName {
        self.kind
    }

    /// A handle other threads may use to raise the interrupt flag.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.interrupt.clone()
    }

    // ---- Extension API -------------------------------------------------

    /// Registers an extension's functions, classes, constants and INI
    /// defaults. INI values already set (from `-d`) take precedence.
    pub fn load_extension(&mut self, ext: Extension) {
        for f in ext.functions {
            let lc = f.name.to_ascii_lowercase().into_bytes();
            self.functions.insert(lc, Function::Native(Rc::new(f)));
        }
        for def in ext.classes {
            let class = self.build_native_class(def);
            self.classes.insert(class.lc_name(), class);
        }
        for (name, v) in ext.constants {
            self.constants.insert(name.into_bytes(), v);
        }
        for (name, default) in ext.ini {
            self.ini_registered.insert(name.clone());
            self.ini.entry(name).or_insert(default);
        }
        if let Some(s) = ext.startup {
            self.startups.push(s);
        }
        self.extensions.push(ext.name);
    }

    fn build_native_class(&mut self, def: crate::ext::ClassDef) -> ClassRef {
        let parent = def
            .parent
            .as_ref()
            .and_then(|p| self.classes.get(p.to_ascii_lowercase().as_bytes()).cloned());
        let mut methods = parent
            .as_ref()
            .map(|p| p.methods.clone())
            .unwrap_or_default();
        let mut method_order: Vec<Vec<u8>> = def
            .methods
            .iter()
            .map(|m| m.name.to_ascii_lowercase().into_bytes())
            .collect();
        for lc in parent.iter().flat_map(|p| p.method_order.iter()) {
            if !method_order.contains(lc) {
                method_order.push(lc.clone());
            }
        }
        for m in def.methods {
            methods.insert(
                m.name.to_ascii_lowercase().into_bytes(),
                Rc::new(crate::runtime::object::Method {
                    name: PhpStr::from(m.name.as_str()),
                    body: MethodBody::Native(m.body),
                    is_static: m.is_static,
                    visibility: crate::ast::Visibility::Public,
                    class: PhpStr::from(def.name.as_str()),
                }),
            );
        }
        let mut props: Vec<_> = Vec::new();
        if let Some(p) = &parent {
            for info in &p.props {
                props.push(crate::runtime::object::PropInfo {
                    name: info.name.clone(),
                    default: info.default.clone(),
                    init: None,
                    visibility: info.visibility,
                    ty: info.ty.clone(),
                    readonly: info.readonly,
                });
            }
        }
        for (name, default) in def.props {
            props.push(crate::runtime::object::PropInfo {
                name: PhpStr::from(name.as_str()),
                default,
                init: None,
                visibility: crate::ast::Visibility::Public,
                ty: None,
                readonly: false,
            });
        }
        let mut interfaces: Vec<ClassRef> = parent
            .as_ref()
            .map(|p| p.interfaces.clone())
            .unwrap_or_default();
        let mut implicit = Vec::new();
        if def.parent.is_none() && matches!(def.name.as_str(), "Exception" | "Error") {
            implicit.push(&b"throwable"[..]);
        }
        if methods.contains_key(&b"__tostring"[..]) {
            implicit.push(b"stringable");
        }
        for lc in implicit {
            if let Some(i) = self.classes.get(lc) {
                crate::class::add_interface(&mut interfaces, i);
            }
        }
        let mut handlers = def.handlers;
        if let Some(p) = &parent {
            handlers.compare = handlers.compare.or(p.handlers.compare);
            handlers.cast_string = handlers.cast_string.or(p.handlers.cast_string);
            handlers.dtor = handlers.dtor.or(p.handlers.dtor);
        }
        let mut consts = parent
            .as_ref()
            .map(|p| p.consts.clone())
            .unwrap_or_default();
        let class_name = PhpStr::from(def.name.as_str());
        for (k, v) in def.consts {
            consts.insert(
                k.into_bytes(),
                crate::runtime::object::ClassConst::value(&class_name, v),
            );
        }
        let destructor = methods.get(&b"__destruct"[..]).cloned();
        Rc::new(Class {
            name: class_name,
            parent,
            is_abstract: false,
            is_interface: false,
            interfaces,
            abstract_methods: Vec::new(),
            consts,
            props,
            static_props: HashMap::new(),
            method_order,
            methods,
            handlers,
            enum_info: None,
            destructor,
        })
    }

    pub fn add_interrupt_function(&mut self, f: InterruptFn) {
        self.interrupt_fns.push(f);
    }
    pub fn add_observer(&mut self, begin: Option<ObserverFn>, end: Option<ObserverFn>) {
        self.observers_begin.extend(begin);
        self.observers_end.extend(end);
    }
    pub fn is_extension_loaded(&self, name: &str) -> bool {
        self.extensions.iter().any(|e| e.eq_ignore_ascii_case(name))
    }
    /// An INI value (None if the name is unknown and was never set).
    pub fn ini_get(&self, name: &str) -> Option<&str> {
        self.ini.get(name).map(String::as_str)
    }
    /// An INI value as PHP code sees it: only for registered names.
    pub fn ini_get_registered(&self, name: &str) -> Option<&str> {
        if self.ini_registered.contains(name) {
            self.ini_get(name)
        } else {
            None
        }
    }
    pub fn ini_set(&mut self, name: &str, value: &str) {
        self.ini.insert(name.to_string(), value.to_string());
    }
    pub fn ini_bool(&self, name: &str) -> bool {
        match self.ini_get(name) {
            Some(v) => {
                let v = v.trim().to_ascii_lowercase();
                matches!(v.as_str(), "1" | "on" | "yes" | "true")
                    || v.parse::<i64>().map(|i| i != 0).unwrap_or(false)
            }
            None => false,
        }
    }
    pub fn ini_int(&self, name: &str) -> i64 {
        self.ini_get(name)
            .and_then(|v| v.trim().parse::<i64>().ok())
            .unwrap_or(0)
    }
    /// State an extension keeps per VM (created on first use).
    pub fn ext_data<T: Default + 'static>(&mut self) -> &mut T {
        self.ext_data
            .entry(std::any::TypeId::of::<T>())
            .or_insert_with(|| Box::new(T::default()))
            .downcast_mut::<T>()
            .expect("ext_data is keyed by TypeId")
    }
    /// Writes to the script's output (through output buffering).
    pub fn echo(&mut self, bytes: &[u8]) {
        self.out.write(bytes);
    }
    pub fn class(&self, name: &[u8]) -> Option<ClassRef> {
        // A class name in a string may be written fully qualified (`\A\B`).
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        self.classes.get(&name.to_ascii_lowercase()).cloned()
    }

    // ---- Running scripts -------------------------------------------------

    /// Runs a script file; returns the process exit status php would give.
    pub fn run_file(&mut self, path: &str) -> i32 {
        match std::fs::read(path) {
            // php names the main script by its real path in messages.
            Ok(src) => {
                let shown = std::fs::canonicalize(path)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| path.to_string());
                self.run_source(&src, &shown)
            }
            Err(e) => {
                let _ = writeln!(self.out_raw(), "Could not open input file: {path}");
                let _ = e;
                1
            }
        }
    }

    fn out_raw(&mut self) -> &mut dyn Write {
        self.out.sink()
    }

    /// Compiles and runs `src` as the file `path`.
    pub fn run_source(&mut self, src: &[u8], path: &str) -> i32 {
        self.script_path = Rc::from(path);
        self.included_files.push(self.script_path.clone());
        for s in self.startups.clone() {
            s(self);
        }
        let _timers = self.start_timers();
        let unit = match self.compile(src, path) {
            Ok(unit) => unit,
            Err(e) => {
                self.report_compile_error(&e, path);
                self.out.flush_all();
                return 255;
            }
        };
        self.declare_unit(&unit);
        if !self.halted {
            self.run_main(unit.main.clone(), path);
        }
        // After a fatal error php calls no more destructors; after `exit`
        // and uncaught exceptions it does.
        let fatal = self.halted && !self.exited;
        self.uncaught_exception();
        if !fatal {
            crate::destructors::shutdown(self);
        }
        self.objects.close();
        if let Some(end) = self.output_end.take() {
            // php runs the handlers at shutdown, after errors too.
            let halted = std::mem::replace(&mut self.halted, false);
            end(self);
            self.halted |= halted;
        }
        self.out.flush_all();
        let _ = self.err.flush();
        if self.halted && self.exit_status == 0 && !self.exited {
            255
        } else {
            self.exit_status
        }
    }

    /// An exception left the script: the `set_exception_handler` handler
    /// takes it, else php's "Uncaught" fatal error.
    fn uncaught_exception(&mut self) {
        let Some(ex) = self.exception.take() else {
            return;
        };
        match self.exception_handlers.pop() {
            Some(handler) if !matches!(handler, Value::Null) && !self.halted => {
                let args = vec![Value::Object(ex)];
                let _ = self.call_value(&handler, args, "exception handler");
                if let Some(ex) = self.exception.take() {
                    self.report_uncaught(&ex);
                }
            }
            _ => self.report_uncaught(&ex),
        }
    }

    fn start_timers(&mut self) -> Vec<Timer> {
        let mut timers = Vec::new();
        let limit = self.ini_int("max_execution_time");
        if limit > 0 {
            timers.push(Timer::start(
                self.interrupt.clone(),
                Duration::from_secs(limit as u64),
            ));
        }
        if let Some(d) = self.time_limit {
            timers.push(Timer::start(self.interrupt.clone(), d));
        }
        timers
    }

    fn report_compile_error(&mut self, e: &CompileError, path: &str) {
        let (label, msg) = match e {
            CompileError::Parse(m, _) => ("Parse error", m.clone()),
            CompileError::Fatal(m, _) => ("Fatal error", m.clone()),
        };
        let line = match e {
            CompileError::Parse(_, l) | CompileError::Fatal(_, l) => *l,
        };
        self.emit_error(label, &msg, path, line);
        self.halted = true;
        self.exit_status = 255;
    }

    /// php's error for declaring function `f` when one of its name exists.
    pub(crate) fn redeclare_error(&self, f: &OpArray) -> Option<String> {
        let lc = f.name.as_bytes().to_ascii_lowercase();
        Some(match self.functions.get(&lc)? {
            Function::User(old) => format!(
                "Cannot redeclare {}() (previously declared in {}:{})",
                f.name.to_lossy(),
                old.file,
                old.line_start
            ),
            Function::Native(_) => format!("Cannot redeclare {}()", f.name.to_lossy()),
        })
    }

    /// Compiles a file of this run: php's compiler sees the classes
    /// declared so far and goes on counting run-time definition keys.
    pub(crate) fn compile(
        &mut self,
        src: &[u8],
        path: &str,
    ) -> Result<compile::Unit, compile::CompileError> {
        let env = compile::CompileEnv {
            rtd_keys: self.rtd_keys,
            classes: self.classes.keys().cloned().collect(),
        };
        let unit = compile::compile_file_in(src, path, env)?;
        self.rtd_keys = unit.rtd_keys();
        Ok(unit)
    }

    pub(crate) fn declare_unit(&mut self, unit: &compile::Unit) {
        for d in &unit.diagnostics {
            let (level, label) = if d.is_warning {
                (E_WARNING, "Warning")
            } else {
                (E_DEPRECATED, "Deprecated")
            };
            if self.error_reporting() & level != 0 {
                self.emit_error(label, &d.message, &unit.file, d.line);
            }
        }
        for (name, v) in &unit.constants {
            self.constants.insert(name.as_bytes().to_vec(), v.clone());
        }
        for f in &unit.functions {
            let lc = f.name.as_bytes().to_ascii_lowercase();
            if let Some(msg) = self.redeclare_error(f) {
                self.emit_error("Fatal error", &msg, &unit.file, f.line_start);
                self.halted = true;
                self.exit_status = 255;
                return;
            }
            self.functions.insert(lc, Function::User(f.clone()));
        }
        // A class comes after the parent and interfaces it names, wherever
        // they are in the file (php binds such classes when it reaches them).
        let (anonymous, mut pending): (Vec<_>, Vec<_>) =
            unit.classes.iter().partition(|c| c.is_anonymous);
        for c in anonymous {
            self.pending_classes.push((unit.file.clone(), c.clone()));
        }
        while !pending.is_empty() {
            let ready = pending.iter().position(|c| {
                c.parent.iter().chain(&c.interfaces).all(|d| {
                    self.classes
                        .contains_key(&d.as_bytes().to_ascii_lowercase())
                })
            });
            if ready.is_none()
                && unit
                    .main
                    .ops
                    .iter()
                    .any(|o| o.opcode == Opcode::DeclareClass)
            {
                // Their parents may come from files included before their
                // declarations run: DECLARE_CLASS declares them then.
                for c in pending {
                    self.pending_classes.push((unit.file.clone(), c.clone()));
                }
                return;
            }
            let c = pending.remove(ready.unwrap_or(0));
            if let Err(msg) = crate::class::declare_class(self, c) {
                // A missing parent or interface is an Error at run time.
                let msg = if ready.is_none() {
                    format!(
                        "Uncaught Error: {msg} in {}:{}\nStack trace:\n#0 {{main}}\n  thrown",
                        unit.file, c.line
                    )
                } else {
                    msg
                };
                self.emit_error("Fatal error", &msg, &unit.file, c.line);
                self.halted = true;
                self.exit_status = 255;
                return;
            }
        }
    }

    /// Runs the script body with `$argv` and `$argc` set, as the CLI does.
    fn run_main(&mut self, main: Rc<OpArray>, path: &str) {
        let base = self.slots.len();
        self.main_code = Some(main.clone());
        self.main_base = base;
        let call = PendingCall {
            target: CallTarget::User(main.clone()),
            base,
            this: None,
            class: None,
            nargs: 0,
            ctor: None,
            frame_depth: self.frames.len(),
            closure: None,
            magic: None,
        };
        if self.push_user_frame(call, NO_SLOT, true).is_err() {
            return;
        }
        let mut argv = vec![Value::str(path)];
        argv.extend(self.args.iter().map(|a| Value::str(a.as_slice())));
        let argc = Value::Int(argv.len() as i64);
        for (name, v) in [
            ("argv", Value::array(PhpArray::from_list(argv))),
            ("argc", argc),
        ] {
            // A global the script does not name is still there for
            // `$GLOBALS`, `global $argv` and `$$name`.
            let scope = self.global_scope();
            let loc = self.find_var(scope, name.as_bytes());
            *self.var_place(loc, name.as_bytes()) = v;
        }
        let depth = self.frames.len();
        dispatch::execute(self, depth);
    }

    /// Calls a user function from native code (or runs the main script),
    /// running a nested executor until it returns.
    pub fn call_user(
        &mut self,
        code: Rc<OpArray>,
        this: Option<ObjRef>,
        class: Option<ClassRef>,
        args: Vec<Value>,
    ) -> Result<Value, Unwind> {
        self.call_user_frame(code, this, class, args, None)
    }

    /// Calls a closure object from native code.
    pub fn call_closure(
        &mut self,
        data: Rc<crate::closure::ClosureData>,
        args: Vec<Value>,
    ) -> Result<Value, Unwind> {
        let (code, this, scope) = (data.code.clone(), data.this.clone(), data.scope.clone());
        self.call_user_frame(code, this, scope, args, Some(data))
    }

    fn call_user_frame(
        &mut self,
        code: Rc<OpArray>,
        this: Option<ObjRef>,
        class: Option<ClassRef>,
        args: Vec<Value>,
        closure: Option<Rc<crate::closure::ClosureData>>,
    ) -> Result<Value, Unwind> {
        let base = self.slots.len();
        let nargs = args.len() as u32;
        self.slots.extend(args);
        self.calls.push(PendingCall {
            target: CallTarget::User(code),
            base,
            this,
            class,
            nargs,
            ctor: None,
            frame_depth: self.frames.len(),
            closure,
            magic: None,
        });
        let call = self.calls.pop().expect("just pushed");
        // Native code calling PHP calling native code... recurses on the
        // native stack (php 8.2 would crash); stop it cleanly instead.
        if self.native_reentries >= MAX_NATIVE_REENTRIES {
            self.slots.truncate(base);
            let msg = format!(
                "Maximum nesting of PHP code called from internal code ({MAX_NATIVE_REENTRIES}) reached, infinite recursion?"
            );
            return Err(self.fatal(&msg));
        }
        // The caller's cached state, back once the callee returns (a
        // handler calling `__toString` goes on in its own op array).
        let (saved_code, saved_base) = (self.code.clone(), self.base);
        if self.push_user_frame(call, NO_SLOT, true).is_err() {
            return Err(Unwind);
        }
        let entry_depth = self.frames.len();
        self.native_reentries += 1;
        dispatch::execute(self, entry_depth);
        self.native_reentries -= 1;
        self.code = saved_code;
        self.base = saved_base;
        if self.halted || self.exception.is_some() {
            return Err(Unwind);
        }
        Ok(std::mem::take(&mut self.native_return))
    }

    /// Calls any callable by name from native code.
    pub fn call_function(&mut self, name: &[u8], args: Vec<Value>) -> Result<Value, Unwind> {
        let bare = name.strip_prefix(b"\\").unwrap_or(name);
        match self.functions.get(&bare.to_ascii_lowercase()).cloned() {
            Some(Function::User(code)) => self.call_user(code, None, None, args),
            Some(Function::Native(f)) => (f.run)(self, &args),
            None => {
                let msg = format!(
                    "Call to undefined function {}()",
                    String::from_utf8_lossy(name)
                );
                Err(self.throw_error("Error", &msg))
            }
        }
    }

    /// Calls a PHP callable from native code (callbacks of `array_map`,
    /// `usort` and the like): a function name, `"Class::method"`,
    /// `[$object, "method"]` or `["Class", "method"]`. `what` names the
    /// callable in the TypeError php raises for an invalid one, such as
    /// `array_map(): Argument #1 ($callback)`.
    pub fn call_value(
        &mut self,
        callable: &Value,
        args: Vec<Value>,
        what: &str,
    ) -> Result<Value, Unwind> {
        match self.resolve_callable(callable) {
            Ok(Callee::Function(name)) => self.call_function(&name, args),
            Ok(Callee::Closure(data)) => self.call_closure(data, args),
            Ok(Callee::Magic(class, this, m, name)) => {
                let mut list = PhpArray::new();
                for a in args {
                    list.push(a);
                }
                let args = vec![Value::Str(name), Value::array(list)];
                self.call_method_body(class, this, &m, args)
            }
            Ok(Callee::Method(class, this, m)) => self.call_method_body(class, this, &m, args),
            Err(why) => {
                let msg = format!("{what} must be a valid callback, {why}");
                Err(self.throw_error("TypeError", &msg))
            }
        }
    }

    pub(crate) fn call_method_body(
        &mut self,
        class: ClassRef,
        this: Option<ObjRef>,
        m: &crate::runtime::object::Method,
        args: Vec<Value>,
    ) -> Result<Value, Unwind> {
        match &m.body {
            MethodBody::User(code) => {
                let code = code.clone();
                self.call_user(code, this, Some(class), args)
            }
            MethodBody::Native(f) => {
                let f = f.clone();
                f(self, this.as_ref(), &args)
            }
        }
    }

    /// Whether parameter `n` of what a callable names is by reference.
    pub fn callable_param_by_ref(&self, v: &Value, n: usize) -> bool {
        let code = match self.resolve_callable(v) {
            Ok(Callee::Function(name)) => match self.functions.get(&name.to_ascii_lowercase()) {
                Some(Function::User(code)) => Some(code.clone()),
                _ => None,
            },
            Ok(Callee::Closure(data)) => Some(data.code.clone()),
            Ok(Callee::Method(_, _, m)) => match &m.body {
                MethodBody::User(code) => Some(code.clone()),
                MethodBody::Native(_) => None,
            },
            _ => None,
        };
        code.and_then(|c| c.params.get(n).map(|p| p.by_ref))
            .unwrap_or(false)
    }

    /// Whether a value is callable (php's `is_callable`, without names).
    pub fn is_callable(&self, v: &Value) -> bool {
        self.resolve_callable(v).is_ok()
    }

    /// Why a value is not callable, in php's words (`function "f" not found
    /// or invalid function name`), or None when it is callable. For natives
    /// that check a callback parameter up front, as php's zpp does.
    pub fn callable_error(&self, v: &Value) -> Option<String> {
        self.resolve_callable(v).err()
    }

    /// What a callable value names, or php's reason why it is not one.
    fn resolve_callable(&self, v: &Value) -> Result<Callee, String> {
        match v.deref() {
            Value::Str(s) => {
                let bytes = s.as_bytes();
                if let Some(pos) = bytes.windows(2).position(|w| w == b"::") {
                    let (class, method) = (&bytes[..pos], &bytes[pos + 2..]);
                    return self.resolve_method(Value::Str(PhpStr::from(class)), method);
                }
                let bare = bytes.strip_prefix(b"\\").unwrap_or(bytes);
                if self.functions.contains_key(&bare.to_ascii_lowercase()) {
                    Ok(Callee::Function(bare.to_vec()))
                } else {
                    Err(format!(
                        "function \"{}\" not found or invalid function name",
                        s.to_lossy()
                    ))
                }
            }
            Value::Array(a) if a.len() == 2 => {
                let target = a.get(&Key::Int(0)).map(Value::deref);
                let method = a.get(&Key::Int(1)).map(Value::deref);
                match (target, method) {
                    (Some(t), Some(Value::Str(m))) => self.resolve_method(t, m.as_bytes()),
                    _ => Err("array callback must have exactly two members".into()),
                }
            }
            Value::Array(_) => Err("array callback must have exactly two members".into()),
            Value::Object(o) => match crate::closure::closure_data(&o) {
                Some(data) => match &data.forward {
                    Some(target) => self.resolve_callable(target),
                    None => Ok(Callee::Closure(data)),
                },
                None => match o.class.find_method(b"__invoke") {
                    Some(m) => Ok(Callee::Method(o.class.clone(), Some(o.clone()), m)),
                    None => Err("no array or string given".into()),
                },
            },
            _ => Err("no array or string given".into()),
        }
    }

    fn resolve_method(&self, target: Value, method: &[u8]) -> Result<Callee, String> {
        let (class, this) = match target {
            Value::Object(o) => (o.class.clone(), Some(o)),
            Value::Str(name) => match self.class(name.as_bytes()) {
                Some(c) => (c, None),
                None => return Err(format!("class \"{}\" not found", name.to_lossy())),
            },
            _ => return Err("first array member is not a valid class name or object".into()),
        };
        let magic = if this.is_some() {
            &b"__call"[..]
        } else {
            b"__callstatic"
        };
        match class.find_method(&method.to_ascii_lowercase()) {
            Some(m) => Ok(Callee::Method(class, this, m)),
            None => match class.find_method(magic) {
                Some(m) => Ok(Callee::Magic(class, this, m, PhpStr::from(method))),
                None => Err(format!(
                    "class {} does not have a method \"{}\"",
                    class.name.shown(),
                    String::from_utf8_lossy(method)
                )),
            },
        }
    }

    /// The reference cell of global variable `name` (`global $x`).
    pub(crate) fn global_ref(&mut self, name: &[u8]) -> crate::runtime::value::RefCell {
        let scope = self.global_scope();
        if scope.owner.is_none() {
            // After the main script returned its variables are still the
            // globals (destructors at shutdown may use them).
            let kept = self
                .main_code
                .clone()
                .filter(|c| self.slots.len() >= self.main_base + c.num_cvs() as usize);
            if let Some(code) = kept {
                if let Some(i) = code.cv_names.iter().position(|n| n.as_bytes() == name) {
                    return crate::handlers::make_ref(&mut self.slots[self.main_base + i]);
                }
            }
        }
        self.var_ref(scope, name)
    }

    /// Everything left on standard input.
    pub(crate) fn read_stdin(&mut self) -> Vec<u8> {
        if self.stdin_from_process {
            let mut buf = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf);
            return buf;
        }
        std::mem::take(&mut self.stdin)
    }

    // ---- Frames --------------------------------------------------------

    /// Pushes a user frame for `call` (Zend's i_init_func_execute_data):
    /// moves arguments into parameter slots, sizes the frame.
    pub(crate) fn push_user_frame(
        &mut self,
        call: PendingCall,
        ret_slot: u32,
        boundary: bool,
    ) -> Result<(), Unwind> {
        let CallTarget::User(code) = call.target else {
            unreachable!("push_user_frame takes user calls");
        };
        if self.frames.len() >= self.max_depth {
            let msg = format!(
                "Maximum function nesting level of '{}' reached, aborting!",
                self.max_depth
            );
            self.fatal(&msg);
            return Err(Unwind);
        }
        let nparams = code.params.len() as u32;
        let mut extra_args = Vec::new();
        if call.nargs > nparams {
            let start = call.base + nparams as usize;
            extra_args = self
                .slots
                .drain(start..start + (call.nargs - nparams) as usize)
                .collect();
        }
        let size = call.base + code.num_slots as usize;
        if self.slots.len() < size {
            self.slots.resize(size, Value::Undef);
        } else {
            self.slots.truncate(size);
        }
        self.frames.push(Frame {
            code: Some(code.clone()),
            native_name: None,
            ip: 0,
            base: call.base,
            ret_slot,
            this: call.this,
            class: call.class,
            num_args: call.nargs,
            extra_args,
            native_args: None,
            boundary,
            ctor: call.ctor,
            generator: None,
            included: false,
            vars: None,
        });
        self.code = code;
        self.base = call.base;
        if let Some(data) = &call.closure {
            crate::closure::bind_captures(self, call.base, data);
        }
        if !self.observers_begin.is_empty() {
            let name = self.code.display_name();
            for o in self.observers_begin.clone() {
                o(self, &name);
            }
        }
        Ok(())
    }

    /// Where the slots end once `frame` is gone: at its base, except for the
    /// main script, whose variables are the globals and live on until
    /// shutdown (only its temporaries go).
    #[inline]
    pub(crate) fn kept_slots(&self, frame: &Frame) -> usize {
        if frame.boundary {
            if let (Some(code), Some(main)) = (&frame.code, &self.main_code) {
                if Rc::ptr_eq(code, main) && frame.base == self.main_base {
                    return frame.base + code.num_cvs() as usize;
                }
            }
        }
        frame.base
    }

    /// Reloads the cached hot state from the top user frame.
    #[inline]
    pub(crate) fn reload(&mut self) -> u32 {
        let f = self.frames.last().expect("reload needs a frame");
        if let Some(code) = &f.code {
            if !Rc::ptr_eq(code, &self.code) {
                self.code = code.clone();
            }
        }
        self.base = f.base;
        f.ip
    }

    /// Zend's SAVE_OPLINE: records the current op in the frame, for error
    /// lines, backtraces, observers and interrupt functions.
    #[inline(always)]
    pub(crate) fn save_ip(&mut self, ip: u32) {
        if let Some(f) = self.frames.last_mut() {
            f.ip = ip;
        }
    }

    /// The line of the op the top user frame is at.
    pub fn current_line(&self) -> u32 {
        for f in self.frames.iter().rev() {
            if let Some(code) = &f.code {
                return code
                    .ops
                    .get(f.ip as usize)
                    .map(|o| o.line)
                    .unwrap_or(code.line_start);
            }
        }
        0
    }

    pub fn current_file(&self) -> Rc<str> {
        for f in self.frames.iter().rev() {
            if let Some(code) = &f.code {
                return code.file.clone();
            }
        }
        self.script_path.clone()
    }

    /// Names of the frames from the top, for hosts and tests (`{main}` for the script).
    pub fn frame_names(&self) -> Vec<String> {
        self.frames
            .iter()
            .rev()
            .map(|f| match (&f.code, &f.native_name) {
                (Some(c), _) => c.display_name(),
                (None, Some(n)) => n.to_string(),
                (None, None) => "?".into(),
            })
            .collect()
    }

    // ---- Objects -------------------------------------------------------

    /// Creates an object with its declared property defaults.
    pub fn instantiate(&mut self, class: &ClassRef) -> ObjRef {
        let id = self.objects.allocate_id();
        let mut props = PhpArray::new();
        for p in &class.props {
            props.set(Key::Str(p.name.clone()), p.default.clone());
        }
        let obj = Rc::new(Object {
            id,
            class: class.clone(),
            props: RefCell::new(props),
            internal: RefCell::new(None),
            destructed: std::cell::Cell::new(false),
            store: self.objects.clone(),
        });
        if class.has_destructor() {
            self.objects.register(&obj);
        }
        obj
    }

    /// Creates an exception object of a built-in class, filled in as php
    /// does at construction (file, line, trace).
    pub fn create_exception(&mut self, class: &str, message: &str) -> ObjRef {
        let class = self
            .class(class.as_bytes())
            .expect("built-in exception classes exist");
        let obj = self.instantiate(&class);
        obj.set_prop(b"message", Value::str(message));
        self.fill_exception(&obj);
        obj
    }

    /// Sets file, line and trace of a new throwable from the current frames.
    pub(crate) fn fill_exception(&mut self, obj: &ObjRef) {
        obj.set_prop(b"file", Value::Str(PhpStr::from(&*self.current_file())));
        obj.set_prop(b"line", Value::Int(self.current_line() as i64));
        let trace = crate::class::backtrace(self, 0);
        obj.set_prop(b"trace", trace);
    }

    /// Throws a new exception of a built-in class; returns the `Unwind` the
    /// caller propagates.
    pub fn throw_error(&mut self, class: &str, message: &str) -> Unwind {
        let ex = self.create_exception(class, message);
        self.throw(ex)
    }

    pub fn throw(&mut self, ex: ObjRef) -> Unwind {
        self.exception = Some(ex);
        Unwind
    }

    pub fn has_exception(&self) -> bool {
        self.exception.is_some()
    }

    /// Takes the pending exception (a host catching it).
    pub fn take_exception(&mut self) -> Option<ObjRef> {
        self.exception.take()
    }

    // ---- Errors and output ----------------------------------------------

    /// The `error_reporting` level in effect (`@` keeps only fatal levels).
    pub(crate) fn error_reporting(&self) -> i64 {
        let level = match self.ini_get("error_reporting") {
            Some(s) if !s.trim().is_empty() => s.trim().parse().unwrap_or(E_ALL),
            _ => E_ALL,
        };
        if self.silence > 0 {
            level & E_FATAL_ERRORS
        } else {
            level
        }
    }

    /// Reports a warning/notice/deprecation at the current line, honouring
    /// `error_reporting`, `@`, `display_errors` and `log_errors`.
    pub fn report(&mut self, level: i64, msg: &str) {
        if self.call_error_handler(level, msg) {
            return;
        }
        if level == E_USER_ERROR {
            // Fatal: reported (if reported at all), then the script ends.
            let (file, line) = (self.current_file(), self.current_line());
            if self.error_reporting() & level != 0 {
                self.emit_error("Fatal error", msg, &file, line);
            }
            self.halted = true;
            self.exit_status = 255;
            return;
        }
        if self.error_reporting() & level == 0 {
            return;
        }
        let label = match level {
            E_WARNING | E_USER_WARNING => "Warning",
            E_NOTICE | E_USER_NOTICE => "Notice",
            E_DEPRECATED | E_USER_DEPRECATED => "Deprecated",
            _ => "Fatal error",
        };
        let (file, line) = (self.current_file(), self.current_line());
        self.emit_error(label, msg, &file, line);
    }

    /// Passes an error to the handler of `set_error_handler`, as php does
    /// whatever `error_reporting` and `@` say; true if it took the error
    /// (it did not return false), or threw.
    fn call_error_handler(&mut self, level: i64, msg: &str) -> bool {
        let Some((handler, levels)) = self.error_handlers.last().cloned() else {
            return false;
        };
        if matches!(handler, Value::Null)
            || levels & level == 0
            || self.in_error_handler
            || self.exception.is_some()
            || self.halted
        {
            return false;
        }
        let (file, line) = (self.current_file(), self.current_line());
        let args = vec![
            Value::Int(level),
            Value::str(msg),
            Value::str(&*file),
            Value::Int(line as i64),
        ];
        self.in_error_handler = true;
        let result = self.call_value(&handler, args, "error handler");
        self.in_error_handler = false;
        // Back to the op that raised the error.
        if !self.frames.is_empty() {
            self.reload();
        }
        !matches!(result, Ok(Value::Bool(false)))
    }

    /// Writes an error in php's CLI formats: the display form on stdout
    /// ("\nWarning: msg in F on line N\n") and the log form on stderr.
    pub(crate) fn emit_error(&mut self, label: &str, msg: &str, file: &str, line: u32) {
        let display = self
            .ini_get("display_errors")
            .unwrap_or("1")
            .to_ascii_lowercase();
        if self.ini_bool("log_errors") {
            let _ = writeln!(self.err, "PHP {label}:  {msg} in {file} on line {line}");
        }
        let text = format!("\n{label}: {msg} in {file} on line {line}\n");
        match display.as_str() {
            "stderr" => {
                let _ = self.err.write_all(text.as_bytes());
            }
            "0" | "off" | "no" | "false" | "" => {}
            _ => self.out.write(text.as_bytes()),
        }
    }

    /// A fatal error: reported, then every executor returns (zend_bailout).
    pub fn fatal(&mut self, msg: &str) -> Unwind {
        let (file, line) = (self.current_file(), self.current_line());
        if self.error_reporting() & E_ERROR != 0 {
            self.emit_error("Fatal error", msg, &file, line);
        }
        self.halted = true;
        self.exit_status = 255;
        self.exception = None;
        Unwind
    }

    /// php's `max_execution_time` error.
    pub(crate) fn timeout(&mut self) {
        self.interrupt.clear_timeout();
        let secs = self.ini_int("max_execution_time").max(1);
        let secs = match self.time_limit {
            Some(d) if self.ini_int("max_execution_time") <= 0 => d.as_secs().max(1) as i64,
            _ => secs,
        };
        let msg = format!(
            "Maximum execution time of {} second{} exceeded",
            secs,
            if secs == 1 { "" } else { "s" }
        );
        self.fatal(&msg);
    }

    /// Reports the pending exception as uncaught, bypassing any exception
    /// handler (php does so for one thrown where no frame is left, such as
    /// a destructor called at shutdown).
    pub(crate) fn report_uncaught_exception(&mut self) {
        if let Some(ex) = self.exception.take() {
            self.report_uncaught(&ex);
        }
    }

    fn report_uncaught(&mut self, ex: &ObjRef) {
        if ex.class.name.as_bytes() == b"ParseError" {
            // php shows an uncaught ParseError (from an included file) as
            // the parse error it stands for.
            let prop = |k: &[u8]| ex.prop(k).unwrap_or(Value::Null);
            let msg = String::from_utf8_lossy(&prop(b"message").to_bytes_scalar(None)).into_owned();
            let file = String::from_utf8_lossy(&prop(b"file").to_bytes_scalar(None)).into_owned();
            let line = prop(b"line").to_int() as u32;
            self.emit_error("Parse error", &msg, &file, line);
            self.halted = true;
            self.exit_status = 255;
            return;
        }
        let text = crate::class::throwable_to_string(self, ex);
        let file = ex
            .prop(b"file")
            .map(|v| v.to_bytes_scalar(None))
            .unwrap_or_default();
        let line = ex.prop(b"line").map(|v| v.to_int()).unwrap_or(0);
        let msg = format!("Uncaught {}\n  thrown", String::from_utf8_lossy(&text));
        self.emit_error(
            "Fatal error",
            &msg,
            &String::from_utf8_lossy(&file),
            line as u32,
        );
        self.halted = true;
        self.exit_status = 255;
    }

    /// Converts a value to a string as `echo` does (warnings, `__toString`).
    pub fn to_php_string(&mut self, v: &Value) -> Result<PhpStr, Unwind> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Array(_) => {
                self.report(E_WARNING, "Array to string conversion");
                Ok(PhpStr::from("Array"))
            }
            Value::Object(o) => crate::class::object_to_string(self, o),
            Value::Float(_) => Ok(PhpStr::new(v.to_bytes_scalar(Some(self.precision())))),
            _ => Ok(PhpStr::new(v.to_bytes_scalar(None))),
        }
    }

    /// The `precision` INI setting (None for -1).
    pub fn precision(&self) -> usize {
        match self.ini_int("precision") {
            p if p <= 0 => 17,
            p => p as usize,
        }
    }

    /// Loose comparison with objects' compare handlers (which may raise the
    /// interrupt flag, as `VmInterruptComparable`'s does).
    pub fn compare(&mut self, a: &Value, b: &Value) -> Result<i32, Unwind> {
        self.compare_nested(a, b, &mut Vec::new())
    }

    /// `open` holds the objects whose properties are being compared around
    /// this pair: meeting one again is php's recursion error, and so is a
    /// nesting deeper than the native stack can follow (php would crash).
    pub(crate) fn compare_nested(
        &mut self,
        a: &Value,
        b: &Value,
        open: &mut Vec<u32>,
    ) -> Result<i32, Unwind> {
        /// Arrays and objects nested deeper than this are not compared.
        const NESTING_LIMIT: usize = 2_000;
        match (a, b) {
            (Value::Array(x), Value::Array(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(0);
                }
                if x.len() != y.len() {
                    return Ok(if x.len() < y.len() { -1 } else { 1 });
                }
                if open.len() >= NESTING_LIMIT {
                    return Err(self.fatal("Nesting level too deep - recursive dependency?"));
                }
                // A placeholder id: arrays cannot contain themselves, but
                // they count towards the nesting.
                open.push(0);
                let mut result = Ok(0);
                for (k, v) in x.iter() {
                    let Some(w) = y.get(&k) else {
                        result = Ok(1);
                        break;
                    };
                    match self.compare_nested(v, w, open) {
                        Ok(0) => {}
                        other => {
                            result = other;
                            break;
                        }
                    }
                }
                open.pop();
                result
            }
            (Value::Object(_), _) | (_, Value::Object(_)) => {
                let handler = [a, b].iter().find_map(|v| match v {
                    Value::Object(o) => o.class.compare_handler(),
                    _ => None,
                });
                if let Some(h) = handler {
                    return h(self, a, b);
                }
                crate::class::compare_objects(self, a, b, open)
            }
            _ => Ok(
                crate::runtime::value::compare_scalar(a, b, Some(self.precision())).unwrap_or(0),
            ),
        }
    }
}
