def stub():
    pass
class Empty:
    pass
class WithDoc:
    "doc only"
def ellipsis_body():
    ...
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print(stub(), ellipsis_body(), Empty.__name__, WithDoc.__doc__)
with open(__file__) as fh:
    pass
print(fh.closed)
match 1:
    case _:
        pass
print("all empty bodies ok")
