import runpy
import sys

g = runpy.run_module("target", init_globals={"seed": 41}, run_name="custom")
print(g["result"], g["__name__"], g["__file__"].endswith("target.py"), g["__spec__"].name)
print("target" in sys.modules, "custom" in sys.modules)

g = runpy.run_module("target", alter_sys=True)
print(g["result"], g["__name__"], g["argv0"].endswith("target.py"), g["was_registered"])
print("target" in sys.modules, sys.argv[0])

g = runpy.run_module("pkg")
print(g["__name__"], g["__package__"], g["__spec__"].name)
g = runpy.run_module("pkg.sub", run_name="__main__")
print(g["__name__"], g["__package__"], sorted(k for k in sys.modules if k.startswith("pkg")))
print(g["__loader__"].name, type(g["__loader__"]).__name__, g["__cached__"] is None or True)
