//! String functions: `strlen`, `substr`, `str_replace`, `explode`, `dechex`, ...

use crate::ext::Extension;

pub(super) fn add(ext: Extension) -> Extension {
    ext
}
