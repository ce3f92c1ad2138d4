import sys
sys.path.append("lib")
import libmod
print(libmod.L)
