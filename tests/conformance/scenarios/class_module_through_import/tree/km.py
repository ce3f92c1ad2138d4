import runs
runs.names.append(__name__)
class C:
    pass
if len(runs.names) == 1:
    import km
    print('C.__module__:', C.__module__, '| km.C.__module__:', km.C.__module__)
