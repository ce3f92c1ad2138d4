print('pw/m.py runs')
