--TEST--
sprintf %b %o %x %X of positive and negative numbers
--FILE--
<?php
try { var_dump(sprintf("%b", 0)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%b", 10)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%b", -1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%b", PHP_INT_MIN)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%o", 8)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%o", 511)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%o", -1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%x", 255)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%X", 255)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%x", -1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%X", -255)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%x", PHP_INT_MAX)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%x", "0x1A")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%x", "26")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%x", 26.9)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%x", true)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%04x", 10)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%-4x|", 10)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.2x", 255)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%5.1x]", 255)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%.0b]", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%.b]", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%08X-%04X", 3735928559, 48879)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%o %x %b", "12", "12", "12")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
string(1) "0"
string(4) "1010"
string(64) "1111111111111111111111111111111111111111111111111111111111111111"
string(64) "1000000000000000000000000000000000000000000000000000000000000000"
string(2) "10"
string(3) "777"
string(22) "1777777777777777777777"
string(2) "ff"
string(2) "FF"
string(16) "ffffffffffffffff"
string(16) "FFFFFFFFFFFFFF01"
string(16) "7fffffffffffffff"
string(1) "0"
string(2) "1a"
string(2) "1a"
string(1) "1"
string(4) "000a"
string(5) "a   |"
string(0) ""
string(7) "[     ]"
string(2) "[]"
string(5) "[101]"
string(13) "DEADBEEF-BEEF"
string(9) "14 c 1100"
