# globals(), locals(), callable()
counter = 0
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print(g["counter"], "f" in g, g["__name__"], "__builtins__" in g)
g["injected"] = "via globals()"
print(injected)
def set_global(name, value):
    globals()[name] = value
set_global("dynamic_var", 123)
print(dynamic_var)
def show_locals():
    x = 1
    y = [x]
    loc = locals()
    return sorted(loc)
print(show_locals())
print(callable(print), callable(f), callable(lambda: 0), callable(int), callable("s"), callable(None), callable(g.get))
class K:
    def __call__(self):
        return 1
    def m(self):
        pass
print(callable(K), callable(K()), callable(K().m), callable(object()))
print(__name__, type(globals()).__name__, globals() is g)
