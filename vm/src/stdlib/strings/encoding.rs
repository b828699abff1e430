//! Encodings: `base64_encode`/`base64_decode`, `urlencode` and friends,
//! `addcslashes`/`stripcslashes`, and the deprecated `utf8_encode`/
//! `utf8_decode`.

use super::{char_mask, R};
use crate::ext::Extension;
use crate::runtime::value::Value;
use crate::stdlib::args::Sig;
use crate::vm::{Vm, E_DEPRECATED};

pub(super) fn add(ext: Extension) -> Extension {
    ext.function("base64_encode", |vm, args| {
        let sig = Sig::new("base64_encode", 1, &["string"]);
        sig.arity(vm, args)?;
        let s = sig.str(vm, args, 0)?;
        Ok(Value::str(base64_encode(s.as_bytes())))
    })
    .function("base64_decode", |vm, args| {
        let sig = Sig::new("base64_decode", 1, &["string", "strict"]);
        sig.arity(vm, args)?;
        let s = sig.str(vm, args, 0)?;
        let strict = sig.opt(vm, args, 1, Sig::bool)?.unwrap_or(false);
        Ok(base64_decode(s.as_bytes(), strict).map_or(Value::Bool(false), Value::str))
    })
    .function("urlencode", |vm, args| {
        url_encode(vm, args, "urlencode", false)
    })
    .function("rawurlencode", |vm, args| {
        url_encode(vm, args, "rawurlencode", true)
    })
    .function("urldecode", |vm, args| {
        url_decode(vm, args, "urldecode", false)
    })
    .function("rawurldecode", |vm, args| {
        url_decode(vm, args, "rawurldecode", true)
    })
    .function("addcslashes", addcslashes)
    .function("stripcslashes", stripcslashes)
    .function("utf8_encode", |vm, args| {
        vm.report(E_DEPRECATED, "Function utf8_encode() is deprecated");
        let sig = Sig::new("utf8_encode", 1, &["string"]);
        sig.arity(vm, args)?;
        let s = sig.str(vm, args, 0)?;
        let mut out = Vec::with_capacity(s.len());
        for &b in s.as_bytes() {
            let mut buf = [0; 2];
            out.extend_from_slice((b as char).encode_utf8(&mut buf).as_bytes());
        }
        Ok(Value::str(out))
    })
    .function("utf8_decode", |vm, args| {
        vm.report(E_DEPRECATED, "Function utf8_decode() is deprecated");
        let sig = Sig::new("utf8_decode", 1, &["string"]);
        sig.arity(vm, args)?;
        let s = sig.str(vm, args, 0)?;
        let b = s.as_bytes();
        let mut out = Vec::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            match super::html::next_utf8(b, i) {
                Ok((n, cp)) => {
                    out.push(if cp > 0xff { b'?' } else { cp as u8 });
                    i += n;
                }
                Err(n) => {
                    out.push(b'?');
                    i += n;
                }
            }
        }
        Ok(Value::str(out))
    })
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64_encode(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len().div_ceil(3) * 4);
    for chunk in b.chunks(3) {
        let n = chunk.len();
        let v = (chunk[0] as u32) << 16
            | (chunk.get(1).copied().unwrap_or(0) as u32) << 8
            | chunk.get(2).copied().unwrap_or(0) as u32;
        for i in 0..4 {
            if i <= n {
                out.push(B64[(v >> (18 - 6 * i) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

/// php's base64 decoder: outside strict mode unknown bytes are skipped;
/// in strict mode only whitespace is, and bad bytes, data after padding,
/// a truncated last group or wrong padding fail.
fn base64_decode(b: &[u8], strict: bool) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len() / 4 * 3);
    let (mut acc, mut bits, mut n, mut padding) = (0u32, 0, 0usize, 0usize);
    for &c in b {
        if c == b'=' {
            padding += 1;
            continue;
        }
        let v = match B64.iter().position(|&x| x == c) {
            Some(v) => v as u32,
            None if !strict => continue,
            None if matches!(c, b' ' | b'\t' | b'\r' | b'\n') => continue,
            None => return None,
        };
        if strict && padding > 0 {
            return None;
        }
        acc = acc << 6 | v;
        bits += 6;
        n += 1;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if strict && n % 4 == 1 {
        return None;
    }
    if strict && padding > 0 && (padding > 2 || (n + padding) % 4 != 0) {
        return None;
    }
    Some(out)
}

fn url_encode(vm: &mut Vm, args: &[Value], name: &'static str, raw: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["string"],
        required: 1,
    };
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || b"-_.".contains(&c) || (raw && c == b'~') {
            out.push(c);
        } else if c == b' ' && !raw {
            out.push(b'+');
        } else {
            out.extend_from_slice(&[b'%', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
        }
    }
    Ok(Value::str(out))
}

fn url_decode(vm: &mut Vm, args: &[Value], name: &'static str, raw: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["string"],
        required: 1,
    };
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let b = s.as_bytes();
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' if !raw => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    Ok(Value::str(out))
}

fn addcslashes(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("addcslashes", 2, &["string", "characters"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let chars = sig.str(vm, args, 1)?;
    if s.is_empty() || chars.is_empty() {
        return Ok(Value::Str(s));
    }
    let mask = char_mask(vm, "addcslashes", chars.as_bytes());
    let mut out = Vec::with_capacity(s.len());
    for &c in s.as_bytes() {
        if !mask[c as usize] {
            out.push(c);
            continue;
        }
        out.push(b'\\');
        if !(32..=126).contains(&c) {
            match c {
                b'\n' => out.push(b'n'),
                b'\t' => out.push(b't'),
                b'\r' => out.push(b'r'),
                0x07 => out.push(b'a'),
                0x0b => out.push(b'v'),
                0x08 => out.push(b'b'),
                0x0c => out.push(b'f'),
                _ => out.extend_from_slice(format!("{c:03o}").as_bytes()),
            }
        } else {
            out.push(c);
        }
    }
    Ok(Value::str(out))
}

fn stripcslashes(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("stripcslashes", 1, &["string"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        let c = b[i];
        let simple = match c {
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b'a' => Some(0x07),
            b't' => Some(b'\t'),
            b'v' => Some(0x0b),
            b'b' => Some(0x08),
            b'f' => Some(0x0c),
            b'\\' => Some(b'\\'),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v);
            i += 1;
            continue;
        }
        if c == b'x' && b.get(i + 1).is_some_and(u8::is_ascii_hexdigit) {
            let mut v = (b[i + 1] as char).to_digit(16).unwrap_or(0);
            i += 2;
            if let Some(d) = b.get(i).and_then(|&d| (d as char).to_digit(16)) {
                v = v * 16 + d;
                i += 1;
            }
            out.push(v as u8);
            continue;
        }
        let mut v = 0u32;
        let mut digits = 0;
        while digits < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
            v = v * 8 + (b[i] - b'0') as u32;
            i += 1;
            digits += 1;
        }
        if digits > 0 {
            out.push(v as u8);
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(Value::str(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        assert_eq!(base64_encode(b"Man"), b"TWFu");
        assert_eq!(base64_encode(b"Ma"), b"TWE=");
        assert_eq!(base64_encode(b"M"), b"TQ==");
        assert_eq!(base64_decode(b"TWE=", true).unwrap(), b"Ma");
        assert_eq!(base64_decode(b"T", true), None);
        assert_eq!(base64_decode(b"T!WFu", false).unwrap(), b"Man");
    }
}
