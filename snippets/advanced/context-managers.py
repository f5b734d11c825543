from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from types import TracebackType


# --8<-- [start:key]
@contextmanager
def opened(name: str) -> Iterator[str]:
    try:
        yield name.upper()  # the value `as` binds
    finally:
        print("closed", name)  # runs even on an exception


with opened("db") as handle:
    print("using", handle)
#> using DB
#> closed db
# --8<-- [end:key]

# --8<-- [start:exception]
with suppress(KeyError), opened("cache") as handle:  # exits run right to left
    raise KeyError(handle)
#> closed cache
print("no exception escaped")
#> no exception escaped
# --8<-- [end:exception]


# --8<-- [start:class]
class Tracer:
    """The protocol by hand: __enter__ on the way in, __exit__ on the way out."""

    def __enter__(self) -> "Tracer":
        print("enter")
        return self  # what `as` binds: not necessarily the manager itself

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        print("exit with", exc_type.__name__ if exc_type else None)
        return False  # False (or None): let the exception propagate


try:
    with Tracer():
        raise KeyError("missing")
except KeyError as error:
    print("caught", repr(error))
#> enter
#> exit with KeyError
#> caught KeyError('missing')
# --8<-- [end:class]


# --8<-- [start:as-binds-enter]
class Connection:
    def __enter__(self) -> str:
        return "cursor"

    def __exit__(self, *exc_info: object) -> None:
        return None


with Connection() as bound:
    print(type(bound).__name__, bound)
#> str cursor
# --8<-- [end:as-binds-enter]


# --8<-- [start:exitstack]
def read_all(names: list[str]) -> list[str]:
    with ExitStack() as stack:  # a run-time number of managers
        files = [stack.enter_context(open(name)) for name in names]
        return [file.read() for file in files]
    # every file opened so far is closed here, even if a later open() failed


Path("a.txt").write_text("alpha")
Path("b.txt").write_text("beta")
print(read_all(["a.txt", "b.txt"]))
#> ['alpha', 'beta']
try:
    read_all(["a.txt", "missing.txt"])
except FileNotFoundError as error:
    print(type(error).__name__, error.filename)
#> FileNotFoundError missing.txt
# --8<-- [end:exitstack]


# --8<-- [start:no-finally]
@contextmanager
def leaky(name: str) -> Iterator[None]:
    print("acquire", name)
    yield  # no try/finally: an exception is re-raised right here
    print("release", name)


try:
    with leaky("lock"):
        raise ValueError("boom")
except ValueError:
    print("release never printed")
#> acquire lock
#> release never printed
# --8<-- [end:no-finally]


# --8<-- [start:swallow]
class Careless:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> bool:
        return True  # a truthy return swallows ANY exception


with Careless():
    raise RuntimeError("this error disappears")
print("still running")
#> still running
# --8<-- [end:swallow]
