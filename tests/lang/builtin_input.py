# input() reading from stdin (see builtin_input.py.in)
name = input()
print("Hello,", name)
age = int(input("Age? "))
print("Next year you will be", age + 1)
nums = list(map(int, input().split()))
print("sum", sum(nums), "max", max(nums))
lines = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    lines.append(line)
print(len(lines), lines)
words = " ".join(lines).split()
print(sorted(set(words)), len(words))
