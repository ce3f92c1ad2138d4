print('pq/__init__.py runs')
