--TEST--
extract() with EXTR_OVERWRITE, SKIP, PREFIX_ALL, PREFIX_SAME, IF_EXISTS, PREFIX_IF_EXISTS and PREFIX_INVALID
--FILE--
<?php
function run() {
    $a = 'old a';
    var_dump(extract(['a' => 'new a', 'b' => 'b', 'bad key' => 1, '1x' => 2, 5 => 'numeric']));
    var_dump($a, $b);
    var_dump(extract(['a' => 'skipped', 'c' => 'c'], EXTR_SKIP));
    var_dump($a, $c);
    var_dump(extract(['a' => 'pa', 'd' => 'pd', 0 => 'zero'], EXTR_PREFIX_ALL, 'p'));
    var_dump($p_a, $p_d, $p_0);
    var_dump(extract(['a' => 'same', 'e' => 'e'], EXTR_PREFIX_SAME, 's'));
    var_dump($a, $s_a, $e);
    var_dump(extract(['a' => 'if exists', 'zz' => 'no'], EXTR_IF_EXISTS));
    var_dump($a, isset($zz));
    var_dump(extract(['a' => 'prefixed', 'yy' => 'no'], EXTR_PREFIX_IF_EXISTS, 'x'));
    var_dump($x_a, isset($x_yy), isset($yy));
    var_dump(extract(['ok' => 1, 'not ok' => 2, 3 => 'three'], EXTR_PREFIX_INVALID, 'v'));
    var_dump($ok, $v_3);
    // A variable that is a reference is written through.
    $target = 'before';
    $alias = &$target;
    extract(['alias' => 'after']);
    var_dump($target);
}
run();
extract(['top' => 'level']);
var_dump($top);
--EXPECT--
int(2)
string(5) "new a"
string(1) "b"
int(1)
string(5) "new a"
string(1) "c"
int(3)
string(2) "pa"
string(2) "pd"
string(4) "zero"
int(2)
string(5) "new a"
string(4) "same"
string(1) "e"
int(1)
string(9) "if exists"
bool(false)
int(2)
string(8) "prefixed"
bool(false)
bool(true)
int(2)
int(1)
string(5) "three"
string(5) "after"
string(5) "level"
