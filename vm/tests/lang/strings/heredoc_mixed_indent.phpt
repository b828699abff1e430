--TEST--
strings: tabs and spaces mixed in heredoc indentation are a parse error
--FILE--
<?php
echo <<<EOT
	tab
    spaces
    EOT;
--EXPECTF--

Parse error: Invalid indentation - tabs and spaces cannot be mixed in %s on line 3
