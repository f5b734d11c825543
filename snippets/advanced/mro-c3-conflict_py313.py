class Storage: ...
class Cached(Storage): ...


try:
    # Storage first contradicts Cached(Storage): Cached must come first.
    class Broken(Storage, Cached): ...
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError Cannot create a consistent method resolution order (MRO) for bases Storage, Cached
