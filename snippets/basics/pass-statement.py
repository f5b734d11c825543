import contextlib
import dis
from pathlib import Path


# --8<-- [start:key]
class OutOfStock(Exception):
    pass  # a class body must hold a statement


def apply_discount(price: float) -> float:
    pass  # placeholder: runs, does nothing, returns None


print(apply_discount(9.99), issubclass(OutOfStock, Exception))
#> None True
# --8<-- [end:key]

# --8<-- [start:required]
try:
    compile("def refund(order):\n", "<draft>", "exec")
except IndentationError as error:  # a subclass of SyntaxError
    print(type(error).__name__, error.msg)
#> IndentationError expected an indented block after function definition on line 1
# --8<-- [end:required]


# --8<-- [start:no-bytecode]
def with_pass() -> None:
    pass


def with_return() -> None:
    return None


print(with_pass.__code__.co_code == with_return.__code__.co_code)
#> True


def restock(count: int) -> int:
    if count:
        pass  # alone on its line: one NOP, so a debugger can stop here
    return count


print([i.opname for i in dis.get_instructions(restock)].count("NOP"))
#> 1
# --8<-- [end:no-bytecode]

# --8<-- [start:loop]
seen = []
for code in ["A", "", "B"]:
    if not code:
        pass  # does nothing: the rest of the body still runs
    seen.append(code)
print(seen)
#> ['A', '', 'B']

seen = []
for code in ["A", "", "B"]:
    if not code:
        continue  # jumps to the next iteration
    seen.append(code)
print(seen)
#> ['A', 'B']
# --8<-- [end:loop]


# --8<-- [start:alternatives]
def not_written_yet() -> None:
    """A docstring is a statement too: no `pass` needed."""


def stub() -> None: ...  # Ellipsis: an expression, common in stubs


print(not_written_yet(), stub(), type(...).__name__)
#> None None ellipsis
# --8<-- [end:alternatives]


# --8<-- [start:swallow]
def read_settings() -> str | None:
    try:
        return Path("settings.ini").read_txt()  # typo: read_txt
    except Exception:
        pass  # meant for "no file yet", but hides the typo too
    return None


print(read_settings())
#> None

try:
    with contextlib.suppress(FileNotFoundError):  # ignore only this
        Path("settings.ini").read_txt()
except AttributeError as error:
    print(type(error).__name__, error)
#> AttributeError 'PosixPath' object has no attribute 'read_txt'
# --8<-- [end:swallow]
