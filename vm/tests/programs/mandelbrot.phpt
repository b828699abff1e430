--TEST--
Mandelbrot sets in floats, printed as characters
--FILE--
<?php
function mandel_rows($width, $height, $iterations) {
    $palette = " .:-=+*%#@";
    $scale = 2.5 / $width;
    for ($row = 0; $row < $height; $row++) {
        $ci = ($row - $height / 2) * $scale * 2;
        $line = "";
        for ($col = 0; $col < $width; $col++) {
            $cr = ($col - $width * 0.7) * $scale;
            $zr = 0.0; $zi = 0.0; $k = 0;
            while ($zr * $zr + $zi * $zi < 4.0 && $k < $iterations) {
                $t = $zr * $zr - $zi * $zi + $cr;
                $zi = 2 * $zr * $zi + $ci;
                $zr = $t;
                $k++;
            }
            $line .= $palette[$k % 10];
        }
        print $line;
        print "|\n";
    }
}
mandel_rows(48, 12, 60);
// The comma-separated for header, as in C-style ports.
for ($y = 3, $acc = 0.0; $acc += $y * 0.5, $y--; ) {
    echo $y, ":", $acc, " ";
}
echo "\n";
$f = 0.1 + 0.2;
echo $f, " ", $f * 3, " ", 1e20, " ", -1.5e-7, " ", 7.0, "\n";
?>
--EXPECT--
------------====++++*%+  :%          .@:. +=----|
---------==+++++++**%#.%%               %#*+=---|
----====+=%*****%%%# %                   @#+==--|
=====+++*#@*:.#. @@ @                     .*==--|
===++++%% :.      %=                      %+===-|
=+***%#*==         @                      *+===-|
                                       *@%*+===-|
=+***%#*==         @                      *+===-|
===++++%% :.      %=                      %+===-|
=====+++*#@*:.#. @@ @                     .*==--|
----====+=%*****%%%# %                   @#+==--|
---------==+++++++**%#.%%               %#*+=---|
2:1.5 1:2.5 0:3 
0.3 0.9 1.0E+20 -1.5E-7 7
