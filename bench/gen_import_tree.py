#!/usr/bin/env python3
"""Writes the tree bm_import.py imports: bench/import_tree/ with 500 small modules m0..m499.

run.py calls this before the benchmarks; the tree is generated, not committed. CPython's first
run fills __pycache__, so the minimum over repeats is CPython with a warm bytecode cache.
"""
from pathlib import Path

COUNT = 500


def main():
    tree = Path(__file__).resolve().parent / "import_tree"
    tree.mkdir(exist_ok=True)
    for i in range(COUNT):
        path = tree / f"m{i}.py"
        text = (f'"""Module {i}."""\nVALUE = {i}\n\n\ndef f(x):\n    return x + VALUE\n\n\n'
                f'class C{i}:\n    def method(self):\n        return f(VALUE)\n')
        if not path.exists() or path.read_text() != text:
            path.write_text(text)


if __name__ == "__main__":
    main()
