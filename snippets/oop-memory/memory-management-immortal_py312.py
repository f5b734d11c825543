import sys


def fresh_count() -> int:
    order = object()  # one local name refers to it
    return sys.getrefcount(order)


print(fresh_count())  # the local + getrefcount's argument
#> 2
before = sys.getrefcount(None)
nothing_much = [None] * 1000  # a thousand new references to None
print(sys.getrefcount(None) - before)  # immortal: never counted
#> 0
print(sys.getrefcount(None) > 2**30)  # a sentinel, not a count
#> True
