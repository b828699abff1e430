--TEST--
++ and -- on strings, null, bool and float
--FILE--
<?php
foreach (["a", "z", "Az", "zz", "Zz", "a9", "9z", "A99", "5", "5.5", "-3", "", " ", "1e2", "abc!", "zZ9"] as $s) {
    $orig = $s;
    $s++;
    echo "[$orig] ++ => "; var_dump($s);
}
foreach (["5", "5.5", "abc", "", "-3"] as $s) {
    $orig = $s;
    $s--;
    echo "[$orig] -- => "; var_dump($s);
}
$n = null; $n++; var_dump($n);
$n = null; $n--; var_dump($n);
$b = true; $b++; var_dump($b);
$f = 1.5; $f--; var_dump($f);
--EXPECTF--
[a] ++ => string(1) "b"
[z] ++ => string(2) "aa"
[Az] ++ => string(2) "Ba"
[zz] ++ => string(3) "aaa"
[Zz] ++ => string(3) "AAa"
[a9] ++ => string(2) "b0"
[9z] ++ => string(3) "10a"
[A99] ++ => string(3) "B00"
[5] ++ => int(6)
[5.5] ++ => float(6.5)
[-3] ++ => int(-2)
[] ++ => string(1) "1"
[ ] ++ => string(1) " "
[1e2] ++ => float(101)
[abc!] ++ => string(4) "abc!"
[zZ9] ++ => string(4) "aaA0"
[5] -- => int(4)
[5.5] -- => float(4.5)
[abc] -- => string(3) "abc"
[] -- => int(-1)
[-3] -- => int(-4)
int(1)
NULL
bool(true)
float(0.5)
