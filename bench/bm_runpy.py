# runpy.run_module and runpy.run_path over the 500 small modules of bench/import_tree/ (written by
# gen_import_tree.py), 12 rounds: locating a module without importing it (find_spec), getting its
# code, and running it in a fresh namespace, which is what `-m` and directory arguments do.
import runpy
import sys

here = __file__.rpartition("/")[0]
tree = here + "/import_tree"
sys.path.insert(0, tree)
total = 0
for round in range(12):
    for i in range(500):
        if i % 2:
            namespace = runpy.run_module("m" + str(i), run_name="__main__")
        else:
            namespace = runpy.run_path(tree + "/m" + str(i) + ".py", init_globals={"seed": i})
        total += namespace["f"](round) + len(namespace)
print(total, "m1" in sys.modules)
