//! Argument parsing for internal functions, with php's coercive-mode rules
//! and its exact error texts (Zend's zend_parse_parameters and friends).
//!
//! A function describes itself once with a [`Sig`] (its name and parameter
//! names); the accessors coerce one argument each and raise php's
//! `TypeError`, `ValueError` and `ArgumentCountError` messages.

use crate::runtime::array::PhpArray;
use crate::runtime::string::{parse_numeric, Numeric, NumericKind, PhpStr};
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm, E_DEPRECATED};
use std::rc::Rc;

/// An internal function's signature, for its messages.
pub struct Sig {
    pub name: &'static str,
    /// Parameter names without `$`; a last name starting with `...` is variadic.
    pub params: &'static [&'static str],
    /// How many leading parameters are required.
    pub required: usize,
}

impl Sig {
    pub const fn new(name: &'static str, required: usize, params: &'static [&'static str]) -> Sig {
        Sig {
            name,
            params,
            required,
        }
    }

    fn variadic(&self) -> bool {
        self.params.last().is_some_and(|p| p.starts_with("..."))
    }

    /// Checks the argument count (`strlen() expects exactly 1 argument, 0 given`).
    pub fn arity(&self, vm: &mut Vm, args: &[Value]) -> Result<(), Unwind> {
        let max = if self.variadic() {
            usize::MAX
        } else {
            self.params.len()
        };
        if args.len() < self.required {
            let exact = self.required == max;
            return Err(arg_count_error(
                vm,
                self.name,
                self.required,
                args.len(),
                exact,
                true,
            ));
        }
        if args.len() > max {
            let exact = self.required == max;
            return Err(arg_count_error(
                vm,
                self.name,
                max,
                args.len(),
                exact,
                false,
            ));
        }
        Ok(())
    }

    /// `($name)` of parameter `i` (0-based).
    pub fn param(&self, i: usize) -> &'static str {
        match self.params.get(i) {
            Some(p) => p.trim_start_matches("..."),
            None => self
                .params
                .last()
                .map(|p| p.trim_start_matches("..."))
                .unwrap_or(""),
        }
    }

    /// `f(): Argument #2 ($x) ` — the prefix of every argument error.
    pub fn arg_prefix(&self, i: usize) -> String {
        format!("{}(): Argument #{} (${})", self.name, i + 1, self.param(i))
    }

    /// `TypeError: f(): Argument #i ($x) must be of type T, U given`.
    pub fn type_error(&self, vm: &mut Vm, i: usize, expected: &str, given: &Value) -> Unwind {
        let msg = format!(
            "{} must be of type {expected}, {} given",
            self.arg_prefix(i),
            zpp_type_name(given)
        );
        vm.throw_error("TypeError", &msg)
    }

    /// `ValueError: f(): Argument #i ($x) <what>`.
    pub fn value_error(&self, vm: &mut Vm, i: usize, what: &str) -> Unwind {
        let msg = format!("{} {what}", self.arg_prefix(i));
        vm.throw_error("ValueError", &msg)
    }

    /// Passing null to a scalar parameter: deprecated since 8.1, then
    /// the parameter type's zero value is used.
    fn null_deprecated(&self, vm: &mut Vm, i: usize, ty: &str) {
        let msg = format!(
            "{}(): Passing null to parameter #{} (${}) of type {ty} is deprecated",
            self.name,
            i + 1,
            self.param(i)
        );
        vm.report(E_DEPRECATED, &msg);
    }

    /// Under strict_types, a scalar parameter takes only its own type (an
    /// int also for float): anything else is php's TypeError.
    fn strict_mismatch(&self, vm: &mut Vm, i: usize, ty: &str, v: &Value) -> Option<Unwind> {
        let fits = match v {
            Value::Int(_) => ty == "int" || ty == "float" || ty == "int|float",
            Value::Float(_) => ty == "float" || ty == "int|float",
            Value::Str(_) => ty == "string",
            Value::Bool(_) => ty == "bool",
            _ => false,
        };
        match fits || !called_strictly(vm) {
            true => None,
            false => Some(self.type_error(vm, i, ty, v)),
        }
    }

    /// A `string` parameter.
    pub fn str(&self, vm: &mut Vm, args: &[Value], i: usize) -> Result<PhpStr, Unwind> {
        let v = &arg(args, i);
        if let Some(e) = self.strict_mismatch(vm, i, "string", v) {
            return Err(e);
        }
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => vm.to_php_string(v),
            Value::Null | Value::Undef => {
                self.null_deprecated(vm, i, "string");
                Ok(PhpStr::default())
            }
            Value::Object(o) if o.class.find_method(b"__tostring").is_some() => vm.to_php_string(v),
            _ => Err(self.type_error(vm, i, "string", v)),
        }
    }

    /// An `int` parameter.
    pub fn int(&self, vm: &mut Vm, args: &[Value], i: usize) -> Result<i64, Unwind> {
        let v = &arg(args, i);
        if let Some(e) = self.strict_mismatch(vm, i, "int", v) {
            return Err(e);
        }
        match v {
            Value::Int(n) => Ok(*n),
            Value::Bool(b) => Ok(*b as i64),
            Value::Float(f) => self.float_to_int_arg(vm, i, *f, v, None),
            Value::Null | Value::Undef => {
                self.null_deprecated(vm, i, "int");
                Ok(0)
            }
            Value::Str(s) => match parse_numeric(s.as_bytes()) {
                NumericKind::Whole(Numeric::Int(n)) => Ok(n),
                NumericKind::Whole(Numeric::Float(f)) => {
                    self.float_to_int_arg(vm, i, f, v, Some(s))
                }
                _ => Err(self.type_error(vm, i, "int", v)),
            },
            _ => Err(self.type_error(vm, i, "int", v)),
        }
    }

    fn float_to_int_arg(
        &self,
        vm: &mut Vm,
        i: usize,
        f: f64,
        v: &Value,
        from_string: Option<&PhpStr>,
    ) -> Result<i64, Unwind> {
        // Outside the i64 range (or NaN/INF) the argument is rejected.
        if !f.is_finite() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
            return Err(self.type_error(vm, i, "int", v));
        }
        if f.fract() != 0.0 {
            let msg = match from_string {
                Some(s) => format!(
                    "Implicit conversion from float-string \"{}\" to int loses precision",
                    s.to_lossy()
                ),
                None => format!(
                    "Implicit conversion from float {} to int loses precision",
                    String::from_utf8_lossy(&v.to_bytes_scalar(Some(17)))
                ),
            };
            vm.report(E_DEPRECATED, &msg);
        }
        Ok(f as i64)
    }

    /// A `float` parameter (ints widen).
    pub fn float(&self, vm: &mut Vm, args: &[Value], i: usize) -> Result<f64, Unwind> {
        Ok(match self.number(vm, args, i, "float")? {
            Numeric::Int(n) => n as f64,
            Numeric::Float(f) => f,
        })
    }

    /// An `int|float` parameter; `ty` is the type named in errors.
    pub fn number(
        &self,
        vm: &mut Vm,
        args: &[Value],
        i: usize,
        ty: &str,
    ) -> Result<Numeric, Unwind> {
        let v = &arg(args, i);
        if let Some(e) = self.strict_mismatch(vm, i, ty, v) {
            return Err(e);
        }
        match v {
            Value::Int(n) => Ok(Numeric::Int(*n)),
            Value::Float(f) => Ok(Numeric::Float(*f)),
            Value::Bool(b) => Ok(Numeric::Int(*b as i64)),
            Value::Null | Value::Undef => {
                self.null_deprecated(vm, i, ty);
                Ok(Numeric::Int(0))
            }
            Value::Str(s) => match parse_numeric(s.as_bytes()) {
                NumericKind::Whole(n) => Ok(n),
                _ => Err(self.type_error(vm, i, ty, v)),
            },
            _ => Err(self.type_error(vm, i, ty, v)),
        }
    }

    /// A `bool` parameter.
    pub fn bool(&self, vm: &mut Vm, args: &[Value], i: usize) -> Result<bool, Unwind> {
        let v = &arg(args, i);
        if let Some(e) = self.strict_mismatch(vm, i, "bool", v) {
            return Err(e);
        }
        match v {
            Value::Null | Value::Undef => {
                self.null_deprecated(vm, i, "bool");
                Ok(false)
            }
            Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) => Ok(v.to_bool()),
            _ => Err(self.type_error(vm, i, "bool", v)),
        }
    }

    /// An `array` parameter.
    pub fn array(&self, vm: &mut Vm, args: &[Value], i: usize) -> Result<Rc<PhpArray>, Unwind> {
        match &arg(args, i) {
            Value::Array(a) => Ok(a.clone()),
            v => Err(self.type_error(vm, i, "array", v)),
        }
    }

    /// An `array|string` parameter: a `Value::Array`, or a `Value::Str`
    /// (scalars and `__toString` objects converted).
    pub fn array_or_str(&self, vm: &mut Vm, args: &[Value], i: usize) -> Result<Value, Unwind> {
        let v = &arg(args, i);
        match v {
            Value::Array(_) | Value::Str(_) => Ok(v.clone()),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                Ok(Value::Str(vm.to_php_string(v)?))
            }
            Value::Null | Value::Undef => {
                self.null_deprecated(vm, i, "array|string");
                Ok(Value::Str(PhpStr::default()))
            }
            Value::Object(o) if o.class.find_method(b"__tostring").is_some() => {
                Ok(Value::Str(vm.to_php_string(v)?))
            }
            _ => Err(self.type_error(vm, i, "array|string", v)),
        }
    }

    /// An optional parameter: None when not passed.
    pub fn opt<T>(
        &self,
        vm: &mut Vm,
        args: &[Value],
        i: usize,
        get: impl FnOnce(&Sig, &mut Vm, &[Value], usize) -> Result<T, Unwind>,
    ) -> Result<Option<T>, Unwind> {
        if i < args.len() {
            get(self, vm, args, i).map(Some)
        } else {
            Ok(None)
        }
    }

    /// A nullable optional parameter (`?int $x = null`): None when absent or null.
    pub fn opt_nullable<T>(
        &self,
        vm: &mut Vm,
        args: &[Value],
        i: usize,
        get: impl FnOnce(&Sig, &mut Vm, &[Value], usize) -> Result<T, Unwind>,
    ) -> Result<Option<T>, Unwind> {
        match args.get(i) {
            None | Some(Value::Null) | Some(Value::Undef) => Ok(None),
            Some(_) => get(self, vm, args, i).map(Some),
        }
    }
}

/// Argument `i`, or null when not passed.
fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::Null)
}

/// The type name zpp prints for a wrong argument: `null`, `bool`, `int`,
/// `float`, `string`, `array` or the class name.
pub fn zpp_type_name(v: &Value) -> String {
    v.type_name()
}

/// php's ArgumentCountError for internal functions:
/// `f() expects exactly|at least|at most N argument(s), M given`.
pub fn arg_count_error(
    vm: &mut Vm,
    name: &str,
    expected: usize,
    given: usize,
    exact: bool,
    too_few: bool,
) -> Unwind {
    let bound = if exact {
        "exactly"
    } else if too_few {
        "at least"
    } else {
        "at most"
    };
    let msg = format!(
        "{name}() expects {bound} {expected} argument{}, {given} given",
        if expected == 1 { "" } else { "s" }
    );
    vm.throw_error("ArgumentCountError", &msg)
}

/// Whether the internal function running now was called from a file with
/// `declare(strict_types=1)` (its caller's frame is user code of such a
/// file; a call made by another internal function never is strict).
pub fn called_strictly(vm: &Vm) -> bool {
    let n = vm.frames.len();
    n >= 2
        && vm.frames[n - 2]
            .code
            .as_ref()
            .is_some_and(|c| c.strict_types)
}
