import sys
this = sys.modules[__name__]
print("'pb.__main__' in sys.modules:", 'pb.__main__' in sys.modules)
print("sys.modules.get('pb.__main__') is the running module:", sys.modules.get('pb.__main__') is this)
print("pb.__main__ attribute is the running module:", sys.modules['pb'].__dict__.get('__main__') is this)
print("sys.modules['pb'] is the running module:", sys.modules['pb'] is this, '| its __name__:', sys.modules['pb'].__name__)
