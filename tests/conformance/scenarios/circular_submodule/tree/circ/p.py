import circ.q
