import lib
print('explicit call returns', lib.__main__(['x', 'y']))
