"""CPython 3.11 stand-in for minipy's command line and main-module modes.

    python3 -B -E -s oracle.py [option] ... [-c cmd | -m mod | file | -] [arg] ...

The oracle accepts minipy's interpreter options (``--main-mode=MODE``, ``-X main_mode=MODE``, the
``MINIPY_MAIN_MODE`` environment variable, ``-E``, ``-I``, ``-B``, ``-s``, ``-S``, ``-u``, ``-P``,
``-W``, other ``-X`` options and a few no-op flags), then runs the program on top of CPython's own
``runpy`` and ``importlib`` the way the main-modes specification defines each mode:

* ``status-quo``: exactly what plain CPython 3.11 does (checked by check_oracle.py);
* ``pep499``: ``-m`` also binds ``sys.modules[spec.name]`` and the parent attribute (P1-P8);
* ``pep3122``: ``sys.main`` and ``-m`` as a normal import under the real name (C1-C18);
* ``pep299``: the ``__main__(sys.argv)`` hook after the body (D1-D12).

The program sees a fresh ``__main__`` module in place of the oracle's own, and the oracle's frames
are removed from every traceback it prints, so the output reads as CPython's with ``minipy`` as the
program name. See docs/conformance.md.
"""

import builtins
import importlib.machinery
import importlib.util
import os
import runpy  # the frozen runpy: its frames print as <frozen runpy>, as in CPython
import signal
import sys

MODES = ('status-quo', 'pep499', 'pep3122', 'pep299')
PROG = 'minipy'
USAGE = 'usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...'
TRY = "Try `minipy -h' for more information."
# Flags that take no argument and that the oracle accepts (most have no effect on the oracle).
NOARG_FLAGS = 'bBdEIOqsSuvxP'


class UsageError(Exception):
    pass


class _Error(Exception):
    """A -m lookup failure, reported as `minipy: <message>` with exit status 1."""


def _oracle_filename():
    return _oracle_filename.__code__.co_filename


ORACLE_FILE = _oracle_filename()


# ---------------------------------------------------------------------------------------------
# Command line

class Options:
    def __init__(self):
        self.flags = set()
        self.xoptions = []
        self.warnoptions = []
        self.cmdline_mode = None      # last --main-mode / -X main_mode value
        self.command = None
        self.module = None
        self.args = []                # everything after the option that selects the program


def parse_args(argv):
    opts = Options()
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == '--':
            i += 1
            break
        if not arg.startswith('-') or arg == '-':
            break
        if arg.startswith('--'):
            if arg.startswith('--main-mode='):
                opts.cmdline_mode = arg[len('--main-mode='):]
                i += 1
                continue
            raise UsageError('unknown option %s' % arg)
        j = 1
        i += 1
        while j < len(arg):
            ch = arg[j]
            j += 1
            if ch in 'cmXW':
                if j < len(arg):
                    value = arg[j:]
                elif i < len(argv):
                    value = argv[i]
                    i += 1
                else:
                    raise UsageError('Argument expected for the -%s option' % ch)
                if ch == 'c':
                    opts.command = value
                    opts.args = argv[i:]
                    return opts
                if ch == 'm':
                    opts.module = value
                    opts.args = argv[i:]
                    return opts
                if ch == 'X':
                    opts.xoptions.append(value)
                    if value == 'main_mode' or value.startswith('main_mode='):
                        opts.cmdline_mode = value.partition('=')[2]
                else:
                    opts.warnoptions.append(value)
                break
            if ch in NOARG_FLAGS:
                opts.flags.add(ch)
                continue
            raise UsageError('Unknown option: -%s' % ch)
    opts.args = argv[i:]
    return opts


def select_mode(opts):
    if opts.cmdline_mode is not None:
        mode = opts.cmdline_mode
    else:
        mode = None
        if 'E' not in opts.flags and 'I' not in opts.flags:
            mode = os.environ.get('MINIPY_MAIN_MODE') or None
        if mode is None:
            mode = 'status-quo'
    if mode not in MODES:
        sys.stderr.write("minipy: invalid main mode '%s' (expected status-quo, pep499, pep3122 "
                         "or pep299)\n" % mode)
        sys.stderr.flush()
        os._exit(2)
    return mode


# ---------------------------------------------------------------------------------------------
# Process state: the __main__ module, sys.path, exit handling

def fresh_main_module():
    """The module CPython creates at startup: name __main__, no spec, BuiltinImporter loader."""
    module = type(sys)('__main__')
    module.__annotations__ = {}
    module.__builtins__ = builtins
    module.__loader__ = importlib.machinery.BuiltinImporter
    return module


def strip_oracle_frames(exc, seen=None):
    """Removes this file's frames from the traceback of exc and of every chained exception."""
    if seen is None:
        seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        kept = []
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename != ORACLE_FILE:
                kept.append(tb)
            tb = tb.tb_next
        for first, second in zip(kept, kept[1:]):
            first.tb_next = second
        if kept:
            kept[-1].tb_next = None
        exc.__traceback__ = kept[0] if kept else None
        for sub in getattr(exc, 'exceptions', None) or ():
            if isinstance(sub, BaseException):
                strip_oracle_frames(sub, seen)
        if exc.__cause__ is not None:
            strip_oracle_frames(exc.__cause__, seen)
        exc = exc.__context__


_sigint_at_exit = []


def _exit_by_sigint():
    # Registered first, so it runs as the last atexit handler: CPython re-raises SIGINT at the
    # very end of finalization after an uncaught KeyboardInterrupt.
    if _sigint_at_exit:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)


def report_uncaught(exc):
    """What CPython's PyErr_Print does for an exception other than SystemExit; returns 1."""
    strip_oracle_frames(exc)
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, exc.__traceback__
    try:
        sys.stdout.flush()
    except Exception:
        pass
    sys.excepthook(type(exc), exc, exc.__traceback__)
    if isinstance(exc, KeyboardInterrupt):
        _sigint_at_exit.append(True)
    return 1


# ---------------------------------------------------------------------------------------------
# Running the program

class Runner:
    def __init__(self, opts, mode):
        self.opts = opts
        self.mode = mode
        self.safe_path = 'P' in opts.flags or 'I' in opts.flags
        self.main = fresh_main_module()
        self.body_started = False

    # -- helpers ------------------------------------------------------------------------------

    def call_hook(self, main_globals):
        """pep299 (D1-D12): call __main__(sys.argv) if the name is bound when the body ends."""
        if self.mode == 'pep299' and '__main__' in main_globals:
            result = main_globals['__main__'](sys.argv)
            raise SystemExit(result)

    def run_source(self, source, filename):
        code = compile(source, filename, 'exec', dont_inherit=True)
        exec(code, self.main.__dict__)

    def _hooked_run_code(self, code, run_globals, init_globals=None, mod_name=None,
                         mod_spec=None, pkg_name=None, script_name=None):
        """Stands in for runpy._run_code inside runpy._run_module_as_main, between step 10
        (sys.argv[0] set) and step 11 (the body runs)."""
        runpy._run_code = self._orig_run_code
        self.body_started = True
        if self.mode == 'pep499' and self.opts.module is not None and mod_spec is not None:
            # P2-P5: alias the running module under its real name and on its parent.
            main_module = sys.modules['__main__']
            sys.modules[mod_spec.name] = main_module
            parent, _, child = mod_spec.name.rpartition('.')
            if parent and parent in sys.modules:
                try:
                    setattr(sys.modules[parent], child, main_module)
                except Exception:
                    pass
        return self._orig_run_code(code, run_globals, init_globals, mod_name, mod_spec,
                                   pkg_name, script_name)

    def run_module_as_main(self, name, alter_argv):
        """runpy._run_module_as_main, with the oracle's hook and `minipy` in its messages."""
        self._orig_run_code = runpy._run_code
        runpy._run_code = self._hooked_run_code
        try:
            return runpy._run_module_as_main(name, alter_argv)
        except SystemExit as exc:
            prefix = sys.executable + ': '
            if (not self.body_started and isinstance(exc.code, str)
                    and exc.code.startswith(prefix)):
                raise SystemExit(PROG + ': ' + exc.code[len(prefix):]) from None
            raise
        finally:
            runpy._run_code = self._orig_run_code

    # -- the forms ----------------------------------------------------------------------------

    def run_command(self):
        sys.argv = ['-c'] + self.opts.args
        if not self.safe_path:
            sys.path.insert(0, '')
        self.run_source(self.opts.command, '<string>')      # D1: no hook for -c

    def run_stdin(self, argv):
        sys.argv = argv
        if not self.safe_path:
            sys.path.insert(0, '')
        source = sys.stdin.buffer.read()
        d = self.main.__dict__
        d['__file__'] = '<stdin>'
        d['__cached__'] = None
        self.run_source(source, '<stdin>')
        self.call_hook(d)
        d.pop('__file__', None)
        d.pop('__cached__', None)

    def run_path(self):
        typed = self.opts.args[0]
        path = typed if os.path.isabs(typed) else os.getcwd() + os.sep + typed
        sys.argv = list(self.opts.args)
        importer = None
        for hook in sys.path_hooks:
            try:
                importer = hook(path)
            except ImportError:
                continue
            break
        if importer is not None:
            # A directory (or zip archive): CPython's _run_module_as_main('__main__', False).
            sys.path_importer_cache[path] = importer
            sys.path.insert(0, path)
            result = self.run_module_as_main('__main__', False)
            self.call_hook(result)
            return
        try:
            with open(path, 'rb') as f:
                source = f.read()
        except OSError as exc:
            sys.stderr.write("%s: can't open file %r: [Errno %d] %s\n"
                             % (PROG, path, exc.errno, exc.strerror))
            raise SystemExit(2)
        if not self.safe_path:
            sys.path.insert(0, os.path.dirname(os.path.realpath(typed)))
        d = self.main.__dict__
        d['__file__'] = path
        d['__cached__'] = None
        d['__loader__'] = importlib.machinery.SourceFileLoader('__main__', path)
        self.run_source(source, path)
        self.call_hook(d)
        d.pop('__file__', None)
        d.pop('__cached__', None)

    def run_module(self):
        name = self.opts.module
        sys.argv = ['-m'] + self.opts.args
        if not self.safe_path:
            sys.path.insert(0, os.getcwd())
        if self.mode == 'pep3122':
            self.run_module_pep3122(name)
            return
        result = self.run_module_as_main(name, True)
        self.call_hook(result)

    # -- pep3122 ------------------------------------------------------------------------------

    def locate_pep3122(self, mod_name):
        """Steps 1, 2 and 4-7 of the -m algorithm (spec 3.4), with sys.main kept up to date
        (C4) and without step 3's warning (C13). Returns (name, spec)."""
        if mod_name.startswith('.'):
            raise _Error('Relative module names not supported')
        pkg_name = mod_name.rpartition('.')[0]
        if pkg_name:
            try:
                __import__(pkg_name)
            except ImportError as e:
                if e.name is None or (e.name != pkg_name and
                                      not pkg_name.startswith(e.name + '.')):
                    raise
        try:
            spec = importlib.util.find_spec(mod_name)
        except (ImportError, AttributeError, TypeError, ValueError) as ex:
            msg = 'Error while finding module specification for {!r} ({}: {})'
            if mod_name.endswith('.py'):
                msg += (f". Try using '{mod_name[:-3]}' instead of "
                        f"'{mod_name}' as the module name.")
            raise _Error(msg.format(mod_name, type(ex).__name__, ex)) from ex
        if spec is None:
            raise _Error('No module named %s' % mod_name)
        if spec.submodule_search_locations is not None:
            if mod_name == '__main__' or mod_name.endswith('.__main__'):
                raise _Error('Cannot use package as __main__ module')
            pkg_main_name = mod_name + '.__main__'
            sys.main = pkg_main_name
            try:
                return self.locate_pep3122(pkg_main_name)
            except _Error as e:
                if mod_name not in sys.modules:
                    raise
                raise _Error("%s; %r is a package and cannot be directly executed"
                             % (e, mod_name))
        loader = spec.loader
        if loader is None:
            raise _Error('%r is a namespace package and cannot be executed' % mod_name)
        if not hasattr(loader, 'source_to_code'):
            # Step 8 for loaders without source (builtins): no code, no run. Source files are
            # not compiled here; a SyntaxError shows up in the import itself (C7).
            try:
                code = loader.get_code(mod_name)
            except ImportError as e:
                raise _Error(format(e)) from e
            if code is None:
                raise _Error('No code object available for %s' % mod_name)
        return mod_name, spec

    def run_module_pep3122(self, name):
        sys.main = name                                   # C4: before any ancestor import
        try:
            realname, spec = self.locate_pep3122(name)
        except _Error as exc:
            raise SystemExit('%s: %s' % (PROG, exc)) from None
        sys.argv[0] = spec.origin                         # C10
        self.body_started = True
        __import__(realname)                              # C7: a normal import


def main(argv):
    try:
        opts = parse_args(argv)
    except UsageError as exc:
        sys.stderr.write('%s\n%s\n%s\n' % (exc, USAGE, TRY))
        sys.stderr.flush()
        os._exit(2)
    mode = select_mode(opts)

    # Drop the oracle's own sys.path[0] (its directory) before the program's entry goes in.
    here = os.path.dirname(os.path.realpath(ORACLE_FILE))
    if sys.path and sys.path[0] and os.path.realpath(sys.path[0]) == here:
        sys.path_importer_cache.pop(sys.path[0], None)
        del sys.path[0]

    if 'B' in opts.flags:
        sys.dont_write_bytecode = True
    if 'u' in opts.flags:
        for stream in (sys.stdout, sys.stderr):
            stream.reconfigure(write_through=True)
    if opts.warnoptions:
        import warnings
        sys.warnoptions.extend(opts.warnoptions)
        warnings._processoptions(opts.warnoptions)
    for xopt in opts.xoptions:
        key, eq, value = xopt.partition('=')
        sys._xoptions[key] = value if eq else True

    sys.implementation._main_mode = mode
    if mode == 'pep3122':
        sys.main = '__main__'                             # C3
    runner = Runner(opts, mode)
    sys.modules['__main__'] = runner.main

    try:
        if opts.command is not None:
            runner.run_command()
        elif opts.module is not None:
            runner.run_module()
        elif opts.args and opts.args[0] != '-':
            runner.run_path()
        elif opts.args:
            runner.run_stdin(['-'] + opts.args[1:])
        else:
            runner.run_stdin([''])
    except SystemExit:
        raise
    except BaseException as exc:
        return report_uncaught(exc)
    return 0


if __name__ == '__main__':
    import atexit
    atexit.register(_exit_by_sigint)
    raise SystemExit(main(sys.argv[1:]))
