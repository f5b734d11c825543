import sys

before = sys.getrefcount(None)
nothing_much = [None] * 1000  # a thousand new references to None
print(sys.getrefcount(None) - before)
#> 1000
