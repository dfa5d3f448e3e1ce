# multiprocessing.Value / Array / RawValue / RawArray shared by forked
# processes: locked increments, ctypes conversions, char arrays, values
# created in a child, copy().
import multiprocessing as mp
import pickle
from multiprocessing import sharedctypes


def increment(counter, arr, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    for i in range(len(arr)):
        with arr.get_lock():
            arr[i] += i


def create_in_child(q):
    v = mp.Value('d', 2.5)
    a = mp.Array('i', range(3))
    q.put((v.value, a[:]))


def set_values(v, s, raw):
    v.value = -7
    s.value = b'hi'
    raw[0] = 99


if __name__ == "__main__":
    counter = mp.Value('i', 0)
    arr = mp.Array('l', 5)
    ps = [mp.Process(target=increment, args=(counter, arr, 200)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("locked increments:", counter.value, arr[:], list(arr), len(arr))

    print("integer wrap-around:", mp.Value('i', 2**31).value, mp.Value('B', -1).value,
          mp.Value('h', 70000).value, mp.Value('Q', -1).value)
    print("floats:", mp.Value('f', 0.1).value, mp.Value('d', 0.1).value,
          mp.Value('f', 1e40).value, mp.Value('d', -1e300).value)
    print("chars:", mp.Value('c', b'x').value, mp.Value('u', 'z').value, mp.Value('c').value)
    print("defaults:", mp.Value('i').value, mp.Value('d').value)
    r = mp.RawValue('d', 1.5)
    print("raw:", r, r.value)

    a = mp.Array('i', [1, 2, 3, 4, 5])
    a[1:3] = [20, 30]
    a[-1] = 50
    a[::2] = [7, 8, 9]
    print("array:", a[:], a[::2], a[4], a[-2], len(a))
    for bad in (lambda: a.__setitem__(slice(1, 3), [1]), lambda: a[7],
                lambda: mp.Value('i', 1.5), lambda: mp.Value('c', 'str')):
        try:
            bad()
        except (ValueError, IndexError, TypeError) as e:
            print(type(e).__name__ + ":", e)

    s = mp.Array('c', b'hello world')
    print("char array:", s.value, s.raw, len(s), s[0], s[:5])
    s.value = b'abc'
    print("after value=:", s.value, s.raw)
    try:
        s.value = b'x' * 20
    except ValueError as e:
        print("ValueError:", e)

    q = mp.Queue()
    p = mp.Process(target=create_in_child, args=(q,))
    p.start()
    print("created in a child:", q.get())
    p.join()

    v = mp.Value('i', 5, lock=False)
    s2 = mp.Array('c', 10)
    raw = mp.RawArray('H', 3)
    p = mp.Process(target=set_values, args=(v, s2, raw))
    p.start()
    p.join()
    print("set by a child:", v.value, s2.value, list(raw))

    c = sharedctypes.copy(arr.get_obj())
    c[0] = 1000
    print("copy:", list(c), arr[0])
    print("explicit lock:", mp.Value('q', 1, lock=mp.Lock()).get_lock())
    try:
        pickle.dumps(counter)
    except RuntimeError as e:
        print("RuntimeError:", e)
