# --8<-- [start:key]
MAX_RETRIES = 3  # constant: UPPER_CASE


class PaymentGateway:  # class: CapWords
    def charge_card(self, amount_cents: int) -> bool:
        return amount_cents > 0  # function: snake_case


gateway = PaymentGateway()  # 4-space indents, spaces around =
print(gateway.charge_card(amount_cents=500), MAX_RETRIES)
#> True 3
# --8<-- [end:key]

# --8<-- [start:semantics]
square = lambda number: number * number  # noqa: E731 - PEP 8 says use def


def cube(number: int) -> int:
    return number**3


print(square.__name__, cube.__name__)  # what a traceback will show
#> <lambda> cube

flag = True
print(type(flag) == int, isinstance(flag, int))  # noqa: E721 - bool is an int
#> False True
# --8<-- [end:semantics]

# --8<-- [start:tabs]
messy = "if True:\n\tprice = 1\n        tax = 2\n"  # a tab, then 8 spaces
try:
    compile(messy, "<messy>", "exec")
except TabError as error:
    print(type(error).__name__, error.msg, "- line", error.lineno)
#> TabError inconsistent use of tabs and spaces in indentation - line 3
# --8<-- [end:tabs]
