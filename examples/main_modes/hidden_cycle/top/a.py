# a imports b, and b imports a name from a: a circular import.
print(f"a.py body starts as {__name__!r}")
from . import b
X = 1
print(f"a.py body ends as {__name__!r}")
