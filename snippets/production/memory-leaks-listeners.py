import functools
import gc
import weakref
from collections.abc import Callable


# --8<-- [start:leak]
class EventBus:
    def __init__(self) -> None:
        self._listeners: list[Callable[[str], None]] = []

    def subscribe(self, callback: Callable[[str], None]) -> None:
        self._listeners.append(callback)  # a bound method holds its object

    def publish(self, event: str) -> None:
        for callback in self._listeners:
            callback(event)


class Dashboard:
    def __init__(self, bus: EventBus) -> None:
        self.seen: list[str] = []
        bus.subscribe(self.on_order)

    def on_order(self, event: str) -> None:
        self.seen.append(event)


bus = EventBus()
dashboard = Dashboard(bus)
probe = weakref.ref(dashboard)
del dashboard  # the page closed; nobody uses the dashboard any more
gc.collect()  # no help: the object is not garbage, the bus still refers to it
print(probe() is None, len(bus._listeners))
#> False 1
# --8<-- [end:leak]


# --8<-- [start:fix]
class WeakEventBus(EventBus):
    def subscribe(self, callback: Callable[[str], None]) -> None:
        # WeakMethod does not keep the object alive; the callback drops dead entries.
        self._listeners.append(weakref.WeakMethod(callback, self._listeners.remove))

    def publish(self, event: str) -> None:
        for reference in list(self._listeners):
            if (callback := reference()) is not None:
                callback(event)


bus = WeakEventBus()
dashboard = Dashboard(bus)
bus.publish("order 7 paid")
print(dashboard.seen)
#> ['order 7 paid']
probe = weakref.ref(dashboard)
del dashboard
print(probe() is None, len(bus._listeners))
#> True 0
# --8<-- [end:fix]

# --8<-- [start:bound-method]
dashboard = Dashboard(WeakEventBus())
print(weakref.ref(dashboard.on_order)() is None)  # a new bound method each access
#> True
print(weakref.WeakMethod(dashboard.on_order)() is None)
#> False
# --8<-- [end:bound-method]


# --8<-- [start:method-cache]
class PriceList:
    @functools.lru_cache(maxsize=128)  # noqa: B019 - the leak this section shows
    def price(self, sku: str) -> int:
        return len(sku) * 100


prices = PriceList()
prices.price("SKU-7")
probe = weakref.ref(prices)
del prices
print(probe() is None)  # the cache key (self, "SKU-7") keeps the object alive
#> False
print(PriceList.price.cache_info().currsize)
#> 1
# --8<-- [end:method-cache]
