# standard exception hierarchy
names = ["ZeroDivisionError", "OverflowError", "ArithmeticError", "KeyError", "IndexError", "LookupError",
         "ValueError", "UnicodeDecodeError", "TypeError", "NameError", "UnboundLocalError", "AttributeError",
         "RuntimeError", "RecursionError", "NotImplementedError", "StopIteration", "GeneratorExit",
         "KeyboardInterrupt", "SystemExit", "AssertionError", "ImportError", "ModuleNotFoundError",
         "OSError", "FileNotFoundError", "MemoryError", "EOFError", "Exception", "BaseException"]
builtins_ns = {n: eval(n) for n in names}
for n in names:
    cls = builtins_ns[n]
    chain = [c.__name__ for c in cls.__mro__[1:-1]]
    print(f"{n:<20} -> {' -> '.join(chain) or '(root)'}")
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(StopIteration, Exception))
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(OSError, Exception))
def which(exc):
    try:
        raise exc
    except ArithmeticError:
        return "arith"
    except LookupError:
        return "lookup"
    except Exception:
        return "exception"
    except BaseException:
        return "base"
print([which(e) for e in (ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError, SystemExit, KeyboardInterrupt)])
