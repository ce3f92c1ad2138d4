import pkg.sub.m
