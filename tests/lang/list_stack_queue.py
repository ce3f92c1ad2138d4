# Lists used as stacks and queues, in-place mutation during algorithms
stack = []
for ch in "({[]})":
    if ch in "({[":
        stack.append(ch)
    else:
        top = stack.pop()
        print("matched", top, ch)
print("empty:", stack == [])
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "a(b)c[d]"]:
    print(repr(s), balanced(s))
queue = list(range(5))
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x % 2 == 0 and x < 4:
        queue.append(x + 10)
print(order)
xs = [1, 2, 3, 4, 5, 6]
i = 0
while i < len(xs):
    if xs[i] % 2 == 0:
        del xs[i]
    else:
        i += 1
print(xs)
