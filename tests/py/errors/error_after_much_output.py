for i in range(20):
    print("line", i, "square", i * i)
data = list(range(5))
print("accessing index 10 of", data)
data[10]
