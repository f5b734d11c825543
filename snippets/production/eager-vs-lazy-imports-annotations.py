from typing import TYPE_CHECKING

if TYPE_CHECKING:  # False at run time: only a type checker imports this
    from heavy_pdf import Document

try:

    def render(document: Document) -> bytes:  # unquoted
        return b"%PDF"

except NameError as error:  # the annotation was evaluated when `def` ran
    print(type(error).__name__, error)
#> NameError name 'Document' is not defined


def render(document: "Document") -> bytes:  # quoted: never evaluated
    return b"%PDF"


print(render.__annotations__)
#> {'document': 'Document', 'return': <class 'bytes'>}
