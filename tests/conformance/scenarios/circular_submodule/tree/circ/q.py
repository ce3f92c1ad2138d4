import circ
print(circ.p)
