--TEST--
File-level namespace declarations: several in one file, __NAMESPACE__, namespaced functions, constants and classes
--FILE--
<?php
namespace App\Models;

function where() { return __FUNCTION__; }
const KIND = 'models';
class User {
    public function name() { return __CLASS__ . ' / ' . __METHOD__ . ' / ' . __FUNCTION__; }
}
echo __NAMESPACE__, "\n";
echo where(), "\n";
echo KIND, "\n";
echo (new User)->name(), "\n";

namespace App\Http;

function where() { return __FUNCTION__; }
echo __NAMESPACE__, "\n";
echo where(), "\n";
echo \App\Models\where(), "\n";
echo \App\Models\KIND, "\n";
print_r(new \App\Models\User);
echo "\n";
var_export(new \App\Models\User);
echo "\n";
--EXPECT--
App\Models
App\Models\where
models
App\Models\User / App\Models\User::name / name
App\Http
App\Http\where
App\Models\where
models
App\Models\User Object
(
)

\App\Models\User::__set_state(array(
))
