class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.width = len(rows[0])
        for r in rows:
            self.check(r)
    def check(self, row):
        if len(row) != self.width:
            raise ValueError(f"ragged row: expected {self.width}, got {len(row)}")
def make():
    m = Matrix([[1, 2], [3, 4]])
    print("first matrix ok", m.width)
    return Matrix([[1, 2], [3]])
make()
