import sys
import o.i
this = sys.modules[__name__]
print("'o.i.m' in sys.modules:", 'o.i.m' in sys.modules, '| o.i.m attribute is this:', o.i.__dict__.get('m') is this)
