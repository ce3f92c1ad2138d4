import sys
try:
    import leaver
except KeyError as e:
    print("KeyError", e, "leaver" in sys.modules)
import leaver
