import circ
print(circ.p.P)
