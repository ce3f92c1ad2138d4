import sys
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.value = "made by " + module.__name__
class Finder:
    def find_spec(self, name, path, target=None):
        if name.startswith("virtual"):
            import importlib.util
            return importlib.util.spec_from_loader(name, Loader())
        return None
sys.meta_path.insert(0, Finder())
import virtual_one
print(virtual_one.value, virtual_one.__spec__.name, virtual_one.__package__)
