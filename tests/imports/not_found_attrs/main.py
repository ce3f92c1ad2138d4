try:
    import nope
except ModuleNotFoundError as e:
    print(repr(e.name), repr(e.path), isinstance(e, ImportError))
