# Run me two ways:  minipy calc/cli.py 2 3   (fails)   and   minipy -m calc.cli 2 3   (works)
import sys

print(f"cli.py: __name__={__name__!r} __package__={__package__!r}")

from .ops import add          # a relative import needs a known parent package

print(f"{sys.argv[1]} + {sys.argv[2]} = {add(int(sys.argv[1]), int(sys.argv[2]))}")
