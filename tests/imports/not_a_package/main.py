import mod.x
