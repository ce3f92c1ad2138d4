import sys
print(__name__, __spec__.name, __package__, sys.argv[1:], type(__loader__).__name__)
print(sorted(k for k in sys.modules if k.startswith("mm_pkg")))
