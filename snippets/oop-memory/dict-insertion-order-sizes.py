import sys

by_text = {"id": 1}
by_number = {7: 1}
print(sys.getsizeof({}), sys.getsizeof(by_text), sys.getsizeof(by_number))
#> 64 232 232
