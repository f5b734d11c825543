import io
import unittest
from unittest.mock import create_autospec, patch


# --8<-- [start:unittest]
class RatesClient:
    def fetch_rate(self, currency: str) -> float:
        raise RuntimeError("calls the real API")  # must never run in a unit test


def price_in(amount: float, currency: str, client: RatesClient) -> float:
    return round(amount * client.fetch_rate(currency), 2)


class PriceInTest(unittest.TestCase):
    def setUp(self) -> None:
        self.client = create_autospec(RatesClient, instance=True)
        self.client.fetch_rate.return_value = 0.5

    def test_converts_with_the_fetched_rate(self) -> None:
        self.assertEqual(price_in(10.0, "EUR", self.client), 5.0)
        self.client.fetch_rate.assert_called_once_with("EUR")

    def test_timeout_propagates(self) -> None:
        self.client.fetch_rate.side_effect = TimeoutError
        with self.assertRaises(TimeoutError):
            price_in(10.0, "EUR", self.client)

    @patch.object(RatesClient, "fetch_rate", return_value=2.0)
    def test_patch_the_class(self, fake_fetch) -> None:
        self.assertEqual(price_in(3.0, "USD", RatesClient()), 6.0)
        fake_fetch.assert_called_once_with("USD")


suite = unittest.defaultTestLoader.loadTestsFromTestCase(PriceInTest)
result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)  # report kept quiet
print(result.testsRun, result.wasSuccessful(), result.failures)
#> 3 True []
# --8<-- [end:unittest]
