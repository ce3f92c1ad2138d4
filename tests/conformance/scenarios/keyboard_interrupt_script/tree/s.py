print('before')
raise KeyboardInterrupt
