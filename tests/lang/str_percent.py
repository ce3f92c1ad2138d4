# printf-style % formatting
print("%s is %d years" % ("Bob", 42))
print("%r %s" % ("x", "x"), "%5.2f|" % 3.14159, "%-10s|" % "left", "%10s|" % "right")
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%d%%" % 50, "%5d|%-5d|%05d" % (42, 42, 42), "%+d %+d" % (5, -5))
print("%e %.3e %g %G" % (12345.6789, 0.000123, 1e-10, 1e20))
print("%c%c" % (65, "z"), "%i" % 3.9, "%s" % [1, 2], "%s" % (("t",),))
print("%(name)s has %(n)d items" % {"name": "cart", "n": 3})
print("%.3s|%*d|%-*d|" % ("abcdef", 5, 1, 4, 2))
print("%s" % None, "%s %s" % (True, 1.5), "%d" % True, "%.1f" % 2.25, "%.1f" % 2.35)
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b"))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
rows = [("Widget", 3, 2.5), ("Gadget", 10, 11.75)]
for r in rows:
    print("%-8s %3d @ %6.2f = %8.2f" % (r + (r[1] * r[2],)))
