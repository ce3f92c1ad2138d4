# The package of the double-import example. Empty on purpose.
