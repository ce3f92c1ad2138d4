import top.a
