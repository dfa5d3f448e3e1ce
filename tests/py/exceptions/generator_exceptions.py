def gen():
    yield 1
    raise ValueError("inside generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted after error"))
def stop_inside():
    yield 1
    raise StopIteration("manual")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def safe_gen():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield f"recovered {e}"
print(list(safe_gen()))
def cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator cleanup")
for x in cleanup():
    print(x)
    break
print("after break")
def iterator_errors():
    it = iter([1, 2])
    try:
        while True:
            print(next(it))
    except StopIteration:
        print("StopIteration caught manually")
iterator_errors()
def gen_raises_in_comp():
    return [1 / x for x in (1, 0)]
try:
    gen_raises_in_comp()
except ZeroDivisionError as e:
    print("ZeroDivisionError in comprehension:", e)
def lazy():
    for x in (1, 0, 2):
        yield 10 / x
results = []
try:
    for v in lazy():
        results.append(v)
except ZeroDivisionError:
    print("partial results", results)
