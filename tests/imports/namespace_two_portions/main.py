import sys
sys.path.insert(0, "p2")
sys.path.insert(0, "p1")
import ns.a, ns.b
print(ns.a.N, ns.b.N, len(list(ns.__path__)))
