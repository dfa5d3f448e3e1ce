def f(): pass
class K:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
objs = [f, K, K(), K().m, K.s, K.c, len, print, lambda: 0, 5, "s", None, type, int, [].append]
print([callable(o) for o in objs])
print(type(f).__name__, type(K().m).__name__, type(K.s).__name__, type(K.c).__name__)
print(type(len).__name__, type([].append).__name__)
print(K().m.__self__.__class__.__name__, K.c.__self__.__name__, K().m.__func__ is K.m)
print(f.__name__, K.m.__name__, K.m.__qualname__, (lambda: 0).__name__)
print(isinstance(f, type(lambda: 0)), isinstance(K, type), isinstance(len, type(print)))
