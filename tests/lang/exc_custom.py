# custom exception classes with extra state
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        self.needed = needed
        self.available = available
        super().__init__(needed, available)
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
def validate(user):
    errors = []
    for field in ("name", "age"):
        if field not in user:
            errors.append(ValidationError(field, "missing"))
    if "age" in user and not (0 <= user["age"] < 150):
        errors.append(ValidationError("age", f"out of range: {user['age']}"))
    return errors
for u in ({"name": "x", "age": 3}, {"age": 200}, {}):
    errs = validate(u)
    print(u, "->", [str(e) for e in errs], [e.field for e in errs])
try:
    raise InsufficientFunds(100, 30)
except InsufficientFunds as e:
    print(e, "|", repr(e), "|", e.args, e.needed - e.available)
class Retry(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts} failed")
    return "success"
while True:
    try:
        print(flaky(), "after", attempts, "attempts")
        break
    except Retry as r:
        print("retrying:", r)
print(str(ValidationError("f", "p")), ValidationError("f", "p").args)
