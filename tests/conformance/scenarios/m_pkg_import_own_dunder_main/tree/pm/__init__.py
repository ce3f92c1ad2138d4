print('pm/__init__.py runs as', __name__)
