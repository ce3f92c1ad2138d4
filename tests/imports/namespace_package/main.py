import ns
print(ns.__file__, list(ns.__path__), ns.__spec__.origin, ns.__package__, type(ns.__loader__).__name__, ns.__spec__.has_location)
