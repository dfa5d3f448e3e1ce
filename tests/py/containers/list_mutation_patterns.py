nums = list(range(10))
nums = [n for n in nums if n % 3]
print(nums)
copy = nums[:]
for n in copy:
    if n > 5:
        nums.remove(n)
print(nums, copy)
stack = [1, 2, 3]
stack.extend(stack)
print(stack)
lst = [[0] * 3 for _ in range(2)]
lst[0][0] = 1
print(lst)
alias = [[0] * 3] * 2
alias[0][0] = 1
print(alias)
a = [3, 1, 2]
b = a
a = a + [4]
print(a, b)
a = [3, 1, 2]
b = a
a += [4]
print(a, b)
x = [1, 2, 3, 4, 5, 6]
x[1::2] = [0] * 3
print(x)
x.insert(-1, "before-last")
x.insert(0, "first")
print(x)
print(x.pop(-2), x.pop(0), x)
y = list("hello")
y.sort(key=lambda c: (c != "l", c))
print(y)
z = [5, 3, 5, 1, 5]
while 5 in z:
    z.remove(5)
print(z)
m = [1, 2, 3]
m[len(m):len(m)] = [4, 5]
m[:0] = [0]
print(m, m.index(3), m[-1])
