print('drel runs')
from . import x
