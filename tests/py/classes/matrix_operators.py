class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return len(self.rows)
    def __neg__(self):
        return self * -1
    def transpose(self):
        return Matrix(zip(*self.rows))
    @staticmethod
    def identity(n):
        return Matrix([[int(i == j) for j in range(n)] for i in range(n)])
m = Matrix([[1, 2], [3, 4]])
n = Matrix([[0, 1], [1, 0]])
print(m + n, m * 2, 3 * m, m @ n, n @ m)
print(m ** 0, m ** 3, -m, m.transpose(), m.shape)
print(m[1, 0], len(m), list(m), m == Matrix([[1, 2], [3, 4]]), m == n)
m[0, 0] = 10
print(m)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1])
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]), Matrix.identity(3))
