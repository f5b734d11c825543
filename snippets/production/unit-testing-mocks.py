from unittest.mock import Mock, create_autospec


# --8<-- [start:spec]
class WeatherClient:
    def current(self, city: str) -> dict:
        raise RuntimeError("calls the real API")


loose = Mock()
loose.curent("Oslo")  # typo: a bare Mock invents the attribute
print(loose.curent.called)
#> True

strict = Mock(spec=WeatherClient)
try:
    strict.curent("Oslo")
except AttributeError as error:
    print(error)
#> Mock object has no attribute 'curent'

checked = create_autospec(WeatherClient, instance=True)
try:
    checked.current()  # spec checks names; autospec checks signatures too
except TypeError as error:
    print(error)
#> missing a required argument: 'city'
# --8<-- [end:spec]
