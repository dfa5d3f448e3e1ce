class Shape:
    name = "shape"
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
