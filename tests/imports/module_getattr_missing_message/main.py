import plain
plain.nothing
