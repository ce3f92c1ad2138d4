raise ValueError('from directory')
