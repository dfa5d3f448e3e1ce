class Outer:
    value = "outer"
    class Inner:
        value = "inner"
        def get(self):
            return self.value
    def make_inner(self):
        return self.Inner()
print(Outer.Inner().get(), Outer().make_inner().get(), Outer.Inner.__qualname__)
class Counter:
    total = 0
    values = [i * 2 for i in range(3)]
    doubled = total + 10
    def bump(self):
        Counter.total += 1
        return Counter.total
print(Counter.values, Counter.doubled, Counter().bump(), Counter().bump())
class Conditional:
    DEBUG = True
    if DEBUG:
        def log(self):
            return "debug log"
    else:
        def log(self):
            return "silent"
print(Conditional().log())
class Chained:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(f"+{x}")
        return self
    def mul(self, x):
        self.ops.append(f"*{x}")
        return self
print(Chained().add(1).mul(2).add(3).ops)
class Private:
    def __init__(self):
        self.__secret = 42
        self._protected = 1
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret, hasattr(p, "__secret"), sorted(vars(p)))
class Sub(Private):
    def try_reveal(self):
        try:
            return self.__secret
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(Sub().try_reveal())
