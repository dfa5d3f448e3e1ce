"""Data classes (pure-Python implementation for pygil).

The generated methods (__init__, __repr__, __eq__, ...) are ordinary
closures over the class's field list: no source code is generated or
executed.
"""

import sys
import copy
import types
import abc

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    """Sentinel type: 'no value given' (None is a valid default)."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Sentinel type of the KW_ONLY pseudo-field annotation."""


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """Annotation marking an init-only pseudo-field: InitVar[int]."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % (type_name,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Description of one field of a dataclass (see field())."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else
                         types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                'name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,'
                '_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        # Forward to the default value's __set_name__, if it has one.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order,
                   self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: default, default_factory (called for each new
    instance), and whether it takes part in __init__, repr, comparisons and
    hashing; metadata is a read-only mapping for third-party use."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------------
# Helpers for the generated methods

def _values(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


def _join_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init,
               globals_):
    """Build __init__ binding arguments by field order, with the same
    TypeError messages as a regular Python function."""
    qualname = cls.__qualname__ + '.__init__'
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    init_names = set(pos_names) | set(kw_names)
    kw_set = set(kw_names)

    def has_default(f):
        return f.default is not MISSING or f.default_factory is not MISSING
    required_pos = [f.name for f in std_fields if not has_default(f)]
    required_kw = [f.name for f in kw_fields if not has_default(f)]
    n_pos_max = len(pos_names)
    n_pos_min = len(required_pos)
    initvars = [f for f in all_fields if f._field_type is _FIELD_INITVAR]

    def __init__(*args, **kwargs):
        if not args:
            raise TypeError("%s() missing 1 required positional argument: "
                            "'self'" % qualname)
        self = args[0]
        positional = args[1:]
        bound = {}
        for name, value in zip(pos_names, positional):
            bound[name] = value
        for name, value in kwargs.items():
            if name not in init_names:
                raise TypeError("%s() got an unexpected keyword argument %r"
                                % (qualname, name))
            if name in bound:
                raise TypeError("%s() got multiple values for argument %r"
                                % (qualname, name))
            bound[name] = value
        if len(positional) > n_pos_max:
            given = len(positional) + 1
            if n_pos_min != n_pos_max:
                takes = 'from %d to %d positional arguments' % (
                    n_pos_min + 1, n_pos_max + 1)
            else:
                takes = _plural(n_pos_max + 1, 'positional argument')
            kw_given = sum(1 for name in kwargs if name in kw_set)
            if kw_given:
                given_text = '%d positional argument%s (and %s) were' % (
                    given, '' if given == 1 else 's',
                    _plural(kw_given, 'keyword-only argument'))
            else:
                given_text = '%d %s' % (given, 'was' if given == 1 else 'were')
            raise TypeError('%s() takes %s but %s given'
                            % (qualname, takes, given_text))
        missing = [n for n in required_pos if n not in bound]
        if missing:
            raise TypeError('%s() missing %s: %s' % (
                qualname,
                _plural(len(missing), 'required positional argument'),
                _join_names(missing)))
        missing = [n for n in required_kw if n not in bound]
        if missing:
            raise TypeError('%s() missing %s: %s' % (
                qualname,
                _plural(len(missing), 'required keyword-only argument'),
                _join_names(missing)))

        post_args = []
        for f in all_fields:
            name = f.name
            if f.init and name in bound:
                value = bound[name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.init and f.default is not MISSING:
                value = f.default
            else:
                # init=False with a plain default: the class attribute
                # provides it.
                if f._field_type is _FIELD_INITVAR:
                    post_args.append(f.default if f.default is not MISSING
                                     else None)
                continue
            if f._field_type is _FIELD_INITVAR:
                post_args.append(value)
            elif frozen:
                object.__setattr__(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*post_args)
        return None

    __init__.__qualname__ = qualname
    __init__._dataclass_generated = True
    return __init__


class _ReprGuard:
    """Per-thread set of objects whose repr is in progress, to print '...'
    for recursive references."""

    def __init__(self):
        self.running = set()


_repr_guard = _ReprGuard()


def _thread_ident():
    try:
        import _thread
        return _thread.get_ident()
    except Exception:
        return 0


def _make_repr(cls, flds):
    def __repr__(self):
        key = (id(self), _thread_ident())
        if key in _repr_guard.running:
            return '...'
        _repr_guard.running.add(key)
        try:
            body = ', '.join('%s=%r' % (f.name, getattr(self, f.name))
                             for f in flds)
        finally:
            _repr_guard.running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, body)
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    return __repr__


def _make_eq(cls, flds):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, flds) == _values(other, flds)
        return NotImplemented
    __eq__.__qualname__ = cls.__qualname__ + '.__eq__'
    return __eq__


def _make_order(cls, name, flds):
    def compare(a, b):
        if name == '__lt__':
            return a < b
        if name == '__le__':
            return a <= b
        if name == '__gt__':
            return a > b
        return a >= b

    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(_values(self, flds), _values(other, flds))
        return NotImplemented
    method.__name__ = name
    method.__qualname__ = cls.__qualname__ + '.' + name
    return method


def _make_hash(cls, flds):
    def __hash__(self):
        return hash(_values(self, flds))
    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _make_frozen_methods(cls, field_names):
    names = frozenset(field_names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = cls.__qualname__ + '.__setattr__'
    __delattr__.__qualname__ = cls.__qualname__ + '.__delattr__'
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Set cls.name = value unless the class body defined it; return True
    if it was already defined."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


# ---------------------------------------------------------------------------
# Annotation inspection

def _annotation_head(text):
    """For a string annotation like 'typing.ClassVar[int]' return
    ('typing', 'ClassVar'); the module part may be None."""
    text = text.strip()
    head = ''
    for ch in text:
        if ch.isalnum() or ch in '_.' or ch.isspace():
            head += ch
        else:
            break
    parts = [p.strip() for p in head.split('.')]
    if len(parts) == 1:
        return None, parts[0]
    return parts[-2], parts[-1]


def _is_classvar(a_type, cls):
    typing = sys.modules.get('typing')
    if typing is not None:
        cv = getattr(typing, 'ClassVar', None)
        if cv is not None and (a_type is cv or
                               getattr(a_type, '__origin__', None) is cv):
            return True
    if isinstance(a_type, str):
        module, name = _annotation_head(a_type)
        if name != 'ClassVar':
            return False
        ns = getattr(sys.modules.get(cls.__module__), '__dict__', {})
        if module is None:
            obj = ns.get('ClassVar')
            return typing is not None and obj is getattr(typing, 'ClassVar', None)
        mod = ns.get(module)
        return typing is not None and mod is typing
    return False


def _is_initvar(a_type, cls):
    if a_type is InitVar or type(a_type) is InitVar:
        return True
    if isinstance(a_type, str):
        module, name = _annotation_head(a_type)
        if name != 'InitVar':
            return False
        ns = getattr(sys.modules.get(cls.__module__), '__dict__', {})
        if module is None:
            return ns.get('InitVar') is InitVar
        return ns.get(module) is sys.modules[__name__]
    return False


def _is_kw_only(a_type, cls):
    if a_type is KW_ONLY:
        return True
    if isinstance(a_type, str):
        module, name = _annotation_head(a_type)
        if name != 'KW_ONLY':
            return False
        ns = getattr(sys.modules.get(cls.__module__), '__dict__', {})
        if module is None:
            return ns.get('KW_ONLY') is KW_ONLY
        return ns.get(module) is sys.modules[__name__]
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        member_descr = getattr(types, 'MemberDescriptorType', None)
        if member_descr is not None and isinstance(default, member_descr):
            default = MISSING          # a __slots__ entry, not a default
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type, cls):
        f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only'
                            % (f.name,))
    # Unhashable defaults (list, dict, set, ...) would be shared between
    # instances: refuse them.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), f.name))
    return f


# ---------------------------------------------------------------------------
# Signature text for __doc__

def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _signature_text(std_fields, kw_fields):
    def one(f):
        text = f.name
        if f.type is not MISSING:
            text += ': ' + _format_annotation(f.type)
            sep = ' = '
        else:
            sep = '='
        if f.default_factory is not MISSING:
            text += sep + '<factory>'
        elif f.default is not MISSING:
            text += sep + repr(f.default)
        return text
    parts = [one(f) for f in std_fields]
    if kw_fields:
        parts.append('*')
        parts.extend(one(f) for f in kw_fields)
    return '(' + ', '.join(parts) + ')'


def _init_signature_text(cls):
    """Signature text of a hand-written (or inherited) __init__, self
    excluded; '' when it cannot be determined."""
    init = getattr(cls, '__init__', None)
    if init is object.__init__:
        return '()'
    code = getattr(init, '__code__', None)
    if code is None:
        return ''
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    flags = code.co_flags
    defaults = getattr(init, '__defaults__', None) or ()
    kwdefaults = getattr(init, '__kwdefaults__', None) or {}
    annotations = getattr(init, '__annotations__', None) or {}

    def one(name, has_default, default):
        text = name
        if name in annotations:
            text += ': ' + _format_annotation(annotations[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text
    parts = []
    first_default = npos - len(defaults)
    for i in range(1, npos):
        has = i >= first_default
        parts.append(one(names[i], has, defaults[i - first_default] if has else None))
    idx = npos + nkw
    if flags & 0x04:
        parts.append('*' + names[idx])
        idx += 1
    elif nkw:
        parts.append('*')
    for i in range(npos, npos + nkw):
        name = names[i]
        parts.append(one(name, name in kwdefaults, kwdefaults.get(name)))
    if flags & 0x08:
        parts.append('**' + names[idx])
    return '(' + ', '.join(parts) + ')'


# ---------------------------------------------------------------------------
# Class processing

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals_ = sys.modules[cls.__module__].__dict__
    else:
        globals_ = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    # Fields of dataclass bases come first (most basic base first).
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    kw_only_seen = False
    current_kw_only = kw_only
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type, cls):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already '
                                'been specified' % (name,))
            kw_only_seen = True
            current_kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, current_kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # The class attribute holding the Field is replaced by the default
        # value (or removed when there is none).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        seen_default = False
        for f in std_init_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default '
                                'argument' % (f.name,))
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _make_init(
            cls, all_init_fields, std_init_fields, kw_init_fields, frozen,
            has_post_init, globals_))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _make_repr(cls, [f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__',
                           _make_eq(cls, [f for f in field_list if f.compare]))

    if order:
        compared = [f for f in field_list if f.compare]
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, name, _make_order(cls, name, compared)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))

    if frozen:
        setter, deleter = _make_frozen_methods(cls, [f.name for f in field_list])
        for fn_name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, fn_name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn_name, cls.__name__))

    # __hash__: see the table in the dataclasses documentation.
    hash_fields = [f for f in field_list
                   if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % (cls.__name__,))
        cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        if getattr(cls.__dict__.get('__init__'), '_dataclass_generated', False):
            text_sig = _signature_text(std_init_fields, kw_init_fields)
        else:
            text_sig = _init_signature_text(cls)
        cls.__doc__ = cls.__name__ + text_sig

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """Recreate the class with __slots__ holding the field names."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    # Slots already provided by bases need not be repeated.
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots_attr = base.__dict__.get('__slots__', ())
        if isinstance(slots_attr, str):
            slots_attr = (slots_attr,)
        inherited.update(slots_attr)
        if '__dict__' in base.__dict__ and base is not object:
            pass
    new_slots = [n for n in field_names if n not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        new_slots.append('__weakref__')
    if '__slots__' in cls_dict:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    cls_dict['__slots__'] = tuple(new_slots)
    for name in field_names:
        # Remove class attributes that would clash with the slots.
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    # Methods closed over the old class (frozen checks) must see the new one.
    if is_frozen:
        flds = [f.name for f in fields(new_cls)
                if f._field_type is _FIELD]
        setter, deleter = _make_frozen_methods(new_cls, flds)
        type.__setattr__(new_cls, '__setattr__', setter)
        type.__setattr__(new_cls, '__delattr__', deleter)

        def __getstate__(self):
            return [getattr(self, n) for n in field_names]

        def __setstate__(self, state):
            for n, v in zip(field_names, state):
                object.__setattr__(self, n, v)
        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = __getstate__
        if '__setstate__' not in cls_dict:
            new_cls.__setstate__ = __setstate__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods (__init__, __repr__, __eq__, ...) to a class
    based on its annotated fields.  Usable as @dataclass or
    @dataclass(...)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Tuple of the Field objects of a dataclass (ClassVar and InitVar
    pseudo-fields excluded)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict, recursing into dataclasses,
    lists, tuples (incl. namedtuples) and dicts; other values are deep
    copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name),
                                                    dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple of its field values
    (recursively, like asdict())."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass from a list of field names, (name, type) or
    (name, type, Field) items."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        import keyword
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object of obj's class with the given fields replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()"
                                 % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
