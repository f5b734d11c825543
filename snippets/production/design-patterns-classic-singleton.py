# --8<-- [start:classic]
class Registry:
    """The classic GoF singleton, translated literally."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self) -> None:
        self.plugins: list[str] = []  # runs on EVERY Registry() call


first = Registry()
first.plugins.append("pdf-export")
second = Registry()  # same object, but __init__ ran again
print(first is second)
#> True
print(first.plugins)
#> []
# --8<-- [end:classic]


# --8<-- [start:subclass]
class TestRegistry(Registry):
    pass


print(TestRegistry() is Registry())  # it inherits Registry._instance
#> True
print(type(TestRegistry()).__name__)
#> Registry
# --8<-- [end:subclass]
