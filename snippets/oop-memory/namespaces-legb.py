import builtins

# --8<-- [start:key]
tax = "global"


def invoice():
    tax = "enclosing"
    def total(note):  # parameters are locals
        return note, tax, len.__name__  # L, E, B
    return total("local")


print(invoice(), tax)  # the global was never touched
#> ('local', 'enclosing', 'len') global
# --8<-- [end:key]


# --8<-- [start:rebind]
def make_counter():
    count = 0

    def increment():
        nonlocal count  # rebind the enclosing name, not a new local
        count += 1
        return count

    return increment


counter = make_counter()
counter()
print(counter(), counter.__code__.co_freevars)  # count lives in a closure cell
#> 2 ('count',)

requests = 0


def handle_request():
    global requests  # rebind the module-level name
    requests += 1


handle_request()
print(requests)
#> 1
# --8<-- [end:rebind]

# --8<-- [start:dicts]
print(globals()["tax"], "len" in vars(builtins))  # namespaces are dicts
#> global True
print(builtins.len is len)  # B is the builtins module
#> True
# --8<-- [end:dicts]

# --8<-- [start:shadow]
list = ["pen", "ink"]  # a global that hides the built-in list
try:
    list("abc")
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError 'list' object is not callable
del list  # the global goes; lookup falls through to builtins again
print(list("abc"))  # noqa: F821 - the built-in is back
#> ['a', 'b', 'c']
# --8<-- [end:shadow]


# --8<-- [start:class-scope]
class Config:
    retries = 3

    def describe(self):
        return retries  # noqa: F821 - class bodies are not enclosing scopes


try:
    Config().describe()
except NameError as error:
    print(type(error).__name__, error)
#> NameError name 'retries' is not defined
print(Config.retries)  # reach class attributes through the class or self
#> 3
# --8<-- [end:class-scope]
