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


# --8<-- [start:multiple]
class Timestamped(Base):
    def save(self):
        return ["Timestamped", *super().save()]


class Order(Timestamped, Audited):  # two parents, one shared grandparent
    pass


print([cls.__name__ for cls in Order.__mro__])
#> ['Order', 'Timestamped', 'Audited', 'Base', 'object']
print(Order().save())  # each class runs once, in MRO order
#> ['Timestamped', 'Audited', 'Base']
print(Timestamped().save())  # same method, different "next class"
#> ['Timestamped', 'Base']
# --8<-- [end:multiple]

# --8<-- [start:hard-coded]
calls: list[str] = []


class Resource:
    def __init__(self):
        calls.append("Resource")


class Cached(Resource):
    def __init__(self):
        Resource.__init__(self)  # names the parent instead of super()
        calls.append("Cached")


class Logged(Resource):
    def __init__(self):
        Resource.__init__(self)
        calls.append("Logged")


class Service(Cached, Logged):
    def __init__(self):
        Cached.__init__(self)
        Logged.__init__(self)


Service()
print(calls)  # Resource initialised twice
#> ['Resource', 'Cached', 'Resource', 'Logged']
# --8<-- [end:hard-coded]

# --8<-- [start:cooperative]
calls.clear()


class Resource:
    def __init__(self, **options):
        super().__init__(**options)  # object.__init__ ends the chain
        calls.append("Resource")


class Cached(Resource):
    def __init__(self, ttl=60, **options):
        super().__init__(**options)  # pass on what is not ours
        calls.append(f"Cached ttl={ttl}")


class Logged(Resource):
    def __init__(self, level="INFO", **options):
        super().__init__(**options)
        calls.append(f"Logged level={level}")


class Service(Cached, Logged):
    pass


Service(ttl=5, level="DEBUG")
print(calls)  # each __init__ once
#> ['Resource', 'Logged level=DEBUG', 'Cached ttl=5']
# --8<-- [end:cooperative]
