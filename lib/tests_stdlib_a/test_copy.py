from harness import same, eq, check, raises, MINE


class Plain:
    def __init__(self):
        self.a = [1, 2]
        self.b = {'k': [3]}


class Slots:
    __slots__ = ('x', '__private', 'y')

    def __init__(self):
        self.x = [1]
        self.__private = [2]

    def private(self):
        return self.__private


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom('copied')

    def __deepcopy__(self, memo):
        return Custom('deep')


class Stateful:
    def __init__(self):
        self.v = [1]

    def __getstate__(self):
        return {'v': self.v, 'extra': 'from getstate'}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Reducing:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reducing, (self.a, self.b))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


def run():
    cp = MINE['copy']
    C = MINE['collections']
    for x in [1, 'a', None, 2.5, (1, 2), len, run, int, b'x', True,
              Ellipsis]:
        check(cp.copy(x) is x, 'copy atomic %r' % (x,))
        check(cp.deepcopy(x) is x, 'deepcopy atomic %r' % (x,))
    for x in [frozenset([1]), range(3)]:
        check(cp.copy(x) is x, 'copy immutable %r' % (x,))
        check(cp.deepcopy(x) == x, 'deepcopy immutable %r' % (x,))
    lst = [[1], [2]]
    c = cp.copy(lst)
    check(c == lst and c is not lst and c[0] is lst[0], 'shallow list')
    d = cp.deepcopy(lst)
    check(d == lst and d[0] is not lst[0], 'deep list')
    dct = {'a': [1]}
    check(cp.copy(dct)['a'] is dct['a'], 'shallow dict')
    check(cp.deepcopy(dct)['a'] is not dct['a'], 'deep dict')
    s = {1, 2}
    check(cp.copy(s) == s and cp.copy(s) is not s, 'copy set')
    t = ([1], 2)
    check(cp.deepcopy(t)[0] is not t[0], 'deep tuple')
    t2 = (1, 2)
    check(cp.deepcopy(t2) is t2, 'deep tuple of atoms is same')

    cyc = [1]
    cyc.append(cyc)
    dc = cp.deepcopy(cyc)
    check(dc[1] is dc and dc is not cyc, 'cyclic list')
    shared = [1]
    pair = [shared, shared]
    dp = cp.deepcopy(pair)
    check(dp[0] is dp[1] and dp[0] is not shared, 'shared references')
    memo = {}
    cp.deepcopy(pair, memo)
    check(id(shared) in memo, 'memo filled')

    p = Plain()
    pc = cp.copy(p)
    check(type(pc) is Plain and pc.a is p.a, 'copy instance')
    pd = cp.deepcopy(p)
    check(pd.a == p.a and pd.a is not p.a and pd.b['k'] is not p.b['k'],
          'deepcopy instance')
    sl = Slots()
    sc = cp.copy(sl)
    check(sc.x is sl.x and sc.private() is sl.private(), 'copy slots')
    check(not hasattr(sc, 'y'), 'unset slot stays unset')
    sd = cp.deepcopy(sl)
    check(sd.x == [1] and sd.x is not sl.x and sd.private() == [2],
          'deepcopy slots')
    eq(cp.copy(Custom(1)).v, 'copied', '__copy__')
    eq(cp.deepcopy(Custom(1)).v, 'deep', '__deepcopy__')
    st = cp.copy(Stateful())
    eq((st.extra, st.restored), ('from getstate', True), 'get/setstate')
    r = cp.deepcopy(Reducing([1], 2))
    eq((type(r), r.a, r.b), (Reducing, [1], 2), '__reduce__')

    ml = MyList([[1], 2])
    ml.attr = 'x'
    mlc = cp.copy(ml)
    check(type(mlc) is MyList and mlc == ml and mlc.attr == 'x'
          and mlc[0] is ml[0], 'list subclass copy')
    mld = cp.deepcopy(ml)
    check(mld[0] is not ml[0] and mld == ml, 'list subclass deepcopy')
    md = MyDict(a=[1])
    mdc = cp.deepcopy(md)
    check(type(mdc) is MyDict and mdc == md and mdc['a'] is not md['a'],
          'dict subclass')
    mi = cp.copy(MyInt(5))
    check(type(mi) is MyInt and mi == 5, 'int subclass')
    mt = cp.deepcopy(MyTuple([1, [2]]))
    check(type(mt) is MyTuple and mt == (1, [2]), 'tuple subclass')
    ms = cp.copy(MySet([1, 2]))
    check(type(ms) is MySet and ms == {1, 2}, 'set subclass')

    P = C.namedtuple('P', 'x y')
    pt = P(1, [2])
    ptc = cp.copy(pt)
    check(type(ptc) is P and ptc == pt, 'copy namedtuple')
    ptd = cp.deepcopy(pt)
    check(ptd == pt and ptd.y is not pt.y, 'deepcopy namedtuple')
    dq = C.deque([[1], 2], maxlen=5)
    dqc = cp.deepcopy(dq)
    check(type(dqc) is C.deque and list(dqc) == list(dq) and
          dqc.maxlen == 5 and dqc[0] is not dq[0], 'deepcopy deque')
    od = C.OrderedDict(a=[1], b=2)
    odc = cp.deepcopy(od)
    check(type(odc) is C.OrderedDict and list(odc) == ['a', 'b'] and
          odc['a'] is not od['a'], 'deepcopy OrderedDict')
    dd = C.defaultdict(list, a=[1])
    ddc = cp.copy(dd)
    check(ddc.default_factory is list and ddc['a'] is dd['a'], 'copy defaultdict')
    cnt = cp.deepcopy(C.Counter('aab'))
    check(type(cnt) is C.Counter and cnt['a'] == 2, 'deepcopy Counter')

    class M:
        def meth(self):
            return self
    mobj = M()
    bm = cp.deepcopy(mobj.meth)
    check(bm() is not mobj and type(bm()) is M, 'deepcopy bound method')
    check(issubclass(cp.Error, Exception) and cp.error is cp.Error, 'Error')
