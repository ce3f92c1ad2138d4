import runpy
import sys

g = runpy.run_path("script.py", init_globals={"seed": 1})
print(g["__name__"], g["__file__"], g["__package__"], g["__spec__"], g["value"])
g = runpy.run_path("script.py", run_name="a.b")
print(g["__name__"], g["__package__"])
before = list(sys.path)
g = runpy.run_path("d")
print(g["__name__"], g["__spec__"].name, g["__file__"].endswith("d/__main__.py"), sys.path == before)
print(sys.argv[0])
