//! The printf family (`printf`, `sprintf`, `vsprintf`, `vprintf`) and
//! `number_format`, with php's format engine (ext/standard/formatted_print.c):
//! its flags, its quirks (zero padding on the right of left-aligned strings,
//! `%e` exponents without padding) and its exact errors.

use super::args::Sig;
use crate::ext::Extension;
use crate::runtime::string::{parse_numeric, Numeric, NumericKind, PhpStr};
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm, E_NOTICE, E_WARNING};

/// The default precision of `%e`, `%f` and `%g`.
const FLOAT_PRECISION: i64 = 6;
/// The largest precision php formats a float with.
const MAX_FLOAT_PRECISION: i64 = 53;
/// C's INT_MAX, the bound of widths, precisions and argument numbers.
const INT_MAX: i64 = i32::MAX as i64;

pub(super) fn add(ext: Extension) -> Extension {
    ext.function("sprintf", |vm, args| {
        let sig = Sig::new("sprintf", 1, &["format", "...values"]);
        sig.arity(vm, args)?;
        let format = sig.str(vm, args, 0)?;
        let out = format_args(vm, "sprintf", &format, &args[1..], false)?;
        Ok(Value::str(out))
    })
    .function("printf", |vm, args| {
        let sig = Sig::new("printf", 1, &["format", "...values"]);
        sig.arity(vm, args)?;
        let format = sig.str(vm, args, 0)?;
        let out = format_args(vm, "printf", &format, &args[1..], false)?;
        vm.echo(&out);
        Ok(Value::Int(out.len() as i64))
    })
    .function("vsprintf", |vm, args| {
        Ok(Value::str(vformat(vm, args, "vsprintf")?))
    })
    .function("vprintf", |vm, args| {
        let out = vformat(vm, args, "vprintf")?;
        vm.echo(&out);
        Ok(Value::Int(out.len() as i64))
    })
    .function("number_format", |vm, args| {
        let sig = Sig::new(
            "number_format",
            1,
            &[
                "num",
                "decimals",
                "decimal_separator",
                "thousands_separator",
            ],
        );
        sig.arity(vm, args)?;
        let num = sig.float(vm, args, 0)?;
        let decimals = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(0);
        let point = sig.opt_nullable(vm, args, 2, Sig::str)?;
        let sep = sig.opt_nullable(vm, args, 3, Sig::str)?;
        let point = point.unwrap_or_else(|| PhpStr::from("."));
        let sep = sep.unwrap_or_else(|| PhpStr::from(","));
        // php passes the decimals on as a C int.
        let decimals = decimals.clamp(0, i32::MAX as i64) as i32;
        // The length of the result, against php's memory limit.
        let int_digits = if num.is_finite() {
            num.abs().log10().max(0.0) as usize + 1
        } else {
            3
        };
        let len = (decimals as usize)
            .saturating_add(int_digits + int_digits / 3 * sep.len() + point.len() + 1);
        if string_alloc(len) > MEMORY_LIMIT {
            return Err(memory_exhausted(vm, string_alloc(len)));
        }
        Ok(Value::str(number_format(
            num,
            decimals,
            point.as_bytes(),
            sep.as_bytes(),
        )))
    })
}

/// `vsprintf` and `vprintf`: the values come in an array.
fn vformat(vm: &mut Vm, args: &[Value], name: &'static str) -> Result<Vec<u8>, Unwind> {
    let sig = Sig {
        name,
        params: &["format", "values"],
        required: 2,
    };
    sig.arity(vm, args)?;
    let format = sig.str(vm, args, 0)?;
    let values: Vec<Value> = sig.array(vm, args, 1)?.values().cloned().collect();
    format_args(vm, name, &format, &values, true)
}

/// Formats `args` by `format`, as sprintf does. Missing arguments are an
/// ArgumentCountError, or for the `v*` functions (`from_array`) a
/// ValueError about the array.
fn format_args(
    vm: &mut Vm,
    name: &str,
    format: &PhpStr,
    args: &[Value],
    from_array: bool,
) -> Result<Vec<u8>, Unwind> {
    match format_engine(vm, name, format.as_bytes(), args)? {
        Ok(out) => Ok(out),
        Err(missing) if from_array => {
            let msg = format!(
                "The arguments array must contain {} items, {} given",
                missing + 1,
                args.len()
            );
            Err(vm.throw_error("ValueError", &msg))
        }
        Err(missing) => {
            // The format counts as an argument.
            let msg = format!(
                "{} arguments are required, {} given",
                missing + 2,
                args.len() + 1
            );
            Err(vm.throw_error("ArgumentCountError", &msg))
        }
    }
}

/// A cursor over the format string; past its end it reads NUL bytes, as
/// php's scan of the NUL-terminated string does.
struct Cursor<'a> {
    fmt: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> u8 {
        self.fmt.get(self.pos).copied().unwrap_or(0)
    }
    fn remaining(&self) -> usize {
        self.fmt.len().saturating_sub(self.pos)
    }
    /// php_sprintf_getnumber: the decimal number at the cursor, or -1 when
    /// it reaches INT_MAX.
    fn number(&mut self) -> i64 {
        let mut n: i64 = 0;
        while self.peek().is_ascii_digit() {
            n = n
                .saturating_mul(10)
                .saturating_add((self.peek() - b'0') as i64);
            self.pos += 1;
        }
        if n >= INT_MAX {
            -1
        } else {
            n
        }
    }
    /// An argument number `N$` at the cursor: Some(N-1), or None when the
    /// digits are not followed by `$` (nothing is consumed then).
    fn argnum(&mut self, vm: &mut Vm) -> Result<Option<usize>, Unwind> {
        let mut p = self.pos;
        while self.fmt.get(p).is_some_and(u8::is_ascii_digit) {
            p += 1;
        }
        if self.fmt.get(p) != Some(&b'$') {
            return Ok(None);
        }
        let n = self.number();
        if n <= 0 {
            let msg = format!(
                "Argument number specifier must be greater than zero and less than {INT_MAX}"
            );
            return Err(vm.throw_error("ValueError", &msg));
        }
        self.pos += 1; // the '$'
        Ok(Some(n as usize - 1))
    }
}

/// One conversion's flags.
struct Spec {
    left: bool,
    padding: u8,
    always_sign: bool,
    width: usize,
    precision: i64,
    /// A precision was given with digits or `*` (an empty one, `%.f`,
    /// leaves the default).
    expprec: bool,
}

/// php's format engine. Ok(Err(n)) when argument n (0-based, the highest
/// one) is missing: the callers word that error.
fn format_engine(
    vm: &mut Vm,
    name: &str,
    fmt: &[u8],
    args: &[Value],
) -> Result<Result<Vec<u8>, usize>, Unwind> {
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let mut c = Cursor { fmt, pos: 0 };
    let mut currarg = 0usize;
    let mut max_missing: Option<usize> = None;
    let value_error = |vm: &mut Vm, msg: &str| vm.throw_error("ValueError", msg);
    while c.pos < fmt.len() {
        let rest = &fmt[c.pos..];
        let Some(p) = rest.iter().position(|&b| b == b'%') else {
            out.extend_from_slice(rest);
            break;
        };
        out.extend_from_slice(&rest[..p]);
        c.pos += p + 1;
        if c.peek() == b'%' {
            out.push(b'%');
            c.pos += 1;
            continue;
        }
        let mut spec = Spec {
            left: false,
            padding: b' ',
            always_sign: false,
            width: 0,
            precision: 0,
            expprec: false,
        };
        let mut argnum = None;
        if !c.peek().is_ascii_alphabetic() {
            argnum = c.argnum(vm)?;
            // Flags.
            loop {
                match c.peek() {
                    b' ' | b'0' => spec.padding = c.peek(),
                    b'-' => spec.left = true,
                    b'+' => spec.always_sign = true,
                    b'\'' => {
                        if c.remaining() > 1 {
                            c.pos += 1;
                            spec.padding = c.peek();
                        } else {
                            return Err(value_error(vm, "Missing padding character"));
                        }
                    }
                    _ => break,
                }
                c.pos += 1;
            }
            // Width.
            if c.peek() == b'*' {
                c.pos += 1;
                let n = match c.argnum(vm)? {
                    Some(n) => n,
                    None => next_arg(&mut currarg),
                };
                let Some(v) = args.get(n) else {
                    max_missing = max_missing.max(Some(n));
                    continue;
                };
                let Value::Int(w) = v.deref() else {
                    return Err(value_error(vm, "Width must be an integer"));
                };
                if !(0..=INT_MAX).contains(&w) {
                    let msg = format!("Width must be greater than zero and less than {INT_MAX}");
                    return Err(value_error(vm, &msg));
                }
                spec.width = w as usize;
            } else if c.peek().is_ascii_digit() {
                let w = c.number();
                if w < 0 {
                    let msg = format!("Width must be greater than zero and less than {INT_MAX}");
                    return Err(value_error(vm, &msg));
                }
                spec.width = w as usize;
            }
            // Precision.
            if c.peek() == b'.' {
                c.pos += 1;
                if c.peek() == b'*' {
                    c.pos += 1;
                    let n = match c.argnum(vm)? {
                        Some(n) => n,
                        None => next_arg(&mut currarg),
                    };
                    let Some(v) = args.get(n) else {
                        max_missing = max_missing.max(Some(n));
                        continue;
                    };
                    let Value::Int(p) = v.deref() else {
                        return Err(value_error(vm, "Precision must be an integer"));
                    };
                    if !(-1..=INT_MAX).contains(&p) {
                        let msg = format!("Precision must be between -1 and {INT_MAX}");
                        return Err(value_error(vm, &msg));
                    }
                    spec.precision = p;
                    spec.expprec = true;
                } else if c.peek().is_ascii_digit() {
                    let p = c.number();
                    if p < 0 {
                        let msg =
                            format!("Precision must be greater than zero and less than {INT_MAX}");
                        return Err(value_error(vm, &msg));
                    }
                    spec.precision = p;
                    spec.expprec = true;
                }
            }
        }
        if c.peek() == b'l' {
            c.pos += 1;
        }
        let n = match argnum {
            Some(n) => n,
            None => next_arg(&mut currarg),
        };
        // A missing argument: the conversion letter is read again as text.
        let Some(arg) = args.get(n) else {
            max_missing = max_missing.max(Some(n));
            continue;
        };
        let conv = c.peek();
        if spec.expprec && spec.precision == -1 && !matches!(conv, b'g' | b'G' | b'h' | b'H') {
            return Err(value_error(
                vm,
                "Precision -1 is only supported for %g, %G, %h and %H",
            ));
        }
        let arg = arg.deref();
        check_buffer(vm, out.len() + spec.width + 1)?;
        match conv {
            b's' => {
                let s = vm.to_php_string(&arg)?;
                append_string(&mut out, s.as_bytes(), &spec, false, false);
            }
            b'd' => append_int(&mut out, get_long(vm, &arg), &spec),
            b'u' => append_uint(&mut out, get_long(vm, &arg) as u64, &spec),
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'h' | b'H' => {
                let f = get_double(vm, &arg);
                append_double(vm, name, &mut out, f, &spec, conv)
            }
            b'c' => out.push(get_long(vm, &arg) as u8),
            b'o' => append_2n(&mut out, get_long(vm, &arg), &spec, 3, false),
            b'x' => append_2n(&mut out, get_long(vm, &arg), &spec, 4, false),
            b'X' => append_2n(&mut out, get_long(vm, &arg), &spec, 4, true),
            b'b' => append_2n(&mut out, get_long(vm, &arg), &spec, 1, false),
            b'%' => out.push(b'%'),
            0 if c.remaining() == 0 => {
                return Err(value_error(vm, "Missing format specifier at end of string"));
            }
            other => {
                // The byte goes into the message as it is.
                let mut msg = b"Unknown format specifier \"".to_vec();
                msg.extend_from_slice(&[other, b'"']);
                let ex = vm.create_exception("ValueError", "");
                ex.set_prop(b"message", Value::str(msg));
                return Err(vm.throw(ex));
            }
        }
        check_buffer(vm, out.len() + 1)?;
        c.pos += 1;
    }
    Ok(match max_missing {
        Some(n) => Err(n),
        None => Ok(out),
    })
}

/// php's memory limit (the default 128M).
const MEMORY_LIMIT: usize = 134_217_728;

/// php's fatal error for an allocation past its memory limit.
fn memory_exhausted(vm: &mut Vm, bytes: usize) -> Unwind {
    let msg = format!(
        "Allowed memory size of {MEMORY_LIMIT} bytes exhausted (tried to allocate {bytes} bytes)"
    );
    vm.fatal(&msg)
}

/// The size of a string's allocation: its header and NUL, in whole pages
/// once it is large.
fn string_alloc(len: usize) -> usize {
    (len + 25).div_ceil(4096).saturating_mul(4096)
}

/// sprintf's buffer starts at 240 bytes and doubles until `req` bytes fit:
/// past php's memory limit that is its fatal error (a huge width would
/// otherwise take gigabytes here).
fn check_buffer(vm: &mut Vm, req: usize) -> Result<(), Unwind> {
    let mut size = 240usize;
    while req > size {
        size = size.saturating_mul(2);
    }
    let bytes = string_alloc(size);
    if bytes > MEMORY_LIMIT {
        return Err(memory_exhausted(vm, bytes));
    }
    Ok(())
}

/// zval_get_long: an object warns and counts as 1; a numeric string past
/// the int range saturates.
fn get_long(vm: &mut Vm, v: &Value) -> i64 {
    match v {
        Value::Object(o) => {
            let msg = format!(
                "Object of class {} could not be converted to int",
                o.class.name.shown()
            );
            vm.report(E_WARNING, &msg);
            1
        }
        Value::Str(s) => match parse_numeric(s.as_bytes()) {
            NumericKind::Whole(n) | NumericKind::Leading(n) => match n {
                Numeric::Int(i) => i,
                Numeric::Float(f) if f.is_nan() => 0,
                // zend_dval_to_lval_cap
                Numeric::Float(f) if f >= 9.223_372_036_854_776e18 => i64::MAX,
                Numeric::Float(f) if f < -9.223_372_036_854_776e18 => i64::MIN,
                Numeric::Float(f) => f as i64,
            },
            NumericKind::None => 0,
        },
        _ => v.to_int(),
    }
}

/// zval_get_double: an object warns and counts as 1.
fn get_double(vm: &mut Vm, v: &Value) -> f64 {
    match v {
        Value::Object(o) => {
            let msg = format!(
                "Object of class {} could not be converted to float",
                o.class.name.shown()
            );
            vm.report(E_WARNING, &msg);
            1.0
        }
        _ => v.to_float(),
    }
}

fn next_arg(currarg: &mut usize) -> usize {
    *currarg += 1;
    *currarg - 1
}

/// php_sprintf_appendstring: `add` padded to the width (the sign of a
/// zero-padded number goes before the zeros), cut to the precision when
/// one was given.
fn append_string(out: &mut Vec<u8>, add: &[u8], spec: &Spec, neg: bool, always_sign: bool) {
    append_padded(
        out,
        add,
        spec.width,
        spec.expprec.then_some(spec.precision.max(0) as usize),
        spec.padding,
        spec.left,
        neg,
        always_sign,
    );
}

#[allow(clippy::too_many_arguments)]
fn append_padded(
    out: &mut Vec<u8>,
    mut add: &[u8],
    min_width: usize,
    max_width: Option<usize>,
    padding: u8,
    left: bool,
    neg: bool,
    always_sign: bool,
) {
    let mut copy_len = match max_width {
        Some(m) => m.min(add.len()),
        None => add.len(),
    };
    let npad = min_width.saturating_sub(copy_len);
    if !left {
        if (neg || always_sign) && padding == b'0' && !add.is_empty() {
            out.push(if neg { b'-' } else { b'+' });
            add = &add[1..];
            copy_len = copy_len.saturating_sub(1);
        }
        out.resize(out.len() + npad, padding);
    }
    out.extend_from_slice(&add[..copy_len.min(add.len())]);
    if left {
        out.resize(out.len() + npad, padding);
    }
}

fn append_int(out: &mut Vec<u8>, n: i64, spec: &Spec) {
    let mut s = Vec::new();
    if n < 0 {
        s.push(b'-');
    } else if spec.always_sign {
        s.push(b'+');
    }
    s.extend_from_slice(n.unsigned_abs().to_string().as_bytes());
    // Zeros are never added to the right of a number.
    let padding = if spec.left && spec.padding == b'0' {
        b' '
    } else {
        spec.padding
    };
    append_padded(
        out,
        &s,
        spec.width,
        None,
        padding,
        spec.left,
        n < 0,
        spec.always_sign,
    );
}

fn append_uint(out: &mut Vec<u8>, n: u64, spec: &Spec) {
    let padding = if spec.left && spec.padding == b'0' {
        b' '
    } else {
        spec.padding
    };
    append_padded(
        out,
        n.to_string().as_bytes(),
        spec.width,
        None,
        padding,
        spec.left,
        false,
        false,
    );
}

/// `%b`, `%o`, `%x`, `%X`: the two's complement bits in groups of `bits`.
/// php passes no precision on here, so any given precision cuts the digits
/// to nothing.
fn append_2n(out: &mut Vec<u8>, n: i64, spec: &Spec, bits: u32, upper: bool) {
    let chars: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut num = n as u64;
    let mask = (1u64 << bits) - 1;
    let mut digits = Vec::new();
    loop {
        digits.push(chars[(num & mask) as usize]);
        num >>= bits;
        if num == 0 {
            break;
        }
    }
    digits.reverse();
    append_padded(
        out,
        &digits,
        spec.width,
        spec.expprec.then_some(0),
        spec.padding,
        spec.left,
        false,
        false,
    );
}

/// `%e %E %f %F %g %G %h %H`.
fn append_double(vm: &mut Vm, name: &str, out: &mut Vec<u8>, num: f64, spec: &Spec, conv: u8) {
    let mut precision = spec.precision;
    if !spec.expprec {
        precision = FLOAT_PRECISION;
    } else if precision > MAX_FLOAT_PRECISION {
        let msg = format!(
            "{name}(): Requested precision of {precision} digits was truncated to PHP maximum of {MAX_FLOAT_PRECISION} digits"
        );
        vm.report(E_NOTICE, &msg);
        precision = MAX_FLOAT_PRECISION;
    }
    if !num.is_finite() {
        // The width is not applied to these.
        let text: &[u8] = if num.is_nan() { b"NaN" } else { b"INF" };
        append_padded(
            out,
            text,
            3,
            None,
            spec.padding,
            spec.left,
            num < 0.0,
            spec.always_sign,
        );
        return;
    }
    let mut s = Vec::new();
    let neg;
    match conv {
        b'e' | b'E' | b'f' | b'F' => {
            // -0.0 is not negative here.
            neg = num < 0.0;
            if neg {
                s.push(b'-');
            } else if spec.always_sign {
                s.push(b'+');
            }
            let p = precision as usize;
            if conv == b'f' || conv == b'F' {
                s.extend_from_slice(format!("{:.*}", p, num.abs()).as_bytes());
            } else {
                s.extend_from_slice(&exp_format(num.abs(), p, conv));
            }
        }
        _ => {
            if precision == 0 {
                precision = 1;
            }
            let exp_char = if conv == b'G' || conv == b'H' {
                b'E'
            } else {
                b'e'
            };
            let g = gcvt(num, precision as i32, exp_char);
            neg = g.first() == Some(&b'-');
            if !neg && spec.always_sign {
                s.push(b'+');
            }
            s.extend_from_slice(&g);
        }
    }
    append_padded(
        out,
        &s,
        spec.width,
        None,
        spec.padding,
        spec.left,
        neg,
        spec.always_sign,
    );
}

/// php_conv_fp's `e` form: `d.ddde+X`, the exponent without padding.
fn exp_format(abs: f64, precision: usize, e: u8) -> Vec<u8> {
    let text = format!("{:.*e}", precision, abs);
    let (mant, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut s = mant.as_bytes().to_vec();
    s.push(e);
    s.push(if exp < 0 { b'-' } else { b'+' });
    s.extend_from_slice(exp.unsigned_abs().to_string().as_bytes());
    s
}

/// The significant digits (no trailing zeros) of a finite |f| and the
/// decimal point's position: |f| = 0.DIGITS x 10^point. `ndigit` < 0
/// asks for the shortest digits that read back as the same double.
fn digits(f: f64, ndigit: i32) -> (Vec<u8>, i32) {
    if ndigit < 0 {
        return shortest_digits(f.abs());
    }
    let text = { format!("{:.*e}", (ndigit.max(1) - 1) as usize, f.abs()) };
    let (mant, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exp.parse::<i32>().unwrap_or(0) + 1)
}

/// The shortest digits that read back as `f` (ryu: of two, the nearer one,
/// ties to even, as php's zend_dtoa mode 0) and the point's position.
fn shortest_digits(f: f64) -> (Vec<u8>, i32) {
    if f == 0.0 {
        return (b"0".to_vec(), 1);
    }
    let mut buf = ryu::Buffer::new();
    let text = buf.format_finite(f);
    let (mant, exp) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
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

/// zend_gcvt: `ndigit` significant digits (the shortest round-trip ones
/// when negative), in exponent form `d.ddde+X` when the exponent is below
/// -4 or at least `ndigit`.
pub(crate) fn gcvt(value: f64, ndigit: i32, exp_char: u8) -> Vec<u8> {
    if value.is_nan() {
        return b"NAN".to_vec();
    }
    if value.is_infinite() {
        return if value < 0.0 {
            b"-INF".to_vec()
        } else {
            b"INF".to_vec()
        };
    }
    let (digits, decpt) = digits(value, ndigit);
    let limit = if ndigit < 0 { 17 } else { ndigit };
    let mut out = Vec::new();
    if value.is_sign_negative() {
        out.push(b'-');
    }
    if decpt < -3 || decpt > limit {
        let e = decpt - 1;
        out.push(digits[0]);
        out.push(b'.');
        if digits.len() > 1 {
            out.extend_from_slice(&digits[1..]);
        } else {
            out.push(b'0');
        }
        out.push(exp_char);
        out.push(if e < 0 { b'-' } else { b'+' });
        out.extend_from_slice(e.unsigned_abs().to_string().as_bytes());
    } else if decpt < 0 {
        out.extend_from_slice(b"0.");
        out.resize(out.len() + decpt.unsigned_abs() as usize, b'0');
        out.extend_from_slice(&digits);
    } else {
        let decpt = decpt as usize;
        for i in 0..decpt {
            out.push(digits.get(i).copied().unwrap_or(b'0'));
        }
        if digits.len() > decpt {
            if decpt == 0 {
                out.push(b'0');
            }
            out.push(b'.');
            out.extend_from_slice(&digits[decpt..]);
        }
    }
    out
}

/// `%.Nf` of a finite float as php's spprintf gives it: exact digits up to
/// 318 places (php_conv_fp's limit), zeros after.
fn fixed(f: f64, precision: usize) -> String {
    const EXACT: usize = 318;
    if precision <= EXACT {
        return format!("{:.*}", precision, f);
    }
    let mut s = format!("{:.*}", EXACT, f);
    s.extend(std::iter::repeat_n('0', precision - EXACT));
    s
}

/// php's `_php_math_number_format_ex`: rounded as `round()` does, then
/// grouped by threes.
fn number_format(num: f64, decimals: i32, point: &[u8], sep: &[u8]) -> Vec<u8> {
    let mut neg = num < 0.0;
    let dec = decimals.max(0);
    let d = super::math::php_round(num.abs(), dec as i64, super::math::ROUND_HALF_UP);
    if !d.is_finite() {
        return if d.is_nan() { b"nan" } else { b"inf" }.to_vec();
    }
    // A number rounded to zero loses its sign.
    if d == 0.0 {
        neg = false;
    }
    let text = fixed(d.abs(), dec as usize);
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = Vec::with_capacity(text.len() + text.len() / 3 * sep.len() + 2);
    if neg {
        out.push(b'-');
    }
    let int = int_part.as_bytes();
    for (i, &b) in int.iter().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.extend_from_slice(sep);
        }
        out.push(b);
    }
    if dec > 0 {
        out.extend_from_slice(point);
        out.extend_from_slice(frac.as_bytes());
    }
    out
}
