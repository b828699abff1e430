//! Dispatch kinds: the control-flow plumbing around the opcode handlers.
//!
//! Every handler (in `handlers`) is written once, generic over a [`Kind`].
//! A kind only says what the control points mean, the ones Zend calls
//! CONTINUE, ENTER, LEAVE and DISPATCH_TO_HELPER; jumps, interrupts and
//! exception handling are built from those here, once for all kinds.
//! Zend's GOTO kind needs computed goto, which Rust lacks; it is not faked.

pub mod call;
pub mod hybrid;
pub mod switch;
pub mod tailcall;

use crate::interrupt::PollSite;
use crate::ops::NO_SLOT;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::fmt;

/// The next op a handler hands back, Zend style: an op index, or the tag
/// "re-enter the executor" (the frame changed, an interrupt was serviced,
/// an exception is being handled, or the VM halts), after which the
/// executor reloads the frame and op from the VM state.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct NextOp(u32);

impl NextOp {
    /// The tag bit (Zend's ZEND_VM_ENTER_BIT).
    const ENTER_BIT: u32 = 1 << 31;

    #[inline(always)]
    pub fn op(ip: u32) -> NextOp {
        NextOp(ip)
    }
    #[inline(always)]
    pub fn enter() -> NextOp {
        NextOp(Self::ENTER_BIT)
    }
    #[inline(always)]
    pub fn is_enter(self) -> bool {
        self.0 & Self::ENTER_BIT != 0
    }
    /// The op index of an untagged value.
    #[inline(always)]
    pub fn ip(self) -> u32 {
        debug_assert!(!self.is_enter());
        self.0
    }
    /// The raw bits, tag included: what a dispatcher that forgets to test
    /// the tag uses as an op index (the defect of php-src #21922).
    #[inline(always)]
    pub fn raw(self) -> u32 {
        self.0
    }
}

impl fmt::Debug for NextOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_enter() {
            write!(f, "NextOp::enter")
        } else {
            write!(f, "NextOp({})", self.0)
        }
    }
}

/// The dispatch kinds, selectable per run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KindName {
    Call,
    Switch,
    Hybrid,
    Tailcall,
}

impl KindName {
    pub const ALL: [KindName; 4] = [
        KindName::Call,
        KindName::Switch,
        KindName::Hybrid,
        KindName::Tailcall,
    ];

    pub fn name(self) -> &'static str {
        match self {
            KindName::Call => "call",
            KindName::Switch => "switch",
            KindName::Hybrid => "hybrid",
            KindName::Tailcall => "tailcall",
        }
    }
}

/// The default is the fastest kind on our benchmarks (see README).
impl Default for KindName {
    fn default() -> Self {
        KindName::Tailcall
    }
}

impl fmt::Display for KindName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for KindName {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        KindName::ALL
            .into_iter()
            .find(|k| k.name() == s)
            .ok_or_else(|| format!("unknown VM kind '{s}' (kinds: call, switch, hybrid, tailcall)"))
    }
}

/// The control points a dispatch kind defines.
pub trait Kind: Sized + 'static {
    /// The kind that runs delayed helpers: they return the next op to the
    /// handler that called them instead of dispatching it themselves.
    type Delayed: Kind;

    /// ZEND_VM_CONTINUE: go on with the op at `ip`, without polling.
    fn continue_at(vm: &mut Vm, ip: u32) -> NextOp;

    /// ZEND_VM_ENTER: a user frame was pushed; start running it.
    fn enter(vm: &mut Vm) -> NextOp;

    /// ZEND_VM_LEAVE: the callee's frame was popped; resume the caller.
    fn leave(vm: &mut Vm) -> NextOp;

    /// The second half of ZEND_VM_DISPATCH_TO_HELPER for a delayed helper:
    /// what to do with the next op it returned.
    fn after_delayed_helper(vm: &mut Vm, next: NextOp) -> NextOp;
}

/// What a handler decided; turned into the kind's control point by
/// [`finish`].
#[derive(Clone, Copy)]
pub enum Flow {
    /// The next op in sequence (ZEND_VM_NEXT_OPCODE).
    Next,
    /// Skip the next op too (an OP_DATA that was consumed).
    Skip2,
    /// A taken jump: polls the interrupt flag.
    Jump(u32),
    /// Continue at an op without polling (a jump that is not a poll site).
    Goto(u32),
    /// A user frame was pushed.
    Enter,
    /// Returned into a user caller.
    Leave,
    /// An exception is pending or the VM is bailing out.
    Unwind,
    /// Re-enter the executor from the VM state.
    Reenter,
    /// What a delayed helper returned (maybe tagged): the kind must check
    /// it before dispatching on (php-src #21922).
    Delayed(NextOp),
}

/// Turns a handler's decision into the kind's control point.
#[inline(always)]
pub fn finish<K: Kind>(vm: &mut Vm, ip: u32, flow: Flow) -> NextOp {
    match flow {
        // An exception thrown behind the op's back (by a user error handler
        // called for a warning) is noticed before the next op, as Zend's
        // ZEND_VM_NEXT_OPCODE_CHECK_EXCEPTION does.
        Flow::Next | Flow::Skip2 if vm.exception.is_some() => thrown_during_op(vm, ip),
        // The op released the last handle of an object with a destructor:
        // php would have called it inside the op; it runs before the next
        // one. (Tested inside the arms, so that a handler's constant flow
        // still selects its arm at compile time.)
        Flow::Next
        | Flow::Skip2
        | Flow::Jump(_)
        | Flow::Goto(_)
        | Flow::Enter
        | Flow::Leave
        | Flow::Unwind
        | Flow::Delayed(_)
            if vm.objects.has_pending() =>
        {
            destructors_after_op::<K>(vm, ip, flow)
        }
        Flow::Next => K::continue_at(vm, ip + 1),
        Flow::Skip2 => K::continue_at(vm, ip + 2),
        Flow::Jump(target) => jump::<K>(vm, target),
        Flow::Goto(target) => K::continue_at(vm, target),
        Flow::Enter => K::enter(vm),
        Flow::Leave => K::leave(vm),
        Flow::Unwind => handle_exception(vm),
        Flow::Reenter => NextOp::enter(),
        Flow::Delayed(next) => K::after_delayed_helper(vm, next),
    }
}

/// A taken jump (Zend's ZEND_VM_SET_OPCODE + ZEND_VM_INTERRUPT_CHECK): the
/// target becomes current, then the flag is polled.
#[inline(always)]
pub fn jump<K: Kind>(vm: &mut Vm, target: u32) -> NextOp {
    if vm.interrupt.is_pending() {
        return interrupt_helper(vm, target, PollSite::Jump);
    }
    K::continue_at(vm, target)
}

/// Runs the destructors an op queued, then goes on as `flow` says. The
/// next op is reached by re-entering the executor from the saved op (a
/// tail call from here would nest the rest of the chain on this frame). A
/// destructor's exception is thrown from the op that released the object,
/// as in php.
#[cold]
#[inline(never)]
fn destructors_after_op<K: Kind>(vm: &mut Vm, ip: u32, flow: Flow) -> NextOp {
    if vm.halted {
        return handle_exception(vm);
    }
    let next = match flow {
        Flow::Next => ip + 1,
        Flow::Skip2 => ip + 2,
        Flow::Jump(target) | Flow::Goto(target) => target,
        Flow::Delayed(next) if !next.is_enter() => next.ip(),
        // The executor is being left: its end runs the queue.
        Flow::Reenter => return NextOp::enter(),
        Flow::Delayed(_) => {
            // The helper left the frame state for the executor to reload.
            crate::destructors::run_pending(vm);
            if vm.exception.is_some() || vm.halted {
                return handle_exception(vm);
            }
            return NextOp::enter();
        }
        Flow::Enter => {
            crate::destructors::run_pending(vm);
            if vm.exception.is_some() || vm.halted {
                return handle_exception(vm);
            }
            return K::enter(vm);
        }
        Flow::Leave => {
            crate::destructors::run_pending(vm);
            if vm.exception.is_some() || vm.halted {
                // Thrown from the caller's call op, which the return had
                // already stepped past.
                if let Some(f) = vm.frames.last_mut() {
                    f.ip = f.ip.saturating_sub(1);
                }
                return handle_exception(vm);
            }
            return K::leave(vm);
        }
        Flow::Unwind => {
            crate::destructors::run_pending(vm);
            return handle_exception(vm);
        }
    };
    vm.save_ip(ip);
    crate::destructors::run_pending(vm);
    if vm.exception.is_some() || vm.halted {
        return handle_exception(vm);
    }
    vm.save_ip(next);
    NextOp::enter()
}

#[cold]
#[inline(never)]
fn thrown_during_op(vm: &mut Vm, ip: u32) -> NextOp {
    vm.save_ip(ip);
    if vm.objects.has_pending() {
        crate::destructors::run_pending(vm);
    }
    handle_exception(vm)
}

/// Zend's zend_interrupt_helper: clear the flag, save the current op into
/// the frame, take the timeout path or call the interrupt functions, and
/// re-enter the executor from the VM state (an interrupt function may have
/// switched frames or thrown).
#[cold]
#[inline(never)]
pub fn interrupt_helper(vm: &mut Vm, ip: u32, site: PollSite) -> NextOp {
    vm.interrupt.take();
    vm.save_ip(ip);
    if vm.interrupt.timed_out() {
        vm.timeout();
        return NextOp::enter();
    }
    vm.interrupts_serviced += 1;
    for f in vm.interrupt_fns.clone() {
        if f(vm, site).is_err() || vm.halted {
            break;
        }
    }
    if vm.exception.is_some() && !vm.halted {
        // The op that was current never wrote its result: mark the slot
        // undefined so unwinding cannot see a stale value as the op's result
        // (php bugs 81577 / 81610).
        let result = vm
            .code
            .ops
            .get(ip as usize)
            .map(|op| op.result)
            .unwrap_or(NO_SLOT);
        if result != NO_SLOT && result >= vm.code.num_cvs() {
            vm.slots[vm.base + result as usize] = Value::Undef;
        }
        return handle_exception(vm);
    }
    NextOp::enter()
}

/// ZEND_VM_LOOP_INTERRUPT_CHECK, run by the executor loops after a tagged
/// return (and at executor entry). Saves the live op first (php-src #22265).
#[inline]
fn loop_interrupt_check(vm: &mut Vm, ip: u32, site: PollSite) -> Option<u32> {
    let mut ip = ip;
    while vm.interrupt.is_pending() && !vm.halted {
        interrupt_helper(vm, ip, site);
        if vm.halted || vm.frames.is_empty() {
            return None;
        }
        ip = vm.reload();
    }
    Some(ip)
}

/// ZEND_HANDLE_EXCEPTION: finds the innermost `catch` or `finally` for the
/// pending exception, unwinding frames until one has it, then re-enters the
/// executor there. Leaving a boundary frame returns to native code.
#[cold]
#[inline(never)]
pub fn handle_exception(vm: &mut Vm) -> NextOp {
    if vm.halted {
        return NextOp::enter();
    }
    while let Some(frame) = vm.frames.last() {
        if let Some(code) = frame.code.clone() {
            let ip = frame.ip;
            let depth = vm.frames.len();
            if let Some(target) = crate::handlers::find_catch(vm, &code, ip) {
                vm.calls.retain(|c| c.frame_depth < depth);
                let f = vm.frames.last_mut().expect("frame");
                f.ip = target;
                vm.slots.truncate(f.base + code.num_slots as usize);
                return NextOp::enter();
            }
        }
        let frame = vm.frames.pop().expect("frame");
        if let Some(obj) = &frame.ctor {
            // The exception leaves a constructor called by `new`: php never
            // calls that object's destructor (zend_object_store_ctor_failed).
            obj.destructed.set(true);
        }
        let depth = vm.frames.len();
        vm.calls.retain(|c| c.frame_depth < depth);
        if let (true, Some(code)) = (frame.included, &frame.code) {
            // The variables an included file set stay set in the scope.
            vm.detach_include_vars(code, frame.base);
        }
        let keep = vm.kept_slots(&frame);
        vm.slots.truncate(keep);
        let boundary = frame.boundary;
        drop(frame);
        // The frame's variables are destroyed as the exception leaves it.
        if vm.objects.has_pending() {
            crate::destructors::run_pending(vm);
        }
        if boundary {
            break;
        }
        if let Some(caller) = vm.frames.last() {
            if caller.code.is_some() {
                vm.reload();
            }
        }
    }
    NextOp::enter()
}

/// What the executor loop does with a tagged NextOp: reload the frame and op
/// from the VM state, or tell the loop to return (the entry frame returned,
/// an exception left it, or the VM halted).
#[inline]
pub(crate) fn reenter(vm: &mut Vm, entry_depth: usize) -> Option<u32> {
    if vm.halted || vm.frames.len() < entry_depth {
        return None;
    }
    let ip = vm.reload();
    loop_interrupt_check(vm, ip, PollSite::Loop).filter(|_| vm.frames.len() >= entry_depth)
}

/// Executor entry (Zend's execute_ex): LOAD_OPLINE, the entry poll, then the
/// kind's loop. Returns when the frame at `entry_depth` has returned.
pub fn execute(vm: &mut Vm, entry_depth: usize) {
    let ip = vm.reload();
    let Some(ip) = loop_interrupt_check(vm, ip, PollSite::ExecutorEntry) else {
        return;
    };
    if vm.frames.len() < entry_depth {
        return;
    }
    match vm.kind {
        KindName::Call => call::run(vm, ip, entry_depth),
        KindName::Switch => switch::run(vm, ip, entry_depth),
        KindName::Hybrid => hybrid::run(vm, ip, entry_depth),
        KindName::Tailcall => tailcall::run(vm, ip, entry_depth),
    }
    // Objects released as the executor was left (the variables of the
    // frame that returned to native code, or that an exception left).
    if vm.objects.has_pending() && !vm.halted {
        crate::destructors::run_pending(vm);
    }
}
