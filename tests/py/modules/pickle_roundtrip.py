# pickle round trips through files and bytes: several pickles in one
# stream, every protocol, shared and recursive references, memo and
# framing details visible in the output.
import io
import pickle

values = [None, True, 0, -1, 255, 65536, 2**31, 2**100, -2**100, 1.5, -0.0,
          'text', 'caf\xe9', '\U0001f600', b'raw', bytearray(b'ba'),
          (), (1,), (1, 2), (1, 2, 3, 4), [], [1, [2, [3]]], {}, {'k': [1]},
          {1, 2, 3}, frozenset({4}), 3 + 4j, range(2, 9, 3), ..., NotImplemented,
          len, int, ValueError('bad', 3), KeyError('missing')]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(values, proto)
    back = pickle.loads(data)
    same = [repr(a) == repr(b) for a, b in zip(values, back)]
    print(proto, len(data), all(same), data[:2])

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(None), pickle.dumps([1, 'a'], 2), pickle.dumps({'x': 1.5}, 0))

# Several pickles in one file, read back one at a time.
f = io.BytesIO()
for proto in range(6):
    pickle.dump(('item', proto, [proto] * 3), f, proto)
pickle.Pickler(f, 4).dump('via Pickler')
f.seek(0)
while True:
    try:
        print(pickle.load(f))
    except EOFError as e:
        print('EOFError:', e)
        break

# Shared and recursive references survive.
shared = [1, 2]
obj = {'a': shared, 'b': shared, 't': (shared,)}
back = pickle.loads(pickle.dumps(obj))
print(back['a'] is back['b'], back['t'][0] is back['a'])
loop = []
loop.append(loop)
back = pickle.loads(pickle.dumps(loop, 2))
print(back[0] is back)
d = {}
d['me'] = d
print(pickle.loads(pickle.dumps(d, 0))['me'] is not None)

# Big values: frames and out-of-frame payloads (protocol 4).
big = [b'x' * 70000, 'y' * 70000, list(range(20000))]
data = pickle.dumps(big, 4)
print(len(data), data[:3], pickle.loads(data) == big)
f = io.BytesIO()
pickle.dump(big, f, 5)
print(f.getvalue() == pickle.dumps(big, 5))
f.seek(0)
print(pickle.load(f) == big)

# Memo across dumps of one Pickler, clear_memo, fast mode.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
item = ['shared']
p.dump(item)
p.dump(item)
p.clear_memo()
p.dump(item)
print(f.getvalue())
p = pickle.Pickler(io.BytesIO(), 2)
p.fast = 1
p.dump([item, item])
print(p.memo.copy() == {}, len(pickle.dumps([item, item], 2)))

# Python 2 strings.
print(pickle.loads(b"S'py2'\np0\n."), pickle.loads(b'U\x03\xe9\xe8\xe0.', encoding='latin1'),
      pickle.loads(b'U\x02\xff\x00.', encoding='bytes'))
print(pickle.loads(b'cexceptions\nValueError\n(S\'old\'\ntR.'))
print(pickle.encode_long(255), pickle.encode_long(-129), pickle.decode_long(b'\xff\x7f'))
