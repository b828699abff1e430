--TEST--
everyday classes: interface constants, abstract base, promotion, readonly, static counters, static return, __toString, exceptions, callbacks
--FILE--
<?php
interface Account {
    const CURRENCY = "EUR";
    public function deposit(int $amount): static;
    public function balance(): int;
}
abstract class BaseAccount implements Account {
    protected array $history = [];
    private static int $opened = 0;
    public function __construct(protected readonly string $owner, protected int $cents = 0) {
        self::$opened++;
    }
    public static function opened(): int { return self::$opened; }
    public function deposit(int $amount): static {
        if ($amount <= 0) {
            throw new InvalidArgumentException("Deposit must be positive, got $amount");
        }
        $this->cents += $amount;
        $this->history[] = ['deposit', $amount];
        return $this;
    }
    public function balance(): int { return $this->cents; }
    abstract public function fee(): int;
    public function __toString(): string {
        return sprintf("%s: %d.%02d %s (%s)", $this->owner, intdiv($this->cents, 100), $this->cents % 100, static::CURRENCY, static::class);
    }
    public function history(): array { return $this->history; }
}
final class Checking extends BaseAccount {
    public function fee(): int { return 100; }
}
final class Savings extends BaseAccount {
    const CURRENCY = "CHF";
    public function fee(): int { return 0; }
    public function withdraw(int $amount): static {
        if ($amount > $this->cents) {
            throw new RangeException("Insufficient funds");
        }
        $this->cents -= $amount;
        $this->history[] = ['withdraw', $amount];
        return $this;
    }
}
$accounts = [new Checking("ann", 1050), new Savings("bob")];
$accounts[1]->deposit(500)->deposit(250)->withdraw(125);
foreach ($accounts as $a) {
    echo $a, " fee ", $a->fee(), "\n";
}
echo BaseAccount::opened(), " accounts\n";
try {
    $accounts[0]->deposit(-5);
} catch (InvalidArgumentException $e) {
    echo "error: ", $e->getMessage(), "\n";
}
try {
    $accounts[1]->withdraw(10000);
} catch (RangeException $e) {
    echo "error: ", $e->getMessage(), "\n";
}
try {
    $accounts[0]->owner = "mallory";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
usort($accounts, fn($x, $y) => $y->balance() <=> $x->balance());
echo implode(", ", array_map(fn($a) => (string)$a, $accounts)), "\n";
print_r($accounts[1]->history());
$total = array_reduce($accounts, fn($sum, $a) => $sum + $a->balance(), 0);
printf("total %.2f\n", $total / 100);
--EXPECTF--
ann: 10.50 EUR (Checking) fee 100
bob: 6.25 CHF (Savings) fee 0
2 accounts
error: Deposit must be positive, got -5
error: Insufficient funds
Error: Cannot access protected property Checking::$owner
ann: 10.50 EUR (Checking), bob: 6.25 CHF (Savings)
Array
(
    [0] => Array
        (
            [0] => deposit
            [1] => 500
        )

    [1] => Array
        (
            [0] => deposit
            [1] => 250
        )

    [2] => Array
        (
            [0] => withdraw
            [1] => 125
        )

)
total 16.75
