import math
import os.path
import collections.abc
from os import path as osp
from functools import reduce as fold
import itertools as it, operator as op
print(math.floor(3.7), os.path.basename("/a/b/c.txt"), osp.splitext("file.tar.gz"), osp.join("a", "b"))
print(fold(op.add, range(5)), list(it.islice(it.count(), 3)))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), issubclass(dict, collections.abc.MutableMapping))
print(type(math).__name__, math.__name__, osp.__name__ == os.path.__name__)
def local_import():
    import json
    return json.dumps({"b": [1, 2.5, None, True], "a": "x"}, sort_keys=True)
print(local_import())
print("json" in dir(), "local_import" in dir())
import json as j1
import json as j2
print(j1 is j2, j1.loads('{"k": [1, "two"]}'))
print(os.path.dirname("/x/y/z"), os.sep in ("/", "\\"), os.path.isabs("/abs"), os.path.normpath("a//b/../c"))
