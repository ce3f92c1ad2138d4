import sys
import hd
print('hd.py body ran as', __name__)
def __main__(argv):
    print('hook called in', __name__)
    return 0
