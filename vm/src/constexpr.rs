//! Constant expressions: class constants, property and parameter defaults
//! that are more than a literal (`self::A * 2`, `[PHP_EOL, B::C]`).
//!
//! php evaluates them when first needed, not where they are declared, so a
//! constant may name a class declared further down the file, and an error
//! (an undefined constant) is thrown where the value is used. The compiler
//! checks that an expression is a constant expression (php's "Constant
//! expression contains invalid operations"); this module evaluates one.

use crate::ast::{ArrayItem, BinOp, Expr, ExprKind, NameRef, UnaryOp};
use crate::runtime::array::PhpArray;
use crate::runtime::object::ClassRef;
use crate::runtime::string::PhpStr;
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm};
use std::rc::Rc;

/// An expression with what it needs to be evaluated later: the class
/// `self` and `parent` refer to, and the file for `__FILE__`/`__DIR__`.
#[derive(Debug)]
pub struct ConstExpr {
    pub expr: Expr,
    pub class: Option<PhpStr>,
    pub file: Rc<str>,
}

/// Whether php accepts `e` as a constant expression: the line of the first
/// part that is not allowed and php's message for it, if any.
pub fn invalid_part(e: &Expr) -> Option<(u32, &'static str)> {
    let ok = |e: &Expr| invalid_part(e);
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::String(_)
        | ExprKind::Bool(_)
        | ExprKind::Null
        | ExprKind::Const(_) => None,
        ExprKind::ClassConst {
            class: NameRef::Lit(class),
            ..
        } if !class.eq_ignore_ascii_case(b"static") => None,
        ExprKind::ClassConst {
            class: NameRef::Dyn(_),
            ..
        } => Some((
            e.line,
            "Dynamic class names are not allowed in compile-time class constant references",
        )),
        ExprKind::Array(items) => items.iter().find_map(|i| {
            if i.by_ref {
                return Some((i.value.line, INVALID));
            }
            i.key.as_ref().and_then(ok).or_else(|| ok(&i.value))
        }),
        ExprKind::Binary { left, right, .. } => ok(left).or_else(|| ok(right)),
        ExprKind::Unary { operand, .. } => ok(operand),
        ExprKind::Ternary { cond, then, else_ } => ok(cond)
            .or_else(|| then.as_deref().and_then(ok))
            .or_else(|| ok(else_)),
        ExprKind::Index {
            base,
            index: Some(index),
        } => ok(base).or_else(|| ok(index)),
        _ => Some((e.line, INVALID)),
    }
}

const INVALID: &str = "Constant expression contains invalid operations";

/// Evaluates a constant expression checked by [`invalid_part`].
pub fn eval(vm: &mut Vm, c: &ConstExpr) -> Result<Value, Unwind> {
    eval_expr(vm, c, &c.expr)
}

fn eval_expr(vm: &mut Vm, c: &ConstExpr, e: &Expr) -> Result<Value, Unwind> {
    Ok(match &e.kind {
        ExprKind::Int(i) => Value::Int(*i),
        ExprKind::Float(f) => Value::Float(*f),
        ExprKind::String(s) => Value::str(s.as_slice()),
        ExprKind::Bool(b) => Value::Bool(*b),
        ExprKind::Null => Value::Null,
        ExprKind::Array(items) => eval_array(vm, c, items)?,
        ExprKind::Const(name) => match name.as_slice() {
            b"__CLASS__" => Value::Str(c.class.clone().unwrap_or_default()),
            b"__FILE__" => Value::str(&*c.file),
            b"__DIR__" => Value::str(
                std::path::Path::new(&*c.file)
                    .parent()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            ),
            _ => match vm.constants.get(name.as_slice()) {
                Some(v) => v.clone(),
                None => {
                    let msg = format!("Undefined constant \"{}\"", String::from_utf8_lossy(name));
                    return Err(vm.throw_error("Error", &msg));
                }
            },
        },
        ExprKind::ClassConst {
            class: NameRef::Lit(class),
            name,
        } => {
            let target = resolve(vm, c, class)?;
            crate::class::class_constant(vm, &target, class, name, c.class.as_ref())?
        }
        ExprKind::Unary { op, operand } => {
            let v = eval_expr(vm, c, operand)?;
            match op {
                UnaryOp::Neg => crate::runtime::operators::negate(vm, &v)?,
                UnaryOp::Plus => {
                    crate::runtime::operators::binary_op(vm, BinOp::Mul, &v, &Value::Int(1))?
                }
                UnaryOp::Not => Value::Bool(!v.to_bool()),
                UnaryOp::BitNot => crate::runtime::operators::bit_not(vm, &v)?,
            }
        }
        ExprKind::Binary { op, left, right } => {
            let a = eval_expr(vm, c, left)?;
            match op {
                BinOp::And if !a.to_bool() => Value::Bool(false),
                BinOp::Or if a.to_bool() => Value::Bool(true),
                BinOp::And | BinOp::Or => Value::Bool(eval_expr(vm, c, right)?.to_bool()),
                BinOp::Coalesce if !matches!(a, Value::Null) => a,
                BinOp::Coalesce => eval_expr(vm, c, right)?,
                _ => {
                    let b = eval_expr(vm, c, right)?;
                    match op {
                        BinOp::Xor => Value::Bool(a.to_bool() ^ b.to_bool()),
                        BinOp::Identical => Value::Bool(crate::runtime::value::identical(&a, &b)),
                        BinOp::NotIdentical => {
                            Value::Bool(!crate::runtime::value::identical(&a, &b))
                        }
                        BinOp::Eq => Value::Bool(vm.compare(&a, &b)? == 0),
                        BinOp::NotEq => Value::Bool(vm.compare(&a, &b)? != 0),
                        BinOp::Lt => Value::Bool(vm.compare(&a, &b)? < 0),
                        BinOp::LtEq => Value::Bool(vm.compare(&a, &b)? <= 0),
                        BinOp::Gt => Value::Bool(vm.compare(&b, &a)? < 0),
                        BinOp::GtEq => Value::Bool(vm.compare(&b, &a)? <= 0),
                        BinOp::Spaceship => Value::Int(vm.compare(&a, &b)?.signum() as i64),
                        _ => crate::runtime::operators::binary_op(vm, *op, &a, &b)?,
                    }
                }
            }
        }
        ExprKind::Ternary { cond, then, else_ } => {
            let v = eval_expr(vm, c, cond)?;
            match (v.to_bool(), then) {
                (true, Some(t)) => eval_expr(vm, c, t)?,
                (true, None) => v,
                (false, _) => eval_expr(vm, c, else_)?,
            }
        }
        ExprKind::Index {
            base,
            index: Some(index),
        } => {
            let b = eval_expr(vm, c, base)?;
            let k = eval_expr(vm, c, index)?;
            crate::handlers::fetch_dim(vm, &b, &k, false)?
        }
        // The compiler let only constant expressions through.
        _ => return Err(vm.fatal("Constant expression contains invalid operations")),
    })
}

fn eval_array(vm: &mut Vm, c: &ConstExpr, items: &[ArrayItem]) -> Result<Value, Unwind> {
    let mut a = PhpArray::new();
    for item in items {
        let v = eval_expr(vm, c, &item.value)?;
        if item.unpack {
            crate::handlers::unpack_into(vm, &mut a, &v)?;
            continue;
        }
        match &item.key {
            Some(k) => {
                let k = eval_expr(vm, c, k)?;
                let key = crate::handlers::array_key(vm, &k)?;
                a.set(key, v);
            }
            None => {
                if !a.push(v) {
                    return Err(crate::handlers::next_element_occupied(vm));
                }
            }
        }
    }
    Ok(Value::array(a))
}

/// The class a name in a constant expression means: `self` and `parent`
/// are those of the declaring class.
fn resolve(vm: &mut Vm, c: &ConstExpr, name: &[u8]) -> Result<ClassRef, Unwind> {
    crate::class::resolve_class_in(vm, name, c.class.as_ref())
}
