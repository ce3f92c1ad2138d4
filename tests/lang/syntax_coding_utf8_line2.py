
# -*- coding: UTF_8 -*-
print("été")
