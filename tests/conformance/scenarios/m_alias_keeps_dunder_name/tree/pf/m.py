import sys
m = sys.modules.get('pf.m')
print("sys.modules['pf.m'].__name__:", m.__name__ if m is not None else 'absent', '| __spec__.name:', __spec__.name, '| __package__:', __package__)
