import sys
print("dir main", __name__, sys.argv[0], sys.path[0])
