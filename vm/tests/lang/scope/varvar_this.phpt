--TEST--
${'this'} reads $this in a method
--FILE--
<?php
class Thing {
    public $id = 7;
    public function self_by_name() {
        $n = 'this';
        return ${$n}->id;
    }
}
var_dump((new Thing)->self_by_name());
$n = 'this';
var_dump($$n);
--EXPECTF--
int(7)

Warning: Undefined variable $this in %s/varvar_this.php on line 11
NULL
