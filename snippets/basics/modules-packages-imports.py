import importlib.util
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

# --8<-- [start:layout]
project = Path(tempfile.mkdtemp())  # a fresh folder for the demo
(project / "shop").mkdir()
(project / "shop" / "__init__.py").write_text(
    'print("running shop/__init__.py")\n'
    "from .pricing import total  # relative import inside the package\n"
)
(project / "shop" / "pricing.py").write_text(
    "RATE = 0.2\n\n\ndef total(prices):\n    return sum(prices) * (1 + RATE)\n"
)
# --8<-- [end:layout]

# --8<-- [start:key]
sys.path.insert(0, str(project))  # search this folder first
for _ in range(2):  # import the package twice
    import shop  # 1st: runs __init__.py; 2nd: from sys.modules
#> running shop/__init__.py
print(sys.modules["shop"] is shop)
#> True
print(shop.total([10, 20]), shop.pricing.__name__)
#> 36.0 shop.pricing
print(Path(shop.__file__).relative_to(project).as_posix())
#> shop/__init__.py
# --8<-- [end:key]

# --8<-- [start:search]
import json

stdlib = Path(sysconfig.get_paths()["stdlib"])
print(stdlib in Path(json.__file__).parents)  # found further down sys.path
#> True
spec = importlib.util.find_spec("shop.pricing")  # what import would load
print(Path(spec.origin).relative_to(project).as_posix())
#> shop/pricing.py
# --8<-- [end:search]

# --8<-- [start:namespace]
(project / "plugins").mkdir()  # no __init__.py at all
(project / "plugins" / "csv_export.py").write_text("FORMAT = 'csv'\n")
import plugins.csv_export

print(plugins.csv_export.FORMAT, plugins.__file__, type(plugins.__path__).__name__)
#> csv None _NamespacePath
# --8<-- [end:namespace]

# --8<-- [start:from-import]
from shop.pricing import RATE  # binds a new name to the current object

shop.pricing.RATE = 0.25  # rebinds the module's global
print(RATE, shop.pricing.RATE, shop.total([10, 20]))
#> 0.2 0.25 37.5
# --8<-- [end:from-import]

# --8<-- [start:shadowing]
app = project / "app"
app.mkdir()
(app / "random.py").write_text("print('my random.py shadows the stdlib')\n")
(app / "itertools.py").write_text("print('never printed')\n")
(app / "main.py").write_text(
    "import itertools\nimport random\nprint(hasattr(random, 'randint'), hasattr(itertools, 'chain'))\n"
)
run = subprocess.run(  # run the script from another folder
    [sys.executable, str(app / "main.py")], cwd=project, capture_output=True, text=True
)
print(run.stdout, end="")  # itertools is built into the interpreter: found first
#> my random.py shadows the stdlib
#> False True
print("itertools" in sys.builtin_module_names, "random" in sys.builtin_module_names)
#> True False
print(importlib.util.find_spec("runpy").origin)  # frozen into the binary
#> frozen
# --8<-- [end:shadowing]
