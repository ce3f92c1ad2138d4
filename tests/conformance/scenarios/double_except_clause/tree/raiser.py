def fail():
    import errs
    raise errs.AppError('x')
