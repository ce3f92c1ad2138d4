# A package whose __init__ imports its own submodule: `-m warnpkg.tool` finds it already loaded.
print("warnpkg/__init__.py runs")
from . import tool
