#!/usr/bin/env python3
"""Generate the differential test cases for pygil-fmt from CPython 3.11.

Run from anywhere with CPython 3.11:  python3 gen_cases.py
It writes data/cases.tsv (deterministic: the random generator is seeded).

Each line is one case: tab-separated fields, the first naming the kind.
Fields are escaped so the file is plain ASCII: a backslash is written
as two, and every character outside printable ASCII (space included in
printable) as \\u{hex}. Floats travel as the hex of their IEEE bits, ints
in decimal. The last two fields of every line are the outcome: 'ok' and
the expected text, or the exception class and its message.
"""
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the expected outputs must come from CPython 3.11"

rng = random.Random(20240611)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "cases.tsv")
lines = []


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif 0x20 <= o <= 0x7E:
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    return "".join(out)


def fbits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def outcome(fn):
    try:
        return ["ok", fn()]
    except (ValueError, OverflowError, TypeError, KeyError) as e:
        return [type(e).__name__, str(e)]


def emit(kind, *fields, result):
    # A lone surrogate (format(0xD800, 'c')) cannot live in a Rust String;
    # pygil reports those itself, so they are not compared.
    if any(0xD800 <= ord(c) <= 0xDFFF for f in fields + tuple(result) for c in str(f)):
        return
    lines.append("\t".join(esc(str(f)) for f in (kind,) + fields + tuple(result)))


# ---------------------------------------------------------------- values

def bits_to_float(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


EDGE_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375,
    1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e23, 1e-4, 1e-5, 0.0001, 0.00001, 1e-7,
    123456789.123456789, 123456789012345.0, 1234567890123456.0, 12345678901234567.0,
    5e-324, -5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 4.9406564584124654e-324,
    float("inf"), float("-inf"), float("nan"), 100.0, 1e100, 1e-100, 0.05, 0.15, 0.25, 0.35,
    0.45, 1.005, 2.675, 1.0000000000000002, 0.9999999999999999, 2 ** 53, 2 ** 53 + 2.0,
    2e16 + 8, 9.5, 99.5, 999.5, 0.95, 0.995, 9.995, 123.456, -123.456, 1e300, 1e-300,
    6.02214076e23, 1.602176634e-19, 3.141592653589793, 2.718281828459045, 1234.5, 0.00012345,
    1e-310, 12345.6789, 1000000.0, 999999.9, 9999999.0, 0.1 + 0.2, 7.0, 70.0, 700.0,
]
EDGE_FLOATS = [float(x) for x in EDGE_FLOATS]


def random_float():
    r = rng.random()
    if r < 0.3:
        # Any bit pattern (finite mostly).
        return bits_to_float(rng.getrandbits(64))
    if r < 0.5:
        return rng.choice(EDGE_FLOATS)
    if r < 0.7:
        # Short decimals.
        return round(rng.uniform(-1, 1) * 10 ** rng.randint(-8, 20), rng.randint(0, 6))
    if r < 0.8:
        # Halfway cases at various scales.
        return (rng.randint(0, 2000) + 0.5) * 10.0 ** rng.randint(-3, 3) * rng.choice([1, -1])
    if r < 0.9:
        return float(rng.randint(-10 ** 6, 10 ** 6)) * rng.choice([1, 10, 1000, 0.001, 1e-6])
    return rng.uniform(-1e6, 1e6)


EDGE_INTS = [0, 1, -1, 7, -7, 10, 255, -255, 1000, 1234, -1234, 65535, 10 ** 6, 123456789,
             -123456789, 2 ** 31, 2 ** 32, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64,
             10 ** 30, -10 ** 30, 10 ** 100, 2 ** 200 + 1, 65, 97, 0x10FFFF, 0x110000, 10 ** 400,
             -(10 ** 400), 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 53 + 1,
             2 ** 54 + 2, 2 ** 54 + 6, 9007199254740993, 0xD800, 0xDFFF, 0x1F600]


def random_int():
    r = rng.random()
    if r < 0.3:
        return rng.choice(EDGE_INTS)
    if r < 0.6:
        return rng.randint(-1000, 100000)
    if r < 0.85:
        return rng.randint(-2 ** 64, 2 ** 64)
    return rng.randint(-10 ** 60, 10 ** 60)


STRS = ["", "a", "abc", "hello world", "héllo", "日本語", "ab\tc", "x" * 30, "Ünïcödé😀", "\n",
        "0123456789", "    ", "a\u0301"]

# ------------------------------------------------------------- format specs

def random_spec(kind):
    parts = []
    if rng.random() < 0.35:
        fill = rng.choice(["", "", " ", "*", "0", "x", "é", "<", "_", ",", "😀"])
        parts.append(fill + rng.choice("<>^="))
    if rng.random() < 0.35:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.08:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.25:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([0, 1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 30])))
    if rng.random() < 0.3:
        parts.append(rng.choice([",", "_", ",", "_", ",_"]))
    if rng.random() < 0.5:
        p = rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 20, 25, 30, 50, 120, 400])
        parts.append("." + str(p))
    if rng.random() < 0.85:
        if kind == "float":
            parts.append(rng.choice("eEfFgGn%eEfFgG%" + "dxsc"))
        elif kind == "int":
            parts.append(rng.choice("bcdoxXn" * 3 + "eEfFgG%" + "sy"))
        else:
            parts.append(rng.choice("s" * 8 + "dr"))
    return "".join(parts)


JUNK_SPECS = ["abc", "..2", ".", "5.", "<<<", "x<", "=", "z", "#", "0", "00", ",", "_", ",_", "_,",
              ",,", "__", ".f", "10.2.f", "\u0661\u0662", ".\u0661", "\u0661.\u0662f",
              "99999999999999999999", ".99999999999999999999",
              ".2147483648f", ".2147483647", "+c", "#c", "\x00", ",\x00", "\x01", ",é", "é",
              "-", " ", "+", "^", "0=", "0<", "=10", " =10", "*^ 12", "<010", "x>010", "{", "}",
              "%", ",%", ",n", "_n", ",s", "_s", ",c", "_c", ",b", "_b", "_x", ",x", "_X", "_o",
              "0,", "010,", "010_", "015,.2f", "z.1f", "z", "zd", "zs", "z,", "+z,.3e", "\x00z",
              ",.2%", "_.3e", "#x", "#X", "#o", "#b", "#010x", "0=#10x", "#_b", "s", "10s", "^10"]


def gen_format():
    kinds = [("float", random_float), ("int", random_int), ("str", lambda: rng.choice(STRS))]
    for kind, make in kinds:
        n = {"float": 14000, "int": 10000, "str": 3000}[kind]
        for _ in range(n):
            spec = random_spec(kind) if rng.random() < 0.93 else rng.choice(JUNK_SPECS)
            v = make()
            if kind == "float":
                emit("fmt_float", fbits(v), spec, result=outcome(lambda: format(v, spec)))
            elif kind == "int":
                emit("fmt_int", v, spec, result=outcome(lambda: format(v, spec)))
            else:
                emit("fmt_str", v, spec, result=outcome(lambda: format(v, spec)))
        for spec in JUNK_SPECS:
            v = make()
            if kind == "float":
                emit("fmt_float", fbits(v), spec, result=outcome(lambda: format(v, spec)))
            elif kind == "int":
                emit("fmt_int", v, spec, result=outcome(lambda: format(v, spec)))
            else:
                emit("fmt_str", v, spec, result=outcome(lambda: format(v, spec)))
    # bool formats like int, but error messages name bool.
    for spec in ["d", "5", "f", "y", "abc", "x", ".2"]:
        emit("fmt_bool", spec, result=outcome(lambda: format(True, spec)))


def gen_repr_and_to_string():
    for x in EDGE_FLOATS:
        emit("repr", fbits(x), result=outcome(lambda: repr(x)))
    for _ in range(50000):
        x = bits_to_float(rng.getrandbits(64))
        if rng.random() < 0.3:
            # Values with few digits, where shortest-digit ties show up.
            x = float("%.*g" % (rng.randint(1, 17), x))
        emit("repr", fbits(x), result=outcome(lambda: repr(x)))
    for _ in range(6000):
        x = random_float()
        code = rng.choice("efgEFGgr")
        prec = rng.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, 30])
        sign = rng.random() < 0.3
        alt = rng.random() < 0.3
        if code == "r":
            dot0 = True
            alt = False
            expected = outcome(lambda: format(x, "+" if sign else ""))
            prec = 0
        elif code == "g" and rng.random() < 0.5:
            dot0 = True
            expected = outcome(lambda: format(x, ("+" if sign else "") + ("#" if alt else "")
                                              + "." + str(prec)))
        else:
            dot0 = False
            expected = outcome(lambda: ("%" + ("+" if sign else "") + ("#" if alt else "") + ".*"
                                        + code) % (prec, x))
        emit("to_string", fbits(x), code, prec, int(sign), int(dot0), int(alt), result=expected)


# ---------------------------------------------------------- printf-style

def gen_percent():
    for _ in range(12000):
        pieces, args = [], []
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.3:
                pieces.append(rng.choice(["abc", " ", "%%", "x=", "é", "\n"]))
            spec = "%"
            spec += "".join(rng.sample("-+ #0", rng.randint(0, 3)))
            if rng.random() < 0.4:
                if rng.random() < 0.15:
                    spec += "*"
                    args.append(("i", rng.choice([-8, -3, 0, 2, 5, 10, 12])))
                else:
                    spec += str(rng.choice([1, 2, 5, 8, 10, 12, 20]))
            if rng.random() < 0.4:
                spec += "."
                if rng.random() < 0.15:
                    spec += "*"
                    args.append(("i", rng.choice([-2, 0, 1, 3, 6, 12])))
                elif rng.random() < 0.9:
                    spec += str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 25]))
            if rng.random() < 0.05:
                spec += rng.choice("hlL")
            conv = rng.choice("diuoxXeEfFgGsrac" * 4 + "yk%")
            spec += conv
            pieces.append(spec)
            if conv in "diuoxX":
                args.append(("i", random_int() if rng.random() < 0.8 else rng.randint(-20, 20)))
            elif conv in "eEfFgG":
                args.append(("f", random_float()) if rng.random() < 0.85 else ("i", rng.randint(-10 ** 20, 10 ** 20)))
            elif conv == "c":
                args.append(("i", rng.choice([65, 97, 0x263A, 0x1F600, 0, 10])))
            elif conv in "sra":
                args.append(rng.choice([("i", random_int()), ("f", random_float())]))
            else:
                args.append(("i", 1))
        if rng.random() < 0.1:
            pieces.append(rng.choice(["%", "%-", "%5", "%.", "%(", "%(a)s", "%y", "%\u1234"]))
        if rng.random() < 0.05 and args:
            args.pop()
        elif rng.random() < 0.05:
            args.append(("i", 3))
        template = "".join(pieces)
        values = tuple(v for _, v in args)
        argtext = " ".join(t + ":" + (fbits(v) if t == "f" else str(v)) for t, v in args)
        emit("pct", template, argtext, result=outcome(lambda: template % values))
    # With a mapping: every conversion names its key.
    for _ in range(1500):
        pieces, mapping = [], {}
        for _ in range(rng.randint(1, 3)):
            name = rng.choice(["a", "b", "x(y)", "", "key", "(", "a b"])
            if name == "(":
                name = "(()"
            conv = rng.choice("dxXofeEgGsr")
            if isinstance(mapping.get(name), float) and conv in "dxXo":
                conv = "f"
            flags = "".join(rng.sample("-+ #0", rng.randint(0, 2)))
            width = str(rng.choice(["", 5, 12]))
            prec = rng.choice(["", ".2", ".0", ".10"])
            pieces.append("%(" + name + ")" + flags + width + prec + conv)
            if name not in mapping:
                mapping[name] = random_int() if conv in "dxXo" else random_float()
            if rng.random() < 0.3:
                pieces.append(rng.choice(["-", "%%", " and "]))
        if rng.random() < 0.1:
            pieces.append(rng.choice(["%(missing)s", "%(a", "%(a)", "%(a)y"]))
        if rng.random() < 0.05:
            mapping.pop(rng.choice(list(mapping)))
        template = "".join(pieces)
        argtext = "\x1f".join(("i:" if isinstance(v, int) else "f:") + (str(v) if isinstance(v, int) else fbits(v))
                           + "=" + k for k, v in mapping.items())
        emit("pctmap", template, argtext, result=outcome(lambda: template % mapping))
    for template in ["%", "%%", "%5%", "%(a)%", "%(a", "%(a(b)c", "%(a)", "%y", "%\u1234", "%-",
                     "%.", "%.5", "%5", "%l", "%ld", "%lld", "%hd", "%Lf",
                     "%99999999999999999999d", "%.99999999999f", "%.2147483648f", "%z", "%*", "%.*",
                     "%#", "%0", "% ", "%+", "%-%", "a%%b%%", "%s %", "%s%y"]:
        emit("pct", template, "i:1 i:2", result=outcome(lambda: template % (1, 2)))
        emit("pct", template, "", result=outcome(lambda: template % ()))


# --------------------------------------------------------------- parsing

FLOAT_STRS = ["1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1.5_", "1e1_0", "1e_10", "1_e5",
              "inf", "-inf", "+inf", "Infinity", "-Infinity", "iNfInItY", "infinit", "infx", "nan",
              "-nan", "+nan", "NaN", "nan1", "1e5", ".5", "5.", ".", "-.5", "+.5e1", "5.e-3", "e5",
              "1e", "1e+", "1e-", "1e+5", "  1.5  ", "\t1.5\n", "\u00a01.5\u2003", "\u0661.\u0665",
              "\u0661\u0662\u0663", "1.5\x00", "\x1c1.5", "1.5\x85", "\u30001\u3000", "",
              "   ", "-", "+", "0x1p3", "1,5", "1 5", "--1", "+-1", "1e400", "-1e400", "1e-400",
              "-1e-400", "1e99999999999999999999", "1e-99999999999999999999", "0e99999999999999",
              "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308",
              "1.7976931348623159e308", "0.1", "123456789012345678901234567890",
              "1" * 400, "0." + "0" * 400 + "1", "9007199254740993", "9007199254740993.0000001",
              "00001.5", "1_2_3.4_5e1_0", "١_٢", "1\u0660", "1\u00b2", "\u2028 1 \u2029", "1.5 x"]

INT_STRS = ["0", "00", "000", "0_0", "010", "0_7", "007", "10", "-10", "+10", " 10 ", "1_000",
            "1__000", "_1", "1_", "0x1f", "0X1F", "0o17", "0O17", "0b101", "0B101", "0x_1f",
            "0x__1f", "0_x1f", "0x", "0b", "0o", "0b2", "0o8", "ff", "FF", "z", "Z", "zz", "-zz",
            " - 1", "- 1", "1 1", "", "   ", "١٢٣", "\u00a0 42 \u3000", "1\x00", "\x1c1",
            "0x1f ", "1.0", "1e5", "+", "-", "0_", "00_0", "12345678901234567890123",
            "-99999999999999999999999999999", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "0b1_0_1", "0b1__0", "1_0x",
            "\t\n\x0b\x0c\r7\r\n", "\u0ae6\u0ae7", "𝟏𝟐", "1\u0301"]


def gen_parse():
    for s in FLOAT_STRS:
        emit("parse_float", s, result=outcome(lambda: repr(float(s))))
    for _ in range(4000):
        x = random_float()
        r = rng.random()
        if r < 0.4:
            s = repr(x)
        elif r < 0.7:
            s = "%.*e" % (rng.randint(0, 25), x)
        else:
            s = "%.*f" % (rng.randint(0, 12), x)
        if rng.random() < 0.1:
            s = s.upper()
        emit("parse_float", s, result=outcome(lambda: repr(float(s))))
    for s in INT_STRS:
        for base in [0, 10, 2, 8, 16, 36, 3, 7]:
            emit("parse_int", s, base, 0, result=outcome(lambda: hex(int(s, base))))
    for _ in range(3000):
        base = rng.choice([0, 2, 8, 10, 16, 36, 5, 12])
        v = random_int()
        b = base or rng.choice([2, 8, 10, 16])
        digits = ""
        m = abs(v)
        while True:
            digits = "0123456789abcdefghijklmnopqrstuvwxyz"[m % b] + digits
            m //= b
            if m == 0:
                break
        if rng.random() < 0.3:
            digits = digits.upper()
        if rng.random() < 0.2 and len(digits) > 2:
            k = rng.randint(1, len(digits) - 1)
            digits = digits[:k] + "_" + digits[k:]
        prefix = {2: "0b", 8: "0o", 16: "0x"}.get(b, "")
        if base == 0 or (prefix and rng.random() < 0.5):
            digits = prefix + digits
        s = ("-" if v < 0 else rng.choice(["", "+"])) + digits
        if rng.random() < 0.1:
            s = " " + s + "\n"
        emit("parse_int", s, base, 0, result=outcome(lambda: hex(int(s, base))))
    old = sys.get_int_max_str_digits()
    for limit in [4300, 640, 1000]:
        sys.set_int_max_str_digits(limit)
        for n in [limit - 1, limit, limit + 1]:
            for s in ["9" * n, "-" + "1" * n, "1_" * (n - 1) + "1", "0" * n + "x", "f" * n]:
                for base in [10, 16, 0]:
                    emit("parse_int", s, base, limit, result=outcome(lambda: hex(int(s, base))))
            for v in [10 ** n - 1, -(10 ** n - 1), 10 ** n, -(10 ** n), 10 ** (n - 1)]:
                emit("str_limit", hex(v), limit, result=outcome(lambda: "ok" if str(v) else ""))
    sys.set_int_max_str_digits(old)


# ------------------------------------------------------- round, hex, bases

def gen_misc():
    for _ in range(8000):
        x = random_float()
        n = rng.choice([0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, 300, 323, 324, -308, -309, -300,
                        rng.randint(-20, 20)])
        emit("round", fbits(x), n, result=outcome(lambda: repr(round(x, n))))
    for x in [1.7976931348623157e308, -1.7976931348623157e308, 1.5e308]:
        for n in [-308, -307, -300]:
            emit("round", fbits(x), n, result=outcome(lambda: repr(round(x, n))))
    for _ in range(3000):
        x = random_float()
        if math.isfinite(x):
            emit("round0", fbits(x), result=outcome(lambda: repr(float(round(x)))))
    for _ in range(3000):
        x = random_float() if rng.random() < 0.7 else bits_to_float(rng.getrandbits(64))
        emit("hex", fbits(x), result=outcome(lambda: x.hex()))
        s = x.hex()
        if rng.random() < 0.3:
            s = s.upper() if rng.random() < 0.5 else s.replace("0x", "")
        emit("fromhex", s, result=outcome(lambda: repr(float.fromhex(s))))
    for s in ["0x1p0", "0x1.8p1", "1", "0x1", "0x.8", "0x1.", "0x.p1", "0x", "x1", "0x1p", "0x1p+",
              "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1p-1076",
              "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1024", "0x1p1023",
              "0x1.fffffffffffffp1023", "inf", "-Infinity", "nan", " 0x1p0 ", "0x1p0 x",
              "0x1p99999999999999999999", "0x1p-99999999999999999999", "0x0p99999999999999999999",
              "0x0", "-0x0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0",
              "0x10p-4", "0X1P-2", "0x1_0p0", "0x1p1_0", "+0x1p0", "--0x1", "\u00a00x1p0", "0x1p0\x00",
              "0xabcdef.123456789abcdefp-20", "0x" + "f" * 300, "0x0." + "0" * 300 + "1p1200"]:
        emit("fromhex", s, result=outcome(lambda: repr(float.fromhex(s))))
    for _ in range(3000):
        v = random_int()
        b = rng.choice([2, 8, 10, 16])
        f = {2: bin, 8: oct, 10: str, 16: hex}[b]
        emit("int_base", v, b, result=outcome(lambda: f(v)))


gen_format()
gen_repr_and_to_string()
gen_percent()
gen_parse()
gen_misc()

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="ascii", newline="\n") as fh:
    fh.write("# Generated by gen_cases.py from CPython %s; do not edit.\n" % sys.version.split()[0])
    for line in lines:
        fh.write(line + "\n")
print("wrote %d cases to %s" % (len(lines), OUT))
