class LinkedList:
    class Node:
        def __init__(self, val, nxt=None):
            self.val, self.nxt = val, nxt
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = self.Node(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.nxt
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("index out of range")
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.nxt, prev, node = prev, node, node.nxt
        self.head = prev
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[2], list(ll), sum(ll), 3 in ll)
ll.reverse()
print(ll)
print(LinkedList())
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
class RangeIter:
    def __init__(self, lo, hi):
        self.i, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = RangeIter(0, 4)
print(next(r), next(r), list(r), next(r, "done"))
print([(a, b) for a in RangeIter(0, 2) for b in RangeIter(0, 2)])
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), list(f), max(f))
