import sys
print(sys.meta_path[-3:])
print(len(sys.path_hooks) >= 1)
