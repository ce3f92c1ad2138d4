# A script for the command-line tests.
import sys
print("script", sys.argv[1:], __name__, __file__.endswith("script.py"))
