//! `htmlspecialchars`, `htmlentities`, their decoders and
//! `get_html_translation_table`, with php's `ENT_*` flags and its UTF-8
//! validation (invalid sequences make the result empty, are dropped with
//! `ENT_IGNORE` or become U+FFFD with `ENT_SUBSTITUTE`).
//!
//! Named entities are those of HTML 4.01 (XHTML adds `&apos;`, XML 1.0 has
//! only the basic five); php's HTML5 table (1500 names) is not carried:
//! with `ENT_HTML5` the HTML 4.01 names are used.

use super::R;
use crate::ext::Extension;
use crate::runtime::array::{Key, PhpArray};
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
const HTML_SPECIALCHARS: i64 = 0;
const HTML_ENTITIES: i64 = 1;

/// The HTML 4.01 named entities (also XHTML 1.0's, which adds `apos`),
/// by code point.
const HTML401: [(u32, &str); 252] = [
    (34, "quot"),
    (38, "amp"),
    (60, "lt"),
    (62, "gt"),
    (160, "nbsp"),
    (161, "iexcl"),
    (162, "cent"),
    (163, "pound"),
    (164, "curren"),
    (165, "yen"),
    (166, "brvbar"),
    (167, "sect"),
    (168, "uml"),
    (169, "copy"),
    (170, "ordf"),
    (171, "laquo"),
    (172, "not"),
    (173, "shy"),
    (174, "reg"),
    (175, "macr"),
    (176, "deg"),
    (177, "plusmn"),
    (178, "sup2"),
    (179, "sup3"),
    (180, "acute"),
    (181, "micro"),
    (182, "para"),
    (183, "middot"),
    (184, "cedil"),
    (185, "sup1"),
    (186, "ordm"),
    (187, "raquo"),
    (188, "frac14"),
    (189, "frac12"),
    (190, "frac34"),
    (191, "iquest"),
    (192, "Agrave"),
    (193, "Aacute"),
    (194, "Acirc"),
    (195, "Atilde"),
    (196, "Auml"),
    (197, "Aring"),
    (198, "AElig"),
    (199, "Ccedil"),
    (200, "Egrave"),
    (201, "Eacute"),
    (202, "Ecirc"),
    (203, "Euml"),
    (204, "Igrave"),
    (205, "Iacute"),
    (206, "Icirc"),
    (207, "Iuml"),
    (208, "ETH"),
    (209, "Ntilde"),
    (210, "Ograve"),
    (211, "Oacute"),
    (212, "Ocirc"),
    (213, "Otilde"),
    (214, "Ouml"),
    (215, "times"),
    (216, "Oslash"),
    (217, "Ugrave"),
    (218, "Uacute"),
    (219, "Ucirc"),
    (220, "Uuml"),
    (221, "Yacute"),
    (222, "THORN"),
    (223, "szlig"),
    (224, "agrave"),
    (225, "aacute"),
    (226, "acirc"),
    (227, "atilde"),
    (228, "auml"),
    (229, "aring"),
    (230, "aelig"),
    (231, "ccedil"),
    (232, "egrave"),
    (233, "eacute"),
    (234, "ecirc"),
    (235, "euml"),
    (236, "igrave"),
    (237, "iacute"),
    (238, "icirc"),
    (239, "iuml"),
    (240, "eth"),
    (241, "ntilde"),
    (242, "ograve"),
    (243, "oacute"),
    (244, "ocirc"),
    (245, "otilde"),
    (246, "ouml"),
    (247, "divide"),
    (248, "oslash"),
    (249, "ugrave"),
    (250, "uacute"),
    (251, "ucirc"),
    (252, "uuml"),
    (253, "yacute"),
    (254, "thorn"),
    (255, "yuml"),
    (338, "OElig"),
    (339, "oelig"),
    (352, "Scaron"),
    (353, "scaron"),
    (376, "Yuml"),
    (402, "fnof"),
    (710, "circ"),
    (732, "tilde"),
    (913, "Alpha"),
    (914, "Beta"),
    (915, "Gamma"),
    (916, "Delta"),
    (917, "Epsilon"),
    (918, "Zeta"),
    (919, "Eta"),
    (920, "Theta"),
    (921, "Iota"),
    (922, "Kappa"),
    (923, "Lambda"),
    (924, "Mu"),
    (925, "Nu"),
    (926, "Xi"),
    (927, "Omicron"),
    (928, "Pi"),
    (929, "Rho"),
    (931, "Sigma"),
    (932, "Tau"),
    (933, "Upsilon"),
    (934, "Phi"),
    (935, "Chi"),
    (936, "Psi"),
    (937, "Omega"),
    (945, "alpha"),
    (946, "beta"),
    (947, "gamma"),
    (948, "delta"),
    (949, "epsilon"),
    (950, "zeta"),
    (951, "eta"),
    (952, "theta"),
    (953, "iota"),
    (954, "kappa"),
    (955, "lambda"),
    (956, "mu"),
    (957, "nu"),
    (958, "xi"),
    (959, "omicron"),
    (960, "pi"),
    (961, "rho"),
    (962, "sigmaf"),
    (963, "sigma"),
    (964, "tau"),
    (965, "upsilon"),
    (966, "phi"),
    (967, "chi"),
    (968, "psi"),
    (969, "omega"),
    (977, "thetasym"),
    (978, "upsih"),
    (982, "piv"),
    (8194, "ensp"),
    (8195, "emsp"),
    (8201, "thinsp"),
    (8204, "zwnj"),
    (8205, "zwj"),
    (8206, "lrm"),
    (8207, "rlm"),
    (8211, "ndash"),
    (8212, "mdash"),
    (8216, "lsquo"),
    (8217, "rsquo"),
    (8218, "sbquo"),
    (8220, "ldquo"),
    (8221, "rdquo"),
    (8222, "bdquo"),
    (8224, "dagger"),
    (8225, "Dagger"),
    (8226, "bull"),
    (8230, "hellip"),
    (8240, "permil"),
    (8242, "prime"),
    (8243, "Prime"),
    (8249, "lsaquo"),
    (8250, "rsaquo"),
    (8254, "oline"),
    (8260, "frasl"),
    (8364, "euro"),
    (8465, "image"),
    (8472, "weierp"),
    (8476, "real"),
    (8482, "trade"),
    (8501, "alefsym"),
    (8592, "larr"),
    (8593, "uarr"),
    (8594, "rarr"),
    (8595, "darr"),
    (8596, "harr"),
    (8629, "crarr"),
    (8656, "lArr"),
    (8657, "uArr"),
    (8658, "rArr"),
    (8659, "dArr"),
    (8660, "hArr"),
    (8704, "forall"),
    (8706, "part"),
    (8707, "exist"),
    (8709, "empty"),
    (8711, "nabla"),
    (8712, "isin"),
    (8713, "notin"),
    (8715, "ni"),
    (8719, "prod"),
    (8721, "sum"),
    (8722, "minus"),
    (8727, "lowast"),
    (8730, "radic"),
    (8733, "prop"),
    (8734, "infin"),
    (8736, "ang"),
    (8743, "and"),
    (8744, "or"),
    (8745, "cap"),
    (8746, "cup"),
    (8747, "int"),
    (8756, "there4"),
    (8764, "sim"),
    (8773, "cong"),
    (8776, "asymp"),
    (8800, "ne"),
    (8801, "equiv"),
    (8804, "le"),
    (8805, "ge"),
    (8834, "sub"),
    (8835, "sup"),
    (8836, "nsub"),
    (8838, "sube"),
    (8839, "supe"),
    (8853, "oplus"),
    (8855, "otimes"),
    (8869, "perp"),
    (8901, "sdot"),
    (8968, "lceil"),
    (8969, "rceil"),
    (8970, "lfloor"),
    (8971, "rfloor"),
    (9001, "lang"),
    (9002, "rang"),
    (9674, "loz"),
    (9824, "spades"),
    (9827, "clubs"),
    (9829, "hearts"),
    (9830, "diams"),
];

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
        .constant("HTML_SPECIALCHARS", Value::Int(HTML_SPECIALCHARS))
        .constant("HTML_ENTITIES", Value::Int(HTML_ENTITIES))
        .function("htmlspecialchars", |vm, args| {
            escape(vm, args, "htmlspecialchars", false)
        })
        .function("htmlentities", |vm, args| {
            escape(vm, args, "htmlentities", true)
        })
        .function("htmlspecialchars_decode", |vm, args| {
            unescape(vm, args, "htmlspecialchars_decode", false)
        })
        .function("html_entity_decode", |vm, args| {
            unescape(vm, args, "html_entity_decode", true)
        })
        .function("get_html_translation_table", translation_table)
}

#[derive(Clone, Copy, PartialEq)]
enum Doctype {
    Html401,
    Xml1,
    Xhtml,
    Html5,
}

fn doctype(flags: i64) -> Doctype {
    match flags & DOCTYPE_MASK {
        ENT_XML1 => Doctype::Xml1,
        ENT_XHTML => Doctype::Xhtml,
        ENT_HTML5 => Doctype::Html5,
        _ => Doctype::Html401,
    }
}

/// How a charset's bytes map to code points.
#[derive(Clone, Copy)]
enum Charset {
    Utf8,
    /// A single-byte charset: the code point of each byte (None for the
    /// bytes it leaves undefined or that are not known here).
    SingleByte(fn(u8) -> Option<u32>, Mapping),
}

/// What php knows of a single-byte charset's code points.
#[derive(Clone, Copy, PartialEq)]
enum Mapping {
    /// ISO-8859-1: bytes are code points.
    Unicode,
    /// A table maps the bytes (undefined ones to U+FFFF).
    Table,
    /// No table here: only ASCII is known.
    Unknown,
}

/// Windows-1252's 0x80..0x9F (0 for the five bytes it leaves undefined).
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

fn latin1(b: u8) -> Option<u32> {
    Some(b as u32)
}

fn cp1252(b: u8) -> Option<u32> {
    match b {
        0x80..=0x9f => Some(CP1252_HIGH[(b - 0x80) as usize] as u32).filter(|&c| c != 0),
        _ => Some(b as u32),
    }
}

/// ISO-8859-15: Latin-1 with eight bytes changed (the euro sign, ...).
fn latin9(b: u8) -> Option<u32> {
    Some(match b {
        0xa4 => 0x20ac,
        0xa6 => 0x0160,
        0xa8 => 0x0161,
        0xb4 => 0x017d,
        0xb8 => 0x017e,
        0xbc => 0x0152,
        0xbd => 0x0153,
        0xbe => 0x0178,
        _ => b as u32,
    })
}

/// Other single-byte charsets php knows (Cyrillic ones, MacRoman): only
/// their ASCII half is mapped here.
fn ascii_only(b: u8) -> Option<u32> {
    (b < 0x80).then_some(b as u32)
}

/// The charset named by an `$encoding` argument (null or "" for UTF-8);
/// unknown names warn and use UTF-8, as php does.
fn charset(vm: &mut Vm, name: &'static str, encoding: Option<&[u8]>) -> Charset {
    let Some(e) = encoding else {
        return Charset::Utf8;
    };
    let lower = e.to_ascii_lowercase();
    let (map, kind): (fn(u8) -> Option<u32>, Mapping) = match lower.as_slice() {
        b"utf-8" | b"utf8" | b"" => return Charset::Utf8,
        b"iso-8859-1" | b"iso8859-1" | b"latin1" => (latin1, Mapping::Unicode),
        b"iso-8859-15" | b"iso8859-15" => (latin9, Mapping::Table),
        b"cp1252" | b"windows-1252" | b"1252" => (cp1252, Mapping::Table),
        b"cp1251" | b"windows-1251" | b"win-1251" | b"1251" | b"cp866" | b"866" | b"ibm866"
        | b"koi8-r" | b"koi8-ru" | b"koi8r" | b"macroman" | b"iso-8859-5" | b"iso8859-5" => {
            (ascii_only, Mapping::Unknown)
        }
        _ => {
            let msg = format!(
                "{name}(): Charset \"{}\" is not supported, assuming UTF-8",
                String::from_utf8_lossy(e)
            );
            vm.report(E_WARNING, &msg);
            return Charset::Utf8;
        }
    };
    Charset::SingleByte(map, kind)
}

/// How `'` is written: HTML 4.01 has no `&apos;`, and neither has the
/// full table used for XHTML.
fn apos_entity(doc: Doctype, full_table: bool) -> &'static str {
    if doc == Doctype::Html401 || (full_table && doc == Doctype::Xhtml) {
        "&#039;"
    } else {
        "&apos;"
    }
}

/// The entity name of a code point in the full table of a doctype.
fn entity_name(cp: u32, doc: Doctype) -> Option<&'static str> {
    if doc == Doctype::Xml1 {
        return None;
    }
    HTML401
        .binary_search_by_key(&cp, |&(c, _)| c)
        .ok()
        .map(|i| HTML401[i].1)
}

/// The code point of a named entity: the doctype's full table (`all`) or
/// only the basic ones (`&amp; &lt; &gt; &quot;`, and `&apos;` outside
/// HTML 4.01).
fn named_entity(name: &[u8], doc: Doctype, all: bool) -> Option<u32> {
    if name == b"apos" {
        return (doc != Doctype::Html401).then_some(39);
    }
    if !all || doc == Doctype::Xml1 {
        return match name {
            b"amp" => Some(38),
            b"lt" => Some(60),
            b"gt" => Some(62),
            b"quot" => Some(34),
            _ => None,
        };
    }
    HTML401
        .iter()
        .find(|(_, n)| n.as_bytes() == name)
        .map(|&(c, _)| c)
}

/// php's unicode_cp_is_allowed: the code points a numeric entity may
/// stand for in a doctype.
fn cp_allowed(cp: u32, doc: Doctype) -> bool {
    let high = (0xe000..=0x10ffff).contains(&cp)
        && (cp & 0xffff) < 0xfffe
        && !(0xfdd0..=0xfdef).contains(&cp);
    match doc {
        Doctype::Html401 => {
            (0x20..=0x7e).contains(&cp)
                || matches!(cp, 0x0a | 0x09 | 0x0d)
                || (0xa0..=0xd7ff).contains(&cp)
                || (0xe000..=0x10ffff).contains(&cp)
        }
        Doctype::Html5 => {
            (0x20..=0x7e).contains(&cp)
                || ((0x09..=0x0d).contains(&cp) && cp != 0x0b)
                || (0xa0..=0xd7ff).contains(&cp)
                || high
        }
        Doctype::Xhtml | Doctype::Xml1 => {
            (0x20..=0xd7ff).contains(&cp)
                || matches!(cp, 0x0a | 0x09 | 0x0d)
                || ((0xe000..=0x10ffff).contains(&cp) && cp != 0xfffe && cp != 0xffff)
        }
    }
}

/// php's numeric_entity_is_allowed: the code points an existing numeric
/// entity may stand for under `ENT_DISALLOWED` (looser than [`cp_allowed`]).
fn numeric_entity_allowed(cp: u32, doc: Doctype) -> bool {
    match doc {
        Doctype::Html401 => cp <= 0x10ffff,
        Doctype::Html5 => {
            (0x20..=0x7e).contains(&cp)
                || ((0x09..=0x0c).contains(&cp) && cp != 0x0b)
                || ((0xa0..=0x10ffff).contains(&cp)
                    && (cp & 0xffff) < 0xfffe
                    && !(0xfdd0..=0xfdef).contains(&cp))
        }
        Doctype::Xhtml | Doctype::Xml1 => cp_allowed(cp, doc),
    }
}

/// An entity at the start of `s` (`&name;`, `&#123;`, `&#x1F;`): its code
/// point (None for an unknown name) and its length; None when the text is
/// not shaped like an entity.
fn parse_entity(s: &[u8], doc: Doctype, all: bool) -> Option<(Option<u32>, usize, bool)> {
    let rest = &s[1..];
    if let Some(num) = rest.strip_prefix(b"#") {
        let (digits, radix, skip) = match num.first() {
            Some(b'x' | b'X') => (&num[1..], 16, 3),
            _ => (num, 10, 2),
        };
        let n = digits
            .iter()
            .take_while(|c| (**c as char).is_digit(radix))
            .count();
        if n == 0 || digits.get(n) != Some(&b';') {
            return None;
        }
        let text = std::str::from_utf8(&digits[..n]).ok()?;
        let cp = u32::from_str_radix(text, radix)
            .ok()
            .filter(|&c| c <= 0x10ffff)?;
        return Some((Some(cp), skip + n + 1, true));
    }
    let n = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if n == 0 || rest.get(n) != Some(&b';') {
        return None;
    }
    Some((named_entity(&rest[..n], doc, all), n + 2, false))
}

/// `htmlspecialchars` and (`all`) `htmlentities`.
fn escape(vm: &mut Vm, args: &[Value], name: &'static str, all: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: &["string", "flags", "encoding", "double_encode"],
        required: 1,
    };
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let flags = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(DEFAULT_FLAGS);
    let encoding = super::opt_str(&sig, vm, args, 2)?;
    let double = sig.opt(vm, args, 3, Sig::bool)?.unwrap_or(true);
    let cs = charset(vm, name, encoding.as_ref().map(|e| e.as_bytes()));
    let doc = doctype(flags);
    let apos = apos_entity(doc, all && doc != Doctype::Xml1).as_bytes();
    let replacement: &[u8] = match cs {
        Charset::Utf8 => "\u{fffd}".as_bytes(),
        _ => b"&#xFFFD;",
    };
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        // One character: its bytes and code point (None: not known).
        let (n, cp) = match cs {
            _ if c < 0x80 => (1, Some(c as u32)),
            Charset::Utf8 => match next_utf8(b, i) {
                Ok((n, cp)) => (n, Some(cp)),
                Err(n) => {
                    if flags & ENT_IGNORE != 0 {
                    } else if flags & ENT_SUBSTITUTE != 0 {
                        out.extend_from_slice(replacement);
                    } else {
                        return Ok(Value::str(""));
                    }
                    i += n;
                    continue;
                }
            },
            Charset::SingleByte(map, Mapping::Table) => (1, Some(map(c).unwrap_or(0xffff))),
            Charset::SingleByte(map, _) => (1, map(c)),
        };
        i += n;
        let seq = &b[start..i];
        if c == b'&' {
            if !double {
                // An existing valid entity is kept as it is.
                if let Some((cp, n, numeric)) = parse_entity(&b[start..], doc, true) {
                    let valid = match cp {
                        Some(cp) if numeric => {
                            flags & ENT_DISALLOWED == 0 || numeric_entity_allowed(cp, doc)
                        }
                        cp => cp.is_some(),
                    };
                    if valid {
                        out.extend_from_slice(&b[start..start + n]);
                        i = start + n;
                        continue;
                    }
                }
            }
            out.extend_from_slice(b"&amp;");
            continue;
        }
        let rep: Option<&[u8]> = match c {
            b'"' if flags & ENT_HTML_QUOTE_DOUBLE == 0 => {
                out.push(c);
                continue;
            }
            b'\'' if flags & ENT_HTML_QUOTE_SINGLE == 0 => {
                out.push(c);
                continue;
            }
            b'<' => Some(b"&lt;"),
            b'>' => Some(b"&gt;"),
            b'"' => Some(b"&quot;"),
            b'\'' => Some(apos),
            _ => None,
        };
        if let Some(rep) = rep {
            out.extend_from_slice(rep);
            continue;
        }
        if all && doc != Doctype::Xml1 {
            match cp {
                // A byte without mapping passes through.
                Some(0xffff) | None if !matches!(cs, Charset::Utf8) => {
                    out.extend_from_slice(seq);
                    continue;
                }
                Some(cp) => {
                    if let Some(e) = entity_name(cp, doc) {
                        out.push(b'&');
                        out.extend_from_slice(e.as_bytes());
                        out.push(b';');
                        continue;
                    }
                }
                None => {}
            }
        }
        let disallowed = flags & ENT_DISALLOWED != 0
            && match (cs, cp) {
                // Without a map to Unicode (htmlspecialchars does not use
                // the charset tables), php only judges the low bytes.
                (Charset::SingleByte(_, Mapping::Unknown), _) => {
                    c <= 0x7d && !cp_allowed(c as u32, doc)
                }
                (Charset::SingleByte(_, Mapping::Table), _) if !all => {
                    c <= 0x7d && !cp_allowed(c as u32, doc)
                }
                (_, Some(cp)) => !cp_allowed(cp, doc),
                (_, None) => false,
            };
        out.extend_from_slice(if disallowed { replacement } else { seq });
    }
    Ok(Value::str(out))
}

/// `htmlspecialchars_decode` and (`all`) `html_entity_decode`.
fn unescape(vm: &mut Vm, args: &[Value], name: &'static str, all: bool) -> R<Value> {
    let sig = Sig {
        name,
        params: if all {
            &["string", "flags", "encoding"]
        } else {
            &["string", "flags"]
        },
        required: 1,
    };
    sig.arity(vm, args)?;
    let s = sig.str(vm, args, 0)?;
    let flags = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(DEFAULT_FLAGS);
    let cs = if all {
        let encoding = super::opt_str(&sig, vm, args, 2)?;
        charset(vm, name, encoding.as_ref().map(|e| e.as_bytes()))
    } else {
        Charset::Utf8
    };
    let doc = doctype(flags);
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'&' || i + 3 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let decoded = parse_entity(&b[i..], doc, all).and_then(|(cp, n, numeric)| {
            let cp = cp?;
            if numeric {
                if !all && !matches!(cp, 0x26 | 0x22 | 0x27 | 0x3c | 0x3e) {
                    return None;
                }
                if !cp_allowed(cp, doc) || (doc == Doctype::Html5 && cp == 0x0d) {
                    return None;
                }
            }
            if (cp == 0x27 && flags & ENT_HTML_QUOTE_SINGLE == 0)
                || (cp == 0x22 && flags & ENT_HTML_QUOTE_DOUBLE == 0)
            {
                return None;
            }
            let bytes = match cs {
                Charset::Utf8 => char::from_u32(cp)?.to_string().into_bytes(),
                Charset::SingleByte(map, _) => vec![(0..=255u8).find(|&b| map(b) == Some(cp))?],
            };
            Some((bytes, n))
        });
        match decoded {
            Some((bytes, n)) => {
                out.extend_from_slice(&bytes);
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

fn translation_table(vm: &mut Vm, args: &[Value]) -> R<Value> {
    let sig = Sig::new(
        "get_html_translation_table",
        0,
        &["table", "flags", "encoding"],
    );
    sig.arity(vm, args)?;
    let table = sig.opt(vm, args, 0, Sig::int)?.unwrap_or(HTML_SPECIALCHARS);
    let flags = sig.opt(vm, args, 1, Sig::int)?.unwrap_or(DEFAULT_FLAGS);
    let encoding = sig.opt(vm, args, 2, Sig::str)?;
    let cs = charset(
        vm,
        "get_html_translation_table",
        encoding.as_ref().map(|e| e.as_bytes()),
    );
    let doc = doctype(flags);
    let all = table == HTML_ENTITIES && doc != Doctype::Xml1;
    let mut entries: Vec<(Vec<u8>, String)> = vec![
        (b"&".to_vec(), "&amp;".into()),
        (b"<".to_vec(), "&lt;".into()),
        (b">".to_vec(), "&gt;".into()),
    ];
    if flags & ENT_HTML_QUOTE_DOUBLE != 0 {
        entries.push((b"\"".to_vec(), "&quot;".into()));
    }
    if flags & ENT_HTML_QUOTE_SINGLE != 0 {
        entries.push((b"'".to_vec(), apos_entity(doc, all).into()));
    }
    if all {
        for &(cp, n) in HTML401.iter().filter(|(c, _)| *c >= 0x80) {
            let key = match cs {
                Charset::Utf8 => char::from_u32(cp).map(|c| c.to_string().into_bytes()),
                Charset::SingleByte(map, _) => {
                    (0..=255u8).find(|&b| map(b) == Some(cp)).map(|b| vec![b])
                }
            };
            if let Some(key) = key {
                entries.push((key, format!("&{n};")));
            }
        }
    }
    // In code point order (UTF-8 and single-byte keys sort alike).
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = PhpArray::new();
    for (key, e) in entries {
        out.set(Key::from_bytes(&key), Value::str(e));
    }
    Ok(Value::array(out))
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
