//! The CALL kind: a loop calls one handler function per op through a table;
//! each handler returns the next op. Tagged returns (function entry, return
//! to the caller, interrupts, exceptions) go back through the loop, which
//! reloads the frame and polls the interrupt flag.

use super::{reenter, Kind, NextOp};
use crate::handlers;
use crate::vm::Vm;

pub struct CallKind;

impl Kind for CallKind {
    type Delayed = CallKind;

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

pub type Handler = fn(&mut Vm, u32) -> NextOp;

macro_rules! call_table {
    ($(($name:ident, $handler:ident, $heat:ident)),* $(,)?) => {
        /// One out-of-line handler per opcode, in `Opcode` order.
        pub static TABLE: &[Handler] = &[$({
            #[inline(never)]
            fn $handler(vm: &mut Vm, ip: u32) -> NextOp {
                {
                let flow = handlers::$handler::<CallKind>(vm, ip);
                super::finish::<CallKind>(vm, ip, flow)
            }
            }
            $handler
        }),*];
    };
}
crate::for_each_op!(call_table);

pub fn run(vm: &mut Vm, mut ip: u32, entry_depth: usize) {
    loop {
        let opcode = vm.code.ops[ip as usize].opcode;
        let next = TABLE[opcode as usize](vm, ip);
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
