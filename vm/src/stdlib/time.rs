//! Time functions: `microtime`, `hrtime`, `gettimeofday`, `time`, ...

use crate::ext::Extension;

pub(super) fn add(ext: Extension) -> Extension {
    ext
}
