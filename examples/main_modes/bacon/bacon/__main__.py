# `minipy --main-mode=pep3122 -m bacon` runs this file as 'bacon.__main__' (the PEP predates
# __main__.py; the spec runs the package's __main__ and sets sys.main before bacon/__init__.py).
import sys
from . import spam

print(f"bacon/__main__.py: __name__={__name__!r} sys.main={getattr(sys, 'main', '<none>')!r}")

if __name__ == sys.main:          # PEP 3122's idiom, exactly as the PEP writes it
    print("bacon: main block runs; spam is", spam.__name__)
