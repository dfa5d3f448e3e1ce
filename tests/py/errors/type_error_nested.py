def join_parts(parts):
    out = ""
    for p in parts:
        out = out + p
    return out
def build(n):
    parts = ["x"] * n
    parts.append(n)
    return join_parts(parts)
def run():
    print(build(0))
    print(build(2))
run()
