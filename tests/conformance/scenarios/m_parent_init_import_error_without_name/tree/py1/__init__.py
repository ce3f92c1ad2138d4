raise ImportError('custom failure')
