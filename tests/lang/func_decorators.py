# decorators: simple, with arguments, stacked, class-based, preserving attributes
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}{' ' + str(kwargs) if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.wrapped = fn
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(2, 3)
add(1, b=10)
print(add.__name__, add.wrapped(4, 4))
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"
def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"
@bold
@italic
def text(s):
    return s
print(text("stacked"))
order = []
def mark(label):
    order.append(f"factory {label}")
    def deco(fn):
        order.append(f"apply {label}")
        return fn
    return deco
@mark("outer")
@mark("inner")
def f():
    pass
print(order)
registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco
@register()
def alpha():
    return "A"
@register("b")
def beta():
    return "B"
print(sorted(registry), registry["b"](), alpha())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print([square(i) for i in range(4)], square.calls)
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def label(n, s):
    return f"{s}#{n}"
print(label(3, "item"))
try:
    label("3", "item")
except TypeError as e:
    print("TypeError:", e)
def add_method(cls):
    cls.describe = lambda self: f"I am a {type(self).__name__}"
    return cls
@add_method
class Widget:
    pass
print(Widget().describe())
