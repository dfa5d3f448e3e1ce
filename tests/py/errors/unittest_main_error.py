# unittest.main(verbosity=2) with an error and a skip: exit status 1, the
# last line of stderr is the summary.
import unittest


class Things(unittest.TestCase):
    def test_error(self):
        raise LookupError("missing thing")

    @unittest.skip("later")
    def test_later(self):
        pass

    def test_ok(self):
        pass


unittest.main(verbosity=2)
