# struct: native alignment with '@', none with standard sizes, the 0-count pad trick.
import struct

for fmt in ['ci', 'ic', 'cq', 'bhil', 'chd', '?e', 'ci0l', 'llh0l', 'xq', 'c3xi', 'cP', '5s0q', 'hNh',
            '=ci', '<cq', '>chd', '!llh0l']:
    size = struct.calcsize(fmt)
    vals = []
    count = ''
    for ch in fmt.lstrip('@=<>!'):
        if ch.isdigit():
            count += ch
            continue
        if count == '0':
            count = ''
            continue
        count = ''
        if ch in 'bhilqnNPBHIL':
            vals.append(7)
        elif ch in 'efd':
            vals.append(0.5)
        elif ch == 'c':
            vals.append(b'#')
        elif ch == '?':
            vals.append(True)
        elif ch == 's':
            vals.append(b'hello')
    packed = struct.pack(fmt, *vals)
    print('%-8s %2d %s %s' % (fmt, size, packed.hex(), struct.unpack(fmt, packed)))
