import textwrap
from abc import ABC, abstractmethod
from typing import Any


# --8<-- [start:key]
class Order: ...


print(type(Order).__name__, type(type).__name__)
#> type type
Refund = type("Refund", (Order,), {"sign": -1})  # a class
print(Refund.__bases__[0].__name__, Refund.sign)
#> Order -1
# --8<-- [end:key]


# --8<-- [start:metaclass]
class Traced(type):
    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]):
        own = [key for key in namespace if not key.startswith("__")]
        print(f"building class {name} with {own}")
        return super().__new__(mcs, name, bases, namespace)

    def __call__(cls, *args: Any, **kwargs: Any):
        print(f"calling {cls.__name__}()")  # runs on every instantiation
        return super().__call__(*args, **kwargs)


class Invoice(metaclass=Traced):  # the class body runs, then Traced.__new__
    amount = 0
#> building class Invoice with ['amount']


class Receipt(Invoice): ...  # a subclass inherits the metaclass
#> building class Receipt with []


invoice = Invoice()
#> calling Invoice()
print(type(Receipt).__name__)
#> Traced
# --8<-- [end:metaclass]


# --8<-- [start:init-subclass]
class Exporter:
    """The usual job for a metaclass, a registry, with no metaclass at all."""

    registry: dict[str, type["Exporter"]] = {}

    def __init_subclass__(cls, *, fmt: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        Exporter.registry[fmt] = cls  # runs once per subclass, at definition


class CsvExporter(Exporter, fmt="csv"): ...


class JsonExporter(Exporter, fmt="json"): ...


print({fmt: cls.__name__ for fmt, cls in sorted(Exporter.registry.items())})
#> {'csv': 'CsvExporter', 'json': 'JsonExporter'}
print(type(CsvExporter).__name__)  # still a plain class
#> type
# --8<-- [end:init-subclass]


# --8<-- [start:decorator]
def frozen_fields(cls: type) -> type:
    """A class decorator: runs once, after the class exists; not inherited."""
    cls.fields = tuple(name for name in vars(cls) if not name.startswith("_"))
    return cls


@frozen_fields
class Address:
    street = ""
    city = ""


print(Address.fields)
#> ('street', 'city')
# --8<-- [end:decorator]


# --8<-- [start:conflict]
class Handler(ABC):  # ABC's metaclass is ABCMeta
    @abstractmethod
    def handle(self) -> None: ...


try:

    class TracedHandler(Invoice, Handler): ...  # Traced vs ABCMeta

except TypeError as error:
    print(type(error).__name__)
    print(textwrap.fill(str(error), width=64))
#> TypeError
#> metaclass conflict: the metaclass of a derived class must be a
#> (non-strict) subclass of the metaclasses of all its bases
# --8<-- [end:conflict]


# --8<-- [start:meta-methods]
class Registry(type):
    def describe(cls) -> str:  # a method of the class, not of instances
        return f"class {cls.__name__}"


class Model(metaclass=Registry): ...


print(Model.describe())
#> class Model
try:
    Model().describe()
except AttributeError as error:
    print(type(error).__name__, error)
#> AttributeError 'Model' object has no attribute 'describe'
# --8<-- [end:meta-methods]
