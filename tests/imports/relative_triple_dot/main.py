import top.mid.low.m
