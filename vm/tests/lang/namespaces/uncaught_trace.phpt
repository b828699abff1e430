--TEST--
Uncaught exception from namespaced methods: fully qualified names in the message and stack trace
--FILE--
<?php
namespace App\Service;

class Mailer {
    public function send($to) { $this->connect($to); }
    private function connect($host) { throw new MailerException("cannot reach $host"); }
}
class MailerException extends \RuntimeException {}
function run() { (new Mailer)->send("smtp"); }
run();
--EXPECTF--

Fatal error: Uncaught App\Service\MailerException: cannot reach smtp in %s:6
Stack trace:
#0 %s(5): App\Service\Mailer->connect('smtp')
#1 %s(9): App\Service\Mailer->send('smtp')
#2 %s(10): App\Service\run()
#3 {main}
  thrown in %s on line 6
