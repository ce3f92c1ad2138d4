#!/usr/bin/env python3
"""Runs the main-module conformance scenarios against an interpreter.

    run.py [--scenarios DIR] [--interp CMD] [--mode MODE ...] [--mode-option TEMPLATE]
           [-j N] [-v] [NAME ...]

Each scenario runs in a fresh temporary copy of its fixture and tree, once per selected mode that
the scenario applies to. stdout, the last line of stderr (the whole of stderr for scenarios
flagged `full-stderr`) and the exit status are compared with expected/MODE.{out,err,status}.
The scenario format is described in docs/conformance.md.
"""

import argparse
import concurrent.futures
import difflib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MODES = ('status-quo', 'pep499', 'pep3122', 'pep299')
FLAGS = ('oracle', 'no-mode-option', 'full-stderr')
ROOT_MARK = '<ROOT>'


class ScenarioError(Exception):
    pass


def _read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, encoding='utf-8', newline='') as f:
        return f.read()


class Scenario:
    def __init__(self, directory):
        self.dir = directory
        self.name = os.path.basename(directory)
        cmd = _read(os.path.join(directory, 'cmd'))
        if cmd is None:
            raise ScenarioError('%s: no cmd file' % self.name)
        self.cmd = cmd.splitlines()
        self.fixture = (_read(os.path.join(directory, 'fixture')) or '').strip() or None
        modes = (_read(os.path.join(directory, 'modes')) or '').split()
        for mode in modes:
            if mode not in MODES:
                raise ScenarioError('%s: unknown mode %r in modes' % (self.name, mode))
        self.modes = [m for m in MODES if m in modes] if modes else list(MODES)
        self.flags = set((_read(os.path.join(directory, 'flags')) or '').split())
        for flag in self.flags:
            if flag not in FLAGS:
                raise ScenarioError('%s: unknown flag %r' % (self.name, flag))
        self.env = {}
        for line in (_read(os.path.join(directory, 'env')) or '').splitlines():
            if line.strip() and not line.startswith('#'):
                key, eq, value = line.partition('=')
                if not eq:
                    raise ScenarioError('%s: env line without =: %r' % (self.name, line))
                self.env[key] = value
        stdin = os.path.join(directory, 'stdin')
        self.stdin = stdin if os.path.exists(stdin) else None
        tree = os.path.join(directory, 'tree')
        self.tree = tree if os.path.isdir(tree) else None

    def expected_path(self, mode, part):
        return os.path.join(self.dir, 'expected', '%s.%s' % (mode, part))

    def expected(self, mode):
        """(stdout, stderr, status) expected in mode; stderr is the last line unless the
        scenario is flagged full-stderr. None if there is no expectation for the mode."""
        status = _read(self.expected_path(mode, 'status'))
        if status is None:
            return None
        out = _read(self.expected_path(mode, 'out'), '')
        err = _read(self.expected_path(mode, 'err'), '')
        if 'full-stderr' not in self.flags and err.endswith('\n'):
            err = err[:-1]
        return out, err, status.strip()


def load_scenarios(directory, names=()):
    if not os.path.isdir(directory):
        raise ScenarioError('no scenario directory %s' % directory)
    found = sorted(n for n in os.listdir(directory)
                   if os.path.isfile(os.path.join(directory, n, 'cmd')))
    if names:
        missing = [n for n in names if n not in found]
        if missing:
            raise ScenarioError('no such scenario: %s' % ', '.join(missing))
        found = [n for n in found if n in names]
    return [Scenario(os.path.join(directory, n)) for n in found]


def clean_env(extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith('PYTHON') and k not in ('MINIPY_MAIN_MODE', 'MINIPYPATH')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    env.update(extra)
    return env


def absolutize_interp(words):
    """Makes the words of an interpreter command that name existing relative paths absolute,
    since the scenarios run in another working directory."""
    result = []
    for word in words:
        if not word.startswith('-') and not os.path.isabs(word) and os.sep in word \
                and os.path.exists(word):
            word = os.path.abspath(word)
        result.append(word)
    return result


def program_names(interp, timeout=30):
    """Names an interpreter may print in place of `minipy` (CPython prints sys.executable or
    the program name as typed)."""
    names = {interp[0]}
    found = shutil.which(interp[0])
    if found:
        names.update({found, os.path.abspath(found), os.path.realpath(found)})
    try:
        probe = subprocess.run(interp + ['-c', 'import sys; print(sys.executable)'],
                               stdin=subprocess.DEVNULL, capture_output=True, text=True,
                               env=clean_env({}), timeout=timeout)
        exe = probe.stdout.strip()
        if probe.returncode == 0 and exe and '\n' not in exe:
            names.update({exe, os.path.realpath(exe)})
    except (OSError, subprocess.SubprocessError):
        pass
    names.discard('')
    names.discard('minipy')
    return sorted(names, key=len, reverse=True)


def normalise(text, roots, names=(), stderr=False):
    for root in roots:
        text = text.replace(root, ROOT_MARK)
    if not stderr:
        return text
    lines = text.split('\n')
    for i, line in enumerate(lines):
        for name in names:
            if line.startswith(name + ': '):
                line = 'minipy: ' + line[len(name) + 2:]
            elif line.startswith('usage: ' + name + ' '):
                line = 'usage: minipy ' + line[len('usage: ' + name) + 1:]
        line = line.replace("Try `python -h'", "Try `minipy -h'")
        line = line.replace("Try `python3 -h'", "Try `minipy -h'")
        lines[i] = line
    return '\n'.join(lines)


def last_line(text):
    lines = text.split('\n')
    if text.endswith('\n'):
        lines.pop()
    return lines[-1] if lines else ''


class Result:
    def __init__(self, out, err, status):
        self.out = out
        self.err = err          # whole stderr, normalised
        self.status = status    # str: the exit status, -N if killed by signal N, or 'timeout'

    def compared_err(self, scenario):
        return self.err if 'full-stderr' in scenario.flags else last_line(self.err)


def mode_arguments(scenario, mode, template):
    if 'no-mode-option' in scenario.flags or not template:
        return []
    return shlex.split(template.format(mode=mode))


def run_scenario(scenario, interp, mode_args, names, fixtures_dir, timeout):
    tmp = tempfile.mkdtemp(prefix='minipy-conformance-')
    try:
        root = os.path.realpath(tmp)
        if scenario.fixture:
            fixture = os.path.join(fixtures_dir, scenario.fixture)
            if not os.path.isdir(fixture):
                raise ScenarioError('%s: no fixture %s' % (scenario.name, scenario.fixture))
            shutil.copytree(fixture, root, symlinks=True, dirs_exist_ok=True)
        if scenario.tree:
            shutil.copytree(scenario.tree, root, symlinks=True, dirs_exist_ok=True)
        args = interp + mode_args + [a.replace(ROOT_MARK, root) for a in scenario.cmd]
        stdin = open(scenario.stdin, 'rb') if scenario.stdin else subprocess.DEVNULL
        try:
            proc = subprocess.Popen(args, cwd=root, stdin=stdin, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=clean_env(scenario.env),
                                    start_new_session=True)
            try:
                out, err = proc.communicate(timeout=timeout)
                status = str(proc.returncode)   # -N: killed by signal N (a shell shows 128+N)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(proc.pid, 9)
                except OSError:
                    pass
                out, err = proc.communicate()
                status = 'timeout'
        finally:
            if scenario.stdin:
                stdin.close()
        roots = [root] if root == tmp else [root, tmp]
        out = normalise(out.decode('utf-8', 'replace'), roots)
        err = normalise(err.decode('utf-8', 'replace'), roots, names, stderr=True)
        return Result(out, err, status)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def compare(scenario, mode, result):
    """Returns a list of (part, expected, actual) that differ."""
    expected = scenario.expected(mode)
    if expected is None:
        return [('expectation', 'expected/%s.status' % mode, 'missing')]
    exp_out, exp_err, exp_status = expected
    diffs = []
    if result.out != exp_out:
        diffs.append(('stdout', exp_out, result.out))
    actual_err = result.compared_err(scenario)
    if actual_err != exp_err:
        diffs.append(('stderr' if 'full-stderr' in scenario.flags else 'last stderr line',
                      exp_err, actual_err))
    if result.status != exp_status:
        diffs.append(('status', exp_status, result.status))
    return diffs


def show_diff(part, expected, actual):
    if part in ('status', 'expectation') or ('\n' not in expected and '\n' not in actual):
        return '    %s: expected %r, got %r\n' % (part, expected, actual)
    lines = difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                 'expected ' + part, 'actual ' + part)
    return ''.join('    ' + line if line.endswith('\n') else '    ' + line + '\n'
                   for line in lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--scenarios', default=os.path.join(HERE, 'scenarios'),
                        help='scenario directory (default: %(default)s)')
    parser.add_argument('--fixtures', default=None,
                        help='fixture directory (default: ../fixtures next to --scenarios, '
                             'else tests/conformance/fixtures)')
    parser.add_argument('--interp', default=os.environ.get('MINIPY'),
                        help='interpreter command, shell-split (default: $MINIPY)')
    parser.add_argument('--mode', action='append', choices=MODES,
                        help='mode to run (repeatable; default: all four)')
    parser.add_argument('--mode-option', default='--main-mode={mode}',
                        help="option inserted before the scenario's arguments, {mode} replaced "
                             "(default: %(default)s); '' for none, e.g. for plain python3")
    parser.add_argument('-j', '--jobs', type=int, default=1, help='parallel runs (default 1)')
    parser.add_argument('-v', '--verbose', action='store_true', help='show diffs')
    parser.add_argument('names', nargs='*', help='scenario names (default: all)')
    args = parser.parse_args(argv)
    if not args.interp:
        parser.error('no interpreter: pass --interp CMD or set MINIPY')
    interp = absolutize_interp(shlex.split(args.interp))
    modes = [m for m in MODES if m in (args.mode or MODES)]
    if not args.mode_option and modes != ['status-quo']:
        parser.error("--mode-option '' passes no mode, so only --mode status-quo makes sense")
    scenarios_dir = os.path.abspath(args.scenarios)
    fixtures_dir = args.fixtures
    if fixtures_dir is None:
        fixtures_dir = os.path.join(os.path.dirname(scenarios_dir), 'fixtures')
        if not os.path.isdir(fixtures_dir):
            fixtures_dir = os.path.join(HERE, 'fixtures')
    try:
        scenarios = load_scenarios(scenarios_dir, args.names)
    except ScenarioError as exc:
        print('run.py: %s' % exc, file=sys.stderr)
        return 2
    timeout = float(os.environ.get('MINIPY_TEST_TIMEOUT') or 30)
    names = program_names(interp, timeout)

    jobs = []
    skipped = {m: 0 for m in modes}
    for mode in modes:
        for scenario in scenarios:
            if mode not in scenario.modes:
                continue
            if not args.mode_option and 'oracle' in scenario.flags:
                skipped[mode] += 1      # needs the mode machinery; plain CPython cannot pass
                continue
            jobs.append((mode, scenario))

    def work(job):
        mode, scenario = job
        try:
            result = run_scenario(scenario, interp, mode_arguments(scenario, mode,
                                                                   args.mode_option),
                                  names, fixtures_dir, timeout)
        except (OSError, ScenarioError) as exc:
            return mode, scenario, [('run', '', str(exc))]
        return mode, scenario, compare(scenario, mode, result)

    counts = {m: [0, 0] for m in modes}
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for mode, scenario, diffs in pool.map(work, jobs):
            if diffs:
                counts[mode][1] += 1
                print('FAIL %s/%s (%s)' % (mode, scenario.name,
                                           ', '.join(d[0] for d in diffs)), flush=True)
                if args.verbose:
                    print('    cmd: %s' % ' '.join(shlex.quote(a) for a in scenario.cmd))
                    for diff in diffs:
                        sys.stdout.write(show_diff(*diff))
            else:
                counts[mode][0] += 1
                if args.verbose:
                    print('ok   %s/%s' % (mode, scenario.name), flush=True)
    failed = False
    for mode in modes:
        passed, fails = counts[mode]
        line = '%s: %d passed, %d failed' % (mode, passed, fails)
        if skipped[mode]:
            line += ', %d skipped' % skipped[mode]
        print(line)
        failed = failed or fails > 0
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
