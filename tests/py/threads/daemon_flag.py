import threading
t = threading.Thread(target=lambda: None)
print("default daemon:", t.daemon)
d = threading.Thread(target=lambda: None, daemon=True)
print("daemon kwarg:", d.daemon)
t.daemon = True
print("after set:", t.daemon)
t.start(); t.join()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.main_thread().daemon)
inherit = []
def parent():
    child = threading.Thread(target=lambda: None)
    inherit.append(child.daemon)
p = threading.Thread(target=parent, daemon=True)
p.start(); p.join()
q = threading.Thread(target=parent)
q.start(); q.join()
print("child inherits daemon flag:", inherit)
stop = threading.Event()
def background():
    stop.wait()
bg = threading.Thread(target=background, daemon=True)
bg.start()
print("background alive:", bg.is_alive())
stop.set()
bg.join()
print("background alive after stop:", bg.is_alive())
