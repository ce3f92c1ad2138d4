from . import sub; print("pkg main", __name__, sub.__name__)
