//! `metaphone`: Lawrence Philips' Metaphone, with the rules and quirks
//! of php's version (the "traditional" variant it runs).

use super::R;
use crate::ext::Extension;
use crate::runtime::value::Value;
use crate::stdlib::args::Sig;
use crate::vm::Vm;

pub(super) fn add(ext: Extension) -> Extension {
    ext.function("metaphone", metaphone_fn)
}

fn metaphone_fn(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new("metaphone", 1, &["string", "max_phonemes"]);
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let max = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(0);
    if max < 0 {
        return Err(sig.value_error(vm, 1, "must be greater than or equal to 0"));
    }
    Ok(Value::str(metaphone(s.as_bytes(), max as u64)))
}

/// Letter classes: 1 vowel (AEIOU), 2 unchanged (FJLMNR), 4 affects a
/// following H (CGPST), 8 softens C and G (EIY), 16 makes GH silent (BDH).
const CODES: [u8; 26] = [
    1, 16, 4, 16, 9, 2, 4, 16, 9, 2, 0, 2, 2, 2, 1, 4, 0, 2, 4, 4, 1, 0, 0, 0, 8, 0,
];

fn class(c: u8) -> u8 {
    if c.is_ascii_alphabetic() {
        CODES[(c.to_ascii_uppercase() - b'A') as usize]
    } else {
        0
    }
}

fn is_vowel(c: u8) -> bool {
    class(c) & 1 != 0
}
fn affects_h(c: u8) -> bool {
    class(c) & 4 != 0
}
fn makes_soft(c: u8) -> bool {
    class(c) & 8 != 0
}
fn no_gh_to_f(c: u8) -> bool {
    class(c) & 16 != 0
}

// One arm per letter, as the rules are stated.
#[allow(clippy::collapsible_match)]
fn metaphone(word: &[u8], max: u64) -> Vec<u8> {
    // The word ends at its first NUL, as a C string does.
    let word = &word[..word.iter().position(|&b| b == 0).unwrap_or(word.len())];
    let at = |i: usize| word.get(i).map_or(0, u8::to_ascii_uppercase);
    let mut out = Vec::new();
    let mut w = 0;
    // Skip leading non-letters.
    while !at(w).is_ascii_alphabetic() {
        if at(w) == 0 {
            return out;
        }
        w += 1;
    }
    let next = |w: usize| at(w + 1);
    let after_next = |w: usize| if at(w + 1) != 0 { at(w + 2) } else { 0 };
    let back = |w: usize, n: usize| if w >= n { at(w - n) } else { 0 };
    let ahead = |w: usize, n: usize| {
        let mut i = 0;
        while i < n && at(w + i) != 0 {
            i += 1;
        }
        at(w + i)
    };
    // The start of the word.
    match at(w) {
        b'A' => {
            if next(w) == b'E' {
                out.push(b'E');
                w += 2;
            } else {
                out.push(b'A');
                w += 1;
            }
        }
        b'G' | b'K' | b'P' => {
            if next(w) == b'N' {
                out.push(b'N');
                w += 2;
            }
        }
        b'W' => {
            if next(w) == b'R' {
                out.push(b'R');
                w += 2;
            } else if next(w) == b'H' || is_vowel(next(w)) {
                out.push(b'W');
                w += 2;
            }
        }
        b'X' => {
            out.push(b'S');
            w += 1;
        }
        c @ (b'E' | b'I' | b'O' | b'U') => {
            out.push(c);
            w += 1;
        }
        _ => {}
    }
    while at(w) != 0 && (max == 0 || (out.len() as u64) < max) {
        let c = at(w);
        let mut skip = 0;
        if !c.is_ascii_alphabetic() || (c == back(w, 1) && c != b'C') {
            w += 1;
            continue;
        }
        match c {
            b'B' => {
                if back(w, 1) != b'M' {
                    out.push(b'B');
                }
            }
            b'C' => {
                if makes_soft(next(w)) {
                    if after_next(w) == b'A' && next(w) == b'I' {
                        out.push(b'X');
                    } else if back(w, 1) != b'S' {
                        out.push(b'S');
                    }
                } else if next(w) == b'H' {
                    out.push(b'X');
                    skip += 1;
                } else {
                    out.push(b'K');
                }
            }
            b'D' => {
                if next(w) == b'G' && makes_soft(after_next(w)) {
                    out.push(b'J');
                    skip += 1;
                } else {
                    out.push(b'T');
                }
            }
            b'G' => {
                if next(w) == b'H' {
                    if !(no_gh_to_f(back(w, 3)) || back(w, 4) == b'H') {
                        out.push(b'F');
                        skip += 1;
                    }
                } else if next(w) == b'N' {
                    let an = after_next(w);
                    if !(!an.is_ascii_alphabetic() || (an == b'E' && ahead(w, 3) == b'D')) {
                        out.push(b'K');
                    }
                } else if makes_soft(next(w)) && back(w, 1) != b'G' {
                    out.push(b'J');
                } else {
                    out.push(b'K');
                }
            }
            b'H' => {
                if is_vowel(next(w)) && !affects_h(back(w, 1)) {
                    out.push(b'H');
                }
            }
            b'K' => {
                if back(w, 1) != b'C' {
                    out.push(b'K');
                }
            }
            b'P' => out.push(if next(w) == b'H' { b'F' } else { b'P' }),
            b'Q' => out.push(b'K'),
            b'S' => {
                if next(w) == b'I' && matches!(after_next(w), b'O' | b'A') {
                    out.push(b'X');
                } else if next(w) == b'H' {
                    out.push(b'X');
                    skip += 1;
                } else {
                    out.push(b'S');
                }
            }
            b'T' => {
                if next(w) == b'I' && matches!(after_next(w), b'O' | b'A') {
                    out.push(b'X');
                } else if next(w) == b'H' {
                    out.push(b'0');
                    skip += 1;
                } else if !(next(w) == b'C' && after_next(w) == b'H') {
                    out.push(b'T');
                }
            }
            b'V' => out.push(b'F'),
            b'W' => {
                if is_vowel(next(w)) {
                    out.push(b'W');
                }
            }
            b'X' => out.extend_from_slice(b"KS"),
            b'Y' => {
                if is_vowel(next(w)) {
                    out.push(b'Y');
                }
            }
            b'Z' => out.push(b'S'),
            b'F' | b'J' | b'L' | b'M' | b'N' | b'R' => out.push(c),
            _ => {}
        }
        w += 1 + skip;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::metaphone;

    #[test]
    fn known_codes() {
        assert_eq!(metaphone(b"Thompson", 0), b"0MPSN");
        assert_eq!(metaphone(b"knight", 0), b"NFT");
    }
}
