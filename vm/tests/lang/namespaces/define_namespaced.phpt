--TEST--
define(), defined() and constant() with namespaced constant names
--FILE--
<?php
namespace Config;

define('Config\DEBUG', true);
define('LEVEL', 3);
define(__NAMESPACE__ . '\NAME', 'cfg');

var_dump(DEBUG, \Config\DEBUG, LEVEL, NAME);
var_dump(\defined('Config\DEBUG'), \defined('config\DEBUG'), \defined('Config\debug'));
var_dump(\constant('Config\NAME'), \constant('\Config\NAME'));
const LIMIT = 10;
var_dump(\defined('Config\LIMIT'), \defined('LIMIT'));
--EXPECT--
bool(true)
bool(true)
int(3)
string(3) "cfg"
bool(true)
bool(true)
bool(false)
string(3) "cfg"
string(3) "cfg"
bool(true)
bool(false)
