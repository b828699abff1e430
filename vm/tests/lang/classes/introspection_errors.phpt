--TEST--
introspection functions: php's TypeErrors, ArgumentCountErrors and warnings
--FILE--
<?php
class A { function f() {} }
function attempt($label, $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo $label, ": ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
attempt('method_exists', fn() => method_exists(1, 'f'));
attempt('method_exists arity', fn() => method_exists('A'));
attempt('property_exists', fn() => property_exists([], 'f'));
attempt('get_class_methods', fn() => get_class_methods('Nope'));
attempt('get_class_methods int', fn() => get_class_methods(3));
attempt('get_parent_class', fn() => get_parent_class('Nope'));
attempt('get_parent_class int', fn() => get_parent_class(2.5));
attempt('get_parent_class global', fn() => get_parent_class());
attempt('get_object_vars', fn() => get_object_vars('A'));
attempt('spl_object_id', fn() => spl_object_id(1));
attempt('spl_object_hash', fn() => spl_object_hash(null));
attempt('get_called_class', fn() => get_called_class());
attempt('class_implements', fn() => class_implements('Nope'));
attempt('class_implements int', fn() => class_implements(1));
attempt('class_exists arity', fn() => class_exists());
attempt('is_a arity', fn() => is_a(new A));
attempt('is_a scalar', fn() => is_a(1, 'A'));
attempt('is_subclass_of missing', fn() => is_subclass_of('Nope', 'A'));
attempt('iterator_to_array', fn() => iterator_to_array(1));
attempt('iterator_to_array object', fn() => iterator_to_array(new A));
attempt('iterator_count', fn() => iterator_count('x'));
attempt('illegal key', fn() => iterator_to_array((function () { yield [1] => 2; })()));
attempt('rewound generator', function () {
    $g = (function () { yield 1; yield 2; })();
    $g->next();
    return iterator_to_array($g);
});
--EXPECTF--
method_exists: TypeError: method_exists(): Argument #1 ($object_or_class) must be of type object|string, int given
method_exists arity: ArgumentCountError: method_exists() expects exactly 2 arguments, 1 given
property_exists: TypeError: property_exists(): Argument #1 ($object_or_class) must be of type object|string, array given
get_class_methods: TypeError: get_class_methods(): Argument #1 ($object_or_class) must be an object or a valid class name, string given
get_class_methods int: TypeError: get_class_methods(): Argument #1 ($object_or_class) must be an object or a valid class name, int given
get_parent_class: TypeError: get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, string given
get_parent_class int: TypeError: get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, float given
bool(false)
get_object_vars: TypeError: get_object_vars(): Argument #1 ($object) must be of type object, string given
spl_object_id: TypeError: spl_object_id(): Argument #1 ($object) must be of type object, int given
spl_object_hash: TypeError: spl_object_hash(): Argument #1 ($object) must be of type object, null given
get_called_class: Error: get_called_class() must be called from within a class

Warning: class_implements(): Class Nope does not exist and could not be loaded in %s on line 22
bool(false)
class_implements int: TypeError: class_implements(): Argument #1 ($object_or_class) must be of type object|string, int given
class_exists arity: ArgumentCountError: class_exists() expects at least 1 argument, 0 given
is_a arity: ArgumentCountError: is_a() expects at least 2 arguments, 1 given
bool(false)
bool(false)
iterator_to_array: TypeError: iterator_to_array(): Argument #1 ($iterator) must be of type Traversable|array, int given
iterator_to_array object: TypeError: iterator_to_array(): Argument #1 ($iterator) must be of type Traversable|array, A given
iterator_count: TypeError: iterator_count(): Argument #1 ($iterator) must be of type Traversable|array, string given
illegal key: TypeError: Illegal offset type
rewound generator: Exception: Cannot rewind a generator that was already run
