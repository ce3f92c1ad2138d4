# warnings.warn: categories, default filters (DeprecationWarning shown in __main__, ImportWarning
# hidden), stacklevel, the once-per-location default action, and simplefilter("error").
import warnings
def f():
    warnings.warn("careful", RuntimeWarning)
f(); f()
warnings.warn("user thing")
warnings.warn("dep", DeprecationWarning)
warnings.warn(ImportWarning("hidden"))
def g():
    warnings.warn("up", stacklevel=2)
g()
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("caught", e)
print(warnings.filters[0])
