# A JSON-like encoder and recursive-descent decoder written in the benchmark
# itself (no imports): string escaping, number formatting, nested
# dicts/lists, char-by-char parsing.

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "/": "/"}


def encode(obj):
    parts = []
    _encode(obj, parts)
    return "".join(parts)


def _encode_str(s, parts):
    parts.append('"')
    start = 0
    for i, ch in enumerate(s):
        esc = ESCAPES.get(ch)
        if esc is not None:
            parts.append(s[start:i])
            parts.append(esc)
            start = i + 1
    parts.append(s[start:])
    parts.append('"')


def _encode(obj, parts):
    if obj is None:
        parts.append("null")
    elif obj is True:
        parts.append("true")
    elif obj is False:
        parts.append("false")
    elif isinstance(obj, int):
        parts.append(str(obj))
    elif isinstance(obj, float):
        parts.append(repr(obj))
    elif isinstance(obj, str):
        _encode_str(obj, parts)
    elif isinstance(obj, (list, tuple)):
        parts.append("[")
        first = True
        for x in obj:
            if not first:
                parts.append(",")
            first = False
            _encode(x, parts)
        parts.append("]")
    elif isinstance(obj, dict):
        parts.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                parts.append(",")
            first = False
            _encode_str(k, parts)
            parts.append(":")
            _encode(v, parts)
        parts.append("}")
    else:
        raise TypeError("cannot encode %r" % (obj,))


class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        s = self.s
        i = self.i
        while i < len(s) and s[i] in " \t\n\r":
            i += 1
        self.i = i

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "t":
            self.i += 4
            return True
        if c == "f":
            self.i += 5
            return False
        if c == "n":
            self.i += 4
            return None
        return self.number()

    def number(self):
        s = self.s
        start = self.i
        i = start
        is_float = False
        while i < len(s) and s[i] in "0123456789+-.eE":
            if s[i] in ".eE":
                is_float = True
            i += 1
        self.i = i
        text = s[start:i]
        return float(text) if is_float else int(text)

    def string(self):
        s = self.s
        i = self.i + 1
        out = []
        start = i
        while True:
            c = s[i]
            if c == '"':
                out.append(s[start:i])
                self.i = i + 1
                return "".join(out)
            if c == "\\":
                out.append(s[start:i])
                out.append(UNESCAPES[s[i + 1]])
                i += 2
                start = i
            else:
                i += 1

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise ValueError("bad array at %d" % self.i)

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise ValueError("expected colon at %d" % self.i)
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                raise ValueError("bad object at %d" % self.i)


def make_doc(n):
    items = []
    for i in range(n):
        items.append({
            "id": i,
            "name": "item\t%d \"q\"" % i,
            "price": i * 0.25 + 0.1,
            "tags": ["t%d" % (i % 7), "t%d" % (i % 11), None if i % 3 else True],
            "dims": {"w": i % 10, "h": -(i % 4), "ok": i % 2 == 0},
            "note": "line1\nline2\\" * (i % 3),
        })
    return {"version": 3, "items": items, "empty": {}, "list": []}


doc = make_doc(3000)
total = 0
text = ""
for round in range(10):
    text = encode(doc)
    back = Decoder(text).value()
    if back != doc:
        raise SystemExit("roundtrip mismatch")
    total += len(text) + len(back["items"])
h = 0
for ch in text[::7]:
    h = (h * 33 + ord(ch)) % 1000000007
print("checksum", total, h, text[:60])
