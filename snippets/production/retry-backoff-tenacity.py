# requires: tenacity>=9
import http.client
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tenacity import (
    RetryError,
    retry,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)


# --8<-- [start:server]
class FlakyStockHandler(BaseHTTPRequestHandler):
    """Answers 503 to the first `failures` requests, then 200 with JSON."""

    failures = 2
    requests = 0

    def do_GET(self) -> None:
        FlakyStockHandler.requests += 1
        busy = FlakyStockHandler.requests <= self.failures
        body = b'{"error": "busy"}' if busy else json.dumps({"sku": "SKU-7", "stock": 42}).encode()
        self.send_response(503 if busy else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the default writes every request to stderr


server = ThreadingHTTPServer(("127.0.0.1", 0), FlakyStockHandler)  # port 0: any free port
threading.Thread(target=server.serve_forever, daemon=True).start()
host, port = server.server_address[:2]
# --8<-- [end:server]


# --8<-- [start:client]
class ServerBusy(Exception):
    """A 5xx answer: worth retrying, unlike a 4xx."""


waits: list[float] = []


@retry(
    stop=stop_after_attempt(4),
    wait=wait_exponential(multiplier=0.1, max=2),  # 0.1, 0.2, 0.4 ... capped at 2 s
    retry=retry_if_exception_type((ServerBusy, ConnectionError, TimeoutError)),
    sleep=waits.append,  # record instead of sleeping; omit this in real code
)
def fetch_stock(sku: str) -> dict:
    connection = http.client.HTTPConnection(host, port, timeout=2)
    try:
        connection.request("GET", f"/stock/{sku}")
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    if response.status >= 500:
        raise ServerBusy(f"HTTP {response.status}")
    return json.loads(body)
# --8<-- [end:client]


# --8<-- [start:calls]
print(fetch_stock("SKU-7"))
#> {'sku': 'SKU-7', 'stock': 42}
print(FlakyStockHandler.requests, waits)
#> 3 [0.1, 0.2]
print(fetch_stock.statistics["attempt_number"])
#> 3
# --8<-- [end:calls]

# --8<-- [start:give-up]
FlakyStockHandler.requests, FlakyStockHandler.failures = 0, 10
try:
    fetch_stock("SKU-7")
except RetryError as error:
    print(FlakyStockHandler.requests, error.last_attempt.exception())
#> 4 HTTP 503
# --8<-- [end:give-up]

server.shutdown()
server.server_close()
