visits = 0


def record_visit():
    visits += 1  # noqa: F823 - assigning makes visits local everywhere in here


print(record_visit.__code__.co_varnames)  # decided when the def was compiled
#> ('visits',)
try:
    record_visit()
except UnboundLocalError as error:
    print(type(error).__name__, error)
#> UnboundLocalError cannot access local variable 'visits' where it is not associated with a value
