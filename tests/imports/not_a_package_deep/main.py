import top.val.nope
