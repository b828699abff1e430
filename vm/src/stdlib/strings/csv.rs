//! `str_getcsv`: one CSV record parsed as php's php_fgetcsv does
//! (enclosures, doubled enclosures, the escape character kept in the
//! field, text after a closing enclosure appended, a blank line as
//! `[null]`).

use super::R;
use crate::ext::Extension;
use crate::runtime::array::PhpArray;
use crate::runtime::value::Value;
use crate::stdlib::args::Sig;
use crate::vm::Vm;

pub(super) fn add(ext: Extension) -> Extension {
    ext.function("str_getcsv", str_getcsv)
}

fn str_getcsv(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new(
        "str_getcsv",
        1,
        &["string", "separator", "enclosure", "escape"],
    );
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let sep = sig.opt(vm, args, 1, Sig::str)?;
    let enc = sig.opt(vm, args, 2, Sig::str)?;
    let esc = sig.opt(vm, args, 3, Sig::str)?;
    // php 8.2 takes the first character of each, an empty separator or
    // enclosure meaning the default and an empty escape none.
    let first = |s: &Option<crate::runtime::string::PhpStr>| {
        s.as_ref().and_then(|s| s.as_bytes().first().copied())
    };
    let sep = first(&sep).unwrap_or(b',');
    let enc = first(&enc).unwrap_or(b'"');
    let esc = match &esc {
        None => Some(b'\\'),
        Some(_) => first(&esc),
    };
    let fields = parse(s.as_bytes(), sep, enc, esc);
    Ok(Value::array(PhpArray::from_list(
        fields
            .into_iter()
            .map(|f| f.map_or(Value::Null, Value::str))
            .collect(),
    )))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The length of `s` without its line end, as php's
/// php_fgetcsv_lookup_trailing_spaces finds it: the last two ASCII bytes
/// are looked at (bytes above 0x7F are invalid characters in the C locale
/// and are not counted), and one or two bytes come off the very end.
fn without_line_end(s: &[u8]) -> usize {
    let mut last = [0u8; 2];
    for &c in s.iter().filter(|&&c| c < 0x80) {
        last = [last[1], c];
    }
    match last {
        [b'\r', b'\n'] => s.len() - 2,
        [_, b'\n' | b'\r'] => s.len() - 1,
        _ => s.len(),
    }
}

fn parse(input: &[u8], sep: u8, enc: u8, esc: Option<u8>) -> Vec<Option<Vec<u8>>> {
    let limit = without_line_end(input);
    let line_end = &input[limit..];
    // php reads the string's NUL terminator in places: keep one.
    let mut buf = input.to_vec();
    buf.push(0);
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let mut fields = Vec::new();
    let mut b = 0;
    let mut first = true;
    loop {
        let mut more = b < limit;
        if more {
            // Spaces before an enclosure are skipped.
            let mut t = b;
            while at(t) != sep && is_space(at(t)) {
                t += 1;
            }
            if at(t) == enc && t < limit {
                b = t;
            }
        }
        if first && b == limit {
            fields.push(None);
            break;
        }
        first = false;
        let mut field = Vec::new();
        if more && buf[b] == enc {
            b += 1;
            let mut hunk = b;
            // 0: inside, 1: after the escape character, 2: after an enclosure.
            let mut state = 0;
            // php's first step does not look at the limit: the byte after
            // the enclosure is read even past the line's end.
            let mut fresh = true;
            loop {
                if !fresh && b >= limit {
                    match state {
                        2 => {
                            field.extend_from_slice(&buf[hunk..b - 1]);
                            hunk = b;
                        }
                        _ => {
                            // Unterminated: the rest, and the line end.
                            if hunk != limit {
                                field.extend_from_slice(&buf[hunk..b]);
                                hunk = b;
                            }
                            field.extend_from_slice(line_end);
                        }
                    }
                    break;
                }
                fresh = false;
                match state {
                    1 => {
                        b += 1;
                        state = 0;
                    }
                    2 => {
                        if buf[b] != enc {
                            field.extend_from_slice(&buf[hunk..b - 1]);
                            hunk = b;
                            break;
                        }
                        // A doubled enclosure stands for one.
                        field.extend_from_slice(&buf[hunk..b]);
                        b += 1;
                        hunk = b;
                        state = 0;
                    }
                    _ => {
                        if buf[b] == enc {
                            state = 2;
                        } else if Some(buf[b]) == esc {
                            state = 1;
                        }
                        b += 1;
                    }
                }
            }
            // Text up to the separator is kept.
            while b < limit && buf[b] != sep {
                b += 1;
            }
            field.extend_from_slice(&buf[hunk..b]);
            more = b < limit;
            if more {
                b += 1;
            }
        } else {
            let hunk = b;
            while b < limit && buf[b] != sep {
                b += 1;
            }
            field.extend_from_slice(&buf[hunk..b]);
            field.truncate(without_line_end(&field));
            more = b < limit;
            if more {
                b += 1;
            }
        }
        fields.push(Some(field));
        if !more {
            break;
        }
    }
    fields
}
