--TEST--
set_error_handler: handlers that throw, decline, filter levels; trigger_error and error_reporting
--FILE--
<?php
set_error_handler(function ($no, $str) { throw new ErrorException($str, 0, $no); });
try {
    echo $undef;
    echo "not reached\n";
} catch (ErrorException $e) {
    echo "caught: ", $e->getMessage(), " sev ", $e->getSeverity(), "\n";
}
try {
    $a = [];
    $x = $a["k"] . "after";
    echo "not reached 2\n";
} catch (ErrorException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
restore_error_handler();
set_error_handler(fn($n, $s) => false);
echo $undef2;
echo "end\n";
set_error_handler(function ($n, $s) { echo "only warnings: $s\n"; }, E_USER_WARNING);
trigger_error("a notice");
trigger_error("a warning", E_USER_WARNING);
var_dump(error_reporting(E_ALL & ~E_NOTICE & ~E_USER_NOTICE));
restore_error_handler(); restore_error_handler();
trigger_error("hidden notice");
var_dump(@error_reporting());
try { trigger_error("x", 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { set_error_handler("nope"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
caught: Undefined variable $undef sev 2
caught: Undefined array key "k"

Warning: Undefined variable $undef2 in %s on line 18
end

Notice: a notice in %s on line 21
only warnings: a warning
int(32767)
int(4437)
trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED
set_error_handler(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
