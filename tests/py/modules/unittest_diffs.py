# unittest failure messages with diffs: lists, tuples, dicts (pretty
# printed, keys sorted), nested data, multi-line strings, long reprs
# shortened, maxDiff truncation.
import unittest

tc = unittest.TestCase()


def check(name, *args, **kwargs):
    try:
        getattr(tc, name)(*args, **kwargs)
    except AssertionError as e:
        print("--- %s" % name)
        print(e)
    else:
        print("--- %s: passed" % name)


check("assertEqual", [1, 2, 3], [1, 2, 3, 4, 5])
check("assertEqual", [1, 2, 3, 4], [1, 2])
check("assertEqual", ["apple", "banana", "cherry"], ["apple", "blueberry", "cherry"])
check("assertEqual", (1, "a", None), (1, "b", None))
check("assertEqual", {"b": 2, "a": 1, "c": [1, 2]}, {"a": 1, "b": 3, "c": [1, 2, 3]})
check("assertEqual", {"x": {"nested": True}}, {"x": {"nested": False}})
check("assertEqual", list(range(30)), list(range(1, 31)))
check("assertEqual", [{"id": i, "name": "item%d" % i} for i in range(4)],
      [{"id": i, "name": "item%d" % (i + (i == 2))} for i in range(4)])
check("assertEqual", {"k%02d" % i: i for i in range(12)}, {"k%02d" % i: i * (i != 5) for i in range(12)})
check("assertEqual", "one line", "one lime")
check("assertEqual", "first\nsecond\nthird\n", "first\nSECOND\nthird\nfourth\n")
check("assertEqual", "tabs\there\n", "tabs    here\n")
check("assertEqual", "no newline at end", "no newline at end\n")
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", "a" * 50 + "MIDDLE" + "b" * 50, "a" * 50 + "middle" + "b" * 50)
check("assertEqual", list(range(40)), list(range(40)) + [40])
check("assertEqual", {1, 2, 3}, {2, 3, 4})
check("assertEqual", frozenset(), frozenset([1]))
check("assertEqual", [[1, 2], [3, 4]], [[1, 2], [3, 5]])
check("assertEqual", ("long string number one " * 3, 2), ("long string number two " * 3, 2))
check("assertEqual", ["x" * 90], ["x" * 89])
check("assertSequenceEqual", [1, 2], [1, 3], seq_type=list)
check("assertSequenceEqual", "abc", ["a", "b", "c"])
check("assertEqual", {"text": "a long value that makes the dict too wide to fit on one line " * 2},
      {"text": "short"})
check("assertEqual", {(1, 2): "tuple key", "s": "str key"}, {(1, 2): "tuple key", "s": "other"})
check("assertEqual", [1.5, None, True, "s", b"b"], [1.5, None, False, "s", b"b"])

tc.maxDiff = 40
check("assertEqual", list(range(20)), list(range(1, 21)))
check("assertEqual", "alpha\nbeta\ngamma\ndelta\n", "alpha\nbeta\nGAMMA\ndelta\n")
check("assertCountEqual", list(range(30)), list(range(1, 31)))
tc.maxDiff = None
check("assertEqual", list(range(20)), list(range(1, 21)))

long_text_a = "\n".join("line %d of the text" % i for i in range(15)) + "\n"
long_text_b = long_text_a.replace("line 7 of", "line seven of").replace("line 12", "line twelve")
tc.maxDiff = 80 * 8
check("assertMultiLineEqual", long_text_a, long_text_b)
