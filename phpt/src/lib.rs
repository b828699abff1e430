//! The .phpt format.
