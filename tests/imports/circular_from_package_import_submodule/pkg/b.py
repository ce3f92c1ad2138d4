from . import a
print("b sees a:", a.__name__)
