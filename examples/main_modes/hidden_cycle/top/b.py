print(f"b.py body starts as {__name__!r}")
from top.a import X
print(f"b.py got X = {X}")
