def __dir__():
    return ["b", "a"]
