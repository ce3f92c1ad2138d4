# writing to stderr (checked via .err) and interleaving with stdout
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stderr.write("stderr via write\n")
print("to stdout 2")
print("a", "b", sep="|", end=";\n", file=sys.stderr)
sys.stdout.write("stdout via write\n")
print("exit normally")
