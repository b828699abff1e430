//! Closures: `function () use (...) {}` and `fn () => ...` values.
//!
//! A closure is an object of the built-in `Closure` class whose internal
//! state is a [`ClosureData`]: the compiled function, the values it
//! captured when it was created (references for `use (&$x)`), and the
//! `$this` and class scope it was created in. Calling it pushes a frame for
//! its op array and copies the captured values into its variable slots.

use crate::ext::{ClassDef, MethodDef, ObjectHandlers};
use crate::ops::OpArray;
use crate::runtime::object::{ClassRef, ObjRef};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub struct ClosureData {
    pub code: Rc<OpArray>,
    /// One value per `code.captures` entry, in order.
    pub bound: Vec<Value>,
    pub this: Option<ObjRef>,
    pub scope: Option<ClassRef>,
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
        methods: vec![MethodDef {
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
        }],
        props: Vec::new(),
        consts: Vec::new(),
        handlers: ObjectHandlers::default(),
    }
}
