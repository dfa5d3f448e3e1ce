class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if not (0 <= r < self.h and 0 <= c < self.w):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError("need (row, col)")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for r in range(self.h):
            yield "".join(self[r, c] for c in range(self.w))
    def __reversed__(self):
        return iter(list(self)[::-1])
g = Grid(3, 2)
g[0, 1] = "#"
g[1, 2] = "@"
print(len(g), g[0, 1], g[1, 1], "#" in g, "x" in g)
print(list(g), list(reversed(g)))
del g[0, 1]
print(list(g), bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::2], len(s), list(s), "c" in s, list(reversed(s)))
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty(), len(Empty()))
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
