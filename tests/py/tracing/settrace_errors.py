# A trace function that raises is removed and its exception propagates;
# threading.settrace installs a tracer in new threads.
import sys
import threading

calls = []


def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer broke")
    return bad


def target():
    x = 1
    return x


sys.settrace(bad)
try:
    target()
except RuntimeError as e:
    print("caught:", e)
print("trace after error:", sys.gettrace())


def thread_tracer(frame, event, arg):
    if event == "call":
        calls.append(frame.f_code.co_name)
    return None


def worker():
    target()


threading.settrace(thread_tracer)
t = threading.Thread(target=worker)
t.start()
t.join()
threading.settrace(None)
print(sorted(set(c for c in calls if c in ("worker", "target", "run"))))
