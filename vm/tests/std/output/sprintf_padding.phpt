--TEST--
sprintf flags: width, alignment, zero/space/custom padding and signs
--FILE--
<?php
try { var_dump(sprintf("[%5d]", 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-5d]", 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%05d]", 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%05d]", -42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-05d]", 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-05d]", -42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+d] [%+d] [%+d]", 5, -5, 0)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+05d]", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+5d]", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-+5d]", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[% d]", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[% 5d]", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%'*8d]", 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%'*-8d]", 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-'*8d]", 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%'08d]", -7)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%2d]", 12345)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%10s]", "right")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-10s]", "left")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%010s]", "zeros")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-010s]", "zeros")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%'#10s]", "hash")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-'#10s]", "hash")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%'.10d|%'.-10d]", 42, 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+s]", "str")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+05s]", "str")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%.3s]", "abcdef")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%5.2s]", "abcdef")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-5.2s]", "abcdef")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%.0s]", "abc")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%.s]", "abc")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%.10s]", "abc")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%08.3f]", 3.14159)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%08.3f]", -3.14159)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-08.3f]", 3.14159)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-8.3f]", 3.14159)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+08.3f]", 3.14159)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+.1f] [%+.1f]", 2.25, -2.25)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%'x12.4e]", 1234.5678)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%010.2e]", -0.000123)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%5u]", 7)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-05u]", 7)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%05u]", 7)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%'_-6x]", 255)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%08b]", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-08b]", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+x]", 255)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%0-5d]", 3)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-0 5d]", 3)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%--5d]", 3)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
string(7) "[   42]"
string(7) "[42   ]"
string(7) "[00042]"
string(7) "[-0042]"
string(7) "[42   ]"
string(7) "[-42  ]"
string(14) "[+5] [-5] [+0]"
string(7) "[+0005]"
string(7) "[   +5]"
string(7) "[+5   ]"
string(3) "[5]"
string(7) "[    5]"
string(10) "[******42]"
string(10) "[42******]"
string(10) "[42******]"
string(10) "[-0000007]"
string(7) "[12345]"
string(12) "[     right]"
string(12) "[left      ]"
string(12) "[00000zeros]"
string(12) "[zeros00000]"
string(12) "[######hash]"
string(12) "[hash######]"
string(23) "[........42|42........]"
string(5) "[str]"
string(7) "[00str]"
string(5) "[abc]"
string(7) "[   ab]"
string(7) "[ab   ]"
string(2) "[]"
string(5) "[abc]"
string(5) "[abc]"
string(10) "[0003.142]"
string(10) "[-003.142]"
string(10) "[3.142000]"
string(10) "[3.142   ]"
string(10) "[+003.142]"
string(13) "[+2.2] [-2.2]"
string(14) "[xxx1.2346e+3]"
string(12) "[-001.23e-4]"
string(7) "[    7]"
string(7) "[7    ]"
string(7) "[00007]"
string(8) "[ff____]"
string(10) "[00000101]"
string(10) "[10100000]"
string(4) "[ff]"
string(7) "[3    ]"
string(7) "[3    ]"
string(7) "[3    ]"
