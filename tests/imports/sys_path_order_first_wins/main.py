import sys
sys.path[:0] = ["d1", "d2"]
import m
print(m.W)
