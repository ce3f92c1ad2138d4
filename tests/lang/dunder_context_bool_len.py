# __bool__ vs __len__ precedence, __len__ used by bool(), truthiness in conditions
class Both:
    def __bool__(self):
        print("  __bool__")
        return False
    def __len__(self):
        print("  __len__")
        return 5
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n
print(bool(Both()), len(Both()))
print(bool(LenOnly(0)), bool(LenOnly(2)))
if LenOnly(1):
    print("LenOnly(1) is truthy")
x = LenOnly(0) or "fallback"
print(x)
print(not LenOnly(3), [i for i in [LenOnly(0), LenOnly(1)] if i].__len__())
while LenOnly(0):
    print("never")
print("and:", (LenOnly(1) and "second"))
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
for v in "abc":
    s.push(v)
out = []
while s:
    out.append(s.pop())
print(out, len(s), bool(s))
