"""CPython's own pure-Python stdlib modules, imported after the harness
installed ours, run on top of our functools/collections/itertools/copy/
operator/... -- a broad check that the modules behave like CPython's."""
import sys
import threading
from harness import same, eq, check, raises, MINE, REAL


def run():
    import dataclasses, pprint, argparse, json, difflib, statistics
    import configparser, inspect, typing, io
    for name in ['functools', 'collections', 'itertools', 'copy',
                 'operator', 'heapq', 'keyword', 'reprlib']:
        check(sys.modules[name] is MINE[name], 'sys.modules[%r] is ours'
              % name)

    @dataclasses.dataclass(order=True, frozen=True)
    class P:
        x: int
        y: list = dataclasses.field(default_factory=list)
    p = P(1, [2])
    eq(repr(p), 'run.<locals>.P(x=1, y=[2])', 'dataclass repr')
    eq(dataclasses.asdict(p), {'x': 1, 'y': [2]}, 'dataclasses.asdict')
    eq(dataclasses.replace(p, x=5).x, 5, 'dataclasses.replace')
    check(P(0) < p, 'dataclass ordering')
    out = io.StringIO()
    pprint.pprint({'a': list(range(30)), 'b': {'c': 'x' * 60}}, stream=out,
                  width=40)
    check(out.getvalue().startswith("{'a': [0,\n"), 'pprint')
    parser = argparse.ArgumentParser(prog='t')
    parser.add_argument('--n', type=int, default=3)
    parser.add_argument('files', nargs='*')
    eq(vars(parser.parse_args(['--n', '4', 'a'])), {'n': 4, 'files': ['a']},
       'argparse')
    eq(''.join(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'])),
       '--- \n+++ \n@@ -1,2 +1,2 @@\n a\n-b\n+c\n', 'difflib')
    eq(statistics.median([3, 1, 2]), 2, 'statistics')
    cfg = configparser.ConfigParser()
    cfg.read_string('[s]\na = 1\n')
    eq(dict(cfg['s']), {'a': '1'}, 'configparser')
    eq(str(inspect.signature(P)), '(x: int, y: list = <factory>) -> None',
       'inspect.signature')
    C = MINE['collections']
    eq(json.dumps(C.namedtuple('Pt', 'a b')(1, 2)), '[1, 2]', 'json namedtuple')
    eq(json.dumps(C.OrderedDict(b=1, a=2)), '{"b": 1, "a": 2}',
       'json OrderedDict')

    # lru_cache under threads
    ft = MINE['functools']
    calls = []

    @ft.lru_cache(maxsize=16)
    def slow(x):
        calls.append(x)
        return x * 2
    errors = []

    def worker(seed):
        try:
            for i in range(2000):
                if slow((i * seed) % 40) != ((i * seed) % 40) * 2:
                    errors.append('wrong')
        except Exception as exc:        # noqa: BLE001
            errors.append(exc)
    threads = [threading.Thread(target=worker, args=(s,)) for s in range(1, 6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    info = slow.cache_info()
    eq(errors, [], 'lru_cache threads: no errors')
    eq(info.hits + info.misses, 10000, 'lru_cache threads: all calls counted')
    check(info.currsize <= 16, 'lru_cache threads: bounded')

    def conflict():
        prop = ft.cached_property(lambda self: 1)

        class A:
            a = prop
            b = prop
    raises((TypeError, RuntimeError), None, conflict,
           'cached_property two names')
