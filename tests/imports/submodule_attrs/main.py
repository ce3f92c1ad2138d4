import pkg.sub.mod as m
print(m.__name__, m.__package__, m.__spec__.parent, m.__file__)
import pkg.sub
print(pkg.sub.__package__, pkg.sub.__path__)
