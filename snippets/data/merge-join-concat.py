# requires: pandas>=3
import pandas as pd

# --8<-- [start:key]
names = pd.DataFrame({"id": [1, 2], "name": ["Asha", "Ben"]})
orders = pd.DataFrame({"id": [1, 1, 3], "total": [25, 40, 9]})
inner = orders.merge(names, on="id")  # on columns; inner
left = orders.merge(names, on="id", how="left")
joined = orders.join(names.set_index("id"), on="id")  # left
print(inner["name"].tolist(), left["name"].tolist())
#> ['Asha', 'Asha'] ['Asha', 'Asha', nan]
print(joined.equals(left))
#> True
stacked = pd.concat([orders, orders], ignore_index=True)
print(stacked.shape)  # rows stacked, no key matching
#> (6, 2)
# --8<-- [end:key]

# --8<-- [start:merge]
customers = pd.DataFrame({"customer_id": [1, 2, 3], "name": ["Asha", "Ben", "Chen"]})
sales = pd.DataFrame(
    {"order_id": [10, 11, 12, 13], "customer_id": [1, 1, 3, 4], "total": [25.0, 40.0, 15.5, 9.0]}
)
print(customers.merge(sales, on="customer_id", how="outer", indicator=True))
#>    customer_id  name  order_id  total      _merge
#> 0            1  Asha      10.0   25.0        both
#> 1            1  Asha      11.0   40.0        both
#> 2            2   Ben       NaN    NaN   left_only
#> 3            3  Chen      12.0   15.5        both
#> 4            4   NaN      13.0    9.0  right_only
# --8<-- [end:merge]

# --8<-- [start:anti]
idle = customers.merge(sales, on="customer_id", how="left_anti")
print(idle[customers.columns].to_dict("records"))  # customers with no sale
#> [{'customer_id': 2, 'name': 'Ben'}]
print(idle["order_id"].isna().all())  # the right side's columns stay empty
#> True
orphans = customers.merge(sales, on="customer_id", how="right_anti")
print(orphans["order_id"].tolist())  # sales with no known customer
#> [13]
flagged = customers.merge(sales, on="customer_id", how="left", indicator=True)
older = flagged[flagged["_merge"] == "left_only"]  # the pre-3.0 idiom
print(older["customer_id"].tolist())
#> [2]
# --8<-- [end:anti]

# --8<-- [start:concat]
january = pd.DataFrame({"sku": ["a", "b"], "units": [3, 5]})
february = pd.DataFrame({"sku": ["b", "c"], "units": [2, 7], "returns": [0, 1]})
print(pd.concat([january, february], keys=["jan", "feb"]))
#>       sku  units  returns
#> jan 0   a      3      NaN
#>     1   b      5      NaN
#> feb 0   b      2      0.0
#>     1   c      7      1.0
# --8<-- [end:concat]

# --8<-- [start:append]
try:
    january.append(february)
except AttributeError as error:
    print(type(error).__name__, error)
#> AttributeError 'DataFrame' object has no attribute 'append'
monthly = [january, february]  # collect the pieces, then concatenate once
print(len(pd.concat(monthly, ignore_index=True)))
#> 4
# --8<-- [end:append]

# --8<-- [start:validate]
imported = pd.concat([customers, customers.head(1)])  # customer 1 imported twice
print(len(imported), len(sales), len(imported.merge(sales, on="customer_id")))
#> 4 4 5
try:
    imported.merge(sales, on="customer_id", validate="one_to_many")
except pd.errors.MergeError as error:
    print(type(error).__name__, str(error).splitlines()[0])
#> MergeError Merge keys are not unique in left dataset; not a one-to-many merge
# --8<-- [end:validate]

# --8<-- [start:join-index]
wrong = sales.join(customers, suffixes=("", "_other"))  # row label 1 meets row label 1
print(wrong[["order_id", "customer_id", "name"]].head(2))
#>    order_id  customer_id  name
#> 0        10            1  Asha
#> 1        11            1   Ben
# --8<-- [end:join-index]

# --8<-- [start:key-types]
ids_from_csv = pd.DataFrame({"customer_id": ["1", "3"], "region": ["EU", "US"]})
try:
    customers.merge(ids_from_csv, on="customer_id")
except ValueError as error:
    print(str(error).split(".")[0])
#> You are trying to merge on int64 and str columns for key 'customer_id'
fixed = ids_from_csv.astype({"customer_id": "int64"})
print(customers.merge(fixed, on="customer_id")["region"].tolist())
#> ['EU', 'US']
# --8<-- [end:key-types]
