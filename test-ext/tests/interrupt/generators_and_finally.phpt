--TEST--
Interrupts from compare handlers inside generators (suspended and resumed frames), finally blocks and static methods
--EXTENSIONS--
zend_test
--INI--
zend_test.observer.set_vm_interrupt_on_begin=1
--FILE--
<?php
function below(VmInterruptComparable $limit) {
    $i = new VmInterruptComparable(0);
    while ($i < $limit) {
        $sent = yield $i->value;
        if ($sent !== null) {
            echo "sent $sent\n";
        }
        $i = new VmInterruptComparable($i->value + 1);
    }
    return "end";
}
foreach (below(new VmInterruptComparable(3)) as $k => $v) {
    echo "$k=$v\n";
}
$g = below(new VmInterruptComparable(2));
echo $g->current(), "\n";
echo $g->send("x"), "\n";
$g->next();
echo $g->getReturn(), "\n";

function outer() {
    yield from below(new VmInterruptComparable(2));
    yield 99;
}
echo implode(",", iterator_values(outer())), "\n";
function iterator_values($it) { $out = []; foreach ($it as $v) { $out[] = $v; } return $out; }

class Guard {
    public static function check(VmInterruptComparable $a, VmInterruptComparable $b): string {
        try {
            if ($a > $b) {
                throw new RuntimeException("too big");
            }
            return "ok";
        } finally {
            if ($a == $b) {
                echo "finally: equal\n";
            } else {
                echo "finally: different\n";
            }
        }
    }
}
echo Guard::check(new VmInterruptComparable(1), new VmInterruptComparable(1)), "\n";
try {
    Guard::check(new VmInterruptComparable(2), new VmInterruptComparable(1));
} catch (RuntimeException $e) {
    echo "caught ", $e->getMessage(), "\n";
}
var_dump(zend_test_interrupt_count() > 10);
?>
--EXPECT--
0=0
1=1
2=2
0
sent x
1
end
0,1,99
finally: equal
ok
finally: different
caught too big
bool(true)
