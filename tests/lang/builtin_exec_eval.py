# exec and eval
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"), eval(" 7 "))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if not k.startswith("__")))
exec("print('printed from exec')")
exec("for i in range(3):\n    print('loop', i)")
code = """
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return 'hi ' + self.name
result = Greeter('exec').greet()
"""
env = {}
exec(code, env)
print(env["result"])
exec("z_created = 99")
print(z_created)
print(eval("len(s)", {"s": "four"}), eval("abs(-3)"), eval("max(vals)", {"vals": [1, 9]}))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name_zz")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
print(exec("1 + 1"), eval("None"))
expr_list = ["2 ** 8", "10 // 3", "'-'.join('abc')", "sum(range(5))", "(lambda q: q * 2)(21)"]
for src in expr_list:
    print(f"{src} => {eval(src)!r}")
