import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("count is 1000", "<demo>", "eval")

print(caught[0].category.__name__)
#> SyntaxWarning
print(caught[0].message)
#> "is" with 'int' literal. Did you mean "=="?
