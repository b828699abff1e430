//! String functions with php 8.2's semantics and messages: building
//! (`str_repeat`, `str_pad`, `substr`, `str_split`, `chunk_split`, ...),
//! searching (`strpos` family, `strstr` family, `substr_count`, `strtok`,
//! ...), replacing (`str_replace`, `strtr`, `substr_replace`), splitting
//! and joining (`explode`, `implode`, `str_word_count`), case and trimming,
//! comparisons (`strcmp` family, natural order, `substr_compare`), text
//! (`wordwrap`, `nl2br`, slashes, `similar_text`, `levenshtein`,
//! `soundex`). The submodules hold HTML escaping, encodings (base64, URL,
//! C escapes), digests (`md5`, `sha1`, `crc32`), `metaphone`,
//! `strip_tags` and `str_getcsv`.
//!
//! php strings are bytes: every function here works on bytes, and case
//! mapping is ASCII only (php 8.2's is locale-insensitive). Results php
//! could not allocate under its 128M memory limit are its fatal error
//! here too (`check_size`). The base conversions (`dechex`, `bindec`,
//! ...) live in `math.rs`.

use super::args::Sig;
use crate::ext::Extension;
use crate::runtime::array::{Key, PhpArray};
use crate::runtime::string::{parse_numeric, NumericKind, PhpStr};
use crate::runtime::value::Value;
use crate::vm::{Unwind, Vm, E_DEPRECATED, E_WARNING};

mod csv;
mod digest;
mod encoding;
mod html;
mod phonetic;
mod tags;

type R<T> = Result<T, Unwind>;

const STR_PAD_LEFT: i64 = 0;
const STR_PAD_RIGHT: i64 = 1;
const STR_PAD_BOTH: i64 = 2;

pub(super) fn add(ext: Extension) -> Extension {
    let ext = ext
        .constant("STR_PAD_LEFT", Value::Int(STR_PAD_LEFT))
        .constant("STR_PAD_RIGHT", Value::Int(STR_PAD_RIGHT))
        .constant("STR_PAD_BOTH", Value::Int(STR_PAD_BOTH))
        .function("strlen", |vm, args| {
            let sig = Sig::new("strlen", 1, &["string"]);
            sig.arity(vm, args)?;
            Ok(Value::Int(sig.str(vm, args, 0)?.len() as i64))
        })
        .function("str_repeat", str_repeat)
        .function("str_pad", str_pad)
        .function("substr", substr)
        .function("str_shuffle", |vm, args| {
            let sig = Sig::new("str_shuffle", 1, &["string"]);
            sig.arity(vm, args)?;
            let mut s = sig.str(vm, args, 0)?;
            let b = s.make_mut();
            // php_string_shuffle: Fisher-Yates from the end, each index
            // drawn with php_mt_rand_range from the Mersenne Twister.
            let mt = vm.ext_data::<super::math::Mt>();
            for left in (1..b.len()).rev() {
                let j = super::math::uniform_below(left as u64, &mut || mt.next_u32()) as usize;
                b.swap(left, j);
            }
            Ok(Value::Str(s))
        })
        .function("strrev", |vm, args| {
            let sig = Sig::new("strrev", 1, &["string"]);
            sig.arity(vm, args)?;
            let mut s = sig.str(vm, args, 0)?.as_bytes().to_vec();
            s.reverse();
            Ok(Value::str(s))
        })
        .function("str_split", str_split)
        .function("chunk_split", chunk_split)
        .function("ord", |vm, args| {
            let sig = Sig::new("ord", 1, &["character"]);
            sig.arity(vm, args)?;
            let s = sig.str(vm, args, 0)?;
            Ok(Value::Int(s.as_bytes().first().copied().unwrap_or(0) as i64))
        })
        .function("chr", |vm, args| {
            let sig = Sig::new("chr", 1, &["codepoint"]);
            sig.arity(vm, args)?;
            let c = sig.int(vm, args, 0)?;
            Ok(Value::str(vec![(c & 0xff) as u8]))
        })
        .function("bin2hex", |vm, args| {
            let sig = Sig::new("bin2hex", 1, &["string"]);
            sig.arity(vm, args)?;
            let s = sig.str(vm, args, 0)?;
            Ok(Value::str(to_hex(s.as_bytes())))
        })
        .function("hex2bin", hex2bin);
    let ext = add_search(ext);
    let ext = add_replace(ext);
    let ext = add_split_join(ext);
    let ext = add_case_trim(ext);
    let ext = add_compare(ext);
    let ext = add_text(ext);
    let ext = html::add(ext);
    let ext = encoding::add(ext);
    let ext = phonetic::add(ext);
    let ext = tags::add(ext);
    let ext = csv::add(ext);
    digest::add(ext)
}

// ---- Helpers ----------------------------------------------------------------------

fn list(values: Vec<Value>) -> Value {
    Value::array(PhpArray::from_list(values))
}

/// Lowercase hexadecimal digits of some bytes.
fn to_hex(bytes: &[u8]) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

/// The first occurrence of `n` in `h` at or after `from` (an empty needle
/// is found at `from`).
fn find(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
    if n.is_empty() {
        return (from <= h.len()).then_some(from);
    }
    if h.len() < n.len() {
        return None;
    }
    let last = h.len() - n.len();
    let mut i = from;
    while i <= last {
        let p = h[i..=last].iter().position(|&b| b == n[0])?;
        i += p;
        if &h[i..i + n.len()] == n {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last occurrence of `n` starting at or after `start` and ending at
/// or before `end` (an empty needle is found at `end`).
fn rfind(h: &[u8], n: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < n.len() {
        return None;
    }
    let mut i = end - n.len();
    loop {
        if &h[i..i + n.len()] == n {
            return Some(i);
        }
        if i == start {
            return None;
        }
        i -= 1;
    }
}

/// php's `php_charmask`: the set of bytes a character list names, with
/// `a..z` ranges; a malformed range warns and its dots are taken literally.
fn char_mask(vm: &mut Vm, name: &str, list: &[u8]) -> [bool; 256] {
    let mut mask = [false; 256];
    let end = list.len();
    let mut i = 0;
    while i < end {
        let c = list[i];
        if i + 3 < end && list[i + 1] == b'.' && list[i + 2] == b'.' && list[i + 3] >= c {
            for b in c..=list[i + 3] {
                mask[b as usize] = true;
            }
            i += 4;
            continue;
        }
        if i + 1 < end && list[i] == b'.' && list[i + 1] == b'.' {
            let why = if i == 0 {
                ", no character to the left of '..'"
            } else if i + 2 >= end {
                ", no character to the right of '..'"
            } else if list[i - 1] > list[i + 2] {
                ", '..'-range needs to be incrementing"
            } else {
                ""
            };
            vm.report(E_WARNING, &format!("{name}(): Invalid '..'-range{why}"));
        } else {
            mask[c as usize] = true;
        }
        i += 1;
    }
    mask
}

/// An allocation of `size` bytes (a zend_string with its header) too big
/// for php's 128M memory limit is a fatal error there, instead of
/// exhausting the host's memory. A fresh php process has one 2M chunk in
/// use, so about 126M remain; None (the size overflowed) gives php's
/// overflow message, `overflow`.
fn check_size(vm: &mut Vm, size: Option<usize>, overflow: impl FnOnce() -> String) -> R<()> {
    const LIMIT: usize = 128 * 1024 * 1024;
    const IN_USE: usize = 2 * 1024 * 1024;
    let Some(size) = size else {
        return Err(vm.fatal(&overflow()));
    };
    // Huge blocks are whole pages.
    let bytes = size.saturating_add(4095) / 4096 * 4096;
    if bytes > LIMIT - IN_USE {
        let msg = format!(
            "Allowed memory size of {LIMIT} bytes exhausted (tried to allocate {bytes} bytes)"
        );
        return Err(vm.fatal(&msg));
    }
    Ok(())
}

/// Writes `v` into a by-reference argument (`&$count`), if one was passed.
fn set_ref(args: &[Value], i: usize, v: Value) {
    if let Some(Value::Ref(cell)) = args.get(i) {
        *cell.borrow_mut() = v;
    }
}

/// A TypeError about argument `i` with a text of its own.
fn arg_type_error(vm: &mut Vm, sig: &Sig, i: usize, what: &str) -> Unwind {
    let msg = format!("{} {what}", sig.arg_prefix(i));
    vm.throw_error("TypeError", &msg)
}

/// A `?string` parameter (None when absent or null).
fn opt_str(sig: &Sig, vm: &mut Vm, args: &[Value], i: usize) -> R<Option<PhpStr>> {
    match args.get(i) {
        None | Some(Value::Null) | Some(Value::Undef) => Ok(None),
        Some(Value::Object(o)) if o.class.find_method(b"__tostring").is_some() => {
            sig.str(vm, args, i).map(Some)
        }
        Some(v @ (Value::Array(_) | Value::Object(_))) => Err(sig.type_error(vm, i, "?string", v)),
        Some(_) => sig.str(vm, args, i).map(Some),
    }
}

/// A `?int` parameter (None when absent or null).
fn opt_int(sig: &Sig, vm: &mut Vm, args: &[Value], i: usize) -> R<Option<i64>> {
    match args.get(i) {
        None | Some(Value::Null) | Some(Value::Undef) => Ok(None),
        Some(Value::Int(_) | Value::Float(_) | Value::Bool(_)) => sig.int(vm, args, i).map(Some),
        Some(Value::Str(s)) if matches!(parse_numeric(s.as_bytes()), NumericKind::Whole(_)) => {
            sig.int(vm, args, i).map(Some)
        }
        Some(v) => Err(sig.type_error(vm, i, "?int", v)),
    }
}

// ---- Building strings -------------------------------------------------------------

fn str_repeat(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("str_repeat", 2, &["string", "times"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let n = sig.int(vm, args, 1)?;
    if n < 0 {
        return Err(sig.value_error(vm, 1, "must be greater than or equal to 0"));
    }
    if s.is_empty() || n == 0 {
        return Ok(Value::str(""));
    }
    let len = s.len();
    let size = len.checked_mul(n as usize).and_then(|b| b.checked_add(32));
    check_size(vm, size, || {
        format!("Possible integer overflow in memory allocation ({len} * {n} + 32)")
    })?;
    Ok(Value::str(s.as_bytes().repeat(n as usize)))
}

fn str_pad(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new(
        "str_pad",
        2,
        &["string", "length", "pad_string", "pad_type"],
    );
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let length = sig.int(vm, args, 1)?;
    let pad = sig
        .opt(vm, args, 2, Sig::str)?
        .unwrap_or_else(|| " ".into());
    let pad_type = sig.opt(vm, args, 3, Sig::int)?.unwrap_or(STR_PAD_RIGHT);
    if length < 0 || length as usize <= s.len() {
        return Ok(Value::Str(s));
    }
    if pad.is_empty() {
        return Err(sig.value_error(vm, 2, "must be a non-empty string"));
    }
    let (left, right) = match pad_type {
        STR_PAD_LEFT => (length as usize - s.len(), 0),
        STR_PAD_RIGHT => (0, length as usize - s.len()),
        STR_PAD_BOTH => {
            let n = length as usize - s.len();
            (n / 2, n - n / 2)
        }
        _ => {
            return Err(sig.value_error(
                vm,
                3,
                "must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH",
            ))
        }
    };
    // php allocates the input's length plus a string of the padding.
    let size = s.len() + (24 + (length as usize - s.len()) + 1).div_ceil(8) * 8;
    check_size(vm, Some(size), String::new)?;
    let fill = |n: usize| pad.as_bytes().iter().copied().cycle().take(n);
    let mut out = Vec::with_capacity(length as usize);
    out.extend(fill(left));
    out.extend_from_slice(s.as_bytes());
    out.extend(fill(right));
    Ok(Value::str(out))
}

/// php's substr bounds: the (start, len) of `substr($s, $offset, $length)`,
/// None when the offset is past the end.
fn substr_span(len: usize, offset: i64, length: Option<i64>) -> Option<(usize, usize)> {
    let start = if offset > len as i64 {
        return None;
    } else if offset < 0 {
        len.saturating_sub(offset.unsigned_abs() as usize)
    } else {
        offset as usize
    };
    let rest = len - start;
    let n = match length {
        None => rest,
        Some(l) if l < 0 => rest.saturating_sub(l.unsigned_abs() as usize),
        Some(l) => rest.min(l as usize),
    };
    Some((start, n))
}

fn substr(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("substr", 2, &["string", "offset", "length"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let offset = sig.int(vm, args, 1)?;
    let length = opt_int(&sig, vm, args, 2)?;
    Ok(match substr_span(s.len(), offset, length) {
        None => Value::str(""),
        Some((start, n)) => Value::str(&s.as_bytes()[start..start + n]),
    })
}

fn str_split(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("str_split", 1, &["string", "length"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let n = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(1);
    if n <= 0 {
        return Err(sig.value_error(vm, 1, "must be greater than 0"));
    }
    Ok(list(
        s.as_bytes()
            .chunks(n.min(isize::MAX as i64) as usize)
            .map(Value::str)
            .collect(),
    ))
}

fn chunk_split(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("chunk_split", 1, &["string", "length", "separator"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let n = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(76);
    let sep = sig
        .opt(vm, args, 2, Sig::str)?
        .unwrap_or_else(|| "\r\n".into());
    if n <= 0 {
        return Err(sig.value_error(vm, 1, "must be greater than 0"));
    }
    if n as u64 <= s.len() as u64 {
        // php's buffer: a separator per chunk plus one, the string, a NUL.
        let chunks = s.len() / n as usize;
        let size = (chunks + 1)
            .checked_mul(sep.len())
            .and_then(|b| b.checked_add(s.len() + 1 + 25))
            .map(|b| b.div_ceil(8) * 8);
        check_size(vm, size, String::new)?;
    }
    let mut out = Vec::new();
    if n as u64 > s.len() as u64 {
        out.extend_from_slice(s.as_bytes());
        out.extend_from_slice(sep.as_bytes());
        return Ok(Value::str(out));
    }
    for chunk in s.as_bytes().chunks(n as usize) {
        out.extend_from_slice(chunk);
        out.extend_from_slice(sep.as_bytes());
    }
    Ok(Value::str(out))
}

fn hex2bin(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("hex2bin", 1, &["string"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    if s.len() % 2 != 0 {
        vm.report(
            E_WARNING,
            "hex2bin(): Hexadecimal input string must have an even length",
        );
        return Ok(Value::Bool(false));
    }
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.as_bytes().chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => {
                vm.report(
                    E_WARNING,
                    "hex2bin(): Input string must be hexadecimal string",
                );
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::str(out))
}

// ---- Searching ------------------------------------------------------------------

fn add_search(ext: Extension) -> Extension {
    ext.function("strpos", |vm, args| strpos(vm, args, "strpos", false))
        .function("stripos", |vm, args| strpos(vm, args, "stripos", true))
        .function("strrpos", |vm, args| strrpos(vm, args, "strrpos", false))
        .function("strripos", |vm, args| strrpos(vm, args, "strripos", true))
        .function("strstr", |vm, args| strstr(vm, args, "strstr", false))
        .function("strchr", |vm, args| strstr(vm, args, "strchr", false))
        .function("stristr", |vm, args| strstr(vm, args, "stristr", true))
        .function("strrchr", |vm, args| {
            let sig = Sig::new("strrchr", 2, &["haystack", "needle"]);
            sig.arity(vm, args)?;
            let h = sig.str(vm, args, 0)?;
            let n = sig.str(vm, args, 1)?;
            // The needle's first byte; an empty needle stands for its NUL terminator.
            let c = n.as_bytes().first().copied().unwrap_or(0);
            Ok(match h.as_bytes().iter().rposition(|&b| b == c) {
                Some(p) => Value::str(&h.as_bytes()[p..]),
                None => Value::Bool(false),
            })
        })
        .function("str_contains", |vm, args| {
            let (h, n) = haystack_needle(vm, args, "str_contains")?;
            Ok(Value::Bool(find(h.as_bytes(), n.as_bytes(), 0).is_some()))
        })
        .function("str_starts_with", |vm, args| {
            let (h, n) = haystack_needle(vm, args, "str_starts_with")?;
            Ok(Value::Bool(h.as_bytes().starts_with(n.as_bytes())))
        })
        .function("str_ends_with", |vm, args| {
            let (h, n) = haystack_needle(vm, args, "str_ends_with")?;
            Ok(Value::Bool(h.as_bytes().ends_with(n.as_bytes())))
        })
        .function("substr_count", substr_count)
        .function("strpbrk", |vm, args| {
            let sig = Sig::new("strpbrk", 2, &["string", "characters"]);
            sig.arity(vm, args)?;
            let s = sig.str(vm, args, 0)?;
            let chars = sig.str(vm, args, 1)?;
            if chars.is_empty() {
                return Err(sig.value_error(vm, 1, "must be a non-empty string"));
            }
            Ok(
                match s
                    .as_bytes()
                    .iter()
                    .position(|b| chars.as_bytes().contains(b))
                {
                    Some(p) => Value::str(&s.as_bytes()[p..]),
                    None => Value::Bool(false),
                },
            )
        })
        .function("strtok", strtok)
        .function("count_chars", count_chars)
        .function("strspn", |vm, args| span(vm, args, "strspn", true))
        .function("strcspn", |vm, args| span(vm, args, "strcspn", false))
}

fn haystack_needle(vm: &mut Vm, args: &[Value], name: &'static str) -> R<(PhpStr, PhpStr)> {
    let sig = Sig {
        name,
        params: &["haystack", "needle"],
        required: 2,
    };
    sig.arity(vm, args)?;
    Ok((sig.str(vm, args, 0)?, sig.str(vm, args, 1)?))
}

fn strpos(vm: &mut Vm, args: &[Value], name: &'static str, fold: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["haystack", "needle", "offset"],
        required: 2,
    };
    sig.arity(vm, args)?;
    let h = sig.str(vm, args, 0)?;
    let n = sig.str(vm, args, 1)?;
    let mut offset = sig.opt(vm, args, 2, Sig::int)?.unwrap_or(0);
    if offset < 0 {
        offset += h.len() as i64;
    }
    if offset < 0 || offset > h.len() as i64 {
        return Err(sig.value_error(vm, 2, "must be contained in argument #1 ($haystack)"));
    }
    let found = if fold {
        let (h, n) = (
            h.as_bytes().to_ascii_lowercase(),
            n.as_bytes().to_ascii_lowercase(),
        );
        find(&h, &n, offset as usize)
    } else {
        find(h.as_bytes(), n.as_bytes(), offset as usize)
    };
    Ok(found.map_or(Value::Bool(false), |p| Value::Int(p as i64)))
}

fn strrpos(vm: &mut Vm, args: &[Value], name: &'static str, fold: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["haystack", "needle", "offset"],
        required: 2,
    };
    sig.arity(vm, args)?;
    let h = sig.str(vm, args, 0)?;
    let n = sig.str(vm, args, 1)?;
    let offset = sig.opt(vm, args, 2, Sig::int)?.unwrap_or(0);
    let len = h.len();
    let (start, end) = if offset >= 0 {
        if offset as u64 > len as u64 {
            return Err(sig.value_error(vm, 2, "must be contained in argument #1 ($haystack)"));
        }
        (offset as usize, len)
    } else {
        let back = offset.unsigned_abs();
        if offset == i64::MIN || back > len as u64 {
            return Err(sig.value_error(vm, 2, "must be contained in argument #1 ($haystack)"));
        }
        let back = back as usize;
        if back < n.len() {
            (0, len)
        } else {
            (0, len - back + n.len())
        }
    };
    let found = if fold {
        let (h, n) = (
            h.as_bytes().to_ascii_lowercase(),
            n.as_bytes().to_ascii_lowercase(),
        );
        rfind(&h, &n, start, end)
    } else {
        rfind(h.as_bytes(), n.as_bytes(), start, end)
    };
    Ok(found.map_or(Value::Bool(false), |p| Value::Int(p as i64)))
}

fn strstr(vm: &mut Vm, args: &[Value], name: &'static str, fold: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["haystack", "needle", "before_needle"],
        required: 2,
    };
    sig.arity(vm, args)?;
    let h = sig.str(vm, args, 0)?;
    let n = sig.str(vm, args, 1)?;
    let before = sig.opt(vm, args, 2, Sig::bool)?.unwrap_or(false);
    let found = if fold {
        let (lh, ln) = (
            h.as_bytes().to_ascii_lowercase(),
            n.as_bytes().to_ascii_lowercase(),
        );
        find(&lh, &ln, 0)
    } else {
        find(h.as_bytes(), n.as_bytes(), 0)
    };
    Ok(match found {
        Some(p) if before => Value::str(&h.as_bytes()[..p]),
        Some(p) => Value::str(&h.as_bytes()[p..]),
        None => Value::Bool(false),
    })
}

fn substr_count(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new(
        "substr_count",
        2,
        &["haystack", "needle", "offset", "length"],
    );
    sig.arity(vm, args)?;
    let h = sig.str(vm, args, 0)?;
    let n = sig.str(vm, args, 1)?;
    let mut offset = sig.opt(vm, args, 2, Sig::int)?.unwrap_or(0);
    let length = opt_int(&sig, vm, args, 3)?;
    if n.is_empty() {
        return Err(sig.value_error(vm, 1, "cannot be empty"));
    }
    let len = h.len() as i64;
    if offset < 0 {
        offset += len;
    }
    if offset < 0 || offset > len {
        return Err(sig.value_error(vm, 2, "must be contained in argument #1 ($haystack)"));
    }
    let end = match length {
        None => len,
        Some(mut l) => {
            if l < 0 {
                l += len - offset;
            }
            if l < 0 || l > len - offset {
                return Err(sig.value_error(vm, 3, "must be contained in argument #1 ($haystack)"));
            }
            offset + l
        }
    };
    let hay = &h.as_bytes()[..end as usize];
    let mut count = 0;
    let mut i = offset as usize;
    while let Some(p) = find(hay, n.as_bytes(), i) {
        count += 1;
        i = p + n.len();
    }
    Ok(Value::Int(count))
}

/// `strtok`'s state between calls: the string and where the next token
/// starts (None once the string is used up).
#[derive(Default)]
struct StrTok {
    string: Option<PhpStr>,
    pos: usize,
}

/// `strtok($string, $token)` starts tokenizing, `strtok($token)` goes on.
fn strtok(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("strtok", 1, &["string", "token"]);
    sig.arity(vm, args)?;
    let first = sig.str(vm, args, 0)?;
    let token = match opt_str(&sig, vm, args, 1)? {
        Some(t) => {
            *vm.ext_data::<StrTok>() = StrTok {
                string: Some(first),
                pos: 0,
            };
            t
        }
        None => first,
    };
    let state = vm.ext_data::<StrTok>();
    let Some(s) = state.string.clone() else {
        return Ok(Value::Bool(false));
    };
    let b = s.as_bytes();
    let mut p = state.pos;
    if p >= b.len() {
        return Ok(Value::Bool(false));
    }
    let delim = |c: u8| token.as_bytes().contains(&c);
    while delim(b[p]) {
        p += 1;
        if p >= b.len() {
            state.string = None;
            return Ok(Value::Bool(false));
        }
    }
    let start = p;
    p += 1;
    while p < b.len() && !delim(b[p]) {
        p += 1;
    }
    state.pos = p + 1;
    Ok(Value::str(&b[start..p]))
}

fn count_chars(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("count_chars", 1, &["string", "mode"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let mode = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(0);
    if !(0..=4).contains(&mode) {
        return Err(sig.value_error(vm, 1, "must be between 0 and 4 (inclusive)"));
    }
    let mut counts = [0i64; 256];
    for &b in s.as_bytes() {
        counts[b as usize] += 1;
    }
    let bytes = (0..=255u8).filter(|&b| match mode {
        1 | 3 => counts[b as usize] > 0,
        2 | 4 => counts[b as usize] == 0,
        _ => true,
    });
    Ok(if mode >= 3 {
        Value::str(bytes.collect::<Vec<_>>())
    } else {
        let mut out = PhpArray::new();
        for b in bytes {
            out.set(Key::Int(b as i64), Value::Int(counts[b as usize]));
        }
        Value::array(out)
    })
}

/// `strspn` (`accept`) and `strcspn`: the length of the initial segment of
/// `$string[$offset, $length]` made of (or free of) the given bytes.
fn span(vm: &mut Vm, args: &[Value], name: &'static str, accept: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["string", "characters", "offset", "length"],
        required: 2,
    };
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let chars = sig.str(vm, args, 1)?;
    let offset = sig.opt(vm, args, 2, Sig::int)?.unwrap_or(0);
    let length = opt_int(&sig, vm, args, 3)?;
    let len = s.len() as i64;
    // php clamps the range like substr, without errors.
    let mut start = offset;
    if start < 0 {
        start = (start + len).max(0);
    } else if start > len {
        return Ok(Value::Int(0));
    }
    let mut n = match length {
        None => len - start,
        Some(l) if l < 0 => (len - start + l).max(0),
        Some(l) => l.min(len - start),
    };
    if n < 0 {
        n = 0;
    }
    let part = &s.as_bytes()[start as usize..(start + n) as usize];
    let count = part
        .iter()
        .take_while(|b| chars.as_bytes().contains(b) == accept)
        .count();
    Ok(Value::Int(count as i64))
}

// ---- Replacing ------------------------------------------------------------------

fn add_replace(ext: Extension) -> Extension {
    ext.function_by_ref("str_replace", &[3], |vm, args| {
        str_replace(vm, args, "str_replace", false)
    })
    .function_by_ref("str_ireplace", &[3], |vm, args| {
        str_replace(vm, args, "str_ireplace", true)
    })
    .function("strtr", strtr)
    .function("substr_replace", substr_replace)
}

/// Replaces every `search` in `subject` (ASCII case-insensitively with
/// `fold`), counting the replacements.
fn replace_all(subject: &[u8], search: &[u8], with: &[u8], fold: bool, count: &mut i64) -> Vec<u8> {
    let lower;
    let (hay, needle) = if fold {
        lower = (subject.to_ascii_lowercase(), search.to_ascii_lowercase());
        (&lower.0[..], &lower.1[..])
    } else {
        (subject, search)
    };
    let mut out = Vec::with_capacity(subject.len());
    let mut last = 0;
    while let Some(p) = find(hay, needle, last) {
        out.extend_from_slice(&subject[last..p]);
        out.extend_from_slice(with);
        last = p + needle.len();
        *count += 1;
    }
    out.extend_from_slice(&subject[last..]);
    out
}

/// One subject string of `str_replace`: `search` and `replace` are each
/// a string or an array.
fn replace_in_subject(
    vm: &mut Vm,
    search: &Value,
    replace: &Value,
    subject: PhpStr,
    fold: bool,
    count: &mut i64,
) -> R<PhpStr> {
    if subject.is_empty() {
        return Ok(subject);
    }
    let search = match search {
        Value::Array(a) => a.clone(),
        Value::Str(s) => {
            let with = match replace {
                Value::Str(r) => r.clone(),
                _ => PhpStr::default(),
            };
            if s.is_empty() {
                return Ok(subject);
            }
            return Ok(replace_all(
                subject.as_bytes(),
                s.as_bytes(),
                with.as_bytes(),
                fold,
                count,
            )
            .into());
        }
        _ => return Ok(subject),
    };
    let mut replacements = match replace {
        Value::Array(r) => Some(r.values().map(Value::deref).collect::<Vec<_>>().into_iter()),
        _ => None,
    };
    let mut result = subject;
    for s in search.values() {
        let s = vm.to_php_string(&s.deref())?;
        let with = match (&mut replacements, replace) {
            (Some(it), _) => match it.next() {
                Some(r) => vm.to_php_string(&r)?,
                None => PhpStr::default(),
            },
            (None, Value::Str(r)) => r.clone(),
            _ => PhpStr::default(),
        };
        if s.is_empty() {
            continue;
        }
        result = replace_all(
            result.as_bytes(),
            s.as_bytes(),
            with.as_bytes(),
            fold,
            count,
        )
        .into();
        if result.is_empty() {
            break;
        }
    }
    Ok(result)
}

fn str_replace(vm: &mut Vm, args: &[Value], name: &'static str, fold: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["search", "replace", "subject", "count"],
        required: 3,
    };
    sig.arity(vm, args)?;
    let search = sig.array_or_str(vm, args, 0)?;
    let replace = sig.array_or_str(vm, args, 1)?;
    let subject = sig.array_or_str(vm, args, 2)?;
    if matches!(search, Value::Str(_)) && matches!(replace, Value::Array(_)) {
        let msg = format!(
            "{name}(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string"
        );
        return Err(vm.throw_error("TypeError", &msg));
    }
    let mut count = 0;
    let result = match subject {
        Value::Array(a) => {
            let mut out = PhpArray::new();
            for (k, v) in a.iter() {
                let s = vm.to_php_string(&v.deref())?;
                let r = replace_in_subject(vm, &search, &replace, s, fold, &mut count)?;
                out.set(k, Value::Str(r));
            }
            Value::array(out)
        }
        Value::Str(s) => Value::Str(replace_in_subject(
            vm, &search, &replace, s, fold, &mut count,
        )?),
        v => v,
    };
    set_ref(args, 3, Value::Int(count));
    Ok(result)
}

fn strtr(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("strtr", 2, &["string", "from", "to"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let from = sig.array_or_str(vm, args, 1)?;
    let to = opt_str(&sig, vm, args, 2)?;
    let (from, to) = match (from, to) {
        (Value::Array(pairs), None) => {
            if s.is_empty() {
                return Ok(Value::Str(s));
            }
            return strtr_pairs(vm, s, &pairs).map(Value::Str);
        }
        (Value::Str(from), Some(to)) => (from, to),
        (Value::Str(_), None) => {
            return Err(arg_type_error(
                vm,
                &sig,
                1,
                "must be of type array, string given",
            ));
        }
        _ => {
            return Err(arg_type_error(
                vm,
                &sig,
                1,
                "must be of type string, array given",
            ))
        }
    };
    let n = from.len().min(to.len());
    if n == 0 {
        return Ok(Value::Str(s));
    }
    let mut map: [u8; 256] = std::array::from_fn(|i| i as u8);
    for i in 0..n {
        map[from.as_bytes()[i] as usize] = to.as_bytes()[i];
    }
    Ok(Value::str(
        s.as_bytes()
            .iter()
            .map(|&b| map[b as usize])
            .collect::<Vec<_>>(),
    ))
}

/// `strtr($s, $pairs)`: at each position the longest key that matches is
/// replaced; replaced text is not looked at again.
fn strtr_pairs(vm: &mut Vm, s: PhpStr, pairs: &PhpArray) -> R<PhpStr> {
    let mut keys: Vec<(Vec<u8>, Value)> = Vec::new();
    for (k, v) in pairs.iter() {
        let k = match k {
            Key::Int(i) => i.to_string().into_bytes(),
            Key::Str(s) => s.as_bytes().to_vec(),
        };
        if k.is_empty() {
            vm.report(E_WARNING, "strtr(): Ignoring replacement of empty string");
            if pairs.len() == 1 {
                return Ok(s);
            }
            continue;
        }
        keys.push((k, v.deref()));
    }
    if keys.is_empty() || s.is_empty() {
        return Ok(s);
    }
    let (min, max) = keys.iter().fold((usize::MAX, 0), |(lo, hi), (k, _)| {
        (lo.min(k.len()), hi.max(k.len()))
    });
    let table: std::collections::HashMap<&[u8], &Value> =
        keys.iter().map(|(k, v)| (k.as_slice(), v)).collect();
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    'outer: while i < bytes.len() {
        let longest = max.min(bytes.len() - i);
        if longest >= min {
            for l in (min..=longest).rev() {
                if let Some(v) = table.get(&bytes[i..i + l]) {
                    let r = vm.to_php_string(v)?;
                    out.extend_from_slice(r.as_bytes());
                    i += l;
                    continue 'outer;
                }
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    Ok(out.into())
}

fn substr_replace(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new(
        "substr_replace",
        3,
        &["string", "replace", "offset", "length"],
    );
    sig.arity(vm, args)?;
    let string = sig.array_or_str(vm, args, 0)?;
    let replace = sig.array_or_str(vm, args, 1)?;
    let offset = int_or_array(&sig, vm, args, 2, "array|int")?;
    let length = match args.get(3) {
        None | Some(Value::Null) | Some(Value::Undef) => None,
        Some(_) => Some(int_or_array(&sig, vm, args, 3, "array|int|null")?),
    };
    let subject = match string {
        Value::Str(s) => {
            if matches!(offset, Value::Array(_)) {
                return Err(arg_type_error(
                    vm,
                    &sig,
                    2,
                    "cannot be an array when working on a single string",
                ));
            }
            if matches!(length, Some(Value::Array(_))) {
                return Err(arg_type_error(
                    vm,
                    &sig,
                    3,
                    "cannot be an array when working on a single string",
                ));
            }
            let with = match &replace {
                Value::Array(a) => match a.values().next() {
                    Some(v) => vm.to_php_string(&v.deref())?,
                    None => PhpStr::default(),
                },
                v => vm.to_php_string(v)?,
            };
            let offset = offset.to_int();
            let length = length.map(|l| l.to_int()).unwrap_or(s.len() as i64);
            return Ok(Value::str(splice(
                s.as_bytes(),
                offset,
                length,
                with.as_bytes(),
            )));
        }
        Value::Array(a) => a,
        _ => return Ok(Value::Null),
    };
    // Array of strings: each takes the next replacement, offset and length
    // (an exhausted array gives "", 0 and the string's length).
    let values = |v: &Value| match v {
        Value::Array(a) => Some(a.values().map(Value::deref).collect::<Vec<_>>().into_iter()),
        _ => None,
    };
    let (mut reps, mut offs, mut lens) = (
        values(&replace),
        values(&offset),
        length.as_ref().and_then(values),
    );
    let mut out = PhpArray::new();
    for (k, v) in subject.iter() {
        let s = vm.to_php_string(&v.deref())?;
        let off = match &mut offs {
            Some(it) => match it.next() {
                Some(o) => o.to_int(),
                None => 0,
            },
            None => offset.to_int(),
        };
        let len = match (&mut lens, &length) {
            (Some(it), _) => match it.next() {
                Some(l) => l.to_int(),
                None => s.len() as i64,
            },
            (None, Some(l)) => l.to_int(),
            (None, None) => s.len() as i64,
        };
        let with = match &mut reps {
            Some(it) => match it.next() {
                Some(r) => vm.to_php_string(&r)?,
                None => PhpStr::default(),
            },
            None => vm.to_php_string(&replace)?,
        };
        out.set(
            k,
            Value::str(splice(s.as_bytes(), off, len, with.as_bytes())),
        );
    }
    Ok(Value::array(out))
}

/// An `array|int` parameter: the array, or the int as a value.
fn int_or_array(sig: &Sig, vm: &mut Vm, args: &[Value], i: usize, ty: &str) -> R<Value> {
    match args.get(i) {
        Some(Value::Array(a)) => Ok(Value::Array(a.clone())),
        Some(v @ (Value::Object(_) | Value::Str(_))) => {
            if let Value::Str(s) = v {
                if let NumericKind::Whole(_) = parse_numeric(s.as_bytes()) {
                    return Ok(Value::Int(sig.int(vm, args, i)?));
                }
            }
            Err(sig.type_error(vm, i, ty, v))
        }
        None | Some(Value::Null) | Some(Value::Undef) => {
            let msg = format!(
                "{}(): Passing null to parameter #{} (${}) of type {ty} is deprecated",
                sig.name,
                i + 1,
                sig.param(i)
            );
            vm.report(E_DEPRECATED, &msg);
            Ok(Value::Int(0))
        }
        _ => Ok(Value::Int(sig.int(vm, args, i)?)),
    }
}

/// php's substr_replace on one string: `offset`/`length` as in substr
/// (clamped), the part replaced by `with`.
fn splice(s: &[u8], offset: i64, length: i64, with: &[u8]) -> Vec<u8> {
    let len = s.len() as i64;
    let mut f = offset;
    if f < 0 {
        f = (f + len).max(0);
    } else if f > len {
        f = len;
    }
    let mut l = length;
    if l < 0 {
        l = (len - f + l).max(0);
    } else if l > len - f {
        l = len - f;
    }
    let (f, l) = (f as usize, l as usize);
    let mut out = Vec::with_capacity(s.len() - l + with.len());
    out.extend_from_slice(&s[..f]);
    out.extend_from_slice(with);
    out.extend_from_slice(&s[f + l..]);
    out
}

// ---- Splitting and joining ------------------------------------------------------

fn add_split_join(ext: Extension) -> Extension {
    ext.function("explode", explode)
        .function("implode", |vm, args| implode(vm, args, "implode"))
        .function("join", |vm, args| implode(vm, args, "join"))
        .function("str_word_count", str_word_count)
}

fn explode(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("explode", 2, &["separator", "string", "limit"]);
    sig.arity(vm, args)?;
    let sep = sig.str(vm, args, 0)?;
    let s = sig.str(vm, args, 1)?;
    let limit = sig.opt(vm, args, 2, Sig::int)?.unwrap_or(i64::MAX);
    if sep.is_empty() {
        return Err(sig.value_error(vm, 0, "cannot be empty"));
    }
    if s.is_empty() {
        return Ok(list(if limit >= 0 {
            vec![Value::str("")]
        } else {
            vec![]
        }));
    }
    let (h, n) = (s.as_bytes(), sep.as_bytes());
    let mut parts = Vec::new();
    let mut last = 0;
    let max = if limit > 1 { limit as u64 } else { u64::MAX };
    if limit == 0 || limit == 1 {
        return Ok(list(vec![Value::Str(s)]));
    }
    while (parts.len() as u64) + 1 < max {
        match find(h, n, last) {
            Some(p) => {
                parts.push(Value::str(&h[last..p]));
                last = p + n.len();
            }
            None => break,
        }
    }
    parts.push(Value::str(&h[last..]));
    if limit < 0 {
        let keep = parts.len() as i64 + limit;
        parts.truncate(keep.max(0) as usize);
    }
    Ok(list(parts))
}

fn implode(vm: &mut Vm, args: &[Value], name: &'static str) -> R<Value> {
    let sig = Sig {
        name,
        params: &["separator", "array"],
        required: 1,
    };
    sig.arity(vm, args)?;
    let first = sig.array_or_str(vm, args, 0)?;
    let second = match args.get(1) {
        None | Some(Value::Null) | Some(Value::Undef) => None,
        Some(Value::Array(a)) => Some(a.clone()),
        Some(v) => return Err(sig.type_error(vm, 1, "?array", v)),
    };
    let (sep, arr) = match (first, second) {
        (Value::Array(a), None) => (PhpStr::default(), a),
        (Value::Str(s), Some(a)) => (s, a),
        (Value::Array(a), Some(_)) => {
            return Err(sig.type_error(vm, 0, "string", &Value::Array(a)));
        }
        _ => {
            let msg = format!("{name}(): Argument #1 ($array) must be of type array, string given");
            return Err(vm.throw_error("TypeError", &msg));
        }
    };
    let mut out = Vec::new();
    for (i, v) in arr.values().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep.as_bytes());
        }
        out.extend_from_slice(vm.to_php_string(&v.deref())?.as_bytes());
    }
    Ok(Value::str(out))
}

fn str_word_count(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("str_word_count", 1, &["string", "format", "characters"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let format = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(0);
    let chars = opt_str(&sig, vm, args, 2)?;
    if !(0..=2).contains(&format) {
        return Err(sig.value_error(vm, 1, "must be a valid format value"));
    }
    let mut words = PhpArray::new();
    let mut count = 0;
    let b = s.as_bytes();
    if !b.is_empty() {
        let mask = match &chars {
            Some(c) => char_mask(vm, "str_word_count", c.as_bytes()),
            None => [false; 256],
        };
        let (mut p, mut e) = (0, b.len());
        if (b[0] == b'\'' && !mask[b'\'' as usize]) || (b[0] == b'-' && !mask[b'-' as usize]) {
            p += 1;
        }
        if b[e - 1] == b'-' && !mask[b'-' as usize] {
            e -= 1;
        }
        while p < e {
            let start = p;
            while p < e
                && (b[p].is_ascii_alphabetic()
                    || mask[b[p] as usize]
                    || b[p] == b'\''
                    || b[p] == b'-')
            {
                p += 1;
            }
            if p > start {
                match format {
                    1 => {
                        words.push(Value::str(&b[start..p]));
                    }
                    2 => words.set(Key::Int(start as i64), Value::str(&b[start..p])),
                    _ => count += 1,
                }
            }
            p += 1;
        }
    }
    Ok(if format == 0 {
        Value::Int(count)
    } else {
        Value::array(words)
    })
}

// ---- Case and trimming ------------------------------------------------------------

fn add_case_trim(ext: Extension) -> Extension {
    type Map = (&'static str, fn(&mut [u8]));
    let maps: [Map; 4] = [
        ("strtoupper", |s| s.make_ascii_uppercase()),
        ("strtolower", |s| s.make_ascii_lowercase()),
        ("ucfirst", |s| {
            if let Some(c) = s.first_mut() {
                c.make_ascii_uppercase();
            }
        }),
        ("lcfirst", |s| {
            if let Some(c) = s.first_mut() {
                c.make_ascii_lowercase();
            }
        }),
    ];
    let ext = maps.into_iter().fold(ext, |ext, (name, f)| {
        ext.function(name, move |vm, args| {
            let sig = Sig {
                name,
                params: &["string"],
                required: 1,
            };
            sig.arity(vm, args)?;
            let mut s = sig.str(vm, args, 0)?;
            f(s.make_mut());
            Ok(Value::Str(s))
        })
    });
    ext.function("ucwords", |vm, args| {
        let sig = Sig::new("ucwords", 1, &["string", "separators"]);
        sig.arity(vm, args)?;
        let mut s = sig.str(vm, args, 0)?;
        let seps = sig.opt(vm, args, 1, Sig::str)?;
        if s.is_empty() {
            return Ok(Value::Str(s));
        }
        let seps = seps
            .as_ref()
            .map_or(&b" \t\r\n\x0c\x0b"[..], |s| s.as_bytes());
        let mask = char_mask(vm, "ucwords", seps);
        let b = s.make_mut();
        if let Some(c) = b.first_mut() {
            c.make_ascii_uppercase();
        }
        for i in 1..b.len() {
            if mask[b[i - 1] as usize] {
                b[i].make_ascii_uppercase();
            }
        }
        Ok(Value::Str(s))
    })
    .function("trim", |vm, args| trim(vm, args, "trim", true, true))
    .function("ltrim", |vm, args| trim(vm, args, "ltrim", true, false))
    .function("rtrim", |vm, args| trim(vm, args, "rtrim", false, true))
    .function("chop", |vm, args| trim(vm, args, "chop", false, true))
}

fn trim(vm: &mut Vm, args: &[Value], name: &'static str, left: bool, right: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["string", "characters"],
        required: 1,
    };
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let chars = sig.opt(vm, args, 1, Sig::str)?;
    let chars = chars
        .as_ref()
        .map_or(&b" \n\r\t\x0b\0"[..], |c| c.as_bytes());
    let mask = char_mask(vm, name, chars);
    let b = s.as_bytes();
    let (mut start, mut end) = (0, b.len());
    if left {
        while start < end && mask[b[start] as usize] {
            start += 1;
        }
    }
    if right {
        while end > start && mask[b[end - 1] as usize] {
            end -= 1;
        }
    }
    Ok(if start == 0 && end == b.len() {
        Value::Str(s)
    } else {
        Value::str(&b[start..end])
    })
}

// ---- Comparing ------------------------------------------------------------------

fn add_compare(ext: Extension) -> Extension {
    ext.function("strcmp", |vm, args| {
        let (a, b) = two_strings(vm, args, "strcmp")?;
        Ok(Value::Int(byte_cmp(a.as_bytes(), b.as_bytes(), false)))
    })
    .function("strcasecmp", |vm, args| {
        let (a, b) = two_strings(vm, args, "strcasecmp")?;
        Ok(Value::Int(byte_cmp(a.as_bytes(), b.as_bytes(), true)))
    })
    .function("strncmp", |vm, args| strncmp(vm, args, "strncmp", false))
    .function("strncasecmp", |vm, args| {
        strncmp(vm, args, "strncasecmp", true)
    })
    .function("strnatcmp", |vm, args| {
        let (a, b) = two_strings(vm, args, "strnatcmp")?;
        Ok(Value::Int(
            super::arrays::natural_cmp(a.as_bytes(), b.as_bytes(), false) as i64,
        ))
    })
    .function("strnatcasecmp", |vm, args| {
        let (a, b) = two_strings(vm, args, "strnatcasecmp")?;
        Ok(Value::Int(
            super::arrays::natural_cmp(a.as_bytes(), b.as_bytes(), true) as i64,
        ))
    })
    .function("substr_compare", substr_compare)
}

fn two_strings(vm: &mut Vm, args: &[Value], name: &'static str) -> R<(PhpStr, PhpStr)> {
    let sig = Sig {
        name,
        params: &["string1", "string2"],
        required: 2,
    };
    sig.arity(vm, args)?;
    Ok((sig.str(vm, args, 0)?, sig.str(vm, args, 1)?))
}

/// php's zend_binary_strcmp / strcasecmp: the difference of the first
/// differing bytes, else the sign of the length difference.
fn byte_cmp(a: &[u8], b: &[u8], fold: bool) -> i64 {
    for (&x, &y) in a.iter().zip(b) {
        let (x, y) = if fold {
            (x.to_ascii_lowercase(), y.to_ascii_lowercase())
        } else {
            (x, y)
        };
        if x != y {
            return x as i64 - y as i64;
        }
    }
    a.len().cmp(&b.len()) as i64
}

fn strncmp(vm: &mut Vm, args: &[Value], name: &'static str, fold: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["string1", "string2", "length"],
        required: 3,
    };
    sig.arity(vm, args)?;
    let a = sig.str(vm, args, 0)?;
    let b = sig.str(vm, args, 1)?;
    let n = sig.int(vm, args, 2)?;
    if n < 0 {
        return Err(sig.value_error(vm, 2, "must be greater than or equal to 0"));
    }
    let n = n as u64;
    let (la, lb) = (
        n.min(a.len() as u64) as usize,
        n.min(b.len() as u64) as usize,
    );
    Ok(Value::Int(byte_cmp(
        &a.as_bytes()[..la],
        &b.as_bytes()[..lb],
        fold,
    )))
}

fn substr_compare(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new(
        "substr_compare",
        3,
        &["haystack", "needle", "offset", "length", "case_insensitive"],
    );
    sig.arity(vm, args)?;
    let h = sig.str(vm, args, 0)?;
    let n = sig.str(vm, args, 1)?;
    let mut offset = sig.int(vm, args, 2)?;
    let length = opt_int(&sig, vm, args, 3)?;
    let fold = sig.opt(vm, args, 4, Sig::bool)?.unwrap_or(false);
    match length {
        Some(0) => return Ok(Value::Int(0)),
        Some(l) if l < 0 => {
            return Err(sig.value_error(vm, 3, "must be greater than or equal to 0"));
        }
        _ => {}
    }
    let len = h.len() as i64;
    if offset < 0 {
        offset = (offset + len).max(0);
    }
    if offset > len {
        return Err(sig.value_error(vm, 2, "must be contained in argument #1 ($haystack)"));
    }
    let rest = &h.as_bytes()[offset as usize..];
    let cmp_len = length.map_or(rest.len().max(n.len()) as u64, |l| l as u64);
    let cut = |s: &[u8]| s[..cmp_len.min(s.len() as u64) as usize].to_vec();
    Ok(Value::Int(byte_cmp(&cut(rest), &cut(n.as_bytes()), fold)))
}

// ---- Text -----------------------------------------------------------------------

fn add_text(ext: Extension) -> Extension {
    ext.function("nl2br", nl2br)
        .function("wordwrap", wordwrap)
        .function("addslashes", |vm, args| {
            let sig = Sig::new("addslashes", 1, &["string"]);
            sig.arity(vm, args)?;
            let s = sig.str(vm, args, 0)?;
            let mut out = Vec::with_capacity(s.len());
            for &b in s.as_bytes() {
                match b {
                    0 => out.extend_from_slice(b"\\0"),
                    b'\'' | b'"' | b'\\' => out.extend_from_slice(&[b'\\', b]),
                    _ => out.push(b),
                }
            }
            Ok(Value::str(out))
        })
        .function("stripslashes", |vm, args| {
            let sig = Sig::new("stripslashes", 1, &["string"]);
            sig.arity(vm, args)?;
            let s = sig.str(vm, args, 0)?;
            let mut out = Vec::with_capacity(s.len());
            let mut it = s.as_bytes().iter();
            while let Some(&b) = it.next() {
                if b == b'\\' {
                    match it.next() {
                        Some(b'0') => out.push(0),
                        Some(&c) => out.push(c),
                        None => {}
                    }
                } else {
                    out.push(b);
                }
            }
            Ok(Value::str(out))
        })
        .function("quotemeta", |vm, args| {
            let sig = Sig::new("quotemeta", 1, &["string"]);
            sig.arity(vm, args)?;
            let s = sig.str(vm, args, 0)?;
            let mut out = Vec::with_capacity(s.len());
            for &b in s.as_bytes() {
                if b".\\+*?[^]$()".contains(&b) {
                    out.push(b'\\');
                }
                out.push(b);
            }
            Ok(Value::str(out))
        })
        .function_by_ref("similar_text", &[2], similar_text)
        .function("levenshtein", levenshtein)
        .function("soundex", soundex)
}

fn nl2br(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("nl2br", 1, &["string", "use_xhtml"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let xhtml = sig.opt(vm, args, 1, Sig::bool)?.unwrap_or(true);
    let br: &[u8] = if xhtml { b"<br />" } else { b"<br>" };
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' || c == b'\n' {
            out.extend_from_slice(br);
            out.push(c);
            let other = if c == b'\r' { b'\n' } else { b'\r' };
            if b.get(i + 1) == Some(&other) {
                out.push(other);
                i += 1;
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    Ok(Value::str(out))
}

fn wordwrap(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new(
        "wordwrap",
        1,
        &["string", "width", "break", "cut_long_words"],
    );
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let width = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(75);
    let brk = sig
        .opt(vm, args, 2, Sig::str)?
        .unwrap_or_else(|| "\n".into());
    let cut = sig.opt(vm, args, 3, Sig::bool)?.unwrap_or(false);
    if s.is_empty() {
        return Ok(Value::str(""));
    }
    if brk.is_empty() {
        return Err(sig.value_error(vm, 2, "cannot be empty"));
    }
    if width == 0 && cut {
        return Err(sig.value_error(vm, 3, "cannot be true when argument #2 ($width) is 0"));
    }
    let text = s.as_bytes();
    let brk = brk.as_bytes();
    let n = text.len() as i64;
    let at = |i: i64| text[i as usize];
    let (mut laststart, mut lastspace): (i64, i64) = (0, 0);
    if brk.len() == 1 && !cut {
        // A one-byte break replaces spaces in place.
        let mut out = text.to_vec();
        for current in 0..n {
            if at(current) == brk[0] {
                laststart = current + 1;
                lastspace = current + 1;
            } else if at(current) == b' ' {
                if current - laststart >= width {
                    out[current as usize] = brk[0];
                    laststart = current + 1;
                }
                lastspace = current;
            } else if current - laststart >= width && laststart != lastspace {
                out[lastspace as usize] = brk[0];
                laststart = lastspace + 1;
            }
        }
        return Ok(Value::str(out));
    }
    let bl = brk.len() as i64;
    let mut out = Vec::with_capacity(text.len());
    let slice = |a: i64, b: i64| &text[a as usize..b as usize];
    let mut current = 0;
    while current < n {
        if at(current) == brk[0] && current + bl < n && slice(current, current + bl) == brk {
            out.extend_from_slice(slice(laststart, current + bl));
            current += bl - 1;
            laststart = current + 1;
            lastspace = current + 1;
        } else if at(current) == b' ' {
            if current - laststart >= width {
                out.extend_from_slice(slice(laststart, current));
                out.extend_from_slice(brk);
                laststart = current + 1;
            }
            lastspace = current;
        } else if current - laststart >= width && cut && laststart >= lastspace {
            out.extend_from_slice(slice(laststart, current));
            out.extend_from_slice(brk);
            laststart = current;
            lastspace = current;
        } else if current - laststart >= width && laststart < lastspace {
            out.extend_from_slice(slice(laststart, lastspace));
            out.extend_from_slice(brk);
            laststart = lastspace + 1;
            lastspace = laststart;
        }
        current += 1;
    }
    if laststart != current {
        out.extend_from_slice(slice(laststart, current));
    }
    Ok(Value::str(out))
}

/// php's php_similar_char: the longest common substring (the first one
/// found), plus the similarity of what lies left and right of it (php
/// recurses; a work list keeps deep cases off the native stack).
fn similar(a: &[u8], b: &[u8]) -> usize {
    let mut sum = 0;
    let mut work = vec![(a, b)];
    while let Some((a, b)) = work.pop() {
        let (mut max, mut count, mut pos1, mut pos2) = (0, 0, 0, 0);
        for p in 0..a.len() {
            for q in 0..b.len() {
                let l = a[p..]
                    .iter()
                    .zip(&b[q..])
                    .take_while(|(x, y)| x == y)
                    .count();
                if l > max {
                    max = l;
                    count += 1;
                    pos1 = p;
                    pos2 = q;
                }
            }
        }
        if max == 0 {
            continue;
        }
        sum += max;
        if pos1 > 0 && pos2 > 0 && count > 1 {
            work.push((&a[..pos1], &b[..pos2]));
        }
        if pos1 + max < a.len() && pos2 + max < b.len() {
            work.push((&a[pos1 + max..], &b[pos2 + max..]));
        }
    }
    sum
}

fn similar_text(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("similar_text", 2, &["string1", "string2", "percent"]);
    sig.arity(vm, args)?;
    let a = sig.str(vm, args, 0)?;
    let b = sig.str(vm, args, 1)?;
    let total = a.len() + b.len();
    if total == 0 {
        set_ref(args, 2, Value::Float(0.0));
        return Ok(Value::Int(0));
    }
    let sim = similar(a.as_bytes(), b.as_bytes());
    set_ref(
        args,
        2,
        Value::Float(sim as f64 * 2.0 * 100.0 / total as f64),
    );
    Ok(Value::Int(sim as i64))
}

fn levenshtein(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new(
        "levenshtein",
        2,
        &[
            "string1",
            "string2",
            "insertion_cost",
            "replacement_cost",
            "deletion_cost",
        ],
    );
    sig.arity(vm, args)?;
    let a = sig.str(vm, args, 0)?;
    let b = sig.str(vm, args, 1)?;
    let ins = sig.opt(vm, args, 2, Sig::int)?.unwrap_or(1);
    let rep = sig.opt(vm, args, 3, Sig::int)?.unwrap_or(1);
    let del = sig.opt(vm, args, 4, Sig::int)?.unwrap_or(1);
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.is_empty() {
        return Ok(Value::Int((b.len() as i64).wrapping_mul(ins)));
    }
    if b.is_empty() {
        return Ok(Value::Int((a.len() as i64).wrapping_mul(del)));
    }
    let mut p1: Vec<i64> = (0..=b.len() as i64).map(|i| i.wrapping_mul(ins)).collect();
    let mut p2 = vec![0i64; b.len() + 1];
    for &x in a {
        p2[0] = p1[0].wrapping_add(del);
        for (j, &y) in b.iter().enumerate() {
            let mut c0 = p1[j].wrapping_add(if x == y { 0 } else { rep });
            let c1 = p1[j + 1].wrapping_add(del);
            if c1 < c0 {
                c0 = c1;
            }
            let c2 = p2[j].wrapping_add(ins);
            if c2 < c0 {
                c0 = c2;
            }
            p2[j + 1] = c0;
        }
        std::mem::swap(&mut p1, &mut p2);
    }
    Ok(Value::Int(p1[b.len()]))
}

fn soundex(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("soundex", 1, &["string"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    // The codes of A..Z; 0 for the letters that are dropped.
    const CODES: &[u8; 26] = b"01230120022455012623010202";
    let mut out = Vec::with_capacity(4);
    let mut last = 0u8;
    for &c in s.as_bytes() {
        if out.len() == 4 {
            break;
        }
        let c = c.to_ascii_uppercase();
        if !c.is_ascii_uppercase() {
            continue;
        }
        let code = match CODES[(c - b'A') as usize] {
            b'0' => 0,
            d => d,
        };
        if out.is_empty() {
            out.push(c);
            last = code;
        } else if code != last {
            if code != 0 {
                out.push(code);
            }
            last = code;
        }
    }
    while out.len() < 4 {
        out.push(b'0');
    }
    Ok(Value::str(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds() {
        assert_eq!(find(b"abcabc", b"c", 3), Some(5));
        assert_eq!(find(b"abc", b"", 3), Some(3));
        assert_eq!(find(b"abc", b"abcd", 0), None);
        assert_eq!(rfind(b"abcabc", b"ab", 0, 6), Some(3));
        assert_eq!(rfind(b"abcabc", b"ab", 0, 4), Some(0));
        assert_eq!(rfind(b"abc", b"", 0, 2), Some(2));
    }

    #[test]
    fn similarity() {
        assert_eq!(similar(b"World", b"Word"), 4);
        assert_eq!(similar(b"Hello", b"World"), 1);
    }

    #[test]
    fn substr_bounds() {
        assert_eq!(substr_span(5, -2, None), Some((3, 2)));
        assert_eq!(substr_span(5, 6, None), None);
        assert_eq!(substr_span(5, 1, Some(-10)), Some((1, 0)));
        assert_eq!(substr_span(5, i64::MIN, Some(i64::MIN)), Some((0, 0)));
    }
}
