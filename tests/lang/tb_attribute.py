# AttributeError on a user object
class Foo:
    def __init__(self):
        self.y = 1
def show(obj):
    print("y is", obj.y)
    print("x is", obj.x)
show(Foo())
