# bm_exc: raising and catching exceptions in a loop, custom exception classes, finally, else.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def main():
    d = {i: i * 2 for i in range(0, 1000, 2)}
    found = missing = 0
    for i in range(900000):
        try:
            found += lookup(d, i % 1000)
        except NotFound as e:
            missing += e.key & 3
    vals = ["12", "x", "7", "", "99", "3.5"] * 150000
    parsed = sum(parse(s) for s in vals)
    cleanups = 0
    for i in range(900000):
        try:
            if i % 4 == 0:
                raise AppError("bad")
        except AppError:
            cleanups += 2
        else:
            cleanups += 1
        finally:
            cleanups += 1
    zero = 0
    for i in range(400000):
        try:
            zero += 1 // (i % 2)
        except ZeroDivisionError:
            zero -= 1
    print("exc checksum", found, missing, parsed, cleanups, zero)


main()
