print('pw/__init__.py runs')
raise ImportError('parent says no', name='pw')
