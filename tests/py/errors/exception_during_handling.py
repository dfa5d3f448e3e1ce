def cleanup(resource):
    raise RuntimeError(f"cleanup of {resource} failed")
def use(resource):
    try:
        print("using", resource)
        raise ValueError("primary failure")
    except ValueError:
        cleanup(resource)
use("db")
