from unittest.mock import Mock

client = Mock()
client.current("Oslo")
check = client.current.called_once_with("Bergen")  # no "assert_": not an assertion
print(type(check).__name__, bool(check))  # a new child Mock, always truthy: the test passes
#> Mock True
