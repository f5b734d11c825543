import sys
from annotationlib import Format, get_annotations
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # False at run time: only a type checker imports this
    from heavy_pdf import Document


def render(document: Document) -> bytes:  # no quotes, no __future__ import
    return b"%PDF"


print("heavy_pdf" in sys.modules)  # `def` ran without evaluating the annotation
#> False
try:
    render.__annotations__  # evaluated on first access
except NameError as error:
    print(type(error).__name__, error)
#> NameError name 'Document' is not defined
print(get_annotations(render, format=Format.STRING))
#> {'document': 'Document', 'return': 'bytes'}
