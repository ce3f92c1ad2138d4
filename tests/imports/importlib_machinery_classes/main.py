import importlib.machinery as m, sys
print(m.BuiltinImporter, m.FrozenImporter, m.PathFinder, m.FileFinder, m.SourceFileLoader)
print(sys.meta_path[-3:] == [m.BuiltinImporter, m.FrozenImporter, m.PathFinder])
print(m.PathFinder.find_spec("sys"), m.BuiltinImporter.find_spec("sys"))
