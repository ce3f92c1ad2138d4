#!/usr/bin/env python3
"""Checks that the console sessions in the main-modes documentation are what minipy prints.

Usage: check_console.py MINIPY REPO_ROOT FILE.md...

Every ```console block is a series of commands, each `$ [VAR=value ...] minipy ARGS...`, followed
by the output (stdout and stderr together) and a line `[exit status N]`. `$ cd DIR` (relative to
the repository root) sets the working directory for the commands after it; without one, a block
in docs/ runs in the repository root and a block in a README runs in the README's directory.
Absolute paths of the checkout are written /path/to/minipy. Exits 1 if any output differs.
"""
import difflib
import os
import re
import shlex
import subprocess
import sys

FENCE = re.compile(r"^```console\n(.*?)^```", re.M | re.S)


def sessions(text):
    """(cwd or None, command line, expected output lines) for each command of each block."""
    for block in FENCE.findall(text):
        cwd = None
        command, output = None, []
        for line in block.splitlines():
            if line.startswith("$ cd "):
                cwd = line[5:].strip()
            elif line.startswith("$ "):
                command, output = line[2:], []
            elif command is not None and re.fullmatch(r"\[exit status \d+\]", line):
                yield cwd, command, output + [line]
                command = None
            elif command is not None:
                output.append(line)


def run(minipy, root, cwd, command):
    words = shlex.split(command)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MINIPY", "PYTHON"))}
    while words and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", words[0]):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    if not words or words[0] != "minipy":
        raise SystemExit(f"check_console.py: not a minipy command: {command}")
    result = subprocess.run([minipy] + words[1:], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    text = result.stdout.decode("utf-8", "replace").replace(root, "/path/to/minipy")
    lines = text.splitlines()
    while lines and lines[-1] == "":
        lines.pop()
    return lines + [f"[exit status {result.returncode}]"]


def main():
    minipy, root, files = os.path.abspath(sys.argv[1]), os.path.realpath(sys.argv[2]), sys.argv[3:]
    failures = checked = 0
    for path in files:
        default_cwd = root if os.sep + "docs" + os.sep in os.path.abspath(path) \
            else os.path.dirname(os.path.abspath(path))
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for cwd, command, expected in sessions(text):
            checked += 1
            actual = run(minipy, root, os.path.join(root, cwd) if cwd else default_cwd, command)
            expected = [line for line in expected]
            while len(expected) > 1 and expected[-2] == "":
                del expected[-2]
            if actual != expected:
                failures += 1
                print(f"{path}: $ {command}")
                sys.stdout.writelines(line + "\n" for line in difflib.unified_diff(
                    expected, actual, "documented", "actual", lineterm=""))
    print(f"check_console.py: {checked} command(s) checked, {failures} differ")
    return 1 if failures or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
