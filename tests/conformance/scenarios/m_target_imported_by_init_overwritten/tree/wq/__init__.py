print('wq/__init__.py runs')
from . import tool
