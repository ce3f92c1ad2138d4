import sys
print("sys.modules['__main__'] is the running module:", sys.modules['__main__'].__dict__ is globals())
print('spec name:', __spec__.name, '| __package__:', repr(__package__))
