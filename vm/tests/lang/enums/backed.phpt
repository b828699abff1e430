--TEST--
Enums: backed
--FILE--
<?php
enum Status: int {
    case Active = 1;
    case Inactive = 0;
    case Banned = -1;

    public function label(): string {
        return ucfirst(strtolower($this->name));
    }
}
enum Code: string {
    case Ok = 'ok';
    case NotFound = 'not-found';
}
var_dump(Status::Active->value, Status::Banned->name);
var_dump(Status::from(0));
var_dump(Status::tryFrom(5));
var_dump(Status::from("1"));
var_dump(Code::from('not-found'), Code::tryFrom('nope'));
var_dump(Code::Ok->value);
var_dump(Status::Active instanceof BackedEnum, Code::Ok instanceof UnitEnum);
foreach (Code::cases() as $c) {
    echo $c->name, " => ", $c->value, "\n";
}
echo Status::from(-1)->label(), "\n";
$map = array_map(fn($c) => $c->value, Status::cases());
var_dump($map);
var_dump(array_column(array_map(fn($c) => ['n' => $c->name, 'v' => $c->value], Code::cases()), 'v', 'n'));
--EXPECTF--
int(1)
string(6) "Banned"
enum(Status::Inactive)
NULL
enum(Status::Active)
enum(Code::NotFound)
NULL
string(2) "ok"
bool(true)
bool(true)
Ok => ok
NotFound => not-found
Banned
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(0)
  [2]=>
  int(-1)
}
array(2) {
  ["Ok"]=>
  string(2) "ok"
  ["NotFound"]=>
  string(9) "not-found"
}
