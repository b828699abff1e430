--TEST--
assignment: every compound operator, on undefined targets, expression values, chaining, and their errors
--FILE--
<?php
$v = 10;
$v += 5; echo $v, "\n";
$v -= 3; echo $v, "\n";
$v *= 2; echo $v, "\n";
$v /= 4; var_dump($v);
$v **= 2; var_dump($v);
$i = 17;
$i %= 5; var_dump($i);
$i <<= 3; var_dump($i);
$i >>= 1; var_dump($i);
$i |= 1; var_dump($i);
$i &= 6; var_dump($i);
$i ^= 15; var_dump($i);
$s = 'a';
$s .= 'b'; $s .= 1; $s .= 1.5; $s .= true; $s .= null; var_dump($s);
// on undefined variables and elements (warnings)
$u1 += 1; var_dump($u1);
$arr = [];
$arr['k'] .= 'x'; $arr['n'] += 2; $arr['d']['e'] ??= 'deep';
var_dump($arr);
// the value of the expression is the new value
var_dump($w = 5, $w += 2, $w .= 'x');
// chained and right associative
$a = $b = $c = 'same'; echo "$a $b $c\n";
$x = 1; $y = ($x += 1) + ($x *= 10); var_dump($x, $y);
// errors
try { $z = 1; $z %= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { $z = 1; $z /= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { $arr2 = [1]; $arr2 += 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$arr3 = [1, 2]; $arr3 += [5, 6, 7]; var_dump($arr3);
$n = "5 apples"; $n += 1; var_dump($n);
try { $n = "apples"; $n += 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
15
12
24
int(6)
int(36)
int(2)
int(16)
int(8)
int(9)
int(0)
int(15)
string(7) "ab11.51"

Warning: Undefined variable $u1 in %s on line 18
int(1)

Warning: Undefined array key "k" in %s on line 20

Warning: Undefined array key "n" in %s on line 20
array(3) {
  ["k"]=>
  string(1) "x"
  ["n"]=>
  int(2)
  ["d"]=>
  array(1) {
    ["e"]=>
    string(4) "deep"
  }
}
int(5)
int(7)
string(2) "7x"
same same same
int(20)
int(22)
Modulo by zero
Division by zero
Unsupported operand types: array + int
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(7)
}

Warning: A non-numeric value encountered in %s on line 32
int(6)
Unsupported operand types: string + int
