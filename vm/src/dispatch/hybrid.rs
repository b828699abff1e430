//! The HYBRID kind: a `match` loop where hot handlers are inlined into their
//! arms and cold ones are called out of line, like Zend's HYBRID kind
//! (without computed goto, which Rust lacks). ENTER polls; LEAVE does not.

use super::{reenter, Kind, NextOp};
use crate::handlers;
use crate::ops::Opcode;
use crate::vm::Vm;

pub struct HybridKind;

impl Kind for HybridKind {
    type Delayed = HybridKind;

    #[inline(always)]
    fn continue_at(_vm: &mut Vm, ip: u32) -> NextOp {
        NextOp::op(ip)
    }
    #[inline(always)]
    fn enter(vm: &mut Vm) -> NextOp {
        super::switch::enter_with_poll(vm)
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

macro_rules! hybrid_arm {
    (hot, $vm:ident, $ip:ident, $handler:ident) => {{
        let flow = handlers::$handler::<HybridKind>($vm, $ip);
        super::finish::<HybridKind>($vm, $ip, flow)
    }};
    (cold, $vm:ident, $ip:ident, $handler:ident) => {{
        #[inline(never)]
        #[cold]
        fn $handler(vm: &mut Vm, ip: u32) -> NextOp {
            {
                let flow = handlers::$handler::<HybridKind>(vm, ip);
                super::finish::<HybridKind>(vm, ip, flow)
            }
        }
        $handler($vm, $ip)
    }};
}

macro_rules! hybrid_step {
    ($(($name:ident, $handler:ident, $heat:ident)),* $(,)?) => {
        #[inline(always)]
        fn step(vm: &mut Vm, ip: u32) -> NextOp {
            match vm.code.ops[ip as usize].opcode {
                $(Opcode::$name => hybrid_arm!($heat, vm, ip, $handler),)*
            }
        }
    };
}
crate::for_each_op!(hybrid_step);

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
