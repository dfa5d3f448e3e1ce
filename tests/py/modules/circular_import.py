from pkg_cycle import first, second
print(first.NAME, second.NAME)
print(first.call_second(), second.call_first())
print(first.second is second, second.first is first)
