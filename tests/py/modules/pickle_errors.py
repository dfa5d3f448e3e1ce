# The errors pickle raises: objects that cannot be pickled, corrupt or
# truncated data, bad arguments. Addresses are cut from the messages.
import io
import pickle
import re
import _thread


def report(label, func):
    try:
        result = func()
    except Exception as e:
        msg = re.sub(r' at 0x[0-9a-f]+', '', str(e))
        print('%s: %s: %s' % (label, type(e).__name__, msg))
    else:
        print('%s: no error: %r' % (label, result))


def make_local():
    def helper():
        pass

    class Local:
        pass
    return helper, Local


helper, Local = make_local()


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


class Refuses:
    def __reduce__(self):
        raise TypeError('Refuses cannot be pickled')


def gen():
    yield 1


top_lambda = lambda: 0  # noqa: E731


report('lambda', lambda: pickle.dumps(top_lambda))
report('inner lambda', lambda: pickle.dumps(lambda: 0))
report('lambda in list', lambda: pickle.dumps([1, lambda: 0]))
report('local function', lambda: pickle.dumps(helper))
report('local class', lambda: pickle.dumps(Local))
report('local instance', lambda: pickle.dumps(Local()))
report('generator', lambda: pickle.dumps(gen()))
report('module', lambda: pickle.dumps(re))
report('lock', lambda: pickle.dumps(_thread.allocate_lock()))
report('reduce raises', lambda: pickle.dumps(Refuses()))
report('reduce int', lambda: pickle.dumps(BadReduce(3)))
report('reduce 1-tuple', lambda: pickle.dumps(BadReduce((list,))))
report('reduce 7-tuple', lambda: pickle.dumps(BadReduce((list, ()) + (None,) * 5)))
report('reduce not callable', lambda: pickle.dumps(BadReduce((3, ()))))
report('reduce args not tuple', lambda: pickle.dumps(BadReduce((list, [1]))))
report('reduce listitems', lambda: pickle.dumps(BadReduce((list, (), None, [1]))))
report('reduce dictitems', lambda: pickle.dumps(BadReduce((dict, (), None, None, 5))))
report('reduce pairs', lambda: pickle.dumps(BadReduce((dict, (), None, None, iter([1, 2])))))
report('reduce wrong global', lambda: pickle.dumps(BadReduce('no_such_name')))
report('protocol 6', lambda: pickle.dumps(1, 6))
report('protocol -1', lambda: pickle.loads(pickle.dumps(1, -1)))
report('no write', lambda: pickle.Pickler(object()))
report('no read', lambda: pickle.Unpickler(object()))
report('buffer_callback', lambda: pickle.dumps(1, 4, buffer_callback=print))

for label, data in [
        ('empty', b''), ('truncated', b'\x80\x04\x95'), ('no STOP', b'K\x05'),
        ('short string', b'X\x10\x00\x00\x00abc'), ('bad opcode', b'\x00'),
        ('bad opcode quote', b"'"), ('bad protocol', b'\x80\x07N.'),
        ('underflow', b'0.'), ('mark missing', b'e.'), ('memo', b'h\x02.'),
        ('string quotes', b"S'abc\n."), ('persistent', b'\x80\x02K\x01Q.'),
        ('global missing', b'csys\nNoSuchThing\n.'),
        ('module missing', b'\x80\x04\x8c\x0fno_such_module_\x94\x8c\x01x\x94\x93.'),
        ('bad utf-8', b'X\x01\x00\x00\x00\xff.'), ('int text', b'Iabc\n.'),
        ('LONG4 negative', b'\x80\x02\x8b\xff\xff\xff\xff.'),
        ('frame truncated', b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00K\x01.')]:
    report('loads ' + label, lambda: pickle.loads(data))

report('loads str', lambda: pickle.loads('abc'))
report('loads truncated file', lambda: pickle.load(io.BytesIO(pickle.dumps([1, 2, 3])[:-3])))
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
