//! `strip_tags`: php's tag-stripping state machine (HTML tags, quotes
//! inside tags, `<?php ... ?>` blocks, `<!-- comments -->`, `<!DOCTYPE>`),
//! keeping the tags named in `$allowed_tags`.

use super::R;
use crate::ext::Extension;
use crate::runtime::value::Value;
use crate::stdlib::args::Sig;
use crate::vm::Vm;

pub(super) fn add(ext: Extension) -> Extension {
    ext.function("strip_tags", strip_tags)
}

fn strip_tags(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("strip_tags", 1, &["string", "allowed_tags"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let allow = match args.get(1) {
        None | Some(Value::Null) | Some(Value::Undef) => None,
        Some(Value::Array(a)) => {
            let mut tags = Vec::new();
            for v in a.values() {
                tags.push(b'<');
                tags.extend_from_slice(vm.to_php_string(&v.deref())?.as_bytes());
                tags.push(b'>');
            }
            Some(tags)
        }
        Some(v @ Value::Object(o)) if o.class.find_method(b"__tostring").is_none() => {
            return Err(sig.type_error(vm, 1, "array|string|null", v));
        }
        Some(_) => Some(sig.str(vm, args, 1)?.as_bytes().to_vec()),
    };
    let allow = allow.map(|a| a.to_ascii_lowercase());
    Ok(Value::str(strip(s.as_bytes(), allow.as_deref())))
}

/// Whether `c` is a C `isspace` byte.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// php's php_tag_find: the tag normalized to `<name>` (lowercase, no
/// attributes, no `/`) is looked for in the allowed set.
fn tag_allowed(tag: &[u8], set: &[u8]) -> bool {
    let at = |i: usize| tag.get(i).map_or(0, u8::to_ascii_lowercase);
    let mut norm = Vec::new();
    let mut started = false;
    let mut t = 0;
    loop {
        let c = at(t);
        match c {
            b'<' => norm.push(c),
            b'>' | 0 => break,
            _ if !is_space(c) => {
                started = true;
                let prev = if t > 0 { at(t - 1) } else { 0 };
                if c != b'/' || (prev != b'<' && at(t + 1) != b'>') {
                    norm.push(c);
                }
            }
            _ => {
                if started {
                    break;
                }
            }
        }
        t += 1;
    }
    norm.push(b'>');
    super::find(set, &norm, 0).is_some()
}

/// The state machine of php's php_strip_tags_ex (`allow_tag_spaces` off).
#[allow(clippy::collapsible_match)]
fn strip(buf: &[u8], allow: Option<&[u8]>) -> Vec<u8> {
    // Past the end reads as the C string's NUL.
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let before = |p: usize, n: usize| if p >= n { at(p - n) } else { 0 };
    let mut out = Vec::with_capacity(buf.len());
    let mut tag: Vec<u8> = Vec::new();
    let (mut state, mut depth, mut br) = (0u8, 0usize, 0i64);
    let (mut in_q, mut lc, mut is_xml) = (0u8, 0u8, false);
    let mut p = 0;
    while p < buf.len() {
        let c = buf[p];
        match state {
            0 => match c {
                0 => {}
                b'<' => {
                    if in_q != 0 {
                    } else if is_space(at(p + 1)) {
                        out.push(c);
                    } else {
                        lc = b'<';
                        state = 1;
                        if allow.is_some() {
                            tag.push(b'<');
                        }
                    }
                }
                b'>' => {
                    if depth > 0 {
                        depth -= 1;
                    } else if in_q == 0 {
                        out.push(c);
                    }
                }
                _ => out.push(c),
            },
            1 => {
                let mut keep = false;
                match c {
                    0 => {}
                    b'<' => {
                        if in_q != 0 {
                        } else if is_space(at(p + 1)) {
                            keep = true;
                        } else {
                            depth += 1;
                        }
                    }
                    b'>' => {
                        if depth > 0 {
                            depth -= 1;
                        } else if in_q != 0 {
                        } else {
                            lc = b'>';
                            if !(is_xml && before(p, 1) == b'-') {
                                in_q = 0;
                                state = 0;
                                is_xml = false;
                                if let Some(set) = allow {
                                    tag.push(b'>');
                                    if tag_allowed(&tag, set) {
                                        out.extend_from_slice(&tag);
                                    }
                                    tag.clear();
                                }
                            }
                        }
                    }
                    b'"' | b'\'' => {
                        if in_q == 0 || c == in_q {
                            in_q = if in_q != 0 { 0 } else { c };
                        }
                        keep = true;
                    }
                    b'!' if before(p, 1) == b'<' => {
                        state = 3;
                        lc = c;
                    }
                    b'?' if before(p, 1) == b'<' => {
                        br = 0;
                        state = 2;
                    }
                    _ => keep = true,
                }
                if keep && allow.is_some() {
                    tag.push(c);
                }
            }
            2 => match c {
                b'(' => {
                    if lc != b'"' && lc != b'\'' {
                        lc = b'(';
                        br += 1;
                    }
                }
                b')' => {
                    if lc != b'"' && lc != b'\'' {
                        lc = b')';
                        br -= 1;
                    }
                }
                b'>' => {
                    if depth > 0 {
                        depth -= 1;
                    } else if in_q == 0 && br == 0 && lc != b'"' && before(p, 1) == b'?' {
                        in_q = 0;
                        state = 0;
                        tag.clear();
                    }
                }
                b'"' | b'\'' => {
                    if p >= 1 && before(p, 1) != b'\\' {
                        if lc == c {
                            lc = 0;
                        } else if lc != b'\\' {
                            lc = c;
                        }
                        if in_q == 0 || c == in_q {
                            in_q = if in_q != 0 { 0 } else { c };
                        }
                    }
                }
                b'l' | b'L' => {
                    if p > 4
                        && before(p, 1).eq_ignore_ascii_case(&b'm')
                        && before(p, 2).eq_ignore_ascii_case(&b'x')
                        && before(p, 3) == b'?'
                        && before(p, 4) == b'<'
                    {
                        state = 1;
                        is_xml = true;
                    }
                }
                _ => {}
            },
            3 => match c {
                b'>' => {
                    if depth > 0 {
                        depth -= 1;
                    } else if in_q == 0 {
                        state = 0;
                        tag.clear();
                    }
                }
                b'"' | b'\'' => {
                    if before(p, 1) != b'\\' && (in_q == 0 || c == in_q) {
                        in_q = if in_q != 0 { 0 } else { c };
                    }
                }
                b'-' => {
                    if p >= 2 && before(p, 1) == b'-' && before(p, 2) == b'!' {
                        state = 4;
                    }
                }
                b'E' | b'e' => {
                    if p > 6 && buf[p - 6..p].eq_ignore_ascii_case(b"doctyp") {
                        state = 1;
                    }
                }
                _ => {}
            },
            _ => {
                if c == b'>' && in_q == 0 && p >= 2 && before(p, 1) == b'-' && before(p, 2) == b'-'
                {
                    in_q = 0;
                    state = 0;
                    tag.clear();
                }
            }
        }
        p += 1;
    }
    out
}
