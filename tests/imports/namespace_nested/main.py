import outer.inner.leaf
print(outer.inner.leaf.X, outer.inner.__spec__.origin)
