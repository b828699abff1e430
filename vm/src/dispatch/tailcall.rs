//! The TAILCALL kind: every handler ends by tail-calling the next op's
//! handler, so the chain only returns to the executor loop with a tagged
//! NextOp. On stable Rust the tail call is LLVM's sibling-call optimisation
//! (the vm package is always built optimised, see Cargo.toml).
//!
//! Delayed helpers (slow paths with extra arguments, such as the comparison
//! slow path) cannot be tail-call targets: they run with the [`Returning`]
//! control points and hand the next op back to the handler that called them.

use super::{reenter, Kind, NextOp};
use crate::handlers;
use crate::vm::Vm;

pub struct TailcallKind;

impl Kind for TailcallKind {
    type Delayed = Returning;

    #[inline(always)]
    fn continue_at(vm: &mut Vm, ip: u32) -> NextOp {
        let opcode = vm.code.ops[ip as usize].opcode;
        TABLE[opcode as usize](vm, ip)
    }
    #[inline(always)]
    fn enter(_vm: &mut Vm) -> NextOp {
        NextOp::enter()
    }
    #[inline(always)]
    fn leave(_vm: &mut Vm) -> NextOp {
        NextOp::enter()
    }
    #[inline(always)]
    fn after_delayed_helper(vm: &mut Vm, next: NextOp) -> NextOp {
        // php-src pull request 21922: the helper may have serviced an
        // interrupt (a compare handler raised the flag, then the branch it
        // decided polled it), and then returns the "re-enter the executor"
        // tag instead of an op. That value is not an op: it must go back to
        // the executor loop, never be dispatched.
        #[cfg(not(feature = "bug-gh21922"))]
        if next.is_enter() {
            return next;
        }
        // With the known-bug toggle on, the tagged value is used as an op
        // index, as php 8.5's tail-call VM used it as an opline pointer.
        Self::continue_at(vm, next.raw())
    }
}

/// The control points inside a delayed helper on the tailcall kind (Zend
/// redefines ZEND_VM_CONTINUE as "return opline" there).
pub struct Returning;

impl Kind for Returning {
    type Delayed = Returning;

    #[inline(always)]
    fn continue_at(_vm: &mut Vm, ip: u32) -> NextOp {
        NextOp::op(ip)
    }
    #[inline(always)]
    fn enter(_vm: &mut Vm) -> NextOp {
        NextOp::enter()
    }
    #[inline(always)]
    fn leave(_vm: &mut Vm) -> NextOp {
        NextOp::enter()
    }
    #[inline(always)]
    fn after_delayed_helper(_vm: &mut Vm, next: NextOp) -> NextOp {
        next
    }
}

type Handler = fn(&mut Vm, u32) -> NextOp;

macro_rules! tail_table {
    ($(($name:ident, $handler:ident, $heat:ident)),* $(,)?) => {
        /// One handler per opcode, in `Opcode` order; each tail-calls the next.
        static TABLE: &[Handler] = &[$({
            fn $handler(vm: &mut Vm, ip: u32) -> NextOp {
                // The handler runs in a function of its own, so that none of
                // its locals lives in this frame: a frame whose locals'
                // addresses escaped could not tail-call the next handler.
                #[inline(never)]
                fn body(vm: &mut Vm, ip: u32) -> super::Flow {
                    handlers::$handler::<TailcallKind>(vm, ip)
                }
                let flow = body(vm, ip);
                super::finish::<TailcallKind>(vm, ip, flow)
            }
            $handler
        }),*];
    };
}
crate::for_each_op!(tail_table);

/// The executor loop shared with CALL (Zend's execute_ex): entered again
/// only for tagged returns.
pub fn run(vm: &mut Vm, mut ip: u32, entry_depth: usize) {
    loop {
        let next = TailcallKind::continue_at(vm, ip);
        debug_assert!(
            next.is_enter(),
            "the tail-call chain returns only tagged values"
        );
        match reenter(vm, entry_depth) {
            Some(i) => ip = i,
            None => return,
        }
    }
}
