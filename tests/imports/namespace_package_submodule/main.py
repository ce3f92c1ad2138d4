import ns.mod
print(ns.mod.V, ns.mod.__package__)
from ns import mod as m2
print(m2 is ns.mod)
