# requires: pandas>=3
import pandas as pd

# --8<-- [start:key]
sales = pd.Series([120, 95, 130], index=pd.to_datetime(
    ["2026-03-02", "2026-03-03", "2026-03-05"]))
days = pd.date_range("2026-03-01", "2026-03-05")  # daily
print(sales.reindex(days).tolist())  # new labels get NaN
#> [nan, 120.0, 95.0, nan, 130.0]
print(sales.reindex(days, fill_value=0).tolist())
#> [0, 120, 95, 0, 130]
print(sales.reindex(days, method="ffill").tolist())
#> [nan, 120.0, 95.0, 95.0, 130.0]
# --8<-- [end:key]

# --8<-- [start:labels]
stock = pd.Series([1, 2, 3], index=["a", "b", "c"])
print(stock.reindex(["c", "a", "z"]).to_dict())  # moves data with its label
#> {'c': 3.0, 'a': 1.0, 'z': nan}
print(stock.set_axis(["c", "a", "z"]).to_dict())  # relabels the same positions
#> {'c': 1, 'a': 2, 'z': 3}
print(stock.rename({"a": "A"}).to_dict())  # renames a label, data stays put
#> {'A': 1, 'b': 2, 'c': 3}
# --8<-- [end:labels]

# --8<-- [start:columns]
batch = pd.DataFrame({"price": [9.5], "sku": ["a1"]})
schema = ["sku", "price", "discount"]
print(batch.reindex(columns=schema))  # fixed order, missing column added
#>   sku  price  discount
#> 0  a1    9.5       NaN
# --8<-- [end:columns]

# --8<-- [start:grid]
units = pd.DataFrame(
    {"store": ["north", "south", "north"], "month": ["jan", "jan", "feb"], "units": [5, 7, 6]}
)
grid = pd.MultiIndex.from_product([["north", "south"], ["jan", "feb"]], names=["store", "month"])
filled = units.set_index(["store", "month"]).reindex(grid, fill_value=0)
print(filled.to_string(index_names=False))  # every store-month pair, 0 where none
#>            units
#> north jan      5
#>       feb      6
#> south jan      7
#>       feb      0
# --8<-- [end:grid]

# --8<-- [start:align]
prices = pd.Series([10.0, 20.0], index=["b", "c"])
print(stock.reindex(prices.index).tolist())  # conform one object to another
#> [2, 3]
left, right = stock.align(prices)  # or both to the union of labels
print(left.tolist(), right.tolist())
#> [1, 2, 3] [nan, 10.0, 20.0]
# --8<-- [end:align]

# --8<-- [start:duplicates]
scans = pd.Series([1, 2], index=["a", "a"])
try:
    scans.reindex(["a", "b"])
except ValueError as error:
    print(type(error).__name__, error)
#> ValueError cannot reindex on an axis with duplicate labels
print(scans.groupby(level=0).sum().reindex(["a", "b"]).to_dict())
#> {'a': 3.0, 'b': nan}
# --8<-- [end:duplicates]

# --8<-- [start:fill-value]
readings = pd.Series([1.0, None], index=["a", "b"])
print(readings.reindex(["a", "b", "c"], fill_value=0).tolist())
#> [1.0, nan, 0.0]
# --8<-- [end:fill-value]
