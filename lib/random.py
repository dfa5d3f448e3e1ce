"""Pseudo-random numbers for pygil.

The core generator is the 32-bit Mersenne Twister (MT19937), written here
in pure Python.  Seeding, the way words are combined into floats and big
integers, the rejection method used for bounded integers and every
distribution method follow the algorithms CPython 3.11 uses, so a given
seed yields the very same stream of values as on CPython 3.11.

Layout:

  _MersenneTwister   the raw generator (seed, random, getrandbits,
                     getstate, setstate) -- the role CPython gives to its
                     C accelerator type;
  Random             the public class with all the derived methods;
  SystemRandom       a Random drawing from os.urandom() instead.

Module-level functions are bound methods of one hidden Random instance.
"""

from math import (log as _log, exp as _exp, pi as _pi, e as _e,
                  ceil as _ceil, sqrt as _sqrt, acos as _acos, cos as _cos,
                  sin as _sin, floor as _floor, isfinite as _isfinite)
from os import urandom as _urandom
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat
from operator import index as _index
import os as _os

__all__ = [
    "Random", "SystemRandom",
    "betavariate", "choice", "choices", "expovariate", "gammavariate",
    "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
    "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
    "vonmisesvariate", "weibullvariate",
]

# Constants shared with CPython's module (same names, same values).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                    # bits in a float's significand
RECIP_BPF = 2 ** -BPF

_N = 624                    # words of generator state
_M = 397                    # twist offset
_MATRIX_A = 0x9908B0DF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_MASK32 = 0xFFFFFFFF


# ---------------------------------------------------------------------------
# SHA-512 (only needed for str/bytes seeds).  hashlib is used when present;
# otherwise a small pure-Python implementation (FIPS 180-4) takes over.

_sha512_tables = None


def _icbrt(n):
    # floor(cube root of n) for n >= 1, by Newton's method on integers.
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            return x
        x = y


def _isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _sha512_setup():
    # The SHA-512 constants are the first 64 fractional bits of the square
    # roots (initial hash) and cube roots (round constants) of the leading
    # primes; derive them rather than carrying tables around.
    global _sha512_tables
    primes = []
    candidate = 2
    while len(primes) < 80:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    mask = (1 << 64) - 1
    init = [_isqrt(p << 128) & mask for p in primes[:8]]
    rounds = [_icbrt(p << 192) & mask for p in primes]
    _sha512_tables = (init, rounds)
    return _sha512_tables


def _sha512_pure(data):
    init, rounds = _sha512_tables or _sha512_setup()
    mask = (1 << 64) - 1

    def rotr(x, n):
        return ((x >> n) | (x << (64 - n))) & mask

    length = len(data)
    # Padding: a single 1 bit, zeros, then the 128-bit message bit length.
    padded = bytes(data) + b'\x80'
    padded += b'\x00' * ((112 - len(padded)) % 128)
    padded += (length * 8).to_bytes(16, 'big')

    h = list(init)
    for start in range(0, len(padded), 128):
        w = [int.from_bytes(padded[start + 8 * i:start + 8 * i + 8], 'big')
             for i in range(16)]
        for t in range(16, 80):
            x = w[t - 15]
            s0 = rotr(x, 1) ^ rotr(x, 8) ^ (x >> 7)
            x = w[t - 2]
            s1 = rotr(x, 19) ^ rotr(x, 61) ^ (x >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & mask)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            big1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
            choose = (e & f) ^ (~e & g)
            t1 = (hh + big1 + choose + rounds[t] + w[t]) & mask
            big0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
            majority = (a & b) ^ (a & c) ^ (b & c)
            t2 = (big0 + majority) & mask
            hh = g
            g = f
            f = e
            e = (d + t1) & mask
            d = c
            c = b
            b = a
            a = (t1 + t2) & mask
        h = [(old + new) & mask
             for old, new in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(v.to_bytes(8, 'big') for v in h)


try:
    from hashlib import sha512 as _hashlib_sha512
except ImportError:
    _hashlib_sha512 = None


def _sha512_digest(data):
    if _hashlib_sha512 is not None:
        return _hashlib_sha512(data).digest()
    return _sha512_pure(data)


# ---------------------------------------------------------------------------
# Raw Mersenne Twister.

def _twist(mt):
    """Advance the 624-word state in place by one full generation."""
    upper = _UPPER
    lower = _LOWER
    mag = _MATRIX_A
    for kk in range(_N - _M):
        y = (mt[kk] & upper) | (mt[kk + 1] & lower)
        mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (mag if y & 1 else 0)
    for kk in range(_N - _M, _N - 1):
        y = (mt[kk] & upper) | (mt[kk + 1] & lower)
        mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ (mag if y & 1 else 0)
    y = (mt[_N - 1] & upper) | (mt[0] & lower)
    mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (mag if y & 1 else 0)


def _temper(mt):
    """Return the output words (tempered copies) of a state vector."""
    out = []
    append = out.append
    for y in mt:
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        append(y ^ (y >> 18))
    return out


def _state_from_key(key):
    """MT19937 init_by_array: build a fresh state from a list of words."""
    mask = _MASK32
    mt = [0] * _N
    s = 19650218
    mt[0] = s
    for i in range(1, _N):
        s = (1812433253 * (s ^ (s >> 30)) + i) & mask
        mt[i] = s
    i = 1
    j = 0
    nkey = len(key)
    for _ in range(_N if _N > nkey else nkey):
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525))
                 + key[j] + j) & mask
        i += 1
        j += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        if j >= nkey:
            j = 0
    for _ in range(_N - 1):
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & mask
        i += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
    mt[0] = 0x80000000      # guarantees a non-zero state
    return mt


def _int_to_key(n):
    """Split a non-negative int into 32-bit words, least significant first."""
    if n == 0:
        return [0]
    nwords = (n.bit_length() + 31) // 32
    if nwords <= 8:
        key = []
        for _ in range(nwords):
            key.append(n & _MASK32)
            n >>= 32
        return key
    raw = n.to_bytes(nwords * 4, 'little')
    return [int.from_bytes(raw[p:p + 4], 'little')
            for p in range(0, nwords * 4, 4)]


def _words_to_int(words):
    """Combine 32-bit words (least significant first) into one int."""
    if len(words) <= 8:
        r = 0
        for w in reversed(words):
            r = (r << 32) | w
        return r
    return int.from_bytes(b''.join([w.to_bytes(4, 'little') for w in words]),
                          'little')


class _MersenneTwister:
    """The bare generator; Random builds everything else on top of it.

    State: _mt_state (624 raw words), _mt_out (the same words tempered,
    i.e. the outputs of the current generation) and _mt_pos (the index of
    the next output to hand out; 624 means "twist first").
    """

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        # An all-zero state, as an unseeded generator starts out.
        self._mt_state = [0] * _N
        self._mt_out = [0] * _N
        self._mt_pos = 0
        return self

    def __init__(self, *args, **kwargs):
        if kwargs and type(self).__init__ is _MersenneTwister.__init__:
            raise TypeError("Random() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError("Random() requires 0 or 1 argument")
        self.seed(*args)

    # -- seeding ----------------------------------------------------------

    def _mt_load(self, key):
        self._mt_state = _state_from_key(key)
        self._mt_out = self._mt_state       # never read before a twist
        self._mt_pos = _N

    def seed(self, n=None):
        """Seed the raw generator (None: from os.urandom)."""
        if n is None:
            raw = _urandom(_N * 4)
            key = [int.from_bytes(raw[p:p + 4], 'little')
                   for p in range(0, _N * 4, 4)]
        else:
            if isinstance(n, int):
                n = int.__abs__(n)
            else:
                # Other hashable objects seed from their hash, read as an
                # unsigned machine word.
                n = hash(n) & 0xFFFFFFFFFFFFFFFF
            key = _int_to_key(n)
        self._mt_load(key)

    # -- output ------------------------------------------------------------

    def _mt_refill(self):
        mt = self._mt_state
        _twist(mt)
        self._mt_out = _temper(mt)
        self._mt_pos = 0

    def _mt_next(self):
        pos = self._mt_pos
        if pos >= _N:
            self._mt_refill()
            pos = 0
        self._mt_pos = pos + 1
        return self._mt_out[pos]

    def _mt_words(self, count):
        """The next `count` output words, as a list."""
        result = []
        while count > 0:
            pos = self._mt_pos
            if pos >= _N:
                self._mt_refill()
                pos = 0
            take = _N - pos
            if take > count:
                take = count
            self._mt_pos = pos + take
            result += self._mt_out[pos:pos + take]
            count -= take
        return result

    def random(self):
        """random() -> x in the interval [0, 1)."""
        pos = self._mt_pos
        if pos < _N - 1:
            out = self._mt_out
            self._mt_pos = pos + 2
            a = out[pos] >> 5
            b = out[pos + 1] >> 6
        else:
            a = self._mt_next() >> 5
            b = self._mt_next() >> 6
        # 27 + 26 bits -> a float with 53 random bits.
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        k = _index(k)
        if k <= 32:
            if k < 0:
                raise ValueError('number of bits must be non-negative')
            if k == 0:
                return 0
            pos = self._mt_pos
            if pos < _N:
                self._mt_pos = pos + 1
                return self._mt_out[pos] >> (32 - k)
            return self._mt_next() >> (32 - k)
        words = self._mt_words((k - 1) // 32 + 1)
        spare = -k & 31
        if spare:
            words[-1] >>= spare
        return _words_to_int(words)

    # -- state ------------------------------------------------------------

    def getstate(self):
        """getstate() -> tuple containing the current state."""
        return tuple(self._mt_state) + (self._mt_pos,)

    def setstate(self, state):
        """setstate(state) -> None.  Restores generator state."""
        if not isinstance(state, tuple):
            raise TypeError('state vector must be a tuple')
        if len(state) != _N + 1:
            raise ValueError('state vector is the wrong size')
        mt = []
        for item in state[:_N]:
            if not isinstance(item, int):
                raise TypeError('an integer is required')
            if item < 0:
                raise OverflowError("can't convert negative value to "
                                    "unsigned int")
            if item > 0xFFFFFFFFFFFFFFFF:
                raise OverflowError('Python int too large to convert to '
                                    'C unsigned long')
            mt.append(item & _MASK32)
        pos = state[_N]
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an "
                            "integer" % type(pos).__name__)
        if pos < 0 or pos > _N:
            raise ValueError('invalid state')
        self._mt_state = mt
        self._mt_out = _temper(mt)
        self._mt_pos = int(pos)


def _deprecated(message, level=3):
    try:
        from warnings import warn
    except ImportError:
        return
    warn(message, DeprecationWarning, level)


def _is_sequence(obj):
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray)):
        return True
    try:
        from collections.abc import Sequence
    except ImportError:
        return (hasattr(type(obj), '__getitem__')
                and hasattr(type(obj), '__len__')
                and not isinstance(obj, (dict, set, frozenset)))
    return isinstance(obj, Sequence)


_ONE = 1


class Random(_MersenneTwister):
    """Random number generator base class used by the module functions.

    Subclass and override random() (and, for arbitrarily large ranges,
    getrandbits()) to plug in a different core generator; the derived
    methods adapt automatically.
    """

    VERSION = 3

    def __init__(self, x=None):
        """Initialize an instance; x seeds it (None: system entropy)."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed.

        None seeds from os.urandom(); ints are used directly (by absolute
        value); str, bytes and bytearray seeds are expanded with SHA-512
        (version 2) or the old string hash (version 1).
        """
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(text[0]) << 7 if text else 0
            for ch in text:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(text)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _sha512_digest(data), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes,
                                bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
            super().setstate(internal)
        elif version == 2:
            version, internal, self.gauss_next = state
            # Version 2 stored the words as signed C longs.
            try:
                internal = tuple(x % (2 ** 32) for x in internal)
            except ValueError as exc:
                raise TypeError from exc
            super().setstate(internal)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s"
                             % (version, self.VERSION))

    # Pickle / copy support.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # Pick the integer-drawing strategy matching what the subclass
        # overrides: the nearest class defining one of these names wins.
        for klass in cls.__mro__:
            found = klass.__dict__
            if '_randbelow' in found:
                break
            if 'getrandbits' in found:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in found:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # -- integers ---------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in [0, n), n > 0, by rejection sampling."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in [0, n) using only random()."""
        random = self.random
        if n >= maxsize:
            try:
                from warnings import warn
            except ImportError:
                pass
            else:
                warn("Underlying random() generator does not supply \n"
                     "enough bits to choose from a population range "
                     "this large.\n"
                     "To remove the range limitation, add a getrandbits() "
                     "method.")
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(start, stop[, step])."""
        try:
            istart = _index(start)
        except TypeError:
            istart = int(start)
            if istart != start:
                _deprecated('randrange() will raise TypeError in the future')
                raise ValueError("non-integer arg 1 for randrange()")
            _deprecated('non-integer arguments to randrange() have been '
                        'deprecated since Python 3.10 and will be removed '
                        'in a subsequent version')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")

        try:
            istop = _index(stop)
        except TypeError:
            istop = int(stop)
            if istop != stop:
                _deprecated('randrange() will raise TypeError in the future')
                raise ValueError("non-integer stop for randrange()")
            _deprecated('non-integer arguments to randrange() have been '
                        'deprecated since Python 3.10 and will be removed '
                        'in a subsequent version')
        width = istop - istart
        try:
            istep = _index(step)
        except TypeError:
            istep = int(step)
            if istep != step:
                _deprecated('randrange() will raise TypeError in the future')
                raise ValueError("non-integer step for randrange()")
            _deprecated('non-integer arguments to randrange() have been '
                        'deprecated since Python 3.10 and will be removed '
                        'in a subsequent version')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return a random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences --------------------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Choose k unique random elements from a population sequence.

        counts, if given, repeats each element that many times (without
        materialising the repetition).
        """
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match '
                                 'the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Either a partial Fisher-Yates over a copied pool, or rejection
        # of repeats tracked in a set -- whichever needs less memory.  The
        # cut-off must be CPython's exactly, as it changes the sequence.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            chosen = set()
            for i in range(k):
                j = randbelow(n)
                while j in chosen:
                    j = randbelow(n)
                chosen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with
        replacement, optionally weighted (relative or cumulative)."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                nf = n + 0.0
                return [population[_floor(random() * nf)]
                        for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword '
                                'argument: k=%r' % (k,)) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative '
                            'weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the '
                             'population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions ----------------------------------------

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b]."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman-Monahan ratio of uniforms)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller; every other call is free).

        Not thread-safe without a lock around calls.
        """
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            random = self.random
            angle = random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1/mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution (Best & Fisher)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha, scale beta)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm (1977).
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        # 0 < alpha < 1: algorithm GS (Ahrens-Dieter, via Kennedy & Gentle).
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution, built from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution (scale alpha, shape beta)."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom(); stateless and not reproducible."""

    def random(self):
        """Get the next random number in the range [0.0, 1.0)."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        k = _index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(nbytes), 'big')
        return x >> (nbytes * 8 - k)

    def randbytes(self, n):
        """Generate n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Stub method.  Not used for a system random number generator."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have '
                                  'state.')

    getstate = setstate = _notimplemented


# ---------------------------------------------------------------------------
# Module-level interface: methods of one shared, entropy-seeded instance.

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes

if hasattr(_os, 'register_at_fork'):
    # A forked child must not replay its parent's stream.
    _os.register_at_fork(after_in_child=_inst.seed)
