# PEP 3122: "consider the import `from .. import spam` made from the bacon.ham.beans module".
import sys
from .. import spam

print(f"beans.py: __name__={__name__!r} sys.main={getattr(sys, 'main', '<none>')!r}")
print("  sys.modules[__name__] runs this code:", sys.modules[__name__].__dict__ is globals())
print("  sys.modules['__main__'] runs this code:", sys.modules["__main__"].__dict__ is globals())
print("  sys.modules['__main__'] has __file__:", hasattr(sys.modules["__main__"], "__file__"))

if __name__ == sys.main:
    print("beans: main block runs; spam is", spam.__name__)
    import bacon.ham.beans as again   # a second instance?  (in pep3122: no, the same module)
    print("  import bacon.ham.beans gives this module:", again.__dict__ is globals())
