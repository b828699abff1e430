--TEST--
strings: a heredoc body line indented less than the closing marker is a parse error
--FILE--
<?php
echo <<<EOT
      deeper
    body
      EOT;
--EXPECTF--

Parse error: Invalid body indentation level (expecting an indentation level of at least 6) in %s on line 4
