import heapq
import bisect
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], sorted(data))
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
print(heapq.nlargest(2, ["aaa", "b", "cc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(heapq.heappushpop([1, 5], 0), heapq.heapreplace([1, 5], 10))
pq = []
for prio, name in [(2, "write"), (1, "read"), (3, "exec"), (1, "alpha")]:
    heapq.heappush(pq, (prio, name))
while pq:
    print(heapq.heappop(pq))
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 100))
bisect.insort(a, 4); bisect.insort_left(a, 3)
print(a)
grades = [bisect.bisect([60, 70, 80, 90], s) for s in [33, 60, 77, 99]]
print(["FDCBA"[g] for g in grades])
print(bisect.bisect_left([(1, "a"), (2, "b")], (2,)), bisect.bisect([10, 20, 30], 25, key=None))
