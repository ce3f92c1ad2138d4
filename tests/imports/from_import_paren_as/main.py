from mod import (x as z,
   y)
print(z, y)
