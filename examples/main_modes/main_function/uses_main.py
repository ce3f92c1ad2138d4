# Trap: a program that never heard of PEP 299 but does `import __main__`
# (here to look at its own globals).  Under pep299, the global name __main__ is now the module
# object, the interpreter tries to call it, and the program fails after its last line.
import __main__

answer = 42
print("answer via __main__:", __main__.answer)
print("done")
