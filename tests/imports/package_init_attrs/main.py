import pkg
print(pkg.__name__, pkg.__package__, pkg.__path__, pkg.__file__)
print(pkg.__spec__.name, pkg.__spec__.parent, pkg.__spec__.origin, pkg.__spec__.submodule_search_locations, pkg.__spec__.has_location)
