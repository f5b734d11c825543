import re
import subprocess
import sys
from pathlib import Path

# --8<-- [start:module]
WEATHER = '''\
import json
import os
import urllib.request


class WeatherClient:
    """Talks to the real HTTP API; the tests never call it."""

    def __init__(self, api_key: str) -> None:
        self.api_key = api_key

    def current(self, city: str) -> dict:
        url = f"https://api.example.com/v1/current?city={city}&key={self.api_key}"
        with urllib.request.urlopen(url, timeout=5) as response:
            return json.load(response)


def describe(client: WeatherClient, city: str) -> str:
    data = client.current(city)
    return f"{city}: {data['temp_c']:.0f} °C, {data['summary']}"


def client_from_env() -> WeatherClient:
    api_key = os.environ.get("WEATHER_API_KEY")
    if not api_key:
        raise RuntimeError("WEATHER_API_KEY is not set")
    return WeatherClient(api_key)
'''
# --8<-- [end:module]

# --8<-- [start:tests]
TESTS = '''\
from unittest.mock import Mock

import pytest

import weather


class StubClient:
    """A stub: returns canned data and checks nothing."""

    def current(self, city: str) -> dict:
        return {"temp_c": 21.4, "summary": "sunny"}


def test_describe_with_a_stub():
    assert weather.describe(StubClient(), "Oslo") == "Oslo: 21 °C, sunny"


def test_describe_asks_for_the_right_city():
    client = Mock(spec=weather.WeatherClient)  # a mock: records how it was used
    client.current.return_value = {"temp_c": -3.2, "summary": "snow"}
    assert weather.describe(client, "Bergen") == "Bergen: -3 °C, snow"
    client.current.assert_called_once_with("Bergen")


def test_api_errors_propagate():
    client = Mock(spec=weather.WeatherClient)
    client.current.side_effect = TimeoutError("API timed out")
    with pytest.raises(TimeoutError, match="timed out"):
        weather.describe(client, "Oslo")


def test_missing_api_key(monkeypatch):
    monkeypatch.delenv("WEATHER_API_KEY", raising=False)  # undone after the test
    with pytest.raises(RuntimeError, match="not set"):
        weather.client_from_env()


@pytest.mark.parametrize("temp_c, shown", [(0.4, "0"), (8.5, "8"), (9.5, "10")])
def test_rounding(temp_c, shown):  # .0f rounds half to even
    client = Mock(spec=weather.WeatherClient)
    client.current.return_value = {"temp_c": temp_c, "summary": "fog"}
    assert weather.describe(client, "Oslo") == f"Oslo: {shown} °C, fog"
'''
# --8<-- [end:tests]

# --8<-- [start:key]
Path("weather.py").write_text(WEATHER)
Path("test_weather.py").write_text(TESTS)
Path("pytest.ini").write_text("[pytest]\n")  # rootdir here

options = ["-q", "-p", "no:cacheprovider"]  # no cache dir
run = subprocess.run(
    [sys.executable, "-m", "pytest", *options],
    capture_output=True,
    text=True,
)
print(run.returncode, re.search(r"\d+ passed", run.stdout)[0])
#> 0 7 passed
# --8<-- [end:key]
