# --8<-- [start:key]
class Base:
    def save(self):
        return ["Base"]


class Audited(Base):
    def save(self):  # override, then extend via super()
        return ["Audited", *super().save()]


print(Audited().save(), issubclass(Audited, Base))
#> ['Audited', 'Base'] True
# --8<-- [end:key]


# --8<-- [start:lookup]
class Document:
    kind = "document"  # a class attribute, shared

    def describe(self):
        return f"{self.kind}: {self.check()}"  # both looked up on self

    def check(self):
        return "unchecked"


class Invoice(Document):
    kind = "invoice"

    def check(self):  # the inherited describe() finds this one
        return "totals match"


print([cls.__name__ for cls in Invoice.__mro__])
#> ['Invoice', 'Document', 'object']
draft = Invoice()
print(draft.describe())
#> invoice: totals match
draft.kind = "draft"  # the instance's own attribute is found first
print(draft.describe(), "|", Document().describe())
#> draft: totals match | document: unchecked
# --8<-- [end:lookup]


# --8<-- [start:multiple]
class Printable:
    def label(self):
        return "printable"


class Archived:
    def label(self):
        return "archived"

    def archive(self):
        return "archived copy"


class Contract(Printable, Archived):  # bases searched left to right
    pass


contract = Contract()
print([cls.__name__ for cls in Contract.__mro__])
#> ['Contract', 'Printable', 'Archived', 'object']
print(contract.label(), "|", contract.archive())  # first match wins
#> printable | archived copy
# --8<-- [end:multiple]


# --8<-- [start:forgot-super]
class Account:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.balance = 0


class Savings(Account):
    def __init__(self, owner: str, rate: float) -> None:
        self.rate = rate  # replaces Account.__init__, which never runs


try:
    print(Savings("ana", 0.02).balance)
except AttributeError as error:
    print(type(error).__name__, error)
#> AttributeError 'Savings' object has no attribute 'balance'


class FixedSavings(Account):
    def __init__(self, owner: str, rate: float) -> None:
        super().__init__(owner)  # let the parent set its attributes
        self.rate = rate


print(vars(FixedSavings("ana", 0.02)))
#> {'owner': 'ana', 'balance': 0, 'rate': 0.02}
# --8<-- [end:forgot-super]
