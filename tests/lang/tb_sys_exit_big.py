# sys.exit with a code above 255 is truncated by the OS (256 + 7 -> 7)
import sys
print("exit 263")
sys.exit(263)
