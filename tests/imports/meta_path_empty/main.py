import sys
sys.meta_path.clear()
try:
    import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("sys still there")
