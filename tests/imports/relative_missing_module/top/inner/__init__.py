from .missingmod import y
