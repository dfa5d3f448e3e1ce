from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name()} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def name(self):
        return "circle"
class HalfDone(Shape):
    def area(self):
        return 0
print(Circle(2).describe())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Circle(1), Shape), issubclass(Circle, Shape), sorted(Shape.__abstractmethods__))
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(isinstance([], Sized), isinstance(5, Sized), issubclass(str, Sized))
class Plugin(ABC):
    pass
class External:
    pass
Plugin.register(External)
print(isinstance(External(), Plugin), issubclass(External, Plugin))
class WithProp(ABC):
    @property
    @abstractmethod
    def value(self):
        ...
class Impl(WithProp):
    @property
    def value(self):
        return 99
print(Impl().value)
