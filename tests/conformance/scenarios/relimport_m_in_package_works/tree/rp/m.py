from . import x
print('rp/m.py runs as', __name__, '| __package__:', __package__)
