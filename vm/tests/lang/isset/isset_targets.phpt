--TEST--
isset on variables, nested elements, string offsets, scalars, properties by visibility, static properties and null
--FILE--
<?php
$null = null; $zero = 0; $arr = ['a' => ['b' => null, 'c' => 0], 'n' => null, 's' => 'str'];
var_dump(isset($undef), isset($null), isset($zero));
var_dump(isset($arr['a']), isset($arr['a']['b']), isset($arr['a']['c']), isset($arr['x']['y']), isset($arr['n']));
// several at once: all must be set
var_dump(isset($zero, $arr), isset($zero, $null));
// string offsets
$s = 'abc';
var_dump(isset($s[0]), isset($s[3]), isset($s[-1]), isset($s[-4]), isset($s['1']), isset($s['x']), isset($s[0][0]), isset($s['1.0']));
var_dump(isset($arr['s'][1]), isset($arr['s'][1][0]));
// on scalars
$int = 5;
var_dump(isset($int[0]), isset($int->p));
// properties
class P { public $pub = 1; public $nul = null; protected $prot = 2; private $priv = 3; public static $st = 's'; public static $stnull = null;
  public function inside() { return [isset($this->prot), isset($this->priv)]; } }
$p = new P;
var_dump(isset($p->pub), isset($p->nul), isset($p->prot), isset($p->priv), isset($p->missing), $p->inside());
var_dump(isset(P::$st), isset(P::$stnull), isset(P::$nope), isset(Nope::$x));
$p->dyn = ['k' => 1];
var_dump(isset($p->dyn['k']), isset($p->dyn['z']));
$n = null;
var_dump(isset($n->p), isset($n->p->q), isset($n['k']));
--EXPECTF--
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
array(2) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
}

Fatal error: Uncaught Error: Class "Nope" not found in %s:19
Stack trace:
#0 {main}
  thrown in %s on line 19
