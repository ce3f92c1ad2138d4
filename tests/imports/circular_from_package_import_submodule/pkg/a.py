from . import b
b_name = b.__name__
