print('py1/m.py runs')
