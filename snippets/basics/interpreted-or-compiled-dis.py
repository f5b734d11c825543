import dis


def add(a, b):
    return a + b


dis.dis(add)
#>   5           0 LOAD_FAST                0 (a)
#>               2 LOAD_FAST                1 (b)
#>               4 BINARY_ADD
#>               6 RETURN_VALUE
