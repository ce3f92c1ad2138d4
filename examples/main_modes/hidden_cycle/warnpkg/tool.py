import sys

print(f"tool.py body runs as {__name__!r}, sys.argv[0] = {sys.argv[0]!r}")

if __name__ == getattr(sys, "main", "__main__"):
    print("tool.py: main block runs")
    print("  sys.modules['warnpkg.tool'] is this module:",
          sys.modules["warnpkg.tool"].__dict__ is globals())
