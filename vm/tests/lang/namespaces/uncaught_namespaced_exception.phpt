--TEST--
Uncaught namespaced exception class thrown from a namespaced function
--FILE--
<?php
namespace Billing\Errors;

final class PaymentDeclined extends \DomainException {
    public function __construct(string $card) {
        parent::__construct("card $card declined", 402);
    }
}

namespace Billing;

use Billing\Errors\PaymentDeclined;

function charge(string $card, int $amount) {
    if ($amount > 100) {
        throw new PaymentDeclined($card);
    }
}
charge("visa", 10);
echo "first charge ok\n";
charge("amex", 500);
--EXPECTF--
first charge ok

Fatal error: Uncaught Billing\Errors\PaymentDeclined: card amex declined in %s:16
Stack trace:
#0 %s(21): Billing\charge('amex', 500)
#1 {main}
  thrown in %s on line 16
