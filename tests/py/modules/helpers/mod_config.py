SETTINGS = {"debug": False}
def is_debug():
    return SETTINGS["debug"]
def set_debug(v):
    global SETTINGS
    SETTINGS = {"debug": v}
