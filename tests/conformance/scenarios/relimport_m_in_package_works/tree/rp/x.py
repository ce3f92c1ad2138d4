print('rp/x.py runs as', __name__)
