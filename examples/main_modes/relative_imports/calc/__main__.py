# `minipy -m calc 2 3` runs this file; relative imports work here too.
from .ops import add
import sys

print(f"__main__.py: __name__={__name__!r} __package__={__package__!r}")
print("sum:", add(int(sys.argv[1]), int(sys.argv[2])))
