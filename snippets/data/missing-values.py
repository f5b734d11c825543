# requires: pandas>=3
import warnings

import numpy as np
import pandas as pd

# --8<-- [start:key]
readings = pd.DataFrame({
    "sensor": ["a", "a", "a", "b", "b", None],
    "temp": [20.5, None, 22.5, 30.0, None, 25.0]})
print(readings.isna().sum().to_dict())  # count first
#> {'sensor': 1, 'temp': 2}
print(len(readings.dropna()))  # drop rows with any gap
#> 3
print(readings["temp"].ffill().tolist())  # carry forward
#> [20.5, 20.5, 22.5, 30.0, 30.0, 25.0]
means = readings.groupby("sensor")["temp"].transform("mean")
print(readings["temp"].fillna(means).tolist())  # impute
#> [20.5, 21.5, 22.5, 30.0, 30.0, 25.0]
# --8<-- [end:key]

# --8<-- [start:drop]
print(readings.dropna(subset=["temp"]).index.tolist())  # only "temp" must be present
#> [0, 2, 3, 5]
print(readings.fillna({"sensor": "unknown", "temp": 0}).iloc[4:].to_dict("list"))
#> {'sensor': ['b', 'unknown'], 'temp': [0.0, 25.0]}
print(readings["temp"].interpolate().tolist())  # straight line between neighbours
#> [20.5, 21.5, 22.5, 30.0, 27.5, 25.0]
# --8<-- [end:drop]

# --8<-- [start:skipna]
temps = readings["temp"]
print(temps.count(), len(temps))  # count() skips NaN
#> 4 6
print(temps.mean())  # the mean of the 4 known values
#> 24.5
print(round(temps.fillna(0).mean(), 2))  # zeros are data: the mean drops
#> 16.33
# --8<-- [end:skipna]

# --8<-- [start:equals-nan]
print((temps == np.nan).sum())  # NaN equals nothing, itself included
#> 0
print(temps.isna().sum())
#> 2
# --8<-- [end:equals-nan]

# --8<-- [start:removed]
try:
    readings.fillna(method="ffill")
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError NDFrame.fillna() got an unexpected keyword argument 'method'
# --8<-- [end:removed]

# --8<-- [start:chained]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    readings["temp"].fillna(0, inplace=True)  # fills a temporary copy
    readings["temp"][1] = 0.0  # the classic chained assignment: same fate
print([warning.category.__name__ for warning in caught])
#> ['ChainedAssignmentError', 'ChainedAssignmentError']
print(readings["temp"].isna().sum())  # the frame still has both gaps
#> 2
readings.loc[1, "temp"] = 0.0  # one step through the frame works
readings["temp"] = readings["temp"].fillna(0)  # so does assigning the result
print(readings["temp"].isna().sum())
#> 0
# --8<-- [end:chained]

# --8<-- [start:ints]
print(pd.Series([40, None]).tolist())  # NaN is a float: ints become floats
#> [40.0, nan]
print(pd.Series([40, None], dtype="Int64").tolist())  # nullable ints keep 40
#> [40, <NA>]
# --8<-- [end:ints]
