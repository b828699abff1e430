#!/usr/bin/env python3
"""Tests of ci/matrix.py: the matrix file is well formed, and the toggle
judge accepts exactly the expected failures. Run: python3 ci/test_matrix.py"""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import matrix  # noqa: E402

KINDS = ["call", "switch", "hybrid", "tailcall"]
TOGGLE = {"feature": "bug-x", "fails_on": ["tailcall"], "cases": ["a.phpt"]}


def statuses(failing):
    """All trials of a.phpt and b.phpt, PASSED unless named in `failing`."""
    out = {}
    for case in ("a.phpt", "b.phpt"):
        for target in KINDS + ["kinds-agree"]:
            name = f"{case}::{target}"
            out[name] = "FAILED" if name in failing else "PASSED"
    return out


class JudgeToggle(unittest.TestCase):
    def test_exactly_the_expected_failures_pass_the_cell(self):
        s = statuses({"a.phpt::tailcall", "a.phpt::kinds-agree"})
        self.assertEqual(matrix.judge_toggle(TOGGLE, KINDS, s, 101), [])

    def test_a_bug_not_caught_fails_the_cell(self):
        problems = matrix.judge_toggle(TOGGLE, KINDS, statuses(set()), 0)
        self.assertTrue(any("not caught: a.phpt::tailcall" in p for p in problems), problems)
        self.assertTrue(any("exited 0" in p for p in problems), problems)

    def test_a_failure_beyond_the_bug_fails_the_cell(self):
        s = statuses({"a.phpt::tailcall", "a.phpt::kinds-agree", "b.phpt::call"})
        problems = matrix.judge_toggle(TOGGLE, KINDS, s, 101)
        self.assertEqual(len(problems), 1, problems)
        self.assertIn("beyond the bug: b.phpt::call", problems[0])

    def test_a_failure_on_another_kind_of_the_bugs_case_fails_the_cell(self):
        s = statuses({"a.phpt::tailcall", "a.phpt::kinds-agree", "a.phpt::switch"})
        problems = matrix.judge_toggle(TOGGLE, KINDS, s, 101)
        self.assertTrue(any("a.phpt::switch" in p for p in problems), problems)

    def test_a_crashed_runner_fails_the_cell(self):
        s = statuses({"a.phpt::tailcall", "a.phpt::kinds-agree"})
        problems = matrix.judge_toggle(TOGGLE, KINDS, s, -11)
        self.assertTrue(any("abnormally" in p for p in problems), problems)


class MatrixFile(unittest.TestCase):
    def test_cells_cover_every_kind_toggle_and_the_oracle(self):
        m = matrix.load()
        names = [c["name"] for c in matrix.cells(m)]
        self.assertEqual(len(names), len(set(names)), "cell names are unique")
        for kind in m["kinds"]:
            self.assertIn(f"kind:{kind}", names)
        for toggle in m["toggles"]:
            self.assertIn(f"toggle:{toggle['feature']}", names)
            self.assertTrue(toggle["cases"], "a toggle names the cases it breaks")
            self.assertTrue(set(toggle["fails_on"]) <= set(m["kinds"]))
            for case in toggle["cases"]:
                self.assertTrue((matrix.ROOT / case).is_file(), f"{case} exists")
        self.assertIn("oracle:php", names)

    def test_toggles_are_features_of_vm(self):
        manifest = (matrix.ROOT / "vm" / "Cargo.toml").read_text()
        for toggle in matrix.load()["toggles"]:
            self.assertIn(f"{toggle['feature']} = ", manifest)


if __name__ == "__main__":
    unittest.main()
