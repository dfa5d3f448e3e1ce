"""Abstract Base Classes (pure-Python implementation for pygil).

Provides ABCMeta, ABC, abstractmethod and friends.  The ABC registry and the
positive/negative subclass caches are kept per class; they hold weak
references to classes where the interpreter supports them.
"""

try:
    from _weakref import ref as _wref
except ImportError:          # pragma: no cover - interpreter without weakrefs
    _wref = None


def abstractmethod(funcobj):
    """Mark a method as abstract; ABCMeta classes refuse to instantiate
    while any abstract method is left unimplemented."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod stacked on @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod stacked on @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use @property stacked on @abstractmethod."""
    __isabstractmethod__ = True


class _ClassSet:
    """A small set of classes held by weak reference when possible.

    Dead entries remove themselves through the weakref callback.  Objects
    that cannot be weakly referenced are held strongly.
    """

    __slots__ = ('_refs', '__weakref__')

    def __init__(self):
        self._refs = {}          # id(cls) -> weakref (or the class itself)

    def _make(self, cls):
        key = id(cls)
        if _wref is None:
            return cls
        selfref = _wref(self)

        def _gone(dead, key=key, selfref=selfref):
            owner = selfref()
            # Only drop the entry if it is still this reference (the id may
            # have been reused by a newer class meanwhile).
            if owner is not None and owner._refs.get(key) is dead:
                del owner._refs[key]
        try:
            return _wref(cls, _gone)
        except TypeError:
            return cls

    @staticmethod
    def _deref(entry):
        if isinstance(entry, type) or _wref is None or not isinstance(entry, _wref):
            return entry
        return entry()

    def add(self, cls):
        key = id(cls)
        if key in self._refs and self._deref(self._refs[key]) is cls:
            return
        self._refs[key] = self._make(cls)

    def discard(self, cls):
        key = id(cls)
        entry = self._refs.get(key)
        if entry is not None and self._deref(entry) is cls:
            del self._refs[key]

    def __contains__(self, cls):
        entry = self._refs.get(id(cls))
        return entry is not None and self._deref(entry) is cls

    def __iter__(self):
        for entry in list(self._refs.values()):
            obj = self._deref(entry)
            if obj is not None:
                yield obj

    def __len__(self):
        return sum(1 for _ in self)

    def clear(self):
        self._refs.clear()

    def __repr__(self):
        return '_ClassSet(%r)' % (list(self),)


def _collect_abstracts(cls, namespace):
    """Compute the frozenset of abstract method names of *cls*."""
    names = set()
    for name, value in namespace.items():
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Classes using it may declare abstract methods, and may have unrelated
    concrete classes (even built-ins) registered as "virtual subclasses".
    """

    # Bumped on every register(); negative caches older than this are stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _collect_abstracts(cls, namespace)
        cls._abc_registry = _ClassSet()
        cls._abc_cache = _ClassSet()
        cls._abc_negative_cache = _ClassSet()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass so
        that it can be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass          # already a subclass, nothing to do
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        """Debug helper: print the registry and caches."""
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)
        for attr in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            value = getattr(cls, attr)
            if isinstance(value, _ClassSet):
                value = set(value)
            print("%s: %r" % (attr, value), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        klass = instance.__class__
        if klass in cls._abc_cache:
            return True
        real_type = type(instance)
        if real_type is klass:
            if (cls._abc_negative_cache_version ==
                    ABCMeta._abc_invalidation_counter and
                    klass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(real_type)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            # Something was registered somewhere: the negative cache may lie.
            cls._abc_negative_cache = _ClassSet()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False

        # 1. The subclass hook has the first word.
        hook = getattr(cls, '__subclasshook__', None)
        verdict = NotImplemented if hook is None else hook(subclass)
        if verdict is not NotImplemented:
            if not isinstance(verdict, bool):
                raise AssertionError("__subclasshook__ must return either "
                                     "False, True, or NotImplemented")
            (cls._abc_cache if verdict else cls._abc_negative_cache).add(subclass)
            return verdict
        # 2. A real subclass.
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        # 3. A subclass of a registered virtual subclass.
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        # 4. A subclass of one of our own subclasses (recursively).
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False


def get_cache_token():
    """Return a token that changes whenever any ABC registry changes."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after the class was modified (for
    instance by a class decorator adding implementations).  Returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        # Not an ABC-like class: nothing to recompute.
        return cls
    cls.__abstractmethods__ = _collect_abstracts(cls, dict(cls.__dict__))
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to get ABCMeta as metaclass."""
    __slots__ = ()
