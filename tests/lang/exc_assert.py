# assert statements
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(5))
for v in (3, -1, 0):
    try:
        check_positive(v)
        print("ok", v)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args, repr(str(e)))
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True
assert 1, "never shown"
assert "non-empty"
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print(e.args, e)
x = 0
try:
    assert (x := x + 1) > 5, x
except AssertionError as e:
    print("walrus in assert:", e, x)
