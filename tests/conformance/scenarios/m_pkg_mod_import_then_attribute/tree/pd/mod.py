import sys
import runs
runs.names.append(__name__)
print('pd/mod.py runs as', __name__)
if len(runs.names) == 1:
    import pd.mod
    try:
        print('pd.mod attribute is the running module:', pd.mod is sys.modules[__name__])
    except AttributeError as e:
        print('AttributeError:', e)
    print('executions:', runs.names)
