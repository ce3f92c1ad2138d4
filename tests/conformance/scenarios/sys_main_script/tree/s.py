import sys
print('sys.main:', getattr(sys, 'main', 'AttributeError'), '| __name__:', __name__)
print('__name__ == sys.main:', __name__ == getattr(sys, 'main', None))
