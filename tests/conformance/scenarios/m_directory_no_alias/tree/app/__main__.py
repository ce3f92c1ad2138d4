import sys
print('spec name:', __spec__.name, "| sys.modules['__main__'] is this:", sys.modules['__main__'].__dict__ is globals())
