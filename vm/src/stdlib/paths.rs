//! Path strings: `basename`, `dirname`, `realpath` and `getcwd` (what
//! include cases need to name their files). Only read the process state: a VM shares
//! its process (and working directory) with others, so no `chdir`.

use super::args::Sig;
use crate::ext::Extension;
use crate::runtime::value::Value;

const BASENAME: Sig = Sig::new("basename", 1, &["path", "suffix"]);
const DIRNAME: Sig = Sig::new("dirname", 1, &["path", "levels"]);
const GETCWD: Sig = Sig::new("getcwd", 0, &[]);
const REALPATH: Sig = Sig::new("realpath", 1, &["path"]);

pub(super) fn add(ext: Extension) -> Extension {
    ext.function("basename", |vm, args| {
        BASENAME.arity(vm, args)?;
        let path = BASENAME.str(vm, args, 0)?;
        let suffix = BASENAME.opt(vm, args, 1, Sig::str)?;
        let mut base = basename(path.as_bytes());
        if let Some(s) = suffix {
            let s = s.as_bytes();
            if !s.is_empty() && base.len() > s.len() && base.ends_with(s) {
                base.truncate(base.len() - s.len());
            }
        }
        Ok(Value::str(base))
    })
    .function("dirname", |vm, args| {
        DIRNAME.arity(vm, args)?;
        let path = DIRNAME.str(vm, args, 0)?;
        let levels = DIRNAME.opt(vm, args, 1, Sig::int)?.unwrap_or(1);
        if levels < 1 {
            return Err(DIRNAME.value_error(vm, 1, "must be greater than or equal to 1"));
        }
        let mut p = path.as_bytes().to_vec();
        for _ in 0..levels {
            let next = dirname(&p);
            if next == p {
                break;
            }
            p = next;
        }
        Ok(Value::str(p))
    })
    .function("realpath", |vm, args| {
        REALPATH.arity(vm, args)?;
        let path = REALPATH.str(vm, args, 0)?;
        let path = if path.as_bytes().is_empty() {
            ".".to_string()
        } else {
            path.to_lossy()
        };
        Ok(match std::fs::canonicalize(path) {
            Ok(p) => Value::str(p.to_string_lossy().into_owned()),
            Err(_) => Value::Bool(false),
        })
    })
    .function("getcwd", |vm, args| {
        GETCWD.arity(vm, args)?;
        Ok(match std::env::current_dir() {
            Ok(d) => Value::str(d.to_string_lossy().into_owned()),
            Err(_) => Value::Bool(false),
        })
    })
}

/// php's basename: the last component, trailing slashes ignored.
fn basename(path: &[u8]) -> Vec<u8> {
    let trimmed = match path.iter().rposition(|&c| c != b'/') {
        Some(end) => &path[..=end],
        None => return Vec::new(),
    };
    match trimmed.iter().rposition(|&c| c == b'/') {
        Some(i) => trimmed[i + 1..].to_vec(),
        None => trimmed.to_vec(),
    }
}

/// php's zend_dirname: the path without its last component ("." when
/// there is no folder, "/" for the root).
fn dirname(path: &[u8]) -> Vec<u8> {
    if path.is_empty() {
        return Vec::new();
    }
    let Some(end) = path.iter().rposition(|&c| c != b'/') else {
        return b"/".to_vec();
    };
    let p = &path[..=end];
    let Some(slash) = p.iter().rposition(|&c| c == b'/') else {
        return b".".to_vec();
    };
    match p[..slash].iter().rposition(|&c| c != b'/') {
        Some(e) => p[..=e].to_vec(),
        None => b"/".to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dirname_and_basename_like_php() {
        assert_eq!(dirname(b"/a/b/c.php"), b"/a/b");
        assert_eq!(dirname(b"/a"), b"/");
        assert_eq!(dirname(b"a"), b".");
        assert_eq!(dirname(b"a/b//"), b"a");
        assert_eq!(dirname(b"///"), b"/");
        assert_eq!(basename(b"/a/b/c.php"), b"c.php");
        assert_eq!(basename(b"/a/b/"), b"b");
        assert_eq!(basename(b"/"), b"");
    }
}
