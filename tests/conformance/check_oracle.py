#!/usr/bin/env python3
"""Checks that the oracle reproduces plain CPython in mode status-quo.

    python3 tests/conformance/check_oracle.py [--full-stderr] [-j N] [-v] [NAME ...]

Runs every scenario that applies to status-quo (except those flagged `oracle`, whose
status-quo expectation plain CPython cannot produce) under plain CPython (`python3 -B -E -s ARGS`)
and under the oracle (`python3 -B -E -s oracle.py --main-mode=status-quo ARGS`), and fails on any
difference in stdout, exit status or the last line of stderr (with --full-stderr: all of stderr),
after normalising the program name to `minipy`. Exits 77 (skipped, for meson) unless the Python
running it is CPython 3.11.
"""

import argparse
import concurrent.futures
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--full-stderr', action='store_true', help='compare all of stderr')
    parser.add_argument('-j', '--jobs', type=int, default=1)
    parser.add_argument('-v', '--verbose', action='store_true')
    parser.add_argument('names', nargs='*')
    args = parser.parse_args()
    if sys.implementation.name != 'cpython' or sys.version_info[:2] != (3, 11):
        print('check_oracle.py: skipped: needs CPython 3.11, not %s %s'
              % (sys.implementation.name, sys.version.split()[0]))
        return 77
    sys.dont_write_bytecode = True   # no __pycache__ in the source tree
    spec = importlib.util.spec_from_file_location('conformance_run', os.path.join(HERE, 'run.py'))
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)

    scenarios = [s for s in run.load_scenarios(os.path.join(HERE, 'scenarios'), args.names)
                 if 'status-quo' in s.modes and 'oracle' not in s.flags]
    fixtures = os.path.join(HERE, 'fixtures')
    python = [sys.executable, '-B', '-E', '-s']
    names = sorted({sys.executable, os.path.realpath(sys.executable)}, key=len, reverse=True)
    timeout = float(os.environ.get('MINIPY_TEST_TIMEOUT') or 30)

    def work(scenario):
        plain = run.run_scenario(scenario, python, [], names, fixtures, timeout)
        oracle = run.run_scenario(scenario, python + [os.path.join(HERE, 'oracle.py')],
                                  run.mode_arguments(scenario, 'status-quo', '--main-mode={mode}'),
                                  names, fixtures, timeout)
        diffs = []
        if plain.out != oracle.out:
            diffs.append(('stdout', plain.out, oracle.out))
        if plain.status != oracle.status:
            diffs.append(('status', plain.status, oracle.status))
        if args.full_stderr or 'full-stderr' in scenario.flags:
            if plain.err != oracle.err:
                diffs.append(('stderr', plain.err, oracle.err))
        elif run.last_line(plain.err) != run.last_line(oracle.err):
            diffs.append(('last stderr line', run.last_line(plain.err), run.last_line(oracle.err)))
        return scenario, diffs

    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for scenario, diffs in pool.map(work, scenarios):
            if diffs:
                failures += 1
                print('DIFFERS %s (%s)' % (scenario.name, ', '.join(d[0] for d in diffs)))
                for part, cpython, oracle in diffs:
                    sys.stdout.write(run.show_diff(part, cpython, oracle)
                                     .replace('expected ', 'cpython ')
                                     .replace('actual ', 'oracle '))
            elif args.verbose:
                print('same    %s' % scenario.name)
    print('check_oracle: %d scenario(s), %d differ' % (len(scenarios), failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
