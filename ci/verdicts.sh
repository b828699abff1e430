#!/usr/bin/env bash
# Check that `phpt-runner --php PHP DIR` gives, case by case, the verdicts
# `run-tests.php -p PHP DIR` (php 8.2's) gives.
#
#   ci/verdicts.sh [DIR]      (default: runner/tests/fixtures/verdicts)
#
# Both run, one after the other, on a fresh copy of DIR at the same temporary
# path (so nothing is left in DIR, and __DIR__ or getcwd() print the same
# for both), each with `-W` status files, which are then compared. Exits 1
# and lists the cases whose verdicts differ; prints the number of cases
# compared when all agree. The corpus must hold at least 50 cases
# (VERDICTS_MIN_CASES), and run-tests.php must give at least one FAIL, one
# SKIP and one BORK among them, so the check cannot pass on an empty or an
# all-passing corpus. In the default corpus, a case under pass/, fail/,
# skip/, bork/, warn/, xfail/ or xleak/ must get that verdict from
# run-tests.php.
#
# Environment:
#   VERDICTS_PHP       the php binary (default: php on PATH)
#   RUN_TESTS_PHP      run-tests.php (default: /usr/lib/php/*/build/run-tests.php)
#   PHPT_RUNNER        a built phpt-runner (default: cargo build it)
#   VERDICTS_OPTIONAL  set to 1 to exit 0 with a notice when php or
#                      run-tests.php is missing (otherwise that is an error)
#   VERDICTS_KEEP      set to 1 to keep the temporary folder (logs, status files)
#   VERDICTS_MIN_CASES minimum number of cases (default 50)
#   VERDICTS_MODES     which comparisons to run (default "ini no-ini"): ini
#                      runs php with its php.ini; no-ini gives run-tests.php
#                      -n and phpt-runner --php-no-ini
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/runner/tests/fixtures/verdicts}
# Our own corpus files each case under the verdict run-tests.php gives it.
check_folders=$([ $# -eq 0 ] && echo 1 || echo 0)
min_cases=${VERDICTS_MIN_CASES:-50}

die() {
    echo "verdicts: error: $*" >&2
    exit 1
}

missing() {
    if [ "${VERDICTS_OPTIONAL:-0}" = 1 ]; then
        echo "verdicts: notice: $*; the comparison is skipped (VERDICTS_OPTIONAL=1)"
        exit 0
    fi
    die "$* (set VERDICTS_OPTIONAL=1 to make this a notice)"
}

[ -d "$corpus" ] || die "no such folder: $corpus"
corpus=$(cd "$corpus" && pwd)

php=${VERDICTS_PHP:-$(command -v php || true)}
[ -n "$php" ] && [ -x "$php" ] || missing "no php binary (put php on PATH or set VERDICTS_PHP)"
php=$(command -v "$php")

run_tests=${RUN_TESTS_PHP:-}
if [ -z "$run_tests" ]; then
    for candidate in /usr/lib/php/*/build/run-tests.php; do
        [ -f "$candidate" ] && run_tests=$candidate
    done
fi
[ -n "$run_tests" ] && [ -f "$run_tests" ] ||
    missing "no run-tests.php (install php8.2-dev or set RUN_TESTS_PHP)"

php_version=$("$php" -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
if [ "$php_version" != 8.2 ]; then
    echo "verdicts: warning: $php is php $php_version; the reference is php 8.2" >&2
fi
for sapi in php-cgi phpdbg; do
    other="$(dirname "$php")/$(basename "$php" | sed "s/php/$sapi/")"
    if [ -e "$other" ]; then
        echo "verdicts: warning: $other exists; run-tests.php runs the cases that need it, phpt-runner skips them" >&2
    fi
done

runner=${PHPT_RUNNER:-}
if [ -z "$runner" ]; then
    (cd "$root" && cargo build -q -p runner --bin phpt-runner) || die "cargo build failed"
    runner=${CARGO_TARGET_DIR:-$root/target}/debug/phpt-runner
    case $runner in /*) ;; *) runner=$root/$runner ;; esac
fi
[ -x "$runner" ] || die "no phpt-runner at $runner"
runner=$(cd "$(dirname "$runner")" && pwd)/$(basename "$runner")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/verdicts.XXXXXX")
# run-tests.php names cases by their real path.
tmp=$(cd "$tmp" && pwd -P)
if [ "${VERDICTS_KEEP:-0}" = 1 ]; then
    echo "verdicts: keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi
work=$tmp/work
mkdir "$work"

# A fresh copy of the corpus at $work/corpus.
fresh_copy() {
    rm -rf "$work/corpus"
    cp -R "$corpus" "$work/corpus"
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Settings of run-tests.php that would change what it runs.
unset TEST_PHP_ARGS TESTS TEST_PHP_EXECUTABLE TEST_PHP_CGI_EXECUTABLE \
    TEST_PHPDBG_EXECUTABLE TEST_PHP_SRCDIR TEST_TIMEOUT DISABLE_SKIP_CACHE
# run-tests.php's -q puts NO_INTERACTION=1 into the cases' environment;
# given to both, the environments are the same.
export NO_INTERACTION=1

# `STATUS path` lines, the path relative to the corpus, sorted by path.
normalise() {
    awk -F '\t' -v abs="$work/corpus/" '
        NF >= 2 {
            path = $2
            sub(/::php$/, "", path)
            if (index(path, abs) == 1) path = substr(path, length(abs) + 1)
            else if (index(path, "corpus/") == 1) path = substr(path, 8)
            print path "\t" $1
        }' "$1" | LC_ALL=C sort
}

counts() {
    cut -f 2 "$1" | sort | uniq -c | awk '{ printf "%s%s %s", sep, $1, $2; sep = ", " }'
}

cases=$(cd "$corpus" && find . -name '*.phpt' ! -name '.*' -type f | wc -l)
tab=$(printf '\t')

# Run both on the corpus in one mode (ini: php reads its php.ini; no-ini:
# run-tests.php -n and phpt-runner --php-no-ini) and compare.
compare() {
    local mode=$1 rt_flags=() pr_flags=() out=$tmp/$1
    if [ "$mode" = no-ini ]; then
        rt_flags=(-n)
        pr_flags=(--php-no-ini)
    fi
    mkdir "$out"

    fresh_copy
    local start rt_status pr_status rt_time pr_time
    start=$(now)
    set +e
    (cd "$work" && "$php" "$run_tests" "${rt_flags[@]}" -p "$php" -q \
        -W "$out/run-tests.status" corpus) >"$out/run-tests.log" 2>&1 </dev/null
    rt_status=$?
    set -e
    rt_time=$(elapsed "$start" "$(now)")

    fresh_copy
    start=$(now)
    set +e
    (cd "$work" && "$runner" --php "$php" "${pr_flags[@]}" \
        -W "$out/phpt-runner.status" corpus) >"$out/phpt-runner.log" 2>&1 </dev/null
    pr_status=$?
    set -e
    pr_time=$(elapsed "$start" "$(now)")

    # phpt-runner must leave the corpus as it found it.
    local litter
    litter=$(LC_ALL=C comm -13 <(cd "$corpus" && find . | LC_ALL=C sort) \
        <(cd "$work/corpus" && find . | LC_ALL=C sort))
    if [ -n "$litter" ]; then
        echo "verdicts [$mode]: phpt-runner left files in the corpus:" >&2
        echo "$litter" | sed 's/^/  /' >&2
        exit 1
    fi

    # run-tests.php exits 1 when a case fails; anything else past 0 means
    # it broke down (a fatal error of its own, for one).
    if [ "$rt_status" -gt 1 ]; then
        echo "verdicts [$mode]: run-tests.php exited with status $rt_status; the end of its output:" >&2
        tail -n 20 "$out/run-tests.log" >&2
    fi
    local side
    for side in run-tests phpt-runner; do
        if [ ! -s "$out/$side.status" ]; then
            echo "verdicts [$mode]: $side wrote no verdicts; its output:" >&2
            tail -n 40 "$out/$side.log" >&2
            exit 1
        fi
        normalise "$out/$side.status" >"$out/$side.verdicts"
    done

    echo "verdicts [$mode]: run-tests.php: $(counts "$out/run-tests.verdicts") (${rt_time}s, exit $rt_status)"
    echo "verdicts [$mode]: phpt-runner:   $(counts "$out/phpt-runner.verdicts") (${pr_time}s, exit $pr_status)"

    local differences compared
    differences=$(LC_ALL=C join -t "$tab" -a 1 -a 2 -e '(none)' -o 0,1.2,2.2 \
        "$out/run-tests.verdicts" "$out/phpt-runner.verdicts" |
        awk -F '\t' '$2 != $3 { printf "  %-60s run-tests.php: %-8s phpt-runner: %s\n", $1, $2, $3 }')
    if [ -n "$differences" ]; then
        echo "verdicts [$mode]: the verdicts differ:" >&2
        echo "$differences" >&2
        echo "(run with VERDICTS_KEEP=1 to keep the logs)" >&2
        exit 1
    fi
    compared=$(wc -l <"$out/run-tests.verdicts")
    if [ "$compared" -ne "$cases" ]; then
        die "[$mode] the corpus holds $cases cases but run-tests.php reported $compared"
    fi
    if [ "$compared" -lt "$min_cases" ]; then
        die "[$mode] only $compared cases; the corpus must hold at least $min_cases"
    fi
    local status
    for status in FAILED SKIPPED BORKED; do
        grep -q "$tab$status\$" "$out/run-tests.verdicts" ||
            die "[$mode] no case is $status; the corpus must have failing, skipped and borked cases"
    done
    if [ "$check_folders" = 1 ]; then
        local misfiled
        misfiled=$(awk -F '\t' '
            BEGIN {
                want["pass"] = "PASSED"; want["fail"] = "FAILED"; want["skip"] = "SKIPPED"
                want["bork"] = "BORKED"; want["warn"] = "WARNED"; want["xfail"] = "XFAILED"
                want["xleak"] = "XLEAKED"
            }
            {
                folder = $1
                sub(/\/.*/, "", folder)
                if ((folder in want) && want[folder] != $2)
                    printf "  %s is %s, not %s\n", $1, $2, want[folder]
            }' "$out/run-tests.verdicts")
        if [ -n "$misfiled" ]; then
            echo "verdicts [$mode]: cases in the wrong folder for run-tests.php's verdict:" >&2
            echo "$misfiled" >&2
            exit 1
        fi
    fi
    echo "verdicts [$mode]: $compared cases compared, all verdicts agree"
}

for mode in ${VERDICTS_MODES:-ini no-ini}; do
    case $mode in
    ini | no-ini) compare "$mode" ;;
    *) die "unknown mode in VERDICTS_MODES: $mode (ini, no-ini)" ;;
    esac
done
