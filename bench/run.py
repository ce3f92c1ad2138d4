#!/usr/bin/env python3
"""Benchmark runner: times every bench/bm_*.py under CPython and under minipy.

Each benchmark runs under both interpreters alternately (CPython, minipy, CPython, ...),
--repeat times each. A row reports the minimum wall time and the maximum peak resident set
size (ru_maxrss of the child, read with os.wait4) for each interpreter, and checks that minipy
printed exactly what CPython printed. A benchmark that minipy fails or gets wrong is marked
ERROR or MISMATCH and the runner moves on: this is a report, not a test, so the exit status is
0 whatever the rows say. Exit status 2 means the command line was wrong or an interpreter is
missing.

    python3 bench/run.py [--minipy PATH] [--python PATH] [--repeat N] [--only NAME...] [--write]

--write also writes bench/RESULTS.md (see bench/README.md for how to read it).
"""

import argparse
import datetime
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEFAULT_PYTHON = "/usr/bin/python3.11"
DEFAULT_MINIPY = REPO_ROOT / "build" / "cli" / "minipy"
RESULTS_FILE = BENCH_DIR / "RESULTS.md"


class RunResult:
    """One execution of one script under one interpreter."""

    def __init__(self, seconds, max_rss_kib, exit_code, stdout, stderr, timed_out):
        self.seconds = seconds
        self.max_rss_kib = max_rss_kib
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    @property
    def ok(self):
        return self.exit_code == 0 and not self.timed_out

    def failure(self):
        if self.timed_out:
            return f"timed out after {self.seconds:.1f} s"
        if self.exit_code < 0:
            try:
                name = signal.Signals(-self.exit_code).name
            except ValueError:
                name = f"signal {-self.exit_code}"
            return f"killed by {name}"
        last = self.stderr.decode("utf-8", "replace").strip().splitlines()
        tail = f": {last[-1]}" if last else ""
        return f"exit status {self.exit_code}{tail}"


def build_measure(workdir):
    """Compile bench/measure.c into workdir; return its path, or None if no C compiler works.

    Without it, peak RSS would include this runner's own size (see measure.c for why).
    """
    compiler = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc") \
        or shutil.which("clang")
    if not compiler:
        return None
    exe = Path(workdir) / "measure"
    try:
        done = subprocess.run([compiler, "-O2", "-o", str(exe), str(BENCH_DIR / "measure.c")],
                              capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return str(exe) if done.returncode == 0 and exe.is_file() else None


def run_once(interpreter, script, timeout, measure, workdir):
    """Run `interpreter script` and measure wall time and the child's peak RSS.

    With `measure` (the compiled measure.c) the launcher reports exact figures for the
    interpreter alone; otherwise this process forks the interpreter itself and reads
    wait4's resource usage, whose ru_maxrss then includes this runner's size at fork time.
    """
    result_file = Path(workdir) / "result"
    if result_file.exists():
        result_file.unlink()
    command = [interpreter, str(script)]
    if measure:
        command = [measure, str(result_file)] + command
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        # A new session so that a timeout can kill the launcher and the interpreter together.
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                cwd=REPO_ROOT, start_new_session=True)
        timed_out = threading.Event()
        lock = threading.Lock()
        reaped = []

        def kill():
            # os.killpg, not proc.kill(): Popen.kill() polls with waitpid and could reap the
            # child under the wait4 below, losing its resource usage.
            with lock:
                if reaped:
                    return
                timed_out.set()
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            # wait4 rather than proc.wait(): it also returns the child's resource usage.
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            with lock:
                reaped.append(True)
            timer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        max_rss_kib = usage.ru_maxrss  # KiB on Linux
        if measure and not timed_out.is_set():
            try:
                raw_status, wall_ns, max_rss_kib = map(int, result_file.read_text().split())
            except (OSError, ValueError):
                raw_status = None
            if raw_status is None:
                proc.returncode = proc.returncode or 1
            else:
                proc.returncode = os.waitstatus_to_exitcode(raw_status)
                seconds = wall_ns / 1e9
        out.seek(0)
        err.seek(0)
        return RunResult(seconds, max_rss_kib, proc.returncode, out.read(), err.read(),
                         timed_out.is_set())


class Row:
    """The summary of one benchmark: best time and worst memory on each side, and a status."""

    def __init__(self, name):
        self.name = name
        self.py_times = []
        self.py_rss = []
        self.mp_times = []
        self.mp_rss = []
        self.status = "OK"
        self.note = ""

    def mark(self, status, note):
        # The first problem found is the one reported; ERROR outranks MISMATCH.
        if self.status == "OK" or (self.status == "MISMATCH" and status == "ERROR"):
            self.status = status
            self.note = note

    @staticmethod
    def _best(values):
        return min(values) if values else None

    @staticmethod
    def _peak_mib(values):
        return max(values) / 1024 if values else None

    @property
    def py_s(self):
        return self._best(self.py_times)

    @property
    def mp_s(self):
        return self._best(self.mp_times)

    @property
    def py_mib(self):
        return self._peak_mib(self.py_rss)

    @property
    def mp_mib(self):
        return self._peak_mib(self.mp_rss)

    @property
    def ratio(self):
        if self.status != "OK" or not self.py_s or self.mp_s is None:
            return None
        return self.mp_s / self.py_s

    @property
    def mem_ratio(self):
        if self.status != "OK" or not self.py_mib or self.mp_mib is None:
            return None
        return self.mp_mib / self.py_mib


def first_difference(expected, actual):
    exp = expected.decode("utf-8", "replace").splitlines()
    act = actual.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp), len(act))):
        e = exp[i] if i < len(exp) else "<missing>"
        a = act[i] if i < len(act) else "<missing>"
        if e != a:
            return f"line {i + 1}: expected {e!r}, got {a!r}"
    return "outputs differ (line endings or trailing bytes)"


def run_benchmark(name, script, python, minipy, repeat, timeout, measure, workdir):
    row = Row(name)
    reference = None
    minipy_failed = False
    for _ in range(repeat):
        py = run_once(python, script, timeout, measure, workdir)
        if not py.ok:
            row.mark("ERROR", f"CPython failed: {py.failure()}")
            return row
        if reference is None:
            reference = py.stdout
        elif py.stdout != reference:
            row.mark("MISMATCH", "CPython's own output varies between runs (not deterministic)")
        row.py_times.append(py.seconds)
        row.py_rss.append(py.max_rss_kib)

        if minipy_failed:
            continue
        mp = run_once(minipy, script, timeout, measure, workdir)
        if not mp.ok:
            # Do not retry a failing minipy: it may be slow to fail or hang each time.
            row.mark("ERROR", f"minipy failed: {mp.failure()}")
            minipy_failed = True
            continue
        if mp.stdout != reference:
            row.mark("MISMATCH", first_difference(reference, mp.stdout))
        row.mp_times.append(mp.seconds)
        row.mp_rss.append(mp.max_rss_kib)
    return row


def fmt(value, digits):
    return "—" if value is None else f"{value:.{digits}f}"


HEADERS = ["benchmark", "CPython s", "minipy s", "ratio", "CPython peak MiB",
           "minipy peak MiB", "memory ratio", "status"]


def table_cells(row):
    return [row.name, fmt(row.py_s, 3), fmt(row.mp_s, 3), fmt(row.ratio, 2),
            fmt(row.py_mib, 1), fmt(row.mp_mib, 1), fmt(row.mem_ratio, 2), row.status]


def geometric_mean(values):
    values = [v for v in values if v]
    if not values:
        return None
    product = 1.0
    for v in values:
        product *= v
    return product ** (1.0 / len(values))


def summary_lines(rows):
    ok = [r for r in rows if r.status == "OK"]
    lines = []
    gm_t = geometric_mean([r.ratio for r in ok])
    gm_m = geometric_mean([r.mem_ratio for r in ok])
    if gm_t is not None:
        lines.append(f"Geometric mean over {len(ok)} OK rows: time ratio {gm_t:.2f}, "
                     f"memory ratio {gm_m:.2f}.")
    for r in rows:
        if r.status != "OK":
            lines.append(f"{r.name}: {r.status} — {r.note}")
    return lines


def print_table(rows):
    cells = [HEADERS] + [table_cells(r) for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADERS))]
    for n, line in enumerate(cells):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(line, widths))).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print()
    for line in summary_lines(rows):
        print(line)


def interpreter_version(interpreter):
    try:
        done = subprocess.run([interpreter, "--version"], capture_output=True, timeout=30,
                              stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unknown ({exc})"
    text = (done.stdout + done.stderr).decode("utf-8", "replace").strip()
    if done.returncode != 0 or not text:
        return f"unknown (--version exited {done.returncode})"
    return text.splitlines()[0]


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() in ("model name", "Model", "Hardware"):
                    return value.strip()
    except OSError:
        pass
    return "unknown CPU"


def git_revision():
    try:
        done = subprocess.run(["git", "-C", str(REPO_ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.decode().strip() if done.returncode == 0 else None


def write_results(rows, python, minipy, repeat, method):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    revision = git_revision()
    lines = [
        "# minipy benchmark results",
        "",
        "Generated by `python3 bench/run.py --write`; see bench/README.md for how to read it.",
        "",
        f"- Date: {now}" + (f" (repository at `{revision}`)" if revision else ""),
        f"- Machine: {os.uname().machine}, {cpu_model()}, {os.cpu_count()} cores",
        f"- CPython: {interpreter_version(python)} (`{python}`)",
        f"- minipy: {interpreter_version(minipy)} (`{minipy}`)",
        f"- Runs: {repeat} per interpreter, alternating; time is the minimum wall time, "
        f"memory the maximum peak RSS, measured with {method}",
        "- ratio = minipy / CPython: below 1.00 means minipy is faster (or smaller)",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(HEADERS) - 2) + ["---"]) + "|",
    ]
    for r in rows:
        lines.append("| " + " | ".join(table_cells(r)) + " |")
    notes = summary_lines(rows)
    if notes:
        lines.append("")
        lines.extend(f"- {n}" for n in notes)
    RESULTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def fail(message):
    """Report a usage problem and exit with status 2, like argparse does."""
    print(f"run.py: error: {message}", file=sys.stderr)
    sys.exit(2)


def resolve_interpreter(path, flag):
    """Return an absolute path to an executable, or exit 2 with a clear message."""
    candidate = Path(path)
    if os.sep not in path:
        found = shutil.which(path)
        if found:
            candidate = Path(found)
    if not candidate.is_file():
        hint = ("  (build it first: meson setup build && meson compile -C build)"
                if flag == "--minipy" else "")
        fail(f"{flag}: interpreter not found: {path}{hint}")
    if not os.access(candidate, os.X_OK):
        fail(f"{flag}: not executable: {path}")
    return str(candidate.resolve())


def discover(only):
    # bm_import needs its generated module tree.
    subprocess.run([sys.executable, str(BENCH_DIR / "gen_import_tree.py")], check=True)
    scripts = {p.stem[len("bm_"):]: p for p in sorted(BENCH_DIR.glob("bm_*.py"))}
    if not only:
        return scripts
    chosen = {}
    for name in only:
        key = name[:-3] if name.endswith(".py") else name
        key = key[len("bm_"):] if key.startswith("bm_") else key
        if key not in scripts:
            fail(f"--only: no benchmark named {name!r}; available: {', '.join(scripts)}")
        chosen[key] = scripts[key]
    return chosen


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Compare minipy with CPython on bench/bm_*.py (time and peak memory).")
    parser.add_argument("--minipy", default=str(DEFAULT_MINIPY),
                        help="minipy executable (default: %(default)s)")
    parser.add_argument("--python", default=DEFAULT_PYTHON,
                        help="reference CPython executable (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=5, metavar="N",
                        help="runs per interpreter per benchmark (default: %(default)s)")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="run only these benchmarks (fib, bm_fib or bm_fib.py)")
    parser.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS",
                        help="kill a run that takes longer than this (default: %(default)s)")
    parser.add_argument("--write", action="store_true",
                        help="also write bench/RESULTS.md")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.timeout <= 0:
        parser.error("--timeout must be positive")
    return args


def main(argv=None):
    args = parse_args(argv)
    python = resolve_interpreter(args.python, "--python")
    minipy = resolve_interpreter(args.minipy, "--minipy")
    scripts = discover(args.only)
    if not scripts:
        fail("no bench/bm_*.py files found")

    with tempfile.TemporaryDirectory(prefix="minipy-bench-") as workdir:
        measure = build_measure(workdir)
        method = ("bench/measure.c launcher" if measure else
                  "direct wait4 (no C compiler: peak RSS includes the runner's own size)")
        print(f"CPython: {python}\nminipy:  {minipy}\nmeasured with: {method}\n"
              f"{args.repeat} alternating run(s) each, {len(scripts)} benchmark(s)\n")
        rows = []
        for name, script in scripts.items():
            print(f"  {name} ...", end="", flush=True)
            row = run_benchmark(name, script, python, minipy, args.repeat, args.timeout,
                                measure, workdir)
            print(f" {row.status}", flush=True)
            rows.append(row)
    print()
    print_table(rows)
    if args.write:
        write_results(rows, python, minipy, args.repeat, method)
        print(f"\nwrote {RESULTS_FILE.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
