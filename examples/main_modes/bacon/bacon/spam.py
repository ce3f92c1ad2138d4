# PEP 3122: "Also create a module named spam within the bacon package (it can be an empty file)."
