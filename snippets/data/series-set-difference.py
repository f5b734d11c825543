# requires: pandas>=3
import numpy as np
import pandas as pd

# --8<-- [start:key]
first = pd.Series(["mango", "kiwi", "apple", "kiwi", "plum"])
second = pd.Series(["plum", "fig", "apple", "lime"])
only_first = first[~first.isin(second)]  # order, repeats kept
print(only_first.tolist())
#> ['mango', 'kiwi', 'kiwi']
only_second = second[~second.isin(first)]
print(pd.concat([only_first, only_second]).tolist())
#> ['mango', 'kiwi', 'kiwi', 'fig', 'lime']
print(pd.Index(first).symmetric_difference(second).tolist())
#> ['fig', 'kiwi', 'lime', 'mango']
# --8<-- [end:key]

# --8<-- [start:labels]
print(only_first)  # the original labels say where each item was
#> 0    mango
#> 1     kiwi
#> 3     kiwi
#> dtype: str
# --8<-- [end:labels]

# --8<-- [start:unique]
print(pd.Index(first).difference(second).tolist())  # unique, sorted
#> ['kiwi', 'mango']
print(pd.Index(first).difference(second, sort=False).tolist())  # unique, in order
#> ['mango', 'kiwi']
print(np.setdiff1d(first, second).tolist(), np.setxor1d(first, second).tolist())
#> ['kiwi', 'mango'] ['fig', 'kiwi', 'lime', 'mango']
print(sorted(set(first) - set(second)), sorted(set(first) ^ set(second)))
#> ['kiwi', 'mango'] ['fig', 'kiwi', 'lime', 'mango']
# --8<-- [end:unique]

# --8<-- [start:minus]
try:
    first - second  # not a set operation
except TypeError as error:
    print(type(error).__name__)
#> TypeError
print((pd.Series([1, 2, 3]) - pd.Series([3, 2, 1])).tolist())  # arithmetic, by label
#> [-2, 0, 2]
# --8<-- [end:minus]

# --8<-- [start:nan]
measured = pd.Series([1.0, np.nan])
expected = pd.Series([np.nan])
print(measured[~measured.isin(expected)].tolist())  # isin treats NaN as matching NaN
#> [1.0]
print(len(set(measured) - set(expected)))  # two distinct NaN objects, and nan != nan
#> 2
# --8<-- [end:nan]

# --8<-- [start:types]
ids = pd.Series([101, 102, 103])
ids_from_csv = pd.Series(["101", "103"])
print(ids[~ids.isin(ids_from_csv)].tolist())  # 101 is not "101"
#> [101, 102, 103]
print(ids[~ids.isin(ids_from_csv.astype("int64"))].tolist())
#> [102]
# --8<-- [end:types]
