# if / elif / else chains and conditional expressions
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n > 100:
        kind = "big even"
    elif n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    return kind
for n in (-5, 0, 4, 7, 200, 201):
    print(n, classify(n))
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 65, 90, 80)])
x = 3
if x:
    print("truthy int")
if not []:
    print("empty list is falsy")
if "":
    print("never")
else:
    print("empty string is falsy")
if None is None and not None:
    print("None checks")
y = "yes" if x > 2 else "no"
print(y, ("a" if x else "b") + "!", [1 if i % 2 else 0 for i in range(5)])
if x > 1:
    if x > 2:
        if x > 3:
            print("deep >3")
        else:
            print("deep 3")
a = b = 0
if a == 0: b = 1
print(b)
