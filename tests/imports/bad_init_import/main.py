import badinit.m
