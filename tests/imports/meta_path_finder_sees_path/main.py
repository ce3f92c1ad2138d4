import sys
class Spy:
    def find_spec(self, name, path, target=None):
        print("find", name, [p.replace(sys.path[0], "<here>") for p in path] if path else path)
        return None
sys.meta_path.insert(0, Spy())
import pkg.sub
