//! Generators: functions whose body contains `yield`.
//!
//! Calling one runs its RECV ops, then GENERATOR_CREATE moves the frame's
//! variable slots into a [`GenState`] inside a `Generator` object and
//! returns that object. Resuming pushes the frame back (a boundary frame, as
//! for a callback from native code) and runs the executor until YIELD moves
//! the slots out again, or the function returns or throws. So a suspended
//! generator holds no frame, and each resumption is an ordinary executor
//! entry, where interrupts are polled as anywhere else.

use crate::ext::{ClassDef, MethodDef, ObjectHandlers};
use crate::ops::{OpArray, NO_SLOT};
use crate::runtime::array::PhpArray;
use crate::runtime::object::{ClassRef, ObjRef};
use crate::runtime::value::Value;
use crate::vm::{Frame, Unwind, Vm};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    /// Created; the body has not run yet.
    NotStarted,
    /// Stopped at a yield.
    Suspended,
    /// Its frame is on the stack.
    Running,
    /// Returned or threw.
    Finished,
}

/// What `yield from` takes its values from.
pub enum Delegate {
    /// An array, and the storage position to read next.
    Array(Rc<PhpArray>, usize),
    /// Another generator.
    Generator(ObjRef),
    /// Any other Iterator, driven through its methods.
    Iterator(ObjRef),
}

pub struct GenState {
    pub code: Rc<OpArray>,
    pub slots: Vec<Value>,
    /// Where the body goes on when resumed.
    pub ip: u32,
    pub this: Option<ObjRef>,
    pub class: Option<ClassRef>,
    pub num_args: u32,
    pub extra_args: Vec<Value>,
    pub status: Status,
    pub key: Value,
    pub value: Value,
    /// The slot that receives the value sent in (the suspending yield's result).
    pub sent_slot: u32,
    /// The last integer key given by `yield` without a key.
    pub auto_key: i64,
    /// Undef until it returns (it stays Undef when an exception ended it).
    pub retval: Value,
    pub delegate: Option<Delegate>,
    /// Resumed past its first yield (it can no longer be rewound).
    pub advanced: bool,
    /// The body's variables made by name (`$$n`), kept while suspended.
    pub vars: Option<Box<crate::runtime::array::PhpArray>>,
    /// An exception `throw()` passes on to the generator this one
    /// delegates to, when its `yield from` runs again.
    pub throw_in: Option<ObjRef>,
}

pub type GenRef = Rc<RefCell<GenState>>;

/// The generator state of an object, if it is a generator.
pub fn gen_state(obj: &ObjRef) -> Option<GenRef> {
    obj.internal
        .borrow()
        .as_ref()
        .and_then(|b| b.downcast_ref::<GenRef>())
        .cloned()
}

/// GENERATOR_CREATE: turns the current frame into a suspended generator
/// and gives the object to return.
pub fn create(vm: &mut Vm, resume_ip: u32) -> Value {
    let frame = vm.frames.last_mut().expect("a generator function's frame");
    let code = frame.code.clone().expect("a user frame");
    let state = GenState {
        slots: vm.slots[frame.base..].to_vec(),
        ip: resume_ip,
        this: frame.this.clone(),
        class: frame.class.clone(),
        num_args: frame.num_args,
        extra_args: std::mem::take(&mut frame.extra_args),
        code,
        status: Status::NotStarted,
        key: Value::Null,
        value: Value::Null,
        sent_slot: NO_SLOT,
        auto_key: -1,
        retval: Value::Undef,
        delegate: None,
        advanced: false,
        vars: None,
        throw_in: None,
    };
    let class = vm
        .class(b"Generator")
        .expect("the Generator class is built in");
    let obj = vm.instantiate(&class);
    *obj.internal.borrow_mut() = Some(Box::new(Rc::new(RefCell::new(state))));
    Value::Object(obj)
}

/// Runs the generator until its next yield, return or exception, sending
/// `sent` as the value of the yield it is suspended at.
pub fn resume(vm: &mut Vm, gen: &GenRef, sent: Value) -> Result<(), Unwind> {
    resume_with(vm, gen, sent, None)
}

/// [`resume`], or with `thrown`, resumes it by throwing that exception at
/// the yield it is suspended at (`Generator::throw`).
fn resume_with(
    vm: &mut Vm,
    gen: &GenRef,
    sent: Value,
    thrown: Option<ObjRef>,
) -> Result<(), Unwind> {
    let (code, slots, ip) = {
        let mut g = gen.borrow_mut();
        match g.status {
            Status::Finished => return Ok(()),
            Status::Running => {
                drop(g);
                return Err(vm.throw_error("Error", "Cannot resume an already running generator"));
            }
            Status::Suspended => g.advanced = true,
            Status::NotStarted => {}
        }
        g.status = Status::Running;
        let mut slots = std::mem::take(&mut g.slots);
        if g.sent_slot != NO_SLOT {
            slots[g.sent_slot as usize] = sent;
            g.sent_slot = NO_SLOT;
        }
        (g.code.clone(), slots, g.ip)
    };
    // Where an exception thrown in is raised: a plain yield resumes after
    // itself, a `yield from` at itself (it runs again per value).
    let at = match code.ops.get(ip as usize).map(|o| o.opcode) {
        Some(crate::ops::Opcode::YieldFrom) => ip,
        _ => ip.saturating_sub(1),
    };
    let base = vm.slots.len();
    vm.slots.extend(slots);
    let mut g = gen.borrow_mut();
    vm.frames.push(Frame {
        code: Some(code),
        native_name: None,
        ip,
        base,
        ret_slot: NO_SLOT,
        this: g.this.clone(),
        class: g.class.clone(),
        num_args: g.num_args,
        extra_args: g.extra_args.clone(),
        native_args: None,
        boundary: true,
        ctor: None,
        generator: Some(gen.clone()),
        included: false,
        vars: g.vars.take(),
    });
    drop(g);
    let depth = vm.frames.len();
    vm.native_reentries += 1;
    if let Some(ex) = thrown {
        vm.frames.last_mut().expect("the generator's frame").ip = at;
        vm.reload();
        vm.throw(ex);
        crate::dispatch::handle_exception(vm);
    }
    if vm.frames.len() >= depth {
        crate::dispatch::execute(vm, depth);
    }
    vm.native_reentries -= 1;
    vm.native_return = Value::Null;
    if vm.frames.len() >= depth {
        // Halted inside (a fatal error or exit): leave the frame for the bailout.
        return Err(Unwind);
    }
    // Back to the frame that resumed the generator.
    if !vm.frames.is_empty() {
        vm.reload();
    }
    let mut g = gen.borrow_mut();
    if g.status == Status::Running {
        // Left by an exception: the generator is done.
        g.status = Status::Finished;
        g.value = Value::Null;
        g.key = Value::Null;
    }
    drop(g);
    if vm.halted || vm.exception.is_some() {
        return Err(Unwind);
    }
    Ok(())
}

/// YIELD: records the value and key and suspends the frame; `resume_ip` is
/// where it goes on, `sent_slot` receives the value sent in.
pub fn suspend(
    vm: &mut Vm,
    gen: &GenRef,
    key: Option<Value>,
    value: Value,
    resume_ip: u32,
    sent_slot: u32,
) {
    let frame = vm.frames.pop().expect("the generator's frame");
    let slots = vm.slots.split_off(frame.base);
    let mut g = gen.borrow_mut();
    let key = match key {
        Some(k) => {
            if let Value::Int(i) = k {
                g.auto_key = g.auto_key.max(i);
            }
            k
        }
        None => {
            g.auto_key += 1;
            Value::Int(g.auto_key)
        }
    };
    g.key = key;
    g.value = value;
    g.slots = slots;
    g.vars = frame.vars;
    g.ip = resume_ip;
    g.sent_slot = sent_slot;
    g.status = Status::Suspended;
}

/// A generator's `return`: it is finished, with its return value.
pub fn finish(gen: &GenRef, retval: Value) {
    let mut g = gen.borrow_mut();
    g.status = Status::Finished;
    g.retval = retval;
    g.value = Value::Null;
    g.key = Value::Null;
    g.slots.clear();
    g.delegate = None;
}

/// Runs a generator that has not started up to its first yield.
pub fn ensure_started(vm: &mut Vm, gen: &GenRef) -> Result<(), Unwind> {
    if gen.borrow().status == Status::NotStarted {
        resume(vm, gen, Value::Null)?;
    }
    Ok(())
}

/// `$gen->next()`: starts the generator, or resumes it with null.
pub fn advance(vm: &mut Vm, gen: &GenRef) -> Result<(), Unwind> {
    if gen.borrow().status == Status::NotStarted {
        resume(vm, gen, Value::Null)?;
    }
    resume(vm, gen, Value::Null)
}

pub fn valid(gen: &GenRef) -> bool {
    gen.borrow().status != Status::Finished
}

/// `yield from`: the next value of the delegate, or None when it is done
/// (with the value the `yield from` expression gives).
pub fn delegate_next(
    vm: &mut Vm,
    gen: &GenRef,
    first: bool,
    sent: Value,
) -> Result<Result<(Value, Value), Value>, Unwind> {
    let delegate = gen.borrow_mut().delegate.take();
    match delegate {
        None => Ok(Err(Value::Null)),
        Some(Delegate::Array(a, pos)) => match a.entry_at(pos) {
            // `pos` is the storage position to read next.
            Some((k, v, next)) => {
                let kv = (k.to_value(), v.deref());
                gen.borrow_mut().delegate = Some(Delegate::Array(a.clone(), next));
                Ok(Ok(kv))
            }
            None => Ok(Err(Value::Null)),
        },
        Some(Delegate::Generator(inner)) => {
            let state = gen_state(&inner).expect("a generator delegate");
            let thrown = gen.borrow_mut().throw_in.take();
            if let Some(ex) = thrown {
                throw_into(vm, &state, ex)?;
            } else if first {
                ensure_started(vm, &state)?;
            } else {
                resume(vm, &state, sent)?;
            }
            let s = state.borrow();
            if s.status == Status::Finished {
                return Ok(Err(s.retval.clone().deref_undef()));
            }
            let kv = (s.key.clone(), s.value.clone());
            drop(s);
            gen.borrow_mut().delegate = Some(Delegate::Generator(inner));
            Ok(Ok(kv))
        }
        Some(Delegate::Iterator(it)) => {
            use crate::class::call_method;
            let step: &[u8] = if first { b"rewind" } else { b"next" };
            call_method(vm, &it, step, Vec::new())?;
            if !call_method(vm, &it, b"valid", Vec::new())?.to_bool() {
                // `yield from` an Iterator gives null.
                return Ok(Err(Value::Null));
            }
            let value = call_method(vm, &it, b"current", Vec::new())?;
            let key = call_method(vm, &it, b"key", Vec::new())?;
            gen.borrow_mut().delegate = Some(Delegate::Iterator(it));
            Ok(Ok((key, value)))
        }
    }
}

fn this_gen(vm: &mut Vm, this: Option<&ObjRef>) -> Result<GenRef, Unwind> {
    match this.and_then(gen_state) {
        Some(g) => Ok(g),
        None => Err(vm.throw_error("Error", "Not a generator")),
    }
}

fn method(
    name: &str,
    f: impl Fn(&mut Vm, &GenRef, &[Value]) -> Result<Value, Unwind> + 'static,
) -> MethodDef {
    MethodDef {
        name: name.into(),
        is_static: false,
        body: Rc::new(move |vm, this, args| {
            let g = this_gen(vm, this)?;
            f(vm, &g, args)
        }),
    }
}

/// The built-in final `Generator` class.
pub fn class_def() -> ClassDef {
    ClassDef {
        name: "Generator".into(),
        parent: None,
        methods: vec![
            method("current", |vm, g, _| {
                ensure_started(vm, g)?;
                Ok(g.borrow().value.clone())
            }),
            method("key", |vm, g, _| {
                ensure_started(vm, g)?;
                Ok(g.borrow().key.clone())
            }),
            method("next", |vm, g, _| {
                advance(vm, g)?;
                Ok(Value::Null)
            }),
            method("valid", |vm, g, _| {
                ensure_started(vm, g)?;
                Ok(Value::Bool(valid(g)))
            }),
            method("rewind", |vm, g, _| {
                rewind(vm, g)?;
                Ok(Value::Null)
            }),
            method("send", |vm, g, args| {
                let sent = args.first().cloned().unwrap_or(Value::Null);
                ensure_started(vm, g)?;
                resume(vm, g, sent)?;
                Ok(g.borrow().value.clone())
            }),
            method("throw", |vm, g, args| {
                let ex = match args.first() {
                    Some(Value::Object(o)) if o.class.is_subclass_of(b"throwable") => o.clone(),
                    None => {
                        let msg = "Generator::throw() expects exactly 1 argument, 0 given";
                        return Err(vm.throw_error("ArgumentCountError", msg));
                    }
                    Some(other) => {
                        let given = other.type_name();
                        let msg = format!("Generator::throw(): Argument #1 ($exception) must be of type Throwable, {given} given");
                        return Err(vm.throw_error("TypeError", &msg));
                    }
                };
                throw_into(vm, g, ex)?;
                Ok(g.borrow().value.clone())
            }),
            method("getReturn", |vm, g, _| {
                let s = g.borrow();
                match s.status {
                    Status::Finished if !matches!(s.retval, Value::Undef) => Ok(s.retval.clone()),
                    _ => {
                        drop(s);
                        let msg = "Cannot get return value of a generator that hasn't returned";
                        Err(vm.throw_error("Exception", msg))
                    }
                }
            }),
        ],
        props: Vec::new(),
        consts: Vec::new(),
        handlers: ObjectHandlers {
            dtor: Some(force_close),
            ..ObjectHandlers::default()
        },
    }
}

/// What FAST_RET finds in its slot when a finally block runs because the
/// generator is being destroyed: leave the generator afterwards.
pub const FORCED_CLOSE: i64 = -1;

/// A generator released while suspended inside `try` runs its finally
/// blocks (php's zend_generator_dtor_storage), innermost first; then it is
/// finished.
fn force_close(vm: &mut Vm, obj: &ObjRef) {
    let Some(gen) = gen_state(obj) else { return };
    let target = {
        let mut g = gen.borrow_mut();
        if g.status != Status::Suspended {
            return;
        }
        // The yield it stopped at is the op before the resume point.
        let at = g.ip.saturating_sub(1);
        let Some(r) = enclosing_finally(&g.code, at) else {
            return;
        };
        if let Some(slot) = g.slots.get_mut(r.fast_call_slot as usize) {
            *slot = Value::Int(FORCED_CLOSE);
        }
        g.sent_slot = NO_SLOT;
        g.delegate = None;
        r.finally_op
    };
    gen.borrow_mut().ip = target;
    // An exception the finally block throws stays pending for the caller.
    let _ = resume(vm, &gen, Value::Null);
}

/// The innermost try region whose finally block is still ahead of `ip`
/// (in its try body or a catch), if any.
pub fn enclosing_finally(code: &OpArray, ip: u32) -> Option<crate::ops::TryRegion> {
    code.try_regions
        .iter()
        .find(|r| r.finally_op != 0 && r.try_start <= ip && ip < r.finally_op)
        .copied()
}

/// `$gen->throw($ex)`: php starts the generator first, then raises the
/// exception at its yield, in the innermost generator it delegates to; a
/// finished generator throws it in the caller.
fn throw_into(vm: &mut Vm, gen: &GenRef, ex: ObjRef) -> Result<(), Unwind> {
    ensure_started(vm, gen)?;
    let mut g = gen.borrow_mut();
    match (&g.status, &g.delegate) {
        (Status::Finished, _) => {
            drop(g);
            Err(vm.throw(ex))
        }
        (_, Some(Delegate::Generator(_))) => {
            // Its `yield from` op passes the exception on when it runs again.
            g.throw_in = Some(ex);
            drop(g);
            resume(vm, gen, Value::Null)
        }
        _ => {
            g.delegate = None;
            drop(g);
            resume_with(vm, gen, Value::Null, Some(ex))
        }
    }
}

/// `rewind()` (and foreach): starts the generator; once past its first
/// yield it cannot go back.
pub fn rewind(vm: &mut Vm, g: &GenRef) -> Result<(), Unwind> {
    ensure_started(vm, g)?;
    if g.borrow().advanced {
        return Err(vm.throw_error(
            "Exception",
            "Cannot rewind a generator that was already run",
        ));
    }
    Ok(())
}
