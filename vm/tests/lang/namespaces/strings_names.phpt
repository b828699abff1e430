--TEST--
Names in strings are fully qualified, a leading backslash allowed: class_exists, function_exists, callables
--FILE--
<?php
namespace Lib;

class Widget { public static function make() { return new static; } }
function helper($x) { return "helper($x)"; }

var_dump(class_exists('Lib\Widget'), class_exists('\Lib\Widget'), class_exists('lib\widget'), class_exists('Widget'));
var_dump(function_exists('Lib\helper'), function_exists('\Lib\helper'), function_exists('helper'));
echo call_user_func('Lib\helper', 1), "\n";
echo call_user_func('\Lib\helper', 2), "\n";
echo implode(",", array_map('Lib\helper', [3, 4])), "\n";
$f = 'Lib\helper';
echo $f(5), "\n";
$f = __NAMESPACE__ . '\helper';
echo $f(6), "\n";
var_dump(is_callable('Lib\helper'), is_callable('helper'));
echo get_class(call_user_func('Lib\Widget::make')), "\n";
echo get_class(call_user_func(['\Lib\Widget', 'make'])), "\n";
try {
    call_user_func('helper', 7);
} catch (\TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
helper(1)
helper(2)
helper(3),helper(4)
helper(5)
helper(6)
bool(true)
bool(false)
Lib\Widget
Lib\Widget
call_user_func(): Argument #1 ($callback) must be a valid callback, function "helper" not found or invalid function name
