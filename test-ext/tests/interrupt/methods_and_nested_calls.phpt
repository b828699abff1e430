--TEST--
Interrupts from compare handlers and observer begin hooks in methods and nested calls
--EXTENSIONS--
zend_test
--INI--
zend_test.observer.set_vm_interrupt_on_begin=1
--FILE--
<?php
class Sorter {
    private int $swaps = 0;

    public function smaller(VmInterruptComparable $a, VmInterruptComparable $b): bool {
        if ($a < $b) {
            return true;
        }
        return false;
    }

    public function max(VmInterruptComparable $a, VmInterruptComparable $b): VmInterruptComparable {
        return $this->smaller($a, $b) ? $b : $a;
    }

    public static function pick(array $values): int {
        $s = new Sorter();
        $best = $values[0];
        $i = 1;
        while ($i < count($values)) {
            $best = $s->max($best, $values[$i]);
            $i++;
        }
        return $best->value;
    }
}

function depth(int $n, VmInterruptComparable $a, VmInterruptComparable $b): string {
    if ($n == 0) {
        return $a <= $b ? "bottom <=" : "bottom >";
    }
    return "$n " . depth($n - 1, $b, $a);
}

$values = [];
foreach ([3, 9, 1, 7] as $v) {
    $values[] = new VmInterruptComparable($v);
}
echo Sorter::pick($values), "\n";
echo depth(5, new VmInterruptComparable(1), new VmInterruptComparable(2)), "\n";
var_dump(zend_test_interrupt_count() > 10);
?>
--EXPECT--
9
5 4 3 2 1 bottom >
bool(true)
