import sys

# --8<-- [start:key]
first = [1, 2, 3]
second = [1, 2, 3]
alias = first

print(first == second)  # list.__eq__ compares the items
#> True
print(first is second)  # two distinct objects
#> False
print(alias is first)  # two names, one object
#> True
print(id(alias) == id(first))
#> True
# --8<-- [end:key]

# --8<-- [start:small-ints]
# int() builds each number at run time, so no constant is shared.
small_a, small_b = int("256"), int("256")
big_a, big_b = int("257"), int("257")
print(small_a is small_b)  # -5..256 come from a preallocated cache
#> True
print(big_a is big_b, big_a == big_b)
#> False True
# --8<-- [end:small-ints]

# --8<-- [start:strings]
greeting = "hello"
built = "".join(["hel", "lo"])
print(greeting == built, greeting is built)
#> True False
print(sys.intern(built) is greeting)  # intern() returns the one shared copy
#> True
# --8<-- [end:strings]

# --8<-- [start:none]
class AlwaysEqual:
    def __eq__(self, other: object) -> bool:
        return True


value = AlwaysEqual()
print(value == None)  # noqa: E711 - __eq__ can lie
#> True
print(value is None)  # identity cannot be overridden
#> False
# --8<-- [end:none]

# --8<-- [start:same-file]
namespace: dict[str, int] = {}
exec("x = 257", namespace)  # two separate compilations, like two REPL lines
exec("y = 257", namespace)
print(namespace["x"] is namespace["y"])
#> False

x = 257
y = 257  # same code object: the compiler stores the constant once
print(x is y)
#> True
# --8<-- [end:same-file]

# --8<-- [start:nan]
nan = float("nan")
print(nan == nan)  # IEEE 754: NaN equals nothing, itself included
#> False
print([nan] == [nan])  # containers check identity before ==
#> True
# --8<-- [end:nan]
