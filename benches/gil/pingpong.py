"""Lock/Condition ping-pong: two threads hand a token back and forth."""
import threading
import time

N = 20000
cond = threading.Condition()
turn = [0]

def player(me):
    for _ in range(N):
        with cond:
            while turn[0] != me:
                cond.wait()
            turn[0] = 1 - me
            cond.notify()

t0 = time.perf_counter()
a = threading.Thread(target=player, args=(0,))
b = threading.Thread(target=player, args=(1,))
a.start(); b.start(); a.join(); b.join()
dt = time.perf_counter() - t0
print("handoffs_per_s %.0f" % (2 * N / dt))
