import pkg.sub.deep
