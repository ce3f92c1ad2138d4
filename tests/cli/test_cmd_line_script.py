#!/usr/bin/env python3
"""A port of the checks of CPython's Lib/test/test_cmd_line_script.py that spec/main-modes.md §3.8
names (test_dash_m_errors, test_package_recursion, test_directory_error,
test_dash_m_error_code_is_one, test_nonexisting_script), run against minipy in every mode.

Usage: test_cmd_line_script.py MINIPY   (the modes come from MINIPY_TEST_MODES, default: all four)
"""
import os
import re
import subprocess
import sys
import tempfile
import unittest

MINIPY = None
MODES = os.environ.get("MINIPY_TEST_MODES", "status-quo pep499 pep3122 pep299").split()


def run(mode, *args, cwd=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MINIPY", "PYTHON"))}
    proc = subprocess.run([MINIPY, f"--main-mode={mode}", *args], cwd=cwd, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def make_pkg(pkg_dir, init_source=""):
    os.mkdir(pkg_dir)
    with open(os.path.join(pkg_dir, "__init__.py"), "w") as f:
        f.write(init_source)


def make_script(directory, name, source):
    path = os.path.join(directory, name + ".py")
    with open(path, "w") as f:
        f.write(source)
    return path


class CmdLineScriptTest(unittest.TestCase):
    def check_import_error(self, args, expected_msg, cwd=None):
        for mode in MODES:
            with self.subTest(mode=mode, args=args):
                rc, out, err = run(mode, *args, cwd=cwd)
                self.assertEqual(rc, 1, err)
                self.assertIn(expected_msg.encode("utf-8"), err)

    def test_directory_error(self):
        with tempfile.TemporaryDirectory() as script_dir:
            msg = "can't find '__main__' module in %r" % script_dir
            self.check_import_error([script_dir], msg)

    def test_package_recursion(self):
        with tempfile.TemporaryDirectory() as script_dir:
            pkg_dir = os.path.join(script_dir, "test_pkg")
            make_pkg(pkg_dir)
            make_pkg(os.path.join(pkg_dir, "__main__"))
            msg = ("Cannot use package as __main__ module; "
                   "'test_pkg' is a package and cannot "
                   "be directly executed")
            self.check_import_error(["-m", "test_pkg"], msg, cwd=script_dir)

    def test_dash_m_error_code_is_one(self):
        # In pep3122 the module's __name__ is its real name, so it raises under sys.main.
        source = ("import sys\n"
                  "if __name__ == getattr(sys, 'main', '__main__'): raise ValueError\n")
        with tempfile.TemporaryDirectory() as script_dir:
            pkg_dir = os.path.join(script_dir, "test_pkg")
            make_pkg(pkg_dir)
            make_script(pkg_dir, "other", source)
            for mode in MODES:
                with self.subTest(mode=mode):
                    rc, out, err = run(mode, "-m", "test_pkg.other", "test-args", cwd=script_dir)
                    self.assertEqual(rc, 1)
                    self.assertIn(b"ValueError", err)

    def test_dash_m_errors(self):
        tests = (
            ("builtins", br"No code object available"),
            ("builtins.x", br"Error while finding module specification.*ModuleNotFoundError"),
            ("builtins.x.y", br"Error while finding module specification.*"
                             br"ModuleNotFoundError.*No module named.*not a package"),
            ("importlib", br"No module named.*is a package and cannot be directly executed"),
            ("importlib.nonexistent", br"No module named"),
            (".unittest", br"Relative module names not supported"),
        )
        for mode in MODES:
            for name, regex in tests:
                with self.subTest(mode=mode, name=name):
                    rc, _, err = run(mode, "-m", name)
                    self.assertEqual(rc, 1)
                    self.assertRegex(err, regex)
                    self.assertNotIn(b"Traceback", err)

    def test_nonexisting_script(self):
        with tempfile.TemporaryDirectory() as script_dir:
            for mode in MODES:
                with self.subTest(mode=mode):
                    rc, out, err = run(mode, "nonexistingscript.py", cwd=script_dir)
                    self.assertIn(b": can't open file ", err)
                    self.assertNotEqual(rc, 0)


if __name__ == "__main__":
    MINIPY = os.path.abspath(sys.argv.pop(1))
    unittest.main()
