//! Translating a PCRE2 pattern (as php 8.2's `preg_match` compiles it:
//! 8-bit, no UTF, C-locale tables) into the syntax of the `regex` crate, or
//! of `fancy-regex` for the features only a backtracking engine has.
//!
//! Both engines read our output with Unicode off and "dot matches newline"
//! on, matching raw bytes. Every literal byte is written as `\xHH` (or as
//! itself when it is a letter, digit or `_`), so the output is ASCII and no
//! PCRE/Rust difference in what needs escaping can leak through. Extended
//! mode (`(?x)`) is applied here, not passed on, because Rust's version also
//! ignores blanks inside classes.

use crate::expectf::FLOAT_PCRE;

/// Which engine, and for `%f`, which approximation of its lookahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Flavour {
    /// `regex` crate; `%f` without its `(?=\.\d)` branch (matches less).
    Strict,
    /// `regex` crate; `%f` with that branch as an empty match (matches more).
    Loose,
    /// `fancy-regex`: lookaround, backreferences, atomic groups, possessive
    /// quantifiers, and the exact `%f`.
    Fancy,
}

/// Why a pattern could not be translated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    /// PCRE itself rejects the pattern, so `preg_match` fails and the case
    /// can never pass.
    Invalid(String),
    /// Valid PCRE that this crate does not emulate.
    Unsupported(String),
    /// Valid PCRE that needs [`Flavour::Fancy`].
    NeedsFancy,
}

/// A translated pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Translation {
    pub pattern: String,
    /// The pattern contains `%f`'s float pattern (so Strict and Loose differ).
    pub has_float: bool,
}

/// PCRE2's white space for `\s` and extended mode: space, \t, \n, \v, \f, \r.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// POSIX class names PCRE2 knows (all of which Rust knows too).
const POSIX_NAMES: &[&[u8]] = &[
    b"alpha", b"lower", b"upper", b"alnum", b"ascii", b"blank", b"cntrl", b"digit", b"graph",
    b"print", b"punct", b"space", b"word", b"xdigit",
];

/// One member of a character class.
enum ClassItem {
    Byte(u8),
    /// A ready-made set such as `\d`, `[:alpha:]` or a nested class.
    Set(String),
}

/// A group being translated.
struct OpenGroup {
    /// Extended mode to restore at its end.
    extended: bool,
    /// Where its output starts.
    out_start: usize,
    lookaround: bool,
    /// Capture groups opened before it.
    groups_before: usize,
}

/// A lookaround group that has just been closed.
#[derive(Clone, Copy)]
struct ClosedGroup {
    out_start: usize,
    has_captures: bool,
}

struct Translator<'a> {
    src: &'a [u8],
    pos: usize,
    out: String,
    flavour: Flavour,
    /// Capture groups opened so far (for backreference numbers).
    groups: usize,
    names: Vec<(Vec<u8>, usize)>,
    /// Every named group of the pattern, from a first pass; `None` during
    /// that pass.
    later_names: Option<Vec<(Vec<u8>, usize)>>,
    /// Open groups, innermost last.
    stack: Vec<OpenGroup>,
    /// Where the output of the lookaround group that just closed starts,
    /// while nothing else has been emitted after it.
    closed_lookaround: Option<ClosedGroup>,
    /// Highest group number a backreference names.
    max_backref: usize,
    extended: bool,
    /// Whether the last item may take a quantifier: PCRE rejects one after
    /// nothing, `(`, `|`, an assertion or another quantifier, where Rust
    /// would accept some of them.
    repeatable: bool,
    /// Inside a class, between `\Q` and `\E`.
    quoting: bool,
    has_float: bool,
}

/// Translate the PCRE pattern `src` (the text between the delimiters).
pub(crate) fn translate(src: &[u8], flavour: Flavour) -> Result<Translation, Problem> {
    // A named reference may come before its group: learn every group's
    // number in a first pass when the pattern has named references.
    let may_refer_by_name = [&b"\\k"[..], b"\\g", b"(?P="]
        .iter()
        .any(|needle| crate::php::find(src, needle, 0).is_some());
    let later_names = if may_refer_by_name {
        let mut first = Translator::new(src, Flavour::Fancy, None);
        // Errors surface again in the real pass.
        let _ = first.run();
        Some(first.names)
    } else {
        None
    };
    let mut t = Translator::new(src, flavour, later_names);
    t.run()?;
    Ok(Translation {
        pattern: t.out,
        has_float: t.has_float,
    })
}

fn invalid<T>(msg: &str) -> Result<T, Problem> {
    Err(Problem::Invalid(msg.to_string()))
}

fn unsupported<T>(msg: &str) -> Result<T, Problem> {
    Err(Problem::Unsupported(msg.to_string()))
}

fn push_byte(out: &mut String, b: u8) {
    if b.is_ascii_alphanumeric() || b == b'_' {
        out.push(b as char);
    } else {
        out.push_str(&format!("\\x{b:02X}"));
    }
}

impl<'a> Translator<'a> {
    fn new(src: &'a [u8], flavour: Flavour, later_names: Option<Vec<(Vec<u8>, usize)>>) -> Self {
        Translator {
            src,
            pos: 0,
            out: String::with_capacity(src.len() * 2),
            flavour,
            groups: 0,
            names: Vec::new(),
            later_names,
            stack: Vec::new(),
            closed_lookaround: None,
            max_backref: 0,
            extended: false,
            repeatable: false,
            quoting: false,
            has_float: false,
        }
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.src.get(self.pos + ahead).copied()
    }

    fn rest(&self) -> &[u8] {
        &self.src[self.pos..]
    }

    fn lit(&mut self, b: u8) {
        push_byte(&mut self.out, b);
        self.repeatable = true;
        self.closed_lookaround = None;
    }

    /// Emit a ready-made item that can be quantified (a class, `.`, ...).
    fn item(&mut self, text: &str) {
        self.out.push_str(text);
        self.repeatable = true;
        self.closed_lookaround = None;
    }

    /// Emit an assertion or group opener: a quantifier may not follow.
    fn non_item(&mut self, text: &str) {
        self.out.push_str(text);
        self.repeatable = false;
        self.closed_lookaround = None;
    }

    /// Open a group whose opening text is `text`.
    fn push_group(&mut self, text: &str, lookaround: bool) {
        self.stack.push(OpenGroup {
            extended: self.extended,
            out_start: self.out.len(),
            lookaround,
            groups_before: self.groups,
        });
        self.non_item(text);
    }

    /// A quantifier after a lookaround group. PCRE allows it: a minimum of
    /// zero makes the assertion optional (tried with and without, or never
    /// for `{0}`), any other minimum means "once". Backtracking engines
    /// reject quantified assertions, so write that out instead.
    fn quantify_lookaround(
        &mut self,
        group: ClosedGroup,
        min: u64,
        max: Option<u64>,
    ) -> Result<(), Problem> {
        let lazy = self.peek(0) == Some(b'?');
        if matches!(self.peek(0), Some(b'?' | b'+')) {
            self.pos += 1;
        }
        if min == 0 {
            if max == Some(0) {
                if group.has_captures {
                    return unsupported("a {0} quantifier on an assertion with capture groups");
                }
                self.out.truncate(group.out_start);
            } else {
                let (before, after) = if lazy { ("(?:|", ")") } else { ("(?:", "|)") };
                self.out.insert_str(group.out_start, before);
                self.out.push_str(after);
            }
        }
        self.repeatable = false;
        Ok(())
    }

    fn check_repeatable(&self) -> Result<(), Problem> {
        if self.repeatable {
            Ok(())
        } else {
            invalid("quantifier does not follow a repeatable item")
        }
    }

    fn needs_fancy(&self) -> Result<(), Problem> {
        if self.flavour == Flavour::Fancy {
            Ok(())
        } else {
            Err(Problem::NeedsFancy)
        }
    }

    fn run(&mut self) -> Result<(), Problem> {
        while let Some(b) = self.peek(0) {
            if self.extended {
                if is_space(b) {
                    self.pos += 1;
                    continue;
                }
                if b == b'#' {
                    while let Some(c) = self.peek(0) {
                        self.pos += 1;
                        if c == b'\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            match b {
                b'\\' => self.escape()?,
                b'[' => self.bracket()?,
                b'(' => self.open_group()?,
                b')' => {
                    let Some(group) = self.stack.pop() else {
                        return invalid("unmatched closing parenthesis");
                    };
                    self.extended = group.extended;
                    self.item(")");
                    self.pos += 1;
                    if group.lookaround {
                        self.closed_lookaround = Some(ClosedGroup {
                            out_start: group.out_start,
                            has_captures: self.groups > group.groups_before,
                        });
                    }
                }
                b'*' | b'+' | b'?' => {
                    self.check_repeatable()?;
                    self.pos += 1;
                    if let Some(group) = self.closed_lookaround.take() {
                        let (min, max) = match b {
                            b'*' => (0, None),
                            b'+' => (1, None),
                            _ => (0, Some(1)),
                        };
                        self.quantify_lookaround(group, min, max)?;
                        continue;
                    }
                    self.out.push(b as char);
                    self.quantifier_suffix()?;
                }
                b'{' => match self.repeat_len()? {
                    Some(len) if self.closed_lookaround.is_some() => {
                        let (min, max) = self.repeat_bounds(len);
                        self.pos += len;
                        let group = self.closed_lookaround.take().expect("checked above");
                        self.quantify_lookaround(group, min, max)?;
                    }
                    Some(len) => {
                        self.check_repeatable()?;
                        let text = &self.src[self.pos..self.pos + len];
                        // Digits, comma and braces only: ASCII.
                        self.out.push_str(&String::from_utf8_lossy(text));
                        self.pos += len;
                        self.quantifier_suffix()?;
                    }
                    None => {
                        self.lit(b'{');
                        self.pos += 1;
                    }
                },
                b'.' => {
                    self.item(".");
                    self.pos += 1;
                }
                b'^' | b'$' | b'|' => {
                    self.non_item(if b == b'|' {
                        "|"
                    } else if b == b'^' {
                        "^"
                    } else {
                        "$"
                    });
                    self.pos += 1;
                }
                _ => {
                    self.lit(b);
                    self.pos += 1;
                }
            }
        }
        if !self.stack.is_empty() {
            return invalid("missing closing parenthesis");
        }
        if self.max_backref > self.groups {
            return invalid("reference to non-existent subpattern");
        }
        Ok(())
    }

    /// After a quantifier: `?` makes it lazy, `+` possessive. Nothing may
    /// be quantified again after that.
    fn quantifier_suffix(&mut self) -> Result<(), Problem> {
        self.repeatable = false;
        match self.peek(0) {
            Some(b'?') => {
                self.out.push('?');
                self.pos += 1;
            }
            Some(b'+') => {
                self.needs_fancy()?;
                self.out.push('+');
                self.pos += 1;
            }
            _ => {}
        }
        Ok(())
    }

    /// The bounds of the (valid) `len`-byte quantifier at `pos`.
    fn repeat_bounds(&self, len: usize) -> (u64, Option<u64>) {
        let text =
            String::from_utf8_lossy(&self.src[self.pos + 1..self.pos + len - 1]).into_owned();
        let mut parts = text.splitn(2, ',');
        let min = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
        let max = match parts.next() {
            None => Some(min),
            Some("") => None,
            Some(m) => m.parse().ok(),
        };
        (min, max)
    }

    /// Length of a `{n}`, `{n,}` or `{n,m}` quantifier at `pos`, or `None`
    /// when the brace is a literal (PCRE2 10.42 reads `{,m}` literally).
    fn repeat_len(&self) -> Result<Option<usize>, Problem> {
        let rest = self.rest();
        let digits = |from: usize| {
            rest[from..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let number = |from: usize, len: usize| -> Option<u64> {
            std::str::from_utf8(&rest[from..from + len])
                .ok()?
                .parse()
                .ok()
        };
        let n1 = digits(1);
        if n1 == 0 {
            return Ok(None);
        }
        let mut i = 1 + n1;
        let min = number(1, n1);
        let mut max = min;
        match rest.get(i) {
            Some(b'}') => {}
            Some(b',') => {
                let n2 = digits(i + 1);
                max = if n2 == 0 {
                    None
                } else {
                    number(i + 1, n2).or(Some(u64::MAX))
                };
                i += 1 + n2;
                if rest.get(i) != Some(&b'}') {
                    return Ok(None);
                }
            }
            _ => return Ok(None),
        }
        let too_big = |v: Option<u64>| v.is_none_or(|v| v > 65535);
        if too_big(min) || (max.is_some() && too_big(max)) {
            return invalid("number too big in {} quantifier");
        }
        if let (Some(lo), Some(hi)) = (min, max) {
            if lo > hi {
                return invalid("numbers out of order in {} quantifier");
            }
        }
        Ok(Some(i + 1))
    }

    /// A backslash sequence outside a class.
    fn escape(&mut self) -> Result<(), Problem> {
        let Some(c) = self.peek(1) else {
            return invalid("\\ at end of pattern");
        };
        self.pos += 2;
        match c {
            b'd' | b'D' | b'w' | b'W' | b's' | b'S' => self.item(&format!("\\{}", c as char)),
            b'b' | b'B' | b'A' | b'z' => self.non_item(&format!("\\{}", c as char)),
            // The subject never ends in a newline (it is trimmed), so "end or
            // before a final newline" is just the end.
            b'Z' => self.non_item("\\z"),
            // preg_match starts at offset 0, so \G can only hold there.
            b'G' => self.non_item("\\A"),
            // \K only moves the reported start of the match.
            b'K' => self.non_item(""),
            b'h' => self.item("[\\x09\\x20\\xA0]"),
            b'H' => self.item("[^\\x09\\x20\\xA0]"),
            b'v' => self.item("[\\x0A-\\x0D\\x85]"),
            b'V' => self.item("[^\\x0A-\\x0D\\x85]"),
            b'R' => self.item("(?:\\x0D\\x0A|[\\x0A-\\x0D\\x85])"),
            // \N{2} is \N repeated; \N{U+hh} names a character (UTF only).
            b'N' if self.peek(0) == Some(b'{') && self.repeat_len()?.is_none() => {
                return invalid("\\N{U+dddd} is supported only in Unicode (UTF) mode");
            }
            b'N' => self.item("[^\\x0A]"),
            b'C' => self.item("(?s:.)"),
            b'X' => return unsupported("\\X (extended grapheme cluster)"),
            b'p' | b'P' => return unsupported("Unicode properties (\\p, \\P)"),
            b'Q' => {
                while self.pos < self.src.len() {
                    if self.rest().starts_with(b"\\E") {
                        self.pos += 2;
                        break;
                    }
                    let b = self.src[self.pos];
                    self.lit(b);
                    self.pos += 1;
                }
            }
            b'E' => {}
            b'1'..=b'9' => self.digit_escape(c)?,
            b'g' => self.g_escape()?,
            b'k' => self.k_escape()?,
            b'L' | b'l' | b'U' | b'u' => {
                return invalid("PCRE2 does not support \\F, \\L, \\l, \\N{name}, \\U, or \\u");
            }
            _ => {
                let b = self.char_escape(c)?;
                self.lit(b);
            }
        }
        Ok(())
    }

    /// Escapes that stand for one byte (`pos` is just past `\c`). Shared by
    /// the top level and classes; backreference-looking digits are handled
    /// before this at the top level.
    fn char_escape(&mut self, c: u8) -> Result<u8, Problem> {
        Ok(match c {
            b'a' => 0x07,
            b'e' => 0x1B,
            b'f' => 0x0C,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'0'..=b'7' => {
                // Up to two more octal digits (\0 + two, or three in all).
                let mut value = u32::from(c - b'0');
                for _ in 0..2 {
                    match self.peek(0) {
                        Some(d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            self.pos += 1;
                        }
                        _ => break,
                    }
                }
                byte_value(value)?
            }
            b'o' => {
                if self.peek(0) != Some(b'{') {
                    return invalid("missing opening brace after \\o");
                }
                let digits = self.rest()[1..]
                    .iter()
                    .take_while(|b| (b'0'..=b'7').contains(b))
                    .count();
                if digits == 0 || self.peek(1 + digits) != Some(b'}') {
                    return invalid("non-octal character in \\o{} (closing brace missing?)");
                }
                let text = &self.src[self.pos + 1..self.pos + 1 + digits];
                let value = parse_radix(text, 8);
                self.pos += digits + 2;
                byte_value(value)?
            }
            b'x' => {
                if self.peek(0) == Some(b'{') {
                    let digits = self.rest()[1..]
                        .iter()
                        .take_while(|b| b.is_ascii_hexdigit())
                        .count();
                    if digits == 0 || self.peek(1 + digits) != Some(b'}') {
                        return invalid("non-hex character in \\x{} (closing brace missing?)");
                    }
                    let text = &self.src[self.pos + 1..self.pos + 1 + digits];
                    let value = parse_radix(text, 16);
                    self.pos += digits + 2;
                    byte_value(value)?
                } else {
                    let mut value = 0u32;
                    for _ in 0..2 {
                        match self.peek(0) {
                            Some(d) if d.is_ascii_hexdigit() => {
                                value = value * 16 + (d as char).to_digit(16).unwrap_or(0);
                                self.pos += 1;
                            }
                            _ => break,
                        }
                    }
                    value as u8
                }
            }
            b'c' => {
                let Some(x) = self.peek(0) else {
                    return invalid("\\c at end of pattern");
                };
                if !(0x20..=0x7E).contains(&x) {
                    return invalid("\\c must be followed by a printable ASCII character");
                }
                self.pos += 1;
                x.to_ascii_uppercase() ^ 0x40
            }
            _ if c.is_ascii_alphanumeric() => {
                return invalid("unrecognized character follows \\");
            }
            _ => c,
        })
    }

    /// `\1`..`\9...` outside a class: a backreference, or else octal.
    fn digit_escape(&mut self, first: u8) -> Result<(), Problem> {
        let start = self.pos - 1;
        let len = self.src[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let number = std::str::from_utf8(&self.src[start..start + len])
            .ok()
            .and_then(|s| s.parse::<usize>().ok())
            .unwrap_or(usize::MAX);
        if number < 10 || first == b'8' || first == b'9' || number <= self.groups {
            self.pos = start + len;
            return self.backreference(number);
        }
        let b = self.char_escape(first)?;
        self.lit(b);
        Ok(())
    }

    fn backreference(&mut self, number: usize) -> Result<(), Problem> {
        self.needs_fancy()?;
        if number == 0 {
            return invalid("a numbered reference must not be zero");
        }
        self.max_backref = self.max_backref.max(number);
        // The group keeps a following digit from extending the number.
        self.item(&format!("(?:\\{number})"));
        Ok(())
    }

    fn named_backreference(&mut self, name: &[u8]) -> Result<(), Problem> {
        let Some(all) = &self.later_names else {
            // First pass: only group names and numbers matter.
            return Ok(());
        };
        match all.iter().find(|(n, _)| n == name) {
            Some(&(_, number)) => self.backreference(number),
            None => invalid("reference to non-existent subpattern"),
        }
    }

    /// `\g` forms: `\gN`, `\g-N`, `\g{N}`, `\g{-N}`, `\g{name}` are
    /// backreferences; `\g<..>` and `\g'..'` are subroutine calls.
    fn g_escape(&mut self) -> Result<(), Problem> {
        let (body, consumed) = match self.peek(0) {
            Some(b'{') => match self.rest().iter().position(|&b| b == b'}') {
                Some(close) => (self.rest()[1..close].to_vec(), close + 1),
                None => return invalid("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number"),
            },
            Some(b'<') | Some(b'\'') => return unsupported("subroutine calls (\\g<...>)"),
            _ => {
                let rest = self.rest();
                let sign = usize::from(rest.first() == Some(&b'-') || rest.first() == Some(&b'+'));
                let digits = rest[sign..].iter().take_while(|b| b.is_ascii_digit()).count();
                if digits == 0 {
                    return invalid("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number");
                }
                (rest[..sign + digits].to_vec(), sign + digits)
            }
        };
        self.pos += consumed;
        let number = if let Some(rel) = body.strip_prefix(b"-") {
            let back =
                parse_number(rel).ok_or_else(|| Problem::Invalid("bad \\g reference".into()))?;
            if back == 0 || back > self.groups {
                return invalid("reference to non-existent subpattern");
            }
            self.groups + 1 - back
        } else if body.first().is_some_and(u8::is_ascii_digit) {
            parse_number(&body).ok_or_else(|| Problem::Invalid("bad \\g reference".into()))?
        } else if body.first() == Some(&b'+') {
            return invalid(
                "a relative value of zero or a forward \\g reference is not allowed here",
            );
        } else {
            return self.named_backreference(&body);
        };
        self.backreference(number)
    }

    /// `\k<name>`, `\k'name'`, `\k{name}`.
    fn k_escape(&mut self) -> Result<(), Problem> {
        let close = match self.peek(0) {
            Some(b'<') => b'>',
            Some(b'\'') => b'\'',
            Some(b'{') => b'}',
            _ => {
                return invalid("\\k is not followed by a braced, angle-bracketed, or quoted name")
            }
        };
        let Some(end) = self.rest()[1..].iter().position(|&b| b == close) else {
            return invalid("syntax error in subpattern name (missing terminator?)");
        };
        let name = self.rest()[1..1 + end].to_vec();
        self.pos += end + 2;
        self.named_backreference(&name)
    }

    /// `[` at the top level: `%f`'s float pattern, or a character class.
    fn bracket(&mut self) -> Result<(), Problem> {
        if self.rest().starts_with(FLOAT_PCRE) {
            self.pos += FLOAT_PCRE.len();
            self.has_float = true;
            self.out.push_str(match self.flavour {
                Flavour::Strict => r"[+\-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[Ee][+\-]?\d+)?",
                Flavour::Loose => r"[+\-]?(?:\d+)?(?:\.\d+)?(?:[Ee][+\-]?\d+)?",
                Flavour::Fancy => r"[+\-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+\-]?\d+)?",
            });
            // It ends with a `?` quantifier, which a `?` or `+` may follow.
            return self.quantifier_suffix();
        }
        if self.rest().starts_with(b"[[:<:]]") || self.rest().starts_with(b"[[:>:]]") {
            return unsupported("[[:<:]] and [[:>:]] word boundaries");
        }
        if matches!(self.peek(1), Some(b':' | b'.' | b'='))
            && self.posix_end(self.pos + 1).is_some()
        {
            return invalid("POSIX named classes are supported only within a class");
        }
        self.class()
    }

    /// If a POSIX class `[:name:]` (or `[.x.]`, `[=x=]`) starts at `at`
    /// (the `:`), the position of its closing `:`; per PCRE2's rules a `]`
    /// or another `[:` before the terminator means it is not one.
    fn posix_end(&self, at: usize) -> Option<usize> {
        let term = self.src[at];
        let mut i = at + 1;
        while i < self.src.len() {
            let b = self.src[i];
            let next = self.src.get(i + 1).copied();
            if b == b'\\' && matches!(next, Some(b']' | b'\\')) {
                i += 1;
            } else if (b == b'[' && next == Some(term)) || b == b']' {
                return None;
            } else if b == term && next == Some(b']') {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// A character class; `pos` is at its `[`.
    fn class(&mut self) -> Result<(), Problem> {
        self.pos += 1;
        let negated = self.peek(0) == Some(b'^');
        if negated {
            self.pos += 1;
        }
        let mut items: Vec<ClassItem> = Vec::new();
        let mut rendered = String::new();
        let mut first = true;
        loop {
            let Some(b) = self.peek(0) else {
                return invalid("missing terminating ] for character class");
            };
            if b == b']' && !first && !self.quoting {
                self.pos += 1;
                break;
            }
            first = false;
            let item = self.class_item()?;
            let Some(item) = item else { continue };
            // A range: item, `-`, item, unless the `-` is last.
            let is_range = !self.quoting
                && self.peek(0) == Some(b'-')
                && !matches!(self.peek(1), Some(b']') | None);
            if !is_range {
                items.push(item);
                continue;
            }
            self.pos += 1;
            let hi = loop {
                if self.peek(0).is_none() {
                    return invalid("missing terminating ] for character class");
                }
                // \E and \Q contribute nothing; keep looking.
                if let Some(hi) = self.class_item()? {
                    break hi;
                }
            };
            match (item, hi) {
                (ClassItem::Byte(lo), ClassItem::Byte(hi)) => {
                    if lo > hi {
                        return invalid("range out of order in character class");
                    }
                    rendered.push_str(&format!("\\x{lo:02X}-\\x{hi:02X}"));
                }
                _ => return invalid("invalid range in character class"),
            }
        }
        for item in items {
            match item {
                ClassItem::Byte(b) => rendered.push_str(&format!("\\x{b:02X}")),
                ClassItem::Set(s) => rendered.push_str(&s),
            }
        }
        self.out.push('[');
        if negated {
            self.out.push('^');
        }
        self.out.push_str(&rendered);
        self.item("]");
        Ok(())
    }

    /// One class member at `pos`; `None` for things that add nothing
    /// (`\E`, the `\Q` that starts quoting).
    fn class_item(&mut self) -> Result<Option<ClassItem>, Problem> {
        let b = self.src[self.pos];
        if self.quoting {
            if self.rest().starts_with(b"\\E") {
                self.quoting = false;
                self.pos += 2;
                return Ok(None);
            }
            self.pos += 1;
            return Ok(Some(ClassItem::Byte(b)));
        }
        if b == b'[' && matches!(self.peek(1), Some(b':' | b'.' | b'=')) {
            if let Some(end) = self.posix_end(self.pos + 1) {
                let term = self.src[self.pos + 1];
                if term != b':' {
                    return invalid("POSIX collating elements are not supported");
                }
                let mut name = &self.src[self.pos + 2..end];
                let negate = name.first() == Some(&b'^');
                if negate {
                    name = &name[1..];
                }
                if !POSIX_NAMES.contains(&name) {
                    return invalid("unknown POSIX class name");
                }
                let set = format!(
                    "[:{}{}:]",
                    if negate { "^" } else { "" },
                    String::from_utf8_lossy(name)
                );
                self.pos = end + 2;
                return Ok(Some(ClassItem::Set(set)));
            }
        }
        if b != b'\\' {
            self.pos += 1;
            return Ok(Some(ClassItem::Byte(b)));
        }
        let Some(c) = self.peek(1) else {
            return invalid("\\ at end of pattern");
        };
        self.pos += 2;
        let set = |s: &str| Ok(Some(ClassItem::Set(s.to_string())));
        match c {
            b'd' | b'D' | b'w' | b'W' | b's' | b'S' => set(&format!("\\{}", c as char)),
            b'h' => set("\\x09\\x20\\xA0"),
            b'H' => set("[^\\x09\\x20\\xA0]"),
            b'v' => set("\\x0A-\\x0D\\x85"),
            b'V' => set("[^\\x0A-\\x0D\\x85]"),
            b'b' => Ok(Some(ClassItem::Byte(0x08))),
            b'E' => Ok(None),
            b'Q' => {
                self.quoting = true;
                Ok(None)
            }
            // Inside a class \8, \9 and \g are the characters themselves.
            b'8' | b'9' | b'g' => Ok(Some(ClassItem::Byte(c))),
            b'N' | b'R' | b'X' | b'B' | b'k' => {
                invalid("escape sequence is invalid in character class")
            }
            b'p' | b'P' => unsupported("Unicode properties (\\p, \\P)"),
            _ => Ok(Some(ClassItem::Byte(self.char_escape(c)?))),
        }
    }

    /// `(` at `pos`: a group of some kind.
    fn open_group(&mut self) -> Result<(), Problem> {
        let rest = self.rest();
        if rest.starts_with(b"(*") {
            return star_group(&rest[2..]);
        }
        if !rest.starts_with(b"(?") {
            self.pos += 1;
            self.groups += 1;
            self.push_group("(", false);
            return Ok(());
        }
        let after = rest.get(2).copied();
        let after2 = rest.get(3).copied();
        match after {
            Some(b'#') => {
                let Some(close) = rest.iter().position(|&b| b == b')') else {
                    return invalid("missing ) after (?# comment");
                };
                self.pos += close + 1;
            }
            Some(b':') => self.plain_open("(?:", 3, false),
            Some(b'|') => return unsupported("branch reset groups (?|...)"),
            Some(b'>') => {
                self.needs_fancy()?;
                self.plain_open("(?>", 3, false);
            }
            Some(b'=') | Some(b'!') => {
                self.needs_fancy()?;
                let text = if after == Some(b'=') { "(?=" } else { "(?!" };
                self.plain_open(text, 3, true);
            }
            Some(b'<') if matches!(after2, Some(b'=') | Some(b'!')) => {
                self.needs_fancy()?;
                let text = if after2 == Some(b'=') { "(?<=" } else { "(?<!" };
                self.plain_open(text, 4, true);
            }
            Some(b'<') => self.named_group(3, b'>')?,
            Some(b'\'') => self.named_group(3, b'\'')?,
            Some(b'P') => match after2 {
                Some(b'<') => self.named_group(4, b'>')?,
                Some(b'=') => {
                    let Some(close) = rest.iter().position(|&b| b == b')') else {
                        return invalid("syntax error in subpattern name (missing terminator?)");
                    };
                    let name = rest[4..close].to_vec();
                    self.pos += close + 1;
                    self.named_backreference(&name)?;
                }
                Some(b'>') => return unsupported("recursion and subroutine calls"),
                _ => return invalid("unrecognized character after (?P"),
            },
            Some(b'&') | Some(b'R') | Some(b'+') | Some(b'0'..=b'9') => {
                return unsupported("recursion and subroutine calls");
            }
            Some(b'-') if after2.is_some_and(|b| b.is_ascii_digit()) => {
                return unsupported("recursion and subroutine calls");
            }
            Some(b'(') => return unsupported("conditional groups (?(...)...)"),
            Some(b'C') => return unsupported("callouts (?C...)"),
            _ => self.flag_group()?,
        }
        Ok(())
    }

    fn plain_open(&mut self, text: &str, len: usize, lookaround: bool) {
        self.pos += len;
        self.push_group(text, lookaround);
    }

    /// `(?<name>`, `(?'name'` or `(?P<name>`; the name starts at `pos + skip`.
    fn named_group(&mut self, skip: usize, close: u8) -> Result<(), Problem> {
        let rest = &self.src[self.pos + skip..];
        let Some(end) = rest.iter().position(|&b| b == close) else {
            return invalid("syntax error in subpattern name (missing terminator?)");
        };
        let name = &rest[..end];
        let valid = !name.is_empty()
            && name.len() <= 32
            && !name[0].is_ascii_digit()
            && name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_');
        if !valid {
            return invalid("subpattern name expected");
        }
        if self.names.iter().any(|(n, _)| n == name) {
            return invalid("two named subpatterns have the same name (PCRE2_DUPNAMES not set)");
        }
        self.groups += 1;
        self.names.push((name.to_vec(), self.groups));
        let text = format!("(?P<{}>", String::from_utf8_lossy(name));
        self.pos += skip + end + 1;
        self.push_group(&text, false);
        Ok(())
    }

    /// `(?flags)` or `(?flags:`; `pos` is at the `(`.
    fn flag_group(&mut self) -> Result<(), Problem> {
        let mut i = self.pos + 2;
        let mut on = String::new();
        let mut off = String::new();
        let mut negative = false;
        let mut extended = self.extended;
        if self.src.get(i) == Some(&b'^') {
            // Unset i, m, n, s and x, then apply what follows.
            off.push_str("ims");
            extended = false;
            i += 1;
        }
        loop {
            let Some(&b) = self.src.get(i) else {
                return invalid("missing closing parenthesis");
            };
            i += 1;
            match b {
                b'i' | b'm' | b's' | b'U' => {
                    let c = b as char;
                    let (add, remove) = if negative {
                        (&mut off, &mut on)
                    } else {
                        (&mut on, &mut off)
                    };
                    remove.retain(|x| x != c);
                    if !add.contains(c) {
                        add.push(c);
                    }
                }
                b'x' => {
                    if !negative && self.src.get(i) == Some(&b'x') {
                        return unsupported("extended-more mode (?xx)");
                    }
                    extended = !negative;
                }
                b'n' => return unsupported("no-auto-capture mode (?n)"),
                b'J' => return unsupported("duplicate group names (?J)"),
                b'-' if !negative => negative = true,
                b')' | b':' => {
                    let flags = if off.is_empty() {
                        on
                    } else {
                        format!("{on}-{off}")
                    };
                    if b == b')' {
                        self.extended = extended;
                        let text = if flags.is_empty() {
                            String::new()
                        } else {
                            format!("(?{flags})")
                        };
                        self.non_item(&text);
                    } else {
                        self.push_group(&format!("(?{flags}:"), false);
                        self.extended = extended;
                    }
                    self.pos = i;
                    return Ok(());
                }
                _ => return invalid("unrecognized character after (? or (?-"),
            }
        }
    }
}

/// Backtracking verbs PCRE2 accepts.
const VERBS: &[&[u8]] = &[
    b"ACCEPT", b"FAIL", b"F", b"COMMIT", b"PRUNE", b"SKIP", b"THEN", b"MARK", b"",
];
/// Alphabetic assertion names PCRE2 (10.42) accepts.
const ALPHA_ASSERTIONS: &[&[u8]] = &[
    b"pla",
    b"plb",
    b"nla",
    b"nlb",
    b"napla",
    b"naplb",
    b"atomic",
    b"sr",
    b"asr",
    b"positive_lookahead",
    b"positive_lookbehind",
    b"negative_lookahead",
    b"negative_lookbehind",
    b"non_atomic_positive_lookahead",
    b"non_atomic_positive_lookbehind",
    b"script_run",
    b"atomic_script_run",
];

/// `(*...`: a verb or alphabetic assertion (valid, not emulated), or a
/// PCRE error. Start-of-pattern options such as `(*UTF)` are errors here
/// because run-tests.php's pattern always starts with `^`.
fn star_group<T>(after: &[u8]) -> Result<T, Problem> {
    if after.first() == Some(&b')') {
        return invalid("quantifier does not follow a repeatable item");
    }
    let len = after
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    let name = &after[..len];
    let next = after.get(len);
    let known = match next {
        Some(b')') | Some(b':') => {
            VERBS.contains(&name) || (next == Some(&b':') && ALPHA_ASSERTIONS.contains(&name))
        }
        _ => false,
    };
    if known {
        unsupported("backtracking verbs and alphabetic assertions (*...)")
    } else {
        invalid("(*VERB) not recognized or malformed")
    }
}

fn parse_radix(text: &[u8], radix: u32) -> u32 {
    text.iter().fold(0u32, |acc, &d| {
        acc.saturating_mul(radix)
            .saturating_add((d as char).to_digit(radix).unwrap_or(0))
    })
}

fn parse_number(text: &[u8]) -> Option<usize> {
    std::str::from_utf8(text).ok()?.parse().ok()
}

fn byte_value(value: u32) -> Result<u8, Problem> {
    u8::try_from(value)
        .or_else(|_| invalid("character code point value in \\x{} or \\o{} is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(src: &str) -> Result<String, Problem> {
        translate(src.as_bytes(), Flavour::Strict).map(|t| t.pattern)
    }

    fn fancy(src: &str) -> Result<String, Problem> {
        translate(src.as_bytes(), Flavour::Fancy).map(|t| t.pattern)
    }

    fn is_invalid(r: Result<String, Problem>) -> bool {
        matches!(r, Err(Problem::Invalid(_)))
    }

    #[test]
    fn literals_become_hex() {
        assert_eq!(tr("a_1 -").unwrap(), r"a_1\x20\x2D");
        assert_eq!(tr("\u{e9}").unwrap(), r"\xC3\xA9");
        assert_eq!(tr(r"\.\/\#\000").unwrap(), r"\x2E\x2F\x23\x00");
        assert_eq!(tr("]}").unwrap(), r"\x5D\x7D");
    }

    #[test]
    fn meta_passes_through() {
        assert_eq!(tr("^a.b|c*d+?e?$").unwrap(), "^a.b|c*d+?e?$");
        assert_eq!(
            tr(r"\d\D\w\W\s\S\b\B\A\z\Z\G").unwrap(),
            r"\d\D\w\W\s\S\b\B\A\z\z\A"
        );
    }

    #[test]
    fn braces() {
        assert_eq!(tr("a{2}b{1,}c{1,3}?").unwrap(), "a{2}b{1,}c{1,3}?");
        assert_eq!(tr("a{,2}").unwrap(), r"a\x7B\x2C2\x7D");
        assert_eq!(tr("a{x}").unwrap(), r"a\x7Bx\x7D");
        assert!(is_invalid(tr("a{3,2}")));
        assert!(is_invalid(tr("a{70000}")));
    }

    #[test]
    fn escapes() {
        assert_eq!(
            tr(r"\x41\x{42}\x\101\o{102}\cA\e\Q.*\E+").unwrap(),
            r"AB\x00AB\x01\x1B\x2E\x2A+"
        );
        assert_eq!(
            tr(r"\h\v\R\N\K").unwrap(),
            r"[\x09\x20\xA0][\x0A-\x0D\x85](?:\x0D\x0A|[\x0A-\x0D\x85])[^\x0A]"
        );
        assert!(is_invalid(tr(r"\i")));
        assert!(is_invalid(tr(r"\u0041")));
        assert!(is_invalid(tr(r"\x{100}")));
        assert!(is_invalid(tr("\\")));
        assert!(matches!(tr(r"\pL"), Err(Problem::Unsupported(_))));
    }

    #[test]
    fn classes() {
        assert_eq!(tr("[a-c_]").unwrap(), r"[\x61-\x63\x5F]");
        assert_eq!(tr("[^]a-]").unwrap(), r"[^\x5D\x61\x2D]");
        assert_eq!(tr(r"[\d\]\\[]").unwrap(), r"[\d\x5D\x5C\x5B]");
        assert_eq!(
            tr("[[:alpha:][:^digit:]]").unwrap(),
            "[[:alpha:][:^digit:]]"
        );
        assert_eq!(tr(r"[\h\V]").unwrap(), r"[\x09\x20\xA0[^\x0A-\x0D\x85]]");
        assert_eq!(tr("[&&~~]").unwrap(), r"[\x26\x26\x7E\x7E]");
        assert_eq!(tr("[--0]").unwrap(), r"[\x2D-\x30]");
        assert!(is_invalid(tr("[~--]")));
        assert_eq!(tr(r"[\Qa]\E]").unwrap(), r"[\x61\x5D]");
        assert_eq!(tr(r"[\g\8]").unwrap(), r"[\x67\x38]");
        assert!(is_invalid(tr(r"[\k]")));
        assert!(is_invalid(tr("[abc")));
        assert!(is_invalid(tr("[z-a]")));
        assert!(is_invalid(tr(r"[\d-z]")));
        assert!(is_invalid(tr("[[:foo:]]")));
        assert!(is_invalid(tr("[:alpha:]")));
        assert!(is_invalid(tr("[[.a.]]")));
    }

    #[test]
    fn groups() {
        assert_eq!(
            tr("(a)(?:b)(?<n>c)(?P<m>d)(?'o'e)").unwrap(),
            "(a)(?:b)(?P<n>c)(?P<m>d)(?P<o>e)"
        );
        assert_eq!(tr("(?i)a(?-i:b)(?^s)").unwrap(), "(?i)a(?-i:b)(?s-im)");
        assert_eq!(tr("a(?#comment)b").unwrap(), "ab");
        assert_eq!(tr("(?x) a b # c\n d").unwrap(), "abd");
        assert_eq!(tr("(?x:a b) c").unwrap(), r"(?:ab)\x20c");
        assert!(is_invalid(tr("(a")));
        assert!(is_invalid(tr("a)")));
        assert!(is_invalid(tr("(?z)")));
        assert!(matches!(tr("(?|a)"), Err(Problem::Unsupported(_))));
        assert!(matches!(tr("(?R)"), Err(Problem::Unsupported(_))));
    }

    #[test]
    fn fancy_features() {
        for p in [
            "a(?=b)",
            "(?!a)",
            "(?<=a)b",
            "(?<!a)b",
            "(?>a)",
            "a*+",
            "(a)\\1",
            "(?<n>a)\\k<n>",
            r"(a)\g{-1}",
        ] {
            assert_eq!(tr(p), Err(Problem::NeedsFancy), "{p}");
            assert!(fancy(p).is_ok(), "{p}");
        }
        assert_eq!(fancy(r"(a)\12").unwrap(), r"(a)\x0A");
        assert_eq!(fancy(r"(a)\1").unwrap(), r"(a)(?:\1)");
        assert_eq!(fancy(r"(?<n>a)(?P=n)").unwrap(), r"(?P<n>a)(?:\1)");
    }

    #[test]
    fn quantifiers_need_a_repeatable_item() {
        for p in [
            "*", "^+", "a|?", "(+)", "a**", "a*?+", "a?*", "a{2}{3}", "\\b*", "$?", "(?i)*",
            "\\K+", "\\Q\\E*", "(?#c)?",
        ] {
            assert!(is_invalid(tr(p)), "{p}");
        }
        for p in [
            "a\\Q\\E*", "a\\E*", "a(?#c)?", "[a]+", "(a)*", "\\d{2}", "(?x)a *", ".?", "\\x41*",
        ] {
            assert!(tr(p).is_ok(), "{p}");
        }
        let f = std::str::from_utf8(FLOAT_PCRE).unwrap();
        assert!(tr(&format!("{f}?")).is_ok());
        assert!(is_invalid(tr(&format!("{f}*"))));
    }

    #[test]
    fn star_groups() {
        assert!(is_invalid(tr("(*)")));
        assert!(is_invalid(tr("(*UTF)a")));
        assert!(is_invalid(tr("(* a)")));
        assert!(matches!(tr("(*ACCEPT)"), Err(Problem::Unsupported(_))));
        assert!(matches!(tr("(*:mark)"), Err(Problem::Unsupported(_))));
        assert!(matches!(tr("(*pla:a)"), Err(Problem::Unsupported(_))));
    }

    #[test]
    fn quantified_lookaround() {
        assert_eq!(fancy("(?=a)*a").unwrap(), "(?:(?=a)|)a");
        assert_eq!(fancy("(?=a)??a").unwrap(), "(?:|(?=a))a");
        assert_eq!(fancy("(?=a)+a").unwrap(), "(?=a)a");
        assert_eq!(fancy("(?=a){0}a").unwrap(), "a");
        assert_eq!(fancy("(?=a){2,}a").unwrap(), "(?=a)a");
        assert!(matches!(fancy("(?=(a)){0}"), Err(Problem::Unsupported(_))));
        assert!(is_invalid(fancy("(?=a)**")));
    }

    #[test]
    fn backreferences_must_exist() {
        assert!(fancy(r"\1(a)").is_ok());
        assert!(is_invalid(fancy(r"(a)\2")));
        assert_eq!(fancy(r"\k<n>(?<n>a)").unwrap(), r"(?:\1)(?P<n>a)");
        assert!(is_invalid(fancy(r"\k<m>(?<n>a)")));
        assert!(is_invalid(tr(r"(?P=m)")));
        assert_eq!(fancy(r"\N{2}").unwrap(), r"[^\x0A]{2}");
        assert!(is_invalid(fancy(r"\N{U+41}")));
    }

    #[test]
    fn float_flavours() {
        let src = "x[+-]?(?:\\d+|(?=\\.\\d))(?:\\.\\d+)?(?:[Ee][+-]?\\d+)?y";
        let strict = translate(src.as_bytes(), Flavour::Strict).unwrap();
        assert!(strict.has_float);
        assert!(!strict.pattern.contains("(?="));
        let loose = translate(src.as_bytes(), Flavour::Loose).unwrap();
        assert_ne!(loose.pattern, strict.pattern);
        let exact = translate(src.as_bytes(), Flavour::Fancy).unwrap();
        assert!(exact.pattern.contains("(?="));
    }
}
