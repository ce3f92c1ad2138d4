import reg
reg.register("plugin")
