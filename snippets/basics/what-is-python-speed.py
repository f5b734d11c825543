# requires: numpy>=2
import timeit

import numpy as np

prices = [float(n % 97) for n in range(200_000)]
quantities = [float(n % 13) for n in range(200_000)]
price_array, quantity_array = np.array(prices), np.array(quantities)


def revenue_loop() -> float:
    total = 0.0
    for price, quantity in zip(prices, quantities, strict=True):  # item by item
        total += price * quantity
    return total


def revenue_numpy() -> float:
    return float((price_array * quantity_array).sum())  # loops run in C


print(revenue_loop() == revenue_numpy())  # same answer
#> True
loop_time = min(timeit.repeat(revenue_loop, number=3, repeat=3))
numpy_time = min(timeit.repeat(revenue_numpy, number=3, repeat=3))
print(f"NumPy is at least 10x faster: {numpy_time * 10 < loop_time}")
#> NumPy is at least 10x faster: True
