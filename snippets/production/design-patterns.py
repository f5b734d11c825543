import functools
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass


# --8<-- [start:setup]
@dataclass(frozen=True)
class Settings:
    database_url: str
    debug: bool = False


def to_csv(rows: list[dict]) -> str:
    return "\n".join(",".join(str(value) for value in row.values()) for row in rows)


def to_json(rows: list[dict]) -> str:
    return json.dumps(rows)
# --8<-- [end:setup]


# --8<-- [start:key]
@functools.cache  # Singleton: one instance, built on first use
def get_settings() -> Settings:
    return Settings(database_url="sqlite:///orders.db")


EXPORTERS: dict[str, Callable[[list[dict]], str]] = {
    "csv": to_csv,  # Factory: a dict of callables
    "json": to_json,
}
print(get_settings() is get_settings())
#> True
print(EXPORTERS["json"]([{"id": 7, "total": 9.5}]))
#> [{"id": 7, "total": 9.5}]
# --8<-- [end:key]

# --8<-- [start:singleton-tests]
current = get_settings()
get_settings.cache_clear()  # a test can start from a fresh instance
print(get_settings() is current, get_settings() == current)
#> False True
# --8<-- [end:singleton-tests]


# --8<-- [start:factory]
def make_exporter(kind: str) -> Callable[[list[dict]], str]:
    try:
        return EXPORTERS[kind]
    except KeyError:
        choices = ", ".join(sorted(EXPORTERS))
        raise ValueError(f"unknown format {kind!r}; choose one of: {choices}") from None


print(make_exporter("csv")([{"id": 7, "total": 9.5}, {"id": 8, "total": 3.0}]))
#> 7,9.5
#> 8,3.0
try:
    make_exporter("xml")
except ValueError as error:
    print(error)
#> unknown format 'xml'; choose one of: csv, json
# --8<-- [end:factory]


# --8<-- [start:alternate-constructor]
@dataclass
class Order:
    order_id: int
    total: float

    @classmethod
    def from_csv(cls, line: str) -> "Order":  # a factory method, like dict.fromkeys
        order_id, total = line.split(",")
        return cls(int(order_id), float(total))


print(Order.from_csv("7,9.5"))
#> Order(order_id=7, total=9.5)
# --8<-- [end:alternate-constructor]

# --8<-- [start:observer]
class OrderEvents:
    """Observer without an Observer interface: subscribers are any callables."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[Order], None]] = []

    def subscribe(self, callback: Callable[[Order], None]) -> Callable[[Order], None]:
        self._subscribers.append(callback)
        return callback  # so subscribe also works as a decorator

    def publish(self, order: Order) -> None:
        for callback in self._subscribers:
            callback(order)


order_paid = OrderEvents()
sent: list[str] = []


@order_paid.subscribe
def email_receipt(order: Order) -> None:
    sent.append(f"receipt for order {order.order_id}")


order_paid.subscribe(lambda order: sent.append(f"ship {order.total:.2f} worth of goods"))
order_paid.publish(Order(7, 9.5))
print(sent)
#> ['receipt for order 7', 'ship 9.50 worth of goods']
# --8<-- [end:observer]

# --8<-- [start:race]
built: list[object] = []
overlap = threading.Barrier(2)  # makes certain what a slow connect makes likely


@functools.cache
def get_connection_pool() -> object:
    overlap.wait(timeout=5)  # both callers are inside before either finishes
    pool = object()
    built.append(pool)
    return pool


callers = [threading.Thread(target=get_connection_pool) for _ in range(2)]
for caller in callers:
    caller.start()
for caller in callers:
    caller.join()
print(len(built))  # two pools built: the cache stores a result only after the call returns
#> 2
# --8<-- [end:race]
