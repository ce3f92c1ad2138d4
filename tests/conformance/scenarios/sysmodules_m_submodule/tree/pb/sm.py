import sys
this = sys.modules[__name__]
print("'pb' in sys.modules:", 'pb' in sys.modules, "| 'pb.sm' in sys.modules:", 'pb.sm' in sys.modules)
print("sys.modules.get('pb.sm') is the running module:", sys.modules.get('pb.sm') is this)
print("pb has attribute sm:", 'sm' in sys.modules['pb'].__dict__)
print("pb.sm attribute is the running module:", sys.modules['pb'].__dict__.get('sm') is this)
print("sys.modules['pb'] is the running module:", sys.modules['pb'] is this)
