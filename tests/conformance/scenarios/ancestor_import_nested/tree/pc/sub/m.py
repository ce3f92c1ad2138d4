import sys
print('pc/sub/m.py runs as', __name__, '| __package__:', __package__)
