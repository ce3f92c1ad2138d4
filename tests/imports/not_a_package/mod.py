print("mod runs")
