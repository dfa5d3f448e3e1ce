import random
random.seed(5)
out = []
for i in range(1500):
    a = random.getrandbits(random.randint(1, 2000)) * random.choice((1, -1))
    b = random.getrandbits(random.randint(1, 2000)) or 1
    try:
        out.append(repr(a / b))
    except OverflowError as e:
        out.append("OverflowError")
for a, b in [(1, 10**300), (1, 1 << 1074), (3, 10**320), (1, 1 << 1075), (3, 1 << 1076), (10**400, 10**399), (2**1024, 1), (2**1024 - 2**970, 1), (-(2**1023 * 3), 2)]:
    try:
        out.append(repr(a / b))
    except OverflowError as e:
        out.append("OverflowError")
print("\n".join(out))
