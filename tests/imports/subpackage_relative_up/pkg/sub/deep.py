from .. import TOP
from ..sibling import S
print(TOP, S)
