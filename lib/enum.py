"""Enumerations (pure-Python implementation following CPython 3.11).

Members are created by the EnumType metaclass: its __prepare__ returns an
_EnumDict that records which names of the class body are members (in
definition order); EnumType.__new__ then turns the recorded values into
member instances.
"""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'show_flag_values',
]

# These names are bound once the corresponding classes exist; EnumType
# checks them to know whether it is bootstrapping the module itself.
Enum = Flag = EJECT = ReprEnum = None


# ---------------------------------------------------------------------------
# Small helpers

def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_dunder(name):
    """__x__ style name."""
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    """_x_ style name."""
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    """Mangled private name (_Cls__x) of the class being defined."""
    prefix = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(prefix) and name.startswith(prefix) and
            not name.endswith('__'))


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


def _popcount(num):
    return bin(num).count('1')


def _bits(num, width):
    """Binary rendering used in Flag error messages: '0b<sign> <bits>',
    the bits zero-padded (two's complement for negatives) to *width*."""
    if num < 0:
        sign = '1'
        digits = format(num & ((1 << width) - 1), 'b').zfill(width)
    else:
        sign = '0'
        digits = format(num, 'b').zfill(width)
    return '0b%s %s' % (sign, digits)


def show_flag_values(value):
    """List of the single-bit values contained in the integer *value*."""
    result = []
    bit = 1
    while bit <= value:
        if value & bit:
            result.append(bit)
        bit <<= 1
    return result


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder: the member value is computed by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class nonmember(object):
    """Protect a class-body value from becoming an enum member."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Force a class-body value (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """Enum-aware property: on instances it behaves like a property; on the
    enum class it returns the member of the same name (so that members may
    be named like properties, e.g. 'name' or 'value')."""

    member = None
    name = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            owner_members = getattr(ownerclass, '_member_map_', {})
            if self.name in owner_members:
                return owner_members[self.name]
            raise AttributeError(self.name)
        if self.fget is not None:
            return self.fget(instance)
        if self.member is not None:
            return self.member
        raise AttributeError('%r member has no attribute %r'
                             % (ownerclass, self.name))

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# Sunder names the class body may define.
_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_', '_value_repr_', '_add_alias_', '_add_value_alias_',
))


class _EnumDict(dict):
    """Class-body namespace of an enum: records member names in order,
    resolves auto() values and rejects reused names."""

    def __init__(self):
        super().__init__()
        self._member_names = {}     # insertion-ordered set of member names
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def _next_value(self, key, placeholder):
        if placeholder.value is _auto_null:
            placeholder.value = self._generate_next_value(
                key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        return placeholder.value

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass                                   # plain attribute
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined "
                                    "before members")
                func = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = func
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                clash = set(value) & set(self._member_names)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set '
                                     'names: %r' % (clash,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._next_value(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto)
                                                  for v in value):
                value = tuple(self._next_value(key, v) if isinstance(v, auto)
                              else v for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, members=(), **more):
        items = members.items() if hasattr(members, 'items') else members
        for key, value in items:
            self[key] = value
        for key, value in more.items():
            self[key] = value


def _mro_lookup(klass, name):
    """Find *name* in the __dict__ of klass's bases (not klass itself)."""
    for base in klass.__mro__[1:]:
        if name in base.__dict__:
            return base.__dict__[name]
    return None


# ---------------------------------------------------------------------------
# The metaclass

class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            gnv = getattr(first_enum, '_generate_next_value_', None)
            if gnv is not None:
                namespace['_generate_next_value_'] = gnv
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        ignored = getattr(classdict, '_ignore', [])
        member_names = [n for n in getattr(classdict, '_member_names', {})
                        if n not in ignored]
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(
            classdict, member_type, first_enum)

        invalid = [n for n in member_names if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in invalid),))

        # Plain namespace for type.__new__: members and ignored names left
        # out, bookkeeping attributes added.
        ns = {}
        member_values = {}
        for key, value in dict.items(classdict):
            if key in ignored:
                continue
            if key in member_names:
                member_values[key] = value
            else:
                ns[key] = value
        order = ns.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        ns['_new_member_'] = new_member
        ns['_use_args_'] = use_args
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        if '_value_repr_' not in ns:
            ns['_value_repr_'] = getattr(first_enum, '_value_repr_', None)
        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None)
        ns['_boundary_'] = boundary

        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)

        for name in member_names:
            enum_class._add_member_(name, member_values[name])

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            mask = singles = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int) and v > 0:
                    mask |= v
                    if _is_single_bit(v):
                        singles |= v
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_singles_mask_', singles)
            type.__setattr__(enum_class, '_all_bits_',
                             2 ** mask.bit_length() - 1)
            type.__setattr__(enum_class, '_inverted_', None)

        # Enum's __repr__/__str__/__format__/__reduce_ex__ win over those
        # of the data type / object that precede it in the MRO.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if (found == getattr(object, name) or
                        found == getattr(member_type, name)):
                    type.__setattr__(enum_class, name,
                                     getattr(first_enum, name))

        # ReprEnum: keep the data type's str() and format().
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a '
                                'data type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__',
                                 member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)

        # After creation, calling the class looks members up by value; a
        # custom __new__ from the body is kept as __new_member__.
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new_member)
            type.__setattr__(enum_class, '__new__', Enum.__new__)

        if order is not None:
            if is_flag:
                order = [o for o in order
                         if o not in enum_class._member_map_ or
                         _is_single_bit(enum_class._member_map_[o]._value_)]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n'
                                '  %r\n  %r' % (enum_class._member_names_, order))
        return enum_class

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    def _add_member_(cls, name, value):
        """Create the member *name* from its class-body *value*."""
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)          # tuple values are passed whole
        new = cls._new_member_
        if isinstance(new, staticmethod):
            new = new.__func__
        if cls._use_args_:
            obj = new(cls, *args)
        else:
            obj = new(cls)
        if not hasattr(obj, '_value_'):
            if cls._member_type_ is object:
                obj._value_ = value
            else:
                try:
                    obj._value_ = cls._member_type_(*args)
                except Exception as exc:
                    err = TypeError('_value_ not set in __new__, unable to '
                                    'create it')
                    err.__cause__ = exc
                    raise err
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        obj.__init__(*args)
        obj._sort_order_ = len(cls._member_names_)

        # Alias detection: an existing member with an equal value wins.
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is None:
            for other in cls._member_map_.values():
                if other._value_ == value:      # e.g. 1 == 1.0 but hashes
                    canonical = other           # differ for odd types
                    break
        if canonical is not None:
            obj = canonical
        else:
            is_flag = Flag is not None and issubclass(cls, Flag)
            if not is_flag or (isinstance(value, int) and _is_single_bit(value)):
                cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_.setdefault(value, obj)
        except TypeError:
            cls._unhashable_values_.append(value)

        # Expose as class attribute unless an enum.property upstream
        # handles the name (e.g. members called 'name' or 'value').
        upstream = _mro_lookup(cls, name)
        if not isinstance(upstream, property):
            type.__setattr__(cls, name, obj)

    # -- class-level protocol ----------------------------------------------

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Look up a member by value -- or, given names, create a new enum
        class (functional API)."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but "
                "will return True or\nFalse depending on whether the value "
                "is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__',
                           '__getitem__', '__iter__', '__len__',
                           '__members__', '__module__', '__name__',
                           '__qualname__', '__init_subclass__'])
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        """Read-only mapping of all member names (aliases included) to
        members, in definition order."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    # -- helpers -------------------------------------------------------------

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Functional API: build a new enum class from *names*."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)

        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, values = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count,
                                                         values[:])
                values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value

        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        dict.__setitem__(classdict, '__module__',
                         module if module is not None else '<unknown>')
        if qualname is not None:
            dict.__setitem__(classdict, '__qualname__', qualname)
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None,
                  as_global=False):
        """Create an enum from the module-level constants of *module* that
        satisfy *filter* (used by the stdlib)."""
        module_globals = sys.modules[module].__dict__
        source = module_globals if source is None else source.__dict__
        members = [(n, v) for n, v in source.items() if filter(n)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        body = {n: v for n, v in members}
        body['__module__'] = module
        new_cls = cls(name, body, module=module, boundary=boundary)
        if as_global:
            global_enum(new_cls)
        else:
            module_globals.update(new_cls.__members__)
        module_globals[name] = new_cls
        return new_cls

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r"
                                    % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """Return (member_type, first_enum) for a new enum class."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        """The (single) non-enum data type mixed into the bases, or None."""
        found = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.add(base._member_type_)
                        break
                elif ('__new__' in base.__dict__ or
                      '__dataclass_fields__' in base.__dict__ or
                      getattr(base, '__module__', None) == 'builtins'):
                    found.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r'
                            % (class_name, found))
        if found:
            return found.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """Return (__new__ used to create members, save it?, pass args?)."""
        new = classdict.get('__new__', None)
        if isinstance(new, staticmethod):
            new = new.__func__
        save_new = first_enum is not None and new is not None
        if new is None:
            skip = (None, None.__new__, object.__new__,
                    Enum.__new__ if Enum is not None else None)
            for attr in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    if possible is None:
                        continue
                    target = getattr(possible, attr, None)
                    if not any(target is s or target == s for s in skip):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = new is not object.__new__
        return new, save_new, use_args


EnumMeta = EnumType


# ---------------------------------------------------------------------------
# Enum

class Enum(metaclass=EnumType):
    """Generic enumeration.  Derive from this class to define new ones.

        class Color(Enum):
            RED = 1
            GREEN = 2
    """

    def __new__(cls, value):
        # Called as Color(value) once the class exists: look the member up.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            # Unhashable value: linear search.
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        try:
            problem = None
            result = cls._missing_(value)
        except Exception as exc:
            problem = exc
            result = None
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and
                cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        if result is None and problem is None:
            raise not_valid
        if problem is None:
            problem = TypeError('error in %s._missing_: returned %r instead '
                                'of None or a valid member'
                                % (cls.__name__, result))
        if not isinstance(problem, ValueError):
            problem.__context__ = not_valid
        raise problem

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Default auto() value: one more than the last value that supports
        "+ 1" (scanning backwards), else *start*."""
        if not last_values:
            return start
        try:
            ordered = sorted(last_values)
        except TypeError:
            ordered = None
        result = None
        for v in reversed(last_values):
            try:
                result = v + 1
                break
            except TypeError:
                continue
        if result is None:
            result = start
        try:
            consistent = ordered is not None and result == ordered[-1] + 1
        except TypeError:
            consistent = False
        if not consistent:
            import warnings
            warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will "
                "require all values to be sortable and support adding +1\n"
                "and the value returned will be the largest value in the "
                "enum incremented by 1", DeprecationWarning, stacklevel=3)
        return result

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, v_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self.__class__._member_type_ is object:
            names = set(['__class__', '__doc__', '__eq__', '__hash__',
                         '__module__', 'name', 'value'])
        else:
            names = set(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_':
                names.add(name)
        members = self.__class__._member_map_
        for klass in self.__class__.__mro__:
            if klass is object:
                continue
            for name, obj in klass.__dict__.items():
                if name[0] == '_' or name in members:
                    continue
                names.add(name)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the lower-cased member name."""
        return name.lower()


def unique(enumeration):
    """Class decorator: refuse aliases (several names for one value)."""
    duplicates = [(alias, m.name)
                  for alias, m in enumeration.__members__.items()
                  if alias != m.name]
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name)
                            for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, details))
    return enumeration


# ---------------------------------------------------------------------------
# Flags

class FlagBoundary(StrEnum):
    """How Flag handles values with bits that no member defines."""
    STRICT = auto()     # raise ValueError
    CONFORM = auto()    # drop the unknown bits
    EJECT = auto()      # return a plain int
    KEEP = auto()       # keep the bits in a pseudo-member


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for bit flags: members combine with |, & and ^."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two above the highest value."""
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (last,)) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """Members for each single bit of *value*, lowest bit first."""
        value &= cls._singles_mask_
        bit = 1
        while bit <= value:
            if value & bit:
                m = cls._value2member_map_.get(bit)
                if m is not None:
                    yield m
            bit <<= 1

    @classmethod
    def _iter_member_by_def_(cls, value):
        """Members for each single bit of *value*, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    # Iteration over a flag value follows definition order.
    _iter_member_ = _iter_member_by_def_

    @classmethod
    def _missing_(cls, value):
        """Create (and cache) a pseudo-member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        in_range = (~all_bits <= value <= all_bits and
                    not value & (all_bits ^ mask))
        if not in_range:
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bits(value, width),
                                    _bits(mask, width)))
            elif boundary is CONFORM:
                value = value & mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        negative = None
        if value < 0:
            # In-range negative numbers denote the complement within all_bits.
            negative = value
            value = all_bits + 1 + value

        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value

        found = list(cls._iter_member_(value & singles))
        covered = 0
        for m in found:
            covered |= m._value_
        if value & ~singles:
            # Bits without a single-bit member: use multi-bit members.
            for m in cls._member_map_.values():
                v = m._value_
                if v and v & value == v and not any(m is f for f in found):
                    found.append(m)
                    covered |= v
        unknown = value & ~covered
        if not covered:
            pseudo._name_ = None
        elif unknown and boundary is STRICT:
            raise ValueError('%r: no members with value %r' % (cls, unknown))
        elif unknown:
            pseudo._name_ = ('|'.join(m._name_ for m in found) + '|' +
                             cls._numeric_repr_(unknown))
        else:
            pseudo._name_ = '|'.join(m._name_ for m in found)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__,
                               self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._iter_member_(self._value_)))

    def __len__(self):
        return _popcount(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


# Flag itself has no members; give it the bookkeeping masks.
for _attr in ('_flag_mask_', '_singles_mask_', '_all_bits_'):
    type.__setattr__(Flag, _attr, 0)
type.__setattr__(Flag, '_inverted_', None)
del _attr


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    # int's operators come first in the MRO; use Flag's instead.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


# ---------------------------------------------------------------------------
# global_enum and verify

def global_enum_repr(self):
    """repr() for members of a global enum: 'module.NAME'."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() for members of a global flag: 'module.A|module.B'."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    parts = []
    for name in self._name_.split('|'):
        if name[0].isdigit():
            parts.append(name)
        else:
            parts.append('%s.%s' % (module, name))
    return '|'.join(parts)


def global_str(self):
    """str() for members of a global enum: just the member name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: export the members into the module namespace and make
    their repr() module-qualified (as for re.IGNORECASE)."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """Constraints for the verify() decorator."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        kind = 'flag' if Flag is not None and issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(alias, m.name)
                              for alias, m in enumeration.__members__.items()
                              if alias != m.name]
                if duplicates:
                    details = ', '.join('%s -> %s' % (alias, name)
                                        for alias, name in duplicates)
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if kind == 'flag':
                    for bit in range(low.bit_length() - 1, high.bit_length()):
                        if 2 ** bit not in values:
                            missing.append(2 ** bit)
                else:
                    for v in range(low + 1, high):
                        if v not in values:
                            missing.append(v)
                if missing:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % (kind, cls_name,
                                        ', '.join(str(m) for m in missing)))
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    values = show_flag_values(alias.value)
                    missed = [v for v in values
                              if v not in enumeration._value2member_map_]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use '
                                     'enum.show_flag_values(value) for details]'
                                     % (cls_name, alias, value))
        return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator used by parts of the standard library: turn a plain
    class whose attributes are the member values into an *etype* enum."""
    def convert(cls):
        bases = (etype,)
        namespace = EnumType.__prepare__(cls.__name__, bases)
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            namespace[key] = value
        kwds = {} if boundary is None else {'boundary': boundary}
        return type(etype)(cls.__name__, bases, namespace, **kwds)
    return convert


def _test_simple_enum(checked_enum, simple_enum):
    """Compatibility helper: checks that both enums have the same members."""
    checked = [(m.name, m.value) for m in checked_enum]
    simple = [(m.name, m.value) for m in simple_enum]
    if checked != simple:
        raise TypeError('enums differ: %r != %r' % (checked, simple))
