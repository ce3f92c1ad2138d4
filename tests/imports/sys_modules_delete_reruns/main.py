import sys
import mod
del sys.modules["mod"]
import mod
