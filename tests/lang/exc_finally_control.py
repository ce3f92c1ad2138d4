# finally with return, break and continue
def ret_in_finally():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(ret_in_finally())
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed by return in finally"
print(swallow())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def count_finally():
    log = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise RuntimeError(i)
                log.append(f"ok{i}")
            finally:
                log.append(f"f{i}")
        except RuntimeError as e:
            log.append(f"err{e}")
    return log
print(count_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("iteration cleanup", n)
print(while_finally())
def finally_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break discarded the exception"
print(finally_break())
def return_value_evaluated():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated())
