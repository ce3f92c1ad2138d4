from . import spam
print('bacon/__init__.py runs as', __name__)
