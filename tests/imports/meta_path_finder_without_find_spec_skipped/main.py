import sys
sys.meta_path.insert(0, object())
import mod
print(mod.X)
