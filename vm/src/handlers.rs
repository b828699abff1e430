//! The opcode handlers: the semantics of every opcode, written once.
//!
//! Each handler is generic over the dispatch [`Kind`] and ends in one of its
//! control points (through [`finish`]); the kinds decide whether that means
//! returning to a loop or tail-calling the next handler. A handler body
//! computes a `Flow` in a block, so every value it touched is dropped before
//! the control point runs (a live destructor would defeat the tail call).

use crate::ast::{BinOp, CastType, TypeHint};
use crate::dispatch::{finish, Flow, Kind, NextOp};
use crate::interrupt::PollSite;
use crate::ops::{
    assign_ref_mode, callable_ref, dim_incdec, fe_flags, send_flags, smart_branch, static_fetch,
    var_fetch, CachedFunction, Op, OpArray, Operand, NO_SLOT,
};
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::object::MethodBody;
use crate::runtime::operators::{self, binary_op};
use crate::runtime::string::PhpStr;
use crate::runtime::value::{identical, to_key, Value};
use crate::vm::{CallTarget, Frame, Function, PendingCall, Unwind, Vm, E_DEPRECATED, E_WARNING};
use std::rc::Rc;

/// Flags of FetchDimR / FetchObjR / IssetIsEmpty.
pub mod fetch_flags {
    /// Fetch for `isset`/`??`: no warnings for missing keys or properties.
    pub const QUIET: u8 = 1;
}

/// IssetIsEmpty's `ext`: what is tested, and whether it is `empty()`.
pub mod isset_kind {
    pub const VAR: u32 = 0;
    pub const DIM: u32 = 1;
    pub const PROP: u32 = 2;
    /// Added to the kind for `empty()`.
    pub const EMPTY: u32 = 8;
}

// ---- Operand access ----------------------------------------------------------

impl Vm {
    #[inline(always)]
    pub(crate) fn op(&self, ip: u32) -> Op {
        self.code.ops[ip as usize]
    }
    #[inline(always)]
    pub(crate) fn slot(&self, n: u32) -> &Value {
        &self.slots[self.base + n as usize]
    }
    #[inline(always)]
    pub(crate) fn slot_mut(&mut self, n: u32) -> &mut Value {
        &mut self.slots[self.base + n as usize]
    }
    #[inline(always)]
    pub(crate) fn operand(&self, o: Operand) -> &Value {
        match o {
            Operand::Slot(n) => self.slot(n),
            Operand::Const(n) => &self.code.literals[n as usize],
            Operand::Unused => &self.null,
        }
    }
    /// Reads an operand for a read context: an undefined variable warns
    /// and reads as null.
    #[inline(always)]
    pub(crate) fn read(&mut self, ip: u32, o: Operand) -> Value {
        let v = self.operand(o);
        if v.is_undef() {
            self.undefined_variable(ip, o);
            return Value::Null;
        }
        v.deref()
    }
    /// Reads an operand its op consumes: a temporary is moved out, as php
    /// frees a TMP operand once used, so an object it held is released (and
    /// destructed) when php releases it, not when the frame ends.
    #[inline(always)]
    pub(crate) fn read_consume(&mut self, ip: u32, o: Operand) -> Value {
        if let Operand::Slot(n) = o {
            if n >= self.code.num_cvs() {
                match std::mem::replace(self.slot_mut(n), Value::Undef) {
                    Value::Undef => {}
                    Value::Ref(r) => return r.borrow().clone(),
                    v => return v,
                }
            }
        }
        self.read(ip, o)
    }
    /// Frees a temporary operand its op has used (see `read_consume`).
    #[inline(always)]
    pub(crate) fn free_temp(&mut self, o: Operand) {
        if let Operand::Slot(n) = o {
            if n >= self.code.num_cvs() {
                *self.slot_mut(n) = Value::Undef;
            }
        }
    }
    /// Reads an operand without the undefined-variable warning (an
    /// undefined slot reads as undef), looking through a reference.
    #[inline(always)]
    pub(crate) fn read_quiet(&self, o: Operand) -> Value {
        self.operand(o).deref()
    }
    /// Assigns to a variable slot: through the reference if the variable
    /// is one (`$a = &$b; $a = 1;` changes `$b`), else in place.
    #[inline(always)]
    pub(crate) fn write_var(&mut self, n: u32, v: Value) {
        let slot = self.slot_mut(n);
        match slot {
            Value::Ref(r) => {
                let r = r.clone();
                // The old value is dropped after the borrow ends (a
                // destructor may read the reference).
                let old = std::mem::replace(&mut *r.borrow_mut(), v);
                drop(old);
            }
            _ => *slot = v,
        }
    }
    #[cold]
    #[inline(never)]
    fn undefined_variable(&mut self, ip: u32, o: Operand) {
        if let Operand::Slot(n) = o {
            if let Some(name) = self.code.cv_names.get(n as usize) {
                let msg = format!("Undefined variable ${}", name.to_lossy());
                self.save_ip(ip);
                self.report(E_WARNING, &msg);
            }
        }
    }
    #[inline(always)]
    /// Stores an op's result in its temporary (never a reference: ops whose
    /// result is a variable use `write_var`).
    pub(crate) fn set_result(&mut self, slot: u32, v: Value) {
        if slot != NO_SLOT {
            *self.slot_mut(slot) = v;
        }
    }
    fn literal_bytes(&self, o: Operand) -> Vec<u8> {
        match self.operand(o) {
            Value::Str(s) => s.as_bytes().to_vec(),
            v => v.to_bytes_scalar(None),
        }
    }
}

/// Writes a handler: it computes what happens next as a [`Flow`]; the kind
/// turns that into its control point (`dispatch::finish`).
macro_rules! handler {
    ($(#[$m:meta])* $name:ident($vm:ident, $ip:ident) $body:block) => {
        $(#[$m])*
        #[inline(always)]
        pub fn $name<K: Kind>($vm: &mut Vm, $ip: u32) -> Flow {
            $body
        }
    };
}

/// Writes a handler whose body runs out of line (`#[inline(never)]`), for
/// cold or complex ops, so that they do not bloat the switch kind's loop.
macro_rules! slow_handler {
    ($(#[$m:meta])* $name:ident($vm:ident, $ip:ident) $body:block) => {
        $(#[$m])*
        #[inline(always)]
        pub fn $name<K: Kind>(vm: &mut Vm, ip: u32) -> Flow {
            #[inline(never)]
            fn body_of($vm: &mut Vm, $ip: u32) -> Flow $body
            body_of(vm, ip)
        }
    };
}

/// `?`-like for handler bodies: an `Err(Unwind)` becomes `Flow::Unwind`.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(Unwind) => return Flow::Unwind,
        }
    };
}

/// Runs a fallible body as a closure so `tri!` can return early from it.
#[inline(always)]
fn body(f: impl FnOnce() -> Flow) -> Flow {
    f()
}

// ---- Simple ops --------------------------------------------------------------

handler!(nop(_vm, _ip) { Flow::Next });

handler!(op_data(_vm, _ip) { Flow::Next });

handler!(echo(vm, ip) {
    let op = vm.op(ip);
    if let Value::Str(s) = vm.operand(op.op1) {
        let s = s.clone();
        vm.out.write(s.as_bytes());
        Flow::Next
    } else {
        echo_slow(vm, ip)
    }
});

#[inline(never)]
fn echo_slow(vm: &mut Vm, ip: u32) -> Flow {
    let op = vm.op(ip);
    let v = vm.read_consume(ip, op.op1);
    vm.save_ip(ip);
    let s = tri!(vm.to_php_string(&v));
    vm.out.write(s.as_bytes());
    Flow::Next
}

slow_handler!(print(vm, ip) {
    body(|| {
        let op = vm.op(ip);
        let v = vm.read_consume(ip, op.op1);
        vm.save_ip(ip);
        let s = tri!(vm.to_php_string(&v));
        vm.out.write(s.as_bytes());
        vm.set_result(op.result, Value::Int(1));
        Flow::Next
    })
});

handler!(assign(vm, ip) {
    let op = vm.op(ip);
    let v = vm.read_consume(ip, op.op2);
    if let Operand::Slot(n) = op.op1 {
        if op.result != NO_SLOT {
            vm.set_result(op.result, v.clone());
        }
        vm.write_var(n, v);
    }
    Flow::Next
});

handler!(qm_assign(vm, ip) {
    let op = vm.op(ip);
    let v = vm.read_consume(ip, op.op1);
    vm.set_result(op.result, v);
    Flow::Next
});

handler!(free(vm, ip) {
    let op = vm.op(ip);
    if let Operand::Slot(n) = op.op1 {
        *vm.slot_mut(n) = Value::Undef;
    }
    Flow::Next
});

fn binop_from_code(code: u32) -> BinOp {
    const OPS: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::Div,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::Concat,
        BinOp::BitAnd,
        BinOp::BitOr,
        BinOp::BitXor,
        BinOp::Shl,
        BinOp::Shr,
        BinOp::Coalesce,
    ];
    OPS[code as usize]
}

/// The `ext` code of a binary operator in AssignOp.
pub fn binop_code(op: BinOp) -> u32 {
    match op {
        BinOp::Add => 0,
        BinOp::Sub => 1,
        BinOp::Mul => 2,
        BinOp::Div => 3,
        BinOp::Mod => 4,
        BinOp::Pow => 5,
        BinOp::Concat => 6,
        BinOp::BitAnd => 7,
        BinOp::BitOr => 8,
        BinOp::BitXor => 9,
        BinOp::Shl => 10,
        BinOp::Shr => 11,
        _ => 12,
    }
}

/// The int fast paths shared by binary ops and compound assignment.
#[inline(always)]
fn fast_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (op, a, b) {
        (BinOp::Add, Value::Int(x), Value::Int(y)) => x.checked_add(*y).map(Value::Int),
        (BinOp::Sub, Value::Int(x), Value::Int(y)) => x.checked_sub(*y).map(Value::Int),
        (BinOp::Mul, Value::Int(x), Value::Int(y)) => x.checked_mul(*y).map(Value::Int),
        (BinOp::Add, Value::Float(x), Value::Float(y)) => Some(Value::Float(x + y)),
        (BinOp::Sub, Value::Float(x), Value::Float(y)) => Some(Value::Float(x - y)),
        (BinOp::Mul, Value::Float(x), Value::Float(y)) => Some(Value::Float(x * y)),
        (BinOp::Div, Value::Float(x), Value::Float(y)) if *y != 0.0 => Some(Value::Float(x / y)),
        // An exact int division stays an int; any other is a float one.
        (BinOp::Div, Value::Int(x), Value::Int(y)) if *y != 0 => match x.checked_rem(*y) {
            Some(0) => x.checked_div(*y).map(Value::Int),
            _ => Some(Value::Float(*x as f64 / *y as f64)),
        },
        // Zero divisors take the slow path for php's DivisionByZeroError.
        (BinOp::Mod, Value::Int(x), Value::Int(y)) if *y != 0 => {
            Some(Value::Int(x.checked_rem(*y).unwrap_or(0)))
        }
        (BinOp::BitAnd, Value::Int(x), Value::Int(y)) => Some(Value::Int(x & y)),
        (BinOp::BitOr, Value::Int(x), Value::Int(y)) => Some(Value::Int(x | y)),
        (BinOp::BitXor, Value::Int(x), Value::Int(y)) => Some(Value::Int(x ^ y)),
        (BinOp::Shl, Value::Int(x), Value::Int(y)) if (0..64).contains(y) => {
            Some(Value::Int(x << y))
        }
        (BinOp::Shr, Value::Int(x), Value::Int(y)) if (0..64).contains(y) => {
            Some(Value::Int(x >> y))
        }
        _ => None,
    }
}

/// `result = op1 OP op2`
#[inline(always)]
fn binary_body(vm: &mut Vm, ip: u32, op: BinOp) -> Flow {
    let o = vm.op(ip);
    if let Some(r) = fast_binary(op, vm.operand(o.op1), vm.operand(o.op2)) {
        vm.set_result(o.result, r);
        return Flow::Next;
    }
    binary_slow(vm, ip, op)
}

#[inline(never)]
fn binary_slow(vm: &mut Vm, ip: u32, op: BinOp) -> Flow {
    let o = vm.op(ip);
    // Temporaries are released here (`"x" . new C` frees the object after
    // the op); the fast paths see only scalars, which need no such care.
    let a = vm.read_consume(ip, o.op1);
    let b = vm.read_consume(ip, o.op2);
    vm.save_ip(ip);
    let r = tri!(binary_op(vm, op, &a, &b));
    vm.set_result(o.result, r);
    Flow::Next
}

handler!(add(vm, ip) { binary_body(vm, ip, BinOp::Add) });
handler!(sub(vm, ip) { binary_body(vm, ip, BinOp::Sub) });
handler!(mul(vm, ip) { binary_body(vm, ip, BinOp::Mul) });
handler!(div(vm, ip) { binary_body(vm, ip, BinOp::Div) });
handler!(modulo(vm, ip) { binary_body(vm, ip, BinOp::Mod) });
handler!(pow(vm, ip) { binary_slow(vm, ip, BinOp::Pow) });
handler!(bit_and(vm, ip) { binary_body(vm, ip, BinOp::BitAnd) });
handler!(bit_or(vm, ip) { binary_body(vm, ip, BinOp::BitOr) });
handler!(bit_xor(vm, ip) { binary_body(vm, ip, BinOp::BitXor) });
handler!(shl(vm, ip) { binary_body(vm, ip, BinOp::Shl) });
handler!(shr(vm, ip) { binary_body(vm, ip, BinOp::Shr) });

#[inline(never)]
fn concat_bytes(a: &[u8], b: &[u8]) -> PhpStr {
    let mut s = Vec::with_capacity(a.len() + b.len());
    s.extend_from_slice(a);
    s.extend_from_slice(b);
    PhpStr::new(s)
}

handler!(concat(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        if let (Value::Str(a), Value::Str(b)) = (vm.operand(o.op1), vm.operand(o.op2)) {
            let s = concat_bytes(a.as_bytes(), b.as_bytes());
            vm.set_result(o.result, Value::Str(s));
            return Flow::Next;
        }
        binary_slow(vm, ip, BinOp::Concat)
    })
});

/// `$s .= "x"` on a string: appends without copying when not shared.
#[inline(never)]
fn append_in_place(vm: &mut Vm, ip: u32) -> Flow {
    let o = vm.op(ip);
    let (Operand::Slot(target), Value::Str(rhs)) = (o.op1, vm.operand(o.op2).clone()) else {
        return Flow::Next;
    };
    if let Value::Str(s) = vm.slot_mut(target) {
        s.make_mut().extend_from_slice(rhs.as_bytes());
    }
    if o.result != NO_SLOT {
        let v = vm.slot(target).clone();
        vm.set_result(o.result, v);
    }
    Flow::Next
}

handler!(assign_op(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let op = binop_from_code(o.ext);
        let Operand::Slot(target) = o.op1 else { return Flow::Next };
        // `$s .= "x"` appends in place when the string is not shared.
        if op == BinOp::Concat
            && matches!(vm.operand(o.op2), Value::Str(_))
            && matches!(vm.slot(target), Value::Str(_))
        {
            return append_in_place(vm, ip);
        }
        match fast_binary(op, vm.slot(target), vm.operand(o.op2)) {
            Some(r) => {
                if o.result != NO_SLOT {
                    vm.set_result(o.result, r.clone());
                }
                vm.write_var(target, r);
                Flow::Next
            }
            None => assign_op_slow(vm, ip),
        }
    })
});

#[inline(never)]
fn assign_op_slow(vm: &mut Vm, ip: u32) -> Flow {
    let o = vm.op(ip);
    let op = binop_from_code(o.ext);
    let Operand::Slot(target) = o.op1 else {
        return Flow::Next;
    };
    let a = vm.read(ip, o.op1);
    let b = vm.read(ip, o.op2);
    vm.save_ip(ip);
    let r = tri!(binary_op(vm, op, &a, &b));
    if o.result != NO_SLOT {
        vm.set_result(o.result, r.clone());
    }
    vm.write_var(target, r);
    Flow::Next
}

slow_handler!(bit_not(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let v = vm.read(ip, o.op1);
        vm.save_ip(ip);
        let r = tri!(operators::bit_not(vm, &v));
        vm.set_result(o.result, r);
        Flow::Next
    })
});

handler!(bool_not(vm, ip) {
    let o = vm.op(ip);
    let b = truthy_slow(vm, ip, o.op1);
    vm.set_result(o.result, Value::Bool(!b));
    Flow::Next
});

handler!(to_bool(vm, ip) {
    let o = vm.op(ip);
    let b = truthy_slow(vm, ip, o.op1);
    vm.set_result(o.result, Value::Bool(b));
    Flow::Next
});

handler!(bool_xor(vm, ip) {
    let o = vm.op(ip);
    let a = truthy_slow(vm, ip, o.op1);
    let b = truthy_slow(vm, ip, o.op2);
    vm.set_result(o.result, Value::Bool(a ^ b));
    Flow::Next
});

/// CastType codes used in Cast's `ext`.
pub fn cast_code(t: CastType) -> u32 {
    t as u32
}

slow_handler!(cast(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let v = vm.read_consume(ip, o.op1);
        vm.save_ip(ip);
        let r = match o.ext {
            x if x == CastType::Int as u32 => Value::Int(v.to_int()),
            x if x == CastType::Float as u32 => Value::Float(v.to_float()),
            x if x == CastType::Bool as u32 => Value::Bool(v.to_bool()),
            x if x == CastType::String as u32 => Value::Str(tri!(vm.to_php_string(&v))),
            x if x == CastType::Array as u32 => match v {
                Value::Array(_) => v,
                Value::Undef | Value::Null => Value::array(PhpArray::new()),
                Value::Object(obj) => Value::array(obj.initialized_props()),
                other => Value::array(PhpArray::from_list(vec![other])),
            },
            _ => match v {
                Value::Object(_) => v,
                other => {
                    let class = vm.class(b"stdClass").expect("stdClass exists");
                    let obj = vm.instantiate(&class);
                    match other {
                        Value::Array(a) => *obj.props.borrow_mut() = (*a).clone(),
                        Value::Undef | Value::Null => {}
                        scalar => obj.set_prop(b"scalar", scalar),
                    }
                    Value::Object(obj)
                }
            },
        };
        vm.set_result(o.result, r);
        Flow::Next
    })
});

// ---- Comparisons (with smart branches and the delayed slow-path helper) ------

/// Which comparison an op makes, applied to a three-way result.
#[derive(Clone, Copy)]
enum Cmp {
    Equal,
    NotEqual,
    Smaller,
    SmallerOrEqual,
}

impl Cmp {
    #[inline(always)]
    fn holds(self, c: i32) -> bool {
        match self {
            Cmp::Equal => c == 0,
            Cmp::NotEqual => c != 0,
            Cmp::Smaller => c < 0,
            Cmp::SmallerOrEqual => c <= 0,
        }
    }
}

/// The fast path: both operands int or float.
#[inline(always)]
fn fast_compare(a: &Value, b: &Value) -> Option<i32> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some((*x > *y) as i32 - (*x < *y) as i32),
        (Value::Float(x), Value::Float(y)) => Some(crate::runtime::value::float_cmp(*x, *y)),
        (Value::Int(x), Value::Float(y)) => Some(crate::runtime::value::float_cmp(*x as f64, *y)),
        (Value::Float(x), Value::Int(y)) => Some(crate::runtime::value::float_cmp(*x, *y as f64)),
        _ => None,
    }
}

/// Stores or branches on a comparison's result (Zend's smart branch): when
/// fused with the following JMPZ/JMPNZ, only the taken arm is a jump (and
/// polls the interrupt flag); falling through skips the fused jump.
#[inline(always)]
fn smart_branch(vm: &mut Vm, ip: u32, result: bool) -> Flow {
    let o = vm.op(ip);
    match o.flags {
        smart_branch::JMPZ | smart_branch::JMPNZ => {
            let jump_when = o.flags == smart_branch::JMPNZ;
            if result == jump_when {
                Flow::Jump(vm.op(ip + 1).ext)
            } else {
                Flow::Skip2
            }
        }
        _ => {
            vm.set_result(o.result, Value::Bool(result));
            Flow::Next
        }
    }
}

/// A comparison handler: the fast path inline, the slow path (strings,
/// arrays, objects with a compare handler...) in a delayed helper.
#[inline(always)]
fn compare_handler<K: Kind>(vm: &mut Vm, ip: u32, cmp: Cmp, swap: bool) -> Flow {
    let o = vm.op(ip);
    let (a, b) = if swap { (o.op2, o.op1) } else { (o.op1, o.op2) };
    match fast_compare(vm.operand(a), vm.operand(b)) {
        Some(c) => smart_branch(vm, ip, cmp.holds(c)),
        // ZEND_VM_DISPATCH_TO_HELPER with extra arguments: a delayed helper
        // on the tailcall kind, which returns the next op (maybe tagged)
        // for this handler to check (`Kind::after_delayed_helper`).
        None => Flow::Delayed(compare_slow_helper::<K::Delayed>(vm, ip, cmp, swap)),
    }
}

/// The comparison slow path. May run a class's compare handler, which may
/// raise the interrupt flag; the branch it then takes polls it.
#[inline(never)]
fn compare_slow_helper<D: Kind>(vm: &mut Vm, ip: u32, cmp: Cmp, swap: bool) -> NextOp {
    let o = vm.op(ip);
    let (oa, ob) = if swap { (o.op2, o.op1) } else { (o.op1, o.op2) };
    let result = {
        let a = vm.read(ip, oa);
        let b = vm.read(ip, ob);
        vm.save_ip(ip);
        vm.compare(&a, &b).map(|c| cmp.holds(c))
    };
    let flow = match result {
        Ok(r) => smart_branch(vm, ip, r),
        Err(Unwind) => Flow::Unwind,
    };
    finish::<D>(vm, ip, flow)
}

#[inline(always)]
pub fn is_equal<K: Kind>(vm: &mut Vm, ip: u32) -> Flow {
    compare_handler::<K>(vm, ip, Cmp::Equal, false)
}
#[inline(always)]
pub fn is_not_equal<K: Kind>(vm: &mut Vm, ip: u32) -> Flow {
    compare_handler::<K>(vm, ip, Cmp::NotEqual, false)
}
/// `a < b`; the compiler turns `a > b` into `b < a` (with `flags` order kept).
#[inline(always)]
pub fn is_smaller<K: Kind>(vm: &mut Vm, ip: u32) -> Flow {
    let swap = vm.op(ip).ext == 1;
    compare_handler::<K>(vm, ip, Cmp::Smaller, swap)
}
#[inline(always)]
pub fn is_smaller_or_equal<K: Kind>(vm: &mut Vm, ip: u32) -> Flow {
    let swap = vm.op(ip).ext == 1;
    compare_handler::<K>(vm, ip, Cmp::SmallerOrEqual, swap)
}

#[inline(never)]
fn identical_ops(vm: &mut Vm, ip: u32, o: Op) -> bool {
    let a = vm.read(ip, o.op1);
    let b = vm.read(ip, o.op2);
    identical(&a, &b)
}

#[inline(always)]
pub fn is_identical<K: Kind>(vm: &mut Vm, ip: u32) -> Flow {
    let o = vm.op(ip);
    let r = identical_ops(vm, ip, o);
    smart_branch(vm, ip, r)
}
#[inline(always)]
pub fn is_not_identical<K: Kind>(vm: &mut Vm, ip: u32) -> Flow {
    let o = vm.op(ip);
    let r = !identical_ops(vm, ip, o);
    smart_branch(vm, ip, r)
}

slow_handler!(spaceship(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let a = vm.read(ip, o.op1);
        let b = vm.read(ip, o.op2);
        vm.save_ip(ip);
        let c = tri!(vm.compare(&a, &b));
        vm.set_result(o.result, Value::Int(c.signum() as i64));
        Flow::Next
    })
});

// ---- Increment and decrement -------------------------------------------------

#[inline(always)]
fn incdec_body(vm: &mut Vm, ip: u32, inc: bool, post: bool) -> Flow {
    let o = vm.op(ip);
    let Operand::Slot(n) = o.op1 else {
        return Flow::Next;
    };
    if let Value::Int(i) = vm.slot(n) {
        let i = *i;
        let r = if inc {
            i.checked_add(1)
        } else {
            i.checked_sub(1)
        };
        if let Some(r) = r {
            *vm.slot_mut(n) = Value::Int(r);
            let shown = if post { i } else { r };
            vm.set_result(o.result, Value::Int(shown));
            return Flow::Next;
        }
    }
    incdec_slow(vm, ip, inc, post)
}

#[inline(never)]
fn incdec_slow(vm: &mut Vm, ip: u32, inc: bool, post: bool) -> Flow {
    let o = vm.op(ip);
    let Operand::Slot(n) = o.op1 else {
        return Flow::Next;
    };
    let old = vm.read(ip, o.op1);
    vm.save_ip(ip);
    let new = if inc {
        tri!(operators::increment(vm, &old))
    } else {
        tri!(operators::decrement(vm, &old))
    };
    vm.write_var(n, new.clone());
    vm.set_result(o.result, if post { old } else { new });
    Flow::Next
}

handler!(pre_inc(vm, ip) { incdec_body(vm, ip, true, false) });
handler!(pre_dec(vm, ip) { incdec_body(vm, ip, false, false) });
handler!(post_inc(vm, ip) { incdec_body(vm, ip, true, true) });
handler!(post_dec(vm, ip) { incdec_body(vm, ip, false, true) });

// ---- Jumps ---------------------------------------------------------------------

#[inline(never)]
fn truthy_slow(vm: &mut Vm, ip: u32, o: Operand) -> bool {
    // A temporary tested by a branch is used up (`if (new C)` releases the
    // object); the ones a branch tests again (`&&`) hold bools, never here.
    vm.read_consume(ip, o).to_bool()
}

handler!(jmp(vm, ip) { Flow::Jump(vm.op(ip).ext) });

handler!(jmpz(vm, ip) {
    let o = vm.op(ip);
    let b = match vm.operand(o.op1) {
        Value::Bool(b) => *b,
        _ => truthy_slow(vm, ip, o.op1),
    };
    if b { Flow::Next } else { Flow::Jump(o.ext) }
});

handler!(jmpnz(vm, ip) {
    let o = vm.op(ip);
    let b = match vm.operand(o.op1) {
        Value::Bool(b) => *b,
        _ => truthy_slow(vm, ip, o.op1),
    };
    if b { Flow::Jump(o.ext) } else { Flow::Next }
});

// `a ?: b`: if op1 is truthy, it is the result and we jump past `b`.
// JMP_NULL: `op1?->`: when op1 is null, the whole chain gives its
// short-circuit value (flags: a `jmp_null` kind) and ends (ext).
slow_handler!(jmp_null(vm, ip) {
    let o = vm.op(ip);
    let v = if o.flags & crate::ops::jmp_null::QUIET != 0 {
        vm.read_quiet(o.op1).deref_undef()
    } else {
        vm.read(ip, o.op1)
    };
    if !matches!(v, Value::Null) {
        return Flow::Next;
    }
    let r = match o.flags & !crate::ops::jmp_null::QUIET {
        crate::ops::jmp_null::FALSE => Value::Bool(false),
        crate::ops::jmp_null::TRUE => Value::Bool(true),
        _ => Value::Null,
    };
    vm.set_result(o.result, r);
    Flow::Jump(o.ext)
});

slow_handler!(jmp_set(vm, ip) {
    let o = vm.op(ip);
    let v = vm.read(ip, o.op1);
    if v.to_bool() {
        vm.set_result(o.result, v);
        Flow::Jump(o.ext)
    } else {
        Flow::Next
    }
});

// `a ?? b`: op1 was fetched quietly; if not null it is the result.
handler!(coalesce(vm, ip) {
    let o = vm.op(ip);
    let v = vm.read_quiet(o.op1);
    match v {
        Value::Undef | Value::Null => Flow::Next,
        v => {
            vm.free_temp(o.op1);
            vm.set_result(o.result, v);
            Flow::Jump(o.ext)
        }
    }
});

// ---- Calls -----------------------------------------------------------------------

/// Reserves the argument area of a new call at the top of the slot stack.
fn push_call(
    vm: &mut Vm,
    target: CallTarget,
    nargs: u32,
    this: Option<crate::runtime::object::ObjRef>,
    class: Option<crate::runtime::object::ClassRef>,
    ctor: Option<crate::runtime::object::ObjRef>,
) {
    let base = vm.slots.len().max(vm.base + vm.code.num_slots as usize);
    vm.slots.resize(base + nargs as usize, Value::Undef);
    vm.calls.push(PendingCall {
        target,
        base,
        this,
        class,
        nargs,
        ctor,
        frame_depth: vm.frames.len(),
        closure: None,
        magic: None,
    });
}

/// A method to call: the method named, or else the class's `__call` (or
/// `__callStatic`), with the name to pass it.
fn method_or_magic(
    vm: &mut Vm,
    class: &crate::runtime::object::ClassRef,
    name: &[u8],
    magic: &[u8],
) -> Result<(Rc<crate::runtime::object::Method>, Option<PhpStr>), Unwind> {
    // A method the caller may not call goes to the magic method too.
    let callable = match class.find_method(&name.to_ascii_lowercase()) {
        None => false,
        Some(m) => {
            let scope = vm.code.class.clone();
            crate::class::member_visible(vm, class, m.visibility, &m.class, scope.as_ref())
        }
    };
    if !callable {
        if let Some(m) = class.find_method(magic) {
            return Ok((m, Some(PhpStr::from(name))));
        }
    }
    Ok((lookup_method(vm, class, name)?, None))
}

/// Routes the pending call through `__call`/`__callStatic`.
fn set_magic(vm: &mut Vm, name: Option<PhpStr>) {
    if let (Some(call), Some(_)) = (vm.calls.last_mut(), &name) {
        call.magic = name;
    }
}

/// Turns the arguments of a call routed to `__call` into (name, [args]).
fn pack_magic_args(vm: &mut Vm, call: &mut PendingCall) {
    let Some(name) = call.magic.take() else {
        return;
    };
    let mut args = PhpArray::new();
    for v in vm.slots.drain(call.base..call.base + call.nargs as usize) {
        args.push(v.unref());
    }
    vm.slots.truncate(call.base);
    vm.slots.push(Value::Str(name));
    vm.slots.push(Value::array(args));
    call.nargs = 2;
}

// INIT_FCALL: op1 is the lowercased name, ext the number of arguments.
slow_handler!(init_fcall(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        if let Some(target) = cached_function(vm, o.op1) {
            push_call(vm, target, o.ext, None, None, None);
            return Flow::Next;
        }
        let target = match vm.operand(o.op1) {
            Value::Str(name) => match vm.functions.get(name.as_bytes()) {
                Some(Function::User(code)) => CallTarget::User(code.clone()),
                Some(Function::Native(f)) => CallTarget::Native(f.clone()),
                None => {
                    vm.save_ip(ip);
                    let shown = String::from_utf8_lossy(&vm.literal_bytes(o.op2)).into_owned();
                    let msg = format!("Call to undefined function {shown}()");
                    return { vm.throw_error("Error", &msg); Flow::Unwind };
                }
            },
            _ => return Flow::Next,
        };
        cache_function(vm, o.op1, &target);
        push_call(vm, target, o.ext, None, None, None);
        Flow::Next
    })
});

// INIT_NS_FCALL: an unqualified call inside a namespace (Zend's
// INIT_NS_FCALL_BY_NAME). op1 is the namespaced name as resolved (shown in
// the error), op2 the lowercased global name, called when no namespaced
// function exists; ext the number of arguments.
slow_handler!(init_ns_fcall(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        if let Some(target) = cached_function(vm, o.op1) {
            push_call(vm, target, o.ext, None, None, None);
            return Flow::Next;
        }
        let name = vm.literal_bytes(o.op1);
        let global = vm.literal_bytes(o.op2);
        let found = vm
            .functions
            .get(&name.to_ascii_lowercase())
            .or_else(|| vm.functions.get(&global));
        let target = match found {
            Some(Function::User(code)) => CallTarget::User(code.clone()),
            Some(Function::Native(f)) => CallTarget::Native(f.clone()),
            None => {
                vm.save_ip(ip);
                let msg = format!("Call to undefined function {}()", String::from_utf8_lossy(&name));
                return { vm.throw_error("Error", &msg); Flow::Unwind };
            }
        };
        cache_function(vm, o.op1, &target);
        push_call(vm, target, o.ext, None, None, None);
        Flow::Next
    })
});

/// INIT_FCALL's function from the op array's cache, if resolved before.
#[inline(always)]
fn cached_function(vm: &Vm, name: Operand) -> Option<CallTarget> {
    let Operand::Const(i) = name else { return None };
    let cache = vm.code.call_cache.0.borrow();
    match cache.get(i as usize)? {
        Some(CachedFunction::User(f)) => f.upgrade().map(CallTarget::User),
        Some(CachedFunction::Native(f)) => Some(CallTarget::Native(f.clone())),
        None => None,
    }
}

fn cache_function(vm: &Vm, name: Operand, target: &CallTarget) {
    let Operand::Const(i) = name else { return };
    let entry = match target {
        CallTarget::User(code) => CachedFunction::User(Rc::downgrade(code)),
        CallTarget::Native(f) => CachedFunction::Native(f.clone()),
        _ => return,
    };
    let mut cache = vm.code.call_cache.0.borrow_mut();
    if cache.len() <= i as usize {
        cache.resize(i as usize + 1, None);
    }
    cache[i as usize] = Some(entry);
}

/// Finds a method for a call, checking visibility from the calling scope.
pub(crate) fn lookup_method(
    vm: &mut Vm,
    class: &crate::runtime::object::ClassRef,
    name: &[u8],
) -> Result<Rc<crate::runtime::object::Method>, Unwind> {
    let lc = name.to_ascii_lowercase();
    match class.find_method(&lc) {
        Some(m) => {
            if m.visibility != crate::ast::Visibility::Public {
                let scope = vm.code.class.clone();
                let allowed = match (&scope, m.visibility) {
                    (Some(s), crate::ast::Visibility::Private) => {
                        s.as_bytes().eq_ignore_ascii_case(m.class.as_bytes())
                    }
                    (Some(s), _) => {
                        let s = s.as_bytes().to_ascii_lowercase();
                        class.is_subclass_of(&s)
                            || vm
                                .class(&s)
                                .map(|c| c.is_subclass_of(&m.class.as_bytes().to_ascii_lowercase()))
                                .unwrap_or(false)
                    }
                    (None, _) => false,
                };
                if !allowed {
                    let vis = if m.visibility == crate::ast::Visibility::Private {
                        "private"
                    } else {
                        "protected"
                    };
                    let scope_text = match &scope {
                        Some(s) => format!("scope {}", s.to_lossy()),
                        None => "global scope".into(),
                    };
                    // php names the class that declared the method.
                    let msg = format!(
                        "Call to {vis} method {}::{}() from {scope_text}",
                        m.class.shown(),
                        m.name.to_lossy()
                    );
                    return Err(vm.throw_error("Error", &msg));
                }
            }
            Ok(m)
        }
        None => {
            let msg = match class.abstract_methods.iter().find(|(n, _)| *n == lc) {
                Some((_, shown)) => format!("Cannot call abstract method {shown}()"),
                None => format!(
                    "Call to undefined method {}::{}()",
                    class.name.shown(),
                    String::from_utf8_lossy(name)
                ),
            };
            Err(vm.throw_error("Error", &msg))
        }
    }
}

fn method_target(m: &crate::runtime::object::Method) -> CallTarget {
    match &m.body {
        MethodBody::User(code) => CallTarget::User(code.clone()),
        MethodBody::Native(f) => CallTarget::NativeMethod(
            f.clone(),
            Rc::from(format!("{}::{}", m.class.shown(), m.name.to_lossy()).as_str()),
        ),
    }
}

/// A property name operand: the literal (checked first, the usual case),
/// or for `$o->$p` / `$o->{expr}` the value converted to a string as php
/// does. On an object, a name starting with NUL (how php mangles private
/// names) is php's Error (quiet reads pass a null object: no error).
fn prop_name(vm: &mut Vm, ip: u32, op: Operand, obj: &Value) -> Result<Vec<u8>, Unwind> {
    let name = if let Operand::Const(_) = op {
        vm.literal_bytes(op)
    } else {
        let v = vm.read(ip, op);
        vm.save_ip(ip);
        vm.to_php_string(&v)?.as_bytes().to_vec()
    };
    // Only a braced name (`$o->{"\0a"}`) can start with NUL.
    if name.first() == Some(&0) && matches!(obj, Value::Object(_)) {
        vm.throw_error("Error", "Cannot access property starting with \"\\0\"");
        return Err(Unwind);
    }
    Ok(name)
}

/// A method name operand: the literal, or for `$o->$m()` / `A::{expr}()`
/// a value that must be a string.
fn method_name(vm: &mut Vm, ip: u32, op: Operand) -> Result<Vec<u8>, Unwind> {
    if let Operand::Const(_) = op {
        return Ok(vm.literal_bytes(op));
    }
    match vm.read(ip, op) {
        Value::Str(s) => Ok(s.as_bytes().to_vec()),
        _ => {
            vm.save_ip(ip);
            vm.throw_error("Error", "Method name must be a string");
            Err(Unwind)
        }
    }
}

/// A class operand: a literal name as written (`self`, `parent` and
/// `static` included), or for `$c::X`, `new $c` and the like a value: a
/// class name string (fully qualified) or an object, whose class it is.
/// Returns the class and its name as written, for messages.
fn class_operand(
    vm: &mut Vm,
    ip: u32,
    op: Operand,
) -> Result<(crate::runtime::object::ClassRef, Vec<u8>), Unwind> {
    if let Operand::Const(_) = op {
        let name = vm.literal_bytes(op);
        vm.save_ip(ip);
        let class = crate::class::resolve_class(vm, &name)?;
        return Ok((class, name));
    }
    let v = vm.read(ip, op);
    vm.save_ip(ip);
    match v {
        // A name in a string is a class's own: `self`, `parent` and
        // `static` name no class there (php's ZEND_FETCH_CLASS_DEFAULT).
        Value::Str(name) => match vm.class(name.as_bytes()) {
            Some(class) => Ok((class, name.as_bytes().to_vec())),
            None => {
                let msg = format!("Class \"{}\" not found", name.to_lossy());
                Err(vm.throw_error("Error", &msg))
            }
        },
        Value::Object(obj) => Ok((obj.class.clone(), obj.class.name.as_bytes().to_vec())),
        _ => {
            vm.throw_error("Error", "Class name must be a valid object or a string");
            Err(Unwind)
        }
    }
}

// INIT_METHOD_CALL: op1 the object, op2 the method name, ext the arguments.
slow_handler!(init_method_call(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let name = tri!(method_name(vm, ip, o.op2));
        let obj = vm.read_consume(ip, o.op1);
        vm.save_ip(ip);
        let Value::Object(obj) = obj else {
            let msg = format!(
                "Call to a member function {}() on {}",
                String::from_utf8_lossy(&name),
                obj.type_name()
            );
            vm.throw_error("Error", &msg);
            return Flow::Unwind;
        };
        let class = obj.class.clone();
        let (m, magic) = tri!(method_or_magic(vm, &class, &name, b"__call"));
        let this = if m.is_static { None } else { Some(obj) };
        push_call(vm, method_target(&m), o.ext, this, Some(class), None);
        set_magic(vm, magic);
        Flow::Next
    })
});

// INIT_STATIC_METHOD_CALL: op1 the class name (or self/parent/static), op2 the method.
slow_handler!(init_static_method_call(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let (class, _) = tri!(class_operand(vm, ip, o.op1));
        let name = tri!(method_name(vm, ip, o.op2));
        // From an instance of the class, a missing method goes to __call.
        let caller_this = vm
            .frames
            .last()
            .and_then(|f| f.this.clone())
            .filter(|t| t.class.is_subclass_of(&class.name.as_bytes().to_ascii_lowercase()));
        let magic_name: &[u8] = if caller_this.is_some() && class.find_method(b"__call").is_some() {
            b"__call"
        } else {
            b"__callstatic"
        };
        let (m, magic) = tri!(method_or_magic(vm, &class, &name, magic_name));
        // parent::f() and self::f() from an instance method keep $this.
        let this = if m.is_static {
            None
        } else {
            caller_this.or_else(|| vm.frames.last().and_then(|f| f.this.clone()))
        };
        if !m.is_static && this.is_none() {
            let msg = format!(
                "Non-static method {}::{}() cannot be called statically",
                m.class.shown(),
                m.name.to_lossy()
            );
            vm.throw_error("Error", &msg);
            return Flow::Unwind;
        }
        push_call(vm, method_target(&m), o.ext, this, Some(class), None);
        set_magic(vm, magic);
        Flow::Next
    })
});

// DECLARE_CLOSURE: creates a closure object (result) for the op array's
// closure number ext, capturing the enclosing variables it uses: by
// value (with the undefined-variable warning, except for arrow
// functions), or by reference.
slow_handler!(declare_closure(vm, ip) {
    let o = vm.op(ip);
    let (code, outer) = vm.code.closures[o.ext as usize].clone();
    let mut bound = Vec::with_capacity(outer.len());
    for (&(_, by_ref), &slot) in code.captures.iter().zip(&outer) {
        bound.push(if by_ref {
            Value::Ref(make_ref(vm.slot_mut(slot)))
        } else if code.arrow {
            vm.read_quiet(Operand::Slot(slot))
        } else {
            vm.read(ip, Operand::Slot(slot))
        });
    }
    let (this, scope) = match vm.frames.last() {
        Some(f) => (if code.is_static { None } else { f.this.clone() }, f.class.clone()),
        None => (None, None),
    };
    let data = crate::closure::ClosureData { code, bound, this, scope, forward: None };
    let obj = crate::closure::new_closure(vm, data);
    vm.set_result(o.result, Value::Object(obj));
    Flow::Next
});

// DECLARE_FUNCTION: declares the function at `ext` of this op array's
// closures (a declaration inside a block or a function body, which php
// makes when it runs).
slow_handler!(declare_function(vm, ip) {
    let o = vm.op(ip);
    let code = vm.code.closures[o.ext as usize].0.clone();
    vm.save_ip(ip);
    let lc = code.name.as_bytes().to_ascii_lowercase();
    if let Some(msg) = vm.redeclare_error(&code) {
        vm.fatal(&msg);
        return Flow::Unwind;
    }
    vm.functions.insert(lc, Function::User(code));
    Flow::Next
});

// DECLARE_CLASS: op1 the name of a class declared at this point of the
// file. Nothing to do when it was declared with its file (or, for an
// anonymous class, when this op ran before); one whose parent or
// interfaces were missing then is declared now. A missing parent or
// interface is an Error (and the class stays pending, so the next run of
// the op tries again, as php does); any other failure is fatal.
slow_handler!(declare_class(vm, ip) {
    let o = vm.op(ip);
    let name = vm.literal_bytes(o.op1);
    let file = vm.code.file.clone();
    let Some(at) = vm.pending_classes.iter().position(|(f, c)| {
        Rc::ptr_eq(f, &file) && c.name.as_bytes().eq_ignore_ascii_case(&name)
    }) else {
        return Flow::Next;
    };
    let (file, class) = vm.pending_classes.remove(at);
    vm.save_ip(ip);
    match crate::class::declare_class(vm, &class) {
        Ok(()) => Flow::Next,
        Err(msg) if msg.ends_with("not found") => {
            vm.pending_classes.insert(at, (file, class));
            vm.throw_error("Error", &msg);
            Flow::Unwind
        }
        Err(msg) => {
            vm.fatal(&msg);
            Flow::Unwind
        }
    }
});

// INIT_DYNAMIC_CALL: `$f(...)`: op1 the callee (a closure, an invokable
// object, a function name, "C::m", or [$obj or "C", "m"]), ext the
// number of arguments.
slow_handler!(init_dynamic_call(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let callee = vm.read(ip, o.op1);
        vm.save_ip(ip);
        init_call_of(vm, ip, callee)
    })
});

fn init_call_of(vm: &mut Vm, ip: u32, callee: Value) -> Flow {
    let o = vm.op(ip);
    match callee {
        Value::Object(obj) => {
            if let Some(data) = crate::closure::closure_data(&obj) {
                if let Some(target) = &data.forward {
                    // A Closure of an internal function or a magic method.
                    return init_call_of(vm, ip, target.clone());
                }
                let target = CallTarget::User(data.code.clone());
                push_call(
                    vm,
                    target,
                    o.ext,
                    data.this.clone(),
                    data.scope.clone(),
                    None,
                );
                if let Some(call) = vm.calls.last_mut() {
                    call.closure = Some(data);
                }
                return Flow::Next;
            }
            let class = obj.class.clone();
            if class.find_method(b"__invoke").is_none() {
                let msg = format!("Object of type {} is not callable", class.name.shown());
                vm.throw_error("Error", &msg);
                return Flow::Unwind;
            }
            let m = tri!(lookup_method(vm, &class, b"__invoke"));
            push_call(vm, method_target(&m), o.ext, Some(obj), Some(class), None);
            Flow::Next
        }
        Value::Str(name) => {
            let bytes = name.as_bytes();
            if let Some(pos) = bytes.windows(2).position(|w| w == b"::") {
                let class = tri!(crate::class::resolve_class(vm, &bytes[..pos]));
                return dynamic_method_call(vm, ip, class, None, &bytes[pos + 2..]);
            }
            let bare = bytes.strip_prefix(b"\\").unwrap_or(bytes);
            let target = match vm.functions.get(&bare.to_ascii_lowercase()) {
                Some(Function::User(code)) => CallTarget::User(code.clone()),
                Some(Function::Native(f)) => CallTarget::Native(f.clone()),
                None => {
                    let msg = format!("Call to undefined function {}()", name.to_lossy());
                    vm.throw_error("Error", &msg);
                    return Flow::Unwind;
                }
            };
            push_call(vm, target, o.ext, None, None, None);
            Flow::Next
        }
        Value::Array(a) => {
            let parts = (
                a.get(&Key::Int(0)).map(Value::deref),
                a.get(&Key::Int(1)).map(Value::deref),
            );
            match (a.len(), parts) {
                (2, (Some(Value::Object(obj)), Some(Value::Str(m)))) => {
                    let class = obj.class.clone();
                    dynamic_method_call(vm, ip, class, Some(obj), m.as_bytes())
                }
                (2, (Some(Value::Str(c)), Some(Value::Str(m)))) => {
                    let class = tri!(crate::class::resolve_class(vm, c.as_bytes()));
                    dynamic_method_call(vm, ip, class, None, m.as_bytes())
                }
                (2, _) => {
                    vm.throw_error(
                        "Error",
                        "First array member is not a valid class name or object",
                    );
                    Flow::Unwind
                }
                _ => {
                    vm.throw_error("Error", "Array callback must have exactly two elements");
                    Flow::Unwind
                }
            }
        }
        other => {
            let msg = format!("Value of type {} is not callable", other.type_name());
            vm.throw_error("Error", &msg);
            Flow::Unwind
        }
    }
}

// CREATE_CLOSURE: `f(...)` and the like: a Closure of the callee (see
// ops::callable_ref for the operands), bound where it is created.
slow_handler!(create_closure(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        vm.save_ip(ip);
        let name = |vm: &mut Vm, k| Value::Str(PhpStr::from(vm.literal_bytes(k)));
        let callable = match o.ext {
            // An unqualified name in a namespace falls back to the global one.
            callable_ref::FUNCTION
                if o.op2 != Operand::Unused
                    && !vm.functions.contains_key(&vm.literal_bytes(o.op1).to_ascii_lowercase()) =>
            {
                name(vm, o.op2)
            }
            callable_ref::FUNCTION => name(vm, o.op1),
            callable_ref::VALUE => vm.read(ip, o.op1),
            kind => {
                let target = if kind == callable_ref::METHOD {
                    vm.read(ip, o.op1)
                } else {
                    // `self`/`parent`/`static` mean the current ones.
                    let (class, c) = tri!(class_operand(vm, ip, o.op1));
                    let literal = matches!(o.op1, Operand::Const(_));
                    if literal && (c.eq_ignore_ascii_case(b"parent") || c.eq_ignore_ascii_case(b"self")) {
                        if let Some(this) = vm.frames.last().and_then(|f| f.this.clone()) {
                            let m = tri!(method_name(vm, ip, o.op2));
                            let closure = tri!(crate::closure::method_closure(vm, &class, Some(this), &m));
                            vm.set_result(o.result, Value::Object(closure));
                            return Flow::Next;
                        }
                    }
                    Value::Str(class.name.clone())
                };
                let m = Value::Str(PhpStr::from(tri!(method_name(vm, ip, o.op2))));
                Value::array(PhpArray::from_list(vec![target, m]))
            }
        };
        let closure = tri!(crate::closure::from_callable(vm, callable));
        vm.set_result(o.result, Value::Object(closure));
        Flow::Next
    })
});

/// Starts a method call named at run time (`[$obj, "m"]()`, `"C::m"()`).
fn dynamic_method_call(
    vm: &mut Vm,
    ip: u32,
    class: crate::runtime::object::ClassRef,
    obj: Option<crate::runtime::object::ObjRef>,
    name: &[u8],
) -> Flow {
    let o = vm.op(ip);
    let magic: &[u8] = if obj.is_some() {
        b"__call"
    } else {
        b"__callstatic"
    };
    let (m, magic) = tri!(method_or_magic(vm, &class, name, magic));
    let this = if m.is_static { None } else { obj };
    if !m.is_static && this.is_none() {
        let msg = format!(
            "Non-static method {}::{}() cannot be called statically",
            m.class.shown(),
            m.name.to_lossy()
        );
        vm.throw_error("Error", &msg);
        return Flow::Unwind;
    }
    push_call(vm, method_target(&m), o.ext, this, Some(class), None);
    set_magic(vm, magic);
    Flow::Next
}

// NEW: creates the object (result) and starts its constructor call.
// NEW: op1 the class name (a literal), or for `new $class` a value: a
// class name string or an object, whose class is instantiated.
slow_handler!(new_object(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let (class, _) = tri!(class_operand(vm, ip, o.op1));
        if class.is_interface {
            let msg = format!("Cannot instantiate interface {}", class.name.shown());
            vm.throw_error("Error", &msg);
            return Flow::Unwind;
        }
        if class.is_abstract {
            let msg = format!("Cannot instantiate abstract class {}", class.name.shown());
            vm.throw_error("Error", &msg);
            return Flow::Unwind;
        }
        if class.enum_info.is_some() {
            let msg = format!("Cannot instantiate enum {}", class.name.shown());
            vm.throw_error("Error", &msg);
            return Flow::Unwind;
        }
        if is_generator_class(&class) {
            // Only calling a generator function makes one (it needs a body).
            let msg = "The \"Generator\" class is reserved for internal use and cannot be manually instantiated";
            vm.throw_error("Error", msg);
            return Flow::Unwind;
        }
        let obj = vm.instantiate(&class);
        tri!(crate::class::init_props(vm, &obj));
        if crate::class::is_throwable(&class) {
            vm.fill_exception(&obj);
        }
        let target = match class.find_method(b"__construct") {
            Some(m) => method_target(&m),
            None => CallTarget::Nothing,
        };
        push_call(vm, target, o.ext, Some(obj.clone()), Some(class), Some(obj));
        Flow::Next
    })
});

// SEND: op1 the value, ext the argument's position.
handler!(send(vm, ip) {
    let o = vm.op(ip);
    if arg_by_ref(vm, o.ext) {
        return send_by_ref(vm, ip);
    }
    let v = vm.read_consume(ip, o.op1);
    if let Some(call) = vm.calls.last() {
        let i = call.base + o.ext as usize;
        vm.slots[i] = v;
    }
    Flow::Next
});

/// Whether argument `n` of the call being set up binds by reference.
#[inline(always)]
fn arg_by_ref(vm: &Vm, n: u32) -> bool {
    match vm.calls.last().map(|c| &c.target) {
        Some(CallTarget::User(code)) => match code.params.get(n as usize) {
            Some(p) => p.by_ref,
            None => code.params.last().is_some_and(|p| p.variadic && p.by_ref),
        },
        Some(CallTarget::Native(f)) => f.param_by_ref(n),
        _ => false,
    }
}

/// Puts a reference in argument slot `n` of the call being set up.
fn put_arg(vm: &mut Vm, n: u32, v: Value) {
    if let Some(call) = vm.calls.last() {
        let i = call.base + n as usize;
        vm.slots[i] = v;
    }
}

// SEND to a by-reference parameter: a variable is bound (it becomes a
// reference if it is not one); any other value is passed in a fresh
// reference after php's notice, and a literal is an error.
#[inline(never)]
fn send_by_ref(vm: &mut Vm, ip: u32) -> Flow {
    let o = vm.op(ip);
    let prefer_ref = matches!(
        vm.calls.last().map(|c| &c.target),
        Some(CallTarget::Native(f)) if f.param_prefer_ref(o.ext)
    );
    if prefer_ref && o.flags & send_flags::VAR == 0 {
        // Not a variable: passed as a value, quietly.
        let v = vm.read(ip, o.op1);
        put_arg(vm, o.ext, v);
        return Flow::Next;
    }
    let cell = match o.op1 {
        Operand::Slot(n) if o.flags & send_flags::VAR != 0 => make_ref(vm.slot_mut(n)),
        Operand::Slot(_) if o.flags & send_flags::NULLSAFE == 0 => {
            vm.save_ip(ip);
            vm.report(
                crate::vm::E_NOTICE,
                "Only variables should be passed by reference",
            );
            let v = vm.read(ip, o.op1);
            Rc::new(std::cell::RefCell::new(v))
        }
        _ => {
            vm.save_ip(ip);
            let msg = format!(
                "{}(): Argument #{}{} cannot be passed by reference",
                pending_call_name(vm),
                o.ext + 1,
                pending_param_name(vm, o.ext)
            );
            vm.throw_error("Error", &msg);
            return Flow::Unwind;
        }
    };
    put_arg(vm, o.ext, Value::Ref(cell));
    Flow::Next
}

/// The name of the function a pending call runs, for messages.
fn pending_call_name(vm: &Vm) -> String {
    match vm.calls.last().map(|c| &c.target) {
        Some(CallTarget::User(code)) => code.display_name(),
        Some(CallTarget::Native(f)) => f.name.to_string(),
        Some(CallTarget::NativeMethod(_, name)) => name.to_string(),
        _ => String::new(),
    }
}

/// ` ($name)` of parameter `n` of a pending user call ("" if unknown).
fn pending_param_name(vm: &Vm, n: u32) -> String {
    match vm.calls.last().map(|c| &c.target) {
        Some(CallTarget::User(code)) => code
            .params
            .get(n as usize)
            .map(|p| format!(" (${})", p.name.to_lossy()))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

// SEND_NAMED: `name: value` (op1 the value, op2 the name): the argument
// goes to the slot of the parameter of that name; parameters left out take
// their defaults when received.
slow_handler!(send_named(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let v = vm.read(ip, o.op1);
        let name = vm.literal_bytes(o.op2);
        vm.save_ip(ip);
        let code = match vm.calls.last().map(|c| &c.target) {
            Some(CallTarget::User(code)) => code.clone(),
            Some(CallTarget::Nothing) => return Flow::Next,
            _ => {
                vm.fatal("a named argument to an internal function is not supported by phpvm");
                return Flow::Unwind;
            }
        };
        let Some(n) = code
            .params
            .iter()
            .position(|p| !p.variadic && p.name.as_bytes() == name.as_slice())
        else {
            let msg = if code.params.last().is_some_and(|p| p.variadic) {
                "named arguments collected by a variadic parameter are not supported by phpvm"
                    .to_string()
            } else {
                format!("Unknown named parameter ${}", String::from_utf8_lossy(&name))
            };
            vm.throw_error("Error", &msg);
            return Flow::Unwind;
        };
        let call = vm.calls.last_mut().expect("a pending call");
        let i = call.base + n;
        if (n as u32) < call.nargs && !matches!(vm.slots.get(i), None | Some(Value::Undef)) {
            let msg = format!(
                "Named parameter ${} overwrites previous argument",
                String::from_utf8_lossy(&name)
            );
            vm.throw_error("Error", &msg);
            return Flow::Unwind;
        }
        call.nargs = call.nargs.max(n as u32 + 1);
        if vm.slots.len() <= i {
            vm.slots.resize(i + 1, Value::Undef);
        }
        if code.params[n].by_ref {
            vm.fatal("passing by reference through a named argument is not supported by phpvm");
            return Flow::Unwind;
        }
        vm.slots[i] = v;
        Flow::Next
    })
});

// SEND_DIM: an argument written as an element (`f($a[1][2])`): op1 the base
// variable, the leading keys recorded by FETCH_DIM_W, op2 the last key.
// A by-reference parameter binds the element (creating it, as php does);
// a by-value one reads it with the usual warnings.
slow_handler!(send_dim(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let last = match o.op2 {
            Operand::Unused => None,
            k => Some(vm.read(ip, k)),
        };
        let mut path = std::mem::take(&mut vm.dim_path);
        path.push(last);
        let Operand::Slot(base) = o.op1 else { return Flow::Next };
        vm.save_ip(ip);
        let arg = if arg_by_ref(vm, o.ext) {
            let mut errors = Vec::new();
            let slot = &mut vm.slots[vm.base + base as usize];
            let cell = dim_place(&mut errors, slot, &path, make_ref);
            tri!(raise_dim_errors(vm, errors));
            match cell {
                Some(c) => Value::Ref(c),
                None => return Flow::Unwind,
            }
        } else {
            let mut v = vm.read(ip, o.op1);
            for k in &path {
                let Some(k) = k else {
                    vm.throw_error("Error", "Cannot use [] for reading");
                    return Flow::Unwind;
                };
                v = tri!(fetch_dim(vm, &v, k, false));
            }
            v
        };
        path.clear();
        vm.dim_path = path;
        put_arg(vm, o.ext, arg);
        Flow::Next
    })
});

// DO_FCALL: runs the pending call. A user call pushes a frame and ENTERs;
// an internal call runs with its own frame on top, then polls the
// interrupt flag while that frame is still on top (php-src #14627).
slow_handler!(do_fcall(vm, ip) {
    let o = vm.op(ip);
    vm.save_ip(ip);
    match vm.calls.pop() {
        None => Flow::Next,
        Some(mut call) => {
            if call.magic.is_some() {
                pack_magic_args(vm, &mut call);
            }
            match &call.target {
            CallTarget::User(_) => match vm.push_user_frame(call, o.result, false) {
                Ok(()) => Flow::Enter,
                Err(Unwind) => Flow::Unwind,
            },
            CallTarget::Native(f) => {
                let (name, f) = (f.name.clone(), f.run.clone());
                call_native(vm, ip, call, name, move |vm, _this, args| f(vm, args))
            }
            CallTarget::NativeMethod(f, name) => {
                let (f, name) = (f.clone(), name.clone());
                call_native(vm, ip, call, name, move |vm, this, args| f(vm, this, args))
            }
            CallTarget::Nothing => {
                vm.slots.truncate(call.base);
                vm.set_result(o.result, call.ctor.map(Value::Object).unwrap_or(Value::Null));
                Flow::Next
            }
            }
        }
    }
});

fn call_native(
    vm: &mut Vm,
    ip: u32,
    call: PendingCall,
    name: Rc<str>,
    run: impl FnOnce(
        &mut Vm,
        Option<&crate::runtime::object::ObjRef>,
        &[Value],
    ) -> Result<Value, Unwind>,
) -> Flow {
    let o = vm.op(ip);
    // One allocation, shared with the frame (for backtraces).
    let args: Rc<[Value]> = vm
        .slots
        .drain(call.base..)
        .map(Value::deref_undef)
        .collect();
    vm.frames.push(Frame {
        code: None,
        native_name: Some(name),
        ip: 0,
        base: call.base,
        ret_slot: o.result,
        this: call.this.clone(),
        class: call.class.clone(),
        num_args: args.len() as u32,
        extra_args: Vec::new(),
        native_args: Some(args.clone()),
        boundary: false,
        ctor: None,
        generator: None,
        included: false,
        vars: None,
    });
    let result = run(vm, call.this.as_ref(), &args);
    // ZEND_VM_FCALL_INTERRUPT_CHECK: the callee frame is still on top.
    if vm.interrupt.is_pending() && !vm.halted {
        fcall_interrupt(vm);
    }
    vm.frames.pop();
    vm.reload();
    if vm.halted {
        return Flow::Unwind;
    }
    match result {
        Ok(v) if vm.exception.is_none() => {
            let v = match call.ctor {
                Some(obj) => Value::Object(obj),
                None => v,
            };
            vm.set_result(o.result, v);
            Flow::Next
        }
        _ => Flow::Unwind,
    }
}

/// zend_fcall_interrupt: services the flag with the internal callee's frame
/// on top; it may not switch frames, so it returns to the calling handler.
#[cold]
fn fcall_interrupt(vm: &mut Vm) {
    vm.interrupt.take();
    if vm.interrupt.timed_out() {
        vm.timeout();
        return;
    }
    vm.interrupts_serviced += 1;
    for f in vm.interrupt_fns.clone() {
        if f(vm, PollSite::InternalCall).is_err() || vm.halted {
            break;
        }
    }
}

// RECV: checks and coerces the argument for parameter `ext` (in its CV).
handler!(recv(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let n = o.ext;
        let frame = vm.frames.last().expect("frame");
        if n >= frame.num_args {
            vm.save_ip(ip);
            tri!(too_few_arguments(vm));
        }
        if vm.slot(n).is_undef() {
            // Skipped by named arguments.
            vm.save_ip(ip);
            let code = vm.code.clone();
            let msg = format!(
                "{}(): Argument #{} (${}) not passed",
                code.argument_error_name(),
                n + 1,
                code.params[n as usize].name.to_lossy()
            );
            vm.throw_error("ArgumentCountError", &msg);
            return Flow::Unwind;
        }
        tri!(check_param(vm, ip, n));
        Flow::Next
    })
});

// RECV_INIT: like RECV, but a missing argument takes the default in op2.
handler!(recv_init(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let n = o.ext;
        let passed = vm.frames.last().map(|f| n < f.num_args).unwrap_or(false)
            && !vm.slot(n).is_undef();
        if passed {
            tri!(check_param(vm, ip, n));
        } else if o.op2 == Operand::Unused {
            vm.save_ip(ip);
            let code = vm.code.clone();
            let expr = code.params[n as usize].default_expr.as_ref().expect("a default expression");
            let v = tri!(crate::constexpr::eval(vm, expr));
            *vm.slot_mut(n) = v;
            tri!(check_param(vm, ip, n));
        } else {
            let v = vm.operand(o.op2).clone();
            *vm.slot_mut(n) = v;
        }
        Flow::Next
    })
});

fn too_few_arguments(vm: &mut Vm) -> Result<(), Unwind> {
    let code = vm.code.clone();
    let passed = vm.frames.last().map(|f| f.num_args).unwrap_or(0);
    let required = code
        .params
        .iter()
        .filter(|p| !p.has_default && !p.variadic)
        .count();
    let exactly = if required == code.params.len() {
        "exactly"
    } else {
        "at least"
    };
    let (file, line) = caller_position(vm);
    let msg = format!(
        "Too few arguments to function {}(), {} passed in {} on line {} and {} {} expected",
        code.display_name(),
        passed,
        file,
        line,
        exactly,
        required
    );
    Err(vm.throw_error("ArgumentCountError", &msg))
}

/// The file and line of the call that created the current frame.
fn caller_position(vm: &Vm) -> (String, u32) {
    let n = vm.frames.len();
    for f in vm.frames[..n.saturating_sub(1)].iter().rev() {
        if let Some(code) = &f.code {
            let line = code.ops.get(f.ip as usize).map(|o| o.line).unwrap_or(0);
            return (code.file.to_string(), line);
        }
    }
    (vm.script_path.to_string(), 0)
}

fn check_param(vm: &mut Vm, ip: u32, n: u32) -> Result<(), Unwind> {
    let code = vm.code.clone();
    let Some(param) = code.params.get(n as usize) else {
        return Ok(());
    };
    let Some(ty) = &param.ty else { return Ok(()) };
    if already_of_type(ty, vm.slot(n)) {
        return Ok(());
    }
    let v = vm.slot(n).deref();
    let v = coerce_arg(vm, ip, param, ty, n, v)?;
    vm.write_var(n, v);
    Ok(())
}

/// Coerces argument number `n` (0-based) to its parameter's type, or
/// throws php's TypeError naming the caller's line.
fn coerce_arg(
    vm: &mut Vm,
    ip: u32,
    param: &crate::ops::ParamInfo,
    ty: &TypeHint,
    n: u32,
    v: Value,
) -> Result<Value, Unwind> {
    // The calling file decides (an internal function's callback never is strict).
    let strict = vm.frames.len() >= 2
        && vm.frames[vm.frames.len() - 2]
            .code
            .as_ref()
            .is_some_and(|c| c.strict_types);
    match coerce(vm, ty, v, strict) {
        Ok(v) => Ok(v),
        Err(given) => {
            if vm.exception.is_some() {
                return Err(Unwind);
            }
            vm.save_ip(ip);
            let (file, line) = caller_position(vm);
            // php names no parameter for a variadic's arguments.
            let name = if param.variadic {
                String::new()
            } else {
                format!(" (${})", param.name.to_lossy())
            };
            let msg = format!(
                "{}(): Argument #{}{} must be of type {}, {} given, called in {} on line {}",
                vm.code.argument_error_name(),
                n + 1,
                name,
                type_text(ty),
                given,
                file,
                line
            );
            Err(vm.throw_error("TypeError", &msg))
        }
    }
}

// RECV_VARIADIC: collects parameter `ext` and every argument after it into
// a packed array, each checked against the parameter's type.
handler!(recv_variadic(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let n = o.ext;
        let code = vm.code.clone();
        let frame = vm.frames.last_mut().expect("frame");
        let mut args = Vec::new();
        if n < frame.num_args {
            let rest = std::mem::take(&mut frame.extra_args);
            args.push(std::mem::replace(vm.slot_mut(n), Value::Undef));
            args.extend(rest);
        }
        let param = &code.params[n as usize];
        let mut out = PhpArray::new();
        for (k, v) in args.into_iter().enumerate() {
            let v = match &param.ty {
                Some(ty) if !param.by_ref && !already_of_type(ty, &v) => {
                    tri!(coerce_arg(vm, ip, param, ty, n + k as u32, v))
                }
                _ => v,
            };
            out.push(v);
        }
        *vm.slot_mut(n) = Value::array(out);
        Flow::Next
    })
});

// SEND_UNPACK: `...$args` appends the array's values to the pending call.
slow_handler!(send_unpack(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let v = vm.read(ip, o.op1);
        vm.save_ip(ip);
        let values: Vec<Value> = match v.deref() {
            Value::Array(a) => {
                if a.iter().any(|(k, _)| matches!(k, Key::Str(_))) {
                    vm.fatal("named arguments (string keys in argument unpacking) are not supported by phpvm");
                    return Flow::Unwind;
                }
                a.iter().map(|(_, v)| v.deref()).collect()
            }
            Value::Object(_) => {
                vm.fatal("unpacking a Traversable into arguments is not supported by phpvm");
                return Flow::Unwind;
            }
            _ => {
                vm.throw_error("TypeError", "Only arrays and Traversables can be unpacked");
                return Flow::Unwind;
            }
        };
        for v in values {
            let Some(n) = vm.calls.last().map(|c| c.nargs) else { break };
            let v = if arg_by_ref(vm, n) {
                Value::Ref(Rc::new(std::cell::RefCell::new(v)))
            } else {
                v
            };
            let call = vm.calls.last_mut().expect("a pending call");
            call.nargs += 1;
            let i = call.base + n as usize;
            if vm.slots.len() <= i {
                vm.slots.resize(i + 1, Value::Undef);
            }
            vm.slots[i] = v;
        }
        Flow::Next
    })
});

/// php's ZEND_DOUBLE_FITS_LONG: the float converts to an int without wrapping.
fn fits_int(f: f64) -> bool {
    f.is_finite() && (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&f)
}

/// How a type declaration is written in messages.
pub fn type_text(t: &TypeHint) -> String {
    type_text_resolved(t, None, None)
}

/// A declared type as php's messages write it (zend_type_to_string): class
/// names first as declared, then the built-in types in a fixed order, null
/// last (`?T` when it is the only other type). `self` and `static` are
/// replaced by the class names given for them.
pub fn type_text_resolved(
    t: &TypeHint,
    self_name: Option<&str>,
    static_name: Option<&str>,
) -> String {
    let (names, mut nullable): (Vec<&[u8]>, bool) = match t {
        TypeHint::Named(n) => (vec![n.as_slice()], false),
        TypeHint::Nullable(n) => (vec![n.as_slice()], true),
        TypeHint::Union(ns) => (ns.iter().map(|n| n.as_slice()).collect(), false),
    };
    const BUILTIN: [&str; 13] = [
        "static", "callable", "iterable", "object", "array", "string", "int", "float", "bool",
        "false", "true", "void", "never",
    ];
    let mut classes = Vec::new();
    let mut builtins = Vec::new();
    for n in names {
        let lc = String::from_utf8_lossy(n).to_ascii_lowercase();
        match lc.as_str() {
            "null" => nullable = true,
            "mixed" => return "mixed".into(),
            "self" if self_name.is_some() => {
                classes.push(self_name.unwrap_or_default().to_string())
            }
            "static" if static_name.is_some() => {
                classes.push(static_name.unwrap_or_default().to_string())
            }
            b if BUILTIN.contains(&b) => builtins.push(b.to_string()),
            _ => classes.push(String::from_utf8_lossy(n).into_owned()),
        }
    }
    builtins.sort_by_key(|b| BUILTIN.iter().position(|x| x == b));
    let mut parts: Vec<String> = classes.into_iter().chain(builtins).collect();
    if nullable {
        if parts.len() == 1 {
            return format!("?{}", parts[0]);
        }
        parts.push("null".into());
    }
    parts.join("|")
}

/// The class `static` means in the running frame (late static binding).
fn called_class_name(vm: &Vm) -> Option<String> {
    let f = vm.frames.last()?;
    f.this
        .as_ref()
        .map(|t| t.class.name.to_lossy())
        .or_else(|| f.class.as_ref().map(|c| c.name.to_lossy()))
}

/// The common case of a type check, without allocating: one built-in type
/// that the value already has.
#[inline]
fn already_of_type(t: &TypeHint, v: &Value) -> bool {
    let (TypeHint::Named(name) | TypeHint::Nullable(name)) = t else {
        return false;
    };
    let is = |s: &[u8]| name.as_slice().eq_ignore_ascii_case(s);
    match v {
        Value::Undef => false,
        Value::Int(_) if is(b"int") => true,
        Value::Float(_) if is(b"float") => true,
        Value::Str(_) if is(b"string") => true,
        Value::Bool(_) if is(b"bool") => true,
        Value::Array(_) if is(b"array") => true,
        Value::Null if matches!(t, TypeHint::Nullable(_)) => true,
        _ => is(b"mixed"),
    }
}

/// Checks `v` against a declared type in coercive mode; Err gives the
/// given type's name for the TypeError.
/// `strict`: declare(strict_types=1) of the file that passes, returns or
/// assigns the value: only an int may still widen to float.
pub fn coerce(vm: &mut Vm, t: &TypeHint, v: Value, strict: bool) -> Result<Value, String> {
    if already_of_type(t, &v) {
        return Ok(v);
    }
    let (names, nullable): (Vec<&[u8]>, bool) = match t {
        TypeHint::Named(n) => (vec![n.as_slice()], false),
        TypeHint::Nullable(n) => (vec![n.as_slice()], true),
        TypeHint::Union(ns) => (ns.iter().map(|n| n.as_slice()).collect(), false),
    };
    let lc: Vec<Vec<u8>> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    let has = |s: &str| lc.iter().any(|n| n == s.as_bytes());
    let v = v.unref().deref_undef();
    // Exact matches first.
    let exact = match &v {
        Value::Null => nullable || has("null") || has("mixed"),
        Value::Bool(b) => {
            has("bool") || has("mixed") || (has("false") && !b) || (has("true") && *b)
        }
        Value::Int(_) => has("int") || has("mixed"),
        Value::Float(_) => has("float") || has("mixed"),
        Value::Str(_) => has("string") || has("mixed"),
        Value::Array(_) => has("array") || has("iterable") || has("mixed"),
        Value::Object(o) => {
            has("object")
                || has("mixed")
                || (has("iterable") && o.class.is_subclass_of(b"traversable"))
                || lc.iter().any(|n| {
                    let n = match n.as_slice() {
                        b"self" => vm
                            .code
                            .class
                            .as_ref()
                            .map(|c| c.as_bytes().to_ascii_lowercase())
                            .unwrap_or_default(),
                        b"static" => called_class_name(vm)
                            .map(|c| c.to_ascii_lowercase().into_bytes())
                            .unwrap_or_default(),
                        _ => n.clone(),
                    };
                    o.class.is_subclass_of(&n)
                })
        }
        Value::Undef | Value::Ref(_) => false,
    };
    if exact || (has("callable") && vm.is_callable(&v)) {
        return Ok(v);
    }
    // Coercive scalar conversions, in php's preference order.
    use crate::runtime::string::{parse_numeric, Numeric, NumericKind};
    let given = v.type_name();
    if has("string") {
        if let Value::Object(o) = &v {
            // A Stringable object passes as its string.
            if o.class.find_method(b"__tostring").is_some() {
                return vm.to_php_string(&v).map(Value::Str).map_err(|_| given);
            }
        }
    }
    let scalar = matches!(
        v,
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_)
    );
    if !scalar {
        return Err(given);
    }
    if strict {
        return match v {
            Value::Int(i) if has("float") => Ok(Value::Float(i as f64)),
            _ => Err(given),
        };
    }
    if has("int") {
        match &v {
            Value::Float(f) if fits_int(*f) && f.fract() == 0.0 => {
                return Ok(Value::Int(*f as i64))
            }
            // int wins over string in a union (php 8.1+: with a deprecation).
            Value::Float(f) if fits_int(*f) && !has("float") => {
                let shown =
                    String::from_utf8_lossy(&crate::runtime::string::float_to_bytes(*f, None))
                        .into_owned();
                vm.report(
                    E_DEPRECATED,
                    &format!("Implicit conversion from float {shown} to int loses precision"),
                );
                return Ok(Value::Int(*f as i64));
            }
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Str(s) => match parse_numeric(s.as_bytes()) {
                NumericKind::Whole(Numeric::Int(i)) => return Ok(Value::Int(i)),
                NumericKind::Whole(Numeric::Float(f))
                    if fits_int(f) && f.fract() == 0.0 && !has("float") =>
                {
                    return Ok(Value::Int(f as i64))
                }
                // A fractional float-string truncates, with php 8.1's deprecation.
                NumericKind::Whole(Numeric::Float(f)) if fits_int(f) && !has("float") => {
                    let msg = format!(
                        "Implicit conversion from float-string \"{}\" to int loses precision",
                        s.to_lossy()
                    );
                    vm.report(E_DEPRECATED, &msg);
                    return Ok(Value::Int(f as i64));
                }
                _ => {}
            },
            _ => {}
        }
    }
    if has("float") {
        match &v {
            Value::Int(i) => return Ok(Value::Float(*i as f64)),
            Value::Bool(b) => return Ok(Value::Float(*b as i64 as f64)),
            Value::Str(s) => {
                if let NumericKind::Whole(n) = parse_numeric(s.as_bytes()) {
                    return Ok(Value::Float(match n {
                        Numeric::Int(i) => i as f64,
                        Numeric::Float(f) => f,
                    }));
                }
            }
            _ => {}
        }
    }
    if has("string") {
        if let Value::Int(_) | Value::Float(_) | Value::Bool(_) = v {
            let p = vm.precision();
            return Ok(Value::Str(PhpStr::new(v.to_bytes_scalar(Some(p)))));
        }
    }
    if has("bool") {
        if let Value::Int(_) | Value::Float(_) | Value::Str(_) = v {
            return Ok(Value::Bool(v.to_bool()));
        }
    }
    Err(given)
}

// RETURN: pops the frame and hands the value to the caller (LEAVE), or
// leaves the executor when the frame was entered from native code.
slow_handler!(ret(vm, ip) {
    let o = vm.op(ip);
    let v = match o.op1 {
        Operand::Unused => Value::Null,
        op1 => vm.read(ip, op1),
    };
    vm.save_ip(ip);
    do_return(vm, v)
});

pub(crate) fn do_return(vm: &mut Vm, v: Value) -> Flow {
    if !vm.observers_end.is_empty() {
        let name = vm.code.display_name();
        for obs in vm.observers_end.clone() {
            obs(vm, &name);
        }
    }
    let frame = vm.frames.pop().expect("a frame to return from");
    if let (true, Some(code)) = (frame.included, &frame.code) {
        vm.detach_include_vars(code, frame.base);
    }
    let keep = vm.kept_slots(&frame);
    vm.slots.truncate(keep);
    if let Some(gen) = &frame.generator {
        crate::generator::finish(gen, v);
        vm.native_return = Value::Null;
        return Flow::Reenter;
    }
    let v = match frame.ctor {
        Some(obj) => Value::Object(obj),
        None => v,
    };
    if frame.boundary || vm.frames.is_empty() {
        vm.native_return = v;
        return Flow::Reenter;
    }
    let caller = vm.frames.last_mut().expect("caller");
    // LOAD_NEXT_OPLINE: the caller resumes after its DO_FCALL.
    caller.ip += 1;
    vm.reload();
    vm.set_result(frame.ret_slot, v);
    Flow::Leave
}

// VERIFY_RETURN_TYPE: op1 the value (coerced in place).
slow_handler!(verify_return_type(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let code = vm.code.clone();
        let Some(ty) = &code.return_type else { return Flow::Next };
        let v = vm.read(ip, o.op1);
        match coerce(vm, ty, v, code.strict_types) {
            Ok(v) => {
                if let Operand::Slot(n) = o.op1 {
                    *vm.slot_mut(n) = v;
                }
                Flow::Next
            }
            Err(given) => {
                if vm.exception.is_some() {
                    return Flow::Unwind;
                }
                vm.save_ip(ip);
                let implicit = o.op1 == Operand::Unused;
                let is_never = matches!(ty, TypeHint::Named(n) if n.eq_ignore_ascii_case(b"never"));
                let msg = if implicit && is_never {
                    format!(
                        "{}(): never-returning function must not implicitly return",
                        code.display_name()
                    )
                } else {
                    let given = if implicit { "none".to_string() } else { given };
                    let self_name = code.class.as_ref().map(|c| c.to_lossy());
                    let called = called_class_name(vm);
                    format!(
                        "{}(): Return value must be of type {}, {} returned",
                        code.display_name(),
                        type_text_resolved(ty, self_name.as_deref(), called.as_deref()),
                        given
                    )
                };
                vm.throw_error("TypeError", &msg);
                Flow::Unwind
            }
        }
    })
});

// ---- Arrays ---------------------------------------------------------------------

slow_handler!(init_array(vm, ip) {
    let o = vm.op(ip);
    vm.set_result(o.result, Value::array(PhpArray::new()));
    Flow::Next
});

// ADD_ARRAY_ELEMENT: result is the array being built; op1 value, op2 key.
slow_handler!(add_array_element(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let v = vm.read_consume(ip, o.op1);
        let key = match o.op2 {
            Operand::Unused => None,
            k => {
                let k = vm.read(ip, k);
                vm.save_ip(ip);
                Some(tri!(array_key(vm, &k)))
            }
        };
        if let Value::Array(a) = vm.slot_mut(o.result) {
            let a = Rc::make_mut(a);
            match key {
                Some(k) => a.set(k, v),
                None => {
                    if !a.push(v) {
                        vm.save_ip(ip);
                        next_element_occupied(vm);
                        return Flow::Unwind;
                    }
                }
            }
        }
        Flow::Next
    })
});

// ADD_ARRAY_UNPACK: `...op1` inside an array literal being built in result.
slow_handler!(add_array_unpack(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let v = vm.read(ip, o.op1);
        vm.save_ip(ip);
        let mut a = match std::mem::take(vm.slot_mut(o.result)) {
            Value::Array(a) => a,
            _ => Rc::new(PhpArray::new()),
        };
        let r = unpack_into(vm, Rc::make_mut(&mut a), &v);
        *vm.slot_mut(o.result) = Value::Array(a);
        tri!(r);
        Flow::Next
    })
});

/// A value used as an array key in a literal, with php 8.1's deprecation
/// for fractional floats and the TypeError for arrays and objects.
pub(crate) fn array_key(vm: &mut Vm, k: &Value) -> Result<Key, Unwind> {
    match to_key(k) {
        Some(key) => {
            if let Some(msg) = crate::runtime::value::float_key_deprecation(k) {
                vm.report(E_DEPRECATED, &msg);
            }
            Ok(key)
        }
        None => Err(vm.throw_error("TypeError", "Illegal offset type")),
    }
}

pub(crate) fn next_element_occupied(vm: &mut Vm) -> Unwind {
    vm.throw_error(
        "Error",
        "Cannot add element to the array as the next element is already occupied",
    )
}

/// `[...$v]`: the elements of an array or Traversable, integer keys
/// renumbered and string keys kept (php 8.1).
pub(crate) fn unpack_into(vm: &mut Vm, out: &mut PhpArray, v: &Value) -> Result<(), Unwind> {
    let mut add = |vm: &mut Vm, k: Key, v: Value| -> Result<(), Unwind> {
        match k {
            Key::Int(_) => {
                if !out.push(v) {
                    return Err(next_element_occupied(vm));
                }
            }
            Key::Str(_) => out.set(k, v),
        }
        Ok(())
    };
    match v.deref() {
        Value::Array(a) => {
            for (k, v) in a.iter() {
                add(vm, k, v.deref())?;
            }
            Ok(())
        }
        Value::Object(obj) if obj.class.is_subclass_of(b"traversable") => {
            crate::stdlib::classes::walk(vm, &obj, true, false, |vm, k, v| {
                match k.as_ref().and_then(to_key) {
                    Some(k) => add(vm, k, v),
                    None => Err(vm.throw_error(
                        "Error",
                        "Keys must be of type int|string during array unpacking",
                    )),
                }
            })
        }
        _ => Err(vm.throw_error("Error", "Only arrays and Traversables can be unpacked")),
    }
}

fn key_text(k: &Key) -> String {
    match k {
        Key::Int(i) => i.to_string(),
        Key::Str(s) => format!("\"{}\"", s.to_lossy()),
    }
}

/// Reads `container[key]` with php's warnings (or none in quiet mode).
pub(crate) fn fetch_dim(
    vm: &mut Vm,
    container: &Value,
    key: &Value,
    quiet: bool,
) -> Result<Value, Unwind> {
    match container {
        Value::Array(a) => {
            let Some(k) = to_key(key) else {
                return Err(vm.throw_error("TypeError", "Illegal offset type"));
            };
            if let Some(msg) = crate::runtime::value::float_key_deprecation(key) {
                vm.report(E_DEPRECATED, &msg);
            }
            match a.get(&k) {
                Some(v) => Ok(v.deref()),
                None => {
                    if !quiet {
                        vm.report(E_WARNING, &format!("Undefined array key {}", key_text(&k)));
                    }
                    Ok(Value::Null)
                }
            }
        }
        Value::Str(s) => {
            let i = if quiet {
                match string_offset(key) {
                    Ok((i, None | Some(OffsetWarning::Cast))) => i,
                    _ => return Ok(Value::Null),
                }
            } else {
                match string_offset(key) {
                    Ok((i, warning)) => {
                        if let Some(w) = warning {
                            vm.report(E_WARNING, &w.message(key));
                        }
                        i
                    }
                    Err(msg) => return Err(vm.throw_error("TypeError", &msg)),
                }
            };
            let len = s.len() as i64;
            let pos = if i < 0 { len + i } else { i };
            if pos < 0 || pos >= len {
                if !quiet {
                    vm.report(E_WARNING, &format!("Uninitialized string offset {i}"));
                }
                return Ok(if quiet { Value::Null } else { Value::str("") });
            }
            Ok(Value::Str(PhpStr::new(vec![s.as_bytes()[pos as usize]])))
        }
        Value::Object(o) if o.class.is_subclass_of(b"arrayaccess") => {
            use crate::class::call_method;
            // isset-like reads ask offsetExists() first.
            if quiet && !call_method(vm, o, b"offsetexists", vec![key.clone()])?.to_bool() {
                return Ok(Value::Null);
            }
            Ok(call_method(vm, o, b"offsetget", vec![key.clone()])?.unref())
        }
        Value::Object(o) => {
            let msg = format!(
                "Cannot use object of type {} as array",
                o.class.name.shown()
            );
            Err(vm.throw_error("Error", &msg))
        }
        other => {
            if !quiet {
                let t = match other {
                    Value::Undef | Value::Null => "null".to_string(),
                    v => v.type_name(),
                };
                vm.report(
                    E_WARNING,
                    &format!("Trying to access array offset on value of type {t}"),
                );
            }
            Ok(Value::Null)
        }
    }
}

/// Why a string offset key warns while it is used.
#[derive(Clone, Copy, PartialEq)]
enum OffsetWarning {
    /// A float, bool or null key: `String offset cast occurred`.
    Cast,
    /// A leading-numeric string ("1x"): `Illegal string offset "1x"`.
    Illegal,
}

impl OffsetWarning {
    fn message(self, key: &Value) -> String {
        match self {
            OffsetWarning::Cast => "String offset cast occurred".to_string(),
            OffsetWarning::Illegal => format!(
                "Illegal string offset \"{}\"",
                String::from_utf8_lossy(&key.to_bytes_scalar(None))
            ),
        }
    }
}

/// The byte position a key names in a string, as php's string offset
/// checks read it; Err is the TypeError for keys that name none.
fn string_offset(key: &Value) -> Result<(i64, Option<OffsetWarning>), String> {
    use crate::runtime::string::{parse_numeric, Numeric, NumericKind};
    match key.deref() {
        Value::Int(i) => Ok((i, None)),
        Value::Str(k) => match parse_numeric(k.as_bytes()) {
            NumericKind::Whole(Numeric::Int(i)) => Ok((i, None)),
            NumericKind::Leading(Numeric::Int(i)) => Ok((i, Some(OffsetWarning::Illegal))),
            _ => Err("Cannot access offset of type string on string".to_string()),
        },
        Value::Undef | Value::Null => Ok((0, Some(OffsetWarning::Cast))),
        Value::Bool(b) => Ok((b as i64, Some(OffsetWarning::Cast))),
        Value::Float(f) => Ok((
            crate::runtime::value::float_to_int(f),
            Some(OffsetWarning::Cast),
        )),
        other => Err(format!(
            "Cannot access offset of type {} on string",
            other.type_name()
        )),
    }
}

/// `$str[key] = v`: writes one byte (padding with spaces past the end) and
/// gives the byte written, or None (with the reason in `errors`).
fn assign_string_offset(
    errors: &mut Vec<String>,
    s: &mut PhpStr,
    key: Option<&Value>,
    v: &Value,
) -> Option<Value> {
    let Some(key) = key else {
        errors.push("E:[] operator not supported for strings".into());
        return None;
    };
    let i = match string_offset(key) {
        Ok((i, warning)) => {
            if let Some(w) = warning {
                errors.push(format!("W:{}", w.message(key)));
            }
            i
        }
        Err(msg) => {
            errors.push(format!("T:{msg}"));
            return None;
        }
    };
    let len = s.len() as i64;
    if i < -len {
        errors.push(format!("W:Illegal string offset {i}"));
        return Some(Value::Null);
    }
    let pos = if i < 0 { len + i } else { i } as usize;
    if matches!(v.deref(), Value::Array(_)) {
        errors.push("W:Array to string conversion".into());
    }
    let text = v.to_bytes_scalar(Some(14));
    let Some(&byte) = text.first() else {
        errors.push("E:Cannot assign an empty string to a string offset".into());
        return None;
    };
    if text.len() > 1 {
        errors.push("W:Only the first byte will be assigned to the string offset".into());
    }
    let bytes = s.make_mut();
    if pos >= bytes.len() {
        bytes.resize(pos + 1, b' ');
    }
    bytes[pos] = byte;
    Some(Value::Str(PhpStr::new(vec![byte])))
}

/// Assigns `v` at `key` of the container `c` (a variable or an element),
/// creating arrays as php does. Gives the assignment's value: `v`, or the
/// byte written at a string offset.
fn assign_element(
    errors: &mut Vec<String>,
    c: &mut Value,
    key: Option<&Value>,
    v: Value,
) -> Option<Value> {
    if let Value::Ref(r) = c {
        let r = r.clone();
        let Ok(mut inner) = r.try_borrow_mut() else {
            errors.push("E:Cannot write through a reference that is being written".into());
            return None;
        };
        return assign_element(errors, &mut inner, key, v);
    }
    match c {
        Value::Str(s) if !(s.is_empty() && key.is_none()) => {
            assign_string_offset(errors, s, key, &v)
        }
        _ => {
            let slot = dim_for_write(errors, c, key).ok()?;
            assign_through(slot, v.clone());
            Some(v)
        }
    }
}

// FETCH_DIM_R: result = op1[op2] (flags: QUIET for isset/??).
handler!(fetch_dim_r(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        if let (Value::Array(a), Value::Int(k)) = (vm.operand(o.op1), vm.operand(o.op2)) {
            if let Some(v) = a.get(&Key::Int(*k)) {
                let v = v.deref();
                vm.set_result(o.result, v);
                return Flow::Next;
            }
        }
        fetch_dim_r_slow(vm, ip)
    })
});

#[inline(never)]
fn fetch_dim_r_slow(vm: &mut Vm, ip: u32) -> Flow {
    let o = vm.op(ip);
    let quiet = o.flags & fetch_flags::QUIET != 0;
    let c = if quiet {
        vm.read_quiet(o.op1).deref_undef()
    } else {
        vm.read(ip, o.op1)
    };
    let k = vm.read(ip, o.op2);
    vm.save_ip(ip);
    let v = tri!(fetch_dim(vm, &c, &k, quiet));
    vm.set_result(o.result, v);
    Flow::Next
}

// FETCH_LIST_R: result = op1[op2] for a destructuring; a container that
// is not an array gives null without a warning.
slow_handler!(fetch_list_r(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let c = vm.read(ip, o.op1);
        let v = match c {
            Value::Array(_) => {
                let k = vm.read(ip, o.op2);
                vm.save_ip(ip);
                tri!(fetch_dim(vm, &c, &k, false))
            }
            _ => Value::Null,
        };
        vm.set_result(o.result, v);
        Flow::Next
    })
});

// FETCH_OBJ_W: result = the cell of property op2 of op1, for a write
// through it (`$o->p[k] = v`); the write releases it.
slow_handler!(fetch_obj_w(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let obj = vm.read(ip, o.op1);
        let name = tri!(prop_name(vm, ip, o.op2, &obj));
        vm.save_ip(ip);
        let cell = tri!(crate::class::property_cell(vm, &obj, &name));
        vm.free_temp(o.op1);
        if let Value::Object(obj) = obj {
            vm.prop_write = Some((obj, PhpStr::from(name)));
        }
        vm.set_result(o.result, Value::Ref(cell));
        Flow::Next
    })
});

/// After a write through a temporary base (a property or static property
/// cell): the temporary lets go of the cell, and a property goes back to a
/// plain value.
fn release_write_base(vm: &mut Vm, base: u32) {
    if base < vm.code.num_cvs() {
        return;
    }
    *vm.slot_mut(base) = Value::Undef;
    if let Some((obj, name)) = vm.prop_write.take() {
        crate::class::release_property_cell(&obj, name.as_bytes());
    }
}

// EXIT: op1 an int status, or a message to print (Unused: status 0). The
// script ends at once: no finally blocks run, output buffers are flushed.
slow_handler!(exit(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        vm.save_ip(ip);
        if o.op1 != Operand::Unused {
            match vm.read(ip, o.op1) {
                Value::Int(status) => vm.exit_status = status as i32,
                other => {
                    let text = tri!(vm.to_php_string(&other));
                    vm.out.write(text.as_bytes());
                }
            }
        }
        vm.exited = true;
        vm.halted = true;
        Flow::Unwind
    })
});

// GENERATOR_CREATE: the parameters are received; the frame becomes a
// suspended generator, returned to the caller.
slow_handler!(generator_create(vm, ip) {
    vm.save_ip(ip);
    let gen = crate::generator::create(vm, ip + 1);
    do_return(vm, gen)
});

/// The generator whose frame is running.
fn running_generator(vm: &Vm) -> Option<crate::generator::GenRef> {
    vm.frames.last().and_then(|f| f.generator.clone())
}

/// Values of pending calls live above the frame's slots, which a yield
/// moves out: php keeps them in the generator's stack; phpvm does not.
fn yield_inside_call(vm: &mut Vm) -> bool {
    let depth = vm.frames.len();
    if vm.calls.iter().any(|c| c.frame_depth >= depth) {
        vm.fatal("yield inside the arguments of a call is not supported by phpvm");
        return true;
    }
    false
}

// YIELD: op1 the value (Unused: null), op2 the key (ext 1) ; result
// receives the value sent in when the generator resumes.
slow_handler!(yield_value(vm, ip) {
    let o = vm.op(ip);
    let value = match o.op1 {
        Operand::Unused => Value::Null,
        v => vm.read(ip, v),
    };
    let key = (o.ext == 1).then(|| vm.read(ip, o.op2));
    vm.save_ip(ip);
    let Some(gen) = running_generator(vm) else { return Flow::Next };
    if yield_inside_call(vm) {
        return Flow::Unwind;
    }
    crate::generator::suspend(vm, &gen, key, value, ip + 1, o.result);
    Flow::Reenter
});

// YIELD_FROM: yields each value of an array or generator (op1), keys
// included, then gives the delegate generator's return value. The op runs
// again on each resumption until the delegate is done.
slow_handler!(yield_from(vm, ip) {
    body(|| {
        use crate::generator::{delegate_next, gen_state, Delegate};
        let o = vm.op(ip);
        vm.save_ip(ip);
        let Some(gen) = running_generator(vm) else { return Flow::Next };
        let first = gen.borrow().delegate.is_none();
        let sent = if first {
            let source = vm.read(ip, o.op1);
            let delegate = match source {
                Value::Array(a) => Delegate::Array(a, 0),
                Value::Object(obj) if gen_state(&obj).is_some() => Delegate::Generator(obj),
                Value::Object(obj) if obj.class.is_subclass_of(b"traversable") => {
                    // Even a generator reached through getIterator() is
                    // driven as a plain Iterator: its return value is lost.
                    Delegate::Iterator(tri!(crate::class::object_iterator(vm, &obj)))
                }
                _ => {
                    vm.throw_error("Error", "Can use \"yield from\" only with arrays and Traversables");
                    return Flow::Unwind;
                }
            };
            gen.borrow_mut().delegate = Some(delegate);
            Value::Null
        } else {
            std::mem::take(vm.slot_mut(o.result))
        };
        match tri!(delegate_next(vm, &gen, first, sent)) {
            Ok((key, value)) => {
                if yield_inside_call(vm) {
                    return Flow::Unwind;
                }
                // Delegated keys do not move the generator's own auto keys.
                let auto_key = gen.borrow().auto_key;
                crate::generator::suspend(vm, &gen, Some(key), value, ip, o.result);
                gen.borrow_mut().auto_key = auto_key;
                Flow::Reenter
            }
            Err(result) => {
                vm.set_result(o.result, result);
                Flow::Next
            }
        }
    })
});

// FETCH_DIM_W: one step of a nested write path (`$a[1][2] = v`): records
// the key (op2; Unused for `[]`) for the ASSIGN_DIM that follows.
slow_handler!(fetch_dim_w(vm, ip) {
    let o = vm.op(ip);
    let k = match o.op2 {
        Operand::Unused => None,
        k => Some(vm.read(ip, k)),
    };
    vm.dim_path.push(k);
    Flow::Next
});

/// Descends one level of a write path, creating arrays as php does.
fn dim_for_write<'a>(
    vm_err: &mut Vec<String>,
    slot: &'a mut Value,
    key: Option<&Value>,
) -> Result<&'a mut Value, ()> {
    match slot {
        Value::Undef | Value::Null => *slot = Value::array(PhpArray::new()),
        Value::Bool(false) => {
            vm_err.push("D:Automatic conversion of false to array is deprecated".into());
            *slot = Value::array(PhpArray::new());
        }
        Value::Array(_) => {}
        Value::Str(s) if s.is_empty() => {
            vm_err.push("E:[] operator not supported for strings".into());
            return Err(());
        }
        Value::Str(_) => {
            vm_err.push("E:Cannot use string offset as an array".into());
            return Err(());
        }
        Value::Object(o) => {
            vm_err.push(format!(
                "E:Cannot use object of type {} as array",
                o.class.name.shown()
            ));
            return Err(());
        }
        _ => {
            vm_err.push("E:Cannot use a scalar value as an array".into());
            return Err(());
        }
    }
    let Value::Array(a) = slot else {
        return Err(());
    };
    let a = Rc::make_mut(a);
    match key {
        None => match a.next_free_key() {
            Some(k) => Ok(a.entry(k)),
            None => {
                vm_err.push(
                    "E:Cannot add element to the array as the next element is already occupied"
                        .into(),
                );
                Err(())
            }
        },
        Some(k) => match to_key(k) {
            Some(key) => {
                if let Some(msg) = crate::runtime::value::float_key_deprecation(k) {
                    vm_err.push(format!("D:{msg}"));
                }
                Ok(a.entry(key))
            }
            None => {
                vm_err.push("T:Illegal offset type".into());
                Err(())
            }
        },
    }
}

/// Finds the element at the end of a key path, creating arrays on the way
/// as php does, and runs `f` on its slot. References met on the way are
/// followed; the final slot is passed as it is (it may be a reference).
/// None if the path cannot be written (the reason is in `errors`).
fn dim_place<R>(
    errors: &mut Vec<String>,
    slot: &mut Value,
    keys: &[Option<Value>],
    f: impl FnOnce(&mut Value) -> R,
) -> Option<R> {
    let Some((k, rest)) = keys.split_first() else {
        return Some(f(slot));
    };
    if let Value::Ref(r) = slot {
        // A reference (a by-reference parameter, a `global`, an element
        // bound with `&`): the path continues in the shared value.
        let r = r.clone();
        let Ok(mut inner) = r.try_borrow_mut() else {
            errors.push("E:Cannot write through a reference that is being written".into());
            return None;
        };
        return dim_place(errors, &mut inner, keys, f);
    }
    match dim_for_write(errors, slot, k.as_ref()) {
        Ok(s) => dim_place(errors, s, rest, f),
        Err(()) => None,
    }
}

/// Assigns to a slot that may hold a reference (writing through it).
fn assign_through(slot: &mut Value, v: Value) {
    if let Value::Ref(r) = slot {
        if let Ok(mut inner) = r.try_borrow_mut() {
            let old = std::mem::replace(&mut *inner, v);
            drop(inner);
            drop(old);
            return;
        }
    }
    *slot = v;
}

/// Writes `v` at the end of a key path, creating arrays on the way.
fn write_dim_path(
    errors: &mut Vec<String>,
    slot: &mut Value,
    keys: &[Option<Value>],
    v: Value,
) -> bool {
    dim_place(errors, slot, keys, |s| assign_through(s, v)).is_some()
}

/// Turns a slot into a reference (if it is not one) and returns the cell:
/// `$a = &$b` makes `$b` a reference both variables then share.
pub(crate) fn make_ref(slot: &mut Value) -> crate::runtime::value::RefCell {
    if let Value::Ref(r) = slot {
        return r.clone();
    }
    let v = std::mem::take(slot).deref_undef();
    let r = Rc::new(std::cell::RefCell::new(v));
    *slot = Value::Ref(r.clone());
    r
}

/// Raises what a write path collected: deprecations are reported, the
/// first error is thrown.
fn raise_dim_errors(vm: &mut Vm, errors: Vec<String>) -> Result<(), Unwind> {
    for e in errors {
        let (kind, msg) = e.split_at(2);
        match kind {
            "D:" => vm.report(E_DEPRECATED, msg),
            "W:" => vm.report(E_WARNING, msg),
            "T:" => return Err(vm.throw_error("TypeError", msg)),
            _ => return Err(vm.throw_error("Error", msg)),
        }
    }
    Ok(())
}

// ASSIGN_DIM: op1 the base variable, the keys recorded by FETCH_DIM_W,
// then op2 the last key (Unused for `[]`); the value is in the OP_DATA.
handler!(assign_dim(vm, ip) {
    if assign_dim_fast(vm, ip) {
        return Flow::Skip2;
    }
    assign_dim_slow(vm, ip)
});

/// `$a[int or string] = value` on an array variable: no path, no
/// conversions, no warnings possible.
#[inline(always)]
fn assign_dim_fast(vm: &mut Vm, ip: u32) -> bool {
    let o = vm.op(ip);
    let Operand::Slot(base) = o.op1 else {
        return false;
    };
    if !vm.dim_path.is_empty() {
        return false;
    }
    let key = match vm.operand(o.op2) {
        Value::Int(i) => Key::Int(*i),
        Value::Str(s) => Key::from_php_str(s),
        _ => return false,
    };
    let v = match vm.operand(vm.op(ip + 1).op1) {
        Value::Undef | Value::Ref(_) => return false,
        v => v.clone(),
    };
    if o.result != NO_SLOT {
        vm.set_result(o.result, v.clone());
    }
    let Value::Array(a) = vm.slot_mut(base) else {
        // Not an array yet (or a reference): the general path; the result
        // written above is written again there.
        return false;
    };
    let a = Rc::make_mut(a);
    match a.get_mut(&key) {
        Some(slot) => assign_through(slot, v),
        None => a.set(key, v),
    }
    vm.free_temp(vm.op(ip + 1).op1);
    true
}

#[inline(never)]
fn assign_dim_slow(vm: &mut Vm, ip: u32) -> Flow {
    body(|| {
        let o = vm.op(ip);
        let data = vm.op(ip + 1);
        let v = vm.read_consume(ip, data.op1);
        let last = match o.op2 {
            Operand::Unused => None,
            k => Some(vm.read(ip, k)),
        };
        let mut path = std::mem::take(&mut vm.dim_path);
        let Operand::Slot(base) = o.op1 else {
            return Flow::Skip2;
        };
        // `$obj[k] = v` on an ArrayAccess object: offsetSet(k, v).
        if let (true, Value::Object(obj)) = (path.is_empty(), vm.slot(base).deref()) {
            if obj.class.is_subclass_of(b"arrayaccess") {
                vm.dim_path = path;
                vm.save_ip(ip);
                let k = last.unwrap_or(Value::Null);
                tri!(crate::class::call_method(
                    vm,
                    &obj,
                    b"offsetset",
                    vec![k, v.clone()]
                ));
                vm.set_result(o.result, v);
                return Flow::Skip2;
            }
        }
        let mut errors = Vec::new();
        let mut element_errors = Vec::new();
        let slot = &mut vm.slots[vm.base + base as usize];
        let written = dim_place(&mut errors, slot, &path, |c| {
            assign_element(&mut element_errors, c, last.as_ref(), v)
        })
        .flatten();
        errors.extend(element_errors);
        path.clear();
        vm.dim_path = path;
        vm.save_ip(ip);
        release_write_base(vm, base);
        tri!(raise_dim_errors(vm, errors));
        if let Some(v) = written {
            vm.set_result(o.result, v);
        }
        Flow::Skip2
    })
}

// ASSIGN_DIM_OP: `$a[k]... op= v` and `++`/`--` on an element (ext: the
// operator, see `dim_incdec`): op1 the base variable, the leading keys
// recorded by FETCH_DIM_W, op2 the last key, the value in the OP_DATA.
// Keys are evaluated once; missing keys warn as php's read-write fetch
// does, and are created.
slow_handler!(assign_dim_op(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let data = vm.op(ip + 1);
        let Operand::Slot(base) = o.op1 else { return Flow::Skip2 };
        let last = match o.op2 {
            Operand::Unused => None,
            k => Some(vm.read(ip, k)),
        };
        let rhs = match data.op1 {
            Operand::Unused => Value::Null,
            d => vm.read(ip, d),
        };
        let mut path = std::mem::take(&mut vm.dim_path);
        path.push(last);
        vm.save_ip(ip);
        let Some(old) = rw_fetch(vm, ip, base, &path) else {
            path.clear();
            vm.dim_path = path;
            let msg = match o.ext {
                dim_incdec::PRE_INC | dim_incdec::POST_INC | dim_incdec::PRE_DEC
                | dim_incdec::POST_DEC => "Cannot increment/decrement string offsets",
                _ => "Cannot use assign-op operators with string offsets",
            };
            vm.throw_error("Error", msg);
            return Flow::Unwind;
        };
        let new = match o.ext {
            dim_incdec::PRE_INC | dim_incdec::POST_INC => operators::increment(vm, &old),
            dim_incdec::PRE_DEC | dim_incdec::POST_DEC => operators::decrement(vm, &old),
            code => binary_op(vm, binop_from_code(code), &old, &rhs),
        };
        let new = match new {
            Ok(v) => v,
            Err(Unwind) => {
                path.clear();
                vm.dim_path = path;
                return Flow::Unwind;
            }
        };
        let mut errors = Vec::new();
        let slot = &mut vm.slots[vm.base + base as usize];
        let ok = write_dim_path(&mut errors, slot, &path, new.clone());
        path.clear();
        vm.dim_path = path;
        release_write_base(vm, base);
        tri!(raise_dim_errors(vm, errors));
        if ok {
            let shown = match o.ext {
                dim_incdec::POST_INC | dim_incdec::POST_DEC => old,
                _ => new,
            };
            vm.set_result(o.result, shown);
        }
        Flow::Skip2
    })
});

/// The current value of an element about to be read and written, with
/// php's warnings for an undefined variable and for each missing key.
fn rw_fetch(vm: &mut Vm, ip: u32, base: u32, path: &[Option<Value>]) -> Option<Value> {
    let mut cur = vm.read(ip, Operand::Slot(base));
    for (i, k) in path.iter().enumerate() {
        let next = match (&cur, k) {
            // An element of a string cannot be read and written.
            (Value::Str(s), Some(_)) if i + 1 == path.len() && !s.is_empty() => return None,
            (Value::Array(a), Some(k)) => match to_key(k) {
                Some(key) => match a.get(&key) {
                    Some(v) => Ok(v.deref()),
                    None => Err(Some(key)),
                },
                None => return Some(Value::Null), // the write reports the bad key
            },
            (Value::Array(_) | Value::Null, None) => Err(None),
            (Value::Null, Some(k)) => Err(to_key(k)),
            // Strings and scalars: the write raises php's error.
            _ => return Some(Value::Null),
        };
        cur = match next {
            Ok(v) => v,
            Err(missing) => {
                if let Some(key) = missing {
                    let msg = format!("Undefined array key {}", key_text(&key));
                    vm.report(E_WARNING, &msg);
                }
                Value::Null
            }
        };
    }
    Some(cur)
}

/// Runs `f` on the element at the end of a key path without creating
/// anything on the way (None if some level is missing or not an array),
/// looking through references at every level.
fn with_existing_dim<R>(
    slot: &mut Value,
    path: &[Option<Value>],
    f: impl FnOnce(&mut Value) -> R,
) -> Option<R> {
    if let Value::Ref(r) = slot {
        let r = r.clone();
        let mut inner = r.try_borrow_mut().ok()?;
        return with_existing_dim(&mut inner, path, f);
    }
    match path.split_first() {
        None => Some(f(slot)),
        Some((k, rest)) => {
            let Value::Array(a) = slot else { return None };
            let k = k.as_ref().and_then(to_key)?;
            let a = Rc::make_mut(a);
            with_existing_dim(a.get_mut(&k)?, rest, f)
        }
    }
}

// UNSET_DIM: op1 the base variable (with FETCH_DIM_W path), op2 the key.
slow_handler!(unset_dim(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let key = vm.read(ip, o.op2);
        let path = std::mem::take(&mut vm.dim_path);
        let Operand::Slot(base) = o.op1 else { return Flow::Next };
        // unset($obj[k]) on an ArrayAccess object: offsetUnset(k).
        if let (true, Value::Object(obj)) = (path.is_empty(), vm.slot(base).deref()) {
            if obj.class.is_subclass_of(b"arrayaccess") {
                vm.save_ip(ip);
                tri!(crate::class::call_method(vm, &obj, b"offsetunset", vec![key]));
                return Flow::Next;
            }
        }
        let slot = &mut vm.slots[vm.base + base as usize];
        let failure = with_existing_dim(slot, &path, |target| {
            let mut target = target;
            let held;
            let mut guard;
            if let Value::Ref(r) = target {
                held = r.clone();
                guard = held.borrow_mut();
                target = &mut guard;
            }
            match target {
                Value::Array(a) => {
                    if let Some(k) = to_key(&key) {
                        Rc::make_mut(a).remove(&k);
                    }
                    None
                }
                Value::Str(_) => Some("Cannot unset string offsets"),
                // php's ZEND_UNSET_DIM: null and false are left alone (false
                // with a deprecation), any other scalar is an Error.
                Value::Bool(false) => Some(""),
                Value::Bool(true) | Value::Int(_) | Value::Float(_) => {
                    Some("Cannot unset offset in a non-array variable")
                }
                _ => None,
            }
        });
        match failure.flatten() {
            None => {}
            Some("") => {
                vm.save_ip(ip);
                vm.report(E_DEPRECATED, "Automatic conversion of false to array is deprecated");
            }
            Some(msg) => {
                vm.save_ip(ip);
                vm.throw_error("Error", msg);
                return Flow::Unwind;
            }
        }
        Flow::Next
    })
});

slow_handler!(unset_var(vm, ip) {
    let o = vm.op(ip);
    if let Operand::Slot(n) = o.op1 {
        *vm.slot_mut(n) = Value::Undef;
    }
    Flow::Next
});

// ---- Objects ----------------------------------------------------------------------

// FETCH_OBJ_R: result = op1->op2.
slow_handler!(fetch_obj_r(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let quiet = o.flags & fetch_flags::QUIET != 0;
        let obj = if quiet {
            let v = vm.read_quiet(o.op1).deref_undef();
            vm.free_temp(o.op1);
            v
        } else {
            vm.read_consume(ip, o.op1)
        };
        // `??` and isset read quietly: no error for a NUL name either.
        let checked = if quiet { &Value::Null } else { &obj };
        let name = tri!(prop_name(vm, ip, o.op2, checked));
        vm.save_ip(ip);
        let v = tri!(crate::class::read_property(vm, &obj, &name, quiet));
        // A temporary object (`(new C)->p`) is released now, as in php.
        drop(obj);
        vm.set_result(o.result, v);
        Flow::Next
    })
});

// ASSIGN_OBJ: op1->op2 = OP_DATA's op1.
slow_handler!(assign_obj(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let data = vm.op(ip + 1);
        let obj = vm.read(ip, o.op1);
        let name = tri!(prop_name(vm, ip, o.op2, &obj));
        let v = vm.read_consume(ip, data.op1);
        vm.save_ip(ip);
        let v = tri!(crate::class::write_property(vm, &obj, &name, v, o.flags));
        // A temporary object (`$o->a->b = v`) is released now, as in php.
        vm.free_temp(o.op1);
        drop(obj);
        vm.set_result(o.result, v);
        Flow::Skip2
    })
});

// FETCH_STATIC_PROP: result = op1::$op2 (ext: a `static_fetch` mode; for
// writes the result is the property's reference cell).
slow_handler!(fetch_static_prop(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let (class, _) = tri!(class_operand(vm, ip, o.op1));
        let name = tri!(prop_name(vm, ip, o.op2, &Value::Null));
        if o.ext == static_fetch::UNSET {
            let msg = format!(
                "Attempt to unset static property {}::${}",
                class.name.shown(),
                String::from_utf8_lossy(&name)
            );
            vm.throw_error("Error", &msg);
            return Flow::Unwind;
        }
        let quiet = o.ext == static_fetch::IS;
        let write = match o.ext {
            static_fetch::W => true,
            n if n >= static_fetch::FUNC_ARG => arg_by_ref(vm, n - static_fetch::FUNC_ARG),
            _ => false,
        };
        let Some(p) = tri!(crate::class::static_prop_info(vm, &class, &name, quiet)) else {
            vm.set_result(o.result, Value::Null);
            return Flow::Next;
        };
        let cell = p.cell.borrow().clone();
        let v = if write {
            Value::Ref(cell)
        } else {
            let v = cell.borrow().clone();
            match v {
                Value::Undef if quiet => Value::Null,
                Value::Undef => {
                    let msg = format!(
                        "Typed static property {}::${} must not be accessed before initialization",
                        p.class.shown(),
                        String::from_utf8_lossy(&name)
                    );
                    vm.throw_error("Error", &msg);
                    return Flow::Unwind;
                }
                v => v,
            }
        };
        vm.set_result(o.result, v);
        Flow::Next
    })
});

// ASSIGN_STATIC_PROP: `op1::$op2 = OP_DATA's op1`, or with flags 1 `op=`
// (ext: the operator): a typed property coerces the value.
slow_handler!(assign_static_prop(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let data = vm.op(ip + 1);
        let (class, _) = tri!(class_operand(vm, ip, o.op1));
        let name = tri!(prop_name(vm, ip, o.op2, &Value::Null));
        let v = vm.read(ip, data.op1);
        vm.save_ip(ip);
        let Some(p) = tri!(crate::class::static_prop_info(vm, &class, &name, false)) else {
            return Flow::Unwind;
        };
        let cell = p.cell.borrow().clone();
        let v = if o.flags == 1 {
            let old = cell.borrow().clone().deref_undef();
            tri!(binary_op(vm, binop_from_code(o.ext), &old, &v))
        } else {
            v
        };
        let v = match &p.ty {
            None => v,
            Some(ty) => match coerce(vm, ty, v, vm.code.strict_types) {
                Ok(v) => v,
                Err(_) if vm.exception.is_some() => return Flow::Unwind,
                Err(given) => {
                    let msg = format!(
                        "Cannot assign {given} to property {}::${} of type {}",
                        p.class.shown(),
                        String::from_utf8_lossy(&name),
                        type_text(ty)
                    );
                    vm.throw_error("TypeError", &msg);
                    return Flow::Unwind;
                }
            },
        };
        let old = std::mem::replace(&mut *cell.borrow_mut(), v.clone());
        drop(old);
        vm.set_result(o.result, v);
        Flow::Skip2
    })
});

// ASSIGN_STATIC_REF: `op1::$op2 = &OP_DATA's op1` (a variable, or a
// static property fetched for writing): rebinds the property's cell.
slow_handler!(assign_static_ref(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let data = vm.op(ip + 1);
        let (class, _) = tri!(class_operand(vm, ip, o.op1));
        let name = tri!(prop_name(vm, ip, o.op2, &Value::Null));
        let Some(p) = tri!(crate::class::static_prop_info(vm, &class, &name, false)) else {
            return Flow::Unwind;
        };
        let Operand::Slot(source) = data.op1 else { return Flow::Skip2 };
        let cell = make_ref(vm.slot_mut(source));
        *p.cell.borrow_mut() = cell.clone();
        if o.result != NO_SLOT {
            let v = cell.borrow().clone();
            vm.set_result(o.result, v);
        }
        Flow::Skip2
    })
});

/// The built-in final `Generator` class (no user class can extend it).
fn is_generator_class(class: &crate::runtime::object::Class) -> bool {
    class.name.as_bytes() == b"Generator"
}

// CLONE: result = a shallow copy of the object op1, after its `__clone`
// (called on the copy, with the usual visibility check) returns.
slow_handler!(clone_object(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let v = vm.read_consume(ip, o.op1);
        vm.save_ip(ip);
        let Value::Object(obj) = v else {
            vm.throw_error("Error", "__clone method called on non-object");
            return Flow::Unwind;
        };
        if crate::class::is_throwable(&obj.class)
            || obj.class.enum_info.is_some()
            || is_generator_class(&obj.class)
        {
            let msg = format!(
                "Trying to clone an uncloneable object of class {}",
                obj.class.name.shown()
            );
            vm.throw_error("Error", &msg);
            return Flow::Unwind;
        }
        let hook = obj.class.find_method(b"__clone");
        if let Some(m) = &hook {
            tri!(crate::class::check_clone_visibility(vm, &obj.class, m));
        }
        let copy = vm.instantiate(&obj.class);
        *copy.props.borrow_mut() = obj.props.borrow().clone();
        if let Some(data) = crate::closure::closure_data(&obj) {
            *copy.internal.borrow_mut() = Some(Box::new(data));
        }
        if let Some(m) = hook {
            if let MethodBody::User(code) = &m.body {
                let class = copy.class.clone();
                tri!(vm.call_user(code.clone(), Some(copy.clone()), Some(class), Vec::new()));
            }
        }
        vm.set_result(o.result, Value::Object(copy));
        Flow::Next
    })
});

// UNSET_OBJ: unset(op1->op2).
slow_handler!(unset_obj(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let obj = vm.read_quiet(o.op1).deref_undef();
        let name = tri!(prop_name(vm, ip, o.op2, &obj));
        vm.save_ip(ip);
        tri!(crate::class::unset_property(vm, &obj, &name));
        vm.free_temp(o.op1);
        Flow::Next
    })
});

slow_handler!(fetch_this(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        match vm.frames.last().and_then(|f| f.this.clone()) {
            Some(this) => {
                vm.set_result(o.result, Value::Object(this));
                Flow::Next
            }
            None => {
                vm.save_ip(ip);
                vm.throw_error("Error", "Using $this when not in object context");
                Flow::Unwind
            }
        }
    })
});

// INSTANCEOF: op2 the class name (a literal), or for `instanceof $class`
// a value: a class name string (a fully qualified name; an unknown class
// is no error) or an object, whose class is tested.
slow_handler!(instance_of(vm, ip) {
    let o = vm.op(ip);
    let v = vm.read_consume(ip, o.op1);
    let class = match o.op2 {
        Operand::Const(_) => vm.literal_bytes(o.op2).to_ascii_lowercase(),
        _ => match vm.read(ip, o.op2) {
            Value::Str(name) => {
                let name = name.as_bytes();
                name.strip_prefix(b"\\").unwrap_or(name).to_ascii_lowercase()
            }
            Value::Object(obj) => obj.class.name.as_bytes().to_ascii_lowercase(),
            _ => {
                vm.save_ip(ip);
                vm.throw_error("Error", "Class name must be a valid object or a string");
                return Flow::Unwind;
            }
        },
    };
    let class = match class.as_slice() {
        b"self" | b"static" if matches!(o.op2, Operand::Const(_)) => vm.code.class.as_ref().map(|c| c.as_bytes().to_ascii_lowercase()).unwrap_or_default(),
        _ => class,
    };
    let r = match &v {
        Value::Object(obj) => obj.class.is_subclass_of(&class) || crate::class::implements(obj, &class),
        _ => false,
    };
    vm.set_result(o.result, Value::Bool(r));
    Flow::Next
});

// ---- Constants ---------------------------------------------------------------------

slow_handler!(fetch_constant(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let name = vm.literal_bytes(o.op1);
        // Case-sensitive: the parser makes true/false/null literals. A
        // namespaced name is stored with its namespace lowercased; an
        // unqualified one inside a namespace falls back to the global
        // constant named by op2.
        let v = if name.contains(&b'\\') {
            vm.constants.get(&crate::stdlib::constant_key(&name)).cloned()
        } else {
            vm.constants.get(&name).cloned()
        };
        let v = match (v, o.op2) {
            (None, Operand::Const(_)) => vm.constants.get(&vm.literal_bytes(o.op2)).cloned(),
            (v, _) => v,
        };
        match v {
            Some(v) => {
                vm.set_result(o.result, v);
                Flow::Next
            }
            None => {
                vm.save_ip(ip);
                let msg = format!("Undefined constant \"{}\"", String::from_utf8_lossy(&name));
                vm.throw_error("Error", &msg);
                Flow::Unwind
            }
        }
    })
});

slow_handler!(fetch_class_constant(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let name = vm.literal_bytes(o.op2);
        if matches!(o.op1, Operand::Slot(_)) && name.eq_ignore_ascii_case(b"class") {
            // `$obj::class` (php 8): only an object's class.
            let v = vm.read(ip, o.op1);
            vm.save_ip(ip);
            let Value::Object(obj) = v else {
                let msg = format!("Cannot use \"::class\" on value of type {}", v.type_name());
                vm.throw_error("TypeError", &msg);
                return Flow::Unwind;
            };
            vm.set_result(o.result, Value::Str(obj.class.name.clone()));
            return Flow::Next;
        }
        let (class, class_name) = tri!(class_operand(vm, ip, o.op1));
        if name.eq_ignore_ascii_case(b"class") {
            vm.set_result(o.result, Value::Str(class.name.clone()));
            return Flow::Next;
        }
        let scope = vm.code.class.clone();
        let v = tri!(crate::class::class_constant(vm, &class, &class_name, &name, scope.as_ref()));
        vm.set_result(o.result, v);
        Flow::Next
    })
});

// ---- isset / empty ----------------------------------------------------------------

slow_handler!(isset_isempty(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let is_empty = o.ext & isset_kind::EMPTY != 0;
        let v = match o.ext & !isset_kind::EMPTY {
            isset_kind::VAR => vm.read_quiet(o.op1).deref_undef(),
            isset_kind::DIM => {
                let c = vm.read_quiet(o.op1).deref_undef();
                let k = vm.read(ip, o.op2);
                vm.save_ip(ip);
                match &c {
                    Value::Object(obj) if obj.class.is_subclass_of(b"arrayaccess") => {
                        use crate::class::call_method;
                        let exists = tri!(call_method(vm, obj, b"offsetexists", vec![k.clone()])).to_bool();
                        let r = if is_empty {
                            !exists || !tri!(call_method(vm, obj, b"offsetget", vec![k])).to_bool()
                        } else {
                            exists
                        };
                        vm.set_result(o.result, Value::Bool(r));
                        return Flow::Next;
                    }
                    Value::Array(_) | Value::Str(_) => tri!(fetch_dim(vm, &c, &k, true)),
                    _ => Value::Null,
                }
            }
            _ => {
                let c = vm.read_quiet(o.op1).deref_undef();
                let name = tri!(prop_name(vm, ip, o.op2, &Value::Null));
                vm.save_ip(ip);
                let r = tri!(crate::class::isset_property(vm, &c, &name, is_empty));
                vm.set_result(o.result, Value::Bool(r));
                return Flow::Next;
            }
        };
        let r = if is_empty { !v.to_bool() } else { !matches!(v, Value::Null | Value::Undef) };
        vm.set_result(o.result, Value::Bool(r));
        Flow::Next
    })
});

// MATCH_ERROR: no arm of a `match` took op1: php's UnhandledMatchError.
slow_handler!(match_error(vm, ip) {
    let o = vm.op(ip);
    let v = vm.read(ip, o.op1);
    vm.save_ip(ip);
    let shown = match &v {
        Value::Null | Value::Undef => "NULL".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(_) => String::from_utf8_lossy(&v.to_bytes_scalar(Some(vm.precision()))).into_owned(),
        Value::Str(s) => {
            // Long strings are cut at 15 bytes, as in exception messages.
            let b = s.as_bytes();
            let cut = if b.len() > 15 { &b[..15] } else { b };
            let dots = if b.len() > 15 { "..." } else { "" };
            format!("'{}{dots}'", String::from_utf8_lossy(cut))
        }
        other => format!("of type {}", other.type_name()),
    };
    vm.throw_error("UnhandledMatchError", &format!("Unhandled match case {shown}"));
    Flow::Unwind
});

// ---- Variables named at run time ------------------------------------------------

// FETCH_VAR: the variable named by op1 (`$$n`, `${expr}`, or with the GLOBAL
// flag `$GLOBALS[op1]`), used as `ext` (a `var_fetch` mode) says. Ordinary
// variables never come here: they are CV slots (see `scope.rs`).
slow_handler!(fetch_var(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        vm.save_ip(ip);
        let scope = if o.flags & var_fetch::GLOBAL != 0 {
            vm.global_scope()
        } else {
            vm.current_scope()
        };
        if o.ext == var_fetch::GLOBALS {
            let all = vm.defined_vars(vm.global_scope());
            vm.set_result(o.result, Value::array(all));
            return Flow::Next;
        }
        let name = vm.read(ip, o.op1);
        let name = tri!(vm.to_php_string(&name));
        let name = name.as_bytes();
        let loc = vm.find_var(scope, name);
        let mode = match o.ext {
            n if n >= var_fetch::FUNC_ARG => {
                if arg_by_ref(vm, n - var_fetch::FUNC_ARG) {
                    var_fetch::W
                } else {
                    var_fetch::R
                }
            }
            n => n,
        };
        let global = if o.flags & var_fetch::GLOBAL != 0 { "global " } else { "" };
        let undefined = |vm: &mut Vm| {
            let msg = format!("Undefined {global}variable ${}", String::from_utf8_lossy(name));
            vm.report(E_WARNING, &msg);
        };
        let result = match mode {
            var_fetch::R | var_fetch::IS if name == b"this" => {
                // `$this` is no variable of the scope, but `${'this'}` reads it.
                match vm.frames.last().and_then(|f| f.this.clone()) {
                    Some(this) => Value::Object(this),
                    None => {
                        if mode == var_fetch::R {
                            undefined(vm);
                        }
                        Value::Null
                    }
                }
            }
            var_fetch::R | var_fetch::IS => {
                let v = vm.var_at(loc, name).deref();
                if v.is_undef() {
                    if mode == var_fetch::R {
                        undefined(vm);
                    }
                    Value::Null
                } else {
                    v
                }
            }
            var_fetch::W | var_fetch::RW => {
                if mode == var_fetch::RW && vm.var_at(loc, name).deref().is_undef() {
                    undefined(vm);
                    if vm.exception.is_some() {
                        return Flow::Unwind;
                    }
                }
                Value::Ref(make_ref(vm.var_place(loc, name)))
            }
            var_fetch::UNSET => {
                let old = vm.unset_var_at(loc, name);
                drop(old);
                return Flow::Next;
            }
            _ => {
                // BIND: op2 holds the reference cell to share.
                let Operand::Slot(n) = o.op2 else { return Flow::Next };
                let Value::Ref(cell) = vm.slot(n).clone() else { return Flow::Next };
                let v = cell.borrow().clone();
                let old = std::mem::replace(vm.var_place(loc, name), Value::Ref(cell));
                drop(old);
                v
            }
        };
        vm.set_result(o.result, result);
        Flow::Next
    })
});

// INCLUDE: include/require (ext: an `include_kind`) of the file op1 names;
// the file runs in a frame of its own sharing this scope's variables, and
// its return value becomes the result (`include.rs`).
slow_handler!(include_file(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let name = vm.read(ip, o.op1);
        vm.save_ip(ip);
        let name = tri!(vm.to_php_string(&name));
        match tri!(crate::include::include(vm, o.ext, name.as_bytes(), o.result)) {
            crate::include::Included::Value(v) => {
                vm.set_result(o.result, v);
                Flow::Next
            }
            crate::include::Included::Entered => Flow::Enter,
        }
    })
});

// ---- References -------------------------------------------------------------------

// ASSIGN_REF: `$a = &$b`, `$a = &$b[k]`, `$a[k] = &$b` (ext: the mode;
// element paths' keys were all recorded by FETCH_DIM_W). Binds the target
// to the source's reference cell, making the source a reference first.
slow_handler!(assign_ref(vm, ip) {
    body(|| {
        let o = vm.op(ip);
        let (Operand::Slot(target), Operand::Slot(source)) = (o.op1, o.op2) else {
            return Flow::Next;
        };
        let path = std::mem::take(&mut vm.dim_path);
        let mut errors = Vec::new();
        vm.save_ip(ip);
        let cell = if o.ext == assign_ref_mode::VAR_DIM {
            let slot = &mut vm.slots[vm.base + source as usize];
            dim_place(&mut errors, slot, &path, make_ref)
        } else {
            Some(make_ref(vm.slot_mut(source)))
        };
        if o.ext == assign_ref_mode::VAR_DIM {
            // A property's (or static property's) cell in a temporary: the
            // property stays a reference only if the binding shares it.
            release_write_base(vm, source);
        }
        tri!(raise_dim_errors(vm, std::mem::take(&mut errors)));
        let Some(cell) = cell else { return Flow::Unwind };
        if o.ext == assign_ref_mode::DIM_VAR {
            let slot = &mut vm.slots[vm.base + target as usize];
            let bound = Value::Ref(cell.clone());
            dim_place(&mut errors, slot, &path, |s| *s = bound);
            tri!(raise_dim_errors(vm, errors));
        } else {
            *vm.slot_mut(target) = Value::Ref(cell.clone());
        }
        if o.result != NO_SLOT {
            let v = cell.borrow().clone();
            *vm.slot_mut(o.result) = v;
        }
        Flow::Next
    })
});

// BIND_GLOBAL: `global $x`: op1 the local variable, op2 the name.
slow_handler!(bind_global(vm, ip) {
    let o = vm.op(ip);
    let Operand::Slot(local) = o.op1 else { return Flow::Next };
    let name = vm.literal_bytes(o.op2);
    let cell = vm.global_ref(&name);
    *vm.slot_mut(local) = Value::Ref(cell);
    Flow::Next
});

// BIND_STATIC: `static $x = init;`: op1 the local variable, op2 the initial
// value, ext the static's index in the function. The first call creates
// the cell; every call binds the variable to it.
slow_handler!(bind_static(vm, ip) {
    let o = vm.op(ip);
    let Operand::Slot(local) = o.op1 else { return Flow::Next };
    let idx = o.ext as usize;
    let bound = match vm.code.statics.borrow().get(idx) {
        Some(Value::Ref(r)) => Some(r.clone()),
        _ => None,
    };
    let cell = match bound {
        Some(r) => r,
        None => {
            let init = if o.op2 == Operand::Unused {
                // A constant expression: evaluated now, once (an error
                // leaves the static unset, to be tried again).
                let code = vm.code.clone();
                let Some((_, expr)) = code.static_inits.iter().find(|(i, _)| *i as usize == idx)
                else {
                    return Flow::Next;
                };
                vm.save_ip(ip);
                match crate::constexpr::eval(vm, expr) {
                    Ok(v) => v,
                    Err(_) => return Flow::Unwind,
                }
            } else {
                vm.operand(o.op2).clone().deref_undef()
            };
            let r = Rc::new(std::cell::RefCell::new(init));
            let mut statics = vm.code.statics.borrow_mut();
            if statics.len() <= idx {
                statics.resize(idx + 1, Value::Undef);
            }
            statics[idx] = Value::Ref(r.clone());
            r
        }
    };
    *vm.slot_mut(local) = Value::Ref(cell);
    Flow::Next
});

// ---- foreach ----------------------------------------------------------------------

// FE_RESET: result slot holds the array being iterated, result+1 the
// position; a non-array warns and jumps to the loop end (ext).
slow_handler!(fe_reset(vm, ip) {
    let o = vm.op(ip);
    if o.flags & fe_flags::BY_REF != 0 {
        return fe_reset_by_ref(vm, ip);
    }
    // The loop's own copy is the only one a temporary subject needs.
    let v = vm.read_consume(ip, o.op1);
    if let Value::Object(obj) = &v {
        if let Some(gen) = crate::generator::gen_state(obj) {
            return fe_reset_generator(vm, ip, obj.clone(), gen);
        }
    }
    let arr = match v {
        Value::Array(a) => Some(Value::Array(a)),
        // An Iterator: the slot holds it, the position says whether the
        // first element was fetched (no `next()` before it).
        Value::Object(obj) if obj.class.is_subclass_of(b"traversable") => {
            vm.save_ip(ip);
            let it = match crate::class::object_iterator(vm, &obj) {
                Ok(it) => it,
                Err(_) => return Flow::Unwind,
            };
            if crate::class::call_method(vm, &it, b"rewind", Vec::new()).is_err() {
                return Flow::Unwind;
            }
            vm.set_result(o.result, Value::Object(it));
            vm.set_result(o.result + 1, Value::Int(0));
            return Flow::Next;
        }
        Value::Object(obj) => Some(Value::array(crate::class::visible_props(vm, &obj))),
        other => {
            vm.save_ip(ip);
            let msg = format!("foreach() argument must be of type array|object, {} given", other.type_name());
            vm.report(E_WARNING, &msg);
            None
        }
    };
    match arr {
        Some(a) => {
            let empty = matches!(&a, Value::Array(x) if x.is_empty());
            vm.set_result(o.result, a);
            vm.set_result(o.result + 1, Value::Int(0));
            if empty {
                Flow::Goto(o.ext)
            } else {
                Flow::Next
            }
        }
        None => Flow::Goto(o.ext),
    }
});

// FE_FETCH: op1 the iterator slot; result the value variable, op2 the key
// variable (or Unused); at the end, a taken jump to ext.
slow_handler!(fe_fetch(vm, ip) {
    let o = vm.op(ip);
    let Operand::Slot(it) = o.op1 else { return Flow::Next };
    if o.flags & fe_flags::BY_REF != 0 {
        return fe_fetch_by_ref(vm, ip);
    }
    let pos = match vm.slot(it + 1) {
        Value::Int(p) => *p as usize,
        _ => 0,
    };
    if let Value::Object(iter) = vm.slot(it) {
        let iter = iter.clone();
        if crate::generator::gen_state(&iter).is_some() {
            return fe_fetch_generator(vm, ip, &iter, pos);
        }
        return fe_fetch_iterator(vm, ip, iter);
    }
    let entry = match vm.slot(it) {
        Value::Array(a) => a.entry_at(pos).map(|(k, v, next)| (k, v.deref(), next)),
        _ => None,
    };
    match entry {
        None => Flow::Jump(o.ext),
        Some((k, v, next)) => {
            *vm.slot_mut(it + 1) = Value::Int(next as i64);
            vm.write_var(o.result, v);
            if let Operand::Slot(ks) = o.op2 {
                vm.write_var(ks, k.to_value());
            }
            Flow::Next
        }
    }
});

/// FE_RESET over a generator: it runs to its first yield.
fn fe_reset_generator(
    vm: &mut Vm,
    ip: u32,
    obj: crate::runtime::object::ObjRef,
    gen: crate::generator::GenRef,
) -> Flow {
    let o = vm.op(ip);
    vm.save_ip(ip);
    if !crate::generator::valid(&gen) {
        vm.throw_error("Exception", "Cannot traverse an already closed generator");
        return Flow::Unwind;
    }
    if crate::generator::rewind(vm, &gen).is_err() {
        return Flow::Unwind;
    }
    vm.set_result(o.result, Value::Object(obj));
    vm.set_result(o.result + 1, Value::Int(0));
    if crate::generator::valid(&gen) {
        Flow::Next
    } else {
        Flow::Goto(o.ext)
    }
}

/// FE_FETCH over a generator: after the first value, each fetch resumes it.
fn fe_fetch_generator(
    vm: &mut Vm,
    ip: u32,
    obj: &crate::runtime::object::ObjRef,
    pos: usize,
) -> Flow {
    let o = vm.op(ip);
    let Some(gen) = crate::generator::gen_state(obj) else {
        return Flow::Jump(o.ext);
    };
    vm.save_ip(ip);
    if pos > 0 && crate::generator::advance(vm, &gen).is_err() {
        return Flow::Unwind;
    }
    if let Operand::Slot(it) = o.op1 {
        *vm.slot_mut(it + 1) = Value::Int(pos as i64 + 1);
    }
    if !crate::generator::valid(&gen) {
        return Flow::Jump(o.ext);
    }
    let (key, value) = {
        let g = gen.borrow();
        (g.key.clone(), g.value.clone())
    };
    vm.write_var(o.result, value);
    if let Operand::Slot(ks) = o.op2 {
        vm.write_var(ks, key);
    }
    Flow::Next
}

/// FE_FETCH over an Iterator: `next()` (after the first element),
/// `valid()`, `current()`, and `key()` when the loop names a key.
fn fe_fetch_iterator(vm: &mut Vm, ip: u32, iter: crate::runtime::object::ObjRef) -> Flow {
    body(|| {
        let o = vm.op(ip);
        let Operand::Slot(it) = o.op1 else {
            return Flow::Next;
        };
        vm.save_ip(ip);
        use crate::class::call_method;
        if matches!(vm.slot(it + 1), Value::Int(1)) {
            tri!(call_method(vm, &iter, b"next", Vec::new()));
        }
        *vm.slot_mut(it + 1) = Value::Int(1);
        if !tri!(call_method(vm, &iter, b"valid", Vec::new())).to_bool() {
            return Flow::Jump(o.ext);
        }
        let v = tri!(call_method(vm, &iter, b"current", Vec::new()));
        vm.write_var(o.result, v.unref());
        if let Operand::Slot(ks) = o.op2 {
            let k = tri!(call_method(vm, &iter, b"key", Vec::new()));
            vm.write_var(ks, k.unref());
        }
        Flow::Next
    })
}

/// FE_RESET by reference: op1 is the variable; it becomes a reference and
/// the iterator keeps its cell, so the loop sees the live array.
fn fe_reset_by_ref(vm: &mut Vm, ip: u32) -> Flow {
    let o = vm.op(ip);
    let Operand::Slot(var) = o.op1 else {
        return Flow::Goto(o.ext);
    };
    let cell = make_ref(vm.slot_mut(var));
    let len = match &*cell.borrow() {
        Value::Array(a) => Some(a.len()),
        _ => None,
    };
    match len {
        None => {
            vm.save_ip(ip);
            let t = cell.borrow().type_name();
            let msg = format!("foreach() argument must be of type array|object, {t} given");
            vm.report(E_WARNING, &msg);
            Flow::Goto(o.ext)
        }
        Some(n) => {
            *vm.slot_mut(o.result) = Value::Ref(cell);
            *vm.slot_mut(o.result + 1) = Value::Int(0);
            if n == 0 {
                Flow::Goto(o.ext)
            } else {
                Flow::Next
            }
        }
    }
}

/// FE_FETCH by reference: binds the value variable to the element (which
/// becomes a reference) instead of copying it.
fn fe_fetch_by_ref(vm: &mut Vm, ip: u32) -> Flow {
    let o = vm.op(ip);
    let Operand::Slot(it) = o.op1 else {
        return Flow::Next;
    };
    let pos = match vm.slot(it + 1) {
        Value::Int(p) => *p as usize,
        _ => 0,
    };
    let Value::Ref(cell) = vm.slot(it).clone() else {
        return Flow::Jump(o.ext);
    };
    let found = match &mut *cell.borrow_mut() {
        Value::Array(a) => Rc::make_mut(a)
            .entry_at_mut(pos)
            .map(|(k, v, next)| (k, make_ref(v), next)),
        _ => None,
    };
    match found {
        None => Flow::Jump(o.ext),
        Some((k, r, next)) => {
            *vm.slot_mut(it + 1) = Value::Int(next as i64);
            *vm.slot_mut(o.result) = Value::Ref(r);
            if let Operand::Slot(ks) = o.op2 {
                vm.write_var(ks, k.to_value());
            }
            Flow::Next
        }
    }
}

slow_handler!(fe_free(vm, ip) {
    let o = vm.op(ip);
    if let Operand::Slot(it) = o.op1 {
        *vm.slot_mut(it) = Value::Undef;
        *vm.slot_mut(it + 1) = Value::Undef;
    }
    Flow::Next
});

// ---- Exceptions -------------------------------------------------------------------

slow_handler!(throw(vm, ip) {
    let o = vm.op(ip);
    let v = vm.read_consume(ip, o.op1);
    vm.save_ip(ip);
    match v {
        Value::Object(obj) if crate::class::is_throwable(&obj.class) => {
            vm.exception = Some(obj);
        }
        _ => {
            vm.throw_error("Error", "Can only throw objects");
        }
    }
    Flow::Unwind
});

// CATCH: op1 the class name; result the variable (or NO_SLOT); ext the
// next CATCH of the chain (0: none, the exception goes on unwinding).
slow_handler!(catch(vm, ip) {
    let o = vm.op(ip);
    let class = vm.literal_bytes(o.op1).to_ascii_lowercase();
    let matches = match &vm.exception {
        Some(ex) => ex.class.is_subclass_of(&class) || crate::class::implements(ex, &class),
        None => false,
    };
    if matches {
        let ex = vm.exception.take().expect("checked");
        if o.result != NO_SLOT {
            vm.write_var(o.result, Value::Object(ex));
        }
        Flow::Next
    } else if o.ext != 0 {
        Flow::Goto(o.ext)
    } else {
        vm.save_ip(ip);
        Flow::Unwind
    }
});

// FAST_CALL: runs a finally block; result is its return-address slot.
handler!(fast_call(vm, ip) {
    let o = vm.op(ip);
    vm.set_result(o.result, Value::Int(ip as i64 + 1));
    Flow::Goto(o.ext)
});

// FAST_RET: ends a finally block: back to the FAST_CALL, or on with the
// exception that was pending when the block was entered.
handler!(fast_ret(vm, ip) {
    let o = vm.op(ip);
    let v = vm.operand(o.op1).clone();
    match v {
        Value::Int(crate::generator::FORCED_CLOSE) => forced_close_ret(vm, ip),
        Value::Int(ret) => Flow::Goto(ret as u32),
        Value::Object(ex) => {
            vm.save_ip(ip);
            vm.exception = Some(ex);
            Flow::Unwind
        }
        _ => Flow::Next,
    }
});

/// The end of a finally block run because its generator is destroyed: on
/// to the next enclosing finally block, else the generator returns.
#[cold]
fn forced_close_ret(vm: &mut Vm, ip: u32) -> Flow {
    let code = vm.code.clone();
    match crate::generator::enclosing_finally(&code, ip) {
        Some(r) => {
            *vm.slot_mut(r.fast_call_slot) = Value::Int(crate::generator::FORCED_CLOSE);
            Flow::Goto(r.finally_op)
        }
        None => do_return(vm, Value::Null),
    }
}

/// Finds where the exception thrown at `ip` of `code` is handled in this
/// frame: a catch chain, or a finally block (which gets the exception in
/// its return-address slot). Regions are stored innermost first.
pub(crate) fn find_catch(vm: &mut Vm, code: &Rc<OpArray>, ip: u32) -> Option<u32> {
    for r in &code.try_regions {
        if ip < r.try_start || ip >= r.end {
            continue;
        }
        let try_end = if r.catch_op != 0 {
            r.catch_op
        } else {
            r.finally_op
        };
        if ip < try_end && r.catch_op != 0 {
            return Some(r.catch_op);
        }
        if r.finally_op != 0 && ip < r.finally_op {
            // In the try body (no catch) or in a catch: run finally first.
            let ex = vm.exception.take()?;
            let base = vm.frames.last().map(|f| f.base).unwrap_or(0);
            vm.slots[base + r.fast_call_slot as usize] = Value::Object(ex);
            return Some(r.finally_op);
        }
        // Thrown inside the finally block itself: handled further out. A
        // finally block run for an exception holds it in its return-address
        // slot: it becomes the innermost previous of the new one.
        if r.finally_op == 0 {
            // Thrown in a catch without finally.
            continue;
        }
        let base = vm.frames.last().map(|f| f.base).unwrap_or(0);
        let held = &mut vm.slots[base + r.fast_call_slot as usize];
        if matches!(held, Value::Object(_)) {
            if let (Value::Object(old), Some(new)) = (std::mem::take(held), &vm.exception) {
                crate::destructors::set_innermost_previous(new, old);
            }
        }
    }
    None
}

// ---- Silence ------------------------------------------------------------------------

handler!(begin_silence(vm, _ip) {
    vm.silence += 1;
    Flow::Next
});

handler!(end_silence(vm, _ip) {
    vm.silence = vm.silence.saturating_sub(1);
    Flow::Next
});

#[cfg(test)]
mod tests {
    use super::*;

    /// The handlers' fast paths are shortcuts of `binary_op`, which holds
    /// the semantics: wherever a fast path answers, it must answer the same.
    #[test]
    fn fast_paths_agree_with_binary_op() {
        let mut vm = Vm::new(crate::Config {
            stdout: Box::new(std::io::sink()),
            stderr: Box::new(std::io::sink()),
            ..Default::default()
        });
        let ints = [0, 1, -1, 2, -2, 3, 7, -7, 63, 64, 65, i64::MAX, i64::MIN];
        let floats = [0.0, -0.0, 1.5, -2.0, 1e300, f64::INFINITY];
        let values: Vec<Value> = ints
            .iter()
            .map(|&i| Value::Int(i))
            .chain(floats.iter().map(|&f| Value::Float(f)))
            .collect();
        let ops = [
            BinOp::Add,
            BinOp::Sub,
            BinOp::Mul,
            BinOp::Div,
            BinOp::Mod,
            BinOp::BitAnd,
            BinOp::BitOr,
            BinOp::BitXor,
            BinOp::Shl,
            BinOp::Shr,
        ];
        let mut answered = 0;
        for op in ops {
            for a in &values {
                for b in &values {
                    let Some(fast) = fast_binary(op, a, b) else {
                        continue;
                    };
                    answered += 1;
                    let slow = binary_op(&mut vm, op, a, b)
                        .unwrap_or_else(|_| panic!("{a:?} {op:?} {b:?}: the slow path throws"));
                    let same = match (&fast, &slow) {
                        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
                        _ => identical(&fast, &slow),
                    };
                    assert!(same, "{a:?} {op:?} {b:?}: fast {fast:?}, slow {slow:?}");
                }
            }
        }
        assert!(
            answered > 500,
            "the fast paths answered only {answered} pairs"
        );
    }
}
