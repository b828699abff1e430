--TEST--
@ silences warnings but not the error handler; error_reporting levels
--FILE--
<?php
function noisy() { echo $undefined; return "value"; }
echo @noisy(), "\n";
$arr = [];
echo @$arr["missing"], "|\n";
var_dump(@error_reporting());
var_dump(error_reporting());
// a handler still sees silenced errors and can ask error_reporting()
set_error_handler(function ($no, $msg) {
    echo "handler (reporting ", error_reporting(), "): $msg\n";
    return true;
});
@trigger_error("silenced");
trigger_error("loud");
restore_error_handler();
$old = error_reporting(E_ALL & ~E_WARNING);
echo $quiet;
echo "no warning above\n";
error_reporting($old);
echo $loud;
--EXPECTF--
value
|
int(4437)
int(32767)
handler (reporting 4437): silenced
handler (reporting 32767): loud
no warning above

Warning: Undefined variable $loud in %s on line 20
