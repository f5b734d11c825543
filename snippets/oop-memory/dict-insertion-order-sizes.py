import sys

by_text = {"id": 1}  # only str keys: entries store no hash
by_number = {7: 1}
print(sys.getsizeof({}), sys.getsizeof(by_text), sys.getsizeof(by_number))
#> 64 184 224
