--TEST--
Group use declarations mixing classes, functions and constants
--FILE--
<?php
namespace Shop\Domain {
    class Order {}
    class Invoice {}
    function total() { return 42; }
    const CURRENCY = 'EUR';
}
namespace App {
    use Shop\Domain\{Order, Invoice as Bill, function total, const CURRENCY};
    use function Shop\Domain\{total as sum};

    echo get_class(new Order), "\n";
    echo Bill::class, "\n";
    echo total(), " ", sum(), " ", CURRENCY, "\n";
}
--EXPECT--
Shop\Domain\Order
Shop\Domain\Invoice
42 42 EUR
