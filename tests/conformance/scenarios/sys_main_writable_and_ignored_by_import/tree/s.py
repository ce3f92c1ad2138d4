import sys
print('has sys.main:', hasattr(sys, 'main'))
sys.main = 'helper'
import helper
print('sys.main now:', sys.main, '| __name__ == sys.main:', __name__ == sys.main)
