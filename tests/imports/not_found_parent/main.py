import nonexist.sub
