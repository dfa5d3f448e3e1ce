from collections import deque
stack = []
for i in range(5):
    stack.append(i)
while stack:
    print("pop", stack.pop(), end=" ")
print()
q = deque([1, 2, 3])
q.append(4); q.appendleft(0)
print(q, q.popleft(), q.pop(), q)
q.extend([7, 8]); q.extendleft([-1, -2])
print(q, len(q), q[0], q[-1])
q.rotate(2); print(q)
q.rotate(-3); print(q)
print(list(q), q.count(7), 7 in q)
q.remove(7); print(q)
q.reverse(); print(q)
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen)
bounded.appendleft(100)
print(bounded)
q.clear(); print(q, bool(q))
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc") == deque("abc"), deque([1, 2]) + deque([3]))
