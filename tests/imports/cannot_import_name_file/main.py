from top.val import NOPE
