from unittest.mock import Mock

client = Mock()
client.current("Oslo")
try:
    client.current.called_once_with("Bergen")  # no "assert_"
except AttributeError as error:
    print(str(error).split(". ")[0])  # the message goes on to suggest spec=
#> 'called_once_with' is not a valid assertion
