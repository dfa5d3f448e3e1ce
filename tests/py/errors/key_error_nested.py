config = {"db": {"host": "localhost", "port": 5432}}
def lookup(section, key):
    return config[section][key]
def connect():
    host = lookup("db", "host")
    print("host:", host)
    user = lookup("db", "user")
    return host, user
def start():
    return connect()
start()
