# try/except/else/finally flow
def attempt(x):
    try:
        print("  try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("  except ZeroDivisionError")
        return "div0"
    except TypeError as e:
        print("  except TypeError:", e)
        return "type"
    else:
        print("  else", r)
        return r
    finally:
        print("  finally")
for v in (2, 0, "s"):
    print("result:", attempt(v))
try:
    int("nope")
except (TypeError, ValueError) as e:
    print("caught tuple:", type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print("LookupError base caught", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("LookupError base caught", type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handler")
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    pass
except Exception:
    print("never")
else:
    print("no exception -> else")
finally:
    print("finally always")
e = None
try:
    raise KeyError("gone")
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
        return "handled"
print(nested())
try:
    raise Exception("base", 42)
except Exception as ex:
    print(ex, ex.args, len(ex.args))
