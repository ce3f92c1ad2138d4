V = "loose value"
