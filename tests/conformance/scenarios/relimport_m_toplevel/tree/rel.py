print('runs as', __name__)
from . import x
