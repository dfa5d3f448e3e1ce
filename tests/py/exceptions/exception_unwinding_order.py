log = []
class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
def level(n):
    with Guard(f"L{n}"):
        try:
            if n == 0:
                raise LookupError("bottom")
            level(n - 1)
        finally:
            log.append(f"finally L{n}")
try:
    level(3)
except LookupError as e:
    log.append("caught " + str(e))
for line in log:
    print(line)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally (on close)")
def use_gen():
    for v in gen():
        if v == 1:
            raise ValueError("stop early")
try:
    use_gen()
except ValueError as e:
    print("caught", e)
print("done")
