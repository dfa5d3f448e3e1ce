# unittest.main() with a failing test: the report goes to stderr and the
# program exits with status 1.
import unittest


class Numbers(unittest.TestCase):
    def test_ok(self):
        print("test_ok ran")
        self.assertEqual(2 * 2, 4)

    def test_wrong(self):
        print("test_wrong ran")
        self.assertEqual([1, 2], [1, 3])


if __name__ == "__main__":
    unittest.main()
