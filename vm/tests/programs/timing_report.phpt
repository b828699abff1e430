--TEST--
a benchmark's reporting: ob_start/ob_end_clean, gettimeofday, number_format, str_repeat padding
--FILE--
<?php
// The reporting of a benchmark script: buffered output thrown away, timings
// formatted with number_format and padded with str_repeat.
date_default_timezone_set('UTC');
function report($name, $seconds) {
    $num = number_format($seconds, 3);
    $pad = str_repeat(" ", 24 - strlen($name) - strlen($num));
    echo $name . $pad . $num . "\n";
}
ob_start();
echo "this is discarded";
print "and this";
ob_end_clean();
$t = gettimeofday();
var_dump(array_keys($t), is_int($t['sec']), $t['usec'] >= 0 && $t['usec'] < 1000000);
var_dump(is_float(gettimeofday(true)), is_float(microtime(true)));
$total = 0;
foreach (["simple" => 0.0123, "mandel" => 1.23456, "fibo(30)" => 10.0005, "strcat(200000)" => 0.0004999] as $name => $secs) {
    report($name, $secs);
    $total += $secs;
}
echo str_repeat("-", 24), "\n";
report("Total", $total);
echo number_format(1234567.891), " ", number_format(1234567.891, 2), " ", number_format(0.5), " ", number_format(-0.4), "\n";
ob_start();
echo "kept";
$kept = ob_get_clean();
echo strtoupper($kept), "\n";
--EXPECTF--
array(4) {
  [0]=>
  string(3) "sec"
  [1]=>
  string(4) "usec"
  [2]=>
  string(11) "minuteswest"
  [3]=>
  string(7) "dsttime"
}
bool(true)
bool(true)
bool(true)
bool(true)
simple             0.012
mandel             1.235
fibo(30)          10.001
strcat(200000)     0.000
------------------------
Total             11.248
1,234,568 1,234,567.89 1 0
KEPT
