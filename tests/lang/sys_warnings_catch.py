# warnings: catch_warnings (record, action), WarningMessage, filter changes resetting the
# once-per-location registry, and nesting.
import warnings

def f():
    warnings.warn("careful", RuntimeWarning)

f()
f()  # suppressed: the default action shows a location once
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f()
    f()
    warnings.warn("imp", ImportWarning)
    warnings.warn(UserWarning("obj"))
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), w.lineno, w.filename.endswith("cw.py"), type(w.message).__name__)
print(str(log[0]).replace(__file__, "FILE"))
f()  # filters restored: still suppressed
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except RuntimeWarning as e:
        print("raised", e)
f()
with warnings.catch_warnings(action="ignore"):
    f()
    warnings.warn("x")
print(warnings.filters[0][0], len(warnings.filters))
c = warnings.catch_warnings(record=True)
print(repr(c), repr(warnings.catch_warnings()))
try:
    c.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
c.__enter__()
try:
    c.__enter__()
except RuntimeError as e:
    print(e)
c.__exit__(None, None, None)
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("in inner")
    warnings.warn("in outer")
print(len(outer), len(inner), str(outer[0].message), str(inner[0].message))
