--TEST--
goto: finally
--FILE--
<?php
function cleanup(): string {
    try {
        try {
            echo "working\n";
            goto done;
        } finally {
            echo "inner finally\n";
        }
    } finally {
        echo "outer finally\n";
    }
    echo "skipped\n";
    done:
    return "done";
}
echo cleanup(), "\n";

function fromCatch() {
    try {
        throw new Exception("boom");
    } catch (Exception $e) {
        echo "caught ", $e->getMessage(), "\n";
        goto after;
    } finally {
        echo "finally runs\n";
    }
    after:
    echo "after\n";
}
fromCatch();

// A label inside the same try: no finally is run.
try {
    goto inside;
    echo "skipped\n";
    inside:
    echo "inside the try\n";
} finally {
    echo "finally once\n";
}
--EXPECTF--
working
inner finally
outer finally
done
caught boom
finally runs
after
inside the try
finally once
