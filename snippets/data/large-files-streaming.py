# requires: pandas>=3
import shutil
import tempfile
import tracemalloc
from pathlib import Path

import pandas as pd

# A 100,000-row CSV of orders; later orders are bigger and more often from the north.
workdir = Path(tempfile.mkdtemp())
path = workdir / "orders.csv"
ROWS = 100_000
with open(path, "w") as target:
    target.write("order_id,region,amount\n")
    target.writelines(
        f"{i},{'north' if i % 10 < 2 + 6 * i // ROWS else 'south'},{10 + i % 97 + i // 1000}\n"
        for i in range(ROWS)
    )
print(path.stat().st_size, path.read_text().splitlines()[:2])
#> 1546694 ['order_id,region,amount', '0,north,10']

tracemalloc.start()
# --8<-- [start:key]
partials = []
with pd.read_csv(path, chunksize=10_000) as chunks:
    for chunk in chunks:  # a DataFrame of at most 10,000 rows
        by_region = chunk.groupby("region")["amount"]
        partials.append(by_region.agg(["sum", "count"]))
totals = pd.concat(partials).groupby(level=0).sum()
print(totals["count"].to_dict())
#> {'north': 44999, 'south': 55001}
print((totals["sum"] / totals["count"]).round(2).to_dict())
#> {'north': 118.3, 'south': 98.65}
# --8<-- [end:key]
_, chunked_peak = tracemalloc.get_traced_memory()

# --8<-- [start:one-shot]
tracemalloc.reset_peak()
everything = pd.read_csv(path)  # the whole file at once
expected = everything.groupby("region")["amount"].mean()
_, one_shot_peak = tracemalloc.get_traced_memory()
print(expected.round(2).to_dict())
#> {'north': 118.3, 'south': 98.65}
print(f"chunked peak under a third of one-shot peak: {chunked_peak < one_shot_peak / 3}")
#> chunked peak under a third of one-shot peak: True
tracemalloc.stop()
# --8<-- [end:one-shot]

# --8<-- [start:mean-of-means]
chunk_means = []
with pd.read_csv(path, chunksize=10_000) as chunks:
    for chunk in chunks:
        chunk_means.append(chunk.groupby("region")["amount"].mean())
print(pd.concat(chunk_means).groupby(level=0).mean().round(2).to_dict())  # wrong
#> {'north': 107.61, 'south': 107.41}
# --8<-- [end:mean-of-means]

# --8<-- [start:filter]
big_orders = workdir / "big-orders.csv"
with pd.read_csv(path, chunksize=10_000, usecols=["order_id", "amount"]) as chunks:
    for number, chunk in enumerate(chunks):
        selected = chunk[chunk["amount"] >= 150]
        selected.to_csv(big_orders, mode="a", header=number == 0, index=False)
print(len(pd.read_csv(big_orders)), int((everything["amount"] >= 150).sum()))
#> 16463 16463
# --8<-- [end:filter]

shutil.rmtree(workdir)
