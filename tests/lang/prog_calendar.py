# calendar printing computed from scratch (Zeller-like weekday formula)
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    # 0 = Monday
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print()
print(month_calendar(2000, 1))
print([y for y in range(1896, 1920) if is_leap(y)], is_leap(1900), is_leap(2000))
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for date in [(1969, 7, 20), (2000, 1, 1), (2024, 12, 25), (1970, 1, 1)]:
    print(date, names[weekday(*date)])
def day_of_year(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d
print(day_of_year(2024, 12, 31), day_of_year(2023, 12, 31), day_of_year(2024, 3, 1))
fridays13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(len(fridays13), fridays13[:5])
