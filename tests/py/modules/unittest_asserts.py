# unittest assert methods: each one passing and failing, the standard
# failure messages, msg= with longMessage on and off.
import unittest

tc = unittest.TestCase()


def check(name, *args, **kwargs):
    try:
        getattr(tc, name)(*args, **kwargs)
    except AssertionError as e:
        print("%s: %s" % (name, e))
    except Exception as e:
        print("%s raised %s: %s" % (name, type(e).__name__, e))
    else:
        print("%s: passed" % name)


check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", 1, 1.0)
check("assertEqual", "a", "b")
check("assertEqual", None, 0)
check("assertEqual", 1, 2, "with msg")
check("assertEqual", 1, 2, msg="keyword msg")
check("assertNotEqual", 1, 2)
check("assertNotEqual", [1], [1])
check("assertTrue", 1)
check("assertTrue", 0)
check("assertTrue", [], "empty list")
check("assertFalse", "")
check("assertFalse", "text")
check("assertIs", None, None)
check("assertIs", [], [])
check("assertIsNot", 1, 2)
check("assertIsNot", None, None)
check("assertIsNone", None)
check("assertIsNone", 0)
check("assertIsNotNone", 0)
check("assertIsNotNone", None)
check("assertIn", 1, [1, 2])
check("assertIn", 3, [1, 2])
check("assertIn", "x", "abc")
check("assertNotIn", 3, {1: 2})
check("assertNotIn", 1, {1: 2})
check("assertIsInstance", 1, int)
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, bytes))
check("assertNotIsInstance", 1, str)
check("assertNotIsInstance", True, int)
check("assertGreater", 2, 1)
check("assertGreater", 1, 1)
check("assertGreaterEqual", 1, 1)
check("assertGreaterEqual", 0, 1)
check("assertLess", 1, 2)
check("assertLess", "b", "a")
check("assertLessEqual", 2, 2)
check("assertLessEqual", 3, 2)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.01, places=1)
check("assertAlmostEqual", 1.0, 1.01, places=3)
check("assertAlmostEqual", 10, 12, delta=3)
check("assertAlmostEqual", 10, 15, delta=3)
check("assertAlmostEqual", 1, 2, places=1, delta=1)
check("assertAlmostEqual", float("inf"), float("inf"))
check("assertNotAlmostEqual", 1.0, 1.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.0)
check("assertNotAlmostEqual", 10, 12, delta=3)
check("assertNotAlmostEqual", 10, 15, delta=3)
check("assertRegex", "hello world", r"w.rld")
check("assertRegex", "hello world", r"^world")
check("assertNotRegex", "hello", r"xyz")
check("assertNotRegex", "hello world", r"o w")
check("assertCountEqual", [1, 2, 3], [3, 2, 1])
check("assertCountEqual", [1, 1, 2], [1, 2, 2])
check("assertCountEqual", [[1], [2]], [[2], [1]])
check("assertCountEqual", [[1], [2], [2]], [[2], [1], [3]])
check("assertCountEqual", "abc", "abd")
check("assertDictEqual", {}, {})
check("assertDictEqual", [], {})
check("assertListEqual", (1,), [1])
check("assertTupleEqual", (1,), (2,))
check("assertSetEqual", {1, 2}, {1, 2})
check("assertSetEqual", {1, 2}, {2, 3})
check("assertSetEqual", {1}, set())
check("assertSetEqual", set(), {"x"})
check("assertSetEqual", {1}, [1])
check("assertSetEqual", [1], {1})
check("assertSetEqual", frozenset([1]), {1})
check("assertMultiLineEqual", "a", 1)
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertSequenceEqual", [1, 2], [1, 2, 3])
check("assertSequenceEqual", "ab", "ac")
check("assertSequenceEqual", 1, [1])
check("fail")
check("fail", "reason")

tc.longMessage = False
check("assertEqual", 1, 2, "only this")
check("assertEqual", 1, 2)
check("assertIn", 3, [1], "short")
tc.longMessage = True


class Custom(unittest.TestCase):
    failureException = ValueError


c = Custom()
try:
    c.assertEqual(1, 2)
except ValueError as e:
    print("custom failureException:", e)

# Type-specific equality functions.
class Point:
    def __init__(self, x):
        self.x = x


def point_equal(a, b, msg=None):
    if a.x != b.x:
        raise tc.failureException(msg or "points differ: %d vs %d" % (a.x, b.x))


tc.addTypeEqualityFunc(Point, point_equal)
check("assertEqual", Point(1), Point(1))
check("assertEqual", Point(1), Point(2))

# Deprecated aliases still work (and warn).
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    check("assertEquals", 1, 2)
    check("failUnless", True)
    check("assertRegexpMatches", "abc", "b")
    print([str(x.message) for x in w])
check("assertDictContainsSubset", {"a": 1}, {"a": 1, "b": 2})
