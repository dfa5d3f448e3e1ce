values = ["10", "x", "0", "5", None, "2.5", "-3"]
results = []
for v in values:
    try:
        n = int(v)
        results.append(100 // n)
    except ValueError as e:
        results.append("bad value")
        continue
    except ZeroDivisionError:
        results.append("div by zero")
    except TypeError:
        results.append("wrong type")
        break
    else:
        results.append("ok")
    finally:
        results.append("|")
print(results)
attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 3:
            raise TimeoutError(f"attempt {attempt}")
        print("success on", attempt)
        break
    except TimeoutError as e:
        print("retrying after", e)
errors = []
for i in range(5):
    try:
        try:
            if i % 2:
                raise KeyError(i)
            raise IndexError(i)
        except KeyError:
            errors.append(("inner-key", i))
            raise
    except LookupError as e:
        errors.append((type(e).__name__, e.args[0]))
print(errors)
def first_valid(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            continue
    return None
print(first_valid(["a", "b", "42", "7"]), first_valid([]))
