# assert statements that pass and that fail (caught)
assert True
assert 1 + 1 == 2, "math works"
print("passed simple asserts")
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert [] , "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("caught:", e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
count = 0
def side():
    global count
    count += 1
    return True
assert side()
print("count", count)
