--TEST--
Call stack: debug backtrace
--FILE--
<?php
class A {
    public function m($x) { return b($x, [1]); }
    public static function s() { debug_print_backtrace(); return (new A)->m('str'); }
}
function b($a, $arr) {
    debug_print_backtrace();
    var_dump(debug_backtrace());
    var_dump(count(debug_backtrace(0, 1)), array_keys(debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS)[0]));
    return 1;
}
A::s();
$f = function () { debug_print_backtrace(); };
$f();
array_map(fn($x) => debug_print_backtrace(), [1]);
debug_print_backtrace();
var_dump(debug_backtrace());
--EXPECTF--
#0 %s(12): A::s()
#0 %s(3): b('str', Array)
#1 %s(4): A->m('str')
#2 %s(12): A::s()
array(3) {
  [0]=>
  array(4) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(3)
    ["function"]=>
    string(1) "b"
    ["args"]=>
    array(2) {
      [0]=>
      string(3) "str"
      [1]=>
      array(1) {
        [0]=>
        int(1)
      }
    }
  }
  [1]=>
  array(7) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(4)
    ["function"]=>
    string(1) "m"
    ["class"]=>
    string(1) "A"
    ["object"]=>
    object(A)#1 (0) {
    }
    ["type"]=>
    string(2) "->"
    ["args"]=>
    array(1) {
      [0]=>
      string(3) "str"
    }
  }
  [2]=>
  array(6) {
    ["file"]=>
    string(%d) "%s"
    ["line"]=>
    int(12)
    ["function"]=>
    string(1) "s"
    ["class"]=>
    string(1) "A"
    ["type"]=>
    string(2) "::"
    ["args"]=>
    array(0) {
    }
  }
}
int(1)
array(3) {
  [0]=>
  string(4) "file"
  [1]=>
  string(4) "line"
  [2]=>
  string(8) "function"
}
#0 %s(14): {closure}()
#0 [internal function]: {closure}(1)
#1 %s(15): array_map(Object(Closure), Array)
array(0) {
}
