def get():
    import sen
    return sen.MISSING
