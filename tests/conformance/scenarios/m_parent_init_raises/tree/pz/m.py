print('pz/m.py runs')
