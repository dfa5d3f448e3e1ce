def shutdown(code):
    try:
        raise SystemExit(code)
    finally:
        print("finally runs before exit")
print("start")
shutdown(5)
