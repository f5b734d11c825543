# requires: pandas>=3
import pandas as pd

# --8<-- [start:pandas]
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False, "cache": {}}
row = pd.json_normalize(config, sep=".").to_dict(orient="records")[0]
print(row)  # "cache" has vanished and "debug" moved first
#> {'debug': False, 'db.host': 'localhost', 'db.ports': [5432, 5433]}
# --8<-- [end:pandas]
