import sys
if __name__ == '__main__':
    print("if __name__ == '__main__': fires")
if __name__ == getattr(sys, 'main', '__main__'):
    print('if __name__ == sys.main: fires')
print('__name__:', __name__)
