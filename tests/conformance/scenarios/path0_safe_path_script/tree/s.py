print('s.py runs')
import helper
