# generators.py: lazy sequences with generator functions, generator expressions and yield from.


def countdown(n):
    print(f"  (countdown starts at {n})")
    while n > 0:
        yield n
        n -= 1
    print("  (countdown finished)")


print("a generator runs only when asked for values:")
gen = countdown(3)
print("created:", type(gen).__name__)
for value in gen:
    print("got", value)


def fibonacci():
    a, b = 0, 1
    while True:  # infinite: the consumer decides when to stop
        yield a
        a, b = b, a + b


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i == n:
            return
        yield item


print("first 12 Fibonacci numbers:", list(take(12, fibonacci())))


# A pipeline: each stage pulls from the previous one, one item at a time.
def read_records(lines):
    for line in lines:
        name, score = line.split(":")
        yield name.strip(), int(score)


def passing(records, threshold):
    return ((name, score) for name, score in records if score >= threshold)


lines = ["ada: 91", "bob: 47", "cy: 78", "dee: 62", "eve: 85"]
print("passing:", [name for name, _ in passing(read_records(lines), 60)])
print("total of all scores:", sum(score for _, score in read_records(lines)))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print("flattened:", list(flatten([1, [2, [3, 4], 5], [[6]], 7])))


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average  # send() delivers a value here
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)  # advance to the first yield
for x in (10, 20, 60):
    print(f"sent {x}, average now {avg.send(x):.2f}")

squares = (n * n for n in range(5))
print("next() by hand:", next(squares), next(squares), "then the rest:", list(squares))
try:
    next(squares)
except StopIteration:
    print("an exhausted generator raises StopIteration")
