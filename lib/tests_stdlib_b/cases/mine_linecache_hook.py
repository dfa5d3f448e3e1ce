# Only run with lib/'s modules: checks the sys._pygil_lib_source hook.
import sys
import linecache
import traceback

sources = {'<pygil-lib>/fake.py': 'def f():\n    raise ValueError("x")\n'}
sys._pygil_lib_source = sources.get
assert linecache.getline('<pygil-lib>/fake.py', 2) == '    raise ValueError("x")\n'
assert linecache.getlines('<pygil-lib>/fake.py') == ['def f():\n', '    raise ValueError("x")\n']
assert linecache.getline('<unknown>', 1) == ''
fs = traceback.FrameSummary('<pygil-lib>/fake.py', 1, 'f')
assert fs.line == 'def f():', fs.line
del sys._pygil_lib_source
linecache.clearcache()
assert linecache.getline('<pygil-lib>/fake.py', 1) == ''
print('ok')
