import csv
import io
import statistics
import sys
import typing
from collections.abc import Callable, Iterable

# --8<-- [start:key]
answer = 42  # dynamic typing: a name has no declared type
answer = "forty-two"  # so it can be rebound to a str
print(type(answer).__name__)
#> str
try:
    print("Total: " + 3)  # strong typing: no silent conversion
except TypeError as error:
    print(error)
#> can only concatenate str (not "int") to str

print(isinstance(len, object), (255).bit_length())
#> True 8
# --8<-- [end:key]


# --8<-- [start:objects]
def shout(text: str) -> str:
    return text.upper() + "!"


actions: dict[str, Callable[[str], object]] = {"shout": shout, "size": len}
print(actions["shout"]("hi"), actions["size"]("hi"))  # functions are values
#> HI! 2
print(type(shout).__name__, type(int).__name__, type(None).__name__)
#> function type NoneType
print(2**100)  # ints grow as needed: no overflow
#> 1267650600228229401496703205376
print(sys.implementation.name)  # the reference implementation
#> cpython
# --8<-- [end:objects]


# --8<-- [start:uses]
def app(environ: dict, start_response: Callable) -> Iterable[bytes]:
    """Web: a WSGI app, the interface Django and Flask implement."""
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [f"Hello from {environ['PATH_INFO']}".encode()]


body = app({"PATH_INFO": "/orders"}, lambda status, headers: None)
print(b"".join(body).decode())
#> Hello from /orders

sales_csv = "month,units\njan,120\nfeb,150\nmar,180\n"  # data: parse, summarise
units = [int(row["units"]) for row in csv.DictReader(io.StringIO(sales_csv))]
print(statistics.mean(units))
#> 150

# "AI" at its smallest: fit a line to the data, then predict month 4
fit = statistics.linear_regression([1, 2, 3], units)
print(fit.slope, fit.intercept, fit.slope * 4 + fit.intercept)
#> 30.0 90.0 210.0
# --8<-- [end:uses]


# --8<-- [start:hints]
def double(amount: int) -> int:
    return amount * 2


print(double("ab"))  # hints are not checked when the code runs
#> abab
print(typing.get_type_hints(double))  # evaluated on request, for tools
#> {'amount': <class 'int'>, 'return': <class 'int'>}
# --8<-- [end:hints]
