import helpers.mod_config as cfg
from helpers.mod_config import SETTINGS, is_debug
print(is_debug(), SETTINGS)
cfg.set_debug(True)
print(is_debug(), cfg.SETTINGS, "stale from-import:", SETTINGS)
print(getattr(cfg, "is_debug")(), hasattr(cfg, "missing"), getattr(cfg, "missing", "n/a"))
cfg.NEW_ATTR = "added from outside"
import helpers.mod_config
print(helpers.mod_config.NEW_ATTR)
print(sorted(k for k in vars(cfg) if not k.startswith("__")))
print(type(cfg).__name__, cfg.__name__, cfg.__package__)
print(cfg.__dict__ is vars(cfg), "SETTINGS" in cfg.__dict__)
import helpers
print(helpers.__doc__, hasattr(helpers, "mod_config"), helpers.mod_config is cfg)
