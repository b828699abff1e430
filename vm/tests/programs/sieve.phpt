--TEST--
Sieve of Eratosthenes on a range() array
--FILE--
<?php
function primes_below($limit, $repeat) {
    $count = 0;
    while ($repeat-- > 0) {
        $count = 0;
        $flags = range(0, $limit);
        for ($i = 2; $i <= $limit; $i++) {
            if ($flags[$i] > 0) {
                for ($k = $i + $i; $k <= $limit; $k += $i) {
                    $flags[$k] = 0;
                }
                $count++;
            }
        }
    }
    return $count;
}
print "Count: " . primes_below(1000, 3) . "\n";
print "Count: " . primes_below(2, 1) . "\n";
?>
--EXPECT--
Count: 168
Count: 1
