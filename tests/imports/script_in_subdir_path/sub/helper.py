H = "sub helper"
