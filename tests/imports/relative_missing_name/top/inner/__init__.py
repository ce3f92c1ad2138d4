from . import missing
