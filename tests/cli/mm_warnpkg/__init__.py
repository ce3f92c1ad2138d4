from . import tool
