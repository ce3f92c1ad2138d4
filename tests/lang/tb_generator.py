# exception raised inside a generator while being consumed by a comprehension
def parse(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), value.strip()
data = ["a = 1", "b = 2", "broken line", "c = 3"]
for k, v in parse(data):
    print(k, v)
