import sys
ev=[]
def tr(frame, event, arg):
    ev.append((event, frame.f_code.co_name, frame.f_lineno))
    return tr
def f(): return 1
def g():
    yield 1; yield 2
def h():
    x = [i for i in range(2)]
    return x
sys.settrace(tr)
f()
list(g())
h()
sys.settrace(None)
for e in ev: print(*e)
