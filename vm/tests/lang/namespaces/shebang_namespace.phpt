--TEST--
A shebang line is skipped, so a namespace declaration after it is the first statement
--FILE--
#!/usr/bin/env php
<?php
// A shebang line is skipped: the namespace declaration is still first.
namespace Cli\Tool;

echo __NAMESPACE__, " line ", __LINE__, "\n";
--EXPECT--
Cli\Tool line 6
