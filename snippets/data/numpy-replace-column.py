# requires: numpy>=2
import numpy as np

# --8<-- [start:key]
scores = np.array([[1, 50, 7], [2, 65, 9], [3, 80, 4]])
dropped = np.delete(scores, 1, axis=1)  # a new array
print(dropped.tolist())
#> [[1, 7], [2, 9], [3, 4]]
replaced = np.insert(dropped, 1, [5, 6, 7], axis=1)
print(replaced.tolist())
#> [[1, 5, 7], [2, 6, 9], [3, 7, 4]]
scores[:, 1] = [5, 6, 7]  # same result, in place, no copy
print(scores.tolist())
#> [[1, 5, 7], [2, 6, 9], [3, 7, 4]]
print(np.array_equal(replaced, scores))
#> True
# --8<-- [end:key]

# --8<-- [start:views]
grades = np.array([[1, 50, 7], [2, 65, 9], [3, 80, 4]])
print(np.shares_memory(np.delete(grades, 1, axis=1), grades))  # a copy
#> False
column = grades[:, 1]  # basic slicing gives a view
column += 1  # ...so writing to it writes to grades
print(grades[:, 1].tolist())
#> [51, 66, 81]
picked = grades[:, [1]]  # a list of indices gives a copy, shape (3, 1)
print(picked.shape, np.shares_memory(picked, grades))
#> (3, 1) False
# --8<-- [end:views]

# --8<-- [start:stack]
ids, bonus = grades[:, 0], np.array([9, 9, 9])
print(np.column_stack([ids, bonus, grades[:, 2]]).tolist())  # build it from parts
#> [[1, 9, 7], [2, 9, 9], [3, 9, 4]]
keep = [0, 2]
print(grades[:, keep].tolist())  # keep a list of columns instead of deleting
#> [[1, 7], [2, 9], [3, 4]]
# --8<-- [end:stack]

# --8<-- [start:flatten]
print(np.delete(grades, 1))  # no axis: flattens first, then deletes item 1
#> [ 1  7  2 66  9  3 81  4]
# --8<-- [end:flatten]

# --8<-- [start:truncate]
ratings = np.array([[1, 50], [2, 65]])
ratings[:, 1] = [4.7, 3.9]  # the array stays int64: the floats are truncated
print(ratings.tolist())
#> [[1, 4], [2, 3]]
as_float = ratings.astype(np.float64)  # change the dtype first
as_float[:, 1] = [4.7, 3.9]
print(as_float.tolist())
#> [[1.0, 4.7], [2.0, 3.9]]
# --8<-- [end:truncate]

# --8<-- [start:range]
small = np.zeros((2, 2), dtype=np.uint8)
try:
    small[0, 0] = 300  # NumPy 2 checks Python ints against the dtype
except OverflowError as error:
    print(type(error).__name__, error)
#> OverflowError Python integer 300 out of bounds for uint8
small[:, 0] = np.array([300, 301])  # an int64 array is cast silently
print(small[:, 0].tolist())
#> [44, 45]
# --8<-- [end:range]

# --8<-- [start:shape]
try:
    grades[:, 1] = [1, 2]  # one value per row, or a single value
except ValueError as error:
    print(error)
#> could not broadcast input array from shape (2,) into shape (3,)
# --8<-- [end:shape]
