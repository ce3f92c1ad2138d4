# TypeError: object is not callable / not subscriptable, from a method
class Config:
    def __init__(self):
        self.settings = {"debug": True}
        self.name = "cfg"
    def get(self, key):
        return self.settings(key)
c = Config()
print(c.name)
print(c.get("debug"))
