#!/usr/bin/env python3
"""The CI matrix: cells from ci/matrix.json, and how to run each.

    ci/matrix.py list [--group G] [--github]   the cells (names, or the JSON the workflow uses)
    ci/matrix.py run CELL...                   run cells by name
    ci/matrix.py run-all [--group G]           run every cell (of a group)

Groups:
  kinds    one cell per toolchain x kind x interrupt mode: every case on that kind
           must pass (phpt-runner's exit status).
  toggles  one cell per toolchain x known-bug toggle: with the toggle's Cargo
           feature on, the suite must fail on exactly the toggle's kinds and cases
           (and their kinds-agree trials), and nowhere else.
  oracle   the language cases on php itself (the runner's php target); needs php.

Only the standard library: a clean machine has Python but nothing else.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MATRIX = ROOT / "ci" / "matrix.json"
KINDS_AGREE = "kinds-agree"


def load():
    with open(MATRIX, encoding="utf-8") as f:
        return json.load(f)


def cells(matrix):
    """Every cell: a dict with name, group and what the cell needs."""
    out = []
    for tc in matrix["toolchains"]:
        suffix = "" if tc == "stable" else f"@{tc}"
        for mode in matrix["interrupt_modes"]:
            for kind in matrix["kinds"]:
                name = f"kind:{kind}"
                if mode["name"] != "none":
                    name += f"+{mode['name']}"
                out.append({"name": name + suffix, "group": "kinds", "toolchain": tc,
                            "kind": kind, "mode": mode["name"]})
        for toggle in matrix["toggles"]:
            out.append({"name": f"toggle:{toggle['feature']}{suffix}", "group": "toggles",
                        "toolchain": tc, "toggle": toggle["feature"]})
        out.append({"name": f"oracle:php{suffix}", "group": "oracle", "toolchain": tc})
    return out


def cargo(toolchain):
    """The cargo command for a toolchain (`+tc` needs rustup; stable is the default)."""
    if toolchain == "stable":
        return ["cargo"]
    if shutil.which("rustup") is None:
        sys.exit(f"ci: toolchain {toolchain} needs rustup, which is not installed")
    return ["cargo", f"+{toolchain}"]


def run_runner(cell, args, features=None, target_dir=None):
    """Build and run phpt-runner; returns its exit status."""
    cmd = cargo(cell["toolchain"]) + ["run", "--quiet", "-p", "runner", "--bin", "phpt-runner"]
    if features:
        cmd += ["--features", ",".join(f"vm/{f}" for f in features)]
    cmd += ["--"] + args
    env = dict(os.environ)
    if target_dir:
        env["CARGO_TARGET_DIR"] = str(target_dir)
    print("ci: $", " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


def run_kind(matrix, cell):
    mode = next(m for m in matrix["interrupt_modes"] if m["name"] == cell["mode"])
    args = ["--kind", cell["kind"]]
    for setting in mode["ini"]:
        args += ["-d", setting]
    args += mode["paths"]
    return run_runner(cell, args) == 0


def read_statuses(path):
    """phpt-runner's -W file: `STATUS<TAB>trial` per line."""
    statuses = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" in line:
                status, trial = line.split("\t", 1)
                statuses[trial] = status
    return statuses


def judge_toggle(toggle, kinds, statuses, status):
    """What is wrong with a toggle run: `statuses` maps trial names to
    phpt-runner's status words, `status` is its exit status. Empty when the
    suite failed on exactly the toggle's kinds and cases."""
    problems = []
    if status < 0 or status not in (0, 1, 101):
        problems.append(f"phpt-runner ended abnormally (exit status {status})")
    expected = set()
    for case in toggle["cases"]:
        for target in toggle["fails_on"] + [KINDS_AGREE]:
            expected.add(f"{case}::{target}")
    failing = {t for t, s in statuses.items() if s in ("FAILED", "BORKED")}
    for trial in sorted(expected - failing):
        state = statuses.get(trial, "not run")
        problems.append(f"not caught: {trial} is {state}, but the toggle must make it fail")
    for trial in sorted(failing - expected):
        problems.append(f"beyond the bug: {trial} failed, but the toggle names only "
                        f"{', '.join(toggle['fails_on'])} on its own cases")
    for case in toggle["cases"]:
        for kind in kinds:
            if kind not in toggle["fails_on"] and statuses.get(f"{case}::{kind}") != "PASSED":
                problems.append(f"{case}::{kind} must pass with the toggle on, "
                                f"but is {statuses.get(f'{case}::{kind}', 'not run')}")
    if status == 0:
        problems.append("phpt-runner exited 0 with the toggle on: the suite did not catch the bug")
    return problems


def run_toggle(matrix, cell):
    toggle = next(t for t in matrix["toggles"] if t["feature"] == cell["toggle"])
    # A target folder of its own, so the toggle build does not invalidate the
    # normal one (and the other way round).
    target_dir = ROOT / "target" / "toggles" / toggle["feature"]
    with tempfile.TemporaryDirectory() as tmp:
        w = Path(tmp) / "statuses.txt"
        status = run_runner(cell, ["--quiet", "-W", str(w)], features=[toggle["feature"]],
                            target_dir=target_dir)
        if not w.exists():
            print(f"ci: FAIL: phpt-runner (exit {status}) wrote no -W report: it crashed")
            return False
        statuses = read_statuses(w)
    problems = judge_toggle(toggle, matrix["kinds"], statuses, status)
    failing = {t for t, s in statuses.items() if s in ("FAILED", "BORKED")}
    if problems:
        print(f"ci: FAIL: toggle {toggle['feature']}:")
        for p in problems:
            print(f"ci:   {p}")
        return False
    print(f"ci: ok: toggle {toggle['feature']} is caught: {len(failing)} trials fail, exactly "
          f"the {len(toggle['cases'])} cases of the bug on {', '.join(toggle['fails_on'])} "
          f"(and their kinds-agree trials); {len(statuses) - len(failing)} other trials pass")
    return True


def find_php():
    php = os.environ.get("PHPT_PHP") or shutil.which("php")
    return php


def run_oracle(_matrix, cell):
    php = find_php()
    if php is None:
        if os.environ.get("CI"):
            print("ci: FAIL: the oracle cell needs php (apt-get install php8.2-cli)")
            return False
        print("ci: notice: no php found (set PHPT_PHP or install php8.2-cli); oracle skipped")
        return True
    return run_runner(cell, ["--php", php, "vm/tests"]) == 0


RUNNERS = {"kinds": run_kind, "toggles": run_toggle, "oracle": run_oracle}


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_list = sub.add_parser("list", help="print the cells")
    p_list.add_argument("--group", choices=sorted(RUNNERS))
    p_list.add_argument("--github", action="store_true",
                        help="print {\"include\": [...]} for a GitHub Actions matrix")
    p_run = sub.add_parser("run", help="run cells by name")
    p_run.add_argument("cells", nargs="+")
    p_all = sub.add_parser("run-all", help="run every cell (of a group)")
    p_all.add_argument("--group", choices=sorted(RUNNERS))
    args = parser.parse_args()

    matrix = load()
    every = cells(matrix)
    if args.command == "list":
        chosen = [c for c in every if args.group in (None, c["group"])]
        if args.github:
            print(json.dumps({"include": chosen}))
        else:
            for c in chosen:
                print(c["name"])
        return 0
    if args.command == "run":
        by_name = {c["name"]: c for c in every}
        unknown = [n for n in args.cells if n not in by_name]
        if unknown:
            print(f"ci: unknown cell(s): {', '.join(unknown)}; `ci/matrix.py list` names them",
                  file=sys.stderr)
            return 2
        chosen = [by_name[n] for n in args.cells]
    else:
        chosen = [c for c in every if args.group in (None, c["group"])]
    failed = []
    for c in chosen:
        started = time.monotonic()
        print(f"ci: cell {c['name']}", flush=True)
        ok = RUNNERS[c["group"]](matrix, c)
        print(f"ci: cell {c['name']}: {'ok' if ok else 'FAILED'} "
              f"({time.monotonic() - started:.1f} s)", flush=True)
        if not ok:
            failed.append(c["name"])
    if failed:
        print(f"ci: {len(failed)} of {len(chosen)} cells failed: {', '.join(failed)}")
        return 1
    print(f"ci: all {len(chosen)} cells passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
