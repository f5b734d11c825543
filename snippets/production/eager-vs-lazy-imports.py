import os
import subprocess
import sys
from pathlib import Path


# --8<-- [start:importtime]
def import_tree(statement: str) -> list[str]:
    """Module names, indented by depth, that `python -X importtime` reports for `statement`."""
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
    )
    rows = run.stderr.splitlines()  # importtime writes to stderr
    return [row.rsplit("|", 1)[1][1:] for row in rows[1:] if row.startswith("import time:")]


# python -X importtime -c "import json"   (self and cumulative µs left out here)
json_tree = import_tree("import json")
print([name for name in json_tree if name.strip() in {"json", "re"} or "json." in name])
#> ['    re', '    json.scanner', '  json.decoder', '  json.encoder', 'json']
# --8<-- [end:importtime]

# --8<-- [start:modules]
Path("heavy_pdf.py").write_text(
    "import time\n"
    "print('heavy_pdf: module body runs')\n"
    "time.sleep(0.2)  # stands in for a big dependency tree\n"
    "def render(order_id):\n"
    "    return f'order-{order_id}.pdf'\n"
)
Path("app_eager.py").write_text(
    "import heavy_pdf\n"
    "def export(order_id):\n"
    "    return heavy_pdf.render(order_id)\n"
)
Path("app_lazy.py").write_text(
    "def export(order_id):\n"
    "    import heavy_pdf  # paid on the first call only\n"
    "    return heavy_pdf.render(order_id)\n"
)
# --8<-- [end:modules]

# --8<-- [start:startup]
for app in ("app_eager", "app_lazy"):
    loaded = [name.strip() for name in import_tree(f"import {app}")]
    print(f"import {app} loads heavy_pdf: {'heavy_pdf' in loaded}")
#> import app_eager loads heavy_pdf: True
#> import app_lazy loads heavy_pdf: False
# --8<-- [end:startup]

# --8<-- [start:key]
sys.path.insert(0, os.getcwd())
import app_lazy

print("heavy_pdf" in sys.modules)  # nothing loaded yet
#> False
print(app_lazy.export(7))  # first call runs the import
#> heavy_pdf: module body runs
#> order-7.pdf
print(app_lazy.export(8))  # later calls: a sys.modules lookup
#> order-8.pdf
print("heavy_pdf" in sys.modules)
#> True
# --8<-- [end:key]

# --8<-- [start:late-error]
Path("app_broken.py").write_text(
    "def export_excel(order_id):\n"
    "    import openpyxl_not_installed\n"
    "    return openpyxl_not_installed.save(order_id)\n"
)
import app_broken  # imports fine: the bad import has not run

try:
    app_broken.export_excel(7)
except ModuleNotFoundError as error:
    print(type(error).__name__, error)
#> ModuleNotFoundError No module named 'openpyxl_not_installed'
# --8<-- [end:late-error]
