# raise from, __cause__, __context__, __suppress_context__
class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e
try:
    parse("x1")
except ParseError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print("from None:", e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
err = TypeError("t")
print(err.__cause__, err.__context__, err.__traceback__)
try:
    raise err
except TypeError as e:
    print(e.__traceback__ is not None, e is err)
def chain_depth(e):
    n = 0
    while e is not None:
        n += 1
        e = e.__cause__ or e.__context__
    return n
try:
    try:
        try:
            raise OSError("disk")
        except OSError as e1:
            raise ValueError("value") from e1
    except ValueError:
        raise KeyError("key")
except KeyError as e:
    print("chain depth:", chain_depth(e), repr(e.__context__), repr(e.__context__.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
