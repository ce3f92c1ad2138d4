import runpy

for name in ["nonexistent", ".rel", "pkgnomain", "sys", "nonexistent.sub", "main.py", ""]:
    try:
        runpy.run_module(name)
    except ImportError as e:
        print(type(e).__name__, e)
try:
    runpy.run_path("missing.py")
except OSError as e:
    print(type(e).__name__, e.errno)
