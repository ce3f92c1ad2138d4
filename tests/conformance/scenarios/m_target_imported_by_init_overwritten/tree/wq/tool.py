import sys
print('wq/tool.py runs as', __name__)
import wq
this = sys.modules[__name__]
print("  sys.modules['wq.tool'] is this:", sys.modules.get('wq.tool') is this, '| wq.tool is this:', wq.__dict__.get('tool') is this)
