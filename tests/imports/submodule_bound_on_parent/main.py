import pkg
print(hasattr(pkg, "sub"))
import pkg.sub
print(pkg.sub.__name__)
