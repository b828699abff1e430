--TEST--
Writing an element of $GLOBALS writes the global variable (php 8.1+)
--FILE--
<?php
// php 8.1+: writing an element of $GLOBALS writes the global variable.
function setup() {
    $GLOBALS['created'] = 'in a function';
    $GLOBALS['counter'] = 0;
    $GLOBALS['counter']++;
    $GLOBALS['counter'] += 10;
    $GLOBALS['text'] = 'a';
    $GLOBALS['text'] .= 'b';
    $GLOBALS['nested']['deep'][] = 1;
    $GLOBALS['nested']['deep'][] = 2;
    [$GLOBALS['p'], $GLOBALS['q']] = ['P', 'Q'];
}
setup();
var_dump($created, $counter, $text, $nested, $p, $q);
$existing = 1;
function change() {
    $GLOBALS['existing'] = 'changed';
    unset($GLOBALS['p']);
}
change();
var_dump($existing, isset($p));
function take_ref() {
    $r = &$GLOBALS['existing'];
    $r = 'through a reference';
}
take_ref();
var_dump($existing);
function by_ref(&$v) { $v = 'by-ref argument'; }
function pass() { by_ref($GLOBALS['q']); }
pass();
var_dump($q);
--EXPECT--
string(13) "in a function"
int(11)
string(2) "ab"
array(1) {
  ["deep"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
string(1) "P"
string(1) "Q"
string(7) "changed"
bool(false)
string(19) "through a reference"
string(15) "by-ref argument"
