from ...pkg.mod import Z
print(Z)
