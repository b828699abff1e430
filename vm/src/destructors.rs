//! Running `__destruct`. php calls a destructor the moment an object's last
//! reference goes away, often deep inside an op; an `Rc` drop cannot run
//! user code, so the object's `Drop` queues it in the object store (see
//! `runtime::object`) and the VM calls the queued destructors at its next
//! safe point: right after the op that released it (`dispatch::finish`), as
//! frames are unwound by an exception, when an executor returns to native
//! code, and at shutdown.

use crate::ast::Visibility;
use crate::runtime::object::{Method, ObjRef};
use crate::runtime::value::Value;
use crate::vm::Vm;

/// Calls the destructors of the queued objects, in the order they were
/// released. Objects that a destructor (or freeing its object) releases run
/// before the rest of the queue, as php's nested calls would.
#[cold]
#[inline(never)]
pub(crate) fn run_pending(vm: &mut Vm) {
    let mut work: Vec<ObjRef> = Vec::new();
    loop {
        let fresh = vm.objects.take_pending();
        work.extend(fresh.into_iter().rev());
        let Some(obj) = work.pop() else { break };
        if vm.halted {
            // A fatal error or `exit` inside a destructor: no more user code.
            continue;
        }
        call_destructor(vm, &obj);
        // Freeing the object may queue the objects it held.
        drop(obj);
    }
}

/// Calls an object's destructor. An exception already in flight (frames
/// being unwound) is set aside while it runs, and becomes the previous
/// exception of one the destructor throws, as php's
/// zend_objects_destroy_object does.
pub(crate) fn call_destructor(vm: &mut Vm, obj: &ObjRef) {
    if !obj.class.has_destructor() {
        return;
    }
    obj.destructed.set(true);
    let pending = vm.exception.take();
    if let Some(dtor) = obj.class.handlers.dtor {
        dtor(vm, obj);
    } else if let Some(method) = obj.class.destructor.clone() {
        if method.visibility == Visibility::Public || may_call(vm, obj, &method) {
            let class = obj.class.clone();
            // The outcome is in the VM's state: a thrown exception stays pending.
            let _ = vm.call_method_body(class, Some(obj.clone()), &method, Vec::new());
        }
    }
    if let Some(old) = pending {
        match vm.exception.clone() {
            Some(new) if !vm.halted => set_innermost_previous(&new, old),
            Some(_) => {}
            None => vm.exception = Some(old),
        }
    }
}

/// Whether the code running may call a private or protected destructor.
/// If not, php throws an Error where code runs, and only warns at shutdown.
fn may_call(vm: &mut Vm, obj: &ObjRef, method: &Method) -> bool {
    let scope = vm
        .frames
        .iter()
        .rev()
        .find_map(|f| f.code.as_ref())
        .map(|c| c.class.clone());
    let which = if method.visibility == Visibility::Private {
        "private"
    } else {
        "protected"
    };
    let class = obj.class.name.shown();
    let Some(scope) = scope else {
        if vm.error_reporting() & crate::vm::E_WARNING != 0 {
            let msg = format!(
                "Call to {which} {class}::__destruct() from global scope during shutdown ignored"
            );
            vm.emit_error("Warning", &msg, "Unknown", 0);
        }
        return false;
    };
    let allowed = match (&scope, method.visibility) {
        (Some(s), Visibility::Private) => s.as_bytes().eq_ignore_ascii_case(class.as_bytes()),
        (Some(s), _) => {
            let root = method.class.as_bytes().to_ascii_lowercase();
            let s_lc = s.as_bytes().to_ascii_lowercase();
            let scope_class = vm.class(&s_lc);
            scope_class.is_some_and(|c| c.is_subclass_of(&root))
                || vm.class(&root).is_some_and(|c| c.is_subclass_of(&s_lc))
        }
        (None, _) => false,
    };
    if !allowed {
        let from = match &scope {
            Some(s) => format!("scope {}", s.to_lossy()),
            None => "global scope".to_string(),
        };
        let msg = format!("Call to {which} {class}::__destruct() from {from}");
        vm.throw_error("Error", &msg);
    }
    allowed
}

/// php's zend_exception_set_previous: `previous` goes at the end of the
/// chain of `ex`'s previous exceptions (unless it is already in it).
pub(crate) fn set_innermost_previous(ex: &ObjRef, previous: ObjRef) {
    let mut cur = ex.clone();
    loop {
        if std::rc::Rc::ptr_eq(&cur, &previous) {
            return;
        }
        match cur.prop(b"previous") {
            Some(Value::Object(p)) => cur = p,
            _ => break,
        }
    }
    cur.set_prop(b"previous", Value::Object(previous));
}

/// php's shutdown_destructors, after the script (and `exit`) ended without
/// a fatal error: the frames `exit` left are unwound (their variables
/// destroyed), then the globals the script alone holds an object in are
/// destroyed, last declared first, for as long as that frees any, then
/// every object still alive gets its destructor called, in id order. An
/// exception a destructor throws is reported as uncaught and ends the
/// shutdown, as does `exit` in a destructor; objects freed afterwards get
/// no destructor call.
pub(crate) fn shutdown(vm: &mut Vm) {
    let halted = std::mem::replace(&mut vm.halted, false);
    unwind_frames(vm);
    if vm.objects.has_pending() {
        run_pending(vm);
    }
    if !stopped(vm) {
        destroy_globals(vm);
    }
    if !stopped(vm) {
        for obj in vm.objects.undestructed() {
            if obj.destructed.get() {
                continue;
            }
            call_destructor(vm, &obj);
            drop(obj);
            if vm.objects.has_pending() {
                run_pending(vm);
            }
            if stopped(vm) {
                break;
            }
        }
    }
    vm.objects.close();
    vm.halted |= halted;
}

/// An exception or `exit` ends the shutdown pass (php bails out of it).
fn stopped(vm: &mut Vm) -> bool {
    if vm.exception.is_some() && !vm.halted {
        vm.report_uncaught_exception();
    }
    vm.halted
}

/// Pops the frames `exit` (or a fatal error) left on the stack, innermost
/// first, destroying each one's variables; the main script's variables are
/// kept: they are the globals.
fn unwind_frames(vm: &mut Vm) {
    vm.calls.clear();
    while let Some(frame) = vm.frames.pop() {
        let keep = vm.kept_slots(&frame);
        vm.slots.truncate(keep);
        drop(frame);
        if vm.objects.has_pending() {
            run_pending(vm);
        }
    }
}

/// php walks the global symbol table backwards, destroying each object
/// that nothing but its global variable holds, and walks it again while a
/// walk freed something (a destructor may release what others held). The
/// main script's variables come first in that table, in the order it
/// names them; globals made at run time (`global $x` in a function) after.
fn destroy_globals(vm: &mut Vm) {
    let Some(main) = vm.main_code.clone() else {
        return;
    };
    let base = vm.main_base;
    let cvs = main.num_cvs() as usize;
    if vm.slots.len() < base + cvs {
        return;
    }
    loop {
        let mut freed = false;
        let names: Vec<crate::runtime::array::Key> = vm.globals.iter().map(|(k, _)| k).collect();
        for name in names {
            if let Some(v) = vm.globals.get_mut(&name) {
                if sole_object(v) {
                    let old = vm.globals.remove(&name);
                    freed = true;
                    drop(old);
                    if vm.objects.has_pending() {
                        run_pending(vm);
                    }
                    if stopped(vm) {
                        return;
                    }
                }
            }
        }
        for i in (0..cvs).rev() {
            if vm.slots.len() <= base + i {
                continue;
            }
            if sole_object(&vm.slots[base + i]) {
                let old = std::mem::replace(&mut vm.slots[base + i], Value::Undef);
                freed = true;
                drop(old);
                if vm.objects.has_pending() {
                    run_pending(vm);
                }
                if stopped(vm) {
                    return;
                }
            }
        }
        if !freed {
            break;
        }
    }
}

/// An object (not behind a reference) held by this value alone.
fn sole_object(v: &Value) -> bool {
    matches!(v, Value::Object(o) if std::rc::Rc::strong_count(o) == 1)
}
