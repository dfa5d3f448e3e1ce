class ParseError(Exception):
    pass
def parse_number(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ParseError(f"bad number: {text!r}") from exc
def parse_all(items):
    return [parse_number(t) for t in items]
print(parse_all(["1", "2"]))
parse_all(["3", "four"])
