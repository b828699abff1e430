--TEST--
md5, sha1 (hex and binary), crc32, md5_file and sha1_file
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach (["", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog", str_repeat("x", 55), str_repeat("y", 56), str_repeat("z", 64), str_repeat("0123456789", 100), "\0\xff\x80"] as $s) {
    echo strlen($s), " ", md5($s), " ", sha1($s), " ", crc32($s), "\n";
}
var_dump(strlen(md5("abc", true)), bin2hex(md5("abc", true)), strlen(sha1("abc", true)), bin2hex(sha1("abc", true)), md5(123), sha1(1.5), crc32(""), crc32("The quick brown fox jumped over the lazy dog."));
try { md5([]); } catch (TypeError $ex) { e($ex); }
try { sha1(); } catch (ArgumentCountError $ex) { e($ex); }
try { crc32("a", "b"); } catch (ArgumentCountError $ex) { e($ex); }
var_dump(md5_file(__DIR__ . "/digest.phpt") === md5(file_get_contents(__DIR__ . "/digest.phpt")), sha1_file(__DIR__ . "/digest.phpt") === sha1(file_get_contents(__DIR__ . "/digest.phpt")), strlen(md5_file(__DIR__ . "/digest.phpt", true)), strlen(sha1_file(__DIR__ . "/digest.phpt", true)));
var_dump(md5_file("/nonexistent/file"));
try { sha1_file(""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { md5_file("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
0 d41d8cd98f00b204e9800998ecf8427e da39a3ee5e6b4b0d3255bfef95601890afd80709 0
1 0cc175b9c0f1b6a831c399e269772661 86f7e437faa5a7fce15d1ddcb9eaeaea377667b8 3904355907
3 900150983cd24fb0d6963f7d28e17f72 a9993e364706816aba3e25717850c26c9cd0d89d 891568578
14 f96b697d7cb7938d525a2f31aaf161d0 c12252ceda8be8994d5fa0290a47231c1d16aae3 538287487
43 9e107d9d372bb6826bd81d3542a419d6 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 1095738169
55 04364420e25c512fd958a70738aa8f72 cef734ba81a024479e09eb5a75b6ddae62e6abf1 3463718748
56 6c830a5d23df58dbe0171eb5639bf3e4 8902d391f35bbaf08469aee6ab763e4048f3f6ba 1965935213
64 3ecc49f9d9d6c263b4f0de7fc3f38aed 668cd5ae72f64e8194014f99778081e5ae46df53 3327311648
1000 427008b3fe192f663d665f56cd75716c f2b2f38b074c387a1415c3afb834c7232f31b097 2089127921
3 4fd64cb80c3f86e1e9d0f559af8b370f e4bc8a01806054986edd720593bc12f760eca5b9 2178787136
int(16)
string(32) "900150983cd24fb0d6963f7d28e17f72"
int(20)
string(40) "a9993e364706816aba3e25717850c26c9cd0d89d"
string(32) "202cb962ac59075b964b07152d234b70"
string(40) "aa8f289ebe6d4db1b4a1038b8931ec8c2b5399fb"
int(0)
int(2191738434)
TypeError: md5(): Argument #1 ($string) must be of type string, array given
ArgumentCountError: sha1() expects at least 1 argument, 0 given
ArgumentCountError: crc32() expects exactly 1 argument, 2 given
bool(true)
bool(true)
int(16)
int(20)

Warning: md5_file(/nonexistent/file): Failed to open stream: No such file or directory in %s on line 11
bool(false)
Path cannot be empty
md5_file(): Argument #1 ($filename) must not contain any null bytes
