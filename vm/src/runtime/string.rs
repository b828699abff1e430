//! PHP strings: refcounted byte strings (PHP strings are bytes, not UTF-8),
//! numeric-string recognition and the number-to-string conversions php uses.

use std::fmt;
use std::rc::Rc;

/// A PHP string. Cloning is O(1); writing (`.=`) copies only when shared.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct PhpStr(Rc<Vec<u8>>);

impl PhpStr {
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        PhpStr(Rc::new(bytes.into()))
    }
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Mutable access, copying the bytes first if another value shares them.
    pub fn make_mut(&mut self) -> &mut Vec<u8> {
        Rc::make_mut(&mut self.0)
    }
    pub fn to_lossy(&self) -> String {
        String::from_utf8_lossy(&self.0).into_owned()
    }
    /// A name as php prints it in messages, traces and dumps (the `%s` of
    /// its C string): up to the first NUL byte, so an anonymous class,
    /// named `class@anonymous<NUL>file:line$n`, shows as `class@anonymous`.
    pub fn shown_bytes(&self) -> &[u8] {
        let end = self.0.iter().position(|&b| b == 0).unwrap_or(self.0.len());
        &self.0[..end]
    }
    /// [`PhpStr::shown_bytes`] as text.
    pub fn shown(&self) -> String {
        String::from_utf8_lossy(self.shown_bytes()).into_owned()
    }
}

impl From<&str> for PhpStr {
    fn from(s: &str) -> Self {
        PhpStr::new(s.as_bytes())
    }
}
impl From<&[u8]> for PhpStr {
    fn from(s: &[u8]) -> Self {
        PhpStr::new(s)
    }
}
impl From<Vec<u8>> for PhpStr {
    fn from(s: Vec<u8>) -> Self {
        PhpStr::new(s)
    }
}
impl From<String> for PhpStr {
    fn from(s: String) -> Self {
        PhpStr::new(s.into_bytes())
    }
}

impl fmt::Debug for PhpStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(&self.0))
    }
}

/// A number read from the start of a string, the way php's
/// `_is_numeric_string_ex` reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Numeric {
    Int(i64),
    Float(f64),
}

/// How much of a string was numeric.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumericKind {
    /// The whole string (leading whitespace and trailing whitespace allowed).
    Whole(Numeric),
    /// A numeric prefix followed by other bytes ("123abc"): php 8 warns
    /// "A non-numeric value" only for no prefix and "A well formed..." never;
    /// arithmetic gives `Warning: A non-numeric value` or uses the prefix with
    /// `Warning: A non-numeric value encountered`... see `to_number`.
    Leading(Numeric),
    /// No numeric prefix at all.
    None,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Classifies a string as php 8 does for arithmetic and comparison.
pub fn parse_numeric(s: &[u8]) -> NumericKind {
    let mut i = 0;
    while i < s.len() && is_ws(s[i]) {
        i += 1;
    }
    let start = i;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let int_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut int_digits = i - int_start;
    let mut is_float = false;
    if i < s.len() && s[i] == b'.' {
        let dot = i;
        i += 1;
        let frac_start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if int_digits == 0 && i == frac_start {
            // A lone "." is not a number.
            i = dot;
        } else {
            is_float = true;
            int_digits += i - frac_start;
        }
    }
    if int_digits == 0 {
        return NumericKind::None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            is_float = true;
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[start..i]).unwrap_or("0");
    let num = if is_float {
        Numeric::Float(text.parse::<f64>().unwrap_or(0.0))
    } else {
        match text.parse::<i64>() {
            Ok(v) => Numeric::Int(v),
            // Integer strings too large for i64 become floats, as in php.
            Err(_) => Numeric::Float(text.parse::<f64>().unwrap_or(0.0)),
        }
    };
    let mut end = i;
    while end < s.len() && is_ws(s[end]) {
        end += 1;
    }
    if end == s.len() {
        NumericKind::Whole(num)
    } else {
        NumericKind::Leading(num)
    }
}

/// php's `(string)` of an int.
pub fn int_to_bytes(i: i64) -> Vec<u8> {
    i.to_string().into_bytes()
}

/// Decimal digits and decimal-point position of a finite, non-zero float:
/// the value is 0.DIGITS x 10^exp10.
fn digits_and_exponent(f: f64, precision: Option<usize>) -> (Vec<u8>, i32) {
    let text = match precision {
        // `{:.Ne}` is correctly rounded (half-even on the exact binary value), like php's zend_gcvt.
        Some(p) => format!("{:.*e}", p.saturating_sub(1), f.abs()),
        None => {
            let mut buf = ryu::Buffer::new();
            let s = buf.format_finite(f.abs()).to_string();
            return ryu_digits(&s);
        }
    };
    let (mant, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// Turns ryu's output ("1.5E-7", "123.0", "1e16") into (digits, exponent).
fn ryu_digits(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(p) => (&s[..p], s[p + 1..].parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let mut point = int_part.len() as i32 + exp;
    while digits.len() > 1 && digits[0] == b'0' {
        digits.remove(0);
        point -= 1;
    }
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, point)
}

/// Formats a float as php does with the given `precision` INI value
/// (`None` stands for -1, the shortest round-trip form used by var_dump
/// under `serialize_precision=-1`). Matches php's `%.*G`-style layout:
/// exponent form when the exponent is < -4 or >= precision.
pub fn float_to_bytes(f: f64, precision: Option<usize>) -> Vec<u8> {
    if f.is_nan() {
        return b"NAN".to_vec();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            b"INF".to_vec()
        } else {
            b"-INF".to_vec()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            b"-0".to_vec()
        } else {
            b"0".to_vec()
        };
    }
    let precision = precision.map(|p| p.clamp(1, 40));
    let (digits, point) = digits_and_exponent(f, precision);
    let limit = precision.unwrap_or(17) as i32;
    let mut out = Vec::new();
    if f < 0.0 {
        out.push(b'-');
    }
    if point > limit || point < -3 {
        // Exponent form: d.dddE+X
        out.push(digits[0]);
        out.push(b'.');
        if digits.len() > 1 {
            out.extend_from_slice(&digits[1..]);
        } else {
            out.push(b'0');
        }
        out.push(b'E');
        let e = point - 1;
        out.push(if e < 0 { b'-' } else { b'+' });
        out.extend_from_slice(e.abs().to_string().as_bytes());
    } else if point <= 0 {
        out.extend_from_slice(b"0.");
        out.extend(std::iter::repeat_n(b'0', (-point) as usize));
        out.extend_from_slice(&digits);
    } else {
        let p = point as usize;
        if digits.len() <= p {
            out.extend_from_slice(&digits);
            out.extend(std::iter::repeat_n(b'0', p - digits.len()));
        } else {
            out.extend_from_slice(&digits[..p]);
            out.push(b'.');
            out.extend_from_slice(&digits[p..]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn echo(f: f64) -> String {
        String::from_utf8(float_to_bytes(f, Some(14))).unwrap()
    }
    fn dump(f: f64) -> String {
        String::from_utf8(float_to_bytes(f, None)).unwrap()
    }

    #[test]
    fn floats_print_like_php() {
        assert_eq!(echo(0.1 + 0.2), "0.3");
        assert_eq!(dump(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(echo(1.0), "1");
        assert_eq!(echo(-1.5), "-1.5");
        assert_eq!(echo(1e15), "1.0E+15");
        assert_eq!(echo(1e14), "1.0E+14");
        assert_eq!(echo(123456789012345.0), "1.2345678901234E+14");
        assert_eq!(echo(0.0001), "0.0001");
        assert_eq!(echo(0.00001), "1.0E-5");
        assert_eq!(dump(1e100), "1.0E+100");
        assert_eq!(dump(2.5), "2.5");
        assert_eq!(dump(-0.0), "-0");
        assert_eq!(dump(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(echo(1.0 / 3.0), "0.33333333333333");
        assert_eq!(dump(9007199254740993.0), "9007199254740992");
        assert_eq!(dump(1e17), "1.0E+17");
        assert_eq!(dump(f64::INFINITY), "INF");
    }

    #[test]
    fn numeric_strings() {
        assert_eq!(parse_numeric(b" 12 "), NumericKind::Whole(Numeric::Int(12)));
        assert_eq!(
            parse_numeric(b"1.5e3"),
            NumericKind::Whole(Numeric::Float(1500.0))
        );
        assert_eq!(
            parse_numeric(b"12abc"),
            NumericKind::Leading(Numeric::Int(12))
        );
        assert_eq!(parse_numeric(b"abc"), NumericKind::None);
        assert_eq!(parse_numeric(b"."), NumericKind::None);
        assert_eq!(
            parse_numeric(b".5"),
            NumericKind::Whole(Numeric::Float(0.5))
        );
        assert_eq!(parse_numeric(b"1e"), NumericKind::Leading(Numeric::Int(1)));
        assert_eq!(
            parse_numeric(b"99999999999999999999"),
            NumericKind::Whole(Numeric::Float(1e20))
        );
    }
}
