# pickle of user classes defined in __main__: state protocols, slots,
# __reduce__ forms, nested classes, Pickler/Unpickler hooks, copyreg.
import copyreg
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Guarded:
    def __init__(self, secret):
        self.secret = secret
        self.handle = object()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['handle']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.handle = 'reopened'


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


class Frozen:
    __slots__ = ('value',)

    def __new__(cls, value):
        self = object.__new__(cls)
        object.__setattr__(self, 'value', value)
        return self

    def __getnewargs__(self):
        return (self.value,)

    def __getstate__(self):
        return None             # everything is in the __new__ arguments

    def __setattr__(self, name, value):
        raise AttributeError('frozen')


class KwOnly:
    def __new__(cls, *, size):
        self = object.__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {'size': self.size}


class Tree:
    class Node:
        def __init__(self, label, children=()):
            self.label = label
            self.children = list(children)

    def __init__(self, root):
        self.root = root


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __reduce__(self):
        return (Temperature, (self.celsius,))


class Counter(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.note = 'counted'


def show(label, value):
    back = pickle.loads(pickle.dumps(value, 2))
    print(label, type(back).__name__, getattr(back, '__dict__', None) if not isinstance(back, (list, dict)) else back)


show('point', Point(1, 2))
g = pickle.loads(pickle.dumps(Guarded('s3cret')))
print('guarded', g.secret, g.handle)
s = pickle.loads(pickle.dumps(Slots(5)))
print('slots', s.a, hasattr(s, 'b'))
try:
    pickle.dumps(Slots(5), 1)
except TypeError as e:
    print('slots proto 1:', e)
fz = pickle.loads(pickle.dumps(Frozen(9)))
print('frozen', fz.value)
for proto in (2, 4):
    k = pickle.loads(pickle.dumps(KwOnly(size=3), proto))
    print('kwonly', proto, k.size)
tree = Tree(Tree.Node('root', [Tree.Node('leaf')]))
for proto in range(6):
    t = pickle.loads(pickle.dumps(tree, proto))
    print('tree', proto, t.root.label, [c.label for c in t.root.children], type(t.root).__qualname__)
print(pickle.dumps(Tree.Node, 4))
print(pickle.dumps(Temperature(21.5), 2))
c = pickle.loads(pickle.dumps(Counter([1, 2]), 2))
print('list subclass', c, c.note)
for proto in range(6):
    print(proto, pickle.dumps(Point(1, [2]), proto))


# copyreg.dispatch_table and a per-Pickler dispatch_table.
def reduce_point(p):
    return (Point, (p.y, p.x))


copyreg.pickle(Point, reduce_point)
print('copyreg', pickle.loads(pickle.dumps(Point(1, 2))))
del copyreg.dispatch_table[Point]


class SwapPickler(pickle.Pickler):
    dispatch_table = {Point: lambda p: (Point, (-p.x, -p.y))}


f = io.BytesIO()
SwapPickler(f).dump([Point(3, 4)])
print('dispatch_table', pickle.loads(f.getvalue()))
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = {Point: lambda pt: (Point, ('set', 'later'))}
p.dump(Point(0, 0))
print('instance dispatch_table', pickle.loads(f.getvalue()))


# Persistent ids: objects kept outside the pickle.
class DB:
    rows = {'r1': 'first row', 'r2': 'second row'}


class Row:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Row):
            return 'row:' + obj.key
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid.split(':')
        return DB.rows[key]


for proto in (0, 2, 4):
    f = io.BytesIO()
    DBPickler(f, proto).dump({'a': Row('r1'), 'b': [Row('r2'), 7]})
    if proto == 0:
        print(f.getvalue()[:40])
    f.seek(0)
    print('persistent', proto, DBUnpickler(f).load())

try:
    f = io.BytesIO()
    DBPickler(f, 0).dump(Row('r\xe9'))
except pickle.PicklingError as e:
    print('PicklingError:', e)


# reducer_override sees every object that has no opcode of its own.
class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return 'Point'
        if isinstance(obj, Temperature):
            return (str, ('overridden %s' % obj.celsius,))
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([Temperature(5), 3, 'x', Point])
print('reducer_override', pickle.loads(f.getvalue()))


# find_class can refuse globals.
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ('builtins', '__builtin__') and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 2))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Point(1, 2)))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError:', e)


# Extension codes (protocol 2+): EXT1, EXT2, EXT4.
for code in (5, 300, 70000):
    copyreg.add_extension(__name__, 'Point', code)
    data = pickle.dumps(Point, 2)
    print('ext', code, data, pickle.loads(data) is Point)
    copyreg.remove_extension(__name__, 'Point', code)
try:
    copyreg.add_extension(__name__, 'Point', 0)
except ValueError as e:
    print('ValueError:', e)
copyreg.add_extension(__name__, 'Point', 9)
try:
    copyreg.add_extension(__name__, 'Other', 9)
except ValueError as e:
    print('ValueError:', e)
copyreg.remove_extension(__name__, 'Point', 9)
print(type(copyreg.__newobj__(Point, 1, 2)).__name__, copyreg._slotnames(Slots), Slots.__slotnames__)
print(object().__reduce_ex__(2)[1:], Point(1, 2).__reduce_ex__(2)[2], Point(1, 2).__reduce_ex__(0)[1])
