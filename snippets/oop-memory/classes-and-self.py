# --8<-- [start:key]
class Account:
    def __init__(self, balance=0):
        self.balance = balance  # stored on this one instance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


savings = Account(100)  # Python runs __init__(new_object, 100)
print(savings.deposit(50), Account.deposit(savings, 25))
#> 150 175
# --8<-- [end:key]

# --8<-- [start:self]
checking = Account()
print(vars(savings), vars(checking))  # each instance has its own __dict__
#> {'balance': 175} {'balance': 0}
bound = savings.deposit  # a bound method remembers its instance
print(bound.__self__ is savings, bound(5))
#> True 180
# --8<-- [end:self]

# --8<-- [start:new-vs-init]
blank = Account.__new__(Account)  # __new__ creates the object...
print(vars(blank))
#> {}
Account.__init__(blank, 10)  # ...__init__ only fills it in
print(vars(blank))
#> {'balance': 10}
# --8<-- [end:new-vs-init]


# --8<-- [start:shared]
class Cart:
    items = []  # class attribute: one list shared by every cart

    def add(self, item):
        self.items.append(item)


mine, yours = Cart(), Cart()
mine.add("pen")
print(yours.items, yours.items is Cart.items)
#> ['pen'] True


class FixedCart:
    def __init__(self):
        self.items = []  # a new list for each instance


mine, yours = FixedCart(), FixedCart()
mine.items.append("pen")
print(yours.items)
#> []
# --8<-- [end:shared]


# --8<-- [start:forgot-self]
class Counter:
    def increment():  # forgot self
        return 1


try:
    Counter().increment()  # Python still passes the instance
except TypeError as error:
    print(type(error).__name__, error)
#> TypeError Counter.increment() takes 0 positional arguments but 1 was given
# --8<-- [end:forgot-self]


# --8<-- [start:any-name]
class Greeter:
    def greet(this, name):  # "self" is a convention, not a keyword
        return f"hello {name} from {type(this).__name__}"


print(Greeter().greet("ana"))
#> hello ana from Greeter
# --8<-- [end:any-name]
