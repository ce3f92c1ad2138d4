import circ.p
