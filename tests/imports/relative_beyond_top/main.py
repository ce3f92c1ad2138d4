import pkg.m
