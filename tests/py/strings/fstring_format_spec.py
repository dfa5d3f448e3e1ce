x = 3.14159265
n = 1234567
s = "hi"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:*>10.2f}|{x:+.1f}|{-x: .1f}")
print(f"{n:,}|{n:_}|{n:10,}|{n:>12_}|{n:08d}|{n:+d}|{-n:d}")
print(f"{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}|{255:#010x}|{255:_b}")
print(f"{s:5}|{s:>5}|{s:^6}|{s:-<6}|{s!r:>8}|{s:.1}")
print(f"{x:e}|{x:E}|{x:.3e}|{x:g}|{1e20:g}|{1e-5:g}|{0.0001:G}|{123456789.0:g}")
print(f"{0.5:%}|{0.125:.1%}|{1:.0%}")
width, prec = 12, 3
print(f"{x:{width}.{prec}f}|{x:>{width}}|{n:{'>'}{width},}")
print(f"{'nested'!s:{'^'}{10}}")
print(f"{{literal braces}} {x!r} {s!a} {'é'!a}")
a, b = 5, 7
print(f"{a + b = }", f"{a=}", f"{s=!s}", f"{x = :.2f}")
print(f"{[1, 2][0]} {dict(k=1)['k']} {(lambda: 'call')()}")
print(f"{'quote'}" f'{"mix"}' "plain")
print(f"{3:03}|{-3:03}|{3.5:06.2f}|{-3.5:=8.2f}|{3:=+6}")
print(f"{True}|{None}|{True:d}|{1.0}|{10**20}")
