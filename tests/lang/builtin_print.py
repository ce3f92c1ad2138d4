# print() with sep, end, multiple args, file=sys.stdout, flush
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued", end="!\n")
print(1, 2.5, None, True, [1, "x"], ("t",), {"k": 1}, sep=" | ")
print("x", end="")
print()
print(*range(5))
print(*"abc", sep="-")
print("multi\nline", "arg")
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
print(sep="SEP")
print("", "")
print("a", "b", sep=None, end=None)
print("tab\tseparated", "end", sep="\t")
words = ["alpha", "beta"]
print(*words, sep="\n")
print(*[], sep="x")
print("done")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
