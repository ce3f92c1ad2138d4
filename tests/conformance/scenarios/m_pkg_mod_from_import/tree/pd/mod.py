import sys
import runs
runs.names.append(__name__)
print('pd/mod.py runs as', __name__)
if len(runs.names) == 1:
    from pd import mod
    print('from pd import mod gives the running module:', mod is sys.modules[__name__])
    print('executions:', runs.names)
