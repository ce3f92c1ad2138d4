print('pq/__main__.py runs as', __name__)
import pq.__main__
