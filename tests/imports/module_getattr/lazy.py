def __getattr__(name):
    if name == "missing":
        raise AttributeError(name)
    return "computed " + name
