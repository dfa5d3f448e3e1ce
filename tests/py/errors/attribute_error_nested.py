class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child
def depth_values(node):
    values = []
    while True:
        values.append(node.value)
        node = node.child
def main():
    chain = Node(1, Node(2, Node(3)))
    print("walking chain")
    depth_values(chain)
main()
