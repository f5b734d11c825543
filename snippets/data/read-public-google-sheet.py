# requires: pandas>=3
import http.server
import re
import threading
from urllib.parse import parse_qs, urlsplit

import pandas as pd


# --8<-- [start:key]
def csv_export_url(share_url: str) -> str:
    """CSV download URL for one tab of a shared Google Sheet."""
    parts = urlsplit(share_url)
    found = re.search(r"/spreadsheets/d/([\w-]+)", parts.path)
    if found is None:
        raise ValueError(f"no spreadsheet id in {share_url!r}")
    params = parse_qs(parts.query) | parse_qs(parts.fragment)
    query = "format=csv"
    if "gid" in params:  # the tab; none means the first
        query += f"&gid={params['gid'][0]}"
    path = f"/spreadsheets/d/{found[1]}/export"
    return f"{parts.scheme}://{parts.netloc}{path}?{query}"
# --8<-- [end:key]


# --8<-- [start:urls]
SHARED = "https://docs.google.com/spreadsheets/d/1aBcD-EfG_hij/edit?usp=sharing#gid=42"
print(csv_export_url(SHARED))
#> https://docs.google.com/spreadsheets/d/1aBcD-EfG_hij/export?format=csv&gid=42
print(csv_export_url("https://docs.google.com/spreadsheets/d/1aBcD-EfG_hij/edit"))
#> https://docs.google.com/spreadsheets/d/1aBcD-EfG_hij/export?format=csv
try:
    csv_export_url("https://docs.google.com/document/d/1aBcD-EfG_hij/edit")
except ValueError as error:
    print(error)
#> no spreadsheet id in 'https://docs.google.com/document/d/1aBcD-EfG_hij/edit'
# --8<-- [end:urls]

# --8<-- [start:server]
SHEET_CSV = 'region,units,revenue\nnorth,120,"1,250.50"\nsouth,95,980.00\n'
EDIT_PAGE = "<!DOCTYPE html>\n<html>\n<head><title>Sales</title></head>\n<body></body>\n</html>\n"


class FakeSheets(http.server.BaseHTTPRequestHandler):
    """Answers like Google: CSV at .../export?format=csv, an HTML page anywhere else."""

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        wants_csv = parts.path.endswith("/export") and "format=csv" in parts.query
        body = (SHEET_CSV if wants_csv else EDIT_PAGE).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/csv" if wants_csv else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the default handler logs every request to stderr


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FakeSheets)  # port 0: any free port
threading.Thread(target=server.serve_forever, daemon=True).start()
local_share = SHARED.replace("https://docs.google.com", f"http://127.0.0.1:{server.server_port}")
# --8<-- [end:server]

# --8<-- [start:read]
sales = pd.read_csv(csv_export_url(local_share), thousands=",")
print(sales)
#>   region  units  revenue
#> 0  north    120   1250.5
#> 1  south     95    980.0
print(sales.dtypes)
#> region         str
#> units        int64
#> revenue    float64
#> dtype: object
# --8<-- [end:read]

# --8<-- [start:thousands]
raw = pd.read_csv(csv_export_url(local_share))  # no thousands=","
print(raw["revenue"].tolist(), raw["revenue"].dtype)
#> ['1,250.50', '980.00'] str
# --8<-- [end:thousands]

# --8<-- [start:edit-url]
page = pd.read_csv(local_share)  # the sharing URL itself: an HTML page
print(page.shape, page.columns.tolist())
#> (4, 1) ['<!DOCTYPE html>']
expected = {"region", "units", "revenue"}
print(f"looks like the sheet: {expected <= set(page.columns)}")
#> looks like the sheet: False
# --8<-- [end:edit-url]

server.shutdown()
server.server_close()
