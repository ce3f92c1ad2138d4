import lazy
print(lazy.anything)
from lazy import other
print(other)
print(hasattr(lazy, "missing"))
