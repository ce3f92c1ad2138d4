print('ps/__init__.py runs')
