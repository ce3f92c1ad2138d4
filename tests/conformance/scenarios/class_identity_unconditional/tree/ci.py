import runs
runs.names.append(__name__)
class C:
    pass
if len(runs.names) == 1:
    import ci
    print('C.__module__:', C.__module__, '| ci.C is C:', ci.C is C, '| isinstance(C(), ci.C):', isinstance(C(), ci.C))
