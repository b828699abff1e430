//! The SWITCH kind: one loop with a `match` on the opcode, every handler
//! inlined into its arm. Function entry polls the interrupt flag in ENTER;
//! return to the caller continues without a poll (as in Zend's SWITCH kind).

use super::{interrupt_helper, reenter, Kind, NextOp};
use crate::handlers;
use crate::interrupt::PollSite;
use crate::ops::Opcode;
use crate::vm::Vm;

pub struct SwitchKind;

impl Kind for SwitchKind {
    type Delayed = SwitchKind;

    #[inline(always)]
    fn continue_at(_vm: &mut Vm, ip: u32) -> NextOp {
        NextOp::op(ip)
    }
    #[inline(always)]
    fn enter(vm: &mut Vm) -> NextOp {
        enter_with_poll(vm)
    }
    #[inline(always)]
    fn leave(vm: &mut Vm) -> NextOp {
        NextOp::op(vm.reload())
    }
    #[inline(always)]
    fn after_delayed_helper(_vm: &mut Vm, next: NextOp) -> NextOp {
        next
    }
}

/// ENTER_EX of the switch and hybrid kinds: poll, then run the new frame.
#[inline(always)]
pub(crate) fn enter_with_poll(vm: &mut Vm) -> NextOp {
    if vm.interrupt.is_pending() {
        return interrupt_helper(vm, 0, PollSite::FunctionEntry);
    }
    NextOp::op(0)
}

macro_rules! switch_step {
    ($(($name:ident, $handler:ident, $heat:ident)),* $(,)?) => {
        #[inline(always)]
        fn step(vm: &mut Vm, ip: u32) -> NextOp {
            match vm.code.ops[ip as usize].opcode {
                $(Opcode::$name => {
                let flow = handlers::$handler::<SwitchKind>(vm, ip);
                super::finish::<SwitchKind>(vm, ip, flow)
            },)*
            }
        }
    };
}
crate::for_each_op!(switch_step);

pub fn run(vm: &mut Vm, mut ip: u32, entry_depth: usize) {
    loop {
        let next = step(vm, ip);
        if !next.is_enter() {
            ip = next.ip();
            continue;
        }
        match reenter(vm, entry_depth) {
            Some(i) => ip = i,
            None => return,
        }
    }
}
