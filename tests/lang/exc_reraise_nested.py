# re-raising, exception objects after handling, nested handlers, exceptions in loops
def risky(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    if n % 5 == 0:
        raise KeyError(n)
    return n * 2
results = []
errors = []
for i in range(1, 16):
    try:
        results.append(risky(i))
    except ValueError as e:
        errors.append(str(e))
    except KeyError as e:
        errors.append(f"key {e}")
print(results)
print(errors)
saved = None
try:
    raise IndexError("saved for later")
except IndexError as e:
    saved = e
print(type(saved).__name__, saved, saved.args)
try:
    raise saved
except IndexError as e:
    print("raised again:", e is saved)
def wrapper():
    try:
        risky(3)
    except ValueError as e:
        print("wrapper logs:", e)
        raise
try:
    wrapper()
except ValueError as e:
    print("caller got:", e)
try:
    try:
        raise TypeError("first")
    except TypeError as e:
        try:
            raise ValueError("second")
        except ValueError as e2:
            print("inner:", e2, "| context:", e2.__context__)
        print("still handling", e)
except Exception:
    print("not reached")
def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        return int("x")
try:
    handler_raises()
except ValueError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
