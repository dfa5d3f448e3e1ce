import contextlib
import io
import os
import sys
from contextlib import *


def attempt(f):
    try:
        r = f()
        print('->', repr(r))
    except BaseException as e:
        print('!!', type(e).__name__, e, '| ctx:', repr(e.__context__), '| cause:', repr(e.__cause__))


log = []


@contextmanager
def cm(name, swallow=False):
    log.append('enter ' + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append('caught %s' % e)
        if not swallow:
            raise
    finally:
        log.append('exit ' + name)


with cm('a') as v:
    log.append(v)
print(log)
log.clear()


def raise_in(name, exc, swallow=False):
    with cm(name, swallow):
        raise exc


attempt(lambda: raise_in('b', ValueError('boom')))
attempt(lambda: raise_in('c', ValueError('boom'), True))
attempt(lambda: raise_in('d', KeyError('k')))
print(log)
log.clear()


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def stop_iter():
    yield


@contextmanager
def converts():
    try:
        yield
    except ValueError:
        raise TypeError('converted')


@contextmanager
def reraise_stopiteration():
    try:
        yield
    except StopIteration:
        raise


@contextmanager
def swallow_all():
    try:
        yield
    except BaseException:
        pass


def use(cmf, exc=None):
    with cmf() as x:
        if exc is not None:
            raise exc
    return x


attempt(lambda: use(no_yield))
attempt(lambda: use(two_yields))
attempt(lambda: use(two_yields, ValueError('x')))
attempt(lambda: use(stop_iter, StopIteration('si')))
attempt(lambda: use(converts, ValueError('v')))
attempt(lambda: use(reraise_stopiteration, StopIteration('again')))
attempt(lambda: use(swallow_all, KeyError('gone')))
attempt(lambda: use(swallow_all, StopIteration('gone')))


class MyStop(StopIteration):
    pass


attempt(lambda: use(stop_iter, MyStop('mine')))


@contextmanager
def gen_raises_runtime():
    yield
    raise RuntimeError('after')


attempt(lambda: use(gen_raises_runtime))


@cm('deco')
def decorated(x):
    log.append('body %d' % x)
    return x * 2


print(decorated(1), decorated(2), log, decorated.__name__)
log.clear()

with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
attempt(lambda: (lambda: [suppress(KeyError).__exit__(ValueError, ValueError(), None)])())
with suppress():
    pass


class Closable:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


c = Closable()
with closing(c) as got:
    print(got is c, c.closed)
print(c.closed)
with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('hidden')
print(repr(buf.getvalue()), target is buf)
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    sys.stderr.write('err!')
print(repr(ebuf.getvalue()))
rs = redirect_stdout(io.StringIO())
with rs:
    with rs:
        print('nested')
print('restored')

here = os.getcwd()
with chdir('/'):
    print(os.getcwd())
print(os.getcwd() == here)

# ExitStack
order = []
with ExitStack() as stack:
    stack.callback(order.append, 'cb1')
    stack.enter_context(cm('es'))
    stack.push(lambda *exc: order.append(('push', exc[0])))
    got = stack.callback(order.append, 'cb2')
print(order, log, got == order.append)
log.clear()
order.clear()

with ExitStack() as stack:
    stack.callback(order.append, 'moved')
    new = stack.pop_all()
print(order)
new.close()
print(order)
order.clear()


def suppressing(*exc):
    order.append('suppress')
    return True


def es_suppress():
    with ExitStack() as stack:
        stack.push(suppressing)
        stack.callback(order.append, 'before')
        raise ValueError('gone')
    return 'done'


attempt(es_suppress)
print(order)
order.clear()


def raiser(exc):
    def f(*args):
        raise exc
    return f


def es_chain():
    with ExitStack() as stack:
        stack.push(raiser(KeyError('third')))
        stack.push(raiser(IndexError('second')))
        raise ValueError('first')


try:
    es_chain()
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)


def es_chain_outer():
    try:
        raise TypeError('outer')
    except TypeError:
        with ExitStack() as stack:
            stack.push(raiser(KeyError('inner2')))
            stack.push(raiser(IndexError('inner1')))
            raise ValueError('body')


try:
    es_chain_outer()
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)


def es_no_exc_raise():
    with ExitStack() as stack:
        stack.push(raiser(KeyError('k2')))
        stack.callback(raiser(IndexError('k1')))


try:
    es_no_exc_raise()
except Exception as e:
    print(repr(e), repr(e.__context__), repr(getattr(e.__context__, '__context__', None)))


def es_suppress_then_raise():
    with ExitStack() as stack:
        stack.push(raiser(KeyError('late')))
        stack.push(suppressing)
        raise ValueError('early')


try:
    es_suppress_then_raise()
except Exception as e:
    print(repr(e), repr(e.__context__))
attempt(lambda: ExitStack().enter_context(object()))
print(isinstance(ExitStack(), AbstractContextManager), issubclass(Closable, AbstractContextManager))


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


print(issubclass(Duck, AbstractContextManager), isinstance(open(__file__), AbstractContextManager))


class MyDeco(ContextDecorator):
    def __enter__(self):
        log.append('in')
        return self

    def __exit__(self, *exc):
        log.append('out')
        return False


@MyDeco()
def work():
    log.append('work')
    return 7


print(work(), log)
log.clear()
# with-statement exceptions from enter_context's __exit__ are suppressed properly
with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print('after suppress in stack')

import asyncio


async def amain():
    @asynccontextmanager
    async def acm():
        log.append('aenter')
        yield 'A'
        log.append('aexit')

    async with acm() as v:
        log.append(v)
    async with AsyncExitStack() as st:
        await st.enter_async_context(acm())
        st.callback(log.append, 'sync cb')

        async def acb():
            log.append('async cb')
        st.push_async_callback(acb)

    class AC:
        async def aclose(self):
            log.append('aclosed')
    async with aclosing(AC()):
        pass
    async with nullcontext(3) as z:
        log.append(z)

asyncio.run(amain())
print(log)
