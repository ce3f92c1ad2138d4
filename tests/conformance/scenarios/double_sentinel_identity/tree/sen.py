MISSING = object()
import helper
print(__name__, ': helper.get() is MISSING:', helper.get() is MISSING)
