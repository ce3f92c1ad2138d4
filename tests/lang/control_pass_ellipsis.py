# pass, Ellipsis, empty bodies, None, constants
def nothing():
    pass
def stub():
    ...
class Marker:
    pass
print(nothing(), stub(), Marker.__name__)
for _ in range(3):
    pass
print(_)
while False:
    pass
if True:
    pass
else:
    pass
print(..., Ellipsis, ... is Ellipsis, repr(...), str(...), bool(...))
print(None, repr(None), type(None).__name__, None == None, None is None, None == 0, bool(None))
print(True, False, True is not False, type(True).__name__)
x = None
print(x is None, x is not None, [None] * 3, {None: None})
def f(a=..., b=None):
    return a is ..., b is None
print(f(), f(1, 2))
