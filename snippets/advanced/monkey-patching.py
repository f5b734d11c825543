import os
import sys
import time
from pathlib import Path
from unittest.mock import patch


# --8<-- [start:key]
def stamp() -> str:
    return f"report at {time.time():.0f}"  # looked up now


with patch("time.time", return_value=0):  # swapped inside
    print(stamp())
#> report at 0
print(stamp() != "report at 0")  # restored on exit
#> True
# --8<-- [end:key]


# --8<-- [start:by-hand]
class Gateway:
    def charge(self, cents: int) -> str:
        raise ConnectionError("no network in tests")


original = Gateway.charge
Gateway.charge = lambda self, cents: f"fake charge {cents}"  # every instance, everywhere
try:
    print(Gateway().charge(500))
finally:
    Gateway.charge = original  # the part people forget
#> fake charge 500
try:
    Gateway().charge(500)
except ConnectionError as error:
    print(type(error).__name__, error)
#> ConnectionError no network in tests
# --8<-- [end:by-hand]

# --8<-- [start:where]
sys.path.insert(0, os.getcwd())
Path("billing.py").write_text(
    "from time import time  # copies the reference at import time\n"
    "def invoice_date():\n"
    "    return time()\n"
)
import billing

with patch("time.time", return_value=0):
    print(billing.invoice_date() == 0)  # billing.time still the real one
#> False
with patch("billing.time", return_value=0):
    print(billing.invoice_date() == 0)  # patch the name where it is used
#> True
# --8<-- [end:where]

# --8<-- [start:env]
with patch.dict(os.environ, {"APP_MODE": "test"}):
    print(os.environ["APP_MODE"])
#> test
print("APP_MODE" in os.environ)
#> False
# --8<-- [end:env]
