//! `htmlspecialchars` and `htmlspecialchars_decode`, with php's `ENT_*`
//! flags and its UTF-8 validation (invalid sequences make the result
//! empty, are dropped with `ENT_IGNORE` or become U+FFFD with
//! `ENT_SUBSTITUTE`).

use super::R;
use crate::ext::Extension;
use crate::runtime::value::Value;
use crate::stdlib::args::Sig;
use crate::vm::{Vm, E_WARNING};

const ENT_HTML_QUOTE_SINGLE: i64 = 1;
const ENT_HTML_QUOTE_DOUBLE: i64 = 2;
const ENT_COMPAT: i64 = 2;
const ENT_QUOTES: i64 = 3;
const ENT_NOQUOTES: i64 = 0;
const ENT_IGNORE: i64 = 4;
const ENT_SUBSTITUTE: i64 = 8;
const ENT_DISALLOWED: i64 = 128;
const ENT_HTML401: i64 = 0;
const ENT_XML1: i64 = 16;
const ENT_XHTML: i64 = 32;
const ENT_HTML5: i64 = 48;
const DOCTYPE_MASK: i64 = 48;
const DEFAULT_FLAGS: i64 = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401;

pub(super) fn add(ext: Extension) -> Extension {
    ext.constant("ENT_COMPAT", Value::Int(ENT_COMPAT))
        .constant("ENT_QUOTES", Value::Int(ENT_QUOTES))
        .constant("ENT_NOQUOTES", Value::Int(ENT_NOQUOTES))
        .constant("ENT_IGNORE", Value::Int(ENT_IGNORE))
        .constant("ENT_SUBSTITUTE", Value::Int(ENT_SUBSTITUTE))
        .constant("ENT_DISALLOWED", Value::Int(ENT_DISALLOWED))
        .constant("ENT_HTML401", Value::Int(ENT_HTML401))
        .constant("ENT_XML1", Value::Int(ENT_XML1))
        .constant("ENT_XHTML", Value::Int(ENT_XHTML))
        .constant("ENT_HTML5", Value::Int(ENT_HTML5))
        .function("htmlspecialchars", htmlspecialchars)
        .function("htmlspecialchars_decode", htmlspecialchars_decode)
}

/// Whether a charset name is one php handles byte by byte (no validation),
/// None for the UTF-8 names and Some(false) for unknown ones.
fn single_byte_charset(name: &[u8]) -> Option<bool> {
    let name = name.to_ascii_lowercase();
    const UTF8: [&[u8]; 3] = [b"utf-8", b"utf8", b""];
    const SINGLE: [&[u8]; 20] = [
        b"iso-8859-1",
        b"iso8859-1",
        b"iso-8859-15",
        b"iso8859-15",
        b"cp1252",
        b"windows-1252",
        b"1252",
        b"cp1251",
        b"windows-1251",
        b"win-1251",
        b"1251",
        b"cp866",
        b"866",
        b"ibm866",
        b"koi8-r",
        b"koi8-ru",
        b"koi8r",
        b"macroman",
        b"iso-8859-5",
        b"iso8859-5",
    ];
    if UTF8.contains(&name.as_slice()) {
        None
    } else {
        Some(SINGLE.contains(&name.as_slice()))
    }
}

/// The next UTF-8 character at `pos`: Ok((len, code point)) or Err(bytes
/// to skip), the way php's get_next_char judges a sequence.
pub(super) fn next_utf8(s: &[u8], pos: usize) -> Result<(usize, u32), usize> {
    let lead = |c: u8| c < 0x80 || (0xc2..=0xf4).contains(&c);
    let trail = |c: u8| (0x80..=0xbf).contains(&c);
    let avail = s.len() - pos;
    let c = s[pos];
    if c < 0x80 {
        return Ok((1, c as u32));
    }
    if c < 0xc2 {
        return Err(1);
    }
    if c < 0xe0 {
        if avail < 2 {
            return Err(1);
        }
        if !trail(s[pos + 1]) {
            return Err(if lead(s[pos + 1]) { 1 } else { 2 });
        }
        return Ok((2, (c as u32 & 0x1f) << 6 | (s[pos + 1] as u32 & 0x3f)));
    }
    if c < 0xf0 {
        if avail < 3 || !trail(s[pos + 1]) || !trail(s[pos + 2]) {
            return Err(if avail < 2 || lead(s[pos + 1]) {
                1
            } else if avail < 3 || lead(s[pos + 2]) {
                2
            } else {
                3
            });
        }
        let cp =
            (c as u32 & 0xf) << 12 | (s[pos + 1] as u32 & 0x3f) << 6 | (s[pos + 2] as u32 & 0x3f);
        if cp < 0x800 || (0xd800..=0xdfff).contains(&cp) {
            return Err(3);
        }
        return Ok((3, cp));
    }
    if c < 0xf5 {
        if avail < 4 || !trail(s[pos + 1]) || !trail(s[pos + 2]) || !trail(s[pos + 3]) {
            return Err(if avail < 2 || lead(s[pos + 1]) {
                1
            } else if avail < 3 || lead(s[pos + 2]) {
                2
            } else if avail < 4 || lead(s[pos + 3]) {
                3
            } else {
                4
            });
        }
        let cp = (c as u32 & 0x7) << 18
            | (s[pos + 1] as u32 & 0x3f) << 12
            | (s[pos + 2] as u32 & 0x3f) << 6
            | (s[pos + 3] as u32 & 0x3f);
        if !(0x10000..=0x10ffff).contains(&cp) {
            return Err(4);
        }
        return Ok((4, cp));
    }
    Err(1)
}

/// The length of a valid entity (`&...;`) starting at `pos`, for
/// `double_encode = false`: numeric ones in range, and the named ones
/// php's tables know (only the basic set here: amp, lt, gt, quot, apos).
fn entity_at(s: &[u8], pos: usize, flags: i64) -> Option<usize> {
    let rest = &s[pos + 1..];
    let semi = rest.iter().position(|&b| b == b';')?;
    let body = &rest[..semi];
    if let Some(num) = body.strip_prefix(b"#") {
        let (digits, radix) = match num.first() {
            Some(b'x' | b'X') => (&num[1..], 16),
            _ => (num, 10),
        };
        if digits.is_empty() || !digits.iter().all(|c| (*c as char).is_digit(radix)) {
            return None;
        }
        let code =
            u64::from_str_radix(std::str::from_utf8(digits).ok()?, radix).unwrap_or(u64::MAX);
        return (code <= 0x10ffff).then_some(semi + 2);
    }
    if body.is_empty() || !body.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    let known: &[&[u8]] = if flags & DOCTYPE_MASK == ENT_HTML401 {
        &[b"amp", b"lt", b"gt", b"quot"]
    } else {
        &[b"amp", b"lt", b"gt", b"quot", b"apos"]
    };
    known.contains(&body).then_some(semi + 2)
}

fn htmlspecialchars(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new(
        "htmlspecialchars",
        1,
        &["string", "flags", "encoding", "double_encode"],
    );
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let flags = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(DEFAULT_FLAGS);
    let encoding = super::opt_str(&sig, vm, args, 2)?;
    let double = sig.opt(vm, args, 3, Sig::bool)?.unwrap_or(true);
    let mut utf8 = true;
    if let Some(e) = &encoding {
        match single_byte_charset(e.as_bytes()) {
            None => {}
            Some(true) => utf8 = false,
            Some(false) => {
                let msg = format!(
                    "htmlspecialchars(): Charset \"{}\" is not supported, assuming UTF-8",
                    e.to_lossy()
                );
                vm.report(E_WARNING, &msg);
            }
        }
    }
    let apos: &[u8] = if flags & DOCTYPE_MASK == ENT_HTML401 {
        b"&#039;"
    } else {
        b"&apos;"
    };
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if utf8 {
            match next_utf8(b, i) {
                Ok((1, _)) => {}
                Ok((n, _)) => {
                    out.extend_from_slice(&b[i..i + n]);
                    i += n;
                    continue;
                }
                Err(n) => {
                    if flags & ENT_IGNORE != 0 {
                    } else if flags & ENT_SUBSTITUTE != 0 {
                        out.extend_from_slice("\u{fffd}".as_bytes());
                    } else {
                        return Ok(Value::str(""));
                    }
                    i += n;
                    continue;
                }
            }
        }
        let c = b[i];
        match c {
            b'&' => {
                if let Some(n) = (!double).then(|| entity_at(b, i, flags)).flatten() {
                    out.extend_from_slice(&b[i..i + n]);
                    i += n;
                    continue;
                }
                out.extend_from_slice(b"&amp;");
            }
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            b'"' if flags & ENT_HTML_QUOTE_DOUBLE != 0 => out.extend_from_slice(b"&quot;"),
            b'\'' if flags & ENT_HTML_QUOTE_SINGLE != 0 => out.extend_from_slice(apos),
            _ => out.push(c),
        }
        i += 1;
    }
    Ok(Value::str(out))
}

fn htmlspecialchars_decode(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("htmlspecialchars_decode", 1, &["string", "flags"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let flags = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(DEFAULT_FLAGS);
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'&' || i + 3 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        match decode_entity(&b[i..], flags) {
            Some((c, n)) => {
                out.push(c);
                i += n;
            }
            None => {
                out.push(b'&');
                i += 1;
            }
        }
    }
    Ok(Value::str(out))
}

/// The special character an entity at the start of `s` stands for, and
/// the entity's length.
fn decode_entity(s: &[u8], flags: i64) -> Option<(u8, usize)> {
    let semi = s.iter().position(|&b| b == b';')?;
    let body = &s[1..semi];
    let c = if let Some(num) = body.strip_prefix(b"#") {
        let (digits, radix) = match num.first() {
            Some(b'x' | b'X') => (&num[1..], 16),
            _ => (num, 10),
        };
        if digits.is_empty() || !digits.iter().all(|c| (*c as char).is_digit(radix)) {
            return None;
        }
        let code = u64::from_str_radix(std::str::from_utf8(digits).ok()?, radix).ok()?;
        match code {
            0x26 | 0x22 | 0x27 | 0x3c | 0x3e => code as u8,
            _ => return None,
        }
    } else {
        match body {
            b"amp" => b'&',
            b"lt" => b'<',
            b"gt" => b'>',
            b"quot" => b'"',
            b"apos" if flags & DOCTYPE_MASK != ENT_HTML401 => b'\'',
            _ => return None,
        }
    };
    if (c == b'\'' && flags & ENT_HTML_QUOTE_SINGLE == 0)
        || (c == b'"' && flags & ENT_HTML_QUOTE_DOUBLE == 0)
    {
        return None;
    }
    Some((c, semi + 1))
}
