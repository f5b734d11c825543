class Report:
    @classmethod
    @property  # 3.13: classmethod no longer wraps other descriptors
    def kind(cls) -> str:
        return cls.__name__.lower()


print(type(Report.kind).__name__)  # a bound method, not the string
#> method
