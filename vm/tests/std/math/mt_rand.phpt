--TEST--
mt_rand and rand give php's Mt19937 sequences once seeded; ranges, MT_RAND_PHP and errors
--FILE--
<?php
mt_srand(42);
echo mt_rand(), " ", mt_rand(), " ", mt_rand(), "\n";
mt_srand(42);
echo mt_rand(), "\n";
mt_srand(1);
$r = [];
for ($i = 0; $i < 10; $i++) { $r[] = mt_rand(1, 100); }
echo implode(",", $r), "\n";
mt_srand(5);
echo mt_rand(0, 1), mt_rand(0, 1), mt_rand(0, 1), mt_rand(0, 1), " ", mt_rand(-1000, 1000), " ", mt_rand(PHP_INT_MIN, PHP_INT_MAX), " ", mt_rand(0, PHP_INT_MAX), " ", mt_rand(7, 7), "\n";
mt_srand(3);
echo rand(), " ", rand(1, 6), " ", rand(6, 1), " ", rand(-5, -10), "\n";
srand(3);
echo rand(), "\n";
mt_srand(42, MT_RAND_PHP);
echo mt_rand(), " ", mt_rand(1, 100), " ", mt_rand(1, 100), "\n";
mt_srand(-1);
echo mt_rand(), "\n";
mt_srand(PHP_INT_MAX);
echo mt_rand(), "\n";
mt_srand(3000000000);
echo mt_rand(), "\n";
mt_srand(123);
for ($i = 0; $i < 700; $i++) { $x = mt_rand(); }
echo $x, "\n";
var_dump(mt_getrandmax(), getrandmax(), MT_RAND_MT19937, MT_RAND_PHP);
mt_srand();
$v = mt_rand(10, 20);
var_dump($v >= 10 && $v <= 20, mt_rand() <= mt_getrandmax());
try { mt_rand(5, 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { mt_rand(5); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { mt_rand(1, 2, 3); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { rand(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { mt_rand("a", 5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { mt_srand("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { mt_getrandmax(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
804318771 1710563033 2041643438
804318771
46,40,25,69,64,14,92,42,60,33
1011 -698 7722008220861848694 9009596228655966281 7
1182829493 3 2 -7
1182829493
1354439493 80 96
209663185
209663185
1154125560
1584738510
int(2147483647)
int(2147483647)
int(0)
int(1)
bool(true)
bool(true)
mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)
mt_rand() expects exactly 2 arguments, 1 given
mt_rand() expects exactly 2 arguments, 3 given
rand() expects exactly 2 arguments, 1 given
mt_rand(): Argument #1 ($min) must be of type int, string given
mt_srand(): Argument #1 ($seed) must be of type int, string given
mt_getrandmax() expects exactly 0 arguments, 1 given
