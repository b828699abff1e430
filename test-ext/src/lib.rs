//! The `zend_test` extension.
