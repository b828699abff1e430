//! run-tests.php's wording for verdict reasons that are not about the
//! file's format, so a runner can report them the same way.

/// SKIP reason for a case that needs php-cgi when there is none.
pub const CGI_NOT_AVAILABLE: &str = "CGI not available";
/// SKIP reason for a PHPDBG case when there is no phpdbg.
pub const PHPDBG_NOT_AVAILABLE: &str = "phpdbg not available";
/// SKIP reason for GZIP_POST/DEFLATE_POST cases without zlib.
pub const ZLIB_REQUIRED: &str = "ext/zlib required";
/// WARN reason when a case with an XFAIL section passes.
pub const XFAIL_BUT_PASSES: &str = "XFAIL section but test passes";
/// WARN reason when a case with an XLEAK section passes.
pub const XLEAK_BUT_PASSES: &str = "XLEAK section but test passes";
/// WARN reason when a case passes only on its retry.
pub const PASSED_ON_RETRY: &str = "Test passed on retry attempt";
/// Appended to the output of a run killed for taking too long.
pub const TIMED_OUT_MARKER: &str = "\n ** ERROR: process timed out **\n";
