class Hook:
    def __call__(self, argv):
        print('Hook instance called with', len(argv), 'args')
        return 6
__main__ = Hook()
