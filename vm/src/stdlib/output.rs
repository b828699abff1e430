//! Output functions: output buffering (`ob_*`), `print_r`, `var_export`, `flush`.

use crate::ext::Extension;

pub(super) fn add(ext: Extension) -> Extension {
    ext
}
