import sys, pkg.sub
print(sorted(k for k in sys.modules if k.startswith("pkg")))
