//! The printf family (`printf`, `sprintf`, `vsprintf`, ...) and `number_format`.

use crate::ext::Extension;

pub(super) fn add(ext: Extension) -> Extension {
    ext
}
