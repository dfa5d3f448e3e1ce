import warnings
import sys
import io
import helper_mod

sys.stderr = sys.stdout   # so that shown warnings are compared too


def attempt(f):
    try:
        r = f()
        print('->', repr(r))
    except Exception as e:
        print('!!', type(e).__name__, e)


def describe_filters():
    out = []
    for action, msg, cat, mod, lineno in warnings.filters:
        msg = getattr(msg, 'pattern', msg)
        mod = getattr(mod, 'pattern', mod)
        out.append((action, msg, cat.__name__, mod, lineno))
    return out


print(describe_filters())
warnings.warn('plain')
warnings.warn('plain')          # same line: shown again? (different line -> yes)
for i in range(3):
    warnings.warn('in loop')   # shown once (default action)
warnings.warn('categorised', RuntimeWarning)
warnings.warn(UserWarning('instance'))
helper_mod.deprecated_api()     # DeprecationWarning attributed to __main__: shown
helper_mod.user_warning()
helper_mod.twice()


def stack2():
    warnings.warn('from caller', stacklevel=2)


stack2()
warnings.warn('too deep', stacklevel=30)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('rec1')
    warnings.warn('rec1')
    warnings.warn('rec2', FutureWarning)
    helper_mod.twice()
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[0].filename.endswith('warnings_basic.py'))
    print(str(w[0]).replace(w[0].filename, 'FILE'))
print(describe_filters()[:1])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    attempt(lambda: warnings.warn('now an error'))
    attempt(lambda: warnings.warn('rt', RuntimeWarning))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once msg')
    warnings.warn('once msg')
    warnings.warn('other once')
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('module msg')
    warnings.warn('module msg')
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    warnings.filterwarnings('error', message='bad.*')
    warnings.filterwarnings('ignore', category=FutureWarning)
    warnings.filterwarnings('always', module='helper_mod')
    attempt(lambda: warnings.warn('bad thing'))
    attempt(lambda: warnings.warn('BAD case-insensitive'))
    warnings.warn('fine')
    warnings.warn('fut', FutureWarning)
    helper_mod.twice()
    print([str(x.message) for x in w])
    print(describe_filters()[:4])
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.filterwarnings('always', lineno=0, append=True)
    warnings.warn('after reset')
    print(len(w))
attempt(lambda: warnings.simplefilter('bogus'))
attempt(lambda: warnings.filterwarnings('ignore', category=int))
attempt(lambda: warnings.warn('x', category=int))
print(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'the line'))
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'nofile.py', 1)))
warnings.showwarning('shown', UserWarning, 'f.py', 3, file=sys.stdout, line='src')
old = warnings.showwarning


def custom(message, category, filename, lineno, file=None, line=None):
    print('CUSTOM:', message, category.__name__, lineno)


warnings.showwarning = custom
warnings.simplefilter('always')
warnings.warn('via custom')
warnings.showwarning = old
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 42)
warnings.warn_explicit('explicit mod', UserWarning, 'somefile.py', 43, module='mymod', registry={})
print(repr(warnings.catch_warnings(record=True)))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('x', DeprecationWarning)
    print(w[0].category.__name__)
