print("never printed")


class Reader:
    def lines(self):
        async for line in self.stream:
            yield line
