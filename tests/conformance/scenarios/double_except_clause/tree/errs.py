class AppError(Exception):
    pass
import raiser
try:
    raiser.fail()
except AppError:
    print(__name__, ': caught AppError')
except Exception as e:
    print(__name__, ': AppError missed, got', type(e).__name__)
