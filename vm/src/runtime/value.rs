//! The PHP value: a small enum of scalars and refcounted handles.
//!
//! Scalars are stored inline; strings, arrays and objects are `Rc` handles,
//! so copying a value is O(1) (arrays and strings copy on write).

use super::array::{Key, PhpArray};
use super::object::ObjRef;
use super::string::{float_to_bytes, int_to_bytes, parse_numeric, Numeric, NumericKind, PhpStr};
use std::cmp::Ordering;
use std::rc::Rc;

#[derive(Clone, Default)]
pub enum Value {
    /// A slot never written (a compiled variable before assignment).
    #[default]
    Undef,
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(PhpStr),
    Array(Rc<PhpArray>),
    Object(ObjRef),
    /// A PHP reference (Zend's IS_REFERENCE): the shared cell behind
    /// `$a = &$b`, by-reference parameters, `global`, `static` and
    /// references stored in arrays. Only slots and array elements hold
    /// one; every read goes through it ([`Value::deref`]).
    Ref(RefCell),
}

/// The cell a PHP reference points to.
pub type RefCell = Rc<std::cell::RefCell<Value>>;

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Undef => write!(f, "undef"),
            Value::Null => write!(f, "null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Array(a) => write!(f, "array({})", a.len()),
            Value::Object(o) => write!(f, "object({:?}#{})", o.class.name, o.id),
            Value::Ref(r) => write!(f, "&{:?}", r.borrow()),
        }
    }
}

/// Strict identity (`===`) for scalars and arrays, handle identity for objects.
impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        identical(self, other)
    }
}

impl Value {
    pub fn str(s: impl Into<PhpStr>) -> Value {
        Value::Str(s.into())
    }

    /// A new reference holding `v`.
    pub fn new_ref(v: Value) -> Value {
        Value::Ref(Rc::new(std::cell::RefCell::new(v)))
    }

    /// The value itself, looking through a reference (a copy: cheap, as
    /// strings and arrays are refcounted).
    #[inline]
    pub fn deref(&self) -> Value {
        match self {
            Value::Ref(r) => r.borrow().clone(),
            v => v.clone(),
        }
    }

    /// Unwraps a reference in place of a value that is no longer shared
    /// through it (arguments passed to by-value parameters).
    #[inline]
    pub fn unref(self) -> Value {
        match self {
            Value::Ref(r) => r.borrow().clone(),
            v => v,
        }
    }

    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }

    /// Reads treat an undefined slot as null (the warning is the caller's).
    pub fn deref_undef(self) -> Value {
        match self {
            Value::Undef => Value::Null,
            v => v,
        }
    }

    /// The type name php uses in error messages (`get_debug_type` style
    /// for scalars: int, float, string, bool, null, array, and the class name).
    pub fn type_name(&self) -> String {
        match self {
            Value::Ref(r) => r.borrow().type_name(),
            Value::Undef | Value::Null => "null".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "string".into(),
            Value::Array(_) => "array".into(),
            Value::Object(o) => o.class.name.shown(),
        }
    }

    pub fn to_bool(&self) -> bool {
        match self {
            Value::Ref(r) => r.borrow().to_bool(),
            Value::Undef | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !(s.is_empty() || s.as_bytes() == b"0"),
            Value::Array(a) => !a.is_empty(),
            Value::Object(_) => true,
        }
    }

    /// The number a value stands for in comparisons (no warnings).
    pub fn to_number_lossy(&self) -> Numeric {
        match self {
            Value::Ref(r) => r.borrow().to_number_lossy(),
            Value::Undef | Value::Null => Numeric::Int(0),
            Value::Bool(b) => Numeric::Int(*b as i64),
            Value::Int(i) => Numeric::Int(*i),
            Value::Float(f) => Numeric::Float(*f),
            Value::Str(s) => match parse_numeric(s.as_bytes()) {
                NumericKind::Whole(n) | NumericKind::Leading(n) => n,
                NumericKind::None => Numeric::Int(0),
            },
            Value::Array(a) => Numeric::Int(!a.is_empty() as i64),
            Value::Object(_) => Numeric::Int(1),
        }
    }

    /// php's `(int)` cast.
    pub fn to_int(&self) -> i64 {
        if let Value::Ref(r) = self {
            return r.borrow().to_int();
        }
        match (self.to_number_lossy(), self) {
            (Numeric::Int(i), _) => i,
            // A float written in a string saturates (zend_dval_to_lval_cap).
            (Numeric::Float(f), Value::Str(_)) => float_to_int_cap(f),
            (Numeric::Float(f), _) => float_to_int(f),
        }
    }

    pub fn to_float(&self) -> f64 {
        match self.to_number_lossy() {
            Numeric::Int(i) => i as f64,
            Numeric::Float(f) => f,
        }
    }

    /// String conversion for scalars (`precision` is the INI value used for
    /// floats). Arrays and objects are the caller's business (warnings,
    /// `__toString`); here they give "Array" and "Object".
    pub fn to_bytes_scalar(&self, precision: Option<usize>) -> Vec<u8> {
        match self {
            Value::Ref(r) => r.borrow().to_bytes_scalar(precision),
            Value::Undef | Value::Null => Vec::new(),
            Value::Bool(true) => b"1".to_vec(),
            Value::Bool(false) => Vec::new(),
            Value::Int(i) => int_to_bytes(*i),
            Value::Float(f) => float_to_bytes(*f, precision),
            Value::Str(s) => s.as_bytes().to_vec(),
            Value::Array(_) => b"Array".to_vec(),
            Value::Object(_) => b"Object".to_vec(),
        }
    }

    pub fn array(a: PhpArray) -> Value {
        Value::Array(Rc::new(a))
    }
}

/// php's float to int conversion: out-of-range and NaN give 0 since php 8
/// on 64-bit platforms (modular arithmetic for finite values).
/// php's float to int conversion for numeric strings: out-of-range values
/// saturate, NaN gives 0.
pub fn float_to_int_cap(f: f64) -> i64 {
    if f.is_nan() {
        0
    } else {
        // `as` saturates, and both bounds are what php gives.
        f as i64
    }
}

pub fn float_to_int(f: f64) -> i64 {
    if !f.is_finite() {
        return 0;
    }
    // 2^63: the first float beyond the i64 range.
    let two63 = 9_223_372_036_854_775_808.0_f64;
    if (-two63..two63).contains(&f) {
        f as i64
    } else {
        // zend_dval_to_lval_slow: wrap modulo 2^64.
        let two64 = 2.0 * two63;
        let mut dmod = f % two64;
        if dmod < 0.0 {
            dmod += two64;
        }
        if dmod >= two63 {
            dmod -= two64;
        }
        dmod as i64
    }
}

fn num_cmp(a: Numeric, b: Numeric) -> i32 {
    match (a, b) {
        (Numeric::Int(x), Numeric::Int(y)) => ord(x.cmp(&y)),
        (x, y) => {
            let (x, y) = (num_f(x), num_f(y));
            float_cmp(x, y)
        }
    }
}

fn num_f(n: Numeric) -> f64 {
    match n {
        Numeric::Int(i) => i as f64,
        Numeric::Float(f) => f,
    }
}

/// php's ZEND_THREEWAY_COMPARE for doubles: unordered compares as 1.
pub fn float_cmp(x: f64, y: f64) -> i32 {
    if x == y {
        0
    } else if x < y {
        -1
    } else {
        1
    }
}

fn ord(o: Ordering) -> i32 {
    match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

fn whole_numeric(s: &PhpStr) -> Option<Numeric> {
    match parse_numeric(s.as_bytes()) {
        NumericKind::Whole(n) => Some(n),
        _ => None,
    }
}

/// Compares a number with a string the php 8 way: numerically when the
/// string is numeric, otherwise as strings.
fn num_str_cmp(n: Numeric, s: &PhpStr, precision: Option<usize>) -> i32 {
    match whole_numeric(s) {
        Some(m) => num_cmp(n, m),
        None => {
            let ns = match n {
                Numeric::Int(i) => int_to_bytes(i),
                Numeric::Float(f) => float_to_bytes(f, precision),
            };
            ord(ns.as_slice().cmp(s.as_bytes())).signum()
        }
    }
}

/// Loose comparison (`<=>` and `==`) of two values, php 8 rules, for every
/// pair of types not involving objects. Returns None when an object is
/// involved: the caller (the VM) runs the class's compare handler.
pub fn compare_scalar(a: &Value, b: &Value, precision: Option<usize>) -> Option<i32> {
    use Value::*;
    Some(match (a, b) {
        (Ref(x), _) => return compare_scalar(&x.borrow(), b, precision),
        (_, Ref(y)) => return compare_scalar(a, &y.borrow(), precision),
        (Object(_), _) | (_, Object(_)) => return None,
        (Int(x), Int(y)) => ord(x.cmp(y)),
        (Int(_) | Float(_), Int(_) | Float(_)) => num_cmp(a.to_number_lossy(), b.to_number_lossy()),
        (Str(x), Str(y)) => match (whole_numeric(x), whole_numeric(y)) {
            (Some(n), Some(m)) => num_cmp(n, m),
            _ => ord(x.as_bytes().cmp(y.as_bytes())),
        },
        (Undef | Null, Undef | Null) => 0,
        (Bool(_) | Null | Undef, _) | (_, Bool(_) | Null | Undef) => {
            // null <=> string compares "" with the string.
            match (a, b) {
                (Undef | Null, Str(s)) => return Some(if s.is_empty() { 0 } else { -1 }),
                (Str(s), Undef | Null) => return Some(if s.is_empty() { 0 } else { 1 }),
                _ => ord(a.to_bool().cmp(&b.to_bool())),
            }
        }
        (Int(_) | Float(_), Str(s)) => num_str_cmp(a.to_number_lossy(), s, precision),
        (Str(s), Int(_) | Float(_)) => -num_str_cmp(b.to_number_lossy(), s, precision),
        (Array(x), Array(y)) => return compare_arrays(x, y, precision),
        (Array(_), _) => 1,
        (_, Array(_)) => -1,
    })
}

fn compare_arrays(x: &PhpArray, y: &PhpArray, precision: Option<usize>) -> Option<i32> {
    if x.len() != y.len() {
        return Some(if x.len() < y.len() { -1 } else { 1 });
    }
    for (k, v) in x.iter() {
        match y.get(&k) {
            None => return Some(1),
            Some(w) => {
                let c = compare_scalar(v, w, precision)?;
                if c != 0 {
                    return Some(c);
                }
            }
        }
    }
    Some(0)
}

/// `===`
pub fn identical(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Undef | Null, Undef | Null) => true,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Int(y)) => x == y,
        (Float(x), Float(y)) => x == y,
        (Str(x), Str(y)) => x.as_bytes() == y.as_bytes(),
        (Array(x), Array(y)) => {
            Rc::ptr_eq(x, y)
                || (x.len() == y.len()
                    && x.iter()
                        .zip(y.iter())
                        .all(|((k1, v1), (k2, v2))| k1 == k2 && identical(v1, v2)))
        }
        (Object(x), Object(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// php 8.1's deprecation for a float key with a fractional part.
pub fn float_key_deprecation(v: &Value) -> Option<String> {
    match v {
        Value::Float(f) if f.is_finite() && f.fract() != 0.0 => Some(format!(
            "Implicit conversion from float {} to int loses precision",
            String::from_utf8_lossy(&float_to_bytes(*f, None))
        )),
        _ => None,
    }
}

/// Converts a value used as an array key; None for illegal key types.
pub fn to_key(v: &Value) -> Option<Key> {
    Some(match v {
        Value::Ref(r) => return to_key(&r.borrow()),
        Value::Int(i) => Key::Int(*i),
        Value::Str(s) => Key::from_bytes(s.as_bytes()),
        Value::Bool(b) => Key::Int(*b as i64),
        Value::Float(f) => Key::Int(float_to_int(*f)),
        Value::Undef | Value::Null => Key::Str(PhpStr::default()),
        Value::Array(_) | Value::Object(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmp(a: Value, b: Value) -> i32 {
        compare_scalar(&a, &b, Some(14)).unwrap()
    }

    #[test]
    fn php8_comparison_table() {
        assert_eq!(cmp(Value::str(" 12"), Value::str("12")), 0);
        assert_ne!(cmp(Value::str("abc"), Value::Int(0)), 0);
        assert_eq!(cmp(Value::str("1e1"), Value::str("10")), 0);
        assert_eq!(cmp(Value::Null, Value::Bool(false)), 0);
        assert_eq!(cmp(Value::array(PhpArray::new()), Value::Bool(false)), 0);
        assert_eq!(cmp(Value::str("abc"), Value::str("abd")), -1);
        assert_eq!(cmp(Value::Float(1.5), Value::Int(1)), 1);
        assert_ne!(cmp(Value::str("abc"), Value::str("ABC")), 0);
        assert_eq!(cmp(Value::Null, Value::Int(0)), 0);
        assert_eq!(cmp(Value::Bool(true), Value::Int(2)), 0);
        assert_eq!(cmp(Value::str("10"), Value::str("9")), 1);
        assert_eq!(cmp(Value::str("10"), Value::str("9a")), -1);
        assert_eq!(cmp(Value::Int(1), Value::Float(f64::NAN)), 1);
    }

    #[test]
    fn float_to_int_wraps_like_php() {
        assert_eq!(float_to_int(1e19), -8446744073709551616);
        assert_eq!(float_to_int(f64::NAN), 0);
        assert_eq!(float_to_int(-1.9), -1);
    }
}
