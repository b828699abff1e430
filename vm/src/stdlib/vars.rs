//! The functions that see the caller's variables by name (`compact`,
//! `extract`, `get_defined_vars`, through `scope.rs`), and those of
//! include: `get_included_files`, `set_include_path`, `get_include_path`.

use super::args::Sig;
use crate::ext::Extension;
use crate::handlers::make_ref;
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::value::Value;
use crate::scope::VarLoc;
use crate::vm::{Unwind, Vm, E_WARNING};

const COMPACT: Sig = Sig::new("compact", 1, &["var_name", "...var_names"]);
const EXTRACT: Sig = Sig::new("extract", 1, &["array", "flags", "prefix"]);
const GET_DEFINED_VARS: Sig = Sig::new("get_defined_vars", 0, &[]);
const SET_INCLUDE_PATH: Sig = Sig::new("set_include_path", 1, &["include_path"]);
const GET_INCLUDE_PATH: Sig = Sig::new("get_include_path", 0, &[]);
const GET_INCLUDED_FILES: Sig = Sig::new("get_included_files", 0, &[]);

const EXTR_OVERWRITE: i64 = 0;
const EXTR_SKIP: i64 = 1;
const EXTR_PREFIX_SAME: i64 = 2;
const EXTR_PREFIX_ALL: i64 = 3;
const EXTR_PREFIX_INVALID: i64 = 4;
const EXTR_PREFIX_IF_EXISTS: i64 = 5;
const EXTR_IF_EXISTS: i64 = 6;
const EXTR_REFS: i64 = 256;

pub(super) fn add(ext: Extension) -> Extension {
    ext.constant("EXTR_OVERWRITE", Value::Int(EXTR_OVERWRITE))
        .constant("EXTR_SKIP", Value::Int(EXTR_SKIP))
        .constant("EXTR_PREFIX_SAME", Value::Int(EXTR_PREFIX_SAME))
        .constant("EXTR_PREFIX_ALL", Value::Int(EXTR_PREFIX_ALL))
        .constant("EXTR_PREFIX_INVALID", Value::Int(EXTR_PREFIX_INVALID))
        .constant("EXTR_PREFIX_IF_EXISTS", Value::Int(EXTR_PREFIX_IF_EXISTS))
        .constant("EXTR_IF_EXISTS", Value::Int(EXTR_IF_EXISTS))
        .constant("EXTR_REFS", Value::Int(EXTR_REFS))
        .function("compact", |vm, args| {
            COMPACT.arity(vm, args)?;
            let scope = vm.current_scope();
            let mut out = PhpArray::new();
            for (i, a) in args.iter().enumerate() {
                compact_one(vm, scope, a, i, &mut out, 0);
            }
            Ok(Value::array(out))
        })
        .function_prefer_ref("extract", &[0], extract)
        .function("get_defined_vars", |vm, args| {
            GET_DEFINED_VARS.arity(vm, args)?;
            let scope = vm.current_scope();
            Ok(Value::array(vm.defined_vars(scope)))
        })
        .function("get_included_files", included_files)
        .function("get_required_files", included_files)
        .function("get_include_path", |vm, args| {
            GET_INCLUDE_PATH.arity(vm, args)?;
            Ok(Value::str(vm.ini_get("include_path").unwrap_or_default()))
        })
        .function("set_include_path", |vm, args| {
            SET_INCLUDE_PATH.arity(vm, args)?;
            let path = SET_INCLUDE_PATH.str(vm, args, 0)?;
            if path.as_bytes().is_empty() {
                // php refuses an empty include_path.
                return Ok(Value::Bool(false));
            }
            let old = vm.ini_get("include_path").unwrap_or_default().to_string();
            vm.ini_set("include_path", &path.to_lossy());
            Ok(Value::str(old))
        })
}

fn included_files(vm: &mut Vm, args: &[Value]) -> Result<Value, Unwind> {
    GET_INCLUDED_FILES.arity(vm, args)?;
    let files = vm.included_files.iter().map(|f| Value::str(&**f)).collect();
    Ok(Value::array(PhpArray::from_list(files)))
}

/// One argument of `compact`: a name, or an array of names (nested).
fn compact_one(
    vm: &mut Vm,
    scope: crate::scope::Scope,
    arg: &Value,
    pos: usize,
    out: &mut PhpArray,
    depth: usize,
) {
    match arg.deref() {
        Value::Str(name) => {
            let loc = vm.find_var(scope, name.as_bytes());
            let v = vm.var_at(loc, name.as_bytes()).deref();
            if v.is_undef() {
                let msg = format!("compact(): Undefined variable ${}", name.to_lossy());
                vm.report(E_WARNING, &msg);
            } else {
                out.set(Key::from_php_str(&name), v);
            }
        }
        Value::Array(a) if depth < 256 => {
            for v in a.values() {
                compact_one(vm, scope, v, pos, out, depth + 1);
            }
        }
        Value::Array(_) => vm.report(E_WARNING, "compact(): Recursion detected"),
        other => {
            let msg = format!(
                "compact(): Argument #{} must be string or array of strings, {} given",
                pos + 1,
                super::args::zpp_type_name(&other)
            );
            vm.report(E_WARNING, &msg);
        }
    }
}

/// php's php_valid_var_name: a letter, `_` or a byte from 0x7f, then those
/// or digits.
fn valid_var_name(name: &[u8]) -> bool {
    let start = |c: u8| c.is_ascii_alphabetic() || c == b'_' || c >= 0x7f;
    match name.split_first() {
        Some((&first, rest)) => {
            start(first) && rest.iter().all(|&c| start(c) || c.is_ascii_digit())
        }
        None => false,
    }
}

fn extract(vm: &mut Vm, args: &[Value]) -> Result<Value, Unwind> {
    EXTRACT.arity(vm, args)?;
    // A variable arrives as its reference cell (EXTR_REFS binds to its
    // elements), anything else as a value.
    let cell = match &args[0] {
        Value::Ref(r) => Some(r.clone()),
        _ => None,
    };
    let plain: Vec<Value> = args.iter().map(Value::deref).collect();
    let args = &plain[..];
    let array = EXTRACT.array(vm, args, 0)?;
    let flags = EXTRACT
        .opt(vm, args, 1, Sig::int)?
        .unwrap_or(EXTR_OVERWRITE);
    let prefix = EXTRACT.opt(vm, args, 2, Sig::str)?;
    let refs = flags & EXTR_REFS != 0;
    let mode = flags & !EXTR_REFS;
    if !(EXTR_OVERWRITE..=EXTR_IF_EXISTS).contains(&mode) {
        return Err(EXTRACT.value_error(vm, 1, "must be a valid extract type"));
    }
    let prefixed_mode = (EXTR_PREFIX_SAME..=EXTR_PREFIX_IF_EXISTS).contains(&mode);
    if prefixed_mode && prefix.is_none() {
        return Err(EXTRACT.value_error(vm, 2, "is required when using this extract type"));
    }
    let prefix = prefix.unwrap_or_default();
    if !prefix.as_bytes().is_empty() && !valid_var_name(prefix.as_bytes()) {
        return Err(EXTRACT.value_error(vm, 2, "must be a valid identifier"));
    }
    let with_prefix = |key: &[u8]| {
        let mut n = prefix.as_bytes().to_vec();
        n.push(b'_');
        n.extend_from_slice(key);
        n
    };
    let scope = vm.current_scope();
    let mut count = 0;
    for (k, v) in array.iter() {
        let (key, numeric) = match &k {
            Key::Str(s) => (s.as_bytes().to_vec(), false),
            Key::Int(i) => (i.to_string().into_bytes(), true),
        };
        let exists =
            |vm: &Vm, name: &[u8]| !vm.var_at(vm.find_var(scope, name), name).deref().is_undef();
        let name = match mode {
            _ if numeric && !matches!(mode, EXTR_PREFIX_ALL | EXTR_PREFIX_INVALID) => continue,
            EXTR_OVERWRITE => key,
            EXTR_SKIP if exists(vm, &key) => continue,
            EXTR_SKIP => key,
            EXTR_PREFIX_SAME if exists(vm, &key) => with_prefix(&key),
            EXTR_PREFIX_SAME => key,
            EXTR_PREFIX_ALL => with_prefix(&key),
            EXTR_PREFIX_INVALID if numeric || !valid_var_name(&key) => with_prefix(&key),
            EXTR_PREFIX_INVALID => key,
            EXTR_PREFIX_IF_EXISTS if exists(vm, &key) => with_prefix(&key),
            // php assigns a compiled variable of the scope that is not set
            // yet without the prefix (it is in the symbol table, undefined).
            EXTR_PREFIX_IF_EXISTS if matches!(vm.find_var(scope, &key), VarLoc::Slot(_)) => key,
            EXTR_IF_EXISTS if exists(vm, &key) => key,
            _ => continue,
        };
        if !valid_var_name(&name) {
            continue;
        }
        if name == b"this" {
            if mode == EXTR_OVERWRITE || mode == EXTR_IF_EXISTS {
                return Err(vm.throw_error("Error", "Cannot re-assign $this"));
            }
            continue;
        }
        let loc = vm.find_var(scope, &name);
        if refs {
            // The variable shares the element: the element becomes a
            // reference (in the caller's array when one was passed).
            let elem = match &cell {
                Some(cell) => {
                    let mut outer = cell.borrow_mut();
                    match &mut *outer {
                        Value::Array(a) => std::rc::Rc::make_mut(a).get_mut(&k).map(make_ref),
                        _ => None,
                    }
                }
                None => None,
            };
            let elem = elem.unwrap_or_else(|| std::rc::Rc::new(std::cell::RefCell::new(v.deref())));
            let old = std::mem::replace(vm.var_place(loc, &name), Value::Ref(elem));
            drop(old);
            count += 1;
            continue;
        }
        let place = vm.var_place(loc, &name);
        let value = v.deref();
        let old = match place {
            Value::Ref(r) => {
                let r = r.clone();
                let old = std::mem::replace(&mut *r.borrow_mut(), value);
                old
            }
            slot => std::mem::replace(slot, value),
        };
        drop(old);
        count += 1;
    }
    Ok(Value::Int(count))
}
