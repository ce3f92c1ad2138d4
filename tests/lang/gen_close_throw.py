# close() and throw()
def worker():
    try:
        n = 0
        while True:
            try:
                yield n
            except ValueError as e:
                print("worker caught", e)
                n = -100
            n += 1
    finally:
        print("worker cleanup")
w = worker()
print(next(w), next(w))
print(w.throw(ValueError("bad value")))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def simple():
    yield 1
    yield 2
s = simple()
print(next(s))
try:
    s.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(list(s))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = ignore_exit()
next(g)
g.close()
g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(b, "finished"))
unstarted = simple()
unstarted.close()
print(list(unstarted))
def gen_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally in generator")
# An abandoned generator is closed explicitly: minipy has no reference counting, so it does not
# run the generator's finally block the moment the last reference goes (docs/language.md).
g = gen_finally()
for x in g:
    print(x)
    break
g.close()
print("after loop")
