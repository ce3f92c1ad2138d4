def make():
    import shapes
    return shapes.Shape()
