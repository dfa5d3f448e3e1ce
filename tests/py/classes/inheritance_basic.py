class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe())
p = Puppy("Tiny", 2)
print(p.age, p.kind, Puppy.kind, Animal.kind)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog("x"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print(type(p).__name__, type(p).__bases__[0].__name__, Puppy.__base__.__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Animal.speak(p), Dog.speak(p))
print(issubclass(Dog, object), isinstance(p, object), Animal.__bases__ == (object,))
