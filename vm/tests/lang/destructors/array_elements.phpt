--TEST--
Objects in arrays are destructed when their element is overwritten or removed, or the array is freed
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
$list = [new D("first"), new D("second"), new D("third")];
$list[1] = "replaced";
echo "after overwrite\n";
unset($list[0]);
echo "after unset\n";
$list[] = new D("appended");
array_pop($list);
echo "after pop\n";
$map = ['k' => new D("keyed")];
$copy = $map;
$map = [];
echo "copy still holds it\n";
$copy = null;
echo "after copy released\n";
$nested = ['inner' => ['deep' => new D("deep")]];
$nested['inner'] = 0;
echo "after nested overwrite\n";
$list = null;
echo "end\n";
--EXPECT--
destroy second
after overwrite
destroy first
after unset
destroy appended
after pop
copy still holds it
destroy keyed
after copy released
destroy deep
after nested overwrite
destroy third
end
