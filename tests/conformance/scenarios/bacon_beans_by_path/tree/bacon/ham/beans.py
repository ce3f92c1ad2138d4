import sys
from .. import spam
print('bacon/ham/beans.py runs as', __name__, '| spam is', spam.__name__)
if __name__ == getattr(sys, 'main', '__main__'):
    print('beans main block fires')
