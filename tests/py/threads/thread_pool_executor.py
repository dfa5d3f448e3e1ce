from concurrent.futures import ThreadPoolExecutor, as_completed, wait
def square(n):
    return n * n
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    futures = [ex.submit(square, n) for n in range(5)]
    print([f.result() for f in futures])
    done_results = sorted(f.result() for f in as_completed([ex.submit(square, n) for n in range(6)]))
    print(done_results)
def failing(n):
    if n == 3:
        raise ValueError("three is bad")
    return n
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(failing, n) for n in range(5)]
    done, not_done = wait(fs)
    print(len(done), len(not_done))
    for f in fs:
        if f.exception():
            print("exception:", type(f.exception()).__name__, f.exception())
        else:
            print("result:", f.result())
    try:
        list(ex.map(failing, range(5)))
    except ValueError as e:
        print("map re-raised:", e)
f = ThreadPoolExecutor(1).submit(lambda: "single")
print(f.result(), f.done(), f.cancelled())
with ThreadPoolExecutor(max_workers=3) as ex:
    total = sum(ex.map(lambda x: x * 3, range(1000)))
print(total)
