# signs and digit grouping
for v in (0, 7, -7, 1234567, -1234567):
    print(f"{v:+} {v:-} {v: } {v:,} {v:_} {v:+,} {v:>+12,}")
for v in (0.0, 1234.5678, -1234.5678, 1e9):
    print(f"{v:+.2f} {v: .1f} {v:,.2f} {v:_.3f} {v:+,.0f}")
print(f"{0x7FFFFFFF:_x} {255:_b} {10**12:,d} {-10**12:_}")
print(f"{12345678:,}".replace(",", "."))
print(f"{-0.0:+} {-0.0:.1f} {0.0:+.1f} {-0.0001:.2f}")
