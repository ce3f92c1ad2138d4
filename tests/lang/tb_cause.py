# raise ... from ...: both tracebacks with the "direct cause" separator
class ConfigError(Exception):
    pass
def read_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port is not configured") from e
print(read_port({"port": "80"}))
print(read_port({}))
