//! Op arrays: what the compiler produces and the handlers execute.
//!
//! Like Zend's `zend_op_array`: each function is a vector of ops (opcode,
//! two operands, a result slot, an extended value and a line), its literals,
//! and the names of its compiled variables. Slots 0..num_cvs of a frame are
//! the compiled variables, the rest are temporaries.

use crate::ast::TypeHint;
use crate::runtime::string::PhpStr;
use crate::runtime::value::Value;
use std::rc::Rc;

/// Calls `$m!` with the list of every opcode and whether it is hot (hot
/// handlers are inlined into the hybrid kind's `match`). The one list from
/// which the opcode enum, the call and tailcall handler tables and the
/// switch and hybrid matches are all generated.
#[macro_export]
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            (Nop, nop, cold),
            (Echo, echo, hot),
            (Print, print, cold),
            (Assign, assign, hot),
            (AssignOp, assign_op, hot),
            (QmAssign, qm_assign, hot),
            (Add, add, hot),
            (Sub, sub, hot),
            (Mul, mul, hot),
            (Div, div, cold),
            (Mod, modulo, cold),
            (Pow, pow, cold),
            (Concat, concat, hot),
            (BitAnd, bit_and, cold),
            (BitOr, bit_or, cold),
            (BitXor, bit_xor, cold),
            (Shl, shl, cold),
            (Shr, shr, cold),
            (BitNot, bit_not, cold),
            (BoolNot, bool_not, hot),
            (BoolXor, bool_xor, cold),
            (Bool, to_bool, hot),
            (Cast, cast, cold),
            (IsEqual, is_equal, hot),
            (IsNotEqual, is_not_equal, hot),
            (IsIdentical, is_identical, hot),
            (IsNotIdentical, is_not_identical, hot),
            (IsSmaller, is_smaller, hot),
            (IsSmallerOrEqual, is_smaller_or_equal, hot),
            (Spaceship, spaceship, cold),
            (PreInc, pre_inc, hot),
            (PreDec, pre_dec, hot),
            (PostInc, post_inc, hot),
            (PostDec, post_dec, hot),
            (Jmp, jmp, hot),
            (JmpZ, jmpz, hot),
            (JmpNZ, jmpnz, hot),
            (JmpSet, jmp_set, cold),
            (Coalesce, coalesce, cold),
            (InitFcall, init_fcall, hot),
            (InitNsFcall, init_ns_fcall, cold),
            (InitMethodCall, init_method_call, cold),
            (InitStaticMethodCall, init_static_method_call, cold),
            (New, new_object, cold),
            (Send, send, hot),
            (DoFcall, do_fcall, hot),
            (Recv, recv, hot),
            (RecvInit, recv_init, cold),
            (Return, ret, hot),
            (VerifyReturnType, verify_return_type, cold),
            (InitArray, init_array, cold),
            (AddArrayElement, add_array_element, cold),
            (AddArrayUnpack, add_array_unpack, cold),
            (CreateClosure, create_closure, cold),
            (FetchDimR, fetch_dim_r, hot),
            (FetchDimW, fetch_dim_w, cold),
            (AssignDim, assign_dim, hot),
            (FetchObjR, fetch_obj_r, cold),
            (AssignObj, assign_obj, cold),
            (FetchThis, fetch_this, cold),
            (FetchConstant, fetch_constant, cold),
            (FetchClassConstant, fetch_class_constant, cold),
            (IssetIsEmpty, isset_isempty, cold),
            (UnsetVar, unset_var, cold),
            (UnsetDim, unset_dim, cold),
            (InstanceOf, instance_of, cold),
            (FeReset, fe_reset, cold),
            (FeFetch, fe_fetch, hot),
            (FeFree, fe_free, cold),
            (Throw, throw, cold),
            (Catch, catch, cold),
            (FastCall, fast_call, cold),
            (FastRet, fast_ret, cold),
            (Free, free, hot),
            (BeginSilence, begin_silence, cold),
            (EndSilence, end_silence, cold),
            (OpData, op_data, cold),
            (AssignRef, assign_ref, cold),
            (BindGlobal, bind_global, cold),
            (BindStatic, bind_static, cold),
            (SendDim, send_dim, cold),
            (AssignDimOp, assign_dim_op, cold),
            (MatchError, match_error, cold),
            (DeclareClosure, declare_closure, cold),
            (InitDynamicCall, init_dynamic_call, cold),
            (SendUnpack, send_unpack, cold),
            (RecvVariadic, recv_variadic, cold),
            (FetchListR, fetch_list_r, cold),
            (GeneratorCreate, generator_create, cold),
            (Exit, exit, cold),
            (FetchObjW, fetch_obj_w, cold),
            (SendNamed, send_named, cold),
            (Yield, yield_value, cold),
            (YieldFrom, yield_from, cold),
            (FetchStaticProp, fetch_static_prop, cold),
            (AssignStaticRef, assign_static_ref, cold),
            (Clone, clone_object, cold),
            (JmpNull, jmp_null, cold),
            (UnsetObj, unset_obj, cold),
            (AssignStaticProp, assign_static_prop, cold),
            (FetchVar, fetch_var, cold),
            (Include, include_file, cold),
            (DeclareFunction, declare_function, cold),
            (DeclareClass, declare_class, cold),
        }
    };
}

macro_rules! define_opcodes {
    ($(($name:ident, $handler:ident, $heat:ident)),* $(,)?) => {
        /// Every opcode of the VM. Semantics: one handler each in `handlers.rs`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Opcode { $($name),* }

        impl Opcode {
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];
        }
    };
}
for_each_op!(define_opcodes);

/// Where an operand lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Operand {
    #[default]
    Unused,
    /// A frame slot: a compiled variable (below `num_cvs`) or a temporary.
    Slot(u32),
    /// An entry of the op array's literal table.
    Const(u32),
}

/// Sentinel for "no result slot".
pub const NO_SLOT: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
pub struct Op {
    pub opcode: Opcode,
    /// Small per-opcode flags (for comparisons: the smart-branch kind).
    pub flags: u8,
    pub op1: Operand,
    pub op2: Operand,
    pub result: u32,
    /// Jump target, argument number or count, sub-operation code.
    pub ext: u32,
    pub line: u32,
}

/// How a comparison op's result is used (Zend's smart branches).
pub mod smart_branch {
    /// The result is stored in the result slot.
    pub const NONE: u8 = 0;
    /// Fused with the following JMPZ: jump when false.
    pub const JMPZ: u8 = 1;
    /// Fused with the following JMPNZ: jump when true.
    pub const JMPNZ: u8 = 2;
}

/// Flags of SEND: the argument is a plain variable, which a by-reference
/// parameter binds to (Zend's SEND_VAR_EX).
pub mod send_flags {
    pub const VAR: u8 = 1;
    /// A `?->` chain: never a reference (php's Error, not a notice).
    pub const NULLSAFE: u8 = 2;
}

/// Flags of FE_RESET / FE_FETCH.
pub mod fe_flags {
    /// `foreach ($a as &$v)`: iterate the variable's array in place and
    /// bind the loop variable to each element.
    pub const BY_REF: u8 = 1;
}

/// AssignRef's `ext`: which side is an array element path (the path's
/// keys were recorded by FETCH_DIM_W ops, the last one in OP_DATA's op2).
pub mod assign_ref_mode {
    /// `$a = &$b`
    pub const VAR_VAR: u32 = 0;
    /// `$a = &$b[k]...`: op2 is the base variable of the path.
    pub const VAR_DIM: u32 = 1;
    /// `$a[k]... = &$b`: op1 is the base variable of the path.
    pub const DIM_VAR: u32 = 2;
}

/// AssignDimOp's `ext` beyond the binary operator codes: `++`/`--` on an
/// element.
pub mod dim_incdec {
    pub const PRE_INC: u32 = 16;
    pub const PRE_DEC: u32 = 17;
    pub const POST_INC: u32 = 18;
    pub const POST_DEC: u32 = 19;
}

/// JmpNull's flags: what a short-circuited `?->` chain gives.
pub mod jmp_null {
    pub const NULL: u8 = 0;
    /// `isset(...)` of the chain.
    pub const FALSE: u8 = 1;
    /// `empty(...)` of the chain.
    pub const TRUE: u8 = 2;
    /// Added for isset/`??`: an undefined variable reads as null quietly.
    pub const QUIET: u8 = 4;
}

/// CreateClosure's `ext`: what the call in `f(...)` names.
pub mod callable_ref {
    /// op1 a function name; op2 the global name an unqualified name in a
    /// namespace falls back to.
    pub const FUNCTION: u32 = 0;
    /// op1 the object, op2 the method name.
    pub const METHOD: u32 = 1;
    /// op1 the class as written, op2 the method name.
    pub const STATIC: u32 = 2;
    /// op1 any callable value (`$f(...)`).
    pub const VALUE: u32 = 3;
}

/// FetchStaticProp's `ext`: how the property is used.
pub mod static_fetch {
    /// Read: the result is the value.
    pub const R: u32 = 0;
    /// Write: the result is the property's reference cell, which the
    /// following assignment, `op=`, `++` or element write goes through.
    pub const W: u32 = 1;
    /// isset/`??`: like R, but an undeclared or invisible property is null.
    pub const IS: u32 = 2;
    /// `unset(A::$p)`: php's Error once the class is resolved.
    pub const UNSET: u32 = 3;
    /// `f(A::$p)`: plus the argument's position: W when the pending call
    /// takes it by reference, else R.
    pub const FUNC_ARG: u32 = 16;
}

/// FetchVar's `ext`: how a variable named at run time (`$$n`,
/// `$GLOBALS['n']`; op1 the name) is used. Its `flags`: `GLOBAL` for
/// `$GLOBALS[...]`.
pub mod var_fetch {
    /// Read: the value (an undefined variable warns and reads as null).
    pub const R: u32 = 0;
    /// Write: the variable's reference cell (made and defined as null if
    /// need be), which the following write goes through (Zend's INDIRECT).
    pub const W: u32 = 1;
    /// Read-write (`op=`, `++`): like W, warning first if undefined.
    pub const RW: u32 = 2;
    /// isset/`??`: the value, null if undefined, quietly.
    pub const IS: u32 = 3;
    /// `unset($$n)`.
    pub const UNSET: u32 = 4;
    /// `$$n = &...`: binds the variable to the reference cell in op2.
    pub const BIND: u32 = 5;
    /// `$GLOBALS` as a whole (op1 unused): a copy of the global variables.
    pub const GLOBALS: u32 = 6;
    /// `f($$n)`: plus the argument's position: W when the pending call
    /// takes it by reference, else R.
    pub const FUNC_ARG: u32 = 16;
    /// Flag: the variable is a global (`$GLOBALS['n']`).
    pub const GLOBAL: u8 = 1;
}

/// Include's `ext`: which construct.
pub mod include_kind {
    pub const INCLUDE: u32 = 0;
    pub const INCLUDE_ONCE: u32 = 1;
    pub const REQUIRE: u32 = 2;
    pub const REQUIRE_ONCE: u32 = 3;
    pub const NAMES: [&str; 4] = ["include", "include_once", "require", "require_once"];
}

/// A `try` region (Zend's zend_try_catch_element), as op indexes.
#[derive(Debug, Clone, Copy)]
pub struct TryRegion {
    pub try_start: u32,
    /// First op after the whole statement (catches and finally included).
    pub end: u32,
    /// The slot FAST_CALL uses for the finally block's return address (or
    /// the exception pending while the finally block runs).
    pub fast_call_slot: u32,
    /// First op of the catch chain (0 if none).
    pub catch_op: u32,
    /// First op of the finally block (0 if none).
    pub finally_op: u32,
    /// The `FastRet` ending the finally block (0 if none).
    pub finally_end: u32,
}

#[derive(Debug, Clone)]
pub struct ParamInfo {
    pub name: PhpStr,
    pub ty: Option<TypeHint>,
    pub by_ref: bool,
    pub variadic: bool,
    pub has_default: bool,
    /// A default that is a constant expression, evaluated when needed.
    pub default_expr: Option<Rc<crate::constexpr::ConstExpr>>,
}

/// A cached function: user functions are held weakly, as a recursive
/// function's cache would otherwise keep its own op array alive.
#[derive(Clone)]
pub enum CachedFunction {
    User(std::rc::Weak<OpArray>),
    Native(Rc<crate::ext::NativeFunction>),
}

#[derive(Default)]
pub struct CallCache(pub std::cell::RefCell<Vec<Option<CachedFunction>>>);

/// A copy of an op array starts with an empty cache.
impl Clone for CallCache {
    fn clone(&self) -> Self {
        CallCache::default()
    }
}

impl std::fmt::Debug for CallCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CallCache")
    }
}

/// One compiled function (or the main script).
#[derive(Debug, Clone)]
pub struct OpArray {
    /// Name as declared (`{main}` for the script body).
    pub name: PhpStr,
    /// Declaring class for methods.
    pub class: Option<PhpStr>,
    pub is_static: bool,
    pub file: Rc<str>,
    pub ops: Vec<Op>,
    pub literals: Vec<Value>,
    pub cv_names: Vec<PhpStr>,
    pub num_slots: u32,
    pub params: Vec<ParamInfo>,
    pub return_type: Option<TypeHint>,
    pub try_regions: Vec<TryRegion>,
    /// INIT_FCALL's resolved functions, by the literal index of the name
    /// (Zend's run-time cache): a name, once defined, never changes.
    pub call_cache: CallCache,
    /// Closures declared in this function: their op arrays, and for each
    /// the slots of this function's variables they capture. Functions
    /// declared in a block or a function body are here too (DECLARE_FUNCTION
    /// names them by index), capturing nothing.
    pub closures: Vec<(Rc<OpArray>, Vec<u32>)>,
    /// A closure's captured variables: its own variable slots, and whether
    /// by reference (`use (&$x)`).
    pub captures: Vec<(u32, bool)>,
    /// An arrow function: captures by value, without warnings.
    pub arrow: bool,
    /// The function's `static` variables (references, created on first
    /// use), shared by every call as in php 8.1+.
    pub statics: std::cell::RefCell<Vec<Value>>,
    /// The initial values of `static` variables that are constant
    /// expressions (`static $x = self::A * 2;`), by static index:
    /// evaluated by the first BIND_STATIC that runs, as php 8.2 does.
    pub static_inits: Vec<(u32, std::rc::Rc<crate::constexpr::ConstExpr>)>,
    pub line_start: u32,
    pub line_end: u32,
    /// Declared in a file with `declare(strict_types=1)`: calls it makes
    /// and values it returns or assigns to typed properties are not
    /// coerced.
    pub strict_types: bool,
}

impl OpArray {
    pub fn num_cvs(&self) -> u32 {
        self.cv_names.len() as u32
    }
    /// The name php prints in traces and messages: `f`, `A::m`.
    pub fn display_name(&self) -> String {
        match &self.class {
            Some(c) => format!("{}::{}", c.shown(), self.name.to_lossy()),
            None => self.name.to_lossy(),
        }
    }
    /// The name php's argument errors print (`f(): Argument #1 ...`):
    /// they join the class and method names first and print that up to a
    /// NUL byte, so a method of an anonymous class is just
    /// `class@anonymous`.
    pub fn argument_error_name(&self) -> String {
        match &self.class {
            Some(c) if c.as_bytes().contains(&0) => c.shown(),
            _ => self.display_name(),
        }
    }
}
