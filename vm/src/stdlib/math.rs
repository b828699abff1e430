//! Math functions: `abs`, `floor`, `round`, `intdiv`, `fmod`, `max`, `sqrt`,
//! the trigonometry and logarithms, base conversion, and php's Mersenne
//! Twister (`mt_rand`, `rand`, `mt_srand`) and `random_int`.

use super::args::Sig;
use crate::ast::BinOp;
use crate::ext::Extension;
use crate::runtime::operators::binary_op;
use crate::runtime::string::{Numeric, PhpStr};
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm, E_DEPRECATED};

pub(super) const ROUND_HALF_UP: i64 = 1;
const ROUND_HALF_DOWN: i64 = 2;
const ROUND_HALF_EVEN: i64 = 3;
const ROUND_HALF_ODD: i64 = 4;

const MT_RAND_MT19937: i64 = 0;
const MT_RAND_PHP: i64 = 1;
/// What `mt_getrandmax()` and `getrandmax()` return.
const MT_RAND_MAX: i64 = 0x7fff_ffff;

pub(super) fn add(ext: Extension) -> Extension {
    use std::f64::consts as c;
    let ext = [
        ("M_E", c::E),
        ("M_LOG2E", c::LOG2_E),
        ("M_LOG10E", c::LOG10_E),
        ("M_LN2", c::LN_2),
        ("M_LN10", c::LN_10),
        ("M_PI", c::PI),
        ("M_PI_2", c::FRAC_PI_2),
        ("M_PI_4", c::FRAC_PI_4),
        ("M_1_PI", c::FRAC_1_PI),
        ("M_2_PI", c::FRAC_2_PI),
        ("M_SQRTPI", 1.772_453_850_905_516),
        ("M_2_SQRTPI", c::FRAC_2_SQRT_PI),
        ("M_LNPI", 1.144_729_885_849_400_2),
        ("M_EULER", 0.577_215_664_901_532_9),
        ("M_SQRT2", c::SQRT_2),
        ("M_SQRT1_2", c::FRAC_1_SQRT_2),
        ("M_SQRT3", 1.732_050_807_568_877_2),
    ]
    .into_iter()
    .fold(ext, |ext, (name, v)| ext.constant(name, Value::Float(v)));
    let ext = ext
        .constant("PHP_ROUND_HALF_UP", Value::Int(ROUND_HALF_UP))
        .constant("PHP_ROUND_HALF_DOWN", Value::Int(ROUND_HALF_DOWN))
        .constant("PHP_ROUND_HALF_EVEN", Value::Int(ROUND_HALF_EVEN))
        .constant("PHP_ROUND_HALF_ODD", Value::Int(ROUND_HALF_ODD))
        .constant("MT_RAND_MT19937", Value::Int(MT_RAND_MT19937))
        .constant("MT_RAND_PHP", Value::Int(MT_RAND_PHP));
    let ext = add_float_functions(ext);
    let ext = add_rounding(ext);
    let ext = add_bases(ext);
    add_random(ext)
}

/// A php function's name and its Rust counterpart.
type FloatFn = (&'static str, fn(f64) -> f64);
type FloatTest = (&'static str, fn(f64) -> bool);

/// The functions of one float parameter (`sqrt(float $num): float`) and a
/// few of two.
fn add_float_functions(ext: Extension) -> Extension {
    let unary: [FloatFn; 19] = [
        ("sqrt", f64::sqrt),
        ("exp", f64::exp),
        ("expm1", f64::exp_m1),
        ("log10", f64::log10),
        ("log1p", f64::ln_1p),
        ("sin", f64::sin),
        ("cos", f64::cos),
        ("tan", f64::tan),
        ("asin", f64::asin),
        ("acos", f64::acos),
        ("atan", f64::atan),
        ("sinh", f64::sinh),
        ("cosh", f64::cosh),
        ("tanh", f64::tanh),
        ("asinh", f64::asinh),
        ("acosh", f64::acosh),
        ("atanh", f64::atanh),
        // php's formulas, for the same last bits.
        ("deg2rad", |x| x / 180.0 * std::f64::consts::PI),
        ("rad2deg", |x| x / std::f64::consts::PI * 180.0),
    ];
    let ext = unary.into_iter().fold(ext, |ext, (name, f)| {
        ext.function(name, move |vm, args| {
            let sig = Sig {
                name,
                params: &["num"],
                required: 1,
            };
            sig.arity(vm, args)?;
            Ok(Value::Float(f(sig.float(vm, args, 0)?)))
        })
    });
    let predicates: [FloatTest; 3] = [
        ("is_nan", f64::is_nan),
        ("is_finite", f64::is_finite),
        ("is_infinite", f64::is_infinite),
    ];
    let ext = predicates.into_iter().fold(ext, |ext, (name, f)| {
        ext.function(name, move |vm, args| {
            let sig = Sig {
                name,
                params: &["num"],
                required: 1,
            };
            sig.arity(vm, args)?;
            Ok(Value::Bool(f(sig.float(vm, args, 0)?)))
        })
    });
    ext.function("pi", |vm, args| {
        Sig::new("pi", 0, &[]).arity(vm, args)?;
        Ok(Value::Float(std::f64::consts::PI))
    })
    .function("atan2", |vm, args| {
        let sig = Sig::new("atan2", 2, &["y", "x"]);
        sig.arity(vm, args)?;
        let (y, x) = (sig.float(vm, args, 0)?, sig.float(vm, args, 1)?);
        Ok(Value::Float(y.atan2(x)))
    })
    .function("hypot", |vm, args| {
        let sig = Sig::new("hypot", 2, &["x", "y"]);
        sig.arity(vm, args)?;
        let (x, y) = (sig.float(vm, args, 0)?, sig.float(vm, args, 1)?);
        Ok(Value::Float(x.hypot(y)))
    })
    .function("fmod", |vm, args| {
        let sig = Sig::new("fmod", 2, &["num1", "num2"]);
        sig.arity(vm, args)?;
        let (x, y) = (sig.float(vm, args, 0)?, sig.float(vm, args, 1)?);
        // Rust's `%` on floats is C's fmod.
        Ok(Value::Float(x % y))
    })
    .function("fdiv", |vm, args| {
        let sig = Sig::new("fdiv", 2, &["num1", "num2"]);
        sig.arity(vm, args)?;
        let (x, y) = (sig.float(vm, args, 0)?, sig.float(vm, args, 1)?);
        Ok(Value::Float(x / y))
    })
    .function("log", |vm, args| {
        let sig = Sig::new("log", 1, &["num", "base"]);
        sig.arity(vm, args)?;
        let num = sig.float(vm, args, 0)?;
        let Some(base) = sig.opt(vm, args, 1, Sig::float)? else {
            return Ok(Value::Float(num.ln()));
        };
        // The exact bases use their own functions, as php does.
        Ok(Value::Float(if base == 2.0 {
            num.log2()
        } else if base == 10.0 {
            num.log10()
        } else if base == 1.0 {
            f64::NAN
        } else if base <= 0.0 {
            return Err(sig.value_error(vm, 1, "must be greater than 0"));
        } else {
            num.ln() / base.ln()
        }))
    })
    .function("pow", |vm, args| {
        let sig = Sig::new("pow", 2, &["num", "exponent"]);
        sig.arity(vm, args)?;
        // The same as the `**` operator, errors included.
        binary_op(vm, BinOp::Pow, &args[0].deref(), &args[1].deref())
    })
}

/// `abs`, `floor`, `ceil`, `round`, `intdiv`, `max`, `min`.
fn add_rounding(ext: Extension) -> Extension {
    ext.function("abs", |vm, args| {
        let sig = Sig::new("abs", 1, &["num"]);
        sig.arity(vm, args)?;
        Ok(match sig.number(vm, args, 0, "int|float")? {
            // |PHP_INT_MIN| is not an int.
            Numeric::Int(i64::MIN) => Value::Float(-(i64::MIN as f64)),
            Numeric::Int(n) => Value::Int(n.abs()),
            Numeric::Float(f) => Value::Float(f.abs()),
        })
    })
    .function("floor", |vm, args| {
        round_to_integral(vm, args, "floor", f64::floor)
    })
    .function("ceil", |vm, args| {
        round_to_integral(vm, args, "ceil", f64::ceil)
    })
    .function("round", |vm, args| {
        let sig = Sig::new("round", 1, &["num", "precision", "mode"]);
        sig.arity(vm, args)?;
        let num = sig.number(vm, args, 0, "int|float")?;
        // php clamps the precision to a C int.
        let places = sig
            .opt(vm, args, 1, Sig::int)?
            .unwrap_or(0)
            .clamp(i32::MIN as i64, i32::MAX as i64);
        let mode = sig.opt(vm, args, 2, Sig::int)?.unwrap_or(ROUND_HALF_UP);
        Ok(Value::Float(match num {
            // An int needs no rounding to a non-negative number of places.
            Numeric::Int(n) if places >= 0 => n as f64,
            Numeric::Int(n) => php_round(n as f64, places, mode),
            Numeric::Float(f) => php_round(f, places, mode),
        }))
    })
    .function("intdiv", |vm, args| {
        let sig = Sig::new("intdiv", 2, &["num1", "num2"]);
        sig.arity(vm, args)?;
        let (x, y) = (sig.int(vm, args, 0)?, sig.int(vm, args, 1)?);
        if y == 0 {
            return Err(vm.throw_error("DivisionByZeroError", "Division by zero"));
        }
        match x.checked_div(y) {
            Some(q) => Ok(Value::Int(q)),
            None => Err(vm.throw_error(
                "ArithmeticError",
                "Division of PHP_INT_MIN by -1 is not an integer",
            )),
        }
    })
    .function("max", |vm, args| min_max(vm, args, "max", 1))
    .function("min", |vm, args| min_max(vm, args, "min", -1))
}

/// `floor` and `ceil`: an int comes back as the same float.
fn round_to_integral(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
    f: fn(f64) -> f64,
) -> Result<Value, Unwind> {
    let sig = Sig {
        name,
        params: &["num"],
        required: 1,
    };
    sig.arity(vm, args)?;
    Ok(Value::Float(
        match sig.number(vm, args, 0, "int|float")? {
            Numeric::Int(n) => n as f64,
            Numeric::Float(x) => f(x),
        },
    ))
}

/// `max` (`want` 1) and `min` (`want` -1): of an array's elements, or of
/// the arguments; the first of equal values wins.
fn min_max(vm: &mut Vm, args: &[Value], name: &'static str, want: i32) -> Result<Value, Unwind> {
    let sig = Sig {
        name,
        params: &["value", "...values"],
        required: 1,
    };
    sig.arity(vm, args)?;
    if args.len() == 1 {
        let arr = sig.array(vm, args, 0)?;
        let mut values = arr.values();
        let Some(first) = values.next() else {
            return Err(sig.value_error(vm, 0, "must contain at least one element"));
        };
        // php's zend_hash_minmax: the kept value is the left operand.
        let mut best = first.deref();
        for v in values {
            let v = v.deref();
            if vm.compare(&best, &v)?.signum() == -want {
                best = v;
            }
        }
        return Ok(best);
    }
    // With several arguments, the candidate is the left operand.
    let mut best = args[0].deref();
    for v in &args[1..] {
        let v = v.deref();
        if vm.compare(&v, &best)?.signum() == want {
            best = v;
        }
    }
    Ok(best)
}

/// 10^power as php's `php_intpow10`: exact for the powers a double holds.
fn intpow10(power: i32) -> f64 {
    format!("1e{power}").parse().unwrap_or(f64::INFINITY)
}

/// `value * 10^places` (or a division for negative places).
fn shift_decimal(value: f64, places: i32) -> f64 {
    let f = intpow10(places.unsigned_abs() as i32);
    if places >= 0 {
        value * f
    } else {
        value / f
    }
}

/// Rounds to an integral value in one of the PHP_ROUND_* modes (an unknown
/// mode rounds half up).
fn round_helper(value: f64, mode: i64) -> f64 {
    if value >= 0.0 {
        let up = (value + 0.5).floor();
        let half = value == up - 0.5;
        let even_half = value == 0.5 + 2.0 * (up / 2.0).floor();
        let odd_half = value == 0.5 + 2.0 * (up / 2.0).floor() - 1.0;
        if (mode == ROUND_HALF_DOWN && half)
            || (mode == ROUND_HALF_EVEN && even_half)
            || (mode == ROUND_HALF_ODD && odd_half)
        {
            up - 1.0
        } else {
            up
        }
    } else {
        let down = (value - 0.5).ceil();
        let half = value == down + 0.5;
        let even_half = value == -0.5 + 2.0 * (down / 2.0).ceil();
        let odd_half = value == -0.5 + 2.0 * (down / 2.0).ceil() + 1.0;
        if (mode == ROUND_HALF_DOWN && half)
            || (mode == ROUND_HALF_EVEN && even_half)
            || (mode == ROUND_HALF_ODD && odd_half)
        {
            down + 1.0
        } else {
            down
        }
    }
}

/// php 8.2's `_php_math_round`: the value is first rounded to the 15
/// significant digits a double reliably holds ("pre-rounding"), so that
/// `round(1.955, 2)` gives 1.96 although 1.955 is stored as 1.95499...
pub(super) fn php_round(value: f64, places: i64, mode: i64) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    let places = places.max(i32::MIN as i64 + 1) as i32;
    let precision_places = 14 - value.abs().log10().floor() as i32;
    let tmp = if precision_places > places && precision_places - 15 < places {
        let use_precision = precision_places.max(-60);
        let pre = round_helper(shift_decimal(value, use_precision), mode);
        // Move the decimal point to the requested places.
        let back = (places - use_precision).max(-60);
        pre / intpow10(back.abs())
    } else {
        let tmp = shift_decimal(value, places);
        // Beyond a double's precision rounding changes nothing.
        if tmp.abs() >= 1e15 {
            return value;
        }
        tmp
    };
    let tmp = round_helper(tmp, mode);
    if places.unsigned_abs() < 23 {
        if places > 0 {
            tmp / intpow10(places)
        } else {
            tmp * intpow10(-places)
        }
    } else {
        // Dividing by a power of ten beyond 1e22 would round twice: go
        // through the decimal text instead, as php does (where an infinite
        // value prints as text strtod reads as 0).
        if !tmp.is_finite() {
            return 0.0;
        }
        match format!("{tmp:.0}e{}", -places).parse::<f64>() {
            Ok(r) if r.is_finite() => r,
            _ => value,
        }
    }
}

// ---- Bases ------------------------------------------------------------------------

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// php's `_php_math_basetozval`: the digits of `s` in `base` (an optional
/// 0x/0o/0b prefix for bases 16/8/2; other bytes are skipped with a
/// deprecation). An int, or a float once the value passes PHP_INT_MAX.
fn parse_base(vm: &mut Vm, s: &[u8], base: u32) -> Numeric {
    let s = s.trim_ascii();
    let prefix = match base {
        16 => Some(b'x'),
        8 => Some(b'o'),
        2 => Some(b'b'),
        _ => None,
    };
    let s = match (s, prefix) {
        ([b'0', p, rest @ ..], Some(want)) if p.to_ascii_lowercase() == want => rest,
        _ => s,
    };
    let mut num = Numeric::Int(0);
    let mut invalid = false;
    for &c in s {
        let Some(d) = (c as char).to_digit(36).filter(|d| *d < base) else {
            invalid = true;
            continue;
        };
        num = match num {
            Numeric::Int(n) => match n
                .checked_mul(base as i64)
                .and_then(|n| n.checked_add(d as i64))
            {
                Some(n) => Numeric::Int(n),
                None => Numeric::Float(n as f64 * base as f64 + d as f64),
            },
            Numeric::Float(f) => Numeric::Float(f * base as f64 + d as f64),
        };
    }
    if invalid {
        vm.report(
            E_DEPRECATED,
            "Invalid characters passed for attempted conversion, these have been ignored",
        );
    }
    num
}

/// An int's digits in `base`, as an unsigned 64-bit number (so -1 gives 64 ones).
fn int_to_base(n: i64, base: u32) -> Vec<u8> {
    let (mut v, base) = (n as u64, base as u64);
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(v % base) as usize]);
        v /= base;
        if v == 0 {
            break;
        }
    }
    out.reverse();
    out
}

/// A number's digits in `base` (php's `_php_math_zvaltobase`); floats are
/// floored and written digit by digit with fmod.
fn number_to_base(vm: &mut Vm, n: Numeric, base: u32) -> Result<Vec<u8>, Unwind> {
    let mut f = match n {
        Numeric::Int(i) => return Ok(int_to_base(i, base)),
        Numeric::Float(f) => f.floor(),
    };
    if f.is_infinite() {
        let msg = format!("An infinite value cannot be converted to base {base}");
        return Err(vm.throw_error("ValueError", &msg));
    }
    let mut out = Vec::new();
    loop {
        let d = (f % base as f64) as usize;
        out.push(DIGITS.get(d).copied().unwrap_or(b'0'));
        f /= base as f64;
        // php's buffer holds 64 digits.
        if f.abs() < 1.0 || out.len() >= 64 {
            break;
        }
    }
    out.reverse();
    Ok(out)
}

fn add_bases(ext: Extension) -> Extension {
    let to_dec: [(&'static str, &'static [&'static str], u32); 3] = [
        ("bindec", &["binary_string"], 2),
        ("octdec", &["octal_string"], 8),
        ("hexdec", &["hex_string"], 16),
    ];
    let ext = to_dec.into_iter().fold(ext, |ext, (name, params, base)| {
        ext.function(name, move |vm, args| {
            let sig = Sig {
                name,
                params,
                required: 1,
            };
            sig.arity(vm, args)?;
            let s = sig.str(vm, args, 0)?;
            Ok(match parse_base(vm, s.as_bytes(), base) {
                Numeric::Int(n) => Value::Int(n),
                Numeric::Float(f) => Value::Float(f),
            })
        })
    });
    let from_dec: [(&'static str, u32); 3] = [("decbin", 2), ("decoct", 8), ("dechex", 16)];
    let ext = from_dec.into_iter().fold(ext, |ext, (name, base)| {
        ext.function(name, move |vm, args| {
            let sig = Sig {
                name,
                params: &["num"],
                required: 1,
            };
            sig.arity(vm, args)?;
            let n = sig.int(vm, args, 0)?;
            Ok(Value::str(int_to_base(n, base)))
        })
    });
    ext.function("base_convert", |vm, args| {
        let sig = Sig::new("base_convert", 3, &["num", "from_base", "to_base"]);
        sig.arity(vm, args)?;
        let s = sig.str(vm, args, 0)?;
        let mut bases = [0u32; 2];
        for (i, b) in bases.iter_mut().enumerate() {
            let n = sig.int(vm, args, i + 1)?;
            if !(2..=36).contains(&n) {
                return Err(sig.value_error(vm, i + 1, "must be between 2 and 36 (inclusive)"));
            }
            *b = n as u32;
        }
        let n = parse_base(vm, s.as_bytes(), bases[0]);
        Ok(Value::Str(PhpStr::new(number_to_base(vm, n, bases[1])?)))
    })
}

// ---- Random numbers ---------------------------------------------------------------

const MT_N: usize = 624;
const MT_M: usize = 397;

/// php's Mersenne Twister state (per VM, as php's is per request).
pub(super) struct Mt {
    state: [u32; MT_N],
    next: usize,
    seeded: bool,
    /// MT_RAND_PHP: php's pre-7.1 twist and range scaling.
    legacy: bool,
}

impl Default for Mt {
    fn default() -> Self {
        Mt {
            state: [0; MT_N],
            next: MT_N,
            seeded: false,
            legacy: false,
        }
    }
}

impl Mt {
    fn seed(&mut self, seed: u32, legacy: bool) {
        self.state[0] = seed;
        for i in 1..MT_N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.legacy = legacy;
        self.seeded = true;
        self.reload();
    }

    /// Regenerates the state. The legacy mode takes the low bit from the
    /// wrong word, the historical php bug MT_RAND_PHP keeps.
    fn reload(&mut self) {
        let legacy = self.legacy;
        let twist = |m: u32, u: u32, v: u32| {
            let mix = (u & 0x8000_0000) | (v & 0x7fff_ffff);
            let low = if legacy { u } else { v };
            m ^ (mix >> 1) ^ (0u32.wrapping_sub(low & 1) & 0x9908_b0df)
        };
        let s = &mut self.state;
        for i in 0..MT_N {
            let m = s[(i + MT_M) % MT_N];
            s[i] = twist(m, s[i], s[(i + 1) % MT_N]);
        }
        self.next = 0;
    }

    pub(super) fn next_u32(&mut self) -> u32 {
        if !self.seeded {
            self.seed(os_random_u64() as u32, false);
        }
        if self.next >= MT_N {
            self.reload();
        }
        let mut s = self.state[self.next];
        self.next += 1;
        s ^= s >> 11;
        s ^= (s << 7) & 0x9d2c_5680;
        s ^= (s << 15) & 0xefc6_0000;
        s ^ (s >> 18)
    }

    /// A number in [min, max] (php_mt_rand_common).
    fn range(&mut self, min: i64, max: i64) -> i64 {
        if self.legacy {
            // RAND_RANGE_BADSCALING, kept for MT_RAND_PHP.
            let n = (self.next_u32() >> 1) as f64;
            let span = max as f64 - min as f64 + 1.0;
            return min.wrapping_add((span * (n / (MT_RAND_MAX as f64 + 1.0))) as i64);
        }
        let umax = (max as u64).wrapping_sub(min as u64);
        (min as u64).wrapping_add(uniform_below(umax, &mut || self.next_u32())) as i64
    }
}

/// A uniform number in [0, umax] from a source of 32-bit words, without
/// modulo bias (php's php_random_range32/64: the same words drawn, so
/// seeded sequences match).
pub(super) fn uniform_below(umax: u64, next: &mut dyn FnMut() -> u32) -> u64 {
    if umax <= u32::MAX as u64 {
        let umax = umax as u32;
        let mut r = next();
        if umax == u32::MAX {
            return r as u64;
        }
        let span = umax + 1;
        if span & (span - 1) == 0 {
            return (r & (span - 1)) as u64;
        }
        let limit = u32::MAX - (u32::MAX % span) - 1;
        while r > limit {
            r = next();
        }
        return (r % span) as u64;
    }
    // The first word is the low half.
    let mut draw = || {
        let lo = next() as u64;
        lo | (next() as u64) << 32
    };
    let mut r = draw();
    if umax == u64::MAX {
        return r;
    }
    let span = umax + 1;
    if span & (span - 1) == 0 {
        return r & (span - 1);
    }
    let limit = u64::MAX - (u64::MAX % span) - 1;
    while r > limit {
        r = draw();
    }
    r % span
}

/// Random bits from the operating system (falling back to the clock and
/// the process id where /dev/urandom cannot be read).
fn os_random_u64() -> u64 {
    use std::io::Read;
    let mut buf = [0u8; 8];
    if std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok()
    {
        return u64::from_le_bytes(buf);
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    nanos ^ ((std::process::id() as u64) << 32)
}

/// `mt_rand` (`swap` false) and `rand` (`swap` true: a reversed range is
/// accepted).
fn mt_rand(vm: &mut Vm, args: &[Value], name: &'static str, swap: bool) -> Result<Value, Unwind> {
    let sig = Sig {
        name,
        params: &["min", "max"],
        required: 0,
    };
    if args.is_empty() {
        return Ok(Value::Int((vm.ext_data::<Mt>().next_u32() >> 1) as i64));
    }
    if args.len() != 2 {
        // Zero or two arguments: the message counts two.
        return Err(super::arg_count_error(
            vm,
            name,
            2,
            args.len(),
            true,
            args.len() < 2,
        ));
    }
    let (min, max) = (sig.int(vm, args, 0)?, sig.int(vm, args, 1)?);
    if max < min {
        if swap {
            return Ok(Value::Int(vm.ext_data::<Mt>().range(max, min)));
        }
        return Err(sig.value_error(vm, 1, "must be greater than or equal to argument #1 ($min)"));
    }
    Ok(Value::Int(vm.ext_data::<Mt>().range(min, max)))
}

/// `mt_srand` and `srand`.
fn mt_srand(vm: &mut Vm, args: &[Value], name: &'static str) -> Result<Value, Unwind> {
    let sig = Sig {
        name,
        params: &["seed", "mode"],
        required: 0,
    };
    sig.arity(vm, args)?;
    let seed = match sig.opt(vm, args, 0, Sig::int)? {
        Some(s) => s as u32,
        None => os_random_u64() as u32,
    };
    let mode = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(MT_RAND_MT19937);
    vm.ext_data::<Mt>().seed(seed, mode == MT_RAND_PHP);
    Ok(Value::Null)
}

fn add_random(ext: Extension) -> Extension {
    let randmax = |name: &'static str| {
        move |vm: &mut Vm, args: &[Value]| {
            Sig::new(name, 0, &[]).arity(vm, args)?;
            Ok(Value::Int(MT_RAND_MAX))
        }
    };
    ext.function("mt_rand", |vm, args| mt_rand(vm, args, "mt_rand", false))
        .function("rand", |vm, args| mt_rand(vm, args, "rand", true))
        .function("mt_srand", |vm, args| mt_srand(vm, args, "mt_srand"))
        .function("srand", |vm, args| mt_srand(vm, args, "srand"))
        .function("mt_getrandmax", randmax("mt_getrandmax"))
        .function("getrandmax", randmax("getrandmax"))
        .function("random_int", |vm, args| {
            let sig = Sig::new("random_int", 2, &["min", "max"]);
            sig.arity(vm, args)?;
            let (min, max) = (sig.int(vm, args, 0)?, sig.int(vm, args, 1)?);
            if min > max {
                return Err(sig.value_error(
                    vm,
                    0,
                    "must be less than or equal to argument #2 ($max)",
                ));
            }
            let umax = (max as u64).wrapping_sub(min as u64);
            let r = uniform_below(umax, &mut || os_random_u64() as u32);
            Ok(Value::Int((min as u64).wrapping_add(r) as i64))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mt_matches_php_after_seeding() {
        let mut mt = Mt::default();
        mt.seed(42, false);
        // php: mt_srand(42); mt_rand(); mt_rand();
        assert_eq!(mt.next_u32() >> 1, 804_318_771);
        assert_eq!(mt.next_u32() >> 1, 1_710_563_033);
    }

    #[test]
    fn rounding_pre_rounds() {
        assert_eq!(php_round(1.955, 2, ROUND_HALF_UP), 1.96);
        assert_eq!(php_round(-2.5, 0, ROUND_HALF_UP), -3.0);
        assert_eq!(php_round(2.5, 0, ROUND_HALF_EVEN), 2.0);
        assert_eq!(php_round(1234567.891, -3, ROUND_HALF_UP), 1235000.0);
    }
}
