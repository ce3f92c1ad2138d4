# binary search tree: insert, search, traversals, delete, height
class BST:
    class Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key):
        def _ins(node):
            if node is None:
                self.count += 1
                return BST.Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def inorder(self):
        def _walk(n):
            if n:
                yield from _walk(n.left)
                yield n.key
                yield from _walk(n.right)
        return list(_walk(self.root))
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            if n.right: stack.append(n.right)
            if n.left: stack.append(n.left)
        return out
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def delete(self, key):
        def _del(n, key):
            if n is None:
                return None
            if key < n.key:
                n.left = _del(n.left, key)
            elif key > n.key:
                n.right = _del(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key = succ.key
                n.right = _del(n.right, succ.key)
            return n
        self.root = _del(self.root, key)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(t.count, t.inorder())
print(t.preorder())
print(t.levels(), t.height())
print([k in t for k in (35, 36, 80, 10)])
for k in (20, 30, 50, 99):
    t.delete(k)
    print("after deleting", k, t.inorder(), t.levels())
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.height())
