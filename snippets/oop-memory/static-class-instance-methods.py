from __future__ import annotations


# --8<-- [start:class]
class Temperature:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    def to_fahrenheit(self) -> float:  # instance method: gets the object
        return self.celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, fahrenheit: float) -> Temperature:  # gets the class
        return cls((fahrenheit - 32) * 5 / 9)

    @staticmethod
    def is_physical(celsius: float) -> bool:  # gets neither: a namespaced function
        return celsius >= -273.15


class Reading(Temperature):
    """A subclass: inherited classmethods build this type."""
# --8<-- [end:class]


# --8<-- [start:key]
boiling = Temperature(100)
print(boiling.to_fahrenheit())  # self is boiling
#> 212.0
body = Temperature.from_fahrenheit(98.6)  # cls is Temperature
print(round(body.celsius, 1))
#> 37.0
print(Temperature.is_physical(-300))  # neither self nor cls
#> False
print(type(Reading.from_fahrenheit(32)).__name__)  # cls=Reading
#> Reading
# --8<-- [end:key]

# --8<-- [start:binding]
stored = vars(Temperature)  # the raw class __dict__, before binding
print([type(stored[name]).__name__ for name in ("to_fahrenheit", "from_fahrenheit", "is_physical")])
#> ['function', 'classmethod', 'staticmethod']
print(boiling.to_fahrenheit.__self__ is boiling)  # bound to the instance
#> True
print(Reading.from_fahrenheit.__self__ is Reading)  # bound to the class it was looked up on
#> True
print(boiling.is_physical is stored["is_physical"].__func__)  # no binding at all
#> True
# --8<-- [end:binding]


# --8<-- [start:static-factory]
class Celsius:
    def __init__(self, degrees: float) -> None:
        self.degrees = degrees

    @staticmethod
    def from_fahrenheit(fahrenheit: float) -> Celsius:
        return Celsius((fahrenheit - 32) * 5 / 9)  # class name hard-coded


class Sensor(Celsius):
    pass


print(type(Sensor.from_fahrenheit(32)).__name__)  # not a Sensor
#> Celsius
# --8<-- [end:static-factory]
