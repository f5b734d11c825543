# --8<-- [start:key]
class Storage: ...
class Cached(Storage): ...
class Logged(Storage): ...
class Repo(Cached, Logged): ...


print([cls.__name__ for cls in Repo.__mro__])
#> ['Repo', 'Cached', 'Logged', 'Storage', 'object']
# a base comes only after all of its subclasses
# --8<-- [end:key]


# --8<-- [start:dfs]
def depth_first(cls: type) -> list[type]:
    """Python 2's classic-class order: left-to-right, depth-first."""
    order = [cls]
    for base in cls.__bases__:
        order += [c for c in depth_first(base) if c not in order]
    return order


print([cls.__name__ for cls in depth_first(Repo)])  # not what Python does
#> ['Repo', 'Cached', 'Storage', 'object', 'Logged']
# --8<-- [end:dfs]


# --8<-- [start:merge]
def c3(cls: type) -> list[type]:
    """C3 by hand: the class, then a merge of its bases' MROs and the bases list."""
    sequences = [c3(base) for base in cls.__bases__] + [list(cls.__bases__)]
    result = [cls]
    while any(sequences):
        for sequence in sequences:
            # A good head appears in no other sequence's tail.
            head = sequence[0] if sequence else None
            if head and not any(head in other[1:] for other in sequences):
                break
        else:
            raise TypeError("no consistent order")
        result.append(head)
        sequences = [[c for c in seq if c is not head] for seq in sequences]
    return result


print(c3(Repo) == list(Repo.__mro__))
#> True
# --8<-- [end:merge]


# --8<-- [start:super]
class Service:
    def __init__(self, **options: object) -> None:
        print("Service gets", options)


class Retrying(Service):
    def __init__(self, *, retries: int = 1, **options: object) -> None:
        print("Retrying", retries)
        super().__init__(**options)  # next class in type(self).__mro__


class Metered(Service):
    def __init__(self, *, meter: str = "calls", **options: object) -> None:
        print("Metered", meter)
        super().__init__(**options)


class Client(Retrying, Metered): ...


print([cls.__name__ for cls in Client.__mro__])
#> ['Client', 'Retrying', 'Metered', 'Service', 'object']
Client(retries=3, meter="bytes")  # Retrying's super() is Metered here
#> Retrying 3
#> Metered bytes
#> Service gets {}
# --8<-- [end:super]

# --8<-- [start:alone]
Retrying(retries=2)  # the same super() call now reaches Service
#> Retrying 2
#> Service gets {}
# --8<-- [end:alone]
