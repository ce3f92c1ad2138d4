import sys
from importlib.machinery import ModuleSpec
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.x = 42
class Finder:
    def find_spec(self, name, path, target=None):
        if name == "magic":
            return ModuleSpec(name, Loader(), origin="somewhere")
        return None
sys.meta_path.append(Finder())
import magic
print(magic.x, magic.__spec__.origin, magic.__spec__.has_location, hasattr(magic, "__file__"))
