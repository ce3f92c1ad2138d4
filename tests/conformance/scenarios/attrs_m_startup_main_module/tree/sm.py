import sys
m = sys.modules['__main__']
print('sys.modules["__main__"]: __name__', m.__name__, '| __doc__', m.__doc__, '| __package__', repr(m.__package__), '| __spec__ is None', m.__spec__ is None)
print('  has __file__:', hasattr(m, '__file__'), '| loader:', m.__loader__.__name__ if isinstance(m.__loader__, type) else type(m.__loader__).__name__)
print('  is the running module:', m is sys.modules[__name__], '| its dict is globals():', m.__dict__ is globals())
