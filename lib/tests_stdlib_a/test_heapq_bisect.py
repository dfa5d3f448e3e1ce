import random
from harness import same, eq, check, raises, MINE, REAL


def run():
    rng = random.Random(42)
    for trial in range(30):
        data = [rng.randint(-20, 20) for _ in range(rng.randint(0, 40))]

        def heap_ops(m, data=data):
            heap = list(data)
            m.heapify(heap)
            snap = [list(heap)]
            m.heappush(heap, 3)
            m.heappush(heap, -50)
            snap.append(list(heap))
            popped = [m.heappop(heap) for _ in range(min(5, len(heap)))]
            snap.append(popped)
            snap.append(list(heap))
            if heap:
                snap.append(m.heapreplace(heap, 7))
            snap.append(m.heappushpop(heap, 0))
            snap.append(m.heappushpop(heap, 100))
            snap.append(list(heap))
            snap.append([m.heappop(heap) for _ in range(len(heap))])
            return snap
        same('heapq', heap_ops, 'heap ops %d' % trial)
        for n in [0, 1, 3, 10, 100, -1]:
            same('heapq', lambda m: m.nlargest(n, data),
                 'nlargest %d %d' % (n, trial))
            same('heapq', lambda m: m.nsmallest(n, iter(data)),
                 'nsmallest %d %d' % (n, trial))
            same('heapq', lambda m: m.nlargest(n, data, key=abs),
                 'nlargest key %d %d' % (n, trial))
            same('heapq', lambda m: m.nsmallest(n, data, key=abs),
                 'nsmallest key %d %d' % (n, trial))
        lists = [sorted(rng.sample(range(100), rng.randint(0, 8)))
                 for _ in range(rng.randint(0, 5))]
        same('heapq', lambda m: list(m.merge(*lists)), 'merge %d' % trial)
        same('heapq', lambda m: list(m.merge(*[l[::-1] for l in lists],
                                             reverse=True)),
             'merge reverse %d' % trial)
        same('heapq', lambda m: list(m.merge(
            *[sorted(l, key=lambda v: v % 7) for l in lists],
            key=lambda v: v % 7)), 'merge key %d' % trial)
    same('heapq', lambda m: list(m.merge([(1, 'a'), (2, 'a')],
                                         [(1, 'b'), (2, 'b')],
                                         key=lambda t: t[0])),
         'merge stability')
    same('heapq', lambda m: m.heappop([]), 'heappop empty')
    same('heapq', lambda m: m.heapreplace([], 1), 'heapreplace empty')
    same('heapq', lambda m: m.heappush((), 1), 'heappush non-list')
    same('heapq', lambda m: m.nsmallest(2, ['bb', 'a', 'cc', 'd'], key=len),
         'nsmallest stable')
    same('heapq', lambda m: m.nlargest(2, ['bb', 'a', 'cc', 'd'], key=len),
         'nlargest stable')

    # bisect
    a = [1, 2, 2, 2, 3, 5, 8]
    for x in [0, 1, 2, 2.5, 3, 8, 9]:
        for args in [(), (2,), (1, 4), (0, 0), (3, None)]:
            for name in ['bisect_left', 'bisect_right', 'bisect']:
                same('bisect', lambda m: getattr(m, name)(a, x, *args),
                     '%s(%r, *%r)' % (name, x, args))
    same('bisect', lambda m: m.bisect_left(a, 1, -1), 'negative lo')
    recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
    for name in ['bisect_left', 'bisect_right']:
        same('bisect', lambda m: [getattr(m, name)(recs, k,
                                                   key=lambda r: r[1])
                                  for k in range(9)], name + ' key')

    def insorts(m):
        data = []
        for v in [5, 1, 3, 3, 9, 0]:
            m.insort(data, v)
            m.insort_left(data, v)
        m.insort_right(data, 4, 2, 6)
        keyed = []
        for r in [('x', 2), ('y', 1), ('z', 2)]:
            m.insort(keyed, r, key=lambda t: t[1])
            m.insort_left(keyed, r, key=lambda t: t[1])
        return data, keyed
    same('bisect', insorts, 'insort variants')
