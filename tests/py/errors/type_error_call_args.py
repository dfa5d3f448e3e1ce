def connect(host, port, *, timeout):
    return f"{host}:{port} ({timeout}s)"
def setup():
    print(connect("localhost", 80, timeout=5))
    return connect("localhost", 8080)
setup()
