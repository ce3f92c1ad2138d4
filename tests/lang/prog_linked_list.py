# singly linked list with iteration, reversal, and dunder methods
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __str__(self):
        return " -> ".join(str(v) for v in self) + " -> None"
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
ll = LinkedList([3, 1, 4])
ll.append(1)
ll.append(5)
ll.push_front(9)
print(repr(ll), len(ll))
print(ll)
print(ll[0], ll[-1], ll[2], 4 in ll, 7 in ll, list(ll), sum(ll), max(ll))
print(ll.reverse())
print(ll.remove(1), ll.remove(42), ll, len(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList() == LinkedList([]), LinkedList([1, 2]) == LinkedList([1, 2]), LinkedList([1]) == [1])
empty = LinkedList()
print(repr(empty), str(empty), len(empty), list(reversed(list(LinkedList("abc")))))
def merge_sorted(a, b):
    out = LinkedList()
    ia, ib = iter(a), iter(b)
    va, vb = next(ia, None), next(ib, None)
    while va is not None or vb is not None:
        if vb is None or (va is not None and va <= vb):
            out.append(va); va = next(ia, None)
        else:
            out.append(vb); vb = next(ib, None)
    return out
print(merge_sorted(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])))
