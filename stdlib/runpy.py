"""Run modules and paths as programs: minipy's runpy.

run_module(name) executes a module located through the import system in a fresh namespace;
run_path(path) a script file, or the __main__ module of a directory. `-m NAME` and directory
arguments run through _run_module_as_main(). CPython's runpy frames show in tracebacks and its
warning says '<frozen runpy>:128:', so the statements behind those lines stand on the same
line numbers here; tests/cli compares them with CPython's output."""

import sys
import importlib.machinery
import importlib.util

__all__ = ["run_module", "run_path"]

_Module = type(sys)


def _no_main_module_hook(spec, module):
    pass


# _run_module_as_main calls this with (spec, main module) just before the body of the target
# runs; the pep499 main-module strategy replaces it to file the module under its real name.
_main_module_hook = _no_main_module_hook


class _TempModule:
    """Puts a fresh module under `name` in sys.modules for the duration of a with block."""

    def __init__(self, name):
        self.mod_name = name
        self.module = _Module(name)
        self._previous = []

    def __enter__(self):
        if self.mod_name in sys.modules:
            self._previous.append(sys.modules[self.mod_name])
        sys.modules[self.mod_name] = self.module
        return self

    def __exit__(self, *exc_info):
        if self._previous:
            sys.modules[self.mod_name] = self._previous.pop()
        else:
            del sys.modules[self.mod_name]


class _ModifiedArgv0:
    """Sets sys.argv[0] for the duration of a with block."""

    def __init__(self, value):
        self.value = value
        self._saved = None
        self._active = False

    def __enter__(self):
        if self._active:
            raise RuntimeError("Already preserving saved value")
        self._active = True
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *exc_info):
        self._active = False
        sys.argv[0] = self._saved


def _run_code(code, run_globals, init_globals=None,
              mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Executes `code` in `run_globals` after setting the module attributes, and returns it."""
    if init_globals is not None:
        run_globals.update(init_globals)
    loader = fname = cached = None
    if mod_spec is None:
        fname = script_name
    else:
        loader, fname, cached = mod_spec.loader, mod_spec.origin, mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals["__name__"] = mod_name
    run_globals["__file__"] = fname
    run_globals["__cached__"] = cached
    run_globals["__doc__"] = None
    run_globals["__loader__"] = loader
    run_globals["__package__"] = pkg_name
    run_globals["__spec__"] = mod_spec
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """_run_code in a temporary module registered as `mod_name`, with sys.argv[0] set to
    the file; returns a copy of the resulting globals."""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp, _ModifiedArgv0(fname):
        result = _run_code(code, temp.module.__dict__, init_globals,
                           mod_name, mod_spec, pkg_name, script_name)
    return result.copy()


def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of `mod_name`, located but not run; raises `error` if it can't."""
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name = mod_name.rpartition(".")[0]
    if pkg_name:
        # Import the parent first, so that an error raised by its __init__ surfaces as itself;
        # only "the parent (or an ancestor) does not exist" is left for find_spec to report.
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name
                                  and not pkg_name.startswith(e.name + ".")):
                raise
        # The parent's import may have imported the target itself: it will now run twice.
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            msg = (f"{mod_name!r} found in sys.modules after import of package "
                   f"{pkg_name!r}, but prior to execution of {mod_name!r}; "
                   f"this may result in unpredictable behaviour")
            # The warning is attributed to this line: CPython prints
            # '<frozen runpy>:128: RuntimeWarning: ...', and so does minipy: the
            # message is the same, and so is the line the warning comes from
            # (RuntimeWarning is shown by default, once per location).
            warn(RuntimeWarning(msg))

    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        # A package runs as its __main__ submodule. Looking that up imports the package
        # itself (its __init__ runs); if the lookup fails after that, the message says that
        # the package cannot be run directly. A SyntaxError in the package's __main__ shows
        # this line in its traceback.
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error("%s; %r is a package and cannot be directly executed"
                        % (e, mod_name))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        # A SyntaxError is not caught: it shows this call in its traceback, as in CPython.
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


class _Error(Exception):
    """A failure that _run_module_as_main reports as one line, without a traceback."""


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs `mod_name` in the namespace of the existing __main__ module, as `-m` does
    (alter_argv: set sys.argv[0] to the file). With alter_argv false and the name
    '__main__', runs the __main__ module of sys.path[0], as a directory argument does.
    """
    try:
        if alter_argv or mod_name != "__main__":
            # `-m NAME`: sys.argv[0] is still '-m' here, while the parent packages of NAME
            # are imported; it becomes the file name only when the module has been found
            # and compiled. Anything that goes wrong in between is an _Error, reported by
            # sys.exit as "minipy: <message>" with exit status 1, except the exceptions
            # raised by a parent package's __init__, and SyntaxError, which propagate with
            # their traceback (its first frames are this line and the
            # _get_module_details lines above). The hook below runs only once the
            # module was found, after sys.argv[0] is set and before the body runs,
            # which is exactly where PEP 499 puts its extra sys.modules entry:
            # nothing of the module has run yet, and a self-import finds the module
            # (PEP 499's "python -m foo should also bind 'foo' in sys.modules").
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        sys.exit("minipy: %s" % (exc,))
    main_module = sys.modules["__main__"]
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    _main_module_hook(mod_spec, main_module)
    return _run_code(code, main_module.__dict__, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Executes the module `mod_name` without importing it, and returns its globals.

    mod_name: an absolute module name. A package runs as its __main__ submodule; its parent
    packages are imported first, as an import of the module would do.

    init_globals: a dictionary copied into the module's namespace before the code runs.

    run_name: the __name__ the code sees; by default the module's own name (for a package,
    'pkg.__main__').

    alter_sys: if true, sys.argv[0] is the module's file and sys.modules[run_name] a
    temporary module while the code runs; both are restored afterwards. By default sys is
    left alone and the code runs in a fresh dictionary that no module owns.

    The module's __spec__, __file__, __loader__ and __package__ are set from its spec.

    Failures to locate the module raise ImportError with runpy's messages ("No module
    named x", "Relative module names not supported", ...); errors raised by a parent
    package's __init__ propagate as they are.
    """
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    # sys stays as it is: no temporary module, no change to sys.argv. The
    # namespace is a new dictionary.
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    """_get_module_details('__main__') for a directory on sys.path[0].

    The running __main__ module is taken out of sys.modules meanwhile, so that the search
    finds the directory's __main__.py and not the module that is already running."""
    saved_main = sys.modules["__main__"]
    del sys.modules["__main__"]
    try:
        return _get_module_details("__main__")
    except ImportError as exc:
        if "__main__" in str(exc):
            raise error("can't find %r module in %r" % ("__main__", sys.path[0])) from exc
        raise
    finally:
        sys.modules["__main__"] = saved_main


def _get_code_from_file(run_name, fname):
    # The file's bytes, compiled with the file name in tracebacks. A missing file raises
    # FileNotFoundError (OSError), as reading it does in CPython. minipy writes and reads no
    # bytecode cache, so there is no compiled file to try first; the source is compiled on
    # each run.
    loader = importlib.machinery.SourceFileLoader(run_name, fname)
    return compile(loader.get_data(fname), fname, "exec"), fname


def _get_importer(path_name):
    """The path-entry finder for `path_name` (as pkgutil.get_importer), or None."""
    if path_name in sys.path_importer_cache:
        return sys.path_importer_cache[path_name]
    for hook in sys.path_hooks:
        try:
            finder = hook(path_name)
        except ImportError:
            continue
        sys.path_importer_cache.setdefault(path_name, finder)
        return finder
    return None


def run_path(path_name, init_globals=None, run_name=None):
    """Executes the code at a file-system location and returns the resulting globals.

    path_name: a script file, or a directory (any sys.path entry) with a __main__ module.

    init_globals: a dictionary copied into the namespace before the code runs.

    run_name: the __name__ the code sees; '<run_path>' by default. Its package part
    (before the last dot) becomes __package__.

    A script runs in a temporary module registered under run_name, with sys.argv[0] set to
    the path. A directory is put at the front of sys.path while its __main__ module is
    found and run, and taken out again afterwards.
    """
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    if _get_importer(path_name) is None:
        code, fname = _get_code_from_file(run_name, path_name)
        return _run_module_code(code, init_globals, run_name,
                                pkg_name=pkg_name, script_name=fname)
    # A directory (or other path entry): its __main__ module is found through sys.path, so
    # the entry goes first on sys.path while the module is found and run. The running
    # __main__ module is set aside during the search (see _get_main_module_details), and the
    # code runs in a temporary module under run_name, with sys.argv[0] set to the path.
    # sys.path is restored afterwards even if the code fails.
    # The namespace that is returned is a copy, like the one from a script (the temporary
    # module goes away when the with block ends).
    # Unlike run_module, this never imports a parent package: the directory is not a
    # package, and its __main__ module is a top-level module.
    sys.path.insert(0, path_name)
    try:
        mod_name, mod_spec, code = _get_main_module_details()
        with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
            # sys.argv[0] is the directory as given; __file__ is the path of the
            # __main__ module that was found.
            return _run_code(code, temp.module.__dict__, init_globals,
                             run_name, mod_spec, pkg_name).copy()
    finally:
        if path_name in sys.path:
            sys.path.remove(path_name)
