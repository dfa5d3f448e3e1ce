class Base:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
class Square(Base):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Base):
    pass
def total_area(shapes):
    return sum(s.area() for s in shapes)
print(total_area([Square(2), Square(3)]))
print(total_area([Square(1), Blob()]))
