# PEP 3122's example package: its __init__ uses a relative import.
import sys
from . import spam

print(f"bacon/__init__.py: __name__={__name__!r} sys.main={getattr(sys, 'main', '<none>')!r}")
