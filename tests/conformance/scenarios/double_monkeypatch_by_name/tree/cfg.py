setting = 'original'
def show():
    print(__name__, ': setting =', setting)
import patcher
show()
