import circ.q
P = 1
