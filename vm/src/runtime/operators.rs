//! PHP 8.2's arithmetic, bitwise and string operators on values, with their
//! warnings and errors. Handlers call these for every case their inline fast
//! path (int op int) does not cover.

use super::array::PhpArray;
use super::string::{parse_numeric, Numeric, NumericKind, PhpStr};
use super::value::{float_to_int, Value};
use crate::ast::BinOp;
use crate::vm::{Unwind, Vm, E_DEPRECATED, E_WARNING};
use std::rc::Rc;

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::Concat => ".",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        _ => "?",
    }
}

fn unsupported(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> Unwind {
    let msg = format!(
        "Unsupported operand types: {} {} {}",
        a.type_name(),
        op_symbol(op),
        b.type_name()
    );
    vm.throw_error("TypeError", &msg)
}

/// An operand of an arithmetic operator as a number, with php 8's warning
/// for leading-numeric strings ("5 apples") and TypeError otherwise.
fn arith_operand(
    vm: &mut Vm,
    op: BinOp,
    v: &Value,
    a: &Value,
    b: &Value,
) -> Result<Numeric, Unwind> {
    Ok(match v {
        Value::Ref(r) => return arith_operand(vm, op, &r.borrow(), a, b),
        Value::Undef | Value::Null => Numeric::Int(0),
        Value::Bool(x) => Numeric::Int(*x as i64),
        Value::Int(i) => Numeric::Int(*i),
        Value::Float(f) => Numeric::Float(*f),
        Value::Str(s) => match parse_numeric(s.as_bytes()) {
            NumericKind::Whole(n) => n,
            NumericKind::Leading(n) => {
                vm.report(E_WARNING, "A non-numeric value encountered");
                if vm.has_exception() {
                    return Err(Unwind);
                }
                n
            }
            NumericKind::None => return Err(unsupported(vm, op, a, b)),
        },
        Value::Array(_) | Value::Object(_) => return Err(unsupported(vm, op, a, b)),
    })
}

/// An operand of `%`, `<<`, `>>`, `|`, `&`, `^` as an int (php warns when a
/// float with a fractional part loses precision).
fn int_operand(vm: &mut Vm, op: BinOp, v: &Value, a: &Value, b: &Value) -> Result<i64, Unwind> {
    match arith_operand(vm, op, v, a, b)? {
        Numeric::Int(i) => Ok(i),
        Numeric::Float(f) => {
            if f.is_finite() && f.fract() != 0.0 || !f.is_finite() {
                let shown =
                    String::from_utf8_lossy(&super::string::float_to_bytes(f, None)).into_owned();
                vm.report(
                    E_DEPRECATED,
                    &format!("Implicit conversion from float {shown} to int loses precision"),
                );
            }
            Ok(float_to_int(f))
        }
    }
}

fn num_to_value(n: Numeric) -> Value {
    match n {
        Numeric::Int(i) => Value::Int(i),
        Numeric::Float(f) => Value::Float(f),
    }
}

fn as_f(n: Numeric) -> f64 {
    match n {
        Numeric::Int(i) => i as f64,
        Numeric::Float(f) => f,
    }
}

/// `a op b` for every binary operator except comparisons and logic.
pub fn binary_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> Result<Value, Unwind> {
    match op {
        BinOp::Concat => {
            let mut s = vm.to_php_string(a)?.as_bytes().to_vec();
            s.extend_from_slice(vm.to_php_string(b)?.as_bytes());
            Ok(Value::Str(PhpStr::new(s)))
        }
        BinOp::Add => {
            if let (Value::Array(x), Value::Array(y)) = (a, b) {
                return Ok(array_union(x, y));
            }
            let (x, y) = (
                arith_operand(vm, op, a, a, b)?,
                arith_operand(vm, op, b, a, b)?,
            );
            Ok(match (x, y) {
                (Numeric::Int(i), Numeric::Int(j)) => match i.checked_add(j) {
                    Some(r) => Value::Int(r),
                    None => Value::Float(i as f64 + j as f64),
                },
                _ => Value::Float(as_f(x) + as_f(y)),
            })
        }
        BinOp::Sub => {
            let (x, y) = (
                arith_operand(vm, op, a, a, b)?,
                arith_operand(vm, op, b, a, b)?,
            );
            Ok(match (x, y) {
                (Numeric::Int(i), Numeric::Int(j)) => match i.checked_sub(j) {
                    Some(r) => Value::Int(r),
                    None => Value::Float(i as f64 - j as f64),
                },
                _ => Value::Float(as_f(x) - as_f(y)),
            })
        }
        BinOp::Mul => {
            let (x, y) = (
                arith_operand(vm, op, a, a, b)?,
                arith_operand(vm, op, b, a, b)?,
            );
            Ok(match (x, y) {
                (Numeric::Int(i), Numeric::Int(j)) => match i.checked_mul(j) {
                    Some(r) => Value::Int(r),
                    None => Value::Float(i as f64 * j as f64),
                },
                _ => Value::Float(as_f(x) * as_f(y)),
            })
        }
        BinOp::Div => {
            let (x, y) = (
                arith_operand(vm, op, a, a, b)?,
                arith_operand(vm, op, b, a, b)?,
            );
            if as_f(y) == 0.0 {
                return Err(vm.throw_error("DivisionByZeroError", "Division by zero"));
            }
            Ok(match (x, y) {
                (Numeric::Int(i), Numeric::Int(j)) if i.checked_rem(j) == Some(0) => {
                    Value::Int(i / j)
                }
                _ => Value::Float(as_f(x) / as_f(y)),
            })
        }
        BinOp::Mod => {
            let (x, y) = (int_operand(vm, op, a, a, b)?, int_operand(vm, op, b, a, b)?);
            if y == 0 {
                return Err(vm.throw_error("DivisionByZeroError", "Modulo by zero"));
            }
            // i64::MIN % -1 overflows in Rust; php gives 0.
            Ok(Value::Int(x.checked_rem(y).unwrap_or(0)))
        }
        BinOp::Pow => {
            let (x, y) = (
                arith_operand(vm, op, a, a, b)?,
                arith_operand(vm, op, b, a, b)?,
            );
            Ok(match (x, y) {
                (Numeric::Int(i), Numeric::Int(j)) if j >= 0 => int_pow(i, j),
                _ => Value::Float(as_f(x).powf(as_f(y))),
            })
        }
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
            if let (Value::Str(x), Value::Str(y)) = (a, b) {
                return Ok(Value::Str(string_bitwise(op, x.as_bytes(), y.as_bytes())));
            }
            let (x, y) = (int_operand(vm, op, a, a, b)?, int_operand(vm, op, b, a, b)?);
            Ok(Value::Int(match op {
                BinOp::BitAnd => x & y,
                BinOp::BitOr => x | y,
                _ => x ^ y,
            }))
        }
        BinOp::Shl | BinOp::Shr => {
            let (x, y) = (int_operand(vm, op, a, a, b)?, int_operand(vm, op, b, a, b)?);
            if y < 0 {
                return Err(vm.throw_error("ArithmeticError", "Bit shift by negative number"));
            }
            Ok(Value::Int(match op {
                BinOp::Shl if y >= 64 => 0,
                BinOp::Shl => x.wrapping_shl(y as u32),
                _ if y >= 64 => {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                }
                _ => x >> y,
            }))
        }
        _ => Err(unsupported(vm, op, a, b)),
    }
}

/// `int ** int` for a non-negative exponent, by squaring; a result out of
/// the int range is a float, as in php.
fn int_pow(base: i64, exp: i64) -> Value {
    let as_float = || Value::Float((base as f64).powf(exp as f64));
    let (mut result, mut b, mut e) = (1i64, base, exp);
    loop {
        if e & 1 == 1 {
            match result.checked_mul(b) {
                Some(r) => result = r,
                None => return as_float(),
            }
        }
        e >>= 1;
        if e == 0 {
            return Value::Int(result);
        }
        match b.checked_mul(b) {
            Some(x) => b = x,
            None => return as_float(),
        }
    }
}

fn string_bitwise(op: BinOp, x: &[u8], y: &[u8]) -> PhpStr {
    let f = |a: u8, b: u8| match op {
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        _ => a ^ b,
    };
    let out: Vec<u8> = if op == BinOp::BitOr {
        let (long, short) = if x.len() >= y.len() { (x, y) } else { (y, x) };
        long.iter()
            .enumerate()
            .map(|(i, &a)| if i < short.len() { f(a, short[i]) } else { a })
            .collect()
    } else {
        x.iter().zip(y).map(|(&a, &b)| f(a, b)).collect()
    };
    PhpStr::new(out)
}

fn array_union(x: &Rc<PhpArray>, y: &Rc<PhpArray>) -> Value {
    let mut out = (**x).clone();
    for (k, v) in y.iter() {
        if out.get(&k).is_none() {
            out.set(k, v.clone());
        }
    }
    Value::array(out)
}

/// `-x` (php compiles it as `x * -1`).
pub fn negate(vm: &mut Vm, v: &Value) -> Result<Value, Unwind> {
    binary_op(vm, BinOp::Mul, v, &Value::Int(-1))
}

/// `~x`
pub fn bit_not(vm: &mut Vm, v: &Value) -> Result<Value, Unwind> {
    match v {
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::Float(f) => Ok(Value::Int(!float_to_int(*f))),
        Value::Str(s) => Ok(Value::Str(PhpStr::new(
            s.as_bytes().iter().map(|b| !b).collect::<Vec<u8>>(),
        ))),
        _ => {
            let msg = format!("Cannot perform bitwise not on {}", v.type_name());
            Err(vm.throw_error("TypeError", &msg))
        }
    }
}

/// `++` on any value (php's increment_function).
pub fn increment(vm: &mut Vm, v: &Value) -> Result<Value, Unwind> {
    Ok(match v {
        Value::Ref(r) => return increment(vm, &r.borrow()),
        Value::Int(i) => match i.checked_add(1) {
            Some(r) => Value::Int(r),
            None => Value::Float(*i as f64 + 1.0),
        },
        Value::Float(f) => Value::Float(f + 1.0),
        Value::Undef | Value::Null => Value::Int(1),
        Value::Bool(_) => v.clone(),
        Value::Str(s) => match parse_numeric(s.as_bytes()) {
            NumericKind::Whole(n) => increment(vm, &num_to_value(n))?,
            _ if s.is_empty() => Value::str("1"),
            _ => Value::Str(PhpStr::new(string_increment(s.as_bytes()))),
        },
        Value::Array(_) | Value::Object(_) => {
            let msg = format!("Cannot increment {}", v.type_name());
            return Err(vm.throw_error("TypeError", &msg));
        }
    })
}

/// `--` on any value (php's decrement_function).
pub fn decrement(vm: &mut Vm, v: &Value) -> Result<Value, Unwind> {
    Ok(match v {
        Value::Ref(r) => return decrement(vm, &r.borrow()),
        Value::Int(i) => match i.checked_sub(1) {
            Some(r) => Value::Int(r),
            None => Value::Float(*i as f64 - 1.0),
        },
        Value::Float(f) => Value::Float(f - 1.0),
        Value::Undef | Value::Null | Value::Bool(_) => v.clone().deref_undef(),
        Value::Str(s) => match parse_numeric(s.as_bytes()) {
            NumericKind::Whole(n) => decrement(vm, &num_to_value(n))?,
            _ if s.is_empty() => Value::Int(-1),
            _ => v.clone(),
        },
        Value::Array(_) | Value::Object(_) => {
            let msg = format!("Cannot decrement {}", v.type_name());
            return Err(vm.throw_error("TypeError", &msg));
        }
    })
}

/// Perl-style string increment: "a" -> "b", "Az" -> "Ba", "zz" -> "aaa".
fn string_increment(s: &[u8]) -> Vec<u8> {
    let mut out = s.to_vec();
    let mut i = out.len();
    loop {
        if i == 0 {
            // Carry out of the first character: prepend by its class.
            let first = match s[0] {
                b'0'..=b'9' => b'1',
                b'a'..=b'z' => b'a',
                _ => b'A',
            };
            out.insert(0, first);
            return out;
        }
        i -= 1;
        match out[i] {
            b'z' => out[i] = b'a',
            b'Z' => out[i] = b'A',
            b'9' => out[i] = b'0',
            c if c.is_ascii_alphanumeric() => {
                out[i] = c + 1;
                return out;
            }
            _ => return out,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_increment_carries() {
        assert_eq!(string_increment(b"a"), b"b");
        assert_eq!(string_increment(b"Az"), b"Ba");
        assert_eq!(string_increment(b"zz"), b"aaa");
        assert_eq!(string_increment(b"a9"), b"b0");
        assert_eq!(string_increment(b"Zz"), b"AAa");
    }

    #[test]
    fn int_pow_overflows_to_float() {
        assert!(matches!(int_pow(2, 62), Value::Int(4611686018427387904)));
        assert!(matches!(int_pow(2, 63), Value::Float(_)));
        assert!(matches!(int_pow(-1, 1001), Value::Int(-1)));
        assert!(matches!(int_pow(1, 1000), Value::Int(1)));
        assert!(matches!(int_pow(0, 1000), Value::Int(0)));
    }
}
