import mod
print(mod.__name__, repr(mod.__package__), mod.__file__, hasattr(mod, "__path__"))
print(mod.__spec__.parent == "", mod.__spec__.origin, mod.__spec__.submodule_search_locations, mod.__loader__ is mod.__spec__.loader)
print(type(mod.__loader__).__name__, mod.__loader__.name, mod.__loader__.path)
