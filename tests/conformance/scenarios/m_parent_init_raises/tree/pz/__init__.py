print('pz/__init__.py runs')
raise ValueError('init boom')
