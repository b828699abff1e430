//! The `zend_test` extension: deterministic VM interrupt injection.
//!
//! Registered under php-src's name so that cases written for php-src run
//! unchanged. It uses only the VM's public extension API. What it offers:
//!
//! - `VmInterruptComparable(int)`: its compare handler orders two instances
//!   by their ints and raises the interrupt flag every time it runs.
//! - INI `zend_test.observer.set_vm_interrupt_on_begin` (default 0): when 1,
//!   every user function call raises the flag as it begins (an observer
//!   begin hook), and the extension's interrupt function is installed.
//! - INI `zend_test.interrupt_action` (ours): what the interrupt function
//!   does. `count` (the default), `none`, `print` (writes the marker line of
//!   `zend_test.interrupt_marker`, default `interrupt`) or `throw` (throws an
//!   `Exception` with the message of `zend_test.interrupt_message`). Every
//!   action but `none` counts. Setting it installs the interrupt function
//!   even without `set_vm_interrupt_on_begin`.
//! - `zend_test_interrupt_count(): int`: how many interrupts the function
//!   serviced (a case that never interrupts proves nothing).
//! - `zend_test_raise_interrupt(): void`: raises the flag from inside an
//!   internal function (serviced with that function's frame on top).

use std::rc::Rc;
use vm::ext::{ClassDef, Extension, MethodDef, ObjectHandlers};
use vm::{PollSite, Unwind, Value, Vm};

/// The extension's name, as `--EXTENSIONS--` sections spell it.
pub const NAME: &str = "zend_test";

const INI_ON_BEGIN: &str = "zend_test.observer.set_vm_interrupt_on_begin";
const INI_ACTION: &str = "zend_test.interrupt_action";
const INI_MESSAGE: &str = "zend_test.interrupt_message";
const INI_MARKER: &str = "zend_test.interrupt_marker";

/// Per-VM state of the extension.
#[derive(Default)]
struct State {
    serviced: i64,
}

/// What the interrupt function does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    None,
    Count,
    Print,
    Throw,
}

fn action(vm: &Vm) -> Action {
    match vm.ini_get(INI_ACTION).unwrap_or("").trim() {
        "none" => Action::None,
        "print" => Action::Print,
        "throw" => Action::Throw,
        _ => Action::Count,
    }
}

/// The int a comparable wraps (other operands compare by their int value).
fn wrapped_int(v: &Value) -> i64 {
    match v {
        Value::Object(o) => o.prop(b"value").map(|v| v.to_int()).unwrap_or(0),
        v => v.to_int(),
    }
}

/// The compare handler: orders by the wrapped ints and raises the flag, so
/// the next poll site (for example the taken arm of the branch this
/// comparison decides) services an interrupt.
fn compare(vm: &mut Vm, a: &Value, b: &Value) -> Result<i32, Unwind> {
    vm.interrupt_handle().raise();
    Ok(wrapped_int(a).cmp(&wrapped_int(b)) as i32)
}

fn comparable_class() -> ClassDef {
    let construct = MethodDef {
        name: "__construct".into(),
        is_static: false,
        body: Rc::new(|vm, this, args| {
            let Some(this) = this else {
                return Ok(Value::Null);
            };
            match args.first() {
                Some(Value::Int(i)) => this.set_prop(b"value", Value::Int(*i)),
                Some(v) => {
                    let msg = format!(
                        "VmInterruptComparable::__construct(): Argument #1 ($value) must be of type int, {} given",
                        v.type_name()
                    );
                    return Err(vm.throw_error("TypeError", &msg));
                }
                None => {
                    return Err(vm.throw_error(
                        "ArgumentCountError",
                        "VmInterruptComparable::__construct() expects exactly 1 argument, 0 given",
                    ))
                }
            }
            Ok(Value::Null)
        }),
    };
    ClassDef {
        name: "VmInterruptComparable".into(),
        parent: None,
        methods: vec![construct],
        props: vec![("value".into(), Value::Int(0))],
        consts: Vec::new(),
        handlers: ObjectHandlers {
            compare: Some(compare),
            ..ObjectHandlers::default()
        },
    }
}

/// The extension's interrupt function.
fn on_interrupt(vm: &mut Vm, _site: PollSite) -> Result<(), Unwind> {
    let action = action(vm);
    if action == Action::None {
        return Ok(());
    }
    vm.ext_data::<State>().serviced += 1;
    match action {
        Action::Print => {
            let marker = vm.ini_get(INI_MARKER).unwrap_or("interrupt").to_string();
            vm.echo(marker.as_bytes());
            vm.echo(b"\n");
            Ok(())
        }
        Action::Throw => {
            let msg = vm.ini_get(INI_MESSAGE).unwrap_or("interrupt").to_string();
            Err(vm.throw_error("Exception", &msg))
        }
        _ => Ok(()),
    }
}

fn startup(vm: &mut Vm) {
    let on_begin = vm.ini_bool(INI_ON_BEGIN);
    let action_set = !vm.ini_get(INI_ACTION).unwrap_or("").trim().is_empty();
    if on_begin {
        vm.add_observer(
            Some(Rc::new(|vm: &mut Vm, _name: &str| {
                vm.interrupt_handle().raise()
            })),
            None,
        );
    }
    if on_begin || action_set {
        vm.add_interrupt_function(Rc::new(on_interrupt));
    }
}

/// The `zend_test` extension, ready for [`Vm::load_extension`].
pub fn extension() -> Extension {
    Extension::new(NAME)
        .ini(INI_ON_BEGIN, "0")
        .ini(INI_ACTION, "")
        .ini(INI_MESSAGE, "interrupt")
        .ini(INI_MARKER, "interrupt")
        .ini("zend_test.observer.enabled", "0")
        .ini("zend_test.observer.show_output", "1")
        .ini("zend_test.observer.observe_all", "0")
        .class(comparable_class())
        .function("zend_test_interrupt_count", |vm, _| {
            Ok(Value::Int(vm.ext_data::<State>().serviced))
        })
        .function("zend_test_raise_interrupt", |vm, _| {
            vm.interrupt_handle().raise();
            Ok(Value::Null)
        })
        .on_startup(startup)
}
