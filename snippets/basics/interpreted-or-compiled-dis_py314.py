import dis


def add(a, b):
    return a + b


dis.dis(add)
#>   4           RESUME                   0
#>
#>   5           LOAD_FAST_BORROW_LOAD_FAST_BORROW 1 (a, b)
#>               BINARY_OP                0 (+)
#>               RETURN_VALUE

for _ in range(1_000):
    add(1, 2)  # run it hot: the adaptive interpreter specialises it
specialised = {i.opname for i in dis.get_instructions(add, adaptive=True)}
print("BINARY_OP_ADD_INT" in specialised)
#> True
