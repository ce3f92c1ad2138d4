import sys
m = sys.modules['__main__']
print('pc/__init__.py runs as', __name__, '| sys.argv:', sys.argv)
print('  sys.modules["__main__"]: __name__', m.__name__, '| has __file__:', hasattr(m, '__file__'))
