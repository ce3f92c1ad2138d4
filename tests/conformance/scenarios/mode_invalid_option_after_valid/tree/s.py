print('user code ran')
