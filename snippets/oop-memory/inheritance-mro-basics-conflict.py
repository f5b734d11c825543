class Base:
    pass


class Audited(Base):
    pass


try:

    class Report(Base, Audited):  # a parent listed before its own child
        pass

except TypeError as error:
    print(type(error).__name__, error)
#> TypeError Cannot create a consistent method resolution
#> order (MRO) for bases Base, Audited
