print('never')
if x
