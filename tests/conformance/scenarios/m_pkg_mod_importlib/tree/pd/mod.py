import sys
import runs
runs.names.append(__name__)
print('pd/mod.py runs as', __name__)
if len(runs.names) == 1:
    import importlib
    m = importlib.import_module('pd.mod')
    print('importlib.import_module gives the running module:', m is sys.modules[__name__])
    print('executions:', runs.names)
