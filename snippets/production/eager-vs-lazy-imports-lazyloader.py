import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

Path("heavy_pdf.py").write_text(
    "print('heavy_pdf: module body runs')\n"
    "PAGE_SIZE = 'A4'\n"
)
sys.path.insert(0, os.getcwd())


# --8<-- [start:lazyloader]
def lazy_import(name: str) -> ModuleType:
    """Register a module whose body runs on first attribute access."""
    spec = importlib.util.find_spec(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


heavy_pdf = lazy_import("heavy_pdf")
print(type(heavy_pdf).__name__, "heavy_pdf" in sys.modules)  # body has not run
#> _LazyModule True
print(heavy_pdf.PAGE_SIZE)  # first attribute access runs it
#> heavy_pdf: module body runs
#> A4
print(type(heavy_pdf).__name__)
#> module
# --8<-- [end:lazyloader]
