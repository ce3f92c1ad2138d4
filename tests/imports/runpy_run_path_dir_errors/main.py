import runpy
try:
    runpy.run_path("empty")
except ImportError as e:
    print(type(e).__name__, e)
runpy.run_path("broken.py")
