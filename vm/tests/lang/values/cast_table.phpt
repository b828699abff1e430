--TEST--
values: int, float, bool and string casts of scalars, strings, arrays and special floats; intval bases; settype
--FILE--
<?php
$values = [0, -1, 1.9, -1.9, 0.0, -0.0, "", "0", "0.0", "12abc", "abc", " 7 ", "1e3", true, false, null, [], [0], NAN, INF];
foreach ($values as $v) {
    echo str_pad(var_export($v, true), 12), " int:", var_export((int) $v, true),
        " float:", var_export((float) $v, true),
        " bool:", var_export((bool) $v, true),
        " string:", is_array($v) ? '(Array)' : var_export((string) $v, true), "\n";
}
var_dump((int) "9999999999999999999", (int) 1e19, (int) "0x1A", (int) "012", (int) " 0b11");
var_dump(intval("0x1A", 16), intval("012", 0), intval("0b11", 0), intval("42", 8));
var_dump((array) "s", (array) null, (array) 1.5);
var_dump(settype($x, "integer"), $x);
$y = "123abc"; settype($y, "int"); var_dump($y);
--EXPECT--
0            int:0 float:0.0 bool:false string:'0'
-1           int:-1 float:-1.0 bool:true string:'-1'
1.9          int:1 float:1.9 bool:true string:'1.9'
-1.9         int:-1 float:-1.9 bool:true string:'-1.9'
0.0          int:0 float:0.0 bool:false string:'0'
-0.0         int:0 float:-0.0 bool:false string:'-0'
''           int:0 float:0.0 bool:false string:''
'0'          int:0 float:0.0 bool:false string:'0'
'0.0'        int:0 float:0.0 bool:true string:'0.0'
'12abc'      int:12 float:12.0 bool:true string:'12abc'
'abc'        int:0 float:0.0 bool:true string:'abc'
' 7 '        int:7 float:7.0 bool:true string:' 7 '
'1e3'        int:1000 float:1000.0 bool:true string:'1e3'
true         int:1 float:1.0 bool:true string:'1'
false        int:0 float:0.0 bool:false string:''
NULL         int:0 float:0.0 bool:false string:''
array (
)    int:0 float:0.0 bool:false string:(Array)
array (
  0 => 0,
) int:1 float:1.0 bool:true string:(Array)
NAN          int:0 float:NAN bool:true string:'NAN'
INF          int:0 float:INF bool:true string:'INF'
int(9223372036854775807)
int(-8446744073709551616)
int(0)
int(12)
int(0)
int(26)
int(10)
int(3)
int(34)
array(1) {
  [0]=>
  string(1) "s"
}
array(0) {
}
array(1) {
  [0]=>
  float(1.5)
}
bool(true)
int(0)
int(123)
