a = [1, [2, 3], {"k": (4, 5)}]
b = [1, [2, 3], {"k": (4, 5)}]
print(a == b, a is b, a[1] == b[1], a[1] is b[1])
b[2]["k"] = (4, 6)
print(a == b)
print([1, 2] == [1, 2.0], (1, 2) == (1, 2), [1] == (1,), {1: [1]} == {1: [1]})
print([[]] == [[]], [[1]] != [[1]], [1, 2] < [1, 2, 3], [2] > [1, 9])
rec = [1]
rec.append(rec)
print(rec)
d = {"self": None}
d["self"] = d
print(d)
import copy
orig = [[1, 2], [3, 4]]
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig[0].append(99)
print(sh, dp, sh[0] is orig[0], dp[0] is orig[0])
print(list(orig) == orig, orig[:] is orig, orig[:] == orig)
