import sys
sys.path.insert(0, "other")
import mod
print(mod.W)
