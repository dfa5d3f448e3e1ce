# seed 2867 (python3 tools/fuzz/gen.py 2867 --size 12)
# kind: mismatch
# stdout differs at line 1:
#   CPython: '! TypeError pop expected at least 1 argument, got 0'
#   pygil:   '! TypeError pop expected at least 2 arguments, got 1'
# diagnosis: not fixed. The arity errors of built-in methods count `self`
#   (vm/call.rs check_args is called with self included by ~170 methods),
#   and METH_O/METH_NOARGS methods lack CPython's qualified wording:
#   [].append() says "append() takes exactly 2 arguments (1 given)", CPython
#   "list.append() takes exactly one argument (0 given)"; {}.copy(1) and
#   {}.items(1) are accepted. Fixing it means a method-aware check_args and
#   touching every call site. Same cause: seeds 884, 1192, 2709.
try:
    print(({}).pop())
except Exception as e:
    print('!', type(e).__name__, e)
