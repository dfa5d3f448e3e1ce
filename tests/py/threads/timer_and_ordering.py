import threading
fired = []
t = threading.Timer(0.01, lambda: fired.append("timer fired"))
t.start()
t.join()
print(fired)
c = threading.Timer(10, lambda: fired.append("should not fire"))
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())
turn = 0
cond = threading.Condition()
order = []
def ping_pong(me, n):
    global turn
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: turn == me)
            order.append("ping" if me == 0 else "pong")
            turn = 1 - me
            cond.notify_all()
a = threading.Thread(target=ping_pong, args=(0, 4))
b = threading.Thread(target=ping_pong, args=(1, 4))
b.start(); a.start()
a.join(); b.join()
print(order)
