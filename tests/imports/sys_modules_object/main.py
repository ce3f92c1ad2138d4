import sys
sys.modules["fake"] = 42
import fake
print(fake)
