#!/usr/bin/env python3
"""Benchmark: each program in bench/ on php and on phpvm --kind K, side by
side. Reports the best of N wall-clock times and the ratio phpvm / php (below
1 means faster than php). Checks that every run prints php's output.

    cargo build --release -p vm --bin phpvm
    python3 bench/compare.py [--runs N] [--php PATH] [PROGRAM...]
"""

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ["call", "switch", "hybrid", "tailcall"]


def best_time(cmd, runs):
    best, out = None, None
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            sys.exit(f"bench: {' '.join(cmd)} exited {done.returncode}:\n"
                     f"{done.stdout.decode(errors='replace')}{done.stderr.decode(errors='replace')}")
        out = done.stdout
        best = elapsed if best is None else min(best, elapsed)
    return best, out


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--php", default=shutil.which("php"))
    parser.add_argument("--phpvm", default=str(ROOT / "target" / "release" / "phpvm"))
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    if not args.php:
        sys.exit("bench: no php found (apt-get install php8.2-cli, or --php PATH)")
    programs = [Path(p) for p in args.programs] or sorted((ROOT / "bench").glob("*.php"))
    print(f"{'program':<14}{'php s':>8}" + "".join(f"{k + ' s':>12}{'ratio':>7}" for k in KINDS))
    for program in programs:
        php_time, php_out = best_time([args.php, "-n", str(program)], args.runs)
        row = f"{program.stem:<14}{php_time:>8.3f}"
        for kind in KINDS:
            t, out = best_time([args.phpvm, "--kind", kind, str(program)], args.runs)
            if out != php_out:
                sys.exit(f"bench: {program.name} on {kind} prints other output than php")
            row += f"{t:>12.3f}{t / php_time:>7.2f}"
        print(row, flush=True)


if __name__ == "__main__":
    main()
