import top.nope
