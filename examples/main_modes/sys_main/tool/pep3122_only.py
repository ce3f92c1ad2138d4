# PEP 3122's own idiom without a fallback: AttributeError in the other three modes.
import sys

if __name__ == sys.main:
    print(f"hello from pep3122_only  (__name__={__name__!r})")
