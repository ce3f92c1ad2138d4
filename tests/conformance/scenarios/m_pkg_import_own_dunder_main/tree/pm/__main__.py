import sys
import runs
runs.names.append(__name__)
print('pm/__main__.py runs as', __name__)
if len(runs.names) == 1:
    import pm.__main__
    import pm
    this = sys.modules[__name__]
    print('executions:', runs.names)
    print("sys.modules['pm.__main__'] is the running module:", sys.modules['pm.__main__'] is this)
    print('pm.__main__ attribute is the running module:', pm.__dict__.get('__main__') is this)
    print("sys.modules['pm'] is the package:", sys.modules['pm'].__name__ == 'pm')
