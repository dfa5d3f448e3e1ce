print("this never runs")
result = max(1,
             2
