# Import 500 small modules from bench/import_tree/ (written by gen_import_tree.py): finders,
# loaders and module execution, compared with CPython importing them from a warm __pycache__.
import sys

here = __file__.rpartition("/")[0]
sys.path.insert(0, here + "/import_tree")
total = 0
for i in range(500):
    module = __import__("m" + str(i))
    total += module.f(1)
print(total, len(sys.modules) >= 500)
