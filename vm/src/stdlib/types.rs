//! Type functions: `gettype`, `get_debug_type`, `is_*`, `intval`, `settype`, ...

use crate::ext::Extension;

pub(super) fn add(ext: Extension) -> Extension {
    ext
}
