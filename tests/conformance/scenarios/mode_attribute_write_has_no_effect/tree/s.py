import sys
had_main = hasattr(sys, 'main')
sys.implementation._main_mode = 'pep3122' if not had_main else 'status-quo'
print('sys.main before:', had_main, '| after writing the mode name:', hasattr(sys, 'main'))
