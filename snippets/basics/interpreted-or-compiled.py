import importlib.util
import marshal
import os
import subprocess
import sys
from pathlib import Path

# --8<-- [start:key]
source = "total = price * quantity"
code = compile(source, "<order>", "exec")  # 1. compile
print(type(code).__name__, type(code.co_code).__name__)
#> code bytes
print(code.co_names)  # the names the bytecode refers to
#> ('price', 'quantity', 'total')

namespace = {"price": 2.5, "quantity": 4}
exec(code, namespace)  # 2. the VM runs the bytecode
print(namespace["total"])
#> 10.0
# --8<-- [end:key]

# --8<-- [start:pycache]
Path("pricing.py").write_text("def total(price, qty):\n    return price * qty\n")
Path("app.py").write_text("import pricing\nprint(pricing.total(2, 3))\n")
env = dict(os.environ)
env.pop("PYTHONDONTWRITEBYTECODE", None)  # caching on, as by default
run = subprocess.run([sys.executable, "app.py"], capture_output=True, text=True, env=env)
cached_modules = sorted(p.name.split(".")[0] for p in Path("__pycache__").iterdir())
print(run.stdout.strip(), cached_modules)  # the script itself is not cached
#> 6 ['pricing']

cached = Path(importlib.util.cache_from_source("pricing.py"))
print(cached.parent.name, cached.exists())
#> __pycache__ True
print(sys.implementation.cache_tag in cached.name)  # e.g. "cpython-313"
#> True
print(cached.read_bytes()[:4] == importlib.util.MAGIC_NUMBER)
#> True
# --8<-- [end:pycache]

# --8<-- [start:line-by-line]
try:
    exec('print("line 1 ran")\nprint("line 2"\n')
except SyntaxError as error:  # the whole text is compiled first
    print(type(error).__name__, "on line", error.lineno)
#> SyntaxError on line 2

try:
    exec('print("line 1 ran")\nprint(undefined_name)\n')
except NameError as error:  # a run-time error: line 1 already ran
    print(type(error).__name__, error)
#> line 1 ran
#> NameError name 'undefined_name' is not defined
# --8<-- [end:line-by-line]

# --8<-- [start:pyc-same-code]
header_size = 16  # magic number, flags, source mtime, source size
from_cache = marshal.loads(cached.read_bytes()[header_size:])
fresh = compile(Path("pricing.py").read_text(), "pricing.py", "exec")
print(from_cache.co_code == fresh.co_code)  # the .pyc holds the same bytecode
#> True
# --8<-- [end:pyc-same-code]
