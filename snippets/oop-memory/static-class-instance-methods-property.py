class Report:
    @classmethod
    @property  # a "class property": works, deprecated since 3.11
    def kind(cls) -> str:
        return cls.__name__.lower()


print(Report.kind)
#> report
