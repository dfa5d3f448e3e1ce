class Parser:
    def __init__(self, text):
        self.text = text
    def tokens(self):
        return self.text.split(",")
    def numbers(self):
        return [self.convert(t) for t in self.tokens()]
    def convert(self, tok):
        return int(tok.strip())
class Report:
    def __init__(self, parser):
        self.parser = parser
    def total(self):
        return sum(self.parser.numbers())
print(Report(Parser("1, 2, 3")).total())
print(Report(Parser("4, five, 6")).total())
