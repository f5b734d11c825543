import re

# --8<-- [start:key]
readings = [12, 7, 31, 5, 18]

# Bind and test in one expression (Python 3.8+, PEP 572).
if (count := len(readings)) > 3:
    print(f"{count} readings")
#> 5 readings

# Keep a computed value inside a comprehension.
scaled = [y for x in readings if (y := x * 10) > 100]
print(scaled)
#> [120, 310, 180]
# --8<-- [end:key]

# --8<-- [start:loop]
lines = iter(["GET /", "GET /about", "", "ignored after the blank"])
while (line := next(lines)) != "":
    print("handling", line)
#> handling GET /
#> handling GET /about
# --8<-- [end:loop]

# --8<-- [start:match]
log = "2026-11-26 ERROR disk full"
if match := re.search(r"(ERROR|WARN) (.+)", log):
    print(match.group(1), "->", match.group(2))
#> ERROR -> disk full
# --8<-- [end:match]

# --8<-- [start:pitfalls]
try:
    exec("total := 5")  # not allowed as a bare statement
except SyntaxError as error:
    print(type(error).__name__, error.msg)
#> SyntaxError invalid syntax

values = [1, 2, 3]
if (last := values[-1]) > 2:  # parenthesised: binds the item
    print(last)
#> 3
if first := values[0] > 0:  # no parentheses: binds the comparison
    print(first)
#> True

squares = [n := k * k for k in range(3)]  # leaks into the enclosing scope
print(squares, n)
#> [0, 1, 4] 4
# --8<-- [end:pitfalls]
