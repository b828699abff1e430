//! Type functions: `gettype`, `get_debug_type`, `is_*`, `intval`, `settype`,
//! ...; and the runtime constants API: `define`, `defined`, `constant`.

use super::args::Sig;
use crate::ext::Extension;
use crate::runtime::array::PhpArray;
use crate::runtime::string::{parse_numeric, Numeric, NumericKind};
use crate::runtime::value::{float_to_int, Value};
use crate::vm::{Unwind, Vm, E_WARNING};

pub(super) fn add(ext: Extension) -> Extension {
    let ext = add_predicates(ext);
    let ext = add_conversions(ext);
    add_constants_api(ext)
}

/// A function of one `mixed $value` parameter.
fn unary(
    ext: Extension,
    name: &'static str,
    f: impl Fn(&mut Vm, &Value) -> Result<Value, Unwind> + 'static,
) -> Extension {
    ext.function(name, move |vm, args| {
        Sig {
            name,
            params: &["value"],
            required: 1,
        }
        .arity(vm, args)?;
        f(vm, &args[0].deref())
    })
}

/// php's `gettype()` names.
fn type_of(v: &Value) -> &'static str {
    match v {
        Value::Ref(r) => type_of(&r.borrow()),
        Value::Undef | Value::Null => "NULL",
        Value::Bool(_) => "boolean",
        Value::Int(_) => "integer",
        Value::Float(_) => "double",
        Value::Str(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A predicate's name and test.
type Predicate = (&'static str, fn(&Value) -> bool);

fn add_predicates(ext: Extension) -> Extension {
    let preds: [Predicate; 15] = [
        ("is_int", |v| matches!(v, Value::Int(_))),
        ("is_integer", |v| matches!(v, Value::Int(_))),
        ("is_long", |v| matches!(v, Value::Int(_))),
        ("is_float", |v| matches!(v, Value::Float(_))),
        ("is_double", |v| matches!(v, Value::Float(_))),
        ("is_string", |v| matches!(v, Value::Str(_))),
        ("is_bool", |v| matches!(v, Value::Bool(_))),
        ("is_array", |v| matches!(v, Value::Array(_))),
        ("is_null", |v| matches!(v, Value::Null | Value::Undef)),
        ("is_object", |v| matches!(v, Value::Object(_))),
        ("is_scalar", |v| {
            matches!(
                v,
                Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::Bool(_)
            )
        }),
        ("is_numeric", |v| match v {
            Value::Int(_) | Value::Float(_) => true,
            // Leading and trailing whitespace allowed, as in php 8.
            Value::Str(s) => matches!(parse_numeric(s.as_bytes()), NumericKind::Whole(_)),
            _ => false,
        }),
        ("is_iterable", |v| match v {
            Value::Array(_) => true,
            Value::Object(o) => crate::class::implements(o, b"traversable"),
            _ => false,
        }),
        ("is_countable", |v| match v {
            Value::Array(_) => true,
            Value::Object(o) => crate::class::implements(o, b"countable"),
            _ => false,
        }),
        ("boolval", Value::to_bool),
    ];
    let ext = preds.into_iter().fold(ext, |ext, (name, f)| {
        unary(ext, name, move |_vm, v| Ok(Value::Bool(f(v))))
    });
    let ext = unary(ext, "gettype", |_vm, v| Ok(Value::str(type_of(v))));
    unary(ext, "get_debug_type", |_vm, v| {
        Ok(Value::str(v.type_name()))
    })
}

/// A value as an int, the way `intval()` and `settype()` convert it:
/// numeric strings whose number is out of range saturate, and objects
/// give 1 with a warning.
fn to_int(vm: &mut Vm, v: &Value) -> i64 {
    match v {
        Value::Str(s) => match parse_numeric(s.as_bytes()) {
            NumericKind::Whole(Numeric::Float(f)) | NumericKind::Leading(Numeric::Float(f)) => {
                float_to_int_cap(f)
            }
            NumericKind::Whole(Numeric::Int(n)) | NumericKind::Leading(Numeric::Int(n)) => n,
            NumericKind::None => 0,
        },
        Value::Object(o) => {
            let msg = format!(
                "Object of class {} could not be converted to int",
                o.class.name.shown()
            );
            vm.report(E_WARNING, &msg);
            1
        }
        v => v.to_int(),
    }
}

/// php's `zend_dval_to_lval_cap`: out-of-range floats saturate.
fn float_to_int_cap(f: f64) -> i64 {
    if f.is_nan() {
        0
    } else if f >= 9.223_372_036_854_776e18 {
        i64::MAX
    } else if f < -9.223_372_036_854_776e18 {
        i64::MIN
    } else {
        float_to_int(f)
    }
}

fn to_float(vm: &mut Vm, v: &Value) -> f64 {
    match v {
        Value::Object(o) => {
            let msg = format!(
                "Object of class {} could not be converted to float",
                o.class.name.shown()
            );
            vm.report(E_WARNING, &msg);
            1.0
        }
        v => v.to_float(),
    }
}

/// C's `strtol`: whitespace, a sign, digits of `base` (0: by prefix, 0x
/// for 16, 0 for 8, else 10; 16 takes an optional 0x); overflow saturates
/// and an invalid base gives 0.
fn strtol(s: &[u8], base: i64) -> i64 {
    let mut i = 0;
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
        i += 1;
    }
    let negative = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let hex_prefix = s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X'));
    let base = match base {
        0 if hex_prefix => 16,
        0 if s.get(i) == Some(&b'0') => 8,
        0 => 10,
        2..=36 => base as u32,
        _ => return 0,
    };
    if base == 16 && hex_prefix {
        i += 2;
    }
    // Accumulated as a negative number, which has the larger range.
    let mut n: i64 = 0;
    let mut overflow = false;
    for &c in &s[i..] {
        let Some(d) = (c as char).to_digit(base) else {
            break;
        };
        match n
            .checked_mul(base as i64)
            .and_then(|n| n.checked_sub(d as i64))
        {
            Some(m) => n = m,
            None => overflow = true,
        }
    }
    match (overflow, negative) {
        (true, true) => i64::MIN,
        (true, false) => i64::MAX,
        (false, true) => n,
        (false, false) => n.checked_neg().unwrap_or(i64::MAX),
    }
}

/// `intval()` of a string in a base other than 10: "0b" prefixes are
/// php's own (for bases 0 and 2), the rest is strtol.
fn intval_base(s: &[u8], base: i64) -> i64 {
    if base == 0 || base == 2 {
        let t = s.trim_ascii_start();
        let (sign, rest) = match t.first() {
            Some(b'-' | b'+') => (&t[..1], &t[1..]),
            _ => (&t[..0], t),
        };
        if t.len() > 2 && rest.len() >= 2 && rest[0] == b'0' && matches!(rest[1], b'b' | b'B') {
            let mut digits = sign.to_vec();
            digits.extend_from_slice(&rest[2..]);
            return strtol(&digits, 2);
        }
    }
    strtol(s, base)
}

/// The `(array)` cast.
fn to_array(v: Value) -> Value {
    match v {
        Value::Array(_) => v,
        Value::Undef | Value::Null => Value::array(PhpArray::new()),
        Value::Object(o) => Value::array(o.initialized_props()),
        other => Value::array(PhpArray::from_list(vec![other])),
    }
}

/// The `(object)` cast: arrays become a stdClass's properties, scalars its
/// `scalar` property.
fn to_object(vm: &mut Vm, v: Value) -> Value {
    if let Value::Object(_) = v {
        return v;
    }
    let Some(class) = vm.class(b"stdClass") else {
        return Value::Null;
    };
    let obj = vm.instantiate(&class);
    match v {
        Value::Array(a) => *obj.props.borrow_mut() = (*a).clone(),
        Value::Undef | Value::Null => {}
        scalar => obj.set_prop(b"scalar", scalar),
    }
    Value::Object(obj)
}

fn add_conversions(ext: Extension) -> Extension {
    let ext = unary(ext, "floatval", |vm, v| Ok(Value::Float(to_float(vm, v))));
    let ext = unary(ext, "doubleval", |vm, v| Ok(Value::Float(to_float(vm, v))));
    let ext = unary(ext, "strval", |vm, v| Ok(Value::Str(vm.to_php_string(v)?)));
    ext.function("intval", |vm, args| {
        let sig = Sig::new("intval", 1, &["value", "base"]);
        sig.arity(vm, args)?;
        let base = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(10);
        Ok(Value::Int(match args[0].deref() {
            Value::Str(s) if base != 10 => intval_base(s.as_bytes(), base),
            v => to_int(vm, &v),
        }))
    })
    .function_by_ref("settype", &[0], |vm, args| {
        let sig = Sig::new("settype", 2, &["var", "type"]);
        sig.arity(vm, args)?;
        let ty = sig.str(vm, args, 1)?;
        let v = args[0].deref().deref_undef();
        let converted = match ty.as_bytes().to_ascii_lowercase().as_slice() {
            b"int" | b"integer" => Value::Int(to_int(vm, &v)),
            b"float" | b"double" => Value::Float(to_float(vm, &v)),
            b"bool" | b"boolean" => Value::Bool(v.to_bool()),
            b"string" => Value::Str(vm.to_php_string(&v)?),
            b"array" => to_array(v),
            b"object" => to_object(vm, v),
            b"null" => Value::Null,
            b"resource" => {
                return Err(vm.throw_error("ValueError", "Cannot convert to resource type"))
            }
            _ => return Err(sig.value_error(vm, 1, "must be a valid type")),
        };
        if let Value::Ref(cell) = &args[0] {
            *cell.borrow_mut() = converted;
        }
        Ok(Value::Bool(true))
    })
}

// ---- Constants ---------------------------------------------------------------------

/// A constant's name as stored: the namespace part (case-insensitive)
/// lowercased. (`define` keeps a leading `\`, lookups drop it.)
pub(crate) fn constant_key(name: &[u8]) -> Vec<u8> {
    match name.iter().rposition(|&b| b == b'\\') {
        Some(p) => {
            let mut key = name[..p].to_ascii_lowercase();
            key.extend_from_slice(&name[p..]);
            key
        }
        None => name.to_vec(),
    }
}

/// `true`, `false` and `null`: the constants that ignore case.
fn special_constant(name: &[u8]) -> Option<Value> {
    match name.to_ascii_lowercase().as_slice() {
        b"true" => Some(Value::Bool(true)),
        b"false" => Some(Value::Bool(false)),
        b"null" => Some(Value::Null),
        _ => None,
    }
}

/// A global constant's value, if defined.
fn lookup_constant(vm: &Vm, name: &[u8]) -> Option<Value> {
    let key = constant_key(name.strip_prefix(b"\\").unwrap_or(name));
    vm.constants
        .get(&key)
        .cloned()
        .or_else(|| special_constant(&key))
}

/// A class constant named `Class::NAME` (None when `name` has no `::`).
fn class_constant(vm: &mut Vm, name: &[u8]) -> Option<Result<Value, Unwind>> {
    let p = name.windows(2).position(|w| w == b"::")?;
    let (class_name, const_name) = (&name[..p], &name[p + 2..]);
    Some((|| {
        let class = crate::class::resolve_class(vm, class_name)?;
        let scope = vm.code.class.clone();
        crate::class::class_constant(vm, &class, class_name, const_name, scope.as_ref())
    })())
}

fn add_constants_api(ext: Extension) -> Extension {
    ext.function("define", |vm, args| {
        let sig = Sig::new("define", 2, &["constant_name", "value", "case_insensitive"]);
        sig.arity(vm, args)?;
        let name = sig.str(vm, args, 0)?;
        let value = args[1].deref().deref_undef();
        if sig.opt(vm, args, 2, Sig::bool)? == Some(true) {
            vm.report(
                E_WARNING,
                "define(): Argument #3 ($case_insensitive) is ignored since declaration of \
                 case-insensitive constants is no longer supported",
            );
        }
        if name.as_bytes().windows(2).any(|w| w == b"::") {
            return Err(sig.value_error(vm, 0, "cannot be a class constant"));
        }
        if lookup_constant(vm, name.as_bytes()).is_some() {
            let msg = format!("Constant {} already defined", name.to_lossy());
            vm.report(E_WARNING, &msg);
            return Ok(Value::Bool(false));
        }
        vm.constants.insert(constant_key(name.as_bytes()), value);
        Ok(Value::Bool(true))
    })
    .function("defined", |vm, args| {
        let sig = Sig::new("defined", 1, &["constant_name"]);
        sig.arity(vm, args)?;
        let name = sig.str(vm, args, 0)?;
        if let Some(r) = class_constant(vm, name.as_bytes()) {
            // An unknown class or constant is just "not defined".
            let found = r.is_ok();
            vm.take_exception();
            return Ok(Value::Bool(found));
        }
        Ok(Value::Bool(lookup_constant(vm, name.as_bytes()).is_some()))
    })
    .function("constant", |vm, args| {
        let sig = Sig::new("constant", 1, &["name"]);
        sig.arity(vm, args)?;
        let name = sig.str(vm, args, 0)?;
        if let Some(r) = class_constant(vm, name.as_bytes()) {
            return r;
        }
        match lookup_constant(vm, name.as_bytes()) {
            Some(v) => Ok(v),
            None => {
                let msg = format!("Undefined constant \"{}\"", name.to_lossy());
                Err(vm.throw_error("Error", &msg))
            }
        }
    })
}
