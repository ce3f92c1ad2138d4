# exception class hierarchies
class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
class ConfigError(AppError):
    pass
class NetworkError(AppError):
    def __str__(self):
        return f"[net:{self.code}] {self.args[0]}"
class TimeoutErr(NetworkError):
    pass
errors = [AppError("generic"), ConfigError("bad key", 2), NetworkError("down", 3), TimeoutErr("slow", 4), ValueError("v")]
for e in errors:
    try:
        raise e
    except NetworkError as ex:
        print("network:", ex, ex.code, type(ex).__name__)
    except AppError as ex:
        print("app:", ex, ex.code, repr(ex))
    except Exception as ex:
        print("other:", repr(ex))
print([c.__name__ for c in TimeoutErr.__mro__])
print(issubclass(TimeoutErr, AppError), isinstance(TimeoutErr("x"), Exception), issubclass(AppError, BaseException))
class WithExtra(Exception):
    pass
w = WithExtra("a", 1, [2])
print(w.args, str(w), repr(w))
w2 = WithExtra()
print(w2.args, repr(str(w2)), repr(w2))
class Custom(Exception):
    def __init__(self, value):
        self.value = value
c = Custom(42)
print(c.args, str(c), c.value)
