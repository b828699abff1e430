//! Array functions: `count`, `range`, `array_*`, `in_array`, the sort
//! family, ... with php 8.2's semantics and messages.
//!
//! Functions taking the array by reference (`sort`, `array_push`, ...) are
//! registered with `function_by_ref`: their argument arrives as a
//! [`Value::Ref`], they work on a copy of the array and write the result
//! back into the reference when done (so a callback that throws leaves the
//! variable as it was).

use super::args::Sig;
use crate::ast::BinOp;
use crate::ext::Extension;
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::operators::binary_op;
use crate::runtime::string::{parse_numeric, Numeric, NumericKind, PhpStr};
use crate::runtime::value::{float_cmp, float_key_deprecation, identical, to_key, RefCell, Value};
use crate::vm::{Unwind, Vm, E_DEPRECATED, E_WARNING};
use std::rc::Rc;

type R<T> = Result<T, Unwind>;

const COUNT_RECURSIVE: i64 = 1;
const SORT_REGULAR: i64 = 0;
const SORT_NUMERIC: i64 = 1;
const SORT_STRING: i64 = 2;
const SORT_LOCALE_STRING: i64 = 5;
const SORT_NATURAL: i64 = 6;
const SORT_FLAG_CASE: i64 = 8;
const ARRAY_FILTER_USE_BOTH: i64 = 1;
const ARRAY_FILTER_USE_KEY: i64 = 2;

/// php's HT_MAX_SIZE on 64-bit platforms: no array holds more elements.
const HT_MAX_SIZE: u64 = 0x4000_0000;

pub(super) fn add(ext: Extension) -> Extension {
    ext.constant("COUNT_NORMAL", Value::Int(0))
        .constant("COUNT_RECURSIVE", Value::Int(COUNT_RECURSIVE))
        .constant("SORT_REGULAR", Value::Int(SORT_REGULAR))
        .constant("SORT_NUMERIC", Value::Int(SORT_NUMERIC))
        .constant("SORT_STRING", Value::Int(SORT_STRING))
        .constant("SORT_LOCALE_STRING", Value::Int(SORT_LOCALE_STRING))
        .constant("SORT_NATURAL", Value::Int(SORT_NATURAL))
        .constant("SORT_FLAG_CASE", Value::Int(SORT_FLAG_CASE))
        .constant("SORT_ASC", Value::Int(4))
        .constant("SORT_DESC", Value::Int(3))
        .constant("CASE_LOWER", Value::Int(0))
        .constant("CASE_UPPER", Value::Int(1))
        .constant("ARRAY_FILTER_USE_BOTH", Value::Int(ARRAY_FILTER_USE_BOTH))
        .constant("ARRAY_FILTER_USE_KEY", Value::Int(ARRAY_FILTER_USE_KEY))
        .function("count", |vm, args| count(vm, args, "count"))
        .function("sizeof", |vm, args| count(vm, args, "sizeof"))
        .function("range", range)
        .function("array_keys", array_keys)
        .function("array_values", array_values)
        .function("array_merge", array_merge)
        .function("array_combine", array_combine)
        .function("array_slice", array_slice)
        .function_by_ref("array_splice", &[0], array_splice)
        .function_by_ref("array_push", &[0], array_push)
        .function_by_ref("array_pop", &[0], array_pop)
        .function_by_ref("array_shift", &[0], array_shift)
        .function_by_ref("array_unshift", &[0], array_unshift)
        .function("in_array", |vm, args| {
            const SIG: Sig = Sig::new("in_array", 2, &["needle", "haystack", "strict"]);
            Ok(match search(vm, args, &SIG)? {
                Some(_) => Value::Bool(true),
                None => Value::Bool(false),
            })
        })
        .function("array_search", |vm, args| {
            const SIG: Sig = Sig::new("array_search", 2, &["needle", "haystack", "strict"]);
            Ok(match search(vm, args, &SIG)? {
                Some(k) => k.to_value(),
                None => Value::Bool(false),
            })
        })
        .function("array_key_exists", |vm, args| {
            key_exists(vm, args, "array_key_exists")
        })
        .function("key_exists", |vm, args| key_exists(vm, args, "key_exists"))
        .function("array_key_first", |vm, args| {
            const SIG: Sig = Sig::new("array_key_first", 1, &["array"]);
            SIG.arity(vm, args)?;
            let a = SIG.array(vm, args, 0)?;
            Ok(a.first_key().map_or(Value::Null, |k| k.to_value()))
        })
        .function("array_key_last", |vm, args| {
            const SIG: Sig = Sig::new("array_key_last", 1, &["array"]);
            SIG.arity(vm, args)?;
            let a = SIG.array(vm, args, 0)?;
            Ok(a.last_key().map_or(Value::Null, |k| k.to_value()))
        })
        .function("array_is_list", |vm, args| {
            const SIG: Sig = Sig::new("array_is_list", 1, &["array"]);
            SIG.arity(vm, args)?;
            let a = SIG.array(vm, args, 0)?;
            let list = a.is_list()
                || a.iter()
                    .enumerate()
                    .all(|(i, (k, _))| k == Key::Int(i as i64));
            Ok(Value::Bool(list))
        })
        .function("array_replace", array_replace)
        .function("array_change_key_case", array_change_key_case)
        .function("array_map", array_map)
        .function_by_ref("array_walk", &[0], array_walk)
        .function("array_filter", array_filter)
        .function("array_reduce", array_reduce)
        .function("array_sum", |vm, args| {
            const SIG: Sig = Sig::new("array_sum", 1, &["array"]);
            fold_numbers(vm, args, &SIG, BinOp::Add, 0)
        })
        .function("array_product", |vm, args| {
            const SIG: Sig = Sig::new("array_product", 1, &["array"]);
            fold_numbers(vm, args, &SIG, BinOp::Mul, 1)
        })
        .function("array_reverse", array_reverse)
        .function("array_flip", array_flip)
        .function("array_fill", array_fill)
        .function("array_fill_keys", array_fill_keys)
        .function("array_unique", array_unique)
        .function("array_column", array_column)
        .function("array_chunk", array_chunk)
        .function("array_pad", array_pad)
        .function("array_count_values", array_count_values)
        .function("array_diff", |vm, args| {
            const SIG: Sig = Sig::new("array_diff", 1, &["array", "...arrays"]);
            set_operation(vm, args, &SIG, SetOp::DiffValues)
        })
        .function("array_intersect", |vm, args| {
            const SIG: Sig = Sig::new("array_intersect", 1, &["array", "...arrays"]);
            set_operation(vm, args, &SIG, SetOp::IntersectValues)
        })
        .function("array_diff_assoc", |vm, args| {
            const SIG: Sig = Sig::new("array_diff_assoc", 1, &["array", "...arrays"]);
            set_operation(vm, args, &SIG, SetOp::DiffAssoc)
        })
        .function("array_intersect_assoc", |vm, args| {
            const SIG: Sig = Sig::new("array_intersect_assoc", 1, &["array", "...arrays"]);
            set_operation(vm, args, &SIG, SetOp::IntersectAssoc)
        })
        .function("array_diff_key", |vm, args| {
            const SIG: Sig = Sig::new("array_diff_key", 1, &["array", "...arrays"]);
            set_operation(vm, args, &SIG, SetOp::DiffKeys)
        })
        .function("array_intersect_key", |vm, args| {
            const SIG: Sig = Sig::new("array_intersect_key", 1, &["array", "...arrays"]);
            set_operation(vm, args, &SIG, SetOp::IntersectKeys)
        })
        .function("current", |vm, args| {
            pointer_read(vm, args, "current", false)
        })
        .function("pos", |vm, args| pointer_read(vm, args, "pos", false))
        .function("key", |vm, args| pointer_read(vm, args, "key", true))
        .function_by_ref("reset", &[0], |vm, args| {
            pointer_move(vm, args, "reset", PhpArray::pointer_reset)
        })
        .function_by_ref("end", &[0], |vm, args| {
            pointer_move(vm, args, "end", PhpArray::pointer_end)
        })
        .function_by_ref("next", &[0], |vm, args| {
            pointer_move(vm, args, "next", PhpArray::pointer_next)
        })
        .function_by_ref("prev", &[0], |vm, args| {
            pointer_move(vm, args, "prev", PhpArray::pointer_prev)
        })
        .function_by_ref("sort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("sort", 1, &["array", "flags"]);
            sort_array(vm, args, &SIG, Order::Values, false)
        })
        .function_by_ref("rsort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("rsort", 1, &["array", "flags"]);
            sort_array(vm, args, &SIG, Order::Values, true)
        })
        .function_by_ref("asort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("asort", 1, &["array", "flags"]);
            sort_array(vm, args, &SIG, Order::ValuesKeepKeys, false)
        })
        .function_by_ref("arsort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("arsort", 1, &["array", "flags"]);
            sort_array(vm, args, &SIG, Order::ValuesKeepKeys, true)
        })
        .function_by_ref("ksort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("ksort", 1, &["array", "flags"]);
            sort_array(vm, args, &SIG, Order::Keys, false)
        })
        .function_by_ref("krsort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("krsort", 1, &["array", "flags"]);
            sort_array(vm, args, &SIG, Order::Keys, true)
        })
        .function_by_ref("natsort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("natsort", 1, &["array"]);
            natural_sort(vm, args, &SIG, SORT_NATURAL)
        })
        .function_by_ref("natcasesort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("natcasesort", 1, &["array"]);
            natural_sort(vm, args, &SIG, SORT_NATURAL | SORT_FLAG_CASE)
        })
        .function_by_ref("usort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("usort", 2, &["array", "callback"]);
            user_sort(vm, args, &SIG, Order::Values)
        })
        .function_by_ref("uasort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("uasort", 2, &["array", "callback"]);
            user_sort(vm, args, &SIG, Order::ValuesKeepKeys)
        })
        .function_by_ref("uksort", &[0], |vm, args| {
            const SIG: Sig = Sig::new("uksort", 2, &["array", "callback"]);
            user_sort(vm, args, &SIG, Order::Keys)
        })
}

// ---------------------------------------------------------------------------
// Shared helpers

/// A value copied into a new array. A reference nobody else holds any more
/// is dropped for its value (as php does); shared references stay shared.
fn copy_val(v: &Value) -> Value {
    match v {
        Value::Ref(r) if Rc::strong_count(r) == 1 => r.borrow().clone(),
        v => v.clone(),
    }
}

/// `$a[] = v`, with php's error when the next integer key is taken.
fn append(vm: &mut Vm, a: &mut PhpArray, v: Value) -> R<()> {
    if a.push(v) {
        Ok(())
    } else {
        Err(vm.throw_error(
            "Error",
            "Cannot add element to the array as the next element is already occupied",
        ))
    }
}

/// Adds an entry keeping string keys and renumbering integer keys (the
/// rule of `array_merge`, `array_slice`, `array_splice`, ...).
fn add_renumbered(vm: &mut Vm, a: &mut PhpArray, k: Key, v: Value) -> R<()> {
    match k {
        Key::Str(_) => {
            a.set(k, v);
            Ok(())
        }
        Key::Int(_) => append(vm, a, v),
    }
}

/// The entries of an array, in order (cheap: values are refcounted).
fn entries(a: &PhpArray) -> Vec<(Key, Value)> {
    a.iter().map(|(k, v)| (k, v.clone())).collect()
}

/// Refuses an array php could not allocate under its default 128M memory
/// limit (a packed array of n elements takes the next power of two times
/// 16 bytes), with php's fatal error, instead of exhausting the machine.
fn check_alloc(vm: &mut Vm, n: u64) -> R<()> {
    const MAX_ELEMENTS: u64 = 1 << 22;
    if n <= MAX_ELEMENTS {
        return Ok(());
    }
    let bytes = n.next_power_of_two().saturating_mul(16).saturating_add(8);
    // Large blocks are whole pages.
    let bytes = bytes.div_ceil(4096).saturating_mul(4096);
    let msg = format!(
        "Allowed memory size of 134217728 bytes exhausted (tried to allocate {bytes} bytes)"
    );
    Err(vm.fatal(&msg))
}

/// The array behind a by-reference parameter, for a change in place: it
/// goes back into the reference when this is dropped, also on an early
/// error return (php changes the array in place, so what was done stays).
struct RefArray {
    cell: Option<RefCell>,
    array: PhpArray,
}

impl Drop for RefArray {
    fn drop(&mut self) {
        if let Some(cell) = self.cell.take() {
            *cell.borrow_mut() = Value::array(std::mem::take(&mut self.array));
        }
    }
}

/// Reads a by-reference array parameter. `take` moves the array out of the
/// reference meanwhile (no copy when nothing else shares it, so
/// `array_push` in a loop stays linear); without it the variable keeps
/// showing the old array until the end, as callbacks of `usort` expect.
fn ref_array(sig: &Sig, vm: &mut Vm, args: &[Value], i: usize, take: bool) -> R<RefArray> {
    let (value, cell) = match args.get(i) {
        Some(Value::Ref(cell)) if take => (std::mem::take(&mut *cell.borrow_mut()), Some(cell)),
        Some(Value::Ref(cell)) => (cell.borrow().clone(), Some(cell)),
        Some(v) => (v.clone(), None),
        None => (Value::Null, None),
    };
    match value {
        Value::Array(a) => Ok(RefArray {
            cell: cell.cloned(),
            array: Rc::unwrap_or_clone(a),
        }),
        v => {
            if let (Some(cell), true) = (cell, take) {
                *cell.borrow_mut() = v.clone();
            }
            Err(sig.type_error(vm, i, "array", &v))
        }
    }
}

/// A `callable` (or `?callable`) parameter, checked up front as php's
/// argument parser does; None for a null `?callable`.
fn callable_arg(
    sig: &Sig,
    vm: &mut Vm,
    args: &[Value],
    i: usize,
    nullable: bool,
) -> R<Option<Value>> {
    let v = args.get(i).cloned().unwrap_or(Value::Null);
    if nullable && matches!(v, Value::Null | Value::Undef) {
        return Ok(None);
    }
    match vm.callable_error(&v) {
        None => Ok(Some(v)),
        Some(why) => {
            let msg = format!(
                "{} must be a valid callback{}, {why}",
                sig.arg_prefix(i),
                if nullable { " or null" } else { "" }
            );
            Err(vm.throw_error("TypeError", &msg))
        }
    }
}

/// Calls a callback with plain values (references are read through).
fn call(vm: &mut Vm, sig: &Sig, i: usize, cb: &Value, args: Vec<Value>) -> R<Value> {
    let args = args.into_iter().map(Value::unref).collect();
    vm.call_value(cb, args, &sig.arg_prefix(i))
}

/// The array parameters from `from` on, where the later ones are variadic:
/// php names a variadic parameter in no message (`Argument #3 must be of
/// type array, int given`).
fn array_args(sig: &Sig, vm: &mut Vm, args: &[Value], from: usize) -> R<Vec<Rc<PhpArray>>> {
    let mut out = Vec::with_capacity(args.len().saturating_sub(from));
    for (i, v) in args.iter().enumerate().skip(from) {
        match v {
            Value::Array(a) => out.push(a.clone()),
            v => {
                let named = sig.params.get(i).is_some_and(|p| !p.starts_with("..."));
                if named {
                    return Err(sig.type_error(vm, i, "array", v));
                }
                let msg = format!(
                    "{}(): Argument #{} must be of type array, {} given",
                    sig.name,
                    i + 1,
                    v.type_name()
                );
                return Err(vm.throw_error("TypeError", &msg));
            }
        }
    }
    Ok(out)
}

/// The key a value becomes in `array_combine`, `array_fill_keys`: ints
/// stay ints, anything else goes through its string form (so 1.5 is "1.5").
fn key_via_string(vm: &mut Vm, v: &Value) -> R<Key> {
    match v.deref() {
        Value::Int(i) => Ok(Key::Int(i)),
        v => Ok(Key::from_bytes(vm.to_php_string(&v)?.as_bytes())),
    }
}

/// A value used as an array key where php raises "Illegal offset type"
/// for arrays and objects, and deprecates fractional floats.
fn offset_key(vm: &mut Vm, v: &Value) -> R<Key> {
    let v = v.deref();
    if let Some(msg) = float_key_deprecation(&v) {
        vm.report(E_DEPRECATED, &msg);
    }
    match to_key(&v) {
        Some(k) => Ok(k),
        None => Err(vm.throw_error("TypeError", "Illegal offset type")),
    }
}

// ---------------------------------------------------------------------------
// count, range

fn count(vm: &mut Vm, args: &[Value], name: &'static str) -> R<Value> {
    let sig = Sig {
        name,
        params: &["value", "mode"],
        required: 1,
    };
    sig.arity(vm, args)?;
    let mode = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(0);
    if mode != 0 && mode != COUNT_RECURSIVE {
        return Err(sig.value_error(vm, 1, "must be either COUNT_NORMAL or COUNT_RECURSIVE"));
    }
    match &args[0] {
        Value::Array(a) if mode == COUNT_RECURSIVE => Ok(Value::Int(count_recursive(vm, a))),
        Value::Array(a) => Ok(Value::Int(a.len() as i64)),
        Value::Object(o) if crate::class::implements(o, b"countable") => {
            let r = vm.call_value(
                &Value::array(PhpArray::from_list(vec![
                    args[0].clone(),
                    Value::str("count"),
                ])),
                vec![],
                "count()",
            )?;
            Ok(Value::Int(r.to_int()))
        }
        v => Err(sig.type_error(vm, 0, "Countable|array", v)),
    }
}

/// Elements at every level. The walk keeps its own stack (arrays nest
/// deeper than the native one) and the arrays on it: an array met again
/// below itself (through a reference) is php's recursion warning, counted
/// once and not entered.
fn count_recursive(vm: &mut Vm, a: &Rc<PhpArray>) -> i64 {
    let mut total = a.len() as i64;
    let mut open = rustc_hash::FxHashSet::default();
    open.insert(Rc::as_ptr(a));
    let mut path: Vec<(Rc<PhpArray>, usize)> = vec![(a.clone(), 0)];
    while let Some((array, pos)) = path.last_mut() {
        let Some((_, v, next)) = array.entry_at(*pos) else {
            open.remove(&Rc::as_ptr(array));
            path.pop();
            continue;
        };
        *pos = next;
        if let Value::Array(inner) = v.deref() {
            if open.insert(Rc::as_ptr(&inner)) {
                total += inner.len() as i64;
                path.push((inner, 0));
            } else {
                vm.report(E_WARNING, "count(): Recursion detected");
            }
        }
    }
    total
}

/// php 8.2's `range()` (before 8.3's rework): characters when both ends
/// are non-numeric strings, floats when an end or the step is a float,
/// integers otherwise. The step's sign is ignored.
fn range(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("range", 2, &["start", "end", "step"]);
    SIG.arity(vm, args)?;
    let (start, end) = (&args[0], &args[1]);
    let (mut step, mut float_step) = (1.0, false);
    if let Some(n) = SIG.opt(vm, args, 2, |s, vm, a, i| s.number(vm, a, i, "int|float"))? {
        (step, float_step) = match n {
            Numeric::Int(i) => (i as f64, false),
            Numeric::Float(f) => (f, true),
        };
        if step < 0.0 {
            step = -step;
        }
    }
    let exceeds = |vm: &mut Vm| SIG.value_error(vm, 2, "must not exceed the specified range");
    let mut kind =
        if matches!(start, Value::Float(_)) || matches!(end, Value::Float(_)) || float_step {
            RangeKind::Float
        } else {
            RangeKind::Int
        };
    if let (Value::Str(a), Value::Str(b)) = (start, end) {
        if !a.is_empty() && !b.is_empty() {
            let numeric = |s: &PhpStr| match parse_numeric(s.as_bytes()) {
                NumericKind::Whole(n) => Some(n),
                _ => None,
            };
            let (na, nb) = (numeric(a), numeric(b));
            kind = if matches!(na, Some(Numeric::Float(_)))
                || matches!(nb, Some(Numeric::Float(_)))
                || float_step
            {
                RangeKind::Float
            } else if na.is_some() || nb.is_some() {
                RangeKind::Int
            } else {
                RangeKind::Chars(a.as_bytes()[0], b.as_bytes()[0])
            };
        }
    }
    let mut out = Vec::new();
    match kind {
        RangeKind::Chars(low, high) => {
            let (low, high, lstep) = (low as i64, high as i64, step as i64);
            let ch = |c: i64| Value::str(vec![c as u8]);
            if low != high && ((low - high).abs() < lstep || lstep <= 0) {
                return Err(exceeds(vm));
            }
            let mut c = low;
            if low > high {
                while c >= high {
                    out.push(ch(c));
                    c -= lstep;
                }
            } else if high > low {
                while c <= high && c <= 255 {
                    out.push(ch(c));
                    c += lstep;
                }
            } else {
                out.push(ch(low));
            }
        }
        RangeKind::Float => {
            let (low, high) = (start.to_float(), end.to_float());
            if low.is_infinite() || high.is_infinite() {
                // php's formatter prints infinities without their sign.
                let show = |x: f64| match x {
                    x if x.is_infinite() => "inf".to_string(),
                    x => format!("{x:.0}"),
                };
                let msg = format!(
                    "Invalid range supplied: start={} end={}",
                    show(low),
                    show(high)
                );
                return Err(vm.throw_error("ValueError", &msg));
            }
            if low == high || low.is_nan() || high.is_nan() {
                out.push(Value::Float(low));
            } else {
                let dist = (low - high).abs();
                if dist < step || step <= 0.0 {
                    return Err(exceeds(vm));
                }
                let size = dist / step + 1.0;
                if size >= HT_MAX_SIZE as f64 {
                    let msg = format!(
                        "The supplied range exceeds the maximum array size: start={:.0} end={:.0}",
                        low.min(high),
                        low.max(high)
                    );
                    return Err(vm.throw_error("ValueError", &msg));
                }
                let size = size.round() as u64;
                check_alloc(vm, size)?;
                for i in 0..size {
                    let x = if low > high {
                        low - i as f64 * step
                    } else {
                        low + i as f64 * step
                    };
                    if (low > high && x < high) || (low < high && x > high) {
                        break;
                    }
                    out.push(Value::Float(x));
                }
            }
        }
        RangeKind::Int => {
            let (low, high) = (start.to_int(), end.to_int());
            // A float step of 1e300 saturates (php's cast is undefined there).
            let lstep = step as u64;
            if step <= 0.0 || lstep == 0 {
                return Err(exceeds(vm));
            }
            if low == high {
                out.push(Value::Int(low));
            } else {
                let dist = low.abs_diff(high);
                if dist < lstep {
                    return Err(exceeds(vm));
                }
                let size = dist / lstep;
                if size >= HT_MAX_SIZE - 1 {
                    let msg = format!(
                        "The supplied range exceeds the maximum array size: start={} end={}",
                        low.min(high),
                        low.max(high)
                    );
                    return Err(vm.throw_error("ValueError", &msg));
                }
                check_alloc(vm, size + 1)?;
                out.reserve(size as usize + 1);
                for i in 0..=size {
                    let delta = i.wrapping_mul(lstep) as i64;
                    out.push(Value::Int(if low > high {
                        low.wrapping_sub(delta)
                    } else {
                        low.wrapping_add(delta)
                    }));
                }
            }
        }
    }
    Ok(Value::array(PhpArray::from_list(out)))
}

enum RangeKind {
    Chars(u8, u8),
    Float,
    Int,
}

// ---------------------------------------------------------------------------
// Keys and values

fn array_keys(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_keys", 1, &["array", "filter_value", "strict"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let strict = SIG.opt(vm, args, 2, Sig::bool)?.unwrap_or(false);
    let mut out = Vec::new();
    match args.get(1) {
        None => out.extend(a.iter().map(|(k, _)| k.to_value())),
        Some(needle) => {
            for (k, v) in a.iter() {
                if matches(vm, needle, v, strict)? {
                    out.push(k.to_value());
                }
            }
        }
    }
    Ok(Value::array(PhpArray::from_list(out)))
}

fn array_values(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_values", 1, &["array"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    if a.is_list() {
        return Ok(Value::Array(a));
    }
    Ok(Value::array(PhpArray::from_list(
        a.values().map(copy_val).collect(),
    )))
}

fn array_merge(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_merge", 0, &["...arrays"]);
    let arrays = array_args(&SIG, vm, args, 0)?;
    let mut out = PhpArray::new();
    for a in &arrays {
        for (k, v) in a.iter() {
            add_renumbered(vm, &mut out, k, copy_val(v))?;
        }
    }
    Ok(Value::array(out))
}

fn array_combine(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_combine", 2, &["keys", "values"]);
    SIG.arity(vm, args)?;
    let keys = SIG.array(vm, args, 0)?;
    let values = SIG.array(vm, args, 1)?;
    if keys.len() != values.len() {
        return Err(vm.throw_error(
            "ValueError",
            "array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements",
        ));
    }
    let mut out = PhpArray::new();
    for (k, v) in keys.values().zip(values.values()) {
        let key = key_via_string(vm, k)?;
        out.set(key, copy_val(v));
    }
    Ok(Value::array(out))
}

fn array_flip(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_flip", 1, &["array"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let mut out = PhpArray::new();
    for (k, v) in a.iter() {
        match v.deref() {
            Value::Int(i) => out.set(Key::Int(i), k.to_value()),
            Value::Str(s) => out.set(Key::from_bytes(s.as_bytes()), k.to_value()),
            _ => vm.report(
                E_WARNING,
                "array_flip(): Can only flip string and integer values, entry skipped",
            ),
        }
    }
    Ok(Value::array(out))
}

fn array_fill(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_fill", 3, &["start_index", "count", "value"]);
    SIG.arity(vm, args)?;
    let start = SIG.int(vm, args, 0)?;
    let n = SIG.int(vm, args, 1)?;
    if n < 0 {
        return Err(SIG.value_error(vm, 1, "must be greater than or equal to 0"));
    }
    if n > i32::MAX as i64 {
        return Err(SIG.value_error(vm, 1, "is too large"));
    }
    check_alloc(vm, n as u64)?;
    let mut out = PhpArray::new();
    if n > 0 {
        out.set(Key::Int(start), args[2].clone());
        for _ in 1..n {
            append(vm, &mut out, args[2].clone())?;
        }
    }
    Ok(Value::array(out))
}

fn array_fill_keys(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_fill_keys", 2, &["keys", "value"]);
    SIG.arity(vm, args)?;
    let keys = SIG.array(vm, args, 0)?;
    let mut out = PhpArray::new();
    for k in keys.values() {
        let key = key_via_string(vm, k)?;
        out.set(key, args[1].clone());
    }
    Ok(Value::array(out))
}

fn array_pad(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_pad", 3, &["array", "length", "value"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let length = SIG.int(vm, args, 1)?;
    let size = a.len() as i64;
    // As in php, |PHP_INT_MIN| stays negative: the array comes back as is.
    let wanted = length.wrapping_abs();
    if wanted <= size {
        return Ok(Value::Array(a));
    }
    if wanted - size > 1_048_576 {
        return Err(SIG.value_error(vm, 1, "must be less than or equal to 1048576"));
    }
    let pads = (wanted - size) as usize;
    let mut out = PhpArray::new();
    if length < 0 {
        for _ in 0..pads {
            append(vm, &mut out, args[2].clone())?;
        }
    }
    for (k, v) in a.iter() {
        add_renumbered(vm, &mut out, k, copy_val(v))?;
    }
    if length > 0 {
        for _ in 0..pads {
            append(vm, &mut out, args[2].clone())?;
        }
    }
    Ok(Value::array(out))
}

fn array_count_values(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_count_values", 1, &["array"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let mut out = PhpArray::new();
    for v in a.values() {
        let key = match v.deref() {
            Value::Int(i) => Key::Int(i),
            Value::Str(s) => Key::from_bytes(s.as_bytes()),
            _ => {
                vm.report(
                    E_WARNING,
                    "array_count_values(): Can only count string and integer values, entry skipped",
                );
                continue;
            }
        };
        let slot = out.entry(key);
        *slot = Value::Int(match slot {
            Value::Int(n) => *n + 1,
            _ => 1,
        });
    }
    Ok(Value::array(out))
}

fn array_column(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_column", 2, &["array", "column_key", "index_key"]);
    SIG.arity(vm, args)?;
    let rows = SIG.array(vm, args, 0)?;
    let column = key_or_null(&SIG, vm, args, 1)?;
    let index = key_or_null(&SIG, vm, args, 2)?;
    let mut out = PhpArray::new();
    for row in rows.values() {
        let row = row.deref();
        // Objects give their properties visible from the calling scope;
        // other rows have no fields (but are taken whole by a null column).
        let fields = match &row {
            Value::Array(a) => a.clone(),
            Value::Object(o) => Rc::new(crate::class::visible_props(vm, o)),
            _ => Rc::new(PhpArray::new()),
        };
        let value = match &column {
            None => row.clone(),
            Some(k) => match fields.get(k) {
                Some(v) => v.deref(),
                None => continue,
            },
        };
        match index.as_ref().and_then(|k| fields.get(k)) {
            Some(kv) => {
                let key = offset_key(vm, kv)?;
                out.set(key, value);
            }
            None => append(vm, &mut out, value)?,
        }
    }
    Ok(Value::array(out))
}

/// An optional `?int` parameter: None when absent or null.
fn nullable_int(sig: &Sig, vm: &mut Vm, args: &[Value], i: usize) -> R<Option<i64>> {
    match args.get(i) {
        None | Some(Value::Null) | Some(Value::Undef) => Ok(None),
        Some(Value::Int(_) | Value::Float(_) | Value::Bool(_)) => sig.int(vm, args, i).map(Some),
        Some(Value::Str(s)) if matches!(parse_numeric(s.as_bytes()), NumericKind::Whole(_)) => {
            sig.int(vm, args, i).map(Some)
        }
        Some(v) => Err(sig.type_error(vm, i, "?int", v)),
    }
}

/// An `int|string|null` parameter used as an array key.
fn key_or_null(sig: &Sig, vm: &mut Vm, args: &[Value], i: usize) -> R<Option<Key>> {
    match args.get(i) {
        None | Some(Value::Null) | Some(Value::Undef) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(Key::from_bytes(s.as_bytes()))),
        Some(Value::Int(_) | Value::Float(_) | Value::Bool(_)) => {
            Ok(Some(Key::Int(sig.int(vm, args, i)?)))
        }
        Some(v) => Err(sig.type_error(vm, i, "string|int|null", v)),
    }
}

// ---------------------------------------------------------------------------
// Searching

/// `==` or `===` between a needle and an element.
fn matches(vm: &mut Vm, needle: &Value, v: &Value, strict: bool) -> R<bool> {
    let (needle, v) = (needle.deref(), v.deref());
    if strict {
        Ok(identical(&needle, &v))
    } else {
        Ok(vm.compare(&needle, &v)? == 0)
    }
}

/// `in_array` and `array_search`: the key of the first match.
fn search(vm: &mut Vm, args: &[Value], sig: &Sig) -> R<Option<Key>> {
    sig.arity(vm, args)?;
    let a = sig.array(vm, args, 1)?;
    let strict = sig.opt(vm, args, 2, Sig::bool)?.unwrap_or(false);
    for (k, v) in a.iter() {
        if matches(vm, &args[0], v, strict)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn key_exists(vm: &mut Vm, args: &[Value], name: &'static str) -> R<Value> {
    let sig = Sig {
        name,
        params: &["key", "array"],
        required: 2,
    };
    sig.arity(vm, args)?;
    let a = sig.array(vm, args, 1)?;
    let key = match &args[0] {
        Value::Array(_) | Value::Object(_) => {
            return Err(vm.throw_error("TypeError", "Illegal offset type"))
        }
        k => offset_key(vm, k)?,
    };
    Ok(Value::Bool(a.get(&key).is_some()))
}

// ---------------------------------------------------------------------------
// The internal pointer

/// `current`/`pos` (the value under the pointer, or false) and `key`
/// (its key, or null).
fn pointer_read(vm: &mut Vm, args: &[Value], name: &'static str, key: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["array"],
        required: 1,
    };
    sig.arity(vm, args)?;
    let a = sig.array(vm, args, 0)?;
    Ok(match (a.pointer_entry(), key) {
        (Some((k, _)), true) => k.to_value(),
        (Some((_, v)), false) => v.deref(),
        (None, true) => Value::Null,
        (None, false) => Value::Bool(false),
    })
}

/// `reset`, `end`, `next`, `prev`: move the pointer of the array behind
/// the reference, and give the value now under it (or false).
fn pointer_move(
    vm: &mut Vm,
    args: &[Value],
    name: &'static str,
    step: fn(&mut PhpArray),
) -> R<Value> {
    let sig = Sig {
        name,
        params: &["array"],
        required: 1,
    };
    sig.arity(vm, args)?;
    let mut r = ref_array(&sig, vm, args, 0, true)?;
    step(&mut r.array);
    Ok(r.array
        .pointer_entry()
        .map_or(Value::Bool(false), |(_, v)| v.deref()))
}

// ---------------------------------------------------------------------------
// Slicing and the by-reference stack functions

/// php's clamping of an (offset, length) pair against a length `n`:
/// negative offsets count from the end, a negative length stops that many
/// elements before the end. Returns the start position and the count.
fn clamp_span(n: usize, offset: i64, length: Option<i64>) -> (usize, usize) {
    let n = n as i64;
    let start = if offset < 0 {
        (n + offset).max(0)
    } else {
        offset.min(n)
    };
    let len = match length {
        None => n - start,
        Some(l) if l < 0 => (n - start + l).max(0),
        Some(l) => l.min(n - start),
    };
    (start as usize, len.max(0) as usize)
}

fn array_slice(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new(
        "array_slice",
        2,
        &["array", "offset", "length", "preserve_keys"],
    );
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let offset = SIG.int(vm, args, 1)?;
    let length = nullable_int(&SIG, vm, args, 2)?;
    let preserve = SIG.opt(vm, args, 3, Sig::bool)?.unwrap_or(false);
    let (start, len) = clamp_span(a.len(), offset, length);
    let mut out = PhpArray::new();
    for (k, v) in a.iter().skip(start).take(len) {
        if preserve {
            out.set(k, copy_val(v));
        } else {
            add_renumbered(vm, &mut out, k, copy_val(v))?;
        }
    }
    Ok(Value::array(out))
}

fn array_splice(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new(
        "array_splice",
        2,
        &["array", "offset", "length", "replacement"],
    );
    SIG.arity(vm, args)?;
    let mut r = ref_array(&SIG, vm, args, 0, true)?;
    let offset = SIG.int(vm, args, 1)?;
    let length = nullable_int(&SIG, vm, args, 2)?;
    // A replacement that is not an array is cast to one.
    let replacement: Vec<Value> = match args.get(3).map(Value::deref) {
        None | Some(Value::Null) | Some(Value::Undef) => Vec::new(),
        Some(Value::Array(r)) => r.values().map(copy_val).collect(),
        Some(Value::Object(o)) => o.props.borrow().values().map(copy_val).collect(),
        Some(v) => vec![v],
    };
    let a = std::mem::take(&mut r.array);
    let (start, len) = clamp_span(a.len(), offset, length);
    let mut kept = PhpArray::new();
    let mut removed = PhpArray::new();
    for (i, (k, v)) in a.iter().enumerate() {
        if i == start {
            for r in &replacement {
                append(vm, &mut kept, r.clone())?;
            }
        }
        let target = if i >= start && i < start + len {
            &mut removed
        } else {
            &mut kept
        };
        add_renumbered(vm, target, k, v.clone())?;
    }
    if start >= a.len() {
        for r in replacement {
            append(vm, &mut kept, r)?;
        }
    }
    r.array = kept;
    Ok(Value::array(removed))
}

fn array_push(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_push", 1, &["array", "...values"]);
    SIG.arity(vm, args)?;
    let mut r = ref_array(&SIG, vm, args, 0, true)?;
    for v in &args[1..] {
        append(vm, &mut r.array, v.clone())?;
    }
    Ok(Value::Int(r.array.len() as i64))
}

fn array_pop(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_pop", 1, &["array"]);
    SIG.arity(vm, args)?;
    let mut r = ref_array(&SIG, vm, args, 0, true)?;
    let last = r.array.pop().map(|(_, v)| v.unref());
    r.array.pointer_reset();
    Ok(last.unwrap_or(Value::Null))
}

fn array_shift(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_shift", 1, &["array"]);
    SIG.arity(vm, args)?;
    let mut r = ref_array(&SIG, vm, args, 0, true)?;
    if r.array.is_empty() {
        return Ok(Value::Null);
    }
    let a = std::mem::take(&mut r.array);
    let mut rest = PhpArray::new();
    let mut first = None;
    for (k, v) in a.iter() {
        if first.is_none() {
            first = Some(v.deref());
            continue;
        }
        add_renumbered(vm, &mut rest, k, v.clone())?;
    }
    r.array = rest;
    Ok(first.unwrap_or(Value::Null))
}

fn array_unshift(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_unshift", 1, &["array", "...values"]);
    SIG.arity(vm, args)?;
    let mut r = ref_array(&SIG, vm, args, 0, true)?;
    let mut out = PhpArray::from_list(args[1..].to_vec());
    for (k, v) in r.array.iter() {
        add_renumbered(vm, &mut out, k, v.clone())?;
    }
    r.array = out;
    Ok(Value::Int(r.array.len() as i64))
}

fn array_replace(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_replace", 1, &["array", "...replacements"]);
    SIG.arity(vm, args)?;
    let arrays = array_args(&SIG, vm, args, 0)?;
    let mut out = Rc::unwrap_or_clone(arrays[0].clone());
    for a in &arrays[1..] {
        for (k, v) in a.iter() {
            out.set(k, copy_val(v));
        }
    }
    Ok(Value::array(out))
}

fn array_change_key_case(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_change_key_case", 1, &["array", "case"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let upper = SIG.opt(vm, args, 1, Sig::int)?.unwrap_or(0) != 0;
    let mut out = PhpArray::new();
    for (k, v) in a.iter() {
        let k = match k {
            Key::Str(s) if upper => Key::Str(s.as_bytes().to_ascii_uppercase().into()),
            Key::Str(s) => Key::Str(s.as_bytes().to_ascii_lowercase().into()),
            k => k,
        };
        out.set(k, copy_val(v));
    }
    Ok(Value::array(out))
}

fn array_reverse(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_reverse", 1, &["array", "preserve_keys"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let preserve = SIG.opt(vm, args, 1, Sig::bool)?.unwrap_or(false);
    let mut out = PhpArray::new();
    for (k, v) in entries(&a).into_iter().rev() {
        if preserve {
            out.set(k, copy_val(&v));
        } else {
            add_renumbered(vm, &mut out, k, copy_val(&v))?;
        }
    }
    Ok(Value::array(out))
}

fn array_chunk(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_chunk", 2, &["array", "length", "preserve_keys"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let size = SIG.int(vm, args, 1)?;
    let preserve = SIG.opt(vm, args, 2, Sig::bool)?.unwrap_or(false);
    if size < 1 {
        return Err(SIG.value_error(vm, 1, "must be greater than 0"));
    }
    let mut chunks = Vec::new();
    let mut chunk = PhpArray::new();
    for (k, v) in a.iter() {
        if preserve {
            chunk.set(k, copy_val(v));
        } else {
            chunk.push(copy_val(v));
        }
        if chunk.len() as i64 == size {
            chunks.push(Value::array(std::mem::take(&mut chunk)));
        }
    }
    if !chunk.is_empty() {
        chunks.push(Value::array(chunk));
    }
    Ok(Value::array(PhpArray::from_list(chunks)))
}

// ---------------------------------------------------------------------------
// Callbacks: array_map, array_filter, array_reduce

fn array_map(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_map", 2, &["callback", "array", "...arrays"]);
    SIG.arity(vm, args)?;
    let cb = callable_arg(&SIG, vm, args, 0, true)?;
    let arrays = array_args(&SIG, vm, args, 1)?;
    if let [a] = arrays.as_slice() {
        // One array: keys are kept.
        let Some(cb) = cb else {
            return Ok(Value::Array(a.clone()));
        };
        let mut out = PhpArray::new();
        for (k, v) in a.iter() {
            let r = call(vm, &SIG, 0, &cb, vec![v.clone()])?;
            out.set(k, r);
        }
        return Ok(Value::array(out));
    }
    // Several arrays: walked side by side, the shorter ones padded with
    // nulls; the result is a list.
    let columns: Vec<Vec<Value>> = arrays
        .iter()
        .map(|a| a.values().cloned().collect())
        .collect();
    let longest = columns.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::with_capacity(longest);
    for i in 0..longest {
        let row: Vec<Value> = columns
            .iter()
            .map(|c| c.get(i).map(Value::deref).unwrap_or(Value::Null))
            .collect();
        out.push(match &cb {
            None => Value::array(PhpArray::from_list(row)),
            Some(cb) => call(vm, &SIG, 0, cb, row)?,
        });
    }
    Ok(Value::array(PhpArray::from_list(out)))
}

fn array_filter(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_filter", 1, &["array", "callback", "mode"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let cb = callable_arg(&SIG, vm, args, 1, true)?;
    let mode = SIG.opt(vm, args, 2, Sig::int)?.unwrap_or(0);
    let mut out = PhpArray::new();
    for (k, v) in a.iter() {
        let keep = match &cb {
            None => v.to_bool(),
            Some(cb) => {
                let cb_args = match mode {
                    ARRAY_FILTER_USE_KEY => vec![k.to_value()],
                    ARRAY_FILTER_USE_BOTH => vec![v.clone(), k.to_value()],
                    _ => vec![v.clone()],
                };
                call(vm, &SIG, 1, cb, cb_args)?.to_bool()
            }
        };
        if keep {
            out.set(k, copy_val(v));
        }
    }
    Ok(Value::array(out))
}

fn array_reduce(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_reduce", 2, &["array", "callback", "initial"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let cb = callable_arg(&SIG, vm, args, 1, false)?.unwrap_or(Value::Null);
    let mut acc = args.get(2).cloned().unwrap_or(Value::Null);
    for v in a.values() {
        acc = call(vm, &SIG, 1, &cb, vec![acc, v.clone()])?;
    }
    Ok(acc)
}

/// `array_sum` and `array_product` (php 8.2: arrays and objects are
/// skipped, other values count as the number they read as, silently).
fn fold_numbers(vm: &mut Vm, args: &[Value], sig: &Sig, op: BinOp, unit: i64) -> R<Value> {
    sig.arity(vm, args)?;
    let a = sig.array(vm, args, 0)?;
    let mut acc = Value::Int(unit);
    for v in a.values() {
        let n = match v.deref() {
            Value::Array(_) | Value::Object(_) => continue,
            v => match v.to_number_lossy() {
                Numeric::Int(i) => Value::Int(i),
                Numeric::Float(f) => Value::Float(f),
            },
        };
        acc = binary_op(vm, op, &acc, &n)?;
    }
    Ok(acc)
}

// ---------------------------------------------------------------------------
// array_unique and the set operations

fn array_unique(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_unique", 1, &["array", "flags"]);
    SIG.arity(vm, args)?;
    let a = SIG.array(vm, args, 0)?;
    let flags = SIG.opt(vm, args, 1, Sig::int)?.unwrap_or(SORT_STRING);
    if a.len() <= 1 {
        return Ok(Value::Array(a));
    }
    let items = entries(&a);
    let mut dropped = vec![false; items.len()];
    if flags == SORT_STRING {
        // The first of each string form stays.
        let mut seen = rustc_hash::FxHashSet::default();
        for (i, (_, v)) in items.iter().enumerate() {
            let s = vm.to_php_string(&v.deref())?;
            if !seen.insert(s) {
                dropped[i] = true;
            }
        }
    } else {
        // php sorts (stably) and, in each run of equal neighbours, keeps
        // the element that came first in the array.
        let (order, failed) = sort_indices(
            vm,
            &items,
            |vm, x, y| compare_by(vm, flags, &x.1, &y.1),
            false,
        );
        if failed {
            return Err(Unwind);
        }
        let mut kept = order[0];
        for &i in &order[1..] {
            if compare_by(vm, flags, &items[kept].1, &items[i].1)? != 0 {
                kept = i;
            } else if kept > i {
                dropped[kept] = true;
                kept = i;
            } else {
                dropped[i] = true;
            }
        }
    }
    let mut out = PhpArray::new();
    for ((k, v), gone) in items.into_iter().zip(dropped) {
        if !gone {
            out.set(k, copy_val(&v));
        }
    }
    Ok(Value::array(out))
}

#[derive(Clone, Copy, PartialEq)]
enum SetOp {
    DiffValues,
    IntersectValues,
    DiffKeys,
    IntersectKeys,
    /// Same key and same string form of the value.
    DiffAssoc,
    IntersectAssoc,
}

/// `array_diff`, `array_intersect` (values compared by their string form),
/// `array_diff_key`, `array_intersect_key` and `array_diff_assoc`,
/// `array_intersect_assoc` (both): the entries of the first array, keys
/// kept, found in none / all of the others.
fn set_operation(vm: &mut Vm, args: &[Value], sig: &Sig, op: SetOp) -> R<Value> {
    sig.arity(vm, args)?;
    let arrays = array_args(sig, vm, args, 0)?;
    let (first, others) = arrays.split_first().expect("arity checked");
    if others.is_empty() {
        return Ok(Value::Array(first.clone()));
    }
    let by_value = matches!(op, SetOp::DiffValues | SetOp::IntersectValues);
    // For values: the string forms in each other array.
    let mut sets = Vec::new();
    if by_value {
        for o in others {
            let mut set = rustc_hash::FxHashSet::default();
            for v in o.values() {
                set.insert(vm.to_php_string(&v.deref())?);
            }
            sets.push(set);
        }
    }
    let mut out = PhpArray::new();
    for (k, v) in first.iter() {
        let keep = if by_value {
            let s = vm.to_php_string(&v.deref())?;
            match op {
                SetOp::DiffValues => !sets.iter().any(|set| set.contains(&s)),
                _ => sets.iter().all(|set| set.contains(&s)),
            }
        } else if matches!(op, SetOp::DiffKeys | SetOp::IntersectKeys) {
            match op {
                SetOp::DiffKeys => !others.iter().any(|o| o.get(&k).is_some()),
                _ => others.iter().all(|o| o.get(&k).is_some()),
            }
        } else {
            let s = vm.to_php_string(&v.deref())?;
            let mut found = 0;
            for o in others {
                if let Some(w) = o.get(&k) {
                    if vm.to_php_string(&w.deref())? == s {
                        found += 1;
                    }
                }
            }
            match op {
                SetOp::DiffAssoc => found == 0,
                _ => found == others.len(),
            }
        };
        if keep {
            out.set(k, copy_val(v));
        }
    }
    Ok(Value::array(out))
}

// ---------------------------------------------------------------------------
// Sorting

/// Sorts the way php 8 does (zend_sort: insertion sort up to 16 elements,
/// else a quicksort with median-of-3/5 pivots), made stable by breaking
/// ties with the original position. Following php's steps matters beyond
/// speed: loose comparison is not transitive, and a user comparator may be
/// inconsistent or print, so another algorithm would give other results.
///
/// Returns the indices of `items` in sorted order, and whether a comparison
/// failed (an exception is pending): php then finishes the sort with the
/// positions alone and stores the result anyway.
fn php_sort<T>(
    vm: &mut Vm,
    items: &[T],
    cmp: impl FnMut(&mut Vm, &T, &T) -> R<i32>,
) -> (Vec<usize>, bool) {
    sort_indices(vm, items, cmp, true)
}

/// [`php_sort`], optionally without the tie break (`array_unique` sorts
/// with php's unstable comparison).
fn sort_indices<T>(
    vm: &mut Vm,
    items: &[T],
    mut cmp: impl FnMut(&mut Vm, &T, &T) -> R<i32>,
    stable: bool,
) -> (Vec<usize>, bool) {
    let mut failed = false;
    let mut order: Vec<usize> = (0..items.len()).collect();
    let mut compare = |x: usize, y: usize| -> i32 {
        if !failed {
            match cmp(vm, &items[x], &items[y]) {
                Ok(0) => {}
                Ok(r) => return r,
                Err(Unwind) => failed = true,
            }
        }
        if stable {
            x.cmp(&y) as i32
        } else {
            0
        }
    };
    zend_sort(&mut order, &mut compare);
    (order, failed)
}

/// The hybrid sort over a slice of item indices; `cmp` compares items.
fn zend_sort(v: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> i32) {
    let (mut start, mut end) = (0, v.len());
    loop {
        let n = end - start;
        if n <= 16 {
            insertion_sort(&mut v[start..end], cmp);
            return;
        }
        let mid = start + n / 2;
        if n >= 1024 {
            let delta = n / 4;
            sort5(v, [start, start + delta, mid, mid + delta, end - 1], cmp);
        } else {
            sort3(v, start, mid, end - 1, cmp);
        }
        // The pivot goes second; partition the rest around it.
        v.swap(start + 1, mid);
        let pivot = start + 1;
        let (mut i, mut j) = (pivot + 1, end - 1);
        'partition: loop {
            while cmp(v[pivot], v[i]) > 0 {
                i += 1;
                if i == j {
                    break 'partition;
                }
            }
            j -= 1;
            if j == i {
                break 'partition;
            }
            while cmp(v[j], v[pivot]) > 0 {
                j -= 1;
                if j == i {
                    break 'partition;
                }
            }
            v.swap(i, j);
            i += 1;
            if i == j {
                break 'partition;
            }
        }
        v.swap(pivot, i - 1);
        // Recurse into the smaller side, loop on the larger.
        if (i - 1) - start < end - i {
            zend_sort(&mut v[start..i - 1], cmp);
            start = i;
        } else {
            zend_sort(&mut v[i..end], cmp);
            end = i - 1;
        }
    }
}

fn sort2(v: &mut [usize], a: usize, b: usize, cmp: &mut dyn FnMut(usize, usize) -> i32) {
    if cmp(v[a], v[b]) > 0 {
        v.swap(a, b);
    }
}

fn sort3(v: &mut [usize], a: usize, b: usize, c: usize, cmp: &mut dyn FnMut(usize, usize) -> i32) {
    if cmp(v[a], v[b]) <= 0 {
        if cmp(v[b], v[c]) > 0 {
            v.swap(b, c);
            sort2(v, a, b, cmp);
        }
    } else if cmp(v[c], v[b]) <= 0 {
        v.swap(a, c);
    } else {
        v.swap(a, b);
        sort2(v, b, c, cmp);
    }
}

/// Sorts positions `p[0] < p[1] < ...` (4 or 5 of them): the first three,
/// then each further one sinks into place.
fn sort5(v: &mut [usize], p: [usize; 5], cmp: &mut dyn FnMut(usize, usize) -> i32) {
    sort_small(v, &p, cmp);
}

fn sort_small(v: &mut [usize], p: &[usize], cmp: &mut dyn FnMut(usize, usize) -> i32) {
    sort3(v, p[0], p[1], p[2], cmp);
    for last in 3..p.len() {
        let mut k = last;
        while k > 0 && cmp(v[p[k - 1]], v[p[k]]) > 0 {
            v.swap(p[k - 1], p[k]);
            k -= 1;
        }
    }
}

fn insertion_sort(v: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> i32) {
    let n = v.len();
    match n {
        0 | 1 => return,
        2 => return sort2(v, 0, 1, cmp),
        3 => return sort3(v, 0, 1, 2, cmp),
        4 | 5 => {
            let p: Vec<usize> = (0..n).collect();
            return sort_small(v, &p, cmp);
        }
        _ => {}
    }
    // The first six: a linear scan back for each element's place.
    for i in 1..6 {
        let mut j = i - 1;
        if cmp(v[j], v[i]) <= 0 {
            continue;
        }
        while j != 0 {
            j -= 1;
            if cmp(v[j], v[i]) <= 0 {
                j += 1;
                break;
            }
        }
        v[j..=i].rotate_right(1);
    }
    // The rest: the scan back steps two at a time.
    for i in 6..n {
        let mut j = i - 1;
        if cmp(v[j], v[i]) <= 0 {
            continue;
        }
        loop {
            j -= 2;
            if cmp(v[j], v[i]) <= 0 {
                j += 1;
                if cmp(v[j], v[i]) <= 0 {
                    j += 1;
                }
                break;
            }
            if j == 0 {
                break;
            }
            if j == 1 {
                j -= 1;
                if cmp(v[i], v[j]) > 0 {
                    j += 1;
                }
                break;
            }
        }
        v[j..=i].rotate_right(1);
    }
}

/// Compares two values under a sort flag (`SORT_REGULAR` uses php 8's
/// loose comparison, `SORT_NUMERIC` compares as floats, `SORT_STRING` as
/// bytes, `| SORT_FLAG_CASE` ignoring ASCII case).
fn compare_by(vm: &mut Vm, flags: i64, a: &Value, b: &Value) -> R<i32> {
    let (a, b) = (a.deref(), b.deref());
    let case_insensitive = flags & SORT_FLAG_CASE != 0;
    match flags & !SORT_FLAG_CASE {
        SORT_NUMERIC => Ok(float_cmp(a.to_float(), b.to_float())),
        SORT_NATURAL => {
            let (x, y) = (vm.to_php_string(&a)?, vm.to_php_string(&b)?);
            Ok(natural_cmp(x.as_bytes(), y.as_bytes(), case_insensitive))
        }
        SORT_STRING | SORT_LOCALE_STRING => {
            let (x, y) = (vm.to_php_string(&a)?, vm.to_php_string(&b)?);
            let (x, y) = (x.as_bytes(), y.as_bytes());
            Ok(if case_insensitive {
                x.iter()
                    .map(u8::to_ascii_lowercase)
                    .cmp(y.iter().map(u8::to_ascii_lowercase)) as i32
            } else {
                x.cmp(y) as i32
            })
        }
        _ => vm.compare(&a, &b),
    }
}

/// Natural order (php's strnatcmp_ex): runs of digits compare as numbers
/// (a run starting with 0 compares digit by digit, as a fraction), leading
/// zeros of the strings and whitespace are skipped, and `fold_case`
/// compares letters in upper case.
pub(super) fn natural_cmp(a: &[u8], b: &[u8], fold_case: bool) -> i32 {
    if a.is_empty() || b.is_empty() {
        return a.len().cmp(&b.len()) as i32;
    }
    // Past the end reads as NUL, as in C.
    let at = |s: &[u8], i: usize| s.get(i).copied().unwrap_or(0);
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let (mut i, mut j) = (0, 0);
    while a[i] == b'0' && digit_at(a, i + 1) {
        i += 1;
    }
    while b[j] == b'0' && digit_at(b, j + 1) {
        j += 1;
    }
    loop {
        while is_space(at(a, i)) {
            i += 1;
        }
        while is_space(at(b, j)) {
            j += 1;
        }
        let (mut ca, mut cb) = (at(a, i), at(b, j));
        if ca.is_ascii_digit() && cb.is_ascii_digit() {
            let r = if ca == b'0' || cb == b'0' {
                digits_left(a, &mut i, b, &mut j)
            } else {
                digits_right(a, &mut i, b, &mut j)
            };
            if r != 0 {
                return r;
            }
            match (i >= a.len(), j >= b.len()) {
                (true, true) => return 0,
                (true, false) => return -1,
                (false, true) => return 1,
                _ => (ca, cb) = (a[i], b[j]),
            }
        }
        if fold_case {
            (ca, cb) = (ca.to_ascii_uppercase(), cb.to_ascii_uppercase());
        }
        if ca != cb {
            return if ca < cb { -1 } else { 1 };
        }
        i += 1;
        j += 1;
        match (i >= a.len(), j >= b.len()) {
            (true, true) => return 0,
            (true, false) => return -1,
            (false, true) => return 1,
            _ => {}
        }
    }
}

/// Whether position `i` of `s` holds a digit.
fn digit_at(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(u8::is_ascii_digit)
}

/// Digit runs compared as integers: the longer run wins, else the first
/// differing digit.
fn digits_right(a: &[u8], i: &mut usize, b: &[u8], j: &mut usize) -> i32 {
    let mut bias = 0;
    loop {
        match (digit_at(a, *i), digit_at(b, *j)) {
            (false, false) => return bias,
            (false, true) => return -1,
            (true, false) => return 1,
            (true, true) => {
                if bias == 0 {
                    bias = a[*i].cmp(&b[*j]) as i32;
                }
            }
        }
        *i += 1;
        *j += 1;
    }
}

/// Digit runs compared left-aligned (as fractions): the first differing
/// digit wins.
fn digits_left(a: &[u8], i: &mut usize, b: &[u8], j: &mut usize) -> i32 {
    loop {
        match (digit_at(a, *i), digit_at(b, *j)) {
            (false, false) => return 0,
            (false, true) => return -1,
            (true, false) => return 1,
            (true, true) if a[*i] != b[*j] => return a[*i].cmp(&b[*j]) as i32,
            _ => {}
        }
        *i += 1;
        *j += 1;
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    /// By value, the result renumbered (`sort`, `usort`).
    Values,
    /// By value, keys kept (`asort`, `uasort`).
    ValuesKeepKeys,
    /// By key (`ksort`, `uksort`).
    Keys,
}

/// Rebuilds an array from its entries in the sorted order.
fn rebuild(items: Vec<(Key, Value)>, order: &[usize], how: Order) -> PhpArray {
    let mut slots: Vec<Option<(Key, Value)>> = items.into_iter().map(Some).collect();
    let sorted = order.iter().filter_map(|&i| slots[i].take());
    match how {
        Order::Values => PhpArray::from_list(sorted.map(|(_, v)| v).collect()),
        _ => {
            let mut out = PhpArray::new();
            for (k, v) in sorted {
                out.set(k, v);
            }
            out
        }
    }
}

/// Stores a sorted array (also after a failed comparison, as php does)
/// and gives the sort functions' result.
fn finish_sort(
    mut r: RefArray,
    items: Vec<(Key, Value)>,
    order: &[usize],
    how: Order,
    failed: bool,
) -> R<Value> {
    r.array = rebuild(items, order, how);
    if failed {
        Err(Unwind)
    } else {
        Ok(Value::Bool(true))
    }
}

/// `sort`, `rsort`, `asort`, `arsort`, `ksort`, `krsort`.
fn sort_array(vm: &mut Vm, args: &[Value], sig: &Sig, how: Order, reverse: bool) -> R<Value> {
    sig.arity(vm, args)?;
    let r = ref_array(sig, vm, args, 0, true)?;
    let flags = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(SORT_REGULAR);
    let items = entries(&r.array);
    let (order, failed) = php_sort(vm, &items, |vm, x, y| {
        let (x, y) = if reverse { (y, x) } else { (x, y) };
        match how {
            Order::Keys => compare_by(vm, flags, &x.0.to_value(), &y.0.to_value()),
            _ => compare_by(vm, flags, &x.1, &y.1),
        }
    });
    finish_sort(r, items, &order, how, failed)
}

/// `natsort`, `natcasesort`: natural order, keys kept.
fn natural_sort(vm: &mut Vm, args: &[Value], sig: &Sig, flags: i64) -> R<Value> {
    sig.arity(vm, args)?;
    let r = ref_array(sig, vm, args, 0, true)?;
    let items = entries(&r.array);
    let (order, failed) = php_sort(vm, &items, |vm, x, y| compare_by(vm, flags, &x.1, &y.1));
    finish_sort(r, items, &order, Order::ValuesKeepKeys, failed)
}

/// `usort`, `uasort`, `uksort`.
fn user_sort(vm: &mut Vm, args: &[Value], sig: &Sig, how: Order) -> R<Value> {
    sig.arity(vm, args)?;
    let r = ref_array(sig, vm, args, 0, false)?;
    let cb = callable_arg(sig, vm, args, 1, false)?.unwrap_or(Value::Null);
    let items = entries(&r.array);
    let mut warned = false;
    let (order, failed) = php_sort(vm, &items, |vm, x, y| {
        let (x, y) = match how {
            Order::Keys => (x.0.to_value(), y.0.to_value()),
            _ => (x.1.clone(), y.1.clone()),
        };
        user_compare(vm, sig, &cb, x, y, &mut warned)
    });
    finish_sort(r, items, &order, how, failed)
}

/// One call of a user comparison function, read as php 8 does: the
/// result as an int; a bool is deprecated (once per sort) and `false`
/// asks again with the operands swapped, so `$a > $b` callbacks still sort.
fn user_compare(
    vm: &mut Vm,
    sig: &Sig,
    cb: &Value,
    a: Value,
    b: Value,
    warned: &mut bool,
) -> R<i32> {
    let r = call(vm, sig, 1, cb, vec![a.clone(), b.clone()])?;
    if let Value::Bool(res) = r {
        if !*warned {
            *warned = true;
            let msg = format!(
                "{}(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero",
                sig.name
            );
            vm.report(E_DEPRECATED, &msg);
        }
        if !res {
            let swapped = call(vm, sig, 1, cb, vec![b, a])?;
            return Ok(-(swapped.to_int().signum() as i32));
        }
    }
    Ok(r.to_int().signum() as i32)
}

/// `array_walk(&$array, $callback, $arg)`: calls the callback with each
/// element (by reference when its first parameter is, so it can change the
/// array) and key.
fn array_walk(vm: &mut Vm, args: &[Value]) -> R<Value> {
    const SIG: Sig = Sig::new("array_walk", 2, &["array", "callback", "arg"]);
    SIG.arity(vm, args)?;
    let Some(Value::Ref(cell)) = args.first().cloned() else {
        return Ok(Value::Bool(true));
    };
    let keys: Vec<Key> = match &*cell.borrow() {
        Value::Array(a) => a.iter().map(|(k, _)| k).collect(),
        other => {
            let other = other.clone();
            return Err(SIG.type_error(vm, 0, "array", &other));
        }
    };
    let callback = callable_arg(&SIG, vm, args, 1, false)?.unwrap_or(Value::Null);
    let by_ref = vm.callable_param_by_ref(&callback, 0);
    for key in keys {
        let element = {
            let mut outer = cell.borrow_mut();
            let Value::Array(a) = &mut *outer else { break };
            let a = Rc::make_mut(a);
            match a.get_mut(&key) {
                None => continue,
                Some(slot) if by_ref => Value::Ref(crate::handlers::make_ref(slot)),
                Some(slot) => slot.deref(),
            }
        };
        let mut call_args = vec![element, key.to_value()];
        if let Some(extra) = args.get(2) {
            call_args.push(extra.clone());
        }
        let result = vm.call_value(&callback, call_args, &SIG.arg_prefix(1));
        if by_ref {
            // The element is a plain value again unless the callback kept a reference.
            let mut outer = cell.borrow_mut();
            if let Value::Array(a) = &mut *outer {
                if let Some(slot) = Rc::make_mut(a).get_mut(&key) {
                    if let Value::Ref(r) = slot {
                        if Rc::strong_count(r) == 1 {
                            let v = std::mem::take(&mut *r.borrow_mut());
                            *slot = v;
                        }
                    }
                }
            }
        }
        result?;
    }
    Ok(Value::Bool(true))
}
