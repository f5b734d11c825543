# requires: pandas>=3
import pandas as pd

# --8<-- [start:key]
records = [{"order": "A1", "qty": 2, "price": 9.5},
           {"order": "B7", "qty": 1, "price": 20.0}]
orders = pd.DataFrame(records)  # rows in, columns stored
print(orders.dtypes)  # one dtype per column
#> order        str
#> qty        int64
#> price    float64
#> dtype: object
print((orders["qty"] * orders["price"]).tolist())  # no loop
#> [19.0, 20.0]
print(list(orders))  # iterating gives labels, like a dict
#> ['order', 'qty', 'price']
# --8<-- [end:key]

# --8<-- [start:align]
stock = pd.Series([1, 2, 3], index=["x", "y", "z"])
incoming = pd.Series([10, 20, 30], index=["z", "y", "x"])
print((stock + incoming).to_dict())  # matched by label
#> {'x': 31, 'y': 22, 'z': 13}
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30], strict=True)])  # by position
#> [11, 22, 33]
partial = pd.Series([100], index=["x"])
print((stock + partial).to_dict())  # a label with no partner gives NaN
#> {'x': 101.0, 'y': nan, 'z': nan}
# --8<-- [end:align]

# --8<-- [start:ragged]
ragged = pd.DataFrame([{"order": "A1", "qty": 2}, {"order": "B7"}])
print(ragged)
#>   order  qty
#> 0    A1  2.0
#> 1    B7  NaN
print(ragged["qty"].dtype)  # NaN is a float, so the ints became floats
#> float64
# --8<-- [end:ragged]

# --8<-- [start:rows]
_, first_row = next(orders[["qty", "price"]].iterrows())
print(first_row.dtype, first_row["qty"])  # a row is a Series: one dtype
#> float64 2.0
first_tuple = next(orders.itertuples(index=False))
print(first_tuple.qty, first_tuple.order)  # itertuples keeps each column's type
#> 2 A1
# --8<-- [end:rows]

# --8<-- [start:cow]
prices = orders["price"]
prices.iloc[0] = 0.0  # Copy-on-Write: the column copies itself first
print(orders.loc[0, "price"], prices.iloc[0])
#> 9.5 0.0
# --8<-- [end:cow]
