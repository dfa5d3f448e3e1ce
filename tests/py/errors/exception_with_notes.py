def load(name):
    err = FileNotFoundError(f"no such config: {name}")
    err.add_note("searched: ./config, /etc/app")
    raise err
def main():
    print("loading")
    load("app.toml")
main()
