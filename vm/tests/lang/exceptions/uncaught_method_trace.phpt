--TEST--
exceptions: uncaught from instance methods, trace with classes and arguments
--FILE--
<?php
class Repo {
    public function find(int $id) { return $this->load($id, ['cache' => true]); }
    protected function load($id, array $opts) { throw new OutOfBoundsException("no record $id"); }
}
class Service {
    public function __construct(private Repo $repo) {}
    public function get($id) { return $this->repo->find($id); }
}
function controller() { return (new Service(new Repo))->get(7); }
controller();
--EXPECTF--

Fatal error: Uncaught OutOfBoundsException: no record 7 in %s:4
Stack trace:
#0 %s(3): Repo->load(7, Array)
#1 %s(8): Repo->find(7)
#2 %s(10): Service->get(7)
#3 %s(11): controller()
#4 {main}
  thrown in %s on line 4
